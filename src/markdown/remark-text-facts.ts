/**
 * remark-text-facts: facts about an article's text that pages and metadata
 * need, computed once from the Markdown tree as the author wrote it.
 *
 * Writes into `file.data.astro.frontmatter` (Astro hands it back as
 * `remarkPluginFrontmatter` from `render(entry)`):
 * - `lead`: plain text of the first paragraph (the summary when the editor wrote
 *   no `description`);
 * - `wordCount`: words in the body, as a reader counts them.
 *
 * Run it before plugins that add text of their own (derived section headings).
 * The tree is not changed.
 */
import type { Root } from 'mdast';
import { toString } from 'mdast-util-to-string';
import type { VFile } from 'vfile';
import { countWords } from '../lib/text.ts';

interface AstroFileData {
  astro?: { frontmatter?: Record<string, unknown> };
}

export default function remarkTextFacts() {
  return (tree: Root, file: VFile) => {
    const first = tree.children.find((node) => node.type === 'paragraph');
    const data = file.data as AstroFileData;
    data.astro ??= {};
    data.astro.frontmatter ??= {};
    data.astro.frontmatter.lead = first ? toString(first).replace(/\s+/g, ' ').trim() : '';
    data.astro.frontmatter.wordCount = tree.children.reduce((sum, node) => sum + countWords(toString(node)), 0);
  };
}
