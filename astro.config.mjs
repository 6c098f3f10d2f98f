// @ts-check
import { defineConfig } from 'astro/config';
import { unified } from '@astrojs/markdown-remark';
import rehypeSlug from 'rehype-slug';
import remarkLeadText from './src/markdown/remark-lead-text.ts';
import { site } from './src/site.config.ts';

export default defineConfig({
  site: site.url,
  base: site.basePath,
  output: 'static',
  trailingSlash: 'always',
  build: { format: 'directory' },
  devToolbar: { enabled: false },
  markdown: {
    processor: unified({
      // Articles are reproduced word for word: no typographic rewriting of quotes or dashes.
      smartypants: false,
      remarkPlugins: [remarkLeadText],
      rehypePlugins: [rehypeSlug],
    }),
  },
});
