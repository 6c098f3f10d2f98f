/**
 * The site under a sub-path (BASE_PATH=/news/) in Chromium: search through the
 * header box and the search page with its filters, the search page without
 * JavaScript, topic pages, and a hostile article that must execute nothing.
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import AxeBuilder from '@axe-core/playwright';
import type { BrowserContextOptions } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { buildProject, makeProject, PROJECT_ROOT, projectArticles } from '../support/astro.ts';
import { generateArticles } from '../support/fixture-articles.ts';
import { type BrowserSession, HAS_CHROMIUM, openBrowserSession, startPreview, WCAG_TAGS } from './browser.ts';

const BASE = '/news/';
const SEED = '2022/07/27/azerbaijani-serviceman-injured-in-landmine-blast-in-kalbajar/';
const HOSTILE = '2024/02/14/hostile-article/';

describe.skipIf(!HAS_CHROMIUM)(`the site under BASE_PATH=${BASE} in Chromium`, () => {
  let session: BrowserSession;
  let firstTag = '';
  let bySabina = 0;
  const open = (path: string, options?: BrowserContextOptions) => session.open(path, options);

  beforeAll(async () => {
    const generated = generateArticles({ count: 12, seed: 3 });
    const root = makeProject('browser-base-path', {
      ...projectArticles(),
      ...Object.fromEntries(generated.map((a) => [a.path, a.text])),
      'fixtures/hostile-article.md': readFileSync(
        join(PROJECT_ROOT, 'tests/fixtures/hostile/hostile-article.md'),
        'utf8',
      ),
    });
    const { status, output } = buildProject(root, { BASE_PATH: BASE });
    expect(status, output).toBe(0);
    bySabina = [...Object.values(projectArticles()), ...generated.map((a) => a.text)].filter((text) =>
      /^author: .*Sabina Mammadli/m.test(text),
    ).length;
    // The generator writes `tags: [a, b]`.
    firstTag = /^tags: \[([^,\]]+)/m.exec(generated.find((a) => /^tags:/m.test(a.text))!.text)![1]!.trim();
    session = await openBrowserSession(await startPreview({ root, port: 4412, basePath: BASE }));
  });

  afterAll(() => session?.close());

  it('finds an article from the header search box and opens it', async () => {
    const page = await open(SEED);
    await page.locator('.site-search input[name="q"]').fill('Kalbajar');
    await page.locator('.site-search button').click();
    await page.waitForURL(/\/news\/search\/\?q=Kalbajar$/);
    const first = page.locator('.search-results h2 a').first();
    // The page's first search loads an index per year (eight here) before it answers.
    await expect.poll(() => first.getAttribute('href'), { timeout: 10_000 }).toBe(`${BASE}${SEED}`);
    expect(await page.locator('.search-results .meta').first().textContent()).toBe('27 July 2022 12:30 (UTC+04:00)');
    expect(await page.locator('.search-results mark').first().textContent()).toMatch(/Kalbajar/i);
    await first.click();
    await page.waitForURL(`**${BASE}${SEED}`);
    expect(await page.locator('h1').textContent()).toBe('Azerbaijani serviceman injured in landmine blast in Kalbajar');
  });

  it('narrows results with the author, topic and year filters', async () => {
    const page = await open('search/');
    const authors = page.locator('select[name="author"] option');
    await expect.poll(() => authors.count()).toBeGreaterThan(2);
    await page.locator('select[name="author"]').selectOption('Sabina Mammadli');
    await expect.poll(() => page.locator('.search-results h2 a').count()).toBe(bySabina);
    expect(page.url()).toContain('author=Sabina+Mammadli');
    await page.locator('select[name="author"]').selectOption('');
    await page.locator('select[name="tag"]').selectOption(firstTag);
    await expect.poll(() => page.locator('.search-results h2 a').count()).toBeGreaterThan(0);
    for (const href of await page
      .locator('.search-results h2 a')
      .evaluateAll((links) => links.map((a) => a.getAttribute('href')))) {
      const article = await open(href!.slice(BASE.length));
      expect(await article.locator('.tag-list a').allTextContents()).toContain(firstTag);
    }
    await page.locator('select[name="tag"]').selectOption('');
    await page.locator('select[name="year"]').selectOption('2022');
    await expect.poll(() => page.locator('.search-status').textContent()).toMatch(/found/);
    for (const meta of await page.locator('.search-results .meta').allTextContents()) expect(meta).toContain('2022');
  });

  it('says that search needs JavaScript, and links to the archive, when it is off', async () => {
    const page = await open('search/?q=mines', { javaScriptEnabled: false });
    expect(await page.locator('.search-fallback').textContent()).toContain('Search needs JavaScript');
    expect(await page.locator('.search-fallback a').first().getAttribute('href')).toBe(`${BASE}archive/`);
    expect(await page.locator('.search-form').isVisible()).toBe(false);
  });

  it.each([
    ['search with results', 'search/?q=mines'],
    ['topic page', 'tags/'],
    ['article under the base path', SEED],
  ])('%s has no WCAG 2.2 AA violations in either scheme', async (_name, path) => {
    for (const colorScheme of ['light', 'dark'] as const) {
      const page = await open(path, { colorScheme });
      if (path.startsWith('search')) await page.locator('.search-results h2').first().waitFor();
      const { violations } = await new AxeBuilder({ page }).withTags(WCAG_TAGS).analyze();
      expect(
        violations.map((v) => `${colorScheme} ${v.id}: ${v.nodes.map((n) => n.target.join(' ')).join(', ')}`),
      ).toEqual([]);
    }
  });

  it('runs nothing from the hostile article', async () => {
    const page = await (await session.newContext()).newPage();
    const dialogs: string[] = [];
    const errors: string[] = [];
    page.on('dialog', async (dialog) => {
      dialogs.push(dialog.message());
      await dialog.dismiss();
    });
    page.on('pageerror', (error) => errors.push(error.message));
    const finished: string[] = [];
    const failed: string[] = [];
    page.on('requestfinished', (request) => finished.push(request.url()));
    page.on('requestfailed', (request) => failed.push(`${request.url()} ${request.failure()?.errorText}`));
    await page.goto(session.server.url + HOSTILE);
    await page.waitForLoadState('networkidle');
    // Hover and click what an author could have armed (handlers were stripped; links lost their javascript: URLs).
    for (const target of await page.locator('.article-body p, .article-body a:not([href])').all()) {
      await target.click({ timeout: 1000 }).catch(() => {});
    }
    expect(dialogs).toEqual([]);
    expect(errors).toEqual([]);
    expect(await page.locator('h1').textContent()).toContain('Council publishes budget');
    expect(await page.evaluate(() => document.body.innerHTML.includes('owned'))).toBe(false);
    // Nothing was fetched from elsewhere, and nothing needed blocking: the build refuses external images.
    const local = (url: string) => url.startsWith(session.server.url.replace(BASE, ''));
    expect(finished.filter((url) => !local(url))).toEqual([]);
    expect(failed).toEqual([]);
  });
});
