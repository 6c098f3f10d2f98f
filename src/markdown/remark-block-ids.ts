/**
 * remark-block-ids: number the article's blocks (top-level paragraphs, blockquotes,
 * lists: `blocks.ts`) so each has a stable anchor, `p-1` … `p-n`, and hand their
 * plain text (`blockText`) to the page for the reader aids.
 *
 * - Each block is marked `data-block="p-N"`; rehype-block-ids turns the mark into
 *   its `id` after sanitizing (which would prefix an id given here).
 * - `file.data.astro.frontmatter[key]` receives `[{ id, text, blockquote? }]`.
 *
 * Options:
 * - `prefix` (default `'p-'`): what the anchors start with.
 * - `key` (default `'paragraphs'`): the frontmatter key to write.
 *
 * Numbering matches remark-derived-sections' block numbers (both read `blocks.ts`);
 * run it before that plugin moves the blocks into sections.
 */
import type { Root } from 'mdast';
import type { VFile } from 'vfile';
import { blockText, isBlock } from './blocks.ts';
import { fileFrontmatter } from './file-frontmatter.ts';

interface RemarkBlockIdsOptions {
  /** Anchor prefix. Default `'p-'`. */
  prefix?: string;
  /** Frontmatter key that receives the blocks' text. Default `'paragraphs'`. */
  key?: string;
}

export default function remarkBlockIds({ prefix = 'p-', key = 'paragraphs' }: RemarkBlockIdsOptions = {}) {
  return (tree: Root, file: VFile) => {
    const blocks: { id: string; text: string; blockquote?: boolean }[] = [];
    for (const node of tree.children) {
      if (!isBlock(node)) continue;
      const id = `${prefix}${blocks.length + 1}`;
      node.data = { ...node.data, hProperties: { ...node.data?.hProperties, dataBlock: id } };
      const text = blockText(node);
      blocks.push(node.type === 'blockquote' ? { id, text, blockquote: true } : { id, text });
    }
    fileFrontmatter(file)[key] = blocks;
  };
}
