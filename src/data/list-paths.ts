/**
 * Static paths of the paginated lists of a group (authors, topics, places):
 * `/<kind>/<slug>/`, then `/<kind>/<slug>/page/2/` …, each with its page of articles.
 */
import type { Article } from '../lib/articles.ts';
import { type Group, type ListPage, paginate } from '../lib/listing.ts';

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
