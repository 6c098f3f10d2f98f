/**
 * What article HTML may contain, for rehype-sanitize.
 *
 * Articles come from many hands, and raw HTML inside Markdown is parsed
 * (rehype-raw) and then filtered by this schema before anything else touches
 * it. It starts from GitHub's rules (hast-util-sanitize's default schema: no
 * script, iframe, object, embed, form, style, on* handlers) and:
 * - adds the elements a news story uses: figures with captions, `time`, `cite`,
 *   `mark`, `abbr`;
 * - keeps the section wrappers that `remark-derived-sections` adds and the block
 *   marks of `remark-block-ids`;
 * - allows only http(s), mailto and tel links, and http(s) images: no
 *   `javascript:` or `data:` URLs;
 * - drops form controls (GitHub allows task-list checkboxes; articles have none).
 *
 * Ids written by authors are prefixed with `user-content-` (the default) so
 * they cannot collide with the page's own ids; the ids the site adds (section
 * headings, paragraphs) are added after sanitizing.
 */
import { defaultSchema, type Options as SanitizeSchema } from 'rehype-sanitize';

const defaults = defaultSchema.attributes ?? {};

export const articleSanitizeSchema: SanitizeSchema = {
  ...defaultSchema,
  tagNames: [
    ...(defaultSchema.tagNames ?? []).filter((tag) => tag !== 'input'),
    'figure',
    'figcaption',
    'caption',
    'time',
    'cite',
    'mark',
    'abbr',
  ],
  attributes: {
    ...defaults,
    input: [],
    // One className entry per element: a second one would replace the first.
    section: ['dataFootnotes', ['className', 'footnotes', 'derived-section'], 'dataSectionKind'],
    img: [...(defaults.img ?? []), 'srcSet', 'sizes', 'loading', 'decoding'],
    // Block marks from remark-block-ids, turned into anchor ids after sanitizing.
    p: ['dataBlock'],
    blockquote: [...(defaults.blockquote ?? []), 'dataBlock'],
    ul: [...(defaults.ul ?? []), 'dataBlock'],
    ol: [...(defaults.ol ?? []), 'dataBlock'],
    abbr: ['title'],
  },
  protocols: {
    ...defaultSchema.protocols,
    href: ['http', 'https', 'mailto', 'tel'],
    src: ['http', 'https'],
    cite: ['http', 'https'],
    longDesc: ['http', 'https'],
  },
  required: {},
  strip: ['script', 'style', 'template', 'noscript', 'math', 'svg'],
};
