import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { parse } from 'node-html-parser';
import { describe, expect, it } from 'vitest';
import { site } from '../../src/site.config.ts';
import { PROJECT_ROOT } from '../support/astro.ts';
import { DIST, readPage, sourceParagraphs, textOf } from './html.ts';

const SEED_FILE = join(
  PROJECT_ROOT,
  'content/articles/2022/azerbaijani-serviceman-injured-in-landmine-blast-in-kalbajar.md',
);
const SEED_PAGE = '2022/07/27/azerbaijani-serviceman-injured-in-landmine-blast-in-kalbajar/index.html';

function allHtmlFiles(dir: string): string[] {
  return readdirSync(dir, { withFileTypes: true, recursive: true })
    .filter((entry) => entry.isFile() && entry.name.endsWith('.html'))
    .map((entry) => join(entry.parentPath, entry.name));
}

describe('the seed article page', () => {
  const { doc } = readPage(SEED_PAGE);
  const article = doc.querySelector('main article');

  it('has the navigation of the settings, and follows the three feeds in its footer', () => {
    const links = (selector: string) => doc.querySelectorAll(selector).map((a) => [textOf(a), a.getAttribute('href')]);
    expect(links('.site-nav a')).toEqual(site.navigation.map(({ label, path }) => [label, path]));
    expect(links('.site-nav a').map(([label]) => label)).toEqual(['Latest', 'Archive', 'Topics', 'Authors', 'Places']);
    expect(links('.site-footer a')).toEqual([
      ['RSS', '/rss.xml'],
      ['Atom', '/atom.xml'],
      ['JSON Feed', '/feed.json'],
    ]);
    expect(textOf(doc.querySelector('.site-footer p:last-child'))).toBe('Follow: RSS · Atom · JSON Feed');
  });

  it('is an article with the headline, byline and dateline', () => {
    expect(article).not.toBeNull();
    expect(doc.querySelector('html')?.getAttribute('lang')).toBe('en');
    // The reader-time script writes in the datelines' locale, which it reads here.
    expect(doc.querySelector('html')?.getAttribute('data-date-locale')).toBe('en-GB');
    expect(doc.querySelectorAll('h1')).toHaveLength(1);
    expect(textOf(article!.querySelector('h1'))).toBe('Azerbaijani serviceman injured in landmine blast in Kalbajar');
    expect(textOf(article!.querySelector('.byline'))).toBe('By Sabina Mammadli');
    const time = article!.querySelector('.dateline time');
    expect(time?.getAttribute('datetime')).toBe('2022-07-27T12:30:00+04:00');
    expect(textOf(time)).toBe('27 July 2022 12:30 (UTC+04:00)');
  });

  it('holds every seed paragraph exactly once, in order, and nothing from the dateline or byline lines', () => {
    const paragraphs = sourceParagraphs(readFileSync(SEED_FILE, 'utf8'));
    expect(paragraphs).toHaveLength(11);
    // The seed story as the newsroom handed it over, kept in the repository so the test needs
    // nothing outside the checkout: the article reproduces it word for word.
    const seed = readFileSync(join(PROJECT_ROOT, 'tests/fixtures/seed/000_9487eea32e2e5d3e.txt'), 'utf8');
    for (const paragraph of paragraphs) expect(seed).toContain(paragraph);
    const body = textOf(article!.querySelector('.article-body'));
    let from = 0;
    for (const paragraph of paragraphs) {
      const at = body.indexOf(paragraph, from);
      expect(at, paragraph).toBeGreaterThanOrEqual(from);
      expect(body.indexOf(paragraph, at + 1), `${paragraph} appears twice`).toBe(-1);
      from = at + paragraph.length;
    }
    expect(body).not.toContain('By Sabina Mammadli');
  });

  it('needs no JavaScript to read: no script files, only a small inline enhancement', () => {
    for (const file of allHtmlFiles(DIST)) {
      const doc = parse(readFileSync(file, 'utf8'));
      expect(doc.querySelectorAll('script[src]'), file).toHaveLength(0);
      const executable = doc.querySelectorAll('script').filter((s) => s.getAttribute('type') !== 'application/ld+json');
      const bytes = executable.reduce((sum, script) => sum + Buffer.byteLength(script.textContent), 0);
      expect(bytes, file).toBeLessThanOrEqual(3 * 1024);
    }
    // The only script files are the search engine's, which the search page alone loads.
    const scripts = readdirSync(DIST, { recursive: true })
      .map(String)
      .filter((name) => name.endsWith('.js'));
    expect(scripts.length).toBeGreaterThan(0);
    expect(scripts.filter((name) => !name.startsWith('pagefind/'))).toEqual([]);
  });

  it('splits into the derived sections, in order, every paragraph in its section', () => {
    const paragraphs = sourceParagraphs(readFileSync(SEED_FILE, 'utf8'));
    const expected: [id: string, title: string, paragraphs: number[]][] = [
      ['incident', 'Incident', [1, 2]],
      ['official-statements', 'Official statements', [3, 4, 5]],
      ['prosecution', 'Prosecution', [6, 7]],
      ['mine-map-exchanges', 'Mine-map exchanges', [8, 9, 10]],
      ['background', 'Background', [11]],
    ];
    const sections = article!.querySelectorAll('.article-body > section');
    expect(sections.map((section) => section.querySelector('h2')?.getAttribute('id'))).toEqual(
      expected.map(([id]) => id),
    );
    expected.forEach(([, title, numbers], index) => {
      const section = sections[index]!;
      expect(textOf(section.querySelector('h2'))).toBe(title);
      expect(section.querySelectorAll('p').map((p) => textOf(p))).toEqual(numbers.map((n) => paragraphs[n - 1]));
      // A visible self-link with an accessible name gives the section's permalink.
      const link = section.querySelector('a.section-link');
      expect(link?.getAttribute('href')).toBe(`#${expected[index]![0]}`);
      expect(link?.getAttribute('aria-label')).toBe(`Link to the section “${title}”`);
    });
  });

  it('has a table of contents linking to every section', () => {
    const toc = doc.querySelector('nav.toc');
    expect(textOf(toc?.querySelector('h2'))).toBe('In this article');
    expect(toc?.querySelectorAll('a').map((a) => [a.getAttribute('href'), textOf(a)])).toEqual([
      ['#incident', 'Incident'],
      ['#official-statements', 'Official statements'],
      ['#prosecution', 'Prosecution'],
      ['#mine-map-exchanges', 'Mine-map exchanges'],
      ['#background', 'Background'],
    ]);
  });

  it('puts the story first: no standfirst repeating the lede, the aids and share links folded', () => {
    // The seed's description is derived from its lede: shown above it, it would say it twice.
    expect(article!.querySelector('.standfirst')).toBeNull();
    expect(article!.querySelector('.share-bar details.share-menu > summary')).not.toBeNull();
    expect(article!.querySelector('.share-bar details.share-menu a[href^="mailto:"]')).not.toBeNull();
    for (const aid of ['nav.toc', 'aside.at-a-glance']) {
      const details = article!.querySelector(`${aid} details`);
      expect(details?.hasAttribute('open'), aid).toBe(false);
      expect(details?.querySelector('summary'), aid).not.toBeNull();
    }
    // Headline, byline, dateline and image come before the aids; the aids before the story.
    const all = article!.querySelectorAll('*');
    const order = ['h1', '.byline', '.dateline', '.article-lead', '.article-aids', '.article-body'].map((selector) =>
      all.indexOf(article!.querySelector(selector)!),
    );
    expect(order.every((at) => at >= 0)).toBe(true);
    expect([...order].sort((a, b) => a - b)).toEqual(order);
  });

  it('uses the description derived from the first paragraph', () => {
    const description = doc.querySelector('meta[name="description"]')?.getAttribute('content') ?? '';
    expect(description.length).toBeGreaterThan(0);
    expect(description.length).toBeLessThanOrEqual(160);
    expect(description).toBe(
      "Azerbaijani serviceman was injured in a landmine blast in the liberated Kalbajar District on the evening of July 26, Azerbaijan's Defense Ministry has reported.",
    );
  });
});

describe('the front page and 404', () => {
  it('lists the seed with its dateline and a link to its permalink', () => {
    const { doc } = readPage('index.html');
    const link = doc.querySelector(
      '.article-list a[href="/2022/07/27/azerbaijani-serviceman-injured-in-landmine-blast-in-kalbajar/"]',
    );
    expect(textOf(link)).toBe('Azerbaijani serviceman injured in landmine blast in Kalbajar');
    expect(doc.querySelector('.article-list time')?.getAttribute('datetime')).toBe('2022-07-27T12:30:00+04:00');
  });

  it('has a 404 page', () => {
    const { doc } = readPage('404.html');
    expect(textOf(doc.querySelector('h1'))).toBe('Page not found');
  });
});
