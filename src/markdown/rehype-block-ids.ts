/**
 * rehype-block-ids: give each block marked by remark-block-ids its anchor id
 * (`data-block="p-9"` → `id="p-9"`), after sanitizing.
 *
 * Ids are unique in a page: a mark whose id is already taken (only possible when
 * an article's raw HTML copies the attribute) is dropped rather than repeated.
 * No options.
 */
import type { Element, Root } from 'hast';
import { visit } from 'unist-util-visit';

export default function rehypeBlockIds() {
  return (tree: Root) => {
    const taken = new Set<string>();
    visit(tree, 'element', (node: Element) => {
      if (typeof node.properties.id === 'string') taken.add(node.properties.id);
    });
    visit(tree, 'element', (node: Element) => {
      const mark = node.properties.dataBlock;
      if (mark === undefined) return;
      delete node.properties.dataBlock;
      if (typeof mark === 'string' && !taken.has(mark) && node.properties.id === undefined) {
        node.properties.id = mark;
        taken.add(mark);
      }
    });
  };
}
