/**
 * The search index: Pagefind over the article pages of a built site, written to `<dist>/pagefind/`.
 *
 *   node src/cli/search-index.ts [dist]      (default dist; `npm run build` runs it after astro build)
 *
 * A step of its own after `astro build` rather than an integration inside it: Pagefind holds the
 * whole index in memory (2.9 GB at 10,000 articles), and inside the build that came on top of
 * what Astro still held (3 GB), so a 10,000-article build peaked at 5.9 GB. Run after the build
 * has exited, the two never add up.
 *
 * Article pages opt in with `data-pagefind-body` (the article text); authors, tags and years are
 * filters, the dateline is metadata (see the components). Only files at article paths are read:
 * no other page has a body to index. Exits 1, naming the folder, when there is no built site or
 * Pagefind reports an error.
 */
import { existsSync } from 'node:fs';
import { join, resolve } from 'node:path';
import * as pagefind from 'pagefind';
import { ARTICLE_PAGE_GLOB } from '../lib/permalinks.ts';
import { site } from '../site.config.ts';

/** Index the articles of the site built in `dist`; returns how many files at article paths were read (old paths included). */
export async function writeSearchIndex(dist: string, language: string): Promise<number> {
  const { index, errors } = await pagefind.createIndex({ forceLanguage: language });
  try {
    if (!index) throw new Error(errors.join('; '));
    const added = await index.addDirectory({ path: dist, glob: ARTICLE_PAGE_GLOB });
    if (added.errors.length) throw new Error(added.errors.join('; '));
    const written = await index.writeFiles({ outputPath: join(dist, 'pagefind') });
    if (written.errors.length) throw new Error(written.errors.join('; '));
    return added.page_count;
  } finally {
    await pagefind.close();
  }
}

const dist = resolve(process.argv[2] ?? 'dist');
if (!existsSync(join(dist, 'index.html'))) {
  console.error(`search-index: no built site in ${dist}: run astro build first`);
  process.exit(1);
}
try {
  const pages = await writeSearchIndex(dist, site.language);
  console.log(`search index: written to ${join(dist, 'pagefind')} (${pages} page(s) at article paths read)`);
} catch (error) {
  console.error(`search-index: Pagefind failed on ${dist}: ${(error as Error).message}`);
  process.exit(1);
}
