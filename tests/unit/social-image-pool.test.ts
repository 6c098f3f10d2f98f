import { mkdtemp, readFile, rm } from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { type SocialCard, writeSocialCards } from '../../src/lib/social-cards.ts';
import { renderSocialImage, type SocialImageContent } from '../../src/lib/social-image.ts';
import { socialImageRenderer, socialImageWorkers } from '../../src/lib/social-image-pool.ts';

const card = (headline: string): SocialImageContent => ({
  headline,
  byline: 'By Sabina Mammadli',
  dateline: '27 July 2022 12:30 (UTC+04:00)',
  siteName: 'The Dispatch',
});
const contents = [
  card('Azerbaijani serviceman injured in landmine blast in Kalbajar'),
  card('Şəhər şurası büdcəni təsdiqlədi: məktəblər və yollar üçün əlavə vəsait'),
  card('Городской совет утвердил бюджет'),
];
/** Content that `renderSocialImage` cannot draw (its headline is not text). */
const broken = { ...card('x'), headline: 42 } as unknown as SocialImageContent;

// Workers load fonts and wasm before their first card: on a loaded 2-core machine that alone can take
// more than vitest's 5 s default.
const WORKER_START_TIMEOUT = 30_000;

describe('socialImageRenderer', { timeout: WORKER_START_TIMEOUT }, () => {
  it('draws on worker threads the same bytes as on this thread', async () => {
    const pool = socialImageRenderer(2);
    try {
      const pooled = await Promise.all(contents.map((content) => pool.render(content)));
      for (const [i, content] of contents.entries()) {
        expect(Buffer.from(pooled[i]!).equals(Buffer.from(await renderSocialImage(content)))).toBe(true);
      }
    } finally {
      await pool.close();
    }
  });

  it('rejects a card that fails with its error, and goes on drawing the others', async () => {
    const pool = socialImageRenderer(1);
    try {
      await expect(pool.render(broken)).rejects.toThrow(/replace is not a function/);
      expect((await pool.render(contents[0]!)).length).toBeGreaterThan(0);
    } finally {
      await pool.close();
    }
    await expect(pool.render(contents[0]!)).rejects.toThrow(/closed/);
  });

  it('ends its threads only between cards: the card in hand is finished, the ones waiting are rejected', async () => {
    const pool = socialImageRenderer(1);
    await pool.render(contents[0]!); // the thread is started and has its fonts
    const inHand = pool.render(contents[1]!);
    const waiting = pool.render(contents[2]!).catch((error: Error) => error);
    // Let the first card reach its thread before closing.
    await new Promise((resolve) => setTimeout(resolve, 5));
    const closed = pool.close();
    expect(Buffer.from(await inHand).equals(Buffer.from(await renderSocialImage(contents[1]!)))).toBe(true);
    expect(await waiting).toEqual(new Error('the social image pool was closed before the image was drawn'));
    await closed;
  });

  it('is sized by SOCIAL_IMAGE_WORKERS, else every core', () => {
    expect(socialImageWorkers({})).toBe(os.availableParallelism());
    expect(socialImageWorkers({ SOCIAL_IMAGE_WORKERS: '0' })).toBe(0);
    expect(socialImageWorkers({ SOCIAL_IMAGE_WORKERS: '3' })).toBe(3);
    expect(() => socialImageWorkers({ SOCIAL_IMAGE_WORKERS: 'many' })).toThrow(/SOCIAL_IMAGE_WORKERS/);
  });
});

describe('writeSocialCards on worker threads', { timeout: WORKER_START_TIMEOUT }, () => {
  const cards: SocialCard[] = contents.map((content, i) => ({ file: `a/${i}/social.png`, content }));

  it('writes the same PNGs with threads as without, and draws repeated content once', async () => {
    const root = await mkdtemp(path.join(os.tmpdir(), 'social-pool-'));
    try {
      const twice = [...cards, { file: 'a/again/social.png', content: contents[0]! }];
      const pooled = await writeSocialCards(twice, {
        dist: path.join(root, 'pool'),
        cacheDir: path.join(root, 'pool-cache'),
        workers: 2,
      });
      const inline = await writeSocialCards(twice, {
        dist: path.join(root, 'inline'),
        cacheDir: path.join(root, 'inline-cache'),
        workers: 0,
      });
      expect(pooled).toEqual({ rendered: 3 });
      expect(inline).toEqual({ rendered: 3 });
      for (const { file } of twice) {
        expect(
          (await readFile(path.join(root, 'pool', file))).equals(await readFile(path.join(root, 'inline', file))),
        ).toBe(true);
      }
    } finally {
      await rm(root, { recursive: true, force: true });
    }
  });

  it('names the card that failed', async () => {
    const root = await mkdtemp(path.join(os.tmpdir(), 'social-pool-'));
    try {
      for (const workers of [0, 2]) {
        const bad = [...cards, { file: 'a/bad/social.png', content: broken }];
        await expect(
          writeSocialCards(bad, {
            dist: path.join(root, `dist-${workers}`),
            cacheDir: path.join(root, 'cache'),
            workers,
          }),
        ).rejects.toThrow(/^social image a\/bad\/social\.png: .*replace is not a function/);
      }
    } finally {
      await rm(root, { recursive: true, force: true });
    }
  });
});
