/**
 * rehype-figures through `unified()`, after rehype-sanitize and rehype-image-sources as in
 * astro.config.mjs: an image alone in its paragraph becomes a figure (its title the caption, its
 * block mark moved), every image is lazy, and only images beside the article get the srcset widths
 * Astro's image step reads.
 */
import type { Element, Root } from 'hast';
import rehypeRaw from 'rehype-raw';
import rehypeSanitize from 'rehype-sanitize';
import rehypeStringify from 'rehype-stringify';
import remarkParse from 'remark-parse';
import remarkRehype from 'remark-rehype';
import { unified } from 'unified';
import { visit } from 'unist-util-visit';
import { VFile } from 'vfile';
import { describe, expect, it } from 'vitest';
import rehypeBlockIds from '../../src/markdown/rehype-block-ids.ts';
import rehypeFigures, {
  BODY_IMAGE_SIZES,
  isLocalImagePath,
  type RehypeFiguresOptions,
} from '../../src/markdown/rehype-figures.ts';
import rehypeImageSources from '../../src/markdown/rehype-image-sources.ts';
import remarkBlockIds from '../../src/markdown/remark-block-ids.ts';
import { articleSanitizeSchema } from '../../src/markdown/sanitize-schema.ts';

const SITE_URL = 'https://news.example.org';

function processor(options?: RehypeFiguresOptions) {
  return unified()
    .use(remarkParse)
    .use(remarkBlockIds)
    .use(remarkRehype, { allowDangerousHtml: true })
    .use(rehypeRaw)
    .use(rehypeSanitize, articleSanitizeSchema)
    .use(rehypeImageSources, { siteUrl: SITE_URL, root: '/p' })
    .use(rehypeFigures, options);
}

const file = (markdown: string) =>
  new VFile({ value: markdown, path: '/p/content/articles/2023/story.md', data: { astro: { frontmatter: {} } } });

/** The HTML, and the properties of each `img` before stringifying (what Astro's image step reads). */
function run(markdown: string, options?: RehypeFiguresOptions) {
  const p = processor(options);
  const vfile = file(markdown);
  const tree = p.runSync(p.parse(vfile), vfile) as Root;
  const images: Element['properties'][] = [];
  visit(tree, 'element', (node: Element) => {
    if (node.tagName === 'img') images.push({ ...node.properties });
  });
  // Without Astro's step the widths would be written out: leave them off to read the HTML.
  visit(tree, 'element', (node: Element) => {
    if (node.tagName === 'img') delete node.properties.widths;
  });
  unified().use(rehypeBlockIds).runSync(tree);
  return { html: unified().use(rehypeStringify).stringify(tree).trim(), images };
}

describe('an image alone in its paragraph', () => {
  it('becomes a figure, the title its caption, lazy, the block id on the figure', () => {
    const { html, images } = run('Text.\n\n![Deminers on a path](./path.jpg "The cleared path")\n');
    expect(html).toBe(
      `<p id="p-1">Text.</p>\n<figure class="body-image" id="p-2"><img src="./path.jpg" alt="Deminers on a path" loading="lazy" decoding="async" sizes="${BODY_IMAGE_SIZES}"><figcaption>The cleared path</figcaption></figure>`,
    );
    expect(images[0]).toMatchObject({ widths: [320, 640, 960, 1280], sizes: BODY_IMAGE_SIZES });
    expect(images[0]).not.toHaveProperty('title');
  });

  it('has no caption without a title', () => {
    expect(run('![A marker stone](marker.png)').html).toMatch(
      /^<figure class="body-image" id="p-1"><img src="marker.png" alt="A marker stone" loading="lazy" decoding="async" sizes="[^"]+"><\/figure>$/,
    );
  });

  it('keeps the caption as text, markup in the title never read as HTML', () => {
    expect(run('![x](./a.jpg "<b>bold</b> & more")').html).toContain(
      '<figcaption>&#x3C;b>bold&#x3C;/b> &#x26; more</figcaption>',
    );
  });

  it('takes the widths and sizes it is given', () => {
    const { images } = run('![x](./a.jpg)', { widths: [400, 800], sizes: '50vw' });
    expect(images[0]).toMatchObject({ widths: [400, 800], sizes: '50vw' });
  });

  it('gets no srcset widths when it is not beside the article (root path or an allowed origin)', () => {
    const { html, images } = run('![x](/images/a.jpg "Caption")');
    expect(html).toBe(
      '<figure class="body-image" id="p-1"><img src="/images/a.jpg" alt="x" loading="lazy" decoding="async"><figcaption>Caption</figcaption></figure>',
    );
    expect(images[0]).not.toHaveProperty('widths');
  });
});

describe('other images', () => {
  it('inside running text stay where they are, lazy', () => {
    expect(run('A marker ![stone](./s.png) by the road.').html).toBe(
      '<p id="p-1">A marker <img src="./s.png" alt="stone" loading="lazy" decoding="async"> by the road.</p>',
    );
  });

  it('in a link stay in the link', () => {
    expect(run('[![x](./a.jpg)](https://news.example.org/)').html).toBe(
      '<p id="p-1"><a href="https://news.example.org/"><img src="./a.jpg" alt="x" loading="lazy" decoding="async"></a></p>',
    );
  });

  it('keep an eager loading an article asked for', () => {
    expect(run('<p><img src="./a.jpg" alt="x" loading="eager"></p>').html).toContain('loading="eager"');
  });
});

describe('isLocalImagePath', () => {
  it.each([
    ['./a.jpg', true],
    ['a.jpg', true],
    ['../img/a.jpg', true],
    ['/a.jpg', false],
    ['https://news.example.org/a.jpg', false],
  ])('%s → %s', (src, local) => {
    expect(isLocalImagePath(src)).toBe(local);
  });
});
