/** Lead images as plain data: credit lines, sharing crops, and the checks on the file. */
import { mkdirSync, mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { articleSchema } from '../../src/lib/article-schema.ts';
import {
  CARD_CROP,
  creditLine,
  cropSize,
  leadImageFileProblem,
  structuredDataCrops,
} from '../../src/lib/lead-image.ts';

describe('creditLine', () => {
  it.each([
    ['AP', 'Photo: AP'],
    ['Aziz Karimov/AFP', 'Photo: Aziz Karimov/AFP'],
    ['Illustration: The Dispatch', 'Illustration: The Dispatch'],
    ['Photo: Reuters', 'Photo: Reuters'],
    ['Satellite image: Copernicus', 'Satellite image: Copernicus'],
    ['Reuters, 12:30 local time', 'Photo: Reuters, 12:30 local time'],
  ])('%j → %j', (credit, line) => {
    expect(creditLine(credit)).toBe(line);
  });
});

describe('crops', () => {
  it('are 1200 px wide in the three ratios when the picture is large enough', () => {
    expect(structuredDataCrops({ width: 2400, height: 1350 })).toEqual([
      { width: 1200, height: 675 },
      { width: 1200, height: 900 },
      { width: 1200, height: 1200 },
    ]);
    expect(cropSize({ width: 2400, height: 1350 }, [CARD_CROP.width, CARD_CROP.height], CARD_CROP.width)).toEqual(
      CARD_CROP,
    );
  });

  it('are narrower rather than enlarged when the picture is short', () => {
    expect(structuredDataCrops({ width: 1600, height: 900 })).toEqual([
      { width: 1200, height: 675 },
      { width: 1200, height: 900 },
      { width: 900, height: 900 },
    ]);
  });
});

describe('leadImageFileProblem', () => {
  const dir = mkdtempSync(join(tmpdir(), 'lead-image-'));
  const article = join(dir, '2022', 'story.md');
  mkdirSync(join(dir, '2022'));
  writeFileSync(join(dir, '2022', 'photo.jpg'), 'bytes');
  writeFileSync(join(dir, '2022', 'notes.txt'), 'text');
  const size = (width: number) => async () => ({ width, height: 900 });

  it('accepts a file beside the article at least 1200 px wide', async () => {
    expect(await leadImageFileProblem('./photo.jpg', article, size(1200))).toBeUndefined();
  });

  it('names a missing file', async () => {
    expect(await leadImageFileProblem('./gone.jpg', article, size(2000))).toMatch(
      /^no file "\.\/gone\.jpg" beside the article/,
    );
  });

  it('refuses a file that is not a picture', async () => {
    expect(await leadImageFileProblem('./notes.txt', article, size(2000))).toMatch(
      /"\.\/notes\.txt" is not a picture the site can resize/,
    );
  });

  it('refuses a picture under 1200 px wide, saying its width', async () => {
    expect(await leadImageFileProblem('./photo.jpg', article, size(1199))).toMatch(
      /"\.\/photo\.jpg" is 1199 px wide: a lead image must be at least 1200 px wide/,
    );
  });

  it('refuses what cannot be read', async () => {
    expect(
      await leadImageFileProblem('./photo.jpg', article, async () => {
        throw new Error('bad');
      }),
    ).toBe('"./photo.jpg" is not a readable image');
  });
});

describe('the image field of the plain schema', () => {
  const valid = {
    title: 'A story',
    date: '2022-07-27T12:30:00+04:00',
    timezone: 'Asia/Baku',
    author: 'Sabina Mammadli',
  };
  const issues = (image: unknown) => {
    const result = articleSchema.safeParse({ ...valid, image });
    return result.success ? undefined : result.error.issues.map((i) => `${i.path.join('.')}: ${i.message}`).join(' | ');
  };

  it('keeps src as written, with alt, caption and credit', () => {
    const image = {
      src: ' ./kalbajar.jpg',
      alt: 'A map',
      caption: 'The district',
      credit: 'Illustration: The Dispatch',
    };
    expect(articleSchema.parse({ ...valid, image }).image).toEqual({ ...image, src: './kalbajar.jpg' });
    expect(articleSchema.parse(valid).image).toBeUndefined();
  });

  it.each([
    [
      'no alt',
      { src: './a.jpg' },
      'image.alt: required: alt text: what the picture shows, for readers who cannot see it',
    ],
    [
      'an empty alt',
      { src: './a.jpg', alt: ' ' },
      'image.alt: expected alt text: what the picture shows, for readers who cannot see it',
    ],
    [
      'no src',
      { alt: 'x' },
      'image.src: required: the path of an image file beside the article, such as "./kalbajar.jpg"',
    ],
    [
      'a remote URL',
      { src: 'https://photos.example.com/a.jpg', alt: 'x' },
      'image.src: "https://photos.example.com/a.jpg" is a remote URL: nothing is fetched at build time; copy the image beside the article and write its file name, such as "./kalbajar.jpg"',
    ],
    [
      'a protocol-relative URL',
      { src: '//photos.example.com/a.jpg', alt: 'x' },
      'image.src: "//photos.example.com/a.jpg" is a remote URL: nothing is fetched at build time; copy the image beside the article and write its file name, such as "./kalbajar.jpg"',
    ],
    [
      'a data: URL',
      { src: 'data:image/png;base64,AAAA', alt: 'x' },
      'image.src: "data:image/png;base64,AAAA" is a remote URL: nothing is fetched at build time; copy the image beside the article and write its file name, such as "./kalbajar.jpg"',
    ],
    [
      'a path from the root',
      { src: '/images/a.jpg', alt: 'x' },
      'image.src: "/images/a.jpg" is not relative to the article: expected the path of an image file beside the article, such as "./kalbajar.jpg"',
    ],
    [
      'an unknown field',
      { src: './a.jpg', alt: 'x', photographer: 'y' },
      'image: unknown field "photographer": an image has src, alt, caption, credit',
    ],
    ['a string', './a.jpg', 'image: expected { src: ./file.jpg, alt: …, caption: …, credit: … }'],
  ])('refuses %s', (_name, image, message) => {
    expect(issues(image)).toBe(message);
  });
});
