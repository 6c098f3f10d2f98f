/**
 * The social cards of a build: which PNG each article gets and what it shows, and writing them
 * into the built site.
 *
 * The pages list the cards (`pages/social-cards.json.ts`, one small file) and the
 * `social-images` integration writes them after the pages, rather than one route per card:
 * a card from the cache is a hard link to the cached file, and as 10,000 Astro routes the copies
 * were a fifth of a warm 10,000-article build. The list is removed from `dist/` once the cards are written.
 */
import { mkdirSync } from 'node:fs';
import { dirname, join } from 'node:path';
import type { Article } from './articles.ts';
import { formatDateline } from './dates.ts';
import { SOCIAL_IMAGE_FILE } from './metadata.ts';
import { type SocialImageContent, socialImageKey } from './social-image.ts';
import { placeSocialImage } from './social-image-cache.ts';
import { type SocialImageRenderer, socialImageRenderer, socialImageWorkers } from './social-image-pool.ts';
import { formatAuthors } from './text.ts';

/** The list's file name in `dist/` while the build runs. */
export const SOCIAL_CARDS_FILE = 'social-cards.json';

export interface SocialCard {
  /** Where the PNG goes, relative to `dist/`: `2022/07/27/<slug>/social.png`. */
  file: string;
  content: SocialImageContent;
}

interface CardSite {
  name: string;
  language: string;
}

/** What an article's card shows. */
export function socialCardContent(
  article: Pick<Article, 'title' | 'authors' | 'date'>,
  site: CardSite,
): SocialImageContent {
  return {
    headline: article.title,
    byline: `By ${formatAuthors(article.authors, site.language)}`,
    dateline: formatDateline(article.date),
    siteName: site.name,
  };
}

/** Every article's card, as the article pages' `og:image` names it. */
export function socialCards(
  articles: readonly Pick<Article, 'permalink' | 'title' | 'authors' | 'date'>[],
  site: CardSite,
): SocialCard[] {
  return articles.map((article) => ({
    file: `${article.permalink.slice(1)}${SOCIAL_IMAGE_FILE}`,
    content: socialCardContent(article, site),
  }));
}

/** The list as written by the pages; throws naming `source` when it is not one. */
export function parseSocialCards(text: string, source: string): SocialCard[] {
  const cards: unknown = JSON.parse(text);
  const isText = (value: unknown) => typeof value === 'string';
  const valid =
    Array.isArray(cards) &&
    cards.every(
      (card) =>
        isText(card?.file) &&
        !card.file.startsWith('/') &&
        !card.file.split('/').includes('..') &&
        ['headline', 'byline', 'dateline', 'siteName'].every((field) => isText(card.content?.[field])),
    );
  if (!valid)
    throw new Error(
      `${source}: not a list of social cards ({ file, content: { headline, byline, dateline, siteName } })`,
    );
  return cards as SocialCard[];
}

interface WriteSocialCardsOptions {
  /** The built site. */
  dist: string;
  /** The social image cache (`social-image-cache.ts`). */
  cacheDir: string;
  /** Threads that draw the cards not in the cache (`socialImageWorkers`: SOCIAL_IMAGE_WORKERS, else every core; 0 = this thread). */
  workers?: number;
  /** Called for each card that was not in the cache, after it is rendered. */
  onRendered?: (card: SocialCard) => void;
}

/**
 * Write every card's PNG into `dist`; returns how many were rendered (the rest came from the cache).
 * Cards not in the cache are drawn by a `social-image-pool.ts` pool on every core, started only when
 * the first such card comes up and ended before this returns. A few more cards than threads are in
 * hand at once, so a thread never waits for the next card; cards of the same content wait for the
 * first, which draws it once. A failure names the card's file; the cards in hand still finish first.
 */
export async function writeSocialCards(
  cards: readonly SocialCard[],
  options: WriteSocialCardsOptions,
): Promise<{ rendered: number }> {
  const { dist, cacheDir, onRendered } = options;
  const workers = options.workers ?? socialImageWorkers();
  let renderer: SocialImageRenderer | undefined;
  const render = (content: SocialImageContent) => {
    renderer ??= socialImageRenderer(workers);
    return renderer.render(content);
  };
  const placing = new Map<string, Promise<unknown>>();
  let rendered = 0;
  let next = 0;
  let failure: { error: unknown } | undefined;

  const place = async (card: SocialCard) => {
    const file = join(dist, card.file);
    mkdirSync(dirname(file), { recursive: true });
    const key = socialImageKey(card.content);
    const first = placing.get(key);
    if (first) await first.catch(() => {});
    const placed = placeSocialImage(card.content, file, { cacheDir, render });
    if (!first) placing.set(key, placed);
    if ((await placed).rendered) {
      rendered++;
      onRendered?.(card);
    }
  };
  const lane = async () => {
    while (!failure && next < cards.length) {
      const card = cards[next++]!;
      try {
        await place(card);
      } catch (error) {
        failure ??= {
          error: new Error(`social image ${card.file}: ${error instanceof Error ? error.message : String(error)}`, {
            cause: error,
          }),
        };
      }
    }
  };
  try {
    await Promise.all(Array.from({ length: Math.max(1, 2 * workers) }, lane));
  } finally {
    await renderer?.close();
  }
  if (failure) throw failure.error;
  return { rendered };
}
