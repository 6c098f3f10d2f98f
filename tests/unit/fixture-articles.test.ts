/** The synthetic corpus (tests/support/fixture-articles.ts): valid, varied, reproducible. */
import { describe, expect, it } from 'vitest';
import { type ArticleFrontmatter, articleSchema } from '../../src/lib/article-schema.ts';
import { articleAddress } from '../../src/lib/articles.ts';
import { isValidTimeZone, resolveArticleDate } from '../../src/lib/dates.ts';
import { parseFrontmatterText } from '../../src/lib/frontmatter.ts';
import {
  AUTHORS,
  bodyWordCount,
  generateArticles,
  MAX_WORDS,
  MIN_WORDS,
  mulberry32,
  TAGS,
} from '../support/fixture-articles.ts';

const COUNT = 300;
const corpus = generateArticles({ count: COUNT, seed: 7 });
const parsed = corpus.map(({ path, text }) => {
  const raw = parseFrontmatterText(text);
  return { path, text, raw, data: articleSchema.parse(raw) as ArticleFrontmatter };
});

describe('generateArticles', () => {
  it('makes the number of articles asked for, every one valid frontmatter', () => {
    expect(corpus).toHaveLength(COUNT);
    for (const { path, raw } of parsed) {
      const result = articleSchema.safeParse(raw);
      expect(result.success, `${path}: ${result.error?.message}`).toBe(true);
    }
  });

  it('is deterministic: the same seed gives the same files, another seed others', () => {
    expect(generateArticles({ count: COUNT, seed: 7 })).toEqual(corpus);
    // Article i does not depend on how many come after it.
    expect(generateArticles({ count: 20, seed: 7 })).toEqual(corpus.slice(0, 20));
    const other = generateArticles({ count: 20, seed: 8 });
    expect(other.map((a) => a.text)).not.toEqual(corpus.slice(0, 20).map((a) => a.text));
    const a = mulberry32(42);
    const b = mulberry32(42);
    expect([a(), a(), a()]).toEqual([b(), b(), b()]);
  });

  it('writes 200 to 1,500 words of body, in a spread of lengths', () => {
    const counts = corpus.map(({ text }) => bodyWordCount(text));
    for (const [i, words] of counts.entries()) {
      expect(words, corpus[i]!.path).toBeGreaterThanOrEqual(MIN_WORDS);
      expect(words, corpus[i]!.path).toBeLessThanOrEqual(MAX_WORDS);
    }
    expect(counts.filter((w) => w < 500).length).toBeGreaterThan(COUNT / 10);
    expect(counts.filter((w) => w > 1000).length).toBeGreaterThan(COUNT / 20);
  });

  it('uses all 50 authors, some articles with two', () => {
    expect(new Set(AUTHORS).size).toBe(50);
    const authors = new Set(parsed.flatMap(({ data }) => data.authors));
    expect(authors.size).toBe(50);
    expect(parsed.filter(({ data }) => data.authors.length === 2).length).toBeGreaterThan(COUNT / 20);
  });

  it('uses all 200 tags', () => {
    expect(new Set(TAGS).size).toBe(200);
    expect(new Set(parsed.flatMap(({ data }) => data.tags)).size).toBe(200);
  });

  it('gives every article its own permalink and a path under YYYY/MM/', () => {
    const permalinks = parsed.map(({ path, data }) => articleAddress(data, path).permalink);
    expect(new Set(permalinks).size).toBe(COUNT);
    const aliases = parsed.flatMap(({ data }) => data.aliases);
    expect(new Set([...permalinks, ...aliases]).size).toBe(COUNT + aliases.length);
    for (const { path, data } of parsed) {
      expect(path).toMatch(/^\d{4}\/\d{2}\/[a-z0-9]+(?:-[a-z0-9]+)*\.md$/);
      expect(path.slice(0, 7)).toBe(data.date.slice(0, 7).replace('-', '/'));
    }
  });

  it('dates across 2016–2025 in at least 15 IANA zones on every continent, and fixed offsets', () => {
    const years = new Set(parsed.map(({ data }) => Number(data.date.slice(0, 4))));
    expect([...years].sort()).toEqual([2016, 2017, 2018, 2019, 2020, 2021, 2022, 2023, 2024, 2025]);
    const zones = new Set(parsed.map(({ data }) => data.timezone));
    const iana = [...zones].filter((zone) => /^[A-Z]/.test(zone));
    expect(iana.length).toBeGreaterThanOrEqual(15);
    for (const zone of zones) expect(isValidTimeZone(zone)).toBe(true);
    const continents = new Set(iana.map((zone) => zone.split('/')[0]));
    for (const continent of ['Europe', 'Asia', 'Africa', 'America', 'Australia', 'Pacific', 'Antarctica']) {
      expect(continents).toContain(continent);
    }
    expect([...zones].filter((zone) => /^[+-]\d{2}:\d{2}$/.test(zone)).length).toBeGreaterThanOrEqual(3);
  });

  it('writes some dates without an offset (wall-clock time in the zone), the rest with the real offset', () => {
    const written = parsed.map(({ raw }) => String(raw.date));
    const withoutOffset = written.filter((date) => !/(?:Z|[+-]\d{2}:\d{2})$/.test(date));
    expect(withoutOffset.length).toBeGreaterThan(COUNT / 5);
    expect(withoutOffset.length).toBeLessThan(COUNT / 2);
    // Quoted in the file (most of them) and still text after parsing.
    expect(
      corpus.filter(({ text }) => /^date: "\d{4}-\d{2}-\d{2}T\d{2}:\d{2}:\d{2}"$/m.test(text)).length,
    ).toBeGreaterThan(COUNT / 10);
    // Each resolves once (no gap, no overlap) and a written offset is the zone's own.
    for (const { path, raw, data } of parsed) {
      expect(resolveArticleDate(String(raw.date), String(raw.timezone)), path).toBe(data.date);
    }
  });

  it('sets `updated` on some articles, always after publication', () => {
    const updated = parsed.filter(({ data }) => data.updated !== undefined);
    expect(updated.length).toBeGreaterThan(COUNT / 20);
    for (const { data } of updated) expect(Date.parse(data.updated!)).toBeGreaterThan(Date.parse(data.date));
  });

  it("gives about one article in ten the author's own ## headings", () => {
    const withHeadings = corpus.filter(({ text }) => /^## \S/m.test(text));
    expect(withHeadings.length).toBeGreaterThan(COUNT / 25);
    expect(withHeadings.length).toBeLessThan(COUNT / 4);
  });

  it('writes news prose: quotations, figures, places and dates in the text', () => {
    const bodies = corpus.map(({ text }) => text.replace(/^---\n[\s\S]*?\n---\n/, ''));
    const share = (pattern: RegExp) => bodies.filter((body) => pattern.test(body)).length / COUNT;
    expect(share(/[“"][^”"]{20,},[”"] (?:said |added |[A-Z])/)).toBeGreaterThan(0.8);
    expect(share(/\b\d{1,3}(?:,\d{3})+\b/)).toBeGreaterThan(0.8);
    expect(
      share(
        /\b(?:January|February|March|April|May|June|July|August|September|October|November|December) \d{1,2}\b|\b\d{1,2} (?:January|February|March|April|May|June|July|August|September|October|November|December)\b/,
      ),
    ).toBeGreaterThan(0.8);
    expect(share(/\b(?:last|on) (?:Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday)\b/)).toBeGreaterThan(0.5);
    expect(share(/\b(?:in|near) (?:the )?(?:village of )?[A-Z]/)).toBeGreaterThan(0.8);
  });

  it('refuses a count that is not a whole number', () => {
    expect(() => generateArticles({ count: 1.5 })).toThrow(RangeError);
    expect(() => generateArticles({ count: -1 })).toThrow(RangeError);
    expect(generateArticles({ count: 0 })).toEqual([]);
  });
});
