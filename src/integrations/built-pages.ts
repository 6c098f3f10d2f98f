/**
 * One read of the built pages after `astro build`, shared by the integrations
 * that write files about them (`static-host-files`, the sitemap). Each page's
 * facts are read off its own `<head>`, so these files cannot disagree with it.
 *
 * Put `index.integration` first in `integrations`: Astro runs `astro:build:done`
 * hooks in order, and the others read the index in theirs.
 */
import { readdir, readFile } from 'node:fs/promises';
import { join, sep } from 'node:path';
import { fileURLToPath } from 'node:url';
import type { AstroIntegration } from 'astro';

export interface BuiltPage {
  /** File below `dist/`, such as `2022/07/27/x/index.html`. */
  file: string;
  /** URL path the page is served at, with the base path: `/news/2022/07/27/x/`. */
  path: string;
  /** The `<meta http-equiv="content-security-policy">` content. */
  contentSecurityPolicy?: string;
  /** Target of a meta refresh (a redirect page). */
  redirectTo?: string;
  /** `article:modified_time`, on article pages. */
  modified?: string;
  /** False for pages that ask not to be indexed (redirects, 404). */
  indexable: boolean;
}

const HEAD_END = /<\/head>/i;
const attr = (name: string, value: string) => new RegExp(`<meta ${name}="${value}" content="([^"]*)"`, 'i');
const CSP = attr('http-equiv', 'content-security-policy');
const REFRESH = /<meta http-equiv="refresh" content="\d+;\s*url=([^"]*)"/i;
const MODIFIED = attr('property', 'article:modified_time');
const NOINDEX = /<meta name="robots" content="[^"]*noindex/i;

const decode = (text: string) =>
  text.replaceAll('&#39;', "'").replaceAll('&quot;', '"').replaceAll('&lt;', '<').replaceAll('&gt;', '>').replaceAll('&amp;', '&');

/** Facts of one page from its HTML. */
export function readBuiltPage(file: string, html: string, basePath: string): BuiltPage {
  const head = html.slice(0, html.search(HEAD_END) + 1 || html.length);
  const path = `${basePath.replace(/\/$/, '')}/${file.replace(/(^|\/)index\.html$/, '$1')}`;
  const pick = (pattern: RegExp) => {
    const value = pattern.exec(head)?.[1];
    return value === undefined ? undefined : decode(value);
  };
  return {
    file,
    path,
    contentSecurityPolicy: pick(CSP),
    redirectTo: pick(REFRESH),
    modified: pick(MODIFIED),
    indexable: !NOINDEX.test(head) && file !== '404.html',
  };
}

export interface BuiltPagesIndex {
  integration: AstroIntegration;
  /** Every built page, in file order; empty until the build is done. */
  pages(): readonly BuiltPage[];
  /** The page served at a URL or URL path, if any. */
  page(url: string): BuiltPage | undefined;
}

export function builtPagesIndex(): BuiltPagesIndex {
  let basePath = '/';
  let pages: BuiltPage[] = [];
  let byPath = new Map<string, BuiltPage>();
  return {
    integration: {
      name: 'built-pages',
      hooks: {
        'astro:config:done': ({ config }) => {
          basePath = config.base;
        },
        'astro:build:done': async ({ dir }) => {
          const root = fileURLToPath(dir);
          const files = (await readdir(root, { recursive: true }))
            .filter((file) => file.endsWith('.html'))
            .map((file) => file.split(sep).join('/'))
            .sort();
          pages = await Promise.all(files.map(async (file) => readBuiltPage(file, await readFile(join(root, file), 'utf8'), basePath)));
          byPath = new Map(pages.map((page) => [page.path, page]));
        },
      },
    },
    pages: () => pages,
    page: (url) => byPath.get(url.startsWith('/') ? url : new URL(url).pathname),
  };
}
