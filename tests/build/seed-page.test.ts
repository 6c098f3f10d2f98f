import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { PROJECT_ROOT } from './astro.ts';
import { DIST, readPage, sourceParagraphs, textOf } from './html.ts';

const SEED_FILE = join(PROJECT_ROOT, 'content/articles/2022/azerbaijani-serviceman-injured-in-landmine-blast-in-kalbajar.md');
const SEED_PAGE = '2022/07/27/azerbaijani-serviceman-injured-in-landmine-blast-in-kalbajar/index.html';

function allHtmlFiles(dir: string): string[] {
  return readdirSync(dir, { withFileTypes: true, recursive: true })
    .filter((entry) => entry.isFile() && entry.name.endsWith('.html'))
    .map((entry) => join(entry.parentPath, entry.name));
}

describe('the seed article page', () => {
  const { html, doc } = readPage(SEED_PAGE);
  const article = doc.querySelector('main article');

  it('is an article with the headline, byline and dateline', () => {
    expect(article).not.toBeNull();
    expect(doc.querySelector('html')?.getAttribute('lang')).toBe('en');
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
    const seed = readFileSync(join(PROJECT_ROOT, '../shared/seed/000_9487eea32e2e5d3e.txt'), 'utf8');
    // The seed file itself, word for word (when the shared folder is beside the checkout).
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

  it('ships no JavaScript anywhere', () => {
    for (const file of allHtmlFiles(DIST)) {
      expect(readFileSync(file, 'utf8'), file).not.toMatch(/<script\b/i);
    }
    const scripts = readdirSync(DIST, { recursive: true }).filter((name) => String(name).endsWith('.js'));
    expect(scripts).toEqual([]);
    expect(html).not.toMatch(/<script\b/i);
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
    const link = doc.querySelector('.article-list a[href="/2022/07/27/azerbaijani-serviceman-injured-in-landmine-blast-in-kalbajar/"]');
    expect(textOf(link)).toBe('Azerbaijani serviceman injured in landmine blast in Kalbajar');
    expect(doc.querySelector('.article-list time')?.getAttribute('datetime')).toBe('2022-07-27T12:30:00+04:00');
  });

  it('has a 404 page', () => {
    const { doc } = readPage('404.html');
    expect(textOf(doc.querySelector('h1'))).toBe('Page not found');
  });
});
