/**
 * After the pages, write every article's social card (`…/<slug>/social.png`) from the list the
 * pages left in `dist/` (see `lib/social-cards.ts`): from the cache when the card is unchanged,
 * rendered otherwise. The list is then removed, so it is never deployed.
 *
 * The cache is `socialImageCacheDir` of the project. Cards not in it are drawn on every core, by a
 * pool of worker threads (`lib/social-image-pool.ts`; SOCIAL_IMAGE_WORKERS sets how many, 0 draws
 * them on this thread), ended before the hook returns.
 */
import { readFile, rm } from 'node:fs/promises';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import type { AstroIntegration } from 'astro';
import { parseSocialCards, SOCIAL_CARDS_FILE, writeSocialCards } from '../lib/social-cards.ts';
import { socialImageCacheDir } from '../lib/social-image-cache.ts';

export default function socialImages(): AstroIntegration {
  let projectRoot = process.cwd();
  return {
    name: 'social-images',
    hooks: {
      'astro:config:done': ({ config }) => {
        projectRoot = fileURLToPath(config.root);
      },
      'astro:build:done': async ({ dir, logger }) => {
        const dist = fileURLToPath(dir);
        const listFile = join(dist, SOCIAL_CARDS_FILE);
        const cards = parseSocialCards(await readFile(listFile, 'utf8'), listFile);
        const { rendered } = await writeSocialCards(cards, {
          dist,
          cacheDir: socialImageCacheDir(projectRoot),
          onRendered: (card) => logger.info(`social image rendered: ${card.file}`),
        });
        await rm(listFile);
        logger.info(`${cards.length} social image(s): ${cards.length - rendered} from the cache, ${rendered} rendered`);
      },
    },
  };
}
