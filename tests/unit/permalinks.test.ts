import { describe, expect, it } from 'vitest';
import { assertUniquePaths, isPublished, isScheduled, sortNewestFirst, toArticle } from '../../src/lib/articles.ts';
import {
  articlePermalink,
  normalizeAliasPath,
  SLUG_MAX_LENGTH,
  slugFromPath,
  slugProblem,
} from '../../src/lib/permalinks.ts';
import { slugify } from '../../src/lib/slugs.ts';
import { truncateAtWord } from '../../src/lib/text.ts';
import { site } from '../../src/site.config.ts';

describe('articlePermalink', () => {
  it.each([
    ['2022-07-27T12:30:00+04:00', 'azerbaijani-serviceman', '/2022/07/27/azerbaijani-serviceman/'],
    // The article's own day, not UTC's: 00:30 in Baku is still the 25th in UTC.
    ['2023-03-26T00:30:00+04:00', 'early', '/2023/03/26/early/'],
    // 23:45 in Los Angeles is already 1 January in UTC.
    ['2023-12-31T23:45:00-08:00', 'late', '/2023/12/31/late/'],
  ])('%s + %s → %s', (iso, slug, permalink) => {
    expect(articlePermalink(iso, slug)).toBe(permalink);
  });
});

describe('slugs', () => {
  it.each([
    ['content/articles/2022/foo.md', 'foo'],
    ['a/b/c/deep-story.markdown', 'deep-story'],
    ['windows\\path\\story.md', 'story'],
  ])('slugFromPath(%s) = %s', (path, slug) => {
    expect(slugFromPath(path)).toBe(slug);
  });

  it.each([
    ['Mine Blast – Kalbajar', 'mine-blast-kalbajar'],
    ['Çəkmə naïve café', 'cekme-naive-cafe'],
    ['Straße Ødegaard Łódź', 'strasse-odegaard-lodz'],
    ['already-a-slug', 'already-a-slug'],
    ['???', ''],
  ])('slugify(%s) = %s', (text, slug) => {
    expect(slugify(text)).toBe(slug);
  });
});

const data = {
  title: 'A headline',
  date: '2022-07-27T12:30:00+04:00',
  updated: undefined,
  timezone: 'Asia/Baku',
  authors: ['Sabina Mammadli'],
  tags: [],
  draft: false,
  aliases: [],
};

describe('toArticle', () => {
  it('takes the slug from the file name and never from the title', () => {
    const article = toArticle(
      { id: '2022/foo', filePath: 'content/articles/2022/foo.md', data },
      { lead: 'Lead.', wordCount: 1, sectionTitles: [], paragraphs: [] },
    );
    expect(article.permalink).toBe('/2022/07/27/foo/');
    const retitled = toArticle(
      { id: '2022/foo', filePath: 'content/articles/2022/foo.md', data: { ...data, title: 'Another headline' } },
      { lead: 'Lead.', wordCount: 1, sectionTitles: [], paragraphs: [] },
    );
    expect(retitled.permalink).toBe(article.permalink);
  });

  it('prefers an explicit slug', () => {
    const article = toArticle(
      { id: '2022/foo', filePath: 'content/articles/2022/foo.md', data: { ...data, slug: 'bar' } },
      { lead: 'Lead.', wordCount: 1, sectionTitles: [], paragraphs: [] },
    );
    expect(article.permalink).toBe('/2022/07/27/bar/');
  });

  it('fails, naming the file, when the file name gives no slug', () => {
    expect(() =>
      toArticle(
        { id: '2022/x', filePath: 'content/articles/2022/???.md', data },
        { lead: '', wordCount: 0, sectionTitles: [], paragraphs: [] },
      ),
    ).toThrow(/content\/articles\/2022\/\?\?\?\.md: slug/);
  });

  it('derives the description from the lead, at most descriptionMaxLength characters cut at a word', () => {
    const lead = 'word '.repeat(60).trim();
    const article = toArticle(
      { id: 'x', filePath: 'x.md', data },
      { lead, wordCount: 60, sectionTitles: [], paragraphs: [] },
    );
    expect(lead.length).toBeGreaterThan(site.descriptionMaxLength);
    expect(article.description.length).toBeLessThanOrEqual(site.descriptionMaxLength);
    expect(article.description.length).toBeGreaterThan(site.descriptionMaxLength - 'word…'.length);
    expect(article.description).toMatch(/^(word )+word…$/);
    const own = toArticle(
      { id: 'x', filePath: 'x.md', data: { ...data, description: 'Mine.' } },
      { lead, wordCount: 60, sectionTitles: [], paragraphs: [] },
    );
    expect(own.description).toBe('Mine.');
  });
});

