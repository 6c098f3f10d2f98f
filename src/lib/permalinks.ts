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
