/**
 * Find broken internal links in a built site: every `href`, `src`, `srcset`,
 * meta-refresh target and canonical URL that points into the site must name a
 * file that exists, and every `#fragment` must name an element id (or an
 * `<a name>`) in the target page.
 *
 * Pure: it takes the built files as a map and returns what is broken, so the
 * same check runs in tests and from the command line (`src/cli/check-links.ts`).
 */
import { parse } from 'node-html-parser';

interface BrokenLink {
  /** File (relative to the site root) that holds the link. */
  page: string;
  /** The URL as written. */
  url: string;
  reason: string;
}

interface LinkCheckOptions {
  /** Path the site is served under, `/` or `/news/`. */
  basePath: string;
  /** Origin of the site (`https://example.org`): absolute URLs on it are checked too. */
  siteUrl: string;
}

/** Attribute that carries a URL, by element. */
const URL_ATTRIBUTES: Record<string, string[]> = {
  a: ['href'],
  area: ['href'],
  link: ['href'],
  img: ['src', 'srcset'],
  source: ['src', 'srcset'],
  script: ['src'],
  iframe: ['src'],
  video: ['src', 'poster'],
  audio: ['src'],
  form: ['action'],
};

function urlsOf(html: string): string[] {
  const doc = parse(html);
  const urls: string[] = [];
  for (const [tag, attributes] of Object.entries(URL_ATTRIBUTES)) {
    for (const element of doc.querySelectorAll(tag)) {
      for (const attribute of attributes) {
        const value = element.getAttribute(attribute);
        if (value === undefined) continue;
        if (attribute === 'srcset')
          urls.push(...value.split(',').map((candidate) => candidate.trim().split(/\s+/)[0] ?? ''));
        else urls.push(value);
      }
    }
  }
  for (const meta of doc.querySelectorAll('meta[http-equiv]')) {
    if (meta.getAttribute('http-equiv')?.toLowerCase() !== 'refresh') continue;
    const target = /url=(.*)$/i.exec(meta.getAttribute('content') ?? '')?.[1];
    if (target) urls.push(target.trim());
  }
  return urls.filter((url) => url !== '');
}

function idsOf(html: string): Set<string> {
  const doc = parse(html);
  return new Set([
    ...doc.querySelectorAll('[id]').map((element) => element.getAttribute('id') ?? ''),
    ...doc.querySelectorAll('a[name]').map((element) => element.getAttribute('name') ?? ''),
  ]);
}

/** The file a site path is served from, or undefined. */
function resolveFile(path: string, files: ReadonlyMap<string, string>): string | undefined {
  const candidates = path.endsWith('/') ? [`${path}index.html`] : [path, `${path}/index.html`];
  return candidates.map((candidate) => candidate.replace(/^\//, '')).find((candidate) => files.has(candidate));
}

/**
 * Check every page in `files` (site-relative path such as `2022/07/27/x/index.html`
 * → file text; non-HTML files only need to exist).
 */
export function findBrokenLinks(
  files: ReadonlyMap<string, string>,
  { basePath, siteUrl }: LinkCheckOptions,
): BrokenLink[] {
  const origin = new URL(siteUrl).origin;
  const base = basePath.endsWith('/') ? basePath : `${basePath}/`;
  const idCache = new Map<string, Set<string>>();
  const broken: BrokenLink[] = [];

  for (const [page, html] of files) {
    if (!page.endsWith('.html')) continue;
    const pageUrl = new URL(`${base}${page.replace(/index\.html$/, '')}`, origin);
    for (const url of urlsOf(html)) {
      let target: URL;
      try {
        target = new URL(url, pageUrl);
      } catch {
        broken.push({ page, url, reason: 'not a URL' });
        continue;
      }
      if (target.origin !== origin || !/^https?:$/.test(target.protocol)) continue;
      const report = (reason: string) => broken.push({ page, url, reason });
      if (!target.pathname.startsWith(base)) {
        report(`outside the base path ${base}`);
        continue;
      }
      const file = resolveFile(decodeURIComponent(target.pathname.slice(base.length - 1)), files);
      if (!file) {
        report('no such file');
        continue;
      }
      const fragment = decodeURIComponent(target.hash.slice(1));
      if (!fragment || !file.endsWith('.html')) continue;
      let ids = idCache.get(file);
      if (!ids) {
        ids = idsOf(files.get(file)!);
        idCache.set(file, ids);
      }
      if (!ids.has(fragment)) report(`no element with id "${fragment}" in ${file}`);
    }
  }
  return broken;
}
