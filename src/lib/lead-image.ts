/**
 * Lead images as plain data: what the file beside the article must be, how a credit reads, and the
 * crops sharing asks for. The Astro side (`src/data/lead-images.ts`, `components/LeadImage.astro`)
 * makes the files; the loader checks the file with `leadImageFileProblem`.
 */
import { existsSync, statSync } from 'node:fs';
import { dirname, resolve } from 'node:path';
import { RESIZABLE_IMAGE_EXTENSIONS } from './content-files.ts';

/** A lead image is at least this wide, so every sharing crop can be 1200 px wide. */
const LEAD_IMAGE_MIN_WIDTH = 1200;

/**
 * `credit` as shown: "Photo: …" unless it already names its kind, a word or two and a colon at its
 * start ("Illustration: The Dispatch", "Map: OpenStreetMap", "Photo: AP").
 */
export function creditLine(credit: string): string {
  return /^\p{L}[\p{L}\p{M}'’ -]{0,30}:\s/u.test(credit) ? credit : `Photo: ${credit}`;
}

/** A crop for sharing: its pixel size and the ratio it keeps. */
export interface Crop {
  width: number;
  height: number;
}

/** The Open Graph / Twitter card: 1200×630, what Facebook, X and LinkedIn show large. */
export const CARD_CROP: Crop = { width: 1200, height: 630 };

/** The aspect ratios Google asks for in a NewsArticle's `image`: 16:9, 4:3 and 1:1. */
const STRUCTURED_DATA_RATIOS = [
  [16, 9],
  [4, 3],
  [1, 1],
] as const;

/** Width of every crop of `STRUCTURED_DATA_RATIOS` (Google: at least 1200 px wide). */
const STRUCTURED_DATA_WIDTH = 1200;

/**
 * The size of a crop of ratio `ratioWidth:ratioHeight`, `width` wide, cut from a `source` picture:
 * narrower when the picture has too few pixels for it, since the image service never enlarges.
 */
export function cropSize(
  source: { width: number; height: number },
  [ratioWidth, ratioHeight]: readonly [number, number],
  width: number,
): Crop {
  const fits = Math.min(source.width, (source.height * ratioWidth) / ratioHeight);
  const w = Math.floor(Math.min(width, fits));
  return { width: w, height: Math.round((w * ratioHeight) / ratioWidth) };
}

/** The 1200 px crops listed in JSON-LD: 16:9, 4:3, 1:1. */
export function structuredDataCrops(source: { width: number; height: number }): Crop[] {
  return STRUCTURED_DATA_RATIOS.map((ratio) => cropSize(source, ratio, STRUCTURED_DATA_WIDTH));
}

/** Image dimensions as the image library reads them. */
export type ReadDimensions = (file: string) => Promise<{ width?: number; height?: number }>;

/**
 * What is wrong with the lead image `src` of the article `articleFile` (absolute path), or
 * `undefined`: a file that is not there, not an image Astro reads, or narrower than
 * `LEAD_IMAGE_MIN_WIDTH`. Messages are for editors.
 */
export async function leadImageFileProblem(
  src: string,
  articleFile: string,
  readDimensions: ReadDimensions,
): Promise<string | undefined> {
  const file = resolve(dirname(articleFile), src);
  if (!existsSync(file) || !statSync(file).isFile()) {
    return `no file "${src}" beside the article: put the image in the article's folder and write its file name, such as "./kalbajar.jpg"`;
  }
  const extension = file.slice(file.lastIndexOf('.')).toLowerCase();
  if (!(RESIZABLE_IMAGE_EXTENSIONS as readonly string[]).includes(extension)) {
    return `"${src}" is not a picture the site can resize: expected ${RESIZABLE_IMAGE_EXTENSIONS.join(', ')}`;
  }
  let width: number | undefined;
  try {
    ({ width } = await readDimensions(file));
  } catch {
    width = undefined;
  }
  if (width === undefined) return `"${src}" is not a readable image`;
  if (width < LEAD_IMAGE_MIN_WIDTH) {
    return `"${src}" is ${width} px wide: a lead image must be at least ${LEAD_IMAGE_MIN_WIDTH} px wide (sharing crops are 1200 px wide); use a larger version of the picture`;
  }
  return undefined;
}