describe('permalink collisions', () => {
  it('names both files', () => {
    expect(() =>
      assertUniquePaths([
        { permalink: '/2022/07/27/foo/', filePath: 'content/articles/a/foo.md' },
        { permalink: '/2022/07/27/foo/', filePath: 'content/articles/b/foo.md' },
        { permalink: '/2022/07/28/foo/', filePath: 'content/articles/c/foo.md' },
      ]),
    ).toThrow(/\/2022\/07\/27\/foo\/: content\/articles\/a\/foo\.md and content\/articles\/b\/foo\.md/);
  });

  it("names the files when an old path (alias) is another article's permalink or another alias", () => {
    expect(() =>
      assertUniquePaths([
        { permalink: '/2022/07/27/foo/', filePath: 'a.md' },
        { permalink: '/2022/07/28/bar/', filePath: 'b.md', aliases: ['/2022/07/27/foo/'] },
      ]),
    ).toThrow('Articles share the path /2022/07/27/foo/: a.md and b.md (aliases)');
    expect(() =>
      assertUniquePaths([
        { permalink: '/2022/07/27/foo/', filePath: 'a.md', aliases: ['/old/'] },
        { permalink: '/2022/07/28/bar/', filePath: 'b.md', aliases: ['/old/'] },
      ]),
    ).toThrow('/old/: a.md (aliases) and b.md (aliases)');
  });

  it('compares paths without letter case, as a case-insensitive disk does', () => {
    expect(() =>
      assertUniquePaths([
        { permalink: '/2022/07/27/foo/', filePath: 'a.md' },
        { permalink: '/2022/07/28/bar/', filePath: 'b.md', aliases: ['/2022/07/27/FOO/'] },
      ]),
    ).toThrow(
      'Articles share the path /2022/07/27/FOO/ and /2022/07/27/foo/ (one folder on a case-insensitive disk): a.md and b.md (aliases)',
    );
  });

  it('accepts the same slug on different days', () => {
    expect(() =>
      assertUniquePaths([
        { permalink: '/2022/07/27/foo/', filePath: 'a.md' },
        { permalink: '/2022/07/28/foo/', filePath: 'b.md' },
      ]),
    ).not.toThrow();
  });
});

describe('sortNewestFirst', () => {
  it('orders by instant, not by local clock reading', () => {
    const sorted = sortNewestFirst([
      { date: '2022-07-27T12:30:00+04:00', permalink: '/baku/' }, // 08:30 UTC
      { date: '2022-07-27T06:00:00-05:00', permalink: '/chicago/' }, // 11:00 UTC
      { date: '2022-07-27T10:00:00+00:00', permalink: '/london/' }, // 10:00 UTC
    ]);
    expect(sorted.map((a) => a.permalink)).toEqual(['/chicago/', '/london/', '/baku/']);
  });
});

describe('truncateAtWord', () => {
  it.each([
    ['Short.', 160, 'Short.'],
    ['one two three four', 10, 'one two…'],
    ['one, two three', 9, 'one, two…'],
    ['one, two three', 8, 'one…'],
    ['abcdefghijkl', 5, 'abcd…'],
  ])('%s at %i → %s', (text, max, out) => {
    expect(truncateAtWord(text, max)).toBe(out);
    expect(truncateAtWord(text, max).length).toBeLessThanOrEqual(max);
  });
});

describe('normalizeAliasPath', () => {
  it.each([
    ['/2022/07/old-slug/', '/2022/07/old-slug/'],
    ['2022/07/old-slug', '/2022/07/old-slug/'],
    ['//stories//old_name~2/', '/stories/old_name~2/'],
  ])('%s → %s', (path, normalized) => {
    expect(normalizeAliasPath(path)).toBe(normalized);
  });

  it.each(['/', '', '/old.html', '/a/../b/', '/search?q=1', '/a#b', '/a b/', '/<script>/', 'javascript:alert(1)'])(
    'refuses %s',
    (path) => {
      expect(() => normalizeAliasPath(path)).toThrow(/not an old path this site can redirect from/);
    },
  );

  it.each([
    '/tags/',
    '/Tags/mines/',
    '/authors/x/',
    '/places/',
    '/archive/',
    '/page/2/',
    '/search/',
    '/pagefind/',
    '/_astro/x/',
    '/404/',
    '/2022/',
    '/2022/page/3/',
    '/2022/07/',
    '/2022/07/page/2/',
  ])('refuses %s, a page the site makes itself', (path) => {
    expect(() => normalizeAliasPath(path)).toThrow(/is a page the site makes itself/);
  });

  it.each(['/2022/07/old-slug/', '/2022/old-slug/', '/news/tags/', '/2022/07/27/old/'])(
    'keeps %s, which no generated page has',
    (path) => {
      expect(normalizeAliasPath(path)).toBe(path);
    },
  );
});

describe('slugProblem', () => {
  it('accepts a slug of lowercase words up to the length bound', () => {
    expect(slugProblem('mine-blast-in-kalbajar')).toBeUndefined();
    expect(slugProblem('a'.repeat(SLUG_MAX_LENGTH))).toBeUndefined();
  });

  it('refuses a longer slug, saying how long it is', () => {
    expect(slugProblem('a'.repeat(300))).toMatch(/300 characters, more than 100/);
  });

  it.each(['Mine', 'mine--blast', '-mine', 'mine_blast', ''])('refuses %j', (slug) => {
    expect(slugProblem(slug)).toMatch(/expected a slug/);
  });
});

describe('scheduled and draft articles', () => {
  const now = new Date('2024-01-10T09:00:00Z');
  const at = (date: string, draft = false) => ({ date, draft });

  it('schedules an article dated after the build clock, comparing instants', () => {
    expect(isScheduled(at('2024-01-10T10:00:01+01:00'), now)).toBe(true);
    expect(isScheduled(at('2024-01-10T10:00:00+01:00'), now)).toBe(false);
    expect(isScheduled(at('2024-01-10T08:59:00-00:00'), now)).toBe(false);
  });

  it('publishes in a build neither drafts nor scheduled articles, and previews both', () => {
    expect(isPublished(at('2024-01-01T00:00:00Z'), { preview: false, now })).toBe(true);
    expect(isPublished(at('2024-01-01T00:00:00Z', true), { preview: false, now })).toBe(false);
    expect(isPublished(at('2099-01-01T00:00:00Z'), { preview: false, now })).toBe(false);
    expect(isPublished(at('2099-01-01T00:00:00Z', true), { preview: true, now })).toBe(true);
  });
});
