/**
 * rehype-image-sources: every image an article shows comes from the site itself or
 * from an origin the site allows (`images.remote` in `src/site.config.ts`, which the
 * Content-Security-Policy's `img-src` also lists). Runs right after rehype-sanitize.
 *
 * For the `src` and each `srcset` candidate of every `img` and `source`:
 * - relative URLs (`photo.jpg`, `./photo.jpg`, `/images/photo.jpg`) and absolute URLs
 *   on the site's own origin (`siteUrl`) pass;
 * - http(s) URLs on an origin listed in `remote` pass;
 * - URLs of any other scheme (`javascript:`, `data:`, `vbscript:`, `blob:` …) and URLs
 *   that do not parse are dropped: the `src` attribute, or the one `srcset` candidate
 *   (the sanitizer filters `src` this way, but not `srcset`), as are candidates whose
 *   descriptor a browser would refuse (`java script:…` read as URL `java`); a `srcset` left
 *   empty goes;
 * - any other http(s) or protocol-relative (`//host/…`) URL fails the build: the page's CSP
 *   would block it and the reader would see a broken image. The error names the file
 *   (relative to `root`), the line and the URL of every such image, and how to fix it.
 *
 * Options (all optional):
 * - `siteUrl` (default none): the origin the site is deployed at (`site.url`); without
 *   it only relative URLs count as the site's own.
 * - `remote` (default `[]`): origins such as `https://images.example-agency.org`, as
 *   `site.images.remote` holds them (normalized there).
 * - `root` (default `process.cwd()`): the folder file names in errors are relative to.
 */
import type { Element, Root } from 'hast';
import { visit } from 'unist-util-visit';
import type { VFile } from 'vfile';
import { bodyLineOffset, projectPath } from '../lib/content-files.ts';

export interface RehypeImageSourcesOptions {
  /** Origin the site is deployed at (`site.url`). Default none: only relative URLs are the site's own. */
  siteUrl?: string;
  /** Origins images may come from besides the site (`site.images.remote`). Default `[]`. */
  remote?: readonly string[];
  /** Folder that file names in error messages are relative to. Default `process.cwd()`. */
  root?: string;
}

export class ExternalImageError extends Error {
  override name = 'ExternalImageError';
}

/** One `srcset` candidate: the URL and its descriptor (`2x`, `640w`, or empty). */
interface SrcsetCandidate {
  url: string;
  descriptor: string;
}

const WHITESPACE = /[\t\n\f\r ]/;

/**
 * The candidates of a `srcset`, read as the HTML standard reads them: a URL runs to the next
 * whitespace (so the comma of `data:image/png;base64,AAAA` belongs to it), trailing commas end it,
 * and a descriptor runs to the next comma outside parentheses.
 */
export function parseSrcset(text: string): SrcsetCandidate[] {
  const candidates: SrcsetCandidate[] = [];
  let at = 0;
  while (at < text.length) {
    while (at < text.length && (WHITESPACE.test(text[at]!) || text[at] === ',')) at++;
    if (at >= text.length) break;
    const urlStart = at;
    while (at < text.length && !WHITESPACE.test(text[at]!)) at++;
    let url = text.slice(urlStart, at);
    let descriptor = '';
    if (url.endsWith(',')) {
      url = url.replace(/,+$/, '');
    } else {
      const descriptorStart = at;
      let depth = 0;
      while (at < text.length && (text[at] !== ',' || depth > 0)) {
        if (text[at] === '(') depth++;
        else if (text[at] === ')' && depth > 0) depth--;
        at++;
      }
      descriptor = text.slice(descriptorStart, at).trim().replace(/\s+/g, ' ');
    }
    if (url) candidates.push({ url, descriptor });
  }
  return candidates;
}

/** `640w`, `1.5x`, `480w 320h`, or none: what a browser accepts after a candidate's URL. */
const DESCRIPTOR = /^(?:\d+[wh]|\+?(?:\d+(?:\.\d*)?|\.\d+)(?:e[+-]?\d+)?x)$/i;

function validDescriptor(descriptor: string): boolean {
  return descriptor === '' || descriptor.split(' ').every((token) => DESCRIPTOR.test(token));
}

