/** remark-unclosed-html alone, through unified(): what it refuses, what it lets through. */
import remarkParse from 'remark-parse';
import { unified } from 'unified';
import { VFile } from 'vfile';
import { describe, expect, it } from 'vitest';
import remarkUnclosedHtml from '../../src/markdown/remark-unclosed-html.ts';

function run(markdown: string, path = `${process.cwd()}/content/articles/a.md`) {
  const processor = unified().use(remarkParse).use(remarkUnclosedHtml);
  return processor.runSync(processor.parse(markdown), new VFile({ path, value: markdown }));
}

describe('remark-unclosed-html', () => {
  it.each([
    [
      '<style>',
      'One.\n\n<style>\np { color: red }\n\nTwo.\n',
      /line 3: <style> is never closed.*close it with <\/style>/,
    ],
    ['<script>', 'One.\n\n<script src="x.js">\n\nTwo.\n', /line 3: <script> is never closed/],
    ['<noscript> across paragraphs', '<noscript>Turn it on.\n\nTwo.\n\nThree.\n', /line 1: <noscript> is never closed/],
    ['<template>', 'Text <template>inline\n', /line 1: <template> is never closed/],
    ['<TEXTAREA> in capitals', 'One.\n\n<TEXTAREA>\n', /<textarea> is never closed/],
    ['a comment', 'One.\n\n<!-- note\n\nTwo.\n', /line 3: an HTML comment "<!--" is never closed.*close it with -->/],
    [
      'a second opening after a closed one',
      '<style>a{}</style>\n\nOne.\n\n<style>\n',
      /line 5: <style> is never closed/,
    ],
  ])('refuses %s, naming the file from the working folder on', (_name, markdown, message) => {
    expect(() => run(markdown)).toThrow(message);
    expect(() => run(markdown)).toThrow(/^content\/articles\/a\.md, line/);
  });

  it.each([
    [
      'closed elements',
      '<style>\np {}\n</style>\n\n<script>x()</script>\n\n<noscript>On</noscript> text <template>t</template>\n',
    ],
    ['a closed comment', '<!-- note -->\n\nText.\n\n<!--\nlong\n\nnote\n-->\n'],
    ['openings in code', 'Write `<style>` or:\n\n```html\n<script>\n```\n\n    <!-- indented code\n'],
    ['an element whose name only starts like one', '<styled-box>x</styled-box> <scripture>y</scripture>\n'],
    ['a closing tag inside a comment, ignored', '<!-- </style> -->\n\nText.\n'],
    ['text about tags', 'The &lt;style> tag and the <b>bold</b> one.\n'],
  ])('lets %s through', (_name, markdown) => {
    expect(() => run(markdown)).not.toThrow();
  });

  it('reads only the elements it is given', () => {
    const processor = unified()
      .use(remarkParse)
      .use(remarkUnclosedHtml, { elements: ['style'] });
    expect(() => processor.runSync(processor.parse('<script>\n'))).not.toThrow();
    expect(() => processor.runSync(processor.parse('<style>\n'))).toThrow(/<style> is never closed/);
  });
});
