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
import { toString as mdastToString } from 'mdast-util-to-string';
import type { VFile } from 'vfile';
import { countWords } from '../lib/text.ts';
import { blockText, isBlock } from './blocks.ts';
import { fileFrontmatter } from './file-frontmatter.ts';

export default function remarkTextFacts() {
  return (tree: Root, file: VFile) => {
    const first = tree.children.find((node) => node.type === 'paragraph');
    const frontmatter = fileFrontmatter(file);
    frontmatter.lead = first ? blockText(first) : '';
    // A block's text keeps its list items and quoted paragraphs apart, so their words are not run together.
    frontmatter.wordCount = tree.children.reduce(
      (sum, node) => sum + countWords(isBlock(node) ? blockText(node) : mdastToString(node)),
      0,
    );
  };
}
