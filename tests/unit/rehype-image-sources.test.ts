/**
 * rehype-image-sources through `unified()`, after rehype-sanitize as in astro.config.mjs: unsafe
 * srcset candidates dropped, the site's own and the allowed origins kept, any other image origin
 * failing with the file, the line and the URL. And `images.remote` validation in site.config.ts.
 */
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import rehypeRaw from 'rehype-raw';
import rehypeSanitize from 'rehype-sanitize';
import rehypeStringify from 'rehype-stringify';
import remarkParse from 'remark-parse';
import remarkRehype from 'remark-rehype';
import { unified } from 'unified';
import { VFile } from 'vfile';
import { afterAll, describe, expect, it } from 'vitest';
import rehypeBasePath from '../../src/markdown/rehype-base-path.ts';
import rehypeImageSources, {
  classifyImageUrl,
  ExternalImageError,
  parseSrcset,
  type RehypeImageSourcesOptions,
} from '../../src/markdown/rehype-image-sources.ts';
import { articleSanitizeSchema } from '../../src/markdown/sanitize-schema.ts';
import { normalizeImageOrigins, site } from '../../src/site.config.ts';

const ROOT = '/projects/dispatch';
const SITE_URL = 'https://news.example.org';
const AGENCY = 'https://images.example-agency.org';
const OPTIONS: RehypeImageSourcesOptions = { siteUrl: SITE_URL, remote: [AGENCY], root: ROOT };

function pipeline(options: RehypeImageSourcesOptions | false, { sanitize = true, basePath = '/' } = {}) {
  const processor = unified().use(remarkParse).use(remarkRehype, { allowDangerousHtml: true }).use(rehypeRaw);
  if (sanitize) processor.use(rehypeSanitize, articleSanitizeSchema);
  if (options) processor.use(rehypeImageSources, options);
  return processor.use(rehypeBasePath, { basePath }).use(rehypeStringify);
}

const render = (markdown: string, options: RehypeImageSourcesOptions | false = OPTIONS, settings = {}) =>
  String(
    pipeline(options, settings).processSync(
      new VFile({ value: markdown, path: join(ROOT, 'content/articles/2023/story.md') }),
    ),
  ).trim();

/** The error the plugin throws for `markdown`, or a failure when it throws none. */
function rejection(
  markdown: string,
  options: RehypeImageSourcesOptions = OPTIONS,
  file = new VFile({ value: markdown, path: join(ROOT, 'content/articles/2023/story.md') }),
): ExternalImageError {
  try {
    pipeline(options).processSync(file);
  } catch (error) {
    expect(error).toBeInstanceOf(ExternalImageError);
    return error as ExternalImageError;
  }
  return expect.fail(`no error for ${markdown}`);
}

const MIXED =
  '<img src="/favicon.svg" alt="ok" srcset="javascript:alert(1) 1x, data:image/png;base64,AAAA 2x, /favicon.svg 3x">';

describe('srcset candidates', () => {
  it('filters srcset itself, whatever the sanitizer lets through', () => {
    expect(render(MIXED, OPTIONS, { sanitize: false })).toBe(
      '<img src="/favicon.svg" alt="ok" srcset="/favicon.svg 3x">',
    );
  });

  it('drops javascript: and data: candidates and keeps the relative one', () => {
    expect(render(MIXED)).toBe('<img src="/favicon.svg" alt="ok" srcset="/favicon.svg 3x">');
  });

  it.each([
    ['vbscript:msgbox(1) 1x, /a.png 2x', '/a.png 2x'],
    [' JaVaScRiPt:alert(1) 1x,/a.png 2x', '/a.png 2x'],
    ['java\u0009script:alert(1) 1x, /a.png 2x', '/a.png 2x'],
    ['/a.png 1x, /b.png huge, /c.png 640w', '/a.png 1x, /c.png 640w'],
    ['blob:https://news.example.org/1 1x, file:///etc/passwd 2x, /a.png 3x', '/a.png 3x'],
    ['data:image/svg+xml,<svg></svg> 1x, /a.png 2x', '/a.png 2x'],
  ])('%j → %j', (srcset, kept) => {
    expect(render(`<img src="/a.png" alt="" srcset="${srcset}">`)).toContain(`srcset="${kept}"`);
  });

  it('removes a srcset with nothing left', () => {
    expect(render('<img src="/a.png" alt="" srcset="javascript:alert(1) 1x, data:image/png;base64,AAAA 2x">')).toBe(
      '<img src="/a.png" alt="">',
    );
  });

  it('keeps relative, same-origin and allowed candidates with their descriptors', () => {
    const srcset =
      'photo-640.jpg 640w, ./photo-1280.jpg 1280w, /images/photo.jpg 2x, https://news.example.org/p.jpg 3x, https://images.example-agency.org/p.jpg 4x';
    expect(render(`<img src="photo.jpg" alt="" srcset="${srcset}" sizes="100vw">`)).toContain(`srcset="${srcset}"`);
  });

  it('checks <picture><source srcset>', () => {
    expect(
      render('<picture><source srcset="javascript:alert(1), /a.webp 2x"><img src="/a.png" alt=""></picture>'),
    ).toContain('<source srcset="/a.webp 2x">');
    expect(
      rejection('<picture><source srcset="https://tracker.example/a.webp"><img src="/a.png" alt=""></picture>').message,
    ).toContain('https://tracker.example/a.webp');
  });

  it('leaves what it keeps for rehype-base-path to put under the base path', () => {
    expect(render(MIXED, OPTIONS, { basePath: '/news/' })).toBe(
      '<img src="/news/favicon.svg" alt="ok" srcset="/news/favicon.svg 3x">',
    );
  });
});

