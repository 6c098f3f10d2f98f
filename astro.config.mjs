// @ts-check
import { fileURLToPath } from 'node:url';
import { unified } from '@astrojs/markdown-remark';
import sitemap from '@astrojs/sitemap';
import { defineConfig } from 'astro/config';
import { builtPagesIndex } from './src/integrations/built-pages.ts';
import socialImages from './src/integrations/social-images.ts';
import staticHostFiles from './src/integrations/static-host-files.ts';
import { THEME_INIT_HASH } from './src/lib/theme-init.ts';
import { articleMarkdown } from './src/markdown/pipeline.ts';
import { site } from './src/site.config.ts';

// Read once after the build; the integrations after it write files about the pages.
const builtPages = builtPagesIndex();

export default defineConfig({
  site: site.url,
  base: site.basePath,
  output: 'static',
  trailingSlash: 'always',
  // One response carries the whole page: the stylesheet is small, so it is inlined (no extra round trip).
  // Several pages in flight at once: rendering one page leaves the main thread idle about half the
  // time (file writes, CSP hashes), and the others fill that time.
  build: { format: 'directory', inlineStylesheets: 'always', concurrency: 4 },
  devToolbar: { enabled: false },
  // Two routes writing one file (an old path that is now another page) fail the build.
  prerenderConflictBehavior: 'error',
  security: {
    // Astro hashes every inline script and style into a per-page <meta> policy;
    // static-host-files repeats it as an HTTP header with frame-ancestors.
    csp: {
      directives: [
        "default-src 'none'",
        // Images: the site's own, and the origins of images.remote (the one list, in src/site.config.ts).
        `img-src 'self'${site.images.remote.map((origin) => ` ${origin}`).join('')}`,
        "font-src 'self'",
        "connect-src 'self'",
        "manifest-src 'self'",
        "base-uri 'self'",
        "form-action 'self'",
      ],
      // Astro hashes the scripts it bundles; the inline theme script is hashed here.
      scriptDirective: { hashes: [THEME_INIT_HASH] },
    },
  },
  integrations: [
    // First: it removes the list of cards the pages left in dist/ before anything reads dist/.
    socialImages(),
    builtPages.integration,
    staticHostFiles(builtPages),
    sitemap({
      filter: (url) => builtPages.page(url)?.indexable ?? false,
      serialize: (item) => ({ ...item, lastmod: builtPages.page(item.url)?.modified }),
    }),
  ],
  // The builds of tests and benchmarks (tests/.output/, .cache/bench/) are not sources: `astro dev`
  // must not watch their tens of thousands of files.
  vite: { server: { watch: { ignored: ['**/tests/.output/**', '**/.cache/**'] } } },
  markdown: {
    // News articles need no code highlighting, and Shiki's inline styles would break the CSP.
    syntaxHighlight: false,
    // The article plugins, in order, and how articles are parsed: src/markdown/pipeline.ts.
    processor: unified(articleMarkdown(fileURLToPath(new URL('.', import.meta.url)))),
  },
});
