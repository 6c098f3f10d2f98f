import { existsSync, mkdirSync, mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { writeSearchShards } from '../../src/lib/search-shard-index.ts';

const dir = mkdtempSync(path.join(os.tmpdir(), 'search-shard-index-'));
afterAll(() => rmSync(dir, { recursive: true, force: true }));

const PROJECT_ROOT = path.resolve(import.meta.dirname, '../..');

/** A built site of article pages (`/YYYY/MM/DD/slug/` → body text), with a related list that says when it was built. */
function writeSite(dist: string, articles: Record<string, string>, related: string): void {
  rmSync(dist, { recursive: true, force: true });
  mkdirSync(dist, { recursive: true });
  writeFileSync(
    path.join(dist, 'index.html'),
    '<!DOCTYPE html><html lang="en"><body><h1>Front page</h1></body></html>',
  );
  for (const [url, text] of Object.entries(articles)) {
    const folder = path.join(dist, url);
    mkdirSync(folder, { recursive: true });
    const html = `<!DOCTYPE html><html lang="en"><body><article data-pagefind-filter="year:${url.slice(1, 5)}"><h1>${url}</h1><div data-pagefind-body><p>${text}</p></div><footer><ul><li>${related}</li></ul></footer></article></body></html>`;
    writeFileSync(path.join(folder, 'index.html'), html);
  }
}

describe('writeSearchShards', () => {
  const dist = path.join(dir, 'dist');
  const cacheDir = path.join(dir, 'cache');
  const run = () => writeSearchShards({ dist, cacheDir, language: 'en', projectRoot: PROJECT_ROOT, maxArticles: 2 });
  const rebuilt = (shards: { name: string; rebuilt: boolean }[]) => shards.filter((s) => s.rebuilt).map((s) => s.name);
  const articles = {
    '/2021/01/01/a/': 'Orchard cleared of mines.',
    '/2021/02/01/b/': 'Council meets.',
    '/2021/03/01/c/': 'Market opens.',
    '/2023/05/01/d/': 'Flood barriers hold.',
  };

  it('indexes every shard into its folder, with the module that merges them, on a first build', {
    timeout: 60_000,
  }, async () => {
    mkdirSync(cacheDir, { recursive: true });
    writeFileSync(path.join(cacheDir, 'notes.txt'), 'not a shard');
    writeSite(dist, articles, 'built first');
    const shards = await run();
    expect(shards.map((s) => [s.name, s.pages])).toEqual([
      ['2023', 1],
      ['2021-2', 1],
      ['2021', 2],
    ]);
    expect(rebuilt(shards)).toEqual(['2023', '2021-2', '2021']);
    for (const { name } of shards)
      expect(existsSync(path.join(dist, 'pagefind', name, 'pagefind-entry.json')), name).toBe(true);
    expect(readFileSync(path.join(dist, 'pagefind/pagefind.js'), 'utf8')).toContain(
      'const shards = ["2023","2021-2","2021"];',
    );
  });

  it('takes unchanged shards from the cache, though the pages changed outside what is indexed', {
    timeout: 60_000,
  }, async () => {
    writeSite(dist, articles, 'built again, with another related list');
    expect(rebuilt(await run())).toEqual([]);
    expect(existsSync(path.join(dist, 'pagefind/2021/pagefind-entry.json'))).toBe(true);
  });

  it('indexes again the shard of a changed article only, and keeps in the cache what is not a shard', {
    timeout: 60_000,
  }, async () => {
    writeSite(dist, { ...articles, '/2021/03/01/c/': 'Market opens early.' }, 'built a third time');
    const shards = await run();
    expect(rebuilt(shards)).toEqual(['2021-2']);
    const entries = readdirSync(cacheDir).sort();
    expect(entries).toEqual([...shards.map((s) => s.key), 'notes.txt'].sort());
  });
});
