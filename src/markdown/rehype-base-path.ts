/**
 * rehype-base-path: make root-relative links in article bodies respect the
 * site's base path, so `[map](/2022/07/27/story/)` or `<img src="/images/x.png">`
 * still work when the site is served under `/news/`.
 *
 * Options:
 * - `basePath` (default `'/'`): the path the site is served under; with `/`
 *   nothing changes.
 *
 * Touches `href` and `src` on every element and each URL of `srcset`; leaves
 * absolute URLs, protocol-relative `//host` URLs, relative paths and fragments alone.
 */
import type { Element, Root } from 'hast';
import { visit } from 'unist-util-visit';
import { joinBasePath } from '../lib/urls.ts';

interface RehypeBasePathOptions {
  /** Path the site is served under. Default `'/'`. */
  basePath?: string;
}

const ROOT_RELATIVE = /^\/(?!\/)/;

export default function rehypeBasePath({ basePath = '/' }: RehypeBasePathOptions = {}) {
  const prefix = (url: string) =>
    ROOT_RELATIVE.test(url) && !url.startsWith(basePath) ? joinBasePath(basePath, url) : url;
  return (tree: Root) => {
    if (basePath === '/') return;
    visit(tree, 'element', (node: Element) => {
      const { properties } = node;
      for (const name of ['href', 'src'] as const) {
        const url = properties[name];
        if (typeof url === 'string') properties[name] = prefix(url);
      }
      // srcset is a list of `url descriptor` candidates: a hast list, or the raw text after rehype-raw.
      const srcSet: unknown = properties.srcSet;
      const candidates = Array.isArray(srcSet)
        ? srcSet.map(String)
        : typeof srcSet === 'string'
          ? srcSet.split(',')
          : undefined;
      if (candidates) {
        (properties as Record<string, unknown>).srcSet = candidates
          .map((candidate) => candidate.trim().replace(/^\S+/, (url) => prefix(url)))
          .join(', ');
      }
    });
  };
}
