/**
 * Reader aids of an article (timeline, key figures, quotes, places), derived from
 * its paragraphs and publication clock by `lib/aids/`, cached on disk by a hash
 * of those inputs and of the derivation code itself, then corrected by the
 * editor's `aids` frontmatter.
 */
import { join } from 'node:path';
import {
  AidOverrideError,
  type AidSettings,
  type ArticleClock,
  aidsSkipReason,
  applyAidOverrides,
  deriveReaderAids,
  type Paragraph,
  type ReaderAids,
} from '../lib/aids/index.ts';
import { codeDigest } from '../lib/code-digest.ts';
import { cachedJson, jsonCacheKey } from '../lib/json-cache.ts';

/**
 * Any change to the derivations (every module they import, src/nlp/ included) or to the versions of
 * the libraries they use changes every key, so a rebuild never shows stale aids. Read from the
 * sources in the project folder the build runs in: the bundle has no module files to follow.
 */
const CODE_VERSION = codeDigest([join(process.cwd(), 'src/lib/aids/index.ts')], process.cwd());
const CACHE_DIR = process.env.READER_AIDS_CACHE_DIR || join(process.cwd(), 'node_modules/.cache/reader-aids');

export function readerAids(
  filePath: string,
  paragraphs: Paragraph[],
  clock: ArticleClock,
  settings: AidSettings | undefined,
): ReaderAids {
  const skipped = aidsSkipReason(paragraphs);
  if (skipped) console.warn(`${filePath}: ${skipped}; reader aids ("At a glance") skipped`);
  const { value } = cachedJson(CACHE_DIR, jsonCacheKey(CODE_VERSION, paragraphs, clock), () =>
    deriveReaderAids(paragraphs, clock),
  );
  try {
    return applyAidOverrides(value, settings);
  } catch (error) {
    if (error instanceof AidOverrideError)
      throw new Error(`Invalid frontmatter in ${filePath}:\n  aids: ${error.message}`);
    throw error;
  }
}
