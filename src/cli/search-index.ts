/**
 * The search index: Pagefind over the article pages of a built site, one index per year (a year
 * of many articles split, `SEARCH_SHARD_MAX_ARTICLES`), written to `<dist>/pagefind/<shard>/` with
 * `<dist>/pagefind/pagefind.js` merging them in the browser (src/lib/search-shards.ts).
 *
 *   node src/cli/search-index.ts [dist]      (default dist; `npm run build` runs it after astro build)
 *
 * A step of its own after `astro build` rather than an integration inside it: Pagefind holds an
 * index in memory while it builds it, and inside the build that came on top of what Astro still
 * held. Shards are indexed one after another, each by a Pagefind process closed before the next,
 * so the step needs the memory of the largest shard; a shard whose articles' indexed text, filters
 * and metadata did not change is taken from the cache (`node_modules/.cache/search-shards`,
 * SEARCH_SHARD_CACHE_DIR moves it). Prints `search: K of N shards rebuilt`.
 *
 * Article pages opt in with `data-pagefind-body` (the article text); authors, tags and years are
 * filters, the dateline is metadata (see the components). Only files at article paths are read:
 * no other page has a body to index. Exits 1, naming the folder, when there is no built site or
 * Pagefind reports an error.
 */
import { existsSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { searchShardCacheDir, writeSearchShards } from '../lib/search-shard-index.ts';
import { SEARCH_FOLDER } from '../lib/search-shards.ts';
import { site } from '../site.config.ts';

const projectRoot = resolve(import.meta.dirname, '../..');
const dist = resolve(process.argv[2] ?? 'dist');
if (!existsSync(join(dist, 'index.html'))) {
  console.error(`search-index: no built site in ${dist}: run astro build first`);
  process.exit(1);
}
try {
  const shards = await writeSearchShards({
    dist,
    cacheDir: searchShardCacheDir(projectRoot),
    language: site.language,
    projectRoot,
  });
  const rebuilt = shards.filter((shard) => shard.rebuilt);
  const named = rebuilt.length > 0 ? ` (${rebuilt.map((shard) => shard.name).join(', ')})` : '';
  console.log(`search: ${rebuilt.length} of ${shards.length} shards rebuilt${named}`);
  const pages = shards.reduce((sum, shard) => sum + shard.pages, 0);
  console.log(
    `search index: written to ${join(dist, SEARCH_FOLDER)} (${pages} article page(s) in ${shards.length} shard(s))`,
  );
} catch (error) {
  console.error(`search-index: Pagefind failed on ${dist}: ${(error as Error).message}`);
  process.exit(1);
}
