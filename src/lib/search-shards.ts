/**
 * The search index in shards: which articles go into which Pagefind index, the key that says
 * when a shard must be indexed again, and the module that merges the shards in the browser.
 *
 * Pagefind holds a whole index in memory while it builds it (about 0.29 MB an article: one index
 * of the archive passed 4 GB near 14,000 articles), so the site has one index per year, and a year
 * of more than `SEARCH_SHARD_MAX_ARTICLES` articles several, each indexed on its own. The search
 * page loads `pagefind/pagefind.js`, which imports the newest shard's Pagefind and merges the
 * others into it (`mergeIndex`): Pagefind then searches every index and sorts all hits by score,
 * and sums the filter counts of the indexes.
 */
import { createHash } from 'node:crypto';

/**
 * Most articles in one shard: a year with more is split, in order of publication, into shards of
 * this many (the last one holding the rest). Indexing memory is bounded by it (about 0.29 MB an
 * article in Pagefind: 2,000 articles take some 600 MB), and so is the work of a rebuild, which
 * indexes again only the shards whose articles changed. More shards cost the reader one more
 * small file per shard when the search page opens.
 */
export const SEARCH_SHARD_MAX_ARTICLES = 2_000;

/** The folder below the built site that holds the shards (`pagefind/2022/`) and the module that merges them. */
export const SEARCH_FOLDER = 'pagefind';
/** The module the search page imports, in `SEARCH_FOLDER`: Pagefind's own API over all the shards. */
export const SEARCH_MODULE = 'pagefind.js';

/** An article page as the index sees it. */
export interface SearchPage {
  /** The URL path Pagefind gives the result, below the base path: `/2022/07/27/slug/`. */
  url: string;
  /** Digest of the page's search document (`search-document.ts`): what Pagefind indexes of it. */
  digest: string;
}

export interface SearchShard {
  /** Its folder in `SEARCH_FOLDER`: the year (`2022`), then `2022-2`, `2022-3` … when the year is split. */
  name: string;
  /** In order of URL, which is order of publication day. */
  pages: SearchPage[];
}

/** The year of an article URL (`/2022/07/27/slug/` → `2022`). */
function yearOf(url: string): string {
  const year = /^\/(\d{4})\//.exec(url)?.[1];
  if (!year) throw new Error(`search index: ${url} is not an article URL (/YYYY/MM/DD/slug/)`);
  return year;
}

/**
 * The shards of a site's article pages: one per year, newest first, a year with more than `max`
 * articles cut into runs of `max` in order of publication. New articles join the end of their
 * year, so a year's earlier shards keep their articles as it grows.
 */
export function assignShards(pages: readonly SearchPage[], max: number = SEARCH_SHARD_MAX_ARTICLES): SearchShard[] {
  if (!Number.isInteger(max) || max < 1)
    throw new Error(`search index: a shard must hold at least one article, not ${max}`);
  const years = new Map<string, SearchPage[]>();
  for (const page of [...pages].sort((a, b) => (a.url < b.url ? -1 : a.url > b.url ? 1 : 0))) {
    const year = yearOf(page.url);
    const inYear = years.get(year);
    if (inYear) inYear.push(page);
    else years.set(year, [page]);
  }
  return [...years]
    .sort(([a], [b]) => b.localeCompare(a))
    .flatMap(([year, inYear]) =>
      Array.from({ length: Math.ceil(inYear.length / max) }, (_, index) => ({
        name: index === 0 ? year : `${year}-${index + 1}`,
        pages: inYear.slice(index * max, (index + 1) * max),
      })).reverse(),
    );
}

/** What an index is built with besides its pages: a change to any of them builds every shard again. */
export interface ShardKeyContext {
  /** The installed Pagefind's version: its index format and its reading of pages. */
  pagefindVersion: string;
  /** The options given to Pagefind's `createIndex`. */
  settings: Record<string, unknown>;
  /** Digest of the code that makes search documents (`codeDigest` of `search-document.ts`). */
  code: string;
}

/** Hex digits in a shard key. */
export const SHARD_KEY_LENGTH = 32;

/** The digest of a page's search document. */
export function documentDigest(document: string): string {
  return createHash('sha256').update(document).digest('hex');
}

/**
 * The key of a shard: its pages (URL and search document) and how they are indexed. It does not
 * depend on the shard's name, so a shard renamed when its year is split keeps its index.
 */
export function shardKey(shard: SearchShard, context: ShardKeyContext): string {
  const inputs = [
    context.pagefindVersion,
    context.settings,
    context.code,
    shard.pages.map((page) => [page.url, page.digest]),
  ];
  return createHash('sha256').update(JSON.stringify(inputs)).digest('hex').slice(0, SHARD_KEY_LENGTH);
}

/**
 * The text of `SEARCH_MODULE`: the subset of Pagefind's module API the search page uses
 * (`options`, `filters`, `search`, `preload`), over every shard. It imports the first shard's
 * Pagefind and merges the others into it at once, so that their files load while the page sets up,
 * each with the folder above `SEARCH_FOLDER` (the site's base path) as the base of its result URLs.
 * `options` goes to the first shard's index. Without shards (a site with no articles) every search
 * finds nothing.
 */
export function searchModule(shardNames: readonly string[]): string {
  return `// The site's search: Pagefind over one index per shard, merged (written by src/cli/search-index.ts).
const shards = ${JSON.stringify(shardNames)};
const baseUrl = new URL('../', import.meta.url).pathname;
const pagefind = shards.length > 0 ? await import(\`./\${shards[0]}/pagefind.js\`) : undefined;
const merged = Promise.all(shards.slice(1).map((name) => pagefind.mergeIndex(new URL(\`\${name}/\`, import.meta.url).pathname, { baseUrl })));
export async function options(next) {
  await pagefind?.options(next);
}
export async function filters() {
  if (!pagefind) return {};
  await merged;
  return pagefind.filters();
}
export async function search(term, searchOptions) {
  if (!pagefind) return { results: [], unfilteredResultCount: 0, filters: {}, totalFilters: {}, timings: [] };
  await merged;
  return pagefind.search(term, searchOptions);
}
export async function preload(term, searchOptions) {
  if (!pagefind) return;
  await merged;
  await pagefind.preload(term, searchOptions);
}
`;
}
