/**
 * Cards drawn ahead of the pages (lib/social-card-prefetch.ts): read from the article files as the
 * pages will show them, only into the cache, never failing on a file the build will report.
 */
import { mkdir, mkdtemp, readdir, rm, writeFile } from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { prefetchSocialCards } from '../../src/lib/social-card-prefetch.ts';
import { socialCards } from '../../src/lib/social-cards.ts';
import { socialImageKey } from '../../src/lib/social-image.ts';
import { isSocialImageCached } from '../../src/lib/social-image-cache.ts';

const site = { name: 'The Dispatch', language: 'en' };
const article = (title: string, date: string, extra = '') =>
  `---\ntitle: "${title}"\ndate: ${date}\ntimezone: Asia/Baku\nauthor: Sabina Mammadli\n${extra}---\n\nA paragraph.\n`;

describe('prefetchSocialCards', { timeout: 30_000 }, () => {
  let root = '';
  let articlesDir = '';
  let cacheDir = '';
  beforeEach(async () => {
    root = await mkdtemp(path.join(os.tmpdir(), 'social-prefetch-'));
    articlesDir = path.join(root, 'content', 'articles');
    cacheDir = path.join(root, 'cache');
    await mkdir(path.join(articlesDir, '2022'), { recursive: true });
    await writeFile(path.join(articlesDir, '2022', 'one.md'), article('Mine blast in Kalbajar', '2022-07-27T12:30:00'));
    await writeFile(
      path.join(articlesDir, '2022', 'draft.md'),
      article('A draft about deminers', '2022-07-28T09:00:00', 'draft: true\n'),
    );
    // The build names these; drawing ahead passes them by.
    await writeFile(path.join(articlesDir, '2022', 'no-date.md'), '---\ntitle: No date\n---\n\nText.\n');
    await writeFile(path.join(articlesDir, '2022', 'broken.md'), '---\ntitle: [unclosed\n---\n\nText.\n');
    await writeFile(path.join(articlesDir, '2022', 'notes.txt'), 'not an article');
  });
  afterEach(() => rm(root, { recursive: true, force: true }));

  it('draws into the cache the cards the pages will list, drafts included, skipping what does not read', async () => {
    const { drawn } = await prefetchSocialCards({ articlesDir, cacheDir, site, threads: 2 }).finish();
    // What the pages list for the published article (its date resolved in its zone).
    const [card] = socialCards(
      [
        {
          permalink: '/x/',
          title: 'Mine blast in Kalbajar',
          authors: ['Sabina Mammadli'],
          date: '2022-07-27T12:30:00+04:00',
        },
      ],
      site,
    );
    expect(isSocialImageCached(card!.content, cacheDir)).toBe(true);
    expect(drawn.has(socialImageKey(card!.content))).toBe(true);
    expect(drawn.size).toBe(2);
    expect((await readdir(cacheDir)).filter((file) => file.endsWith('.png'))).toHaveLength(2);
  });

  it('draws nothing already in the cache, and nothing at all with no threads', async () => {
    await prefetchSocialCards({ articlesDir, cacheDir, site, threads: 1 }).finish();
    expect((await prefetchSocialCards({ articlesDir, cacheDir, site, threads: 2 }).finish()).drawn.size).toBe(0);
    const elsewhere = path.join(root, 'other-cache');
    expect(
      (await prefetchSocialCards({ articlesDir, cacheDir: elsewhere, site, threads: 0 }).finish()).drawn.size,
    ).toBe(0);
    await expect(readdir(elsewhere)).rejects.toThrow(/ENOENT/);
  });

  it('finishes with nothing drawn when the articles folder is missing', async () => {
    const missing = path.join(root, 'nowhere');
    expect((await prefetchSocialCards({ articlesDir: missing, cacheDir, site, threads: 2 }).finish()).drawn.size).toBe(
      0,
    );
  });
});
