/**
 * One read of the built pages after `astro build`, shared by the integrations
 * that write files about them (`static-host-files`, the sitemap). Each page's
 * facts are read off its own `<head>`, so these files cannot disagree with it.
 *
 * Put `index.integration` first in `integrations`: Astro runs `astro:build:done`
 * hooks in order, and the others read the index in theirs.
 */
import { closeSync, openSync, readdirSync, readSync } from 'node:fs';
import { join, sep } from 'node:path';
import { fileURLToPath } from 'node:url';
import type { AstroIntegration } from 'astro';

interface BuiltPage {
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
  text
    .replaceAll('&#39;', "'")
    .replaceAll('&quot;', '"')
    .replaceAll('&lt;', '<')
    .replaceAll('&gt;', '>')
    .replaceAll('&amp;', '&');

// Heads run to about 14 KB (the stylesheet is inlined): one read gets most of them whole.
const HEAD_READ_BYTES = 16 * 1024;

/**
 * The start of a page up to the end of its `<head>` (the whole file when it has none). Read
 * synchronously and no further than the head: at 15,000 pages, reading whole files through
 * promises took 3.5 s, heads alone 0.15 s.
 */
export function readPageHead(file: string): string {
  const fd = openSync(file, 'r');
  try {
    const chunks: Buffer[] = [];
    for (;;) {
      const chunk = Buffer.allocUnsafe(HEAD_READ_BYTES);
      const read = readSync(fd, chunk, 0, chunk.length, null);
      if (read === 0) break;
      chunks.push(chunk.subarray(0, read));
      // Decoded whole each time: a character split between two reads must not break the search.
      if (HEAD_END.test(Buffer.concat(chunks).toString('utf8'))) break;
    }
    return Buffer.concat(chunks).toString('utf8');
  } finally {
    closeSync(fd);
  }
}

/** Facts of one page from its HTML (the head is enough). */
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
        'astro:build:done': ({ dir }) => {
          const root = fileURLToPath(dir);
          const files = readdirSync(root, { recursive: true, encoding: 'utf8' })
            .filter((file) => file.endsWith('.html'))
            .map((file) => file.split(sep).join('/'))
            .sort();
          pages = files.map((file) => readBuiltPage(file, readPageHead(join(root, file)), basePath));
          byPath = new Map(pages.map((page) => [page.path, page]));
        },
      },
    },
    pages: () => pages,
    page: (url) => byPath.get(url.startsWith('/') ? url : new URL(url).pathname),
  };
}
