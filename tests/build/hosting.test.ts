/**
 * The site as a static host serves it under a sub-path: every internal URL
 * carries the base path, links resolve, hostile Markdown is defused, every page
 * has its CSP, and the host files are written.
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { parse } from 'node-html-parser';
import { beforeAll, describe, expect, it } from 'vitest';
import { findBrokenLinks } from '../../src/lib/link-check.ts';
import { buildProject, makeProject, PROJECT_ROOT, projectArticles, readSite } from '../support/astro.ts';

const BASE = '/news/';
const SITE_URL = 'https://example.org';
const HOSTILE = readFileSync(join(PROJECT_ROOT, 'tests/fixtures/hostile/hostile-article.md'), 'utf8');
const HOSTILE_PAGE = '2024/02/14/hostile-article/index.html';

let files: Map<string, string>;
const pages = () => [...files].filter(([path]) => path.endsWith('.html'));

beforeAll(() => {
  const root = makeProject('base-path', { ...projectArticles(), 'fixtures/hostile-article.md': HOSTILE });
  const { status, output } = buildProject(root, { BASE_PATH: BASE, SITE_URL });
  expect(status, output).toBe(0);
  files = readSite(join(root, 'dist'));
});

describe(`BASE_PATH=${BASE} SITE_URL=${SITE_URL}`, () => {
  it('puts the base path on every internal URL', () => {
    const attribute = /\s(?:href|src|action|content)="([^"]*)"/g;
    for (const [path, html] of pages()) {
      for (const [, url] of html.matchAll(attribute)) {
        if (!/^(\/|https?:\/\/example\.org)/.test(url!)) continue;
        expect(url, `${path}: ${url}`).toMatch(/^(\/news\/|https:\/\/example\.org\/news\/)/);
      }
    }
  });

  it('gives canonical URLs on the site origin and base path', () => {
    const seed = parse(
      files.get('2022/07/27/azerbaijani-serviceman-injured-in-landmine-blast-in-kalbajar/index.html')!,
    );
    expect(seed.querySelector('link[rel="canonical"]')?.getAttribute('href')).toBe(
      'https://example.org/news/2022/07/27/azerbaijani-serviceman-injured-in-landmine-blast-in-kalbajar/',
    );
  });

  it('has no broken links or fragments', () => {
    expect(findBrokenLinks(files, { basePath: BASE, siteUrl: SITE_URL })).toEqual([]);
  });

  it('has a real 404 page', () => {
    expect(files.get('404.html')).toContain('Page not found');
  });
});

describe('the hostile article', () => {
  const page = () => parse(files.get(HOSTILE_PAGE)!);

  it('keeps its text and safe markup', () => {
    const body = page().querySelector('.article-body')!;
    expect(body.textContent).toContain('The city council published its budget on Wednesday');
    expect(body.textContent).toContain('The budget passed by 31 votes to 12.');
    expect(body.querySelector('figure figcaption')?.textContent).toBe('The council chamber on Wednesday.');
    expect(body.querySelector('blockquote a')?.getAttribute('href')).toBe('https://council.example.com/budget');
    // A root-relative URL written by the author gets the base path.
    expect(body.querySelector('img[alt="handler image"]')?.getAttribute('src')).toBe('/news/favicon.svg');
  });

  it('renders no forbidden markup anywhere on the page', () => {
    const doc = page();
    const body = doc.querySelector('.article-body')!;
    for (const tag of [
      'script',
      'iframe',
      'object',
      'embed',
      'form',
      'input',
      'button',
      'svg',
      'math',
      'base',
      'style',
      'link',
      'meta',
    ]) {
      expect(body.querySelectorAll(tag), tag).toHaveLength(0);
    }
    // The only scripts are the site's own: JSON-LD, and the enhancement every article page carries.
    const seed = parse(
      files.get('2022/07/27/azerbaijani-serviceman-injured-in-landmine-blast-in-kalbajar/index.html')!,
    );
    const scripts = (page: ReturnType<typeof parse>) =>
      page
        .querySelectorAll('script')
        .filter((s) => s.getAttribute('type') !== 'application/ld+json')
        .map((s) => s.textContent);
    expect(scripts(doc)).toEqual(scripts(seed));
    expect(doc.querySelectorAll('iframe, object, embed, svg, math, base')).toHaveLength(0);
    // The one form is the site's own search box.
    expect(doc.querySelectorAll('form').map((form) => form.getAttribute('class'))).toEqual(['site-search']);
    expect(doc.querySelectorAll('body link, body meta')).toHaveLength(0);
    for (const element of doc.querySelectorAll('*')) {
      for (const [name, value] of Object.entries(element.attributes)) {
        expect(name, `${element.tagName} ${name}`).not.toMatch(/^on/i);
        if (element.closest('body')) expect(name, `${element.tagName} ${name}`).not.toBe('style');
        if (['href', 'src', 'action', 'srcset', 'formaction'].includes(name.toLowerCase())) {
          expect(value.replace(/\s/g, ''), `${element.tagName} ${name}`).not.toMatch(/^(javascript|data|vbscript):/i);
        }
      }
    }
    // The only `alert(` left is the escaped text of the headline and byline.
    expect(doc.querySelector('.article-body')!.innerHTML).not.toMatch(/alert\(/);
  });

  it('escapes markup in frontmatter', () => {
    const doc = page();
    expect(doc.querySelector('h1')?.textContent).toBe('Council publishes budget <script>alert("title")</script>');
    expect(doc.querySelector('.byline')?.textContent).toContain('Mallory </script><script>alert(1)</script>');
  });
});

describe('security headers and host files', () => {
  it('gives every page a strict Content-Security-Policy', () => {
    for (const [path, html] of pages()) {
      const policy = parse(html).querySelector('meta[http-equiv="content-security-policy"]')?.getAttribute('content');
      expect(policy, path).toBeDefined();
      expect(policy).not.toContain('unsafe-inline');
      expect(policy).toMatch(/default-src 'none'/);
      expect(policy).toMatch(/script-src 'self'/);
      expect(policy).toMatch(/style-src 'self'/);
    }
  });

  it('writes _headers with the CSP, framing, sniffing, referrer and permissions policies, and asset caching', () => {
    const headers = files.get('_headers')!;
    expect(headers).toMatch(/^\/news\/\*\n/);
    expect(headers).toMatch(/Content-Security-Policy: default-src 'none';.*frame-ancestors 'none'/);
    expect(headers).not.toContain('unsafe-inline');
    expect(headers).toContain('X-Content-Type-Options: nosniff');
    expect(headers).toContain('Referrer-Policy: strict-origin-when-cross-origin');
    expect(headers).toMatch(/Permissions-Policy: .*camera=\(\)/);
    expect(headers).toMatch(/\/news\/_astro\/\*\n {2}Cache-Control: public, max-age=31536000, immutable/);
    // The header allows every hash any page's <meta> allows.
    for (const [, html] of pages()) {
      for (const [hash] of html.matchAll(/'sha256-[^']+'/g)) expect(headers).toContain(hash);
    }
  });

  it('redirects old paths to the renamed article, as a page and in _redirects', () => {
    expect(files.get('_redirects')).toBe('/news/old/council-budget/ /news/2024/02/14/hostile-article/ 301\n');
    const redirect = parse(files.get('old/council-budget/index.html')!);
    expect(redirect.querySelector('meta[http-equiv="refresh"]')?.getAttribute('content')).toBe(
      '0; url=/news/2024/02/14/hostile-article/',
    );
    expect(redirect.querySelector('link[rel="canonical"]')?.getAttribute('href')).toBe(
      'https://example.org/news/2024/02/14/hostile-article/',
    );
    expect(redirect.querySelector('a')?.getAttribute('href')).toBe('/news/2024/02/14/hostile-article/');
  });
});
