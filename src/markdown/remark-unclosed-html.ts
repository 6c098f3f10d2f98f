/**
 * remark-unclosed-html: fail an article whose raw HTML opens a comment or a raw-text element
 * (`<style>`, `<script>`, `<noscript>`, `<template>`, `<textarea>`…) and never closes it.
 *
 * An HTML parser reads everything after such an opening as the element's text, and the sanitizer
 * then removes the element: one stray `<style>` pasted from a web page would silently drop the
 * rest of the story while the build succeeds. Failing, with the line and the fix, is the decision
 * (rendering the rest as text would publish the story with markup showing). Opening tags inside
 * code spans and code blocks are text, not HTML, and are not counted.
 *
 * Options:
 * - `elements` (default {@link SWALLOWING_ELEMENTS}): element names whose content an HTML parser
 *   reads as text until the closing tag.
 */
import type { Html, Root } from 'mdast';
import { visit } from 'unist-util-visit';
import type { VFile } from 'vfile';
import { bodyLineOffset, projectPath } from '../lib/content-files.ts';

/** Elements whose content an HTML parser reads as text until their end tag (the HTML standard's raw-text and escapable raw-text elements, with the legacy ones). */
const SWALLOWING_ELEMENTS = [
  'script',
  'style',
  'noscript',
  'template',
  'textarea',
  'title',
  'xmp',
  'iframe',
  'noembed',
  'noframes',
  'plaintext',
] as const;

interface RemarkUnclosedHtmlOptions {
  elements?: readonly string[];
}

class UnclosedHtmlError extends Error {
  override name = 'UnclosedHtmlError';
}

export default function remarkUnclosedHtml({ elements = SWALLOWING_ELEMENTS }: RemarkUnclosedHtmlOptions = {}) {
  const token = new RegExp(`<!--|-->|<(/?)(${elements.join('|')})(?=[\\s/>])`, 'gi');
  return (tree: Root, file: VFile) => {
    // What is open: a comment, or an element and where it was opened. Raw HTML nodes are read in
    // document order, as the HTML parser will read them once they are joined.
    let open: { what: string; close: string; line: number | undefined } | undefined;
    visit(tree, 'html', (node: Html) => {
      for (const match of node.value.matchAll(token)) {
        const [text, slash, name] = match;
        const line = node.position ? node.position.start.line + lineOffset(node.value, match.index) : undefined;
        if (open) {
          if (text.toLowerCase() === open.close) open = undefined;
        } else if (text === '<!--') {
          open = { what: 'an HTML comment "<!--"', close: '-->', line };
        } else if (name && !slash) {
          open = { what: `<${name.toLowerCase()}>`, close: `</${name.toLowerCase()}`, line };
        }
      }
    });
    if (open) {
      const line =
        open.line === undefined
          ? undefined
          : open.line + (file.path ? bodyLineOffset(file.path, String(file.value)) : 0);
      const where = `${file.path ? projectPath(file.path) : 'the article'}${line ? `, line ${line}` : ''}`;
      const close = open.close === '-->' ? '-->' : `${open.close}>`;
      throw new UnclosedHtmlError(
        `${where}: ${open.what} is never closed, so everything after it would vanish from the page: close it with ${close}, or write it as text (&lt;${open.close === '-->' ? '!--' : open.close.slice(2)})`,
      );
    }
  };
}

function lineOffset(text: string, index: number): number {
  let lines = 0;
  for (let i = text.indexOf('\n'); i !== -1 && i < index; i = text.indexOf('\n', i + 1)) lines++;
  return lines;
}
