import rehypeRaw from 'rehype-raw';
import rehypeSanitize from 'rehype-sanitize';
import rehypeStringify from 'rehype-stringify';
import remarkParse from 'remark-parse';
import remarkRehype from 'remark-rehype';
import { unified } from 'unified';
import { describe, expect, it } from 'vitest';
import rehypeBasePath from '../../src/markdown/rehype-base-path.ts';
import { articleSanitizeSchema } from '../../src/markdown/sanitize-schema.ts';

const render = (markdown: string, basePath = '/news/') =>
  String(
    unified()
      .use(remarkParse)
      .use(remarkRehype, { allowDangerousHtml: true })
      .use(rehypeRaw)
      .use(rehypeSanitize, articleSanitizeSchema)
      .use(rehypeBasePath, { basePath })
      .use(rehypeStringify)
      .processSync(markdown),
  );

describe('rehype-base-path', () => {
  it.each([
    ['[a](/2022/07/27/story/)', '<a href="/news/2022/07/27/story/">'],
    ['[a](/news/already/)', '<a href="/news/already/">'],
    ['[a](https://example.org/x)', '<a href="https://example.org/x">'],
    ['[a](//cdn.example.org/x)', '<a href="//cdn.example.org/x">'],
    ['[a](relative/path/)', '<a href="relative/path/">'],
    ['[a](#part)', '<a href="#part">'],
    ['![m](/maps/a.png)', '<img src="/news/maps/a.png" alt="m">'],
    ['<img src="/a.png" srcset="/a.png 1x, /a@2x.png 2x" alt="">', 'srcset="/news/a.png 1x, /news/a@2x.png 2x"'],
  ])('%s → %s', (markdown, html) => {
    expect(render(markdown)).toContain(html);
  });

  it('changes nothing at the root', () => {
    expect(render('[a](/x/)', '/')).toContain('<a href="/x/">');
  });
});

describe('article sanitize schema', () => {
  it.each([
    ['<script>alert(1)</script>Text', 'Text'],
    ['<p onclick="alert(1)" style="color:red">Hi</p>', '<p>Hi</p>'],
    ['<a href="javascript:alert(1)">x</a>', '<p><a>x</a></p>'],
    ['<a href=" JaVaScRiPt:alert(1)">x</a>', '<p><a>x</a></p>'],
    ['<a href="data:text/html,hi">x</a>', '<p><a>x</a></p>'],
    ['<img src="data:image/png;base64,AAAA" alt="d">', '<img alt="d">'],
    ['<iframe src="https://x.example"></iframe><object data="x"></object><embed src="x">', ''],
    ['<form action="https://x.example"><input name="p"><button>Go</button></form>', 'Go'],
    ['<style>body{display:none}</style>After', 'After'],
  ])('%s → %s', (markdown, html) => {
    expect(render(markdown, '/').trim()).toBe(html);
  });

  it('keeps figures, captions, tables, quotes and links', () => {
    const html = render(
      '<figure><img src="https://x.example/a.jpg" alt="A"><figcaption>Cap</figcaption></figure>\n\n> [q](https://x.example)\n\n<table><tr><td>1</td></tr></table>',
      '/',
    );
    expect(html).toContain('<figure><img src="https://x.example/a.jpg" alt="A"><figcaption>Cap</figcaption></figure>');
    expect(html).toContain('<blockquote>');
    expect(html).toContain('<a href="https://x.example">q</a>');
    expect(html).toContain('<td>1</td>');
  });
});
