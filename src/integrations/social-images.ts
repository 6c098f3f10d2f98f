/**
 * Every article's social card (`…/<slug>/social.png`), from the cache when unchanged, drawn
 * otherwise.
 *
 * - From the start of a build, the cards the cache lacks are drawn ahead on the cores Astro leaves
 *   idle (`lib/social-card-prefetch.ts`).
 * - After the pages, each card on the list the pages left in `dist/` (see `lib/social-cards.ts`)
 *   is placed from the cache, or drawn then. The list is then removed, so it is never deployed.
 *
 * The cache is `socialImageCacheDir` of the project. Cards are drawn on every core, by a pool of
 * worker threads (`lib/social-image-pool.ts`; SOCIAL_IMAGE_WORKERS sets how many, 0 draws them on
 * this thread, after the pages), ended before the hook returns.
 */
import { readFile, rm } from 'node:fs/promises';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import type { AstroIntegration } from 'astro';
import { ARTICLES_FOLDER } from '../lib/content-files.ts';
import { prefetchSocialCards, type SocialCardPrefetch } from '../lib/social-card-prefetch.ts';
import { parseSocialCards, SOCIAL_CARDS_FILE, writeSocialCards } from '../lib/social-cards.ts';
import { socialImageKey } from '../lib/social-image.ts';
import { socialImageCacheDir } from '../lib/social-image-cache.ts';
import { socialImageWorkers } from '../lib/social-image-pool.ts';
import { site } from '../site.config.ts';

export default function socialImages(): AstroIntegration {
  let projectRoot = process.cwd();
  let building = false;
  let prefetch: SocialCardPrefetch | undefined;
  return {
    name: 'social-images',
    hooks: {
      'astro:config:setup': ({ command }) => {
        building = command === 'build';
      },
      'astro:config:done': ({ config }) => {
        projectRoot = fileURLToPath(config.root);
        if (!building) return;
        prefetch = prefetchSocialCards({
          articlesDir: join(projectRoot, ARTICLES_FOLDER),
          cacheDir: socialImageCacheDir(projectRoot),
          site,
          threads: socialImageWorkers(),
        });
      },
      'astro:build:done': async ({ dir, logger }) => {
        const drawnAhead = (await prefetch?.finish())?.drawn ?? new Set<string>();
        prefetch = undefined;
        const dist = fileURLToPath(dir);
        const listFile = join(dist, SOCIAL_CARDS_FILE);
        const cards = parseSocialCards(await readFile(listFile, 'utf8'), listFile);
        const logged = new Set<string>();
        for (const card of cards) {
          const key = socialImageKey(card.content);
          if (!drawnAhead.has(key) || logged.has(key)) continue;
          logged.add(key);
          logger.info(`social image rendered: ${card.file} (ahead of the pages)`);
        }
        const ahead = logged.size;
        const { rendered } = await writeSocialCards(cards, {
          dist,
          cacheDir: socialImageCacheDir(projectRoot),
          onRendered: (card) => logger.info(`social image rendered: ${card.file}`),
        });
        await rm(listFile);
        logger.info(
          `${cards.length} social image(s): ${cards.length - ahead - rendered} from the cache, ${ahead + rendered} rendered (${ahead} ahead of the pages)`,
        );
      },
    },
  };
}
