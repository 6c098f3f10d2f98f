/**
 * Static paths of paginated lists: each group's articles (authors, topics,
 * places: `/<kind>/<slug>/`, then `/<kind>/<slug>/page/2/` …) and the directory of
 * the groups themselves (`/<kind>/`, `/<kind>/page/2/` …).
 */
import type { Article } from '../lib/articles.ts';
import { type Group, type ListPage, listPagePath, paginate } from '../lib/listing.ts';
import { site } from '../site.config.ts';

export interface DirectoryEntry {
  name: string;
  path: string;
  count: number;
}

export type DirectoryProps = { page: ListPage<DirectoryEntry>; path: string };

// A type, not an interface: Astro's page props need an index signature.
export type GroupListProps = {
  name: string;
  page: ListPage<Article>;
};

export function groupListPaths(
  groups: readonly Group<Article>[],
  param: string,
  pathOf: (name: string) => string,
): { params: Record<string, string | undefined>; props: GroupListProps }[] {
  return groups.flatMap(({ slug, name, items }) =>
    paginate(items, pathOf(name)).map((page) => ({
      params: { [param]: slug, page: page.number === 1 ? undefined : `page/${page.number}` },
      props: { name, page },
    })),
  );
}

/**
 * The directory of `groups` under `first` (`/places/`): name, page path and article count of each,
 * `pageSize` (the site's `directoryPageSize`) to a page.
 */
export function directoryPaths(
  groups: readonly Group<Article>[],
  first: string,
  pathOf: (name: string) => string,
  pageSize = site.directoryPageSize,
): { params: { page: string | undefined }; props: DirectoryProps }[] {
  const entries = groups.map(({ name, items }) => ({ name, path: pathOf(name), count: items.length }));
  return paginate(entries, first, pageSize).map((page) => ({
    params: { page: page.number === 1 ? undefined : `page/${page.number}` },
    props: { page, path: listPagePath(first, page.number) },
  }));
}
