/**
 * Which files may sit in the articles folder, and how their bytes are read.
 *
 * A build must contain every article it was given, so a file the site would not build (a
 * `.markdown` or `.mdx` file, a name Astro's loader cannot open, bytes that are not UTF-8) fails
 * the build, named, instead of vanishing from the site while the build exits 0.
 */
import { readFileSync } from 'node:fs';

/** The one article format: Markdown with frontmatter. */
export const ARTICLE_EXTENSION = '.md';

/** Where the articles live, relative to the project root. */
export const ARTICLES_FOLDER = 'content/articles';

/** Pictures Astro's image service reads and resizes: what a lead image may be. */
export const RESIZABLE_IMAGE_EXTENSIONS = ['.jpg', '.jpeg', '.png', '.webp', '.avif', '.gif', '.tiff'] as const;

/** Files an article may keep beside it (its pictures, vector ones included). */
const ASSET_EXTENSIONS = [...RESIZABLE_IMAGE_EXTENSIONS, '.svg'] as const;

/** What operating systems leave in folders on their own; never an article. */
const SYSTEM_FILES = ['.DS_Store', 'Thumbs.db', 'desktop.ini'] as const;

/**
 * Characters Astro's glob loader cannot open a file by: it turns paths into URLs, where `#` starts
 * a fragment and `?` a query, and then reads a file that does not exist.
 */
const UNREADABLE_NAME = /[#?]/;

class ContentFileError extends Error {
  override name = 'ContentFileError';
}

/** Why a file under the articles folder would not be built, or undefined when it is fine. */
export function contentFileProblem(path: string): string | undefined {
  const name = path.split(/[\\/]/).pop() ?? path;
  if ((SYSTEM_FILES as readonly string[]).includes(name)) return undefined;
  if (UNREADABLE_NAME.test(path)) {
    return `the path contains "${path.match(UNREADABLE_NAME)![0]}", which the site cannot read a file by: rename it (the permalink comes from "slug" or the name)`;
  }
  const dot = name.lastIndexOf('.');
  const extension = dot > 0 ? name.slice(dot).toLowerCase() : '';
  const isArticle = name.endsWith(ARTICLE_EXTENSION);
  if (!isArticle && (ASSET_EXTENSIONS as readonly string[]).includes(extension)) return undefined;
  if (isArticle) return undefined;
  if (extension === '.md' || /^\.(markdown|mdown|mkdn|mkd|mdwn)$/.test(extension)) {
    return `articles are ${ARTICLE_EXTENSION} files: rename it to end in ${ARTICLE_EXTENSION}`;
  }
  const what = extension ? `a "${extension}" file` : 'a file without an extension';
  return `${what} is neither an article (${ARTICLE_EXTENSION}) nor a picture (${ASSET_EXTENSIONS.join(', ')}): move it out of the articles folder`;
}

/** Throw one error naming every file under the articles folder that would not be built. */
export function assertBuildableContentFiles(paths: readonly string[], folder: string): void {
  const problems = paths
    .map((path) => [path, contentFileProblem(path)] as const)
    .filter((entry): entry is readonly [string, string] => entry[1] !== undefined)
    .map(([path, problem]) => `  ${folder}/${path}: ${problem}`);
  if (problems.length > 0) {
    throw new ContentFileError(`Files in ${folder}/ that would not be built:\n${problems.join('\n')}`);
  }
}

// ignoreBOM keeps a byte-order mark in the text, as Astro's own read of the file does.
const utf8 = new TextDecoder('utf-8', { fatal: true, ignoreBOM: true });

/** The text of an article file, refusing bytes that are not UTF-8 rather than showing "�". */
export function decodeArticleText(bytes: Uint8Array, file: string): string {
  try {
    return utf8.decode(bytes);
  } catch {
    const at = firstInvalidUtf8(bytes);
    const line = bytes.subarray(0, at).reduce((lines, byte) => lines + (byte === 0x0a ? 1 : 0), 1);
    throw new ContentFileError(
      `${file}: not UTF-8 (byte 0x${bytes[at]?.toString(16).padStart(2, '0').toUpperCase()} on line ${line} is not valid UTF-8; the file may be Latin-1 or Windows-1252): save it as UTF-8`,
    );
  }
}

/**
 * Offset of the first byte that is not valid UTF-8: decoding replaces it with U+FFFD, so the text
 * encoded again matches the file up to there and no further.
 */
function firstInvalidUtf8(bytes: Uint8Array): number {
  const again = Buffer.from(Buffer.from(bytes).toString('utf8'), 'utf8');
  let at = 0;
  while (at < bytes.length && again[at] === bytes[at]) at++;
  return at;
}

/**
 * What an image path written in an article (frontmatter `image.src`, Markdown `![](…)`) points
 * at: a file relative to the article's folder, a URL elsewhere (`https:`, `data:`, `//host/…`), or a
 * path from the site's root (`/logo.png`, served from `public/`).
 */
export function imagePathKind(path: string): 'relative' | 'remote' | 'root' {
  if (/^[a-z][a-z\d+.-]*:/i.test(path) || path.startsWith('//')) return 'remote';
  if (path.startsWith('/') || path.startsWith('\\')) return 'root';
  return 'relative';
}

/**
 * A published article needs a story: without one its page, feed entry and description would go
 * out empty.
 */
export function assertArticleHasText(body: string, file: string): void {
  if (!/[\p{L}\p{N}]/u.test(body)) {
    throw new ContentFileError(
      `${file}: the article has no text below the frontmatter: write the story, or set "draft: true" until it is written`,
    );
  }
}

/**
 * Astro renders an article's body alone (the frontmatter blanked out, then the text trimmed), so a
 * Markdown plugin's line 1 is the body's first line; this many lines of the file come before it.
 * 0 when the file cannot be read or is not what was rendered (a test's in-memory text). Read only
 * when a plugin reports a problem.
 */
export function bodyLineOffset(path: string, body: string): number {
  let source: string;
  try {
    source = readFileSync(path, 'utf8');
  } catch {
    return 0;
  }
  const text = source.trimEnd();
  if (!body || !text.endsWith(body)) return 0;
  return text.slice(0, text.length - body.length).split('\n').length - 1;
}

/**
 * A file as an editor knows it, for messages from code that sees absolute paths (Markdown
 * plugins): from the working folder on (`content/articles/…`) when it lies below it.
 */
export function projectPath(path: string, root = process.cwd()): string {
  const prefix = root.endsWith('/') ? root : `${root}/`;
  return path.startsWith(prefix) ? path.slice(prefix.length) : path;
}
