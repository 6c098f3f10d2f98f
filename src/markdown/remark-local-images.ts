/**
 * remark-local-images: fail an article whose Markdown image (`![alt](./photo.jpg)`) names a file
 * that is not beside it.
 *
 * Astro would stop later, while bundling, with "Could not find requested image `./photo.jpg`",
 * naming neither the article nor the line. Checked here, during content sync, the build fails
 * before any page is written and says where. Remote images are rehype-image-sources' concern, and
 * site paths (`/logo.png`) come from `public/`.
 */
import { existsSync } from 'node:fs';
import { dirname, resolve } from 'node:path';
import type { Image, Root } from 'mdast';
import { visit } from 'unist-util-visit';
import type { VFile } from 'vfile';
import { bodyLineOffset, imagePathKind, projectPath } from '../lib/content-files.ts';

class MissingImageError extends Error {
  override name = 'MissingImageError';
}

/** `photo%201.jpg` → `photo 1.jpg`; a malformed escape is kept as written. */
function safeDecode(url: string): string {
  try {
    return decodeURI(url);
  } catch {
    return url;
  }
}

export default function remarkLocalImages() {
  return (tree: Root, file: VFile) => {
    if (!file.path) return;
    const folder = dirname(file.path);
    const missing: { url: string; line: number | undefined }[] = [];
    visit(tree, 'image', (node: Image) => {
      if (node.url === '' || node.url.startsWith('#') || imagePathKind(node.url) !== 'relative') return;
      const path = safeDecode(node.url.replace(/[?#].*$/, ''));
      if (!existsSync(resolve(folder, path))) missing.push({ url: node.url, line: node.position?.start.line });
    });
    if (missing.length === 0) return;
    const offset = bodyLineOffset(file.path, String(file.value));
    const lines = missing.map(({ url, line }) => `  ${line === undefined ? '' : `line ${line + offset}: `}${url}`);
    throw new MissingImageError(
      [
        `${projectPath(file.path)}: images that are not beside the article (paths are read from the article's folder):`,
        ...lines,
      ].join('\n'),
    );
  };
}
