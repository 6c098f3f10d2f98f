/**
 * The settings of src/site.config.ts drive what the modules do: each test changes a setting on
 * `site` (restored after it) or passes one of its own, and sees the behaviour follow.
 */
import { afterEach, describe, expect, it, vi } from 'vitest';
import { directoryPaths } from '../../src/data/list-paths.ts';
import { type Article, toArticle } from '../../src/lib/articles.ts';
import {
  DATE_LOCALE,
  formatCalendarDate,
  formatCalendarDay,
  formatDateline,
  formatMonth,
  siteLocale,
} from '../../src/lib/dates.ts';
import { archiveTitle, paginate, placePath } from '../../src/lib/listing.ts';
import { articleMetadata, openGraphLocale, pageMetadata } from '../../src/lib/metadata.ts';
import { relatedArticles } from '../../src/lib/related.ts';
import { shareTargets } from '../../src/lib/share.ts';
import { showsTableOfContents } from '../../src/lib/toc.ts';
import { normalizeBasePath, normalizeSiteUrl, type SiteConfig, site } from '../../src/site.config.ts';

const saved: SiteConfig = structuredClone(site);
afterEach(() => {
  Object.assign(site, structuredClone(saved));
});

describe('list sizes', () => {
  it('pages a list pageSize to a page when no size is given', () => {
    const items = Array.from({ length: site.pageSize * 2 + 1 }, (_, i) => i);
    expect(paginate(items, '/').map((page) => page.items.length)).toEqual([site.pageSize, site.pageSize, 1]);
    site.pageSize = 4;
    expect(paginate(items.slice(0, 9), '/').map((page) => page.items.length)).toEqual([4, 4, 1]);
    expect(paginate(items.slice(0, 9), '/', 5).map((page) => page.items.length)).toEqual([5, 4]);
  });

  it('pages a directory directoryPageSize to a page', () => {
    const groups = Array.from({ length: 7 }, (_, i) => ({ slug: `p${i}`, name: `P${i}`, items: [] as Article[] }));
    expect(directoryPaths(groups, '/places/', placePath)).toHaveLength(1);
    site.directoryPageSize = 3;
    expect(directoryPaths(groups, '/places/', placePath).map((path) => path.props.page.items.length)).toEqual([
      3, 3, 1,
    ]);
    expect(directoryPaths(groups, '/places/', placePath, 5).map((path) => path.props.page.items.length)).toEqual([
      5, 2,
    ]);
  });

  it('relates relatedCount articles', () => {
    const list = Array.from({ length: 8 }, (_, i) => ({
      permalink: `/a${i}/`,
      date: `2023-01-0${i + 1}T00:00:00+00:00`,
      tags: ['mines'],
      sectionTitles: [],
    }));
    expect(relatedArticles(list).get('/a0/')?.related).toHaveLength(site.relatedCount);
    site.relatedCount = 5;
    expect(relatedArticles(list).get('/a0/')?.related).toHaveLength(5);
    expect(relatedArticles(list, 2).get('/a0/')?.related).toHaveLength(2);
  });

  it('shows a table of contents from tocMinSections sections on', () => {
    const entries = (n: number) => Array.from({ length: n }, (_, i) => ({ title: `S${i}`, id: `s${i}` }));
    expect(showsTableOfContents(entries(site.tocMinSections))).toBe(true);
    expect(showsTableOfContents(entries(site.tocMinSections - 1))).toBe(false);
    site.tocMinSections = 4;
    expect(showsTableOfContents(entries(3))).toBe(false);
    expect(showsTableOfContents(entries(4))).toBe(true);
    expect(showsTableOfContents(entries(3), 3)).toBe(true);
  });

  it('cuts a derived description at descriptionMaxLength', () => {
    const data = {
      title: 'T',
      date: '2022-07-27T12:30:00+04:00',
      updated: undefined,
      timezone: 'Asia/Baku',
      authors: ['A'],
      tags: [],
      draft: false,
      aliases: [],
    };
    const facts = { lead: 'word '.repeat(60).trim(), wordCount: 60, sectionTitles: [], paragraphs: [] };
    const described = (max?: number) => toArticle({ id: 'x', filePath: 'x.md', data }, facts, max).description;
    site.descriptionMaxLength = 30;
    expect(described()).toBe('word word word word word word…');
    expect(described(12)).toBe('word word…');
  });
});

describe('share', () => {
  const page = { url: 'https://example.org/2022/07/27/x/', title: 'A & B' };

  it('lists the services of `share`, in its order', () => {
    expect(shareTargets(page).map((target) => target.name)).toEqual([
      'Email',
      'X',
      'Facebook',
      'Telegram',
      'WhatsApp',
      'LinkedIn',
    ]);
    site.share = ['linkedin', 'email'];
    const targets = shareTargets(page);
    expect(targets.map((target) => target.name)).toEqual(['LinkedIn', 'Email']);
    expect(targets[0]?.href).toBe(
      'https://www.linkedin.com/sharing/share-offsite/?url=https%3A%2F%2Fexample.org%2F2022%2F07%2F27%2Fx%2F',
    );
    expect(targets[1]?.href).toBe(
      'mailto:?subject=A%20%26%20B&body=A%20%26%20B%0A%0Ahttps%3A%2F%2Fexample.org%2F2022%2F07%2F27%2Fx%2F',
    );
    expect(shareTargets(page, ['x']).map((target) => target.href)).toEqual([
      'https://x.com/intent/post?url=https%3A%2F%2Fexample.org%2F2022%2F07%2F27%2Fx%2F&text=A%20%26%20B',
    ]);
  });
});