describe('src', () => {
  it.each([
    ['![m](photo.jpg)', '<img src="photo.jpg" alt="m">'],
    ['![m](./images/photo.jpg)', '<img src="./images/photo.jpg" alt="m">'],
    ['![m](../photo.jpg)', '<img src="../photo.jpg" alt="m">'],
    ['![m](/images/photo.jpg)', '<img src="/images/photo.jpg" alt="m">'],
    [
      '![m](https://news.example.org/images/photo.jpg)',
      '<img src="https://news.example.org/images/photo.jpg" alt="m">',
    ],
    ['![m](https://NEWS.example.org:443/a.jpg)', '<img src="https://NEWS.example.org:443/a.jpg" alt="m">'],
    [
      '![m](https://images.example-agency.org/2023/photo.jpg)',
      '<img src="https://images.example-agency.org/2023/photo.jpg" alt="m">',
    ],
  ])('keeps %s', (markdown, html) => {
    expect(render(markdown)).toBe(`<p>${html}</p>`);
  });

  it('keeps a raw <img> on an allowed origin', () => {
    expect(render('<img src="https://images.example-agency.org/a.jpg" alt="m">')).toBe(
      '<img src="https://images.example-agency.org/a.jpg" alt="m">',
    );
  });

  it('finds a data: src already stripped by the sanitizer, and keeps the alt text of the image left without a source', () => {
    expect(render('<img src="data:image/png;base64,AAAA" alt="d">')).toBe('d');
  });

  it('drops an unsafe src itself when nothing sanitized it, leaving the alt text', () => {
    expect(render('<img src="javascript:alert(1)" alt="j">', OPTIONS, { sanitize: false })).toBe('j');
    expect(render('<img src="data:image/png;base64,AAAA" alt="d">', OPTIONS, { sanitize: false })).toBe('d');
  });

  it('removes an image with neither a source nor alt text', () => {
    expect(render('Before <img src="javascript:alert(1)"> after', OPTIONS, { sanitize: false })).toBe(
      '<p>Before  after</p>',
    );
  });

  it('without siteUrl, an absolute URL on the site origin is external', () => {
    expect(rejection('![m](https://news.example.org/a.jpg)', { root: ROOT }).message).toContain(
      'https://news.example.org/a.jpg',
    );
  });
});

describe('an image from elsewhere fails', () => {
  it('names the file relative to the root, the line, the URL and the fix', () => {
    const { message } = rejection('Intro.\n\n![Photo](https://tracker.example/photo.jpg)\n');
    expect(message).toContain('External image in content/articles/2023/story.md');
    expect(message).toContain('line 3: https://tracker.example/photo.jpg');
    expect(message).toContain('Copy the image beside the article');
    expect(message).toContain('add its origin (https://tracker.example) to images.remote in src/site.config.ts');
  });

  it.each([
    [
      'srcset',
      '<img src="/a.png" alt="" srcset="/a.png 1x, https://tracker.example/p.gif 2x">',
      'https://tracker.example/p.gif',
    ],
    ['protocol-relative', '<img src="//tracker.example/p.gif" alt="">', '//tracker.example/p.gif'],
    ['backslashed', '<img src="/\\tracker.example/p.gif" alt="">', '/\\tracker.example/p.gif'],
    [
      'another scheme of an allowed host',
      '![m](http://images.example-agency.org/a.jpg)',
      'http://images.example-agency.org/a.jpg',
    ],
    [
      'another port of an allowed host',
      '![m](https://images.example-agency.org:8443/a.jpg)',
      'https://images.example-agency.org:8443/a.jpg',
    ],
    ['a subdomain of the site', '![m](https://cdn.news.example.org/a.jpg)', 'https://cdn.news.example.org/a.jpg'],
    ['another scheme of the site', '![m](http://news.example.org/a.jpg)', 'http://news.example.org/a.jpg'],
  ])('%s', (_, markdown, url) => {
    expect(rejection(markdown).message).toContain(`line 1: ${url}`);
  });

  it('lists every external image of the file, each on its line', () => {
    const { message } = rejection(
      '![a](https://one.example/a.jpg)\n\nText.\n\n<img src="/a.png" alt="" srcset="https://two.example/b.jpg 2x">\n',
    );
    expect(message).toMatch(/line 1: https:\/\/one\.example\/a\.jpg\n {2}line 5: https:\/\/two\.example\/b\.jpg\n/);
    expect(message).toContain('add its origin (https://one.example, https://two.example)');
  });

  describe('in an article file, the line counts the frontmatter', () => {
    const dir = mkdtempSync(join(tmpdir(), 'image-sources-'));
    afterAll(() => rmSync(dir, { recursive: true, force: true }));

    it('as Astro renders the body alone, after the frontmatter', () => {
      const body = 'Intro.\n\n![Photo](https://tracker.example/photo.jpg)';
      const file = join(dir, 'photo.md');
      writeFileSync(
        file,
        `---\ntitle: T\ndate: 2023-06-01T10:00:00+02:00\ntimezone: Europe/Berlin\nauthor: A\n---\n\n${body}\n`,
      );
      const { message } = rejection(body, { ...OPTIONS, root: dir }, new VFile({ value: body, path: file }));
      expect(message).toContain('External image in photo.md');
      expect(message).toContain('line 10: https://tracker.example/photo.jpg');
    });
  });
});