type ImageUrlVerdict = 'site' | 'remote' | 'unsafe' | 'external';

// Two bases: a URL that lands on each base's own origin is relative (a path, `./x`, `?q`);
// anything else (`https://…`, `//host`, `/\host`) means the same whatever the page's address.
const BASE_A = 'https://a.invalid/';
const BASE_B = 'https://b.invalid/';

/** What an image URL is, for a site at `siteUrl` that allows the `remote` origins. */
export function classifyImageUrl(
  raw: string,
  { siteUrl, remote = [] }: Pick<RehypeImageSourcesOptions, 'siteUrl' | 'remote'> = {},
): ImageUrlVerdict {
  let a: URL;
  let b: URL;
  try {
    a = new URL(raw, BASE_A);
    b = new URL(raw, BASE_B);
  } catch {
    return 'unsafe';
  }
  if (a.protocol !== 'http:' && a.protocol !== 'https:') return 'unsafe';
  if (a.origin === new URL(BASE_A).origin && b.origin === new URL(BASE_B).origin) return 'site';
  if (siteUrl !== undefined && a.origin === new URL(siteUrl).origin) return 'site';
  if (remote.includes(a.origin)) return 'remote';
  return 'external';
}

interface Rejected {
  line: number | undefined;
  url: string;
}

export default function rehypeImageSources({
  siteUrl,
  remote = [],
  root = process.cwd(),
}: RehypeImageSourcesOptions = {}) {
  const verdict = (url: string) => classifyImageUrl(url, { siteUrl, remote });
  return (tree: Root, file: VFile) => {
    const rejected: Rejected[] = [];
    visit(tree, 'element', (node: Element, index, parent) => {
      if (node.tagName !== 'img' && node.tagName !== 'source') return;
      const line = node.position?.start.line;
      const properties = node.properties as Record<string, unknown>;
      const src = properties.src;
      if (typeof src === 'string') {
        const kind = verdict(src);
        if (kind === 'unsafe') delete properties.src;
        else if (kind === 'external') rejected.push({ line, url: src });
      }
      const srcSet = properties.srcSet;
      if (srcSet !== undefined && srcSet !== null) {
        const text = Array.isArray(srcSet) ? srcSet.map(String).join(', ') : String(srcSet);
        const kept = parseSrcset(text).filter(({ url, descriptor }) => {
          if (!validDescriptor(descriptor)) return false; // a browser skips the candidate too
          const kind = verdict(url);
          if (kind === 'external') rejected.push({ line, url });
          return kind === 'site' || kind === 'remote';
        });
        if (kept.length)
          properties.srcSet = kept.map(({ url, descriptor }) => (descriptor ? `${url} ${descriptor}` : url)).join(', ');
        else delete properties.srcSet;
      }
      // An image left with no source shows nothing but its alt text: keep that text alone.
      if (parent && index !== undefined && properties.src === undefined && properties.srcSet === undefined) {
        const alt = node.tagName === 'img' && typeof properties.alt === 'string' ? properties.alt : '';
        parent.children.splice(index, 1, ...(alt ? [{ type: 'text' as const, value: alt }] : []));
        return index;
      }
    });
    if (rejected.length) throw new ExternalImageError(externalImageMessage(file, root, rejected));
  };
}

function externalImageMessage(file: VFile, root: string, rejected: readonly Rejected[]): string {
  const name = file.path ? projectPath(file.path, root) : '(an article)';
  const offset = file.path ? bodyLineOffset(file.path, String(file.value)) : 0;
  const lines = rejected.map(({ line, url }) => `  ${line !== undefined ? `line ${line + offset}: ` : ''}${url}`);
  const origins = [
    ...new Set(
      rejected.flatMap(({ url }) => {
        try {
          return [new URL(url, BASE_A).origin];
        } catch {
          return [];
        }
      }),
    ),
  ];
  return [
    `External image in ${name}: the page's Content-Security-Policy would block it (img-src allows the site and images.remote only):`,
    ...lines,
    `Copy the image beside the article (or into public/) and link it by a relative path, or add its origin (${origins.join(', ')}) to images.remote in src/site.config.ts.`,
  ].join('\n');
}
