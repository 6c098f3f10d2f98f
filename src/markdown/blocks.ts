/**
 * The blocks of an article: its top-level paragraphs, blockquotes and lists, numbered from 1 in
 * source order. remark-block-ids gives them their anchors (`p-1` … `p-n`) and hands their text to
 * the reader aids; remark-derived-sections gives each a kind; `sections.pin` names them by number.
 * All of them read the blocks here, so a block number means one block everywhere.
 */
import type { Nodes, RootContent } from 'mdast';
import { toString as mdastToString } from 'mdast-util-to-string';

/** The top-level node types that are numbered blocks, each with its name in messages to editors. */
const BLOCK_NAMES: ReadonlyMap<string, string> = new Map([
  ['paragraph', 'paragraphs'],
  ['blockquote', 'blockquotes'],
  ['list', 'lists'],
]);

/** What a block is, for messages to editors: "the article has 3 blocks (paragraphs, blockquotes, lists)". */
export const BLOCKS_PHRASE = [...BLOCK_NAMES.values()].join(', ');

export function isBlock(node: RootContent): boolean {
  return BLOCK_NAMES.has(node.type);
}

/**
 * Plain text of a block (or heading), whitespace collapsed; the paragraphs of a list or blockquote
 * on lines of their own, so two items never run into one word ("Kalbajar" and "Lachin", not
 * "KalbajarLachin", as mdast-util-to-string would join them).
 */
export function blockText(node: Nodes): string {
  if (node.type === 'paragraph' || node.type === 'heading') return mdastToString(node).replace(/\s+/g, ' ').trim();
  if ('children' in node) {
    return node.children
      .map((child) => blockText(child))
      .filter((text) => text !== '')
      .join('\n');
  }
  return '';
}
