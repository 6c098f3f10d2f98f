/**
 * Social images cached on disk by `socialImageKey`: a rebuild renders only the
 * articles whose image would change (headline, byline, dateline, site name,
 * design or font), and takes every other PNG from the cache: read back (`cachedSocialImage`), or
 * linked into the built site (`placeSocialImage`).
 */
import { randomBytes } from 'node:crypto';
import { existsSync } from 'node:fs';
import { mkdir, readFile, rename, rm, writeFile } from 'node:fs/promises';
import path from 'node:path';
import { linkOrCopy } from './cached-files.ts';
import { renderSocialImage, type SocialImageContent, socialImageKey } from './social-image.ts';

interface SocialImageCacheOptions {
  /** Folder of `<key>.png` files; created when missing. */
  cacheDir: string;
  /** What draws an image that is not in the cache: `renderSocialImage` unless given (a `social-image-pool.ts` renderer). */
  render?: (content: SocialImageContent) => Promise<Uint8Array>;
}

interface CachedSocialImage {
  png: Uint8Array;
  /** True when this call rendered the image, false when it came from the cache: callers count these. */
  rendered: boolean;
}

/**
 * Where builds keep the images between runs: under `node_modules/.cache`,
 * which git ignores, CI caches keep with `node_modules`, and a publisher's
 * machine keeps between builds.
 */
export function defaultSocialImageCacheDir(projectRoot: string): string {
  return path.join(projectRoot, 'node_modules', '.cache', 'social-images');
}

/** The cache a build uses: SOCIAL_IMAGE_CACHE_DIR when set (a CI cache, a test's own folder), else the default. */
export function socialImageCacheDir(
  projectRoot: string,
  env: Record<string, string | undefined> = process.env,
): string {
  return env.SOCIAL_IMAGE_CACHE_DIR || defaultSocialImageCacheDir(projectRoot);
}

const cacheFile = (content: SocialImageContent, cacheDir: string) =>
  path.join(cacheDir, `${socialImageKey(content)}.png`);

/** Whether the cache has the image for `content` (without reading it). */
export function isSocialImageCached(content: SocialImageContent, cacheDir: string): boolean {
  return existsSync(cacheFile(content, cacheDir));
}

/** The PNG for `content`: from `<cacheDir>/<key>.png` if there, else rendered and stored. */
export async function cachedSocialImage(
  content: SocialImageContent,
  { cacheDir, render = renderSocialImage }: SocialImageCacheOptions,
): Promise<CachedSocialImage> {
  const file = cacheFile(content, cacheDir);

  const cached = await readCached(file);
  if (cached) return { png: cached, rendered: false };

  const png = await render(content);
  await mkdir(cacheDir, { recursive: true });
  // Write beside the target then rename: a concurrent build or an interrupted
  // one never leaves a half-written PNG under the final name.
  const temp = `${file}.${process.pid}.${randomBytes(4).toString('hex')}.tmp`;
  try {
    await writeFile(temp, png);
    await rename(temp, file);
  } catch (error) {
    await rm(temp, { force: true });
    throw error;
  }
  return { png, rendered: true };
}

/**
 * Put the PNG for `content` at `target` (its folder must exist), rendering it into the cache first
 * when it is not there. The file is a hard link to the cached one, so no bytes are copied: 10,000
 * cards took 0.1 s linked against 2 to 6 s read and written. Where no link can be made (the cache
 * on another file system) it is copied. Sharing the file is safe because the cache never writes a
 * file in place: each arrives whole, by rename.
 */
export async function placeSocialImage(
  content: SocialImageContent,
  target: string,
  options: SocialImageCacheOptions,
): Promise<{ rendered: boolean }> {
  const file = cacheFile(content, options.cacheDir);
  try {
    linkOrCopy(file, target);
    return { rendered: false };
  } catch (error) {
    if ((error as NodeJS.ErrnoException).code !== 'ENOENT' || existsSync(file)) throw error;
  }
  const { rendered } = await cachedSocialImage(content, options);
  linkOrCopy(file, target);
  return { rendered };
}

/** The cached bytes, or undefined when the file is missing or obviously not a PNG. */
async function readCached(file: string): Promise<Uint8Array | undefined> {
  let bytes: Buffer;
  try {
    bytes = await readFile(file);
  } catch (error) {
    if ((error as NodeJS.ErrnoException).code === 'ENOENT') return undefined;
    throw error;
  }
  if (!isPng(bytes)) return undefined;
  return new Uint8Array(bytes.buffer, bytes.byteOffset, bytes.byteLength);
}

const PNG_SIGNATURE = [0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a];

function isPng(bytes: Uint8Array): boolean {
  return bytes.length > PNG_SIGNATURE.length && PNG_SIGNATURE.every((byte, i) => bytes[i] === byte);
}
