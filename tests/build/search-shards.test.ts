/**
 * The search index in shards, on real builds: one Pagefind index per year, a rebuild after one new
 * article indexes only that article's shard (though it changed pages of other years: the next-story
 * link, related lists), and Pagefind writes the same index from the search documents as it would
 * from the pages themselves (the hostile article's among them).
 */
import { globSync, mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import * as pagefind from 'pagefind';
import { beforeAll, describe, expect, it } from 'vitest';
import { ARTICLE_PAGE_GLOB } from '../../src/lib/permalinks.ts';
import { searchDocument } from '../../src/lib/search-document.ts';
import { buildProject, makeProject, PROJECT_ROOT, projectArticles, readSite } from '../support/astro.ts';
import { generateArticles } from '../support/fixture-articles.ts';

/** The builds' "now": after the new article's date. */
const BUILD_TIME = { SOURCE_DATE_EPOCH: String(Date.parse('2026-06-01T00:00:00Z') / 1000) };
const NEW_ARTICLE = `---
title: Canada's food prices ease for a third month
date: 2026-02-03T09:00:00-05:00
timezone: America/Toronto
author: Priya Raghavan
tags: [food prices, Canada]
---

Food prices in Canada eased for a third month in January, the statistics agency said, as the cost of fresh vegetables fell.

Economists said the figures made an interest rate cut more likely.
`;
const NEW_PAGE = '2026/02/03/canada-food-prices/index.html';

describe('a rebuild after one new article', () => {
  let root = '';
  const outputs: string[] = [];
  const sites: Map<string, string>[] = [];
  let years: string[] = [];

  beforeAll(() => {
    const articles = {
      ...projectArticles(),
      ...Object.fromEntries(generateArticles({ count: 12, seed: 3 }).map((a) => [a.path, a.text])),
      // Markup an author should not have written, sanitized: its search document must index as the page.
      'fixtures/hostile-article.md': readFileSync(
        join(PROJECT_ROOT, 'tests/fixtures/hostile/hostile-article.md'),
        'utf8',
      ),
    };
    root = makeProject('search-shards', articles);
    const first = buildProject(root, BUILD_TIME);
    expect(first.status, first.output).toBe(0);
    outputs.push(first.output);
    sites.push(readSite(join(root, 'dist')));
    years = [
      ...new Set(
        [...sites[0]!.keys()]
          .filter((path) => /^\d{4}\/\d{2}\/\d{2}\/[^/]+\/index\.html$/.test(path))
          .map((path) => path.slice(0, 4)),
      ),
    ];

    // The same project, caches kept, with one article more.
    mkdirSync(join(root, 'content/articles/2026'), { recursive: true });
    writeFileSync(join(root, 'content/articles/2026/canada-food-prices.md'), NEW_ARTICLE);
    const second = buildProject(root, BUILD_TIME);
    expect(second.status, second.output).toBe(0);
    outputs.push(second.output);
    sites.push(readSite(join(root, 'dist')));
  });

  it('indexes every year on the first build, and only the new article’s year on the rebuild', () => {
    expect(years.length).toBeGreaterThan(3);
    expect(outputs[0]).toContain(`search: ${years.length} of ${years.length} shards rebuilt`);
    expect(outputs[1]).toContain(`search: 1 of ${years.length + 1} shards rebuilt (2026)`);
    expect(sites[1]!.has(NEW_PAGE)).toBe(true);
  });

  it('draws only the new article’s social card on the rebuild', () => {
    expect(outputs[1]!.match(/social image rendered: .*/g)).toEqual([
      expect.stringMatching(/^social image rendered: 2026\/02\/03\/canada-food-prices\/social\.png/),
    ]);
  });

  it('leaves the other years’ indexes as they were, though their pages changed', () => {
    const [before, after] = sites as [Map<string, string>, Map<string, string>];
    const changedPages = [...before.keys()].filter(
      (path) =>
        /^\d{4}\/.*\/index\.html$/.test(path) && !path.startsWith('2026/') && after.get(path) !== before.get(path),
    );
    // The previous newest article now links to the new one, and related lists pick it up.
    expect(changedPages.some((path) => /^\d{4}\/\d{2}\/\d{2}\//.test(path))).toBe(true);
    for (const year of years) {
      const shardFiles = [...before.keys()].filter((path) => path.startsWith(`pagefind/${year}/`));
      expect(shardFiles.length, year).toBeGreaterThan(0);
      for (const path of shardFiles) expect(after.get(path), path).toBe(before.get(path));
    }
    expect(after.get('pagefind/pagefind.js')).toContain('const shards = ["2026",');
  });

  it('gives Pagefind search documents that it indexes exactly as the pages', {
    timeout: 120_000,
  }, async () => {
    const dist = join(root, 'dist');
    const pages = globSync(ARTICLE_PAGE_GLOB, { cwd: dist })
      .map((file) => ({
        url: `/${file.replace(/index\.html$/, '')}`,
        content: readFileSync(join(dist, file), 'utf8'),
      }))
      .filter((page) => searchDocument(page.content) !== undefined);
    expect(pages.length).toBeGreaterThan(10);
    const indexFiles = async (docs: { url: string; content: string }[]) => {
      try {
        const { index, errors } = await pagefind.createIndex({ forceLanguage: 'en' });
        if (!index) throw new Error(errors.join('; '));
        for (const doc of docs) expect((await index.addHTMLFile(doc)).errors).toEqual([]);
        const { files } = await index.getFiles();
        return Object.fromEntries(files.map((file) => [file.path, Buffer.from(file.content).toString('base64')]));
      } finally {
        await pagefind.close();
      }
    };
    const fromPages = await indexFiles(pages);
    expect(await indexFiles(pages.map((page) => ({ url: page.url, content: searchDocument(page.content)! })))).toEqual(
      fromPages,
    );
  });
});
