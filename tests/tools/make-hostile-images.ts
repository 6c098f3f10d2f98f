/**
 * Writes the small pictures of the hostile-input cases about images
 * (tests/fixtures/hostile-inputs/<case>/articles/): flat-colour JPEGs, a few hundred bytes each,
 * at the sizes the cases need. Run once; the files are committed.
 *
 * Usage: node tests/tools/make-hostile-images.ts
 */
import { join, resolve } from 'node:path';
import sharp from 'sharp';

const CORPUS = resolve(import.meta.dirname, '../fixtures/hostile-inputs');

const pictures: [file: string, width: number, height: number, colour: string][] = [
  // Wide enough for a lead image: the case is about its missing alt text.
  ['lead-image-no-alt/articles/cleared-field.jpg', 1600, 900, '#5a7d4f'],
  // 800 px wide: under the 1200 px a lead image needs.
  ['lead-image-too-narrow/articles/narrow-field.jpg', 800, 450, '#7d6a4f'],
  // A body image with a caption: any size will do.
  ['body-image-caption/articles/cleared-path.jpg', 640, 360, '#4f6a7d'],
];

for (const [file, width, height, colour] of pictures) {
  const path = join(CORPUS, file);
  await sharp({ create: { width, height, channels: 3, background: colour } })
    .jpeg({ quality: 50, mozjpeg: true })
    .toFile(path);
  console.log(`${file}: ${width}×${height}`);
}
