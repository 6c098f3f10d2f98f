import { mkdtemp, readdir, readFile, rm, stat } from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { parseSocialCards, socialCards, writeSocialCards } from '../../src/lib/social-cards.ts';
import {
  headlineType,
  renderSocialImage,
  SOCIAL_IMAGE,
  type SocialImageContent,
  socialImageKey,
} from '../../src/lib/social-image.ts';
import {
  cachedSocialImage,
  defaultSocialImageCacheDir,
  socialImageCacheDir,
} from '../../src/lib/social-image-cache.ts';

const seed: SocialImageContent = {
  headline: 'Azerbaijani serviceman injured in landmine blast in Kalbajar',
  byline: 'By Sabina Mammadli',
  dateline: '27 July 2022 12:30 (UTC+04:00)',
  siteName: 'The Dispatch',
};

const longHeadline = (
  'Azerbaijani serviceman injured in landmine blast in Kalbajar as officials warn that thousands of mines ' +
  'remain across the liberated territories, where demining teams working through the summer heat have cleared ' +
  'villages, roads and farmland while families wait to return home after three decades away from their land'
).slice(0, 300);

const PNG_SIGNATURE = [0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a];

/** Width and height from the IHDR chunk, which must come first. */
function pngSize(png: Uint8Array): { width: number; height: number } {
  expect([...png.subarray(0, 8)]).toEqual(PNG_SIGNATURE);
  const view = new DataView(png.buffer, png.byteOffset, png.byteLength);
  expect(String.fromCharCode(...png.subarray(12, 16))).toBe('IHDR');
  return { width: view.getUint32(16), height: view.getUint32(20) };
}

describe('renderSocialImage', () => {
  it("renders the seed article's card as a 1200×630 PNG", async () => {
    const png = await renderSocialImage(seed);
    expect(pngSize(png)).toEqual({ width: 1200, height: 630 });
    expect(SOCIAL_IMAGE).toEqual({ width: 1200, height: 630 });
  });

  it('renders the same bytes for the same content', async () => {
    const [a, b] = await Promise.all([renderSocialImage(seed), renderSocialImage(seed)]);
    expect(Buffer.from(a).equals(Buffer.from(b))).toBe(true);
  });

  it('fits a 300-character headline: smaller type, clamped lines, same size image', async () => {
    expect([...longHeadline]).toHaveLength(300);
    const long = headlineType(longHeadline);
    const short = headlineType(seed.headline);
    expect(long.fontSize).toBeLessThan(short.fontSize);
    expect(long.fontSize).toBeGreaterThanOrEqual(40);
    expect(long.maxLines * long.fontSize * 1.12).toBeLessThanOrEqual(320);
    const png = await renderSocialImage({ ...seed, headline: longHeadline });
    expect(pngSize(png)).toEqual({ width: 1200, height: 630 });
  });

  it('renders non-Latin text, and characters no bundled font covers, without fetching anything', async () => {
    const png = await renderSocialImage({
      headline: 'Əliyev: «Qarabağ Azərbaycandır» — Москва ответила; Ελλάδα; Việt Nam; 中文 مرحبا 🚀',
      byline: 'By Səbinə Məmmədli and Иван Петров',
      dateline: '27 July 2022 12:30 (UTC+04:00)',
      siteName: 'The Dispatch',
    });
    expect(pngSize(png)).toEqual({ width: 1200, height: 630 });
  });
});

describe('socialImageKey', () => {
  it('is a stable sha256 hex for equal content', () => {
    const key = socialImageKey(seed);
    expect(key).toMatch(/^[0-9a-f]{64}$/);
    expect(socialImageKey({ ...seed })).toBe(key);
    // Property order does not matter.
    const { siteName, dateline, byline, headline } = seed;
    expect(socialImageKey({ siteName, dateline, byline, headline })).toBe(key);
  });

  it('changes when any field changes', () => {
    const key = socialImageKey(seed);
    const fields = Object.keys(seed) as Array<keyof SocialImageContent>;
    const keys = fields.map((field) => socialImageKey({ ...seed, [field]: `${seed[field]}!` }));
    for (const other of keys) expect(other).not.toBe(key);
    expect(new Set(keys).size).toBe(fields.length);
  });
});

