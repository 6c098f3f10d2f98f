/**
 * Permalinks: `/YYYY/MM/DD/<slug>/`, dated on the article's own clock.
 *
 * A permalink is a path relative to the site's base (no base path, no origin):
 * `lib/urls.ts` turns it into a link. The title never enters it, so editing a
 * headline never breaks a shared link.
 */
import { localDateParts } from './dates.ts';

/** A slug is lowercase ASCII words joined by single hyphens. */
export const SLUG_PATTERN = /^[a-z0-9]+(?:-[a-z0-9]+)*$/;

/** The base name of a content file: `2022/foo.md` → `foo`. */
export function slugFromPath(filePath: string): string {
  const base = filePath.split(/[\\/]/).pop() ?? filePath;
  return base.replace(/\.(md|markdown)$/i, '');
}

/** `/2022/07/27/azerbaijani-serviceman-injured/` for a resolved publication date and slug. */
export function articlePermalink(publishedIso: string, slug: string): string {
  const { year, month, day } = localDateParts(publishedIso);
  const two = (n: number) => String(n).padStart(2, '0');
  return `/${year}/${two(month)}/${two(day)}/${slug}/`;
}

/** The built page of every permalink (and of every alias, which has the same shape), relative to `dist/`. */
export const ARTICLE_PAGE_GLOB = '[0-9][0-9][0-9][0-9]/[0-9][0-9]/[0-9][0-9]/*/index.html';

/** Articles that share a permalink, as `[permalink, files[]]` pairs. */
export function findPermalinkCollisions(
  articles: readonly { permalink: string; filePath: string }[],
): [string, string[]][] {
  const byPermalink = new Map<string, string[]>();
  for (const { permalink, filePath } of articles) {
    byPermalink.set(permalink, [...(byPermalink.get(permalink) ?? []), filePath]);
  }
  return [...byPermalink]
    .filter(([, files]) => files.length > 1)
    .map(([permalink, files]): [string, string[]] => [permalink, files.toSorted()]);
}

/**
 * An old address of a renamed article, as a site path: `2022/07/old-slug` →
 * `/2022/07/old-slug/`. Only folder-style paths of plain segments: a static host
 * serves them as `index.html` files, with no query strings or fragments.
 */
export function normalizeAliasPath(path: string): string {
  const trimmed = path.trim();
  const segments = trimmed.split('/').filter(Boolean);
  if (
    segments.length === 0 ||
    /[?#\\]/.test(trimmed) ||
    segments.some((segment) => segment === '.' || segment === '..' || !/^[A-Za-z0-9._~-]+$/.test(segment)) ||
    /\.[a-z0-9]+$/i.test(segments.at(-1)!)
  ) {
    throw new Error(
      `"${path}" is not an old path this site can redirect from: expected a folder-style path such as "/2022/07/old-slug/" (letters, digits, ".", "_", "~", "-"; no file extension, query or fragment)`,
    );
  }
  return `/${segments.join('/')}/`;
}
