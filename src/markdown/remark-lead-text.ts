/**
 * remark-lead-text: expose the plain text of an article's first paragraph.
 *
 * The text lands in `file.data.astro.frontmatter[key]`, which Astro hands back as
 * `remarkPluginFrontmatter` from `render(entry)`. Pages use it for the summary
 * when the editor wrote no `description`, so nobody re-parses the Markdown.
 *
 * Options:
 * - `key` (default `'lead'`): the frontmatter key to write.
 *
 * The tree is not changed.
 */
import type { Root } from 'mdast';
import { toString } from 'mdast-util-to-string';
import type { VFile } from 'vfile';

export interface RemarkLeadTextOptions {
  /** Frontmatter key that receives the text. Default `'lead'`. */
  key?: string;
}

interface AstroFileData {
  astro?: { frontmatter?: Record<string, unknown> };
}

export default function remarkLeadText({ key = 'lead' }: RemarkLeadTextOptions = {}) {
  return (tree: Root, file: VFile) => {
    const first = tree.children.find((node) => node.type === 'paragraph');
    const text = first ? toString(first).replace(/\s+/g, ' ').trim() : '';
    const data = file.data as AstroFileData;
    data.astro ??= {};
    data.astro.frontmatter ??= {};
    data.astro.frontmatter[key] = text;
  };
}
