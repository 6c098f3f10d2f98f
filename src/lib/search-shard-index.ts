/**
 * Writes the site's search index as shards (`search-shards.ts`) into `<dist>/pagefind/`, indexing
 * only the shards whose key changed and taking the others from a cache folder.
 *
 * Each shard is indexed by a Pagefind process of its own, closed before the next starts, so the
 * memory of indexing is that of the largest shard, not of the archive. Pages are given to Pagefind
 * as their search documents (`search-document.ts`), the same text the keys are made of. A shard
 * arrives in the cache whole (written beside it, then renamed) and is hard-linked into the site;
 * after a build the cache holds only the shards of that build.
 */
import { randomBytes } from 'node:crypto';
import { existsSync, globSync, mkdirSync, readdirSync, readFileSync, renameSync, rmSync, writeFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import * as pagefind from 'pagefind';
import { linkOrCopyTree } from './cached-files.ts';
import { codeDigest } from './code-digest.ts';
import { ARTICLE_PAGE_GLOB } from './permalinks.ts';
import { searchDocument } from './search-document.ts';
import {
  assignShards,
  documentDigest,
  SEARCH_FOLDER,
  SEARCH_MODULE,
  SEARCH_SHARD_MAX_ARTICLES,
  type SearchPage,
  SHARD_KEY_LENGTH,
  type ShardKeyContext,
  searchModule,
  shardKey,
} from './search-shards.ts';

/** A shard in the cache (`shardKey`), or one left half-written by an interrupted build. */
const SHARD_ENTRY = new RegExp(`^[0-9a-f]{${SHARD_KEY_LENGTH}}(\\.\\d+\\.[0-9a-f]{8}\\.tmp)?$`);

/** Pages given to Pagefind at once: enough to keep its process busy, few enough to hold little. */
const PAGES_IN_FLIGHT = 32;

/** Where builds keep the shards between runs: SEARCH_SHARD_CACHE_DIR when set, else beside the other build caches. */
export function searchShardCacheDir(
  projectRoot: string,
  env: Record<string, string | undefined> = process.env,
): string {
  return env.SEARCH_SHARD_CACHE_DIR || join(projectRoot, 'node_modules', '.cache', 'search-shards');
}

/** The options Pagefind's `createIndex` is given (part of every shard's key). */
export function pagefindSettings(language: string): { forceLanguage: string } {
  return { forceLanguage: language };
}

export interface SearchShardOptions {
  /** The built site. */
  dist: string;
  cacheDir: string;
  /** The site's language: every page is indexed as it. */
  language: string;
  /** The project root, for the digest of the code that makes search documents. */
  projectRoot: string;
  maxArticles?: number;
}

export interface WrittenShard {
  name: string;
  key: string;
  pages: number;
  /** False when the shard was taken from the cache. */
  rebuilt: boolean;
}

/** The installed Pagefind's version, read beside the module this code imports. */
function pagefindVersion(): string {
  const manifest = join(dirname(fileURLToPath(import.meta.resolve('pagefind'))), '..', 'package.json');
  return (JSON.parse(readFileSync(manifest, 'utf8')) as { version: string }).version;
}

/** The URL path of an article page below dist (`2022/07/27/x/index.html` → `/2022/07/27/x/`), as Pagefind would give it. */
const urlOf = (file: string) => `/${file.replace(/index\.html$/, '')}`;

/** The search document of a built page, or undefined for a page without an article body (a redirect). */
const documentOf = (dist: string, file: string) => searchDocument(readFileSync(join(dist, file), 'utf8'));

/**
 * Index the article pages of the site built in `dist` into `<dist>/pagefind/<shard>/`, with
 * `pagefind/pagefind.js` merging them. Throws, naming the shard, when Pagefind reports an error.
 */
export async function writeSearchShards(options: SearchShardOptions): Promise<WrittenShard[]> {
  const { dist, cacheDir, language } = options;
  const files = new Map<string, string>();
  const pages: SearchPage[] = [];
  for (const file of globSync(ARTICLE_PAGE_GLOB, { cwd: dist }).map((path) => path.split('\\').join('/'))) {
    const document = documentOf(dist, file);
    if (document === undefined) continue;
    const url = urlOf(file);
    files.set(url, file);
    pages.push({ url, digest: documentDigest(document) });
  }
  const settings = pagefindSettings(language);
  const context: ShardKeyContext = {
    pagefindVersion: pagefindVersion(),
    settings,
    code: codeDigest([fileURLToPath(import.meta.resolve('./search-document.ts'))], options.projectRoot),
  };

  const written: WrittenShard[] = [];
  for (const shard of assignShards(pages, options.maxArticles ?? SEARCH_SHARD_MAX_ARTICLES)) {
    const key = shardKey(shard, context);
    const cached = join(cacheDir, key);
    const rebuilt = !existsSync(join(cached, 'pagefind-entry.json'));
    if (rebuilt) {
      const temp = `${cached}.${process.pid}.${randomBytes(4).toString('hex')}.tmp`;
      try {
        await indexShard(
          shard.name,
          settings,
          temp,
          shard.pages.map(({ url }) => ({ url, file: files.get(url)! })),
          dist,
        );
        rmSync(cached, { recursive: true, force: true });
        renameSync(temp, cached);
      } finally {
        rmSync(temp, { recursive: true, force: true });
      }
    }
    written.push({ name: shard.name, key, pages: shard.pages.length, rebuilt });
  }

  const folder = join(dist, SEARCH_FOLDER);
  rmSync(folder, { recursive: true, force: true });
  mkdirSync(folder, { recursive: true });
  for (const { name, key } of written) linkOrCopyTree(join(cacheDir, key), join(folder, name));
  writeFileSync(join(folder, SEARCH_MODULE), searchModule(written.map(({ name }) => name)));

  // Only what this code put there goes: the folder may be one a publisher named (SEARCH_SHARD_CACHE_DIR).
  const used = new Set(written.map(({ key }) => key));
  for (const entry of existsSync(cacheDir) ? readdirSync(cacheDir) : []) {
    if (SHARD_ENTRY.test(entry) && !used.has(entry)) rmSync(join(cacheDir, entry), { recursive: true, force: true });
  }
  return written;
}

/** One shard, indexed by a Pagefind process of its own that is closed before this returns. */
async function indexShard(
  name: string,
  settings: ReturnType<typeof pagefindSettings>,
  outputPath: string,
  pages: { url: string; file: string }[],
  dist: string,
): Promise<void> {
  const fail = (errors: string[]) => new Error(`shard ${name}: ${errors.join('; ')}`);
  try {
    const { index, errors } = await pagefind.createIndex(settings);
    if (!index) throw fail(errors);
    for (let start = 0; start < pages.length; start += PAGES_IN_FLIGHT) {
      const added = await Promise.all(
        pages
          .slice(start, start + PAGES_IN_FLIGHT)
          .map(({ url, file }) => index.addHTMLFile({ url, content: documentOf(dist, file)! })),
      );
      const addErrors = added.flatMap((response) => response.errors);
      if (addErrors.length) throw fail(addErrors);
    }
    const output = await index.writeFiles({ outputPath });
    if (output.errors.length) throw fail(output.errors);
    await index.deleteIndex();
  } finally {
    // Ends Pagefind's process, and with it all the memory of this shard's index.
    await pagefind.close();
  }
}
