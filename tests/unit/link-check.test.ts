import { describe, expect, it } from 'vitest';
import { findBrokenLinks } from '../../src/lib/link-check.ts';

const site = (files: Record<string, string>) => new Map(Object.entries(files));
const options = { basePath: '/news/', siteUrl: 'https://example.org' };

describe('findBrokenLinks', () => {
  it('accepts links to pages, files and fragments that exist', () => {
    const files = site({
      'index.html': `<a href="/news/a/">A</a><a href="a/#part">part</a><link rel="canonical" href="https://example.org/news/">
        <img src="/news/img.png" srcset="/news/img.png 1x, /news/img.png 2x" alt=""><a href="#top" id="top">top</a>
        <a href="https://other.example/x">external</a><a href="mailto:desk@example.org">mail</a>`,
      'a/index.html':
        '<h2 id="part">Part</h2><a name="old-anchor"></a><a href="../#top">back</a><a href="#old-anchor">old</a>',
      'img.png': '',
    });
    expect(findBrokenLinks(files, options)).toEqual([]);
  });

  it('reports missing pages, missing ids, and links that leave the base path', () => {
    const files = site({
      'index.html': `<a href="/news/missing/">m</a><a href="/news/a/#nope">f</a><a href="/a/">outside</a>
        <link rel="canonical" href="https://example.org/news/gone/"><meta http-equiv="refresh" content="0; url=/news/moved/">`,
      'a/index.html': '<p>A</p>',
    });
    expect(findBrokenLinks(files, options)).toEqual([
      { page: 'index.html', url: '/news/missing/', reason: 'no such file' },
      { page: 'index.html', url: '/news/a/#nope', reason: 'no element with id "nope" in a/index.html' },
      { page: 'index.html', url: '/a/', reason: 'outside the base path /news/' },
      { page: 'index.html', url: 'https://example.org/news/gone/', reason: 'no such file' },
      { page: 'index.html', url: '/news/moved/', reason: 'no such file' },
    ]);
  });
});