describe('cachedSocialImage', () => {
  let cacheDir: string;
  beforeAll(async () => {
    cacheDir = await mkdtemp(path.join(os.tmpdir(), 'social-image-cache-'));
  });
  afterAll(async () => {
    await rm(cacheDir, { recursive: true, force: true });
  });

  it('renders once, then serves identical bytes from the cache, and re-renders changed content', async () => {
    const first = await cachedSocialImage(seed, { cacheDir });
    expect(first.rendered).toBe(true);
    expect(pngSize(first.png)).toEqual({ width: 1200, height: 630 });
    expect(await readdir(cacheDir)).toEqual([`${socialImageKey(seed)}.png`]);

    const second = await cachedSocialImage(seed, { cacheDir });
    expect(second.rendered).toBe(false);
    expect(Buffer.from(second.png).equals(Buffer.from(first.png))).toBe(true);

    const changed = { ...seed, headline: `${seed.headline}, ministry says` };
    const third = await cachedSocialImage(changed, { cacheDir });
    expect(third.rendered).toBe(true);
    expect(Buffer.from(third.png).equals(Buffer.from(first.png))).toBe(false);
    // No temp files left behind.
    const expected = [`${socialImageKey(seed)}.png`, `${socialImageKey(changed)}.png`];
    expect((await readdir(cacheDir)).sort()).toEqual(expected.sort());
  });

  it('keeps the cache under node_modules/.cache', () => {
    const dir = defaultSocialImageCacheDir('/srv/site');
    expect(dir).toBe(path.join('/srv/site', 'node_modules', '.cache', 'social-images'));
    expect(socialImageCacheDir('/srv/site', {})).toBe(dir);
    expect(socialImageCacheDir('/srv/site', { SOCIAL_IMAGE_CACHE_DIR: '/ci/cache' })).toBe('/ci/cache');
  });
});

describe('social cards of a build', () => {
  const site = { name: 'The Dispatch', language: 'en' };
  const articles = [
    {
      permalink: '/2022/07/27/serviceman-injured/',
      title: seed.headline,
      authors: ['Sabina Mammadli'],
      date: '2022-07-27T12:30:00+04:00',
    },
    {
      permalink: '/2021/01/02/two-authors/',
      title: 'Two authors',
      authors: ['A. One', 'B. Two'],
      date: '2021-01-02T09:05:00-05:00',
    },
  ];

  it("lists each article's card at its permalink, showing what the article page says", () => {
    const cards = socialCards(articles, site);
    expect(cards.map((card) => card.file)).toEqual([
      '2022/07/27/serviceman-injured/social.png',
      '2021/01/02/two-authors/social.png',
    ]);
    expect(cards[0]!.content).toEqual(seed);
    expect(cards[1]!.content.byline).toBe('By A. One and B. Two');
    expect(cards[1]!.content.dateline).toBe('2 January 2021 09:05 (UTC-05:00)');
  });

  it('reads back what it lists, and rejects anything else naming the file', () => {
    const cards = socialCards(articles, site);
    expect(parseSocialCards(JSON.stringify(cards), 'dist/social-cards.json')).toEqual(cards);
    for (const bad of [
      '{}',
      JSON.stringify([{ file: '../outside.png', content: seed }]),
      JSON.stringify([{ file: '/etc/x.png', content: seed }]),
      JSON.stringify([{ file: 'a/social.png', content: { ...seed, headline: 3 } }]),
    ]) {
      expect(() => parseSocialCards(bad, 'dist/social-cards.json')).toThrow(
        /^dist\/social-cards\.json: not a list of social cards/,
      );
    }
  });

  it('writes every card into the site, rendering only those not in the cache', async () => {
    const root = await mkdtemp(path.join(os.tmpdir(), 'social-cards-'));
    try {
      const cacheDir = path.join(root, 'cache');
      const cards = socialCards(articles, site);
      const first: string[] = [];
      expect(
        await writeSocialCards(cards, {
          dist: path.join(root, 'one'),
          cacheDir,
          onRendered: (card) => first.push(card.file),
        }),
      ).toEqual({ rendered: 2 });
      expect(first.sort()).toEqual(cards.map((card) => card.file).sort());

      const again = await writeSocialCards(cards, { dist: path.join(root, 'two'), cacheDir });
      expect(again).toEqual({ rendered: 0 });
      for (const card of cards) {
        const written = await readFile(path.join(root, 'two', card.file));
        expect(written.equals(await readFile(path.join(root, 'one', card.file)))).toBe(true);
        expect(pngSize(written)).toEqual({ width: 1200, height: 630 });
        // Linked to the cached file, not a copy of it.
        const cached = path.join(cacheDir, `${socialImageKey(card.content)}.png`);
        expect((await stat(path.join(root, 'two', card.file))).ino).toBe((await stat(cached)).ino);
      }

      // A rebuild into a site that still holds the cards replaces them.
      expect(await writeSocialCards(cards, { dist: path.join(root, 'two'), cacheDir })).toEqual({ rendered: 0 });
    } finally {
      await rm(root, { recursive: true, force: true });
    }
  });
});