describe('the locale', () => {
  it('is the language in the region, for dates and Open Graph', () => {
    expect(siteLocale({ language: 'en', region: 'GB' })).toBe('en-GB');
    expect(siteLocale({ language: 'pt', region: 'BR' })).toBe('pt-BR');
    expect(DATE_LOCALE).toBe(siteLocale(site));
    expect(openGraphLocale({ language: 'en', region: 'US' })).toBe('en_US');
    const article = {
      title: 'T',
      description: 'D',
      permalink: '/x/',
      date: '2022-07-27T12:30:00+04:00',
      updated: undefined,
      authors: [],
      tags: [],
    };
    for (const meta of [pageMetadata(site, { description: 'D', path: '/' }), articleMetadata(site, article)]) {
      expect(meta.properties).toContainEqual(['og:locale', openGraphLocale(site)]);
    }
  });

  it('refuses a language with a region in it, or a region that is not a code', () => {
    expect(() => siteLocale({ language: 'en-GB', region: 'GB' })).toThrow(
      'language "en-GB" in src/site.config.ts must be an ISO 639 language code',
    );
    expect(() => siteLocale({ language: 'en', region: 'Britain' })).toThrow(
      'region "Britain" in src/site.config.ts must be an ISO 3166 region code',
    );
  });

  it("writes dates day-month-year in en-GB, the site's locale", () => {
    expect(DATE_LOCALE).toBe('en-GB');
    expect(formatDateline('2022-07-27T12:30:00+04:00')).toBe('27 July 2022 12:30 (UTC+04:00)');
    expect(archiveTitle(2022, 7)).toBe('July 2022');
  });

  it('follows the settings: a site in German writes German dates everywhere', async () => {
    vi.resetModules();
    const fresh = await import('../../src/site.config.ts');
    Object.assign(fresh.site, { language: 'de', region: 'DE' });
    const dates = await import('../../src/lib/dates.ts');
    const listing = await import('../../src/lib/listing.ts');
    const metadata = await import('../../src/lib/metadata.ts');
    expect(dates.DATE_LOCALE).toBe('de-DE');
    expect(dates.formatDateline('2022-07-27T12:30:00+04:00')).toBe('27. Juli 2022 12:30 (UTC+04:00)');
    expect(listing.archiveTitle(2022, 7)).toBe('Juli 2022');
    expect(metadata.pageMetadata(fresh.site, { description: 'D' }).properties).toContainEqual(['og:locale', 'de_DE']);
    vi.resetModules();
  });

  it.each([
    ['en-US', 'July 27, 2022 12:30 (UTC+04:00)', 'July 26, 2022', 'July 2022'],
    ['de-DE', '27. Juli 2022 12:30 (UTC+04:00)', '26. Juli 2022', 'Juli 2022'],
    ['en-GB', '27 July 2022 12:30 (UTC+04:00)', '26 July 2022', 'July 2022'],
  ])('writes dates in %s when given it', (locale, dateline, day, month) => {
    expect(formatDateline('2022-07-27T12:30:00+04:00', locale)).toBe(dateline);
    expect(formatCalendarDate('2022-07-26T23:30:00-05:00', locale)).toBe(day);
    expect(formatCalendarDay('2022-07-26', locale)).toBe(day);
    expect(formatMonth(2022, 7, locale)).toBe(month);
  });
});

describe('SITE_URL and BASE_PATH as the environment gives them', () => {
  it.each([
    [undefined, '/'],
    ['', '/'],
    ['news', '/news/'],
    ['/news', '/news/'],
    ['news/', '/news/'],
    [' //news/world// ', '/news/world/'],
  ])('BASE_PATH %j is the base path %j', (raw, expected) => {
    expect(normalizeBasePath(raw)).toBe(expected);
  });

  it.each([
    [undefined, 'http://localhost:4321'],
    ['https://news.example.org/', 'https://news.example.org'],
    ['https://News.Example.org/some/path?x=1', 'https://news.example.org'],
    ['http://localhost:8080', 'http://localhost:8080'],
  ])('SITE_URL %j is the origin %j', (raw, expected) => {
    expect(normalizeSiteUrl(raw)).toBe(expected);
  });

  it.each([
    ['news.example.org', /is not a URL/],
    ['ftp://news.example.org', /must start with http/],
  ])('SITE_URL %j is refused, naming it', (raw, message) => {
    expect(() => normalizeSiteUrl(raw)).toThrow(message);
  });
});
