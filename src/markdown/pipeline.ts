/**
 * The Markdown pipeline of an article, written once: which plugins run, in which order, with which
 * options. astro.config.mjs gives it to Astro's processor (`articleMarkdown`); the outline command,
 * the evaluation tools and the tests run the same plugins without Astro (`articleRemark`,
 * `articleHtml`), parsed as Astro parses (GitHub-flavoured Markdown: a table is a table, not a
 * paragraph, so block numbers agree with the build's).
 *
 * Remark, in order: control characters out, unclosed raw HTML and missing pictures refused before
 * anything reads the text; then facts and block numbers, before derived sections move blocks into
 * sections and add headings.
 *
 * Rehype, in order: raw HTML in articles is parsed, then sanitized, before the site adds its own ids
 * and links; image URLs are checked (unsafe srcset candidates dropped; an image from an origin the
 * CSP blocks fails the build); an image alone in its paragraph becomes a figure; root-relative links
 * go under the base path; then heading ids, block anchors and section self-links.
 */
import type { UnifiedProcessorOptions } from '@astrojs/markdown-remark';
import rehypeAutolinkHeadings from 'rehype-autolink-headings';
import rehypeRaw from 'rehype-raw';
import rehypeSanitize from 'rehype-sanitize';
import rehypeSlug from 'rehype-slug';
import rehypeStringify from 'rehype-stringify';
import remarkGfm from 'remark-gfm';
import remarkParse from 'remark-parse';
import remarkRehype from 'remark-rehype';
import { type PluggableList, unified } from 'unified';
import { site } from '../site.config.ts';
import rehypeBasePath from './rehype-base-path.ts';
import rehypeBlockIds from './rehype-block-ids.ts';
import rehypeFigures from './rehype-figures.ts';
import rehypeImageSources from './rehype-image-sources.ts';
import remarkBlockIds from './remark-block-ids.ts';
import remarkDerivedSections from './remark-derived-sections.ts';
import remarkLocalImages from './remark-local-images.ts';
import remarkStripControlCharacters from './remark-strip-control-characters.ts';
import remarkTextFacts from './remark-text-facts.ts';
import remarkUnclosedHtml from './remark-unclosed-html.ts';
import { articleSanitizeSchema } from './sanitize-schema.ts';
import { sectionSelfLink } from './section-self-link.ts';

/** How Astro parses an article before our plugins: GitHub-flavoured; no typographic rewriting (articles are reproduced word for word). */
const PARSING = { gfm: true, smartypants: false } as const;

const remarkPlugins = [
  remarkStripControlCharacters,
  remarkUnclosedHtml,
  remarkLocalImages,
  remarkTextFacts,
  remarkBlockIds,
  remarkDerivedSections,
];

/** `root`: the folder file names in error messages are relative to (the project's). */
function rehypePlugins(root: string) {
  return [
    rehypeRaw,
    [rehypeSanitize, articleSanitizeSchema],
    [rehypeImageSources, { siteUrl: site.url, remote: site.images.remote, root }],
    rehypeFigures,
    [rehypeBasePath, { basePath: site.basePath }],
    rehypeSlug,
    rehypeBlockIds,
    [rehypeAutolinkHeadings, sectionSelfLink],
  ] satisfies PluggableList;
}

/** The options of Astro's `unified()` Markdown processor (astro.config.mjs). */
export function articleMarkdown(root: string): UnifiedProcessorOptions {
  return { ...PARSING, remarkPlugins, rehypePlugins: rehypePlugins(root) };
}

/** Parsing only, as the build parses: the tree whose top-level blocks the plugins number. */
export function articleParser() {
  return unified()
    .use(remarkParse)
    .use(PARSING.gfm ? [remarkGfm] : []);
}

/** Parse and the remark plugins, as in the build: the Markdown tree with its facts in `file.data.astro.frontmatter`. */
export function articleRemark() {
  return articleParser().use(remarkPlugins);
}

/** The whole pipeline, as in the build, to HTML (remark-rehype keeps raw HTML for rehype-raw, as Astro sets it). */
export function articleHtml(root: string = process.cwd()) {
  return articleRemark().use(remarkRehype, { allowDangerousHtml: true }).use(rehypePlugins(root)).use(rehypeStringify);
}
