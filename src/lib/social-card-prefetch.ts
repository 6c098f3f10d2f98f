/**
 * Social cards drawn ahead: from the start of a build, while Astro syncs the content and renders
 * the pages on its one thread, the other cores draw the cards the cache lacks. On a cold build of
 * 10,000 articles the cards were the largest phase after the pages (~290 s on 2 cores), drawn
 * only once the pages were done; ahead, most are drawn by the time the pages are.
 *
 * The cards are read from the article files the way the pages will show them (`socialCardContent`
 * on the checked frontmatter) and only warm the cache: `writeSocialCards` still places every card
 * from the list the pages leave, so a card read here differently from the pages (or not at all: a
 * file that does not parse, whose error the build reports) is drawn then, and nothing is ever
 * shown that the pages did not name. Cards of drafts and scheduled articles are drawn too; they
 * wait in the cache for the build that publishes them.
 */
import { readdirSync } from 'node:fs';
import { readFile } from 'node:fs/promises';
import { join } from 'node:path';
import { articleSchema } from './article-schema.ts';
import { ARTICLE_EXTENSION } from './content-files.ts';
import { parseFrontmatterText } from './frontmatter.ts';
import { socialCardContent } from './social-cards.ts';
import { type SocialImageContent, socialImageKey } from './social-image.ts';
import { cachedSocialImage, isSocialImageCached } from './social-image-cache.ts';
import { socialImageRenderer } from './social-image-pool.ts';

interface PrefetchOptions {
  /** The articles folder (absolute). */
  articlesDir: string;
  /** The social image cache (`social-image-cache.ts`). */
  cacheDir: string;
  site: { name: string; language: string };
  /** Threads of the whole pool (`socialImageWorkers`); ahead of the pages it uses one fewer. */
  threads: number;
}

export interface SocialCardPrefetch {
  /**
   * Draws what is left on every thread, waits for it and ends the threads. Never throws: a card
   * that could not be drawn ahead is drawn, or reported, by `writeSocialCards`.
   */
  finish(): Promise<{ drawn: ReadonlySet<string> }>;
}

/** Start drawing ahead; nothing when `threads` is 0 (cards drawn on the build's thread, at the end). */
export function prefetchSocialCards({ articlesDir, cacheDir, site, threads }: PrefetchOptions): SocialCardPrefetch {
  if (threads === 0) return { finish: async () => ({ drawn: new Set() }) };
  const renderer = socialImageRenderer(Math.max(1, threads - 1), { inBackground: true });
  /** `socialImageKey` of each card drawn. */
  const drawn = new Set<string>();
  const render = (card: SocialImageContent) => renderer.render(card);
  const drawing = (async () => {
    const seen = new Set<string>();
    const draws: Promise<unknown>[] = [];
    for await (const content of cardContents(articlesDir, site)) {
      const key = socialImageKey(content);
      if (seen.has(key) || isSocialImageCached(content, cacheDir)) continue;
      seen.add(key);
      draws.push(
        cachedSocialImage(content, { cacheDir, render }).then(
          ({ rendered }) => {
            if (rendered) drawn.add(key);
          },
          () => {},
        ),
      );
    }
    await Promise.all(draws);
  })().catch(() => {});
  return {
    async finish() {
      renderer.foreground(threads);
      await drawing;
      await renderer.close();
      return { drawn };
    },
  };
}

/** The card of every article file that reads as one; the others are left to the build to report. */
async function* cardContents(articlesDir: string, site: PrefetchOptions['site']): AsyncGenerator<SocialImageContent> {
  let files: string[];
  try {
    files = readdirSync(articlesDir, { recursive: true, encoding: 'utf8' });
  } catch {
    return;
  }
  for (const file of files.filter((name) => name.endsWith(ARTICLE_EXTENSION))) {
    let content: SocialImageContent | undefined;
    try {
      const parsed = articleSchema.safeParse(parseFrontmatterText(await readFile(join(articlesDir, file), 'utf8')));
      if (parsed.success) content = socialCardContent(parsed.data, site);
    } catch {
      // unreadable or malformed: the content sync names it
    }
    if (content) yield content;
  }
}
