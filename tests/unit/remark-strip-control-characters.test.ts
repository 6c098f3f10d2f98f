import type { Root } from 'mdast';
import rehypeRaw from 'rehype-raw';
import rehypeStringify from 'rehype-stringify';
import remarkParse from 'remark-parse';
import remarkRehype from 'remark-rehype';
import { unified } from 'unified';
import { visit } from 'unist-util-visit';
import { describe, expect, it } from 'vitest';
import remarkStripControlCharacters from '../../src/markdown/remark-strip-control-characters.ts';

/** Every character the plugin must leave out of the tree, with one that is allowed beside it. */
// biome-ignore lint/suspicious/noControlCharactersInRegex: the characters the plugin must strip.
const FORBIDDEN = /[\0-\x08\x0b\x0c\x0e-\x1f\x7f-\x9f\u2028\u2029\ufffe\uffff]|\p{Cs}/u;

const tree = (markdown: string): Root => {
  const processor = unified().use(remarkParse).use(remarkStripControlCharacters);
  return processor.runSync(processor.parse(markdown)) as Root;
};

const html = (markdown: string) =>
  String(
    unified()
      .use(remarkParse)
      .use(remarkStripControlCharacters)
      .use(remarkRehype, { allowDangerousHtml: true })
      .use(rehypeRaw)
      .use(rehypeStringify)
      .processSync(markdown),
  );

/** Every string field of every node, as `type.field: value`. */
function strings(root: Root): string[] {
  const out: string[] = [];
  visit(root, (node) => {
    for (const [field, value] of Object.entries(node)) {
      if (typeof value === 'string' && field !== 'type') out.push(`${node.type}.${field}: ${value}`);
    }
  });
  return out;
}

describe('remark-strip-control-characters', () => {
  it('makes line-breaking controls a space and removes the rest from text', () => {
    expect(strings(tree('Word\vline\fbreak, NUL\0gone, bell\x07gone, NEL\u0085and\u2028separators\u2029too'))).toEqual([
      'text.value: Word line break, NULgone, bellgone, NEL and separators too',
    ]);
  });

  it('removes a NUL instead of leaving the U+FFFD the parser would put there', () => {
    expect(html('Before\0after')).toBe('<p>Beforeafter</p>');
    // A U+FFFD the editor wrote is text, and stays.
    expect(html('Before\ufffdafter')).toBe('<p>Before\ufffdafter</p>');
  });

  it('strips characters that character references decode to', () => {
    expect(strings(tree('a&#12;b c&#x2028;d e&#x2029;f'))).toEqual(['text.value: a b c d e f']);
  });

  it('strips inline code, code blocks and raw HTML', () => {
    const values = strings(
      tree('`in\vline\0` and <span title="x\fy">raw\x01</span>\n\n```js\nco\fde\0\n```\n\n<div>\x1fblock\v</div>\n'),
    );
    expect(values).toEqual([
      'inlineCode.value: in line',
      'text.value:  and ',
      'html.value: <span title="x y">',
      'text.value: raw',
      'html.value: </span>',
      'code.lang: js',
      'code.value: co de',
      'html.value: <div>block </div>',
    ]);
  });

  it('strips the url, title and alt of links, images and definitions', () => {
    const values = strings(
      tree(
        '[li\vnk](https://example.org/a\x01b "ti&#x2028;tle") ![al\ft](/i\x02.png "pic\u2028ture") [ref][d]\n\n[d]: https://example.org/\x03d "de\vf"\n',
      ),
    );
    expect(values.sort()).toEqual(
      [
        'link.url: https://example.org/ab',
        'link.title: ti tle',
        'text.value: li nk',
        'text.value:  ',
        'image.url: /i.png',
        'image.title: pic ture',
        'image.alt: al t',
        'text.value:  ',
        'linkReference.identifier: d',
        'linkReference.label: d',
        'linkReference.referenceType: full',
        'text.value: ref',
        'definition.identifier: d',
        'definition.label: d',
        'definition.url: https://example.org/d',
        'definition.title: de f',
      ].sort(),
    );
  });

  it('removes lone surrogates and U+FFFE/U+FFFF, keeps pairs, emoji, RTL text, tabs and newlines', () => {
    const [value] = strings(tree('lone\ud800high lone\udc00low \ufffe\uffff emoji 😀 مرحبا\ttab\nnext'));
    expect(value).toBe('text.value: lonehigh lonelow  emoji 😀 مرحبا\ttab\nnext');
  });

  it('leaves no forbidden character anywhere in a hostile body', () => {
    const hostile = Array.from({ length: 0xa0 }, (_, code) => String.fromCharCode(code)).join('');
    const markdown = `# Head${hostile}\n\nPara ${hostile} *em${hostile}* \`${hostile.replaceAll('`', '')}\`\n\n> quote\u2028\ud83d\n\n- item\ufffe\n`;
    const values = strings(tree(markdown));
    expect(values.length).toBeGreaterThan(4);
    for (const value of values) expect(value).not.toMatch(FORBIDDEN);
    expect(html(markdown)).not.toMatch(FORBIDDEN);
  });
});
