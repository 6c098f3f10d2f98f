/**
 * Reader aids of an article (timeline, key figures, quotes, places), derived from
 * its paragraphs and publication clock by `lib/aids/`, cached on disk by a hash
 * of those inputs and of the derivation code itself, then corrected by the
 * editor's `aids` frontmatter.
 */
import { join } from 'node:path';
import figuresSource from '../lib/aids/figures.ts?raw';
import indexSource from '../lib/aids/index.ts?raw';
import placesSource from '../lib/aids/places.ts?raw';
import quotesSource from '../lib/aids/quotes.ts?raw';
import timelineSource from '../lib/aids/timeline.ts?raw';
import typesSource from '../lib/aids/types.ts?raw';
import { AidOverrideError, applyAidOverrides, deriveReaderAids, type AidOverrides, type ArticleClock, type Paragraph, type ReaderAids } from '../lib/aids/index.ts';
import { cachedJson, jsonCacheKey } from '../lib/json-cache.ts';

/** Any change to the derivations changes every key, so a rebuild never shows stale aids. */
const CODE_VERSION = jsonCacheKey(figuresSource, indexSource, placesSource, quotesSource, timelineSource, typesSource);
const CACHE_DIR = process.env.READER_AIDS_CACHE_DIR || join(process.cwd(), 'node_modules/.cache/reader-aids');

export function readerAids(filePath: string, paragraphs: Paragraph[], clock: ArticleClock, overrides: AidOverrides | undefined): ReaderAids {
  const { value } = cachedJson(CACHE_DIR, jsonCacheKey(CODE_VERSION, paragraphs, clock), () => deriveReaderAids(paragraphs, clock));
  try {
    return applyAidOverrides(value, overrides);
  } catch (error) {
    if (error instanceof AidOverrideError) throw new Error(`Invalid frontmatter in ${filePath}:\n  aids: ${error.message}`);
    throw error;
  }
}
