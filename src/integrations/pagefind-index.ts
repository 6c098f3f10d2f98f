/**
 * After the build, index the article pages with Pagefind (its Node API, the same
 * engine as `pagefind --site dist`) into `dist/pagefind/`, for the search page.
 * Pages opt in with `data-pagefind-body` (the article body); authors, tags and
 * years are filters, the dateline is metadata.
 */
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import type { AstroIntegration } from 'astro';
import * as pagefind from 'pagefind';

export default function pagefindIndex({ language }: { language: string }): AstroIntegration {
  return {
    name: 'pagefind-index',
    hooks: {
      'astro:build:done': async ({ dir, logger }) => {
        const root = fileURLToPath(dir);
        const { index, errors } = await pagefind.createIndex({ forceLanguage: language });
        try {
          if (!index) throw new Error(`pagefind: ${errors.join('; ')}`);
          const added = await index.addDirectory({ path: root });
          if (added.errors.length) throw new Error(`pagefind: ${added.errors.join('; ')}`);
          const written = await index.writeFiles({ outputPath: join(root, 'pagefind') });
          if (written.errors.length) throw new Error(`pagefind: ${written.errors.join('; ')}`);
          logger.info(`search index: ${added.page_count} page(s)`);
        } finally {
          await pagefind.close();
        }
      },
    },
  };
}
