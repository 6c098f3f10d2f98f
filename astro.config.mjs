// @ts-check
import { fileURLToPath } from 'node:url';
import { defineConfig } from 'astro/config';
import { unified } from '@astrojs/markdown-remark';
import rehypeAutolinkHeadings from 'rehype-autolink-headings';
import rehypeRaw from 'rehype-raw';
import rehypeSanitize from 'rehype-sanitize';
import rehypeSlug from 'rehype-slug';
import sitemap from '@astrojs/sitemap';
import { builtPagesIndex } from './src/integrations/built-pages.ts';
import socialImages from './src/integrations/social-images.ts';
import staticHostFiles from './src/integrations/static-host-files.ts';
import rehypeBasePath from './src/markdown/rehype-base-path.ts';
import { articleSanitizeSchema } from './src/markdown/sanitize-schema.ts';
import rehypeBlockIds from './src/markdown/rehype-block-ids.ts';
import rehypeFigures from './src/markdown/rehype-figures.ts';
import rehypeImageSources from './src/markdown/rehype-image-sources.ts';
import remarkBlockIds from './src/markdown/remark-block-ids.ts';
import remarkDerivedSections from './src/markdown/remark-derived-sections.ts';
import remarkStripControlCharacters from './src/markdown/remark-strip-control-characters.ts';
import remarkTextFacts from './src/markdown/remark-text-facts.ts';
import remarkLocalImages from './src/markdown/remark-local-images.ts';
import remarkUnclosedHtml from './src/markdown/remark-unclosed-html.ts';
import { sectionSelfLink } from './src/markdown/section-self-link.ts';
import { THEME_INIT_HASH } from './src/lib/theme-init.ts';
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
    processor: unified({
      // Articles are reproduced word for word: no typographic rewriting of quotes or dashes.
      smartypants: false,
      // Control characters out, unclosed raw HTML and missing pictures refused before anything reads the text; then facts
      // and block numbers, before derived sections move blocks into sections and add headings.
      remarkPlugins: [remarkStripControlCharacters, remarkUnclosedHtml, remarkLocalImages, remarkTextFacts, remarkBlockIds, remarkDerivedSections],
      // Raw HTML in articles is parsed, then sanitized, before the site adds its own ids and links.
      rehypePlugins: [
        rehypeRaw,
        [rehypeSanitize, articleSanitizeSchema],
        // Image URLs: unsafe srcset candidates dropped; an image from an origin the CSP blocks fails the build.
        [rehypeImageSources, { siteUrl: site.url, remote: site.images.remote, root: fileURLToPath(new URL('.', import.meta.url)) }],
        // An image alone in its paragraph: a figure, its title the caption; lazy, and a srcset for Astro.
        rehypeFigures,
        [rehypeBasePath, { basePath: site.basePath }],
        rehypeSlug,
        rehypeBlockIds,
        [rehypeAutolinkHeadings, sectionSelfLink],
      ],
    }),
  },
});
