/**
 * remark-strip-control-characters: the article body leaves the Markdown step with no character
 * that XML 1.0 cannot carry (`stripControlCharacters` in lib/text.ts: Word's `\v` line break and
 * `\f` become a space; NUL, the other control characters, lone surrogates and U+FFFE/U+FFFF go).
 *
 * Why: the rendered body goes into the RSS and Atom feeds, where one such character makes the whole
 * feed invalid XML, and into every page, where it shows as a box or nothing. Editors paste them
 * from word processors without seeing them, so they are removed rather than reported.
 *
 * Two passes, one job:
 * - The Markdown source is stripped before it is parsed. The parser turns a NUL into U+FFFD (a
 *   CommonMark rule), after which the tree cannot tell it from a real U+FFFD; stripping first
 *   removes it instead. Line breaks are kept, so line numbers in messages stay true.
 * - Every `value` in the tree (`text`, `html`, `inlineCode`, `code`) and the `url`, `title` and
 *   `alt` of links, images and definitions are stripped: character references (`&#x2028;`,
 *   `&#12;`) decode to such characters during parsing, after the first pass.
 *
 * Register it first, so every later plugin reads clean text.
 */
import type { Nodes, Root } from 'mdast';
import type { Processor } from 'unified';
import { visit } from 'unist-util-visit';
import { stripControlCharacters } from '../lib/text.ts';

/** Node fields, besides `value`, that hold text taken from the source. */
const TEXT_FIELDS = ['url', 'title', 'alt'] as const;

export default function remarkStripControlCharacters(this: Processor) {
  const parse = this.parser;
  // Wraps the parser that remark-parse set (plugins attach in order; without one there is nothing to wrap).
  if (parse) this.parser = (document, file) => parse(stripControlCharacters(document), file);
  return (tree: Root) => {
    visit(tree, (node: Nodes) => {
      const fields = node as unknown as Record<string, unknown>;
      if (typeof fields.value === 'string') fields.value = stripControlCharacters(fields.value);
      for (const field of TEXT_FIELDS) {
        if (typeof fields[field] === 'string') fields[field] = stripControlCharacters(fields[field]);
      }
    });
  };
}