describe('parseSrcset', () => {
  it.each([
    ['a.jpg', [{ url: 'a.jpg', descriptor: '' }]],
    [
      'a.jpg 1x,b.jpg 2x',
      [
        { url: 'a.jpg', descriptor: '1x' },
        { url: 'b.jpg', descriptor: '2x' },
      ],
    ],
    [
      '  a.jpg  640w ,\n b.jpg   1280w  ',
      [
        { url: 'a.jpg', descriptor: '640w' },
        { url: 'b.jpg', descriptor: '1280w' },
      ],
    ],
    [
      'data:image/png;base64,AAAA 2x, /c.png 3x',
      [
        { url: 'data:image/png;base64,AAAA', descriptor: '2x' },
        { url: '/c.png', descriptor: '3x' },
      ],
    ],
    [
      'a.jpg,, b.jpg',
      [
        { url: 'a.jpg', descriptor: '' },
        { url: 'b.jpg', descriptor: '' },
      ],
    ],
    [
      'a.jpg (x, y) 2x, b.jpg',
      [
        { url: 'a.jpg', descriptor: '(x, y) 2x' },
        { url: 'b.jpg', descriptor: '' },
      ],
    ],
    ['', []],
  ])('%j', (text, candidates) => {
    expect(parseSrcset(text)).toEqual(candidates);
  });
});

describe('classifyImageUrl', () => {
  it.each([
    ['photo.jpg', 'site'],
    ['?v=2', 'site'],
    ['https://news.example.org/a.jpg', 'site'],
    ['https://images.example-agency.org/a.jpg', 'remote'],
    ['https://tracker.example/a.jpg', 'external'],
    ['//news.example.org/a.jpg', 'site'],
    ['mailto:x@example.org', 'unsafe'],
    ['http://[::1', 'unsafe'],
  ])('%s → %s', (url, verdict) => {
    expect(classifyImageUrl(url, OPTIONS)).toBe(verdict);
  });
});

describe('images.remote in site.config.ts', () => {
  it('defaults to none', () => {
    expect(site.images.remote).toEqual([]);
  });

  it('normalizes origins', () => {
    expect(
      normalizeImageOrigins([
        ' https://Images.Example-Agency.org/ ',
        'http://photos.example:8080',
        'https://x.example:443',
      ]),
    ).toEqual(['https://images.example-agency.org', 'http://photos.example:8080', 'https://x.example']);
  });

  it.each([
    [
      'images.example-agency.org',
      /images\.remote entry "images\.example-agency\.org" in src\/site\.config\.ts is not a URL/,
    ],
    [
      'ftp://images.example.org',
      /"ftp:\/\/images\.example\.org" in src\/site\.config\.ts must start with https:\/\/ or http:\/\//,
    ],
    ['data:image/png', /must start with https:\/\/ or http:\/\//],
    [
      'https://images.example.org/photos',
      /"https:\/\/images\.example\.org\/photos" in src\/site\.config\.ts is not an origin: expected an origin such as https:\/\/images\.example-agency\.org/,
    ],
    ['https://images.example.org?x=1', /is not an origin/],
    ['https://images.example.org#top', /is not an origin/],
    ['https://*.example.org', /is not an origin/],
    ['https://user@images.example.org', /is not an origin/],
    ['https://images.example.org//', /is not an origin/],
  ])('refuses %s', (entry, message) => {
    expect(() => normalizeImageOrigins([entry])).toThrow(message);
  });
});
