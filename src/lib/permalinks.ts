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

/**
 * Longest slug: a permalink is a folder name on every host's disk, where names past 255 bytes
 * fail (ENAMETOOLONG), and a link people share should stay readable.
 */
export const SLUG_MAX_LENGTH = 100;

/** Why a slug cannot be used, or undefined when it can. */
export function slugProblem(slug: string): string | undefined {
  if (!SLUG_PATTERN.test(slug))
    return 'expected a slug of lowercase letters, digits and single hyphens, such as "mine-blast-in-kalbajar"';
  if (slug.length > SLUG_MAX_LENGTH)
    return `the slug has ${slug.length} characters, more than ${SLUG_MAX_LENGTH}: shorten it`;
  return undefined;
}

/**
 * First segments of the pages the site makes itself (src/pages/, and what the build adds beside
 * them): an old path there would replace a list, a feed or the search index with a redirect.
 */
const GENERATED_FIRST_SEGMENTS = [
  'page',
  'archive',
  'authors',
  'tags',
  'places',
  'search',
  'pagefind',
  '_astro',
  '404',
] as const;

/** Whether a site path (as segments) is one the site generates: lists, archives by year and month. */
function isGeneratedPath(segments: readonly string[]): boolean {
  const [first = '', second, third] = segments.map((segment) => segment.toLowerCase());
  if ((GENERATED_FIRST_SEGMENTS as readonly string[]).includes(first)) return true;
  // Archives: /2022/, /2022/page/2/, /2022/07/, /2022/07/page/2/.
  if (!/^\d{4}$/.test(first)) return false;
  if (second === undefined || second === 'page') return true;
  return /^\d{2}$/.test(second) && (third === undefined || third === 'page');
}

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

/** Articles that share a permalink, as `[permalink as written, files[]]` pairs. */
export function findPermalinkCollisions(
  articles: readonly { permalink: string; filePath: string }[],
): [string, string[]][] {
  // Letter case aside: on a case-insensitive disk (macOS, Windows, some hosts) /Old/ and /old/ are
  // one folder, and one page would overwrite the other.
  const byPermalink = new Map<string, string[]>();
  const spellings = new Map<string, Set<string>>();
  for (const { permalink, filePath } of articles) {
    const key = permalink.toLowerCase();
    spellings.set(key, (spellings.get(key) ?? new Set()).add(permalink));
    byPermalink.set(key, [...(byPermalink.get(key) ?? []), filePath]);
  }
  const label = (key: string) => {
    const written = [...spellings.get(key)!].sort();
    return written.length === 1 ? written[0]! : `${written.join(' and ')} (one folder on a case-insensitive disk)`;
  };
  return [...byPermalink]
    .filter(([, files]) => files.length > 1)
    .map(([key, files]): [string, string[]] => [label(key), files.toSorted()]);
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
  if (isGeneratedPath(segments)) {
    throw new Error(
      `"${path}" is a page the site makes itself (a list, an archive, the search or its files): an old path cannot take its place; use the article's old address`,
    );
  }
  return `/${segments.join('/')}/`;
}
