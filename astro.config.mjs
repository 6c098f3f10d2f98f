// @ts-check
import { defineConfig } from 'astro/config';
import { unified } from '@astrojs/markdown-remark';
import rehypeRaw from 'rehype-raw';
import rehypeSanitize from 'rehype-sanitize';
import rehypeSlug from 'rehype-slug';
import staticHostFiles from './src/integrations/static-host-files.ts';
import rehypeBasePath from './src/markdown/rehype-base-path.ts';
import { articleSanitizeSchema } from './src/markdown/sanitize-schema.ts';
import remarkLeadText from './src/markdown/remark-lead-text.ts';
import { site } from './src/site.config.ts';

export default defineConfig({
  site: site.url,
  base: site.basePath,
  output: 'static',
  trailingSlash: 'always',
  build: { format: 'directory' },
  devToolbar: { enabled: false },
  // Two routes writing one file (an old path that is now another page) fail the build.
  prerenderConflictBehavior: 'error',
  security: {
    // Astro hashes every inline script and style into a per-page <meta> policy;
    // static-host-files repeats it as an HTTP header with frame-ancestors.
    csp: {
      directives: [
        "default-src 'none'",
        "img-src 'self'",
        "font-src 'self'",
        "connect-src 'self'",
        "manifest-src 'self'",
        "base-uri 'self'",
        "form-action 'self'",
      ],
    },
  },
  integrations: [staticHostFiles()],
  markdown: {
    // News articles need no code highlighting, and Shiki's inline styles would break the CSP.
    syntaxHighlight: false,
    processor: unified({
      // Articles are reproduced word for word: no typographic rewriting of quotes or dashes.
      smartypants: false,
      remarkPlugins: [remarkLeadText],
      // Raw HTML in articles is parsed, then sanitized, before the site adds its own ids and links.
      rehypePlugins: [
        rehypeRaw,
        [rehypeSanitize, articleSanitizeSchema],
        [rehypeBasePath, { basePath: site.basePath }],
        rehypeSlug,
      ],
    }),
  },
});
