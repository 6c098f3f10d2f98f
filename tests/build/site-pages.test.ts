/**
 * The site around the articles, built from a generated newsroom corpus: front
 * page with pagination, archives by year and month, author, topic and place
 * pages, previous/next and related articles, the search index; every list page
 * under 50 KB of HTML.
 */
import { join } from 'node:path';
import { parse } from 'node-html-parser';
import { beforeAll, describe, expect, it } from 'vitest';
import { site } from '../../src/site.config.ts';
import { buildProject, makeProject, readSite } from '../support/astro.ts';
import { generateArticles } from '../support/fixture-articles.ts';

const COUNT = 80;
let files: Map<string, string>;
const html = (path: string) => {
  const text = files.get(path);
  if (text === undefined) throw new Error(`no ${path} in the built site`);
  return parse(text);
};
const articlePages = () => [...files.keys()].filter((path) => /^\d{4}\/\d{2}\/\d{2}\/[^/]+\/index\.html$/.test(path));
const listLinks = (path: string) =>
  html(path)
    .querySelectorAll('.article-list h2 a')
    .map((a) => a.getAttribute('href')!);

beforeAll(() => {
  const articles = generateArticles({ count: COUNT, seed: 7 });
  const root = makeProject('site-pages', Object.fromEntries(articles.map((a) => [a.path, a.text])));
  const { status, output } = buildProject(root);
  expect(status, output).toBe(0);
  files = readSite(join(root, 'dist'));
});

describe('list pages', () => {
  it('builds every article and pages through them all from the front page', () => {
    expect(articlePages()).toHaveLength(COUNT);
    const seen: string[] = [];
    let path: string | undefined = 'index.html';
    while (path) {
      seen.push(...listLinks(path));
      const next: string | undefined = html(path).querySelector('.pagination a[rel="next"]')?.getAttribute('href');
      path = next ? `${next.slice(1)}index.html` : undefined;
    }
    expect(seen).toHaveLength(COUNT);
    expect(new Set(seen).size).toBe(COUNT);
    expect(listLinks('index.html')).toHaveLength(site.pageSize);
    expect(files.has(`page/${Math.ceil(COUNT / site.pageSize)}/index.html`)).toBe(true);
  });

  it('keeps every list page under 50 KB of HTML', () => {
    const lists = [...files].filter(([path]) => path.endsWith('.html') && !articlePages().includes(path));
    expect(lists.length).toBeGreaterThan(20);
    for (const [path, text] of lists) expect(Buffer.byteLength(text), path).toBeLessThan(50 * 1024);
  });

  it('archives each article under its year and month, on its own clock', () => {
    for (const page of articlePages().slice(0, 20)) {
      const [year, month] = page.split('/');
      const permalink = `/${page.replace(/index\.html$/, '')}`;
      const inMonth: string[] = [];
      for (let n = 1, path: string | undefined = `${year}/${month}/index.html`; path; n++) {
        inMonth.push(...listLinks(path));
        path = files.has(`${year}/${month}/page/${n + 1}/index.html`)
          ? `${year}/${month}/page/${n + 1}/index.html`
          : undefined;
      }
      expect(inMonth, permalink).toContain(permalink);
      expect(
        html(`${year}/index.html`).querySelector(`.archive-months a[href="/${year}/${month}/"]`),
        `${year}/${month}`,
      ).not.toBeNull();
    }
  });

  it('gives each author, topic and place a page listing their articles', () => {
    for (const page of articlePages().slice(0, 10)) {
      const doc = html(page);
      const permalink = `/${page.replace(/index\.html$/, '')}`;
      for (const href of [
        ...doc.querySelectorAll('.byline a'),
        ...doc.querySelectorAll('.tag-list a'),
        ...doc.querySelectorAll('.at-a-glance .places a'),
      ].map((a) => a.getAttribute('href')!)) {
        const listed: string[] = [];
        for (let n = 1, path: string | undefined = `${href.slice(1)}index.html`; path; n++) {
          listed.push(...listLinks(path));
          const next = `${href.slice(1)}page/${n + 1}/index.html`;
          path = files.has(next) ? next : undefined;
        }
        expect(listed, `${href} lists ${permalink}`).toContain(permalink);
      }
    }
  });

  it('lists authors, topics and places in their directories', () => {
    expect(html('authors/index.html').querySelectorAll('.directory li').length).toBeGreaterThan(10);
    expect(html('tags/index.html').querySelectorAll('.directory li').length).toBeGreaterThan(10);
    expect(html('places/index.html').querySelectorAll('.directory li').length).toBeGreaterThan(5);
    expect(html('archive/index.html').querySelectorAll('.directory li').length).toBeGreaterThan(5);
  });
});

describe('article pages', () => {
  it('link to the previous and next article in time, and to related articles that share a topic or section', () => {
    const newest = listLinks('index.html');
    const second = html(`${newest[1]!.slice(1)}index.html`);
    expect(second.querySelector('.article-footer a[rel="next"]')?.getAttribute('href')).toBe(newest[0]);
    expect(second.querySelector('.article-footer a[rel="prev"]')?.getAttribute('href')).toBe(newest[2]);
    let withRelated = 0;
    for (const page of articlePages()) {
      const doc = html(page);
      const related = doc
        .querySelectorAll('.article-footer h2 + ul a')
        .filter((a) => a.closest('ul')?.previousElementSibling?.textContent === 'Related');
      if (related.length === 0) continue;
      withRelated++;
      const tags = new Set(doc.querySelectorAll('.tag-list a').map((a) => a.textContent));
      const sections = new Set(doc.querySelectorAll('.article-body h2').map((h) => h.textContent));
      for (const link of related) {
        const other = html(`${link.getAttribute('href')!.slice(1)}index.html`);
        const shares =
          other.querySelectorAll('.tag-list a').some((a) => tags.has(a.textContent)) ||
          other.querySelectorAll('.article-body h2').some((h) => sections.has(h.textContent));
        expect(shares, `${page} → ${link.getAttribute('href')}`).toBe(true);
      }
    }
    expect(withRelated).toBeGreaterThan(COUNT / 2);
  });

  it('carries the search filters (author, tag, year) and the dateline as search metadata', () => {
    const doc = html(articlePages()[0]!);
    expect(doc.querySelector('[data-pagefind-body]')).not.toBeNull();
    expect(doc.querySelector('.byline a[data-pagefind-filter="author"]')).not.toBeNull();
    expect(doc.querySelector('article[data-pagefind-filter^="year:"]')).not.toBeNull();
    expect(doc.querySelector('.dateline[data-pagefind-meta="dateline"]')).not.toBeNull();
  });

  it('writes the Pagefind index, one per year, and the module that merges them', () => {
    const years = [...new Set(articlePages().map((path) => path.slice(0, 4)))].sort().reverse();
    expect(years.length).toBeGreaterThan(1);
    expect(files.get('pagefind/pagefind.js')).toContain(`const shards = ${JSON.stringify(years)};`);
    for (const year of years) {
      expect(files.has(`pagefind/${year}/pagefind.js`), year).toBe(true);
      expect(
        [...files.keys()].some((path) => path.startsWith(`pagefind/${year}/index/`)),
        year,
      ).toBe(true);
      expect(
        [...files.keys()].some((path) => path.startsWith(`pagefind/${year}/filter/`)),
        year,
      ).toBe(true);
    }
  });
});
