/**
 * Lead images and body images in a real build: the seed's lead image as an astro:assets
 * `<picture>` (AVIF, WebP, a JPEG fallback, 320–1440 px), width and height on every `<img>` of the
 * site, the crops that sharing uses (read from the written files), body images as figures with
 * captions, the feeds' pictures; and every bad lead image failing the build, naming the file and
 * the field, with no dist/.
 */
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { type HTMLElement, parse } from 'node-html-parser';
import sharp from 'sharp';
import { beforeAll, describe, expect, it } from 'vitest';
import { site } from '../../src/site.config.ts';
import { buildProject, makeProject, projectArticles } from '../support/astro.ts';

const SEED_PAGE = '2022/07/27/azerbaijani-serviceman-injured-in-landmine-blast-in-kalbajar/index.html';
const BODY_PAGE = '2022/07/28/clearance-photos/index.html';

const good = `title: Mine clearance resumes near Jamilli
date: 2022-07-28T09:00:00+04:00
timezone: Asia/Baku
author: Sabina Mammadli`;

const withBodyImages = `---
${good}
slug: clearance-photos
---

Deminers returned to the village on Thursday.

![Deminers walking a cleared path](./cleared-path.jpg "The cleared path, marked with white stones")

![A marker stone](./marker.png)

The work goes on.
`;

const picture = (width: number, height: number, format: 'jpeg' | 'png' = 'jpeg') => {
  const image = sharp({ create: { width, height, channels: 3, background: '#5a7d4f' } });
  return (format === 'png' ? image.png() : image.jpeg({ quality: 50 })).toBuffer();
};

let dist = '';
let output = '';
const page = (path: string) => parse(readFileSync(join(dist, path), 'utf8'));
/** A file of the built site from its absolute URL. */
const fileOf = (url: string) => join(dist, new URL(url).pathname);
const dimensions = async (url: string) => {
  expect(url.startsWith(`${site.url}/`), url).toBe(true);
  const { width, height, format } = await sharp(fileOf(url)).metadata();
  return { width, height, format };
};

beforeAll(async () => {
  const root = makeProject('lead-images', {
    // The seed brings its lead image (makeProject).
    ...projectArticles(),
    'photos/clearance-photos.md': withBodyImages,
    'photos/cleared-path.jpg': await picture(1600, 900),
    'photos/marker.png': await picture(400, 300, 'png'),
  });
  const build = buildProject(root);
  output = build.output;
  expect(build.status, build.output).toBe(0);
  dist = join(root, 'dist');
}, 300_000);

describe('the lead image of the seed', () => {
  let figure: HTMLElement;
  beforeAll(() => {
    figure = page(SEED_PAGE).querySelector('main article figure.lead-image')!;
  });

  it('is a picture with AVIF and WebP sources and a JPEG fallback, 320 to 1440 px wide', () => {
    expect(figure, 'a lead figure').toBeTruthy();
    const sources = figure.querySelectorAll('picture > source');
    expect(sources.map((s) => s.getAttribute('type'))).toEqual(['image/avif', 'image/webp']);
    const img = figure.querySelector('picture > img')!;
    expect(img.getAttribute('src')).toMatch(/\/_astro\/[^"]+\.jpg$/);
    for (const element of [...sources, img]) {
      const widths = (element.getAttribute('srcset') ?? '')
        .split(',')
        .map((candidate) => Number(candidate.trim().split(' ')[1]?.replace('w', '')));
      expect(Math.min(...widths), element.toString()).toBeLessThanOrEqual(320);
      expect(Math.max(...widths), element.toString()).toBeGreaterThanOrEqual(1440);
      expect(element.getAttribute('sizes')).toBeTruthy();
    }
    // The picture's own shape (2400×1350, 16:9), so the space is kept before it loads.
    expect(img.getAttribute('width')).toBe('1440');
    expect(img.getAttribute('height')).toBe('810');
    expect(img.getAttribute('alt')).toMatch(/^Illustrated map of Kalbajar District/);
  });

  it('is fetched first, not lazily', () => {
    const img = figure.querySelector('img')!;
    expect(img.getAttribute('fetchpriority')).toBe('high');
    expect(img.getAttribute('loading')).toBe('eager');
  });

  it('has its caption and credit, the credit not called a photo', () => {
    const caption = figure.querySelector('figcaption')!.textContent.replace(/\s+/g, ' ').trim();
    expect(caption).toBe(
      'Kalbajar District, with the village of Jamilli, where the serviceman was injured, south-west of the town of Kalbajar. Not to scale. Illustration: The Dispatch',
    );
  });

  it('is shared as a 1200×630 crop in og:image and twitter:image', async () => {
    const doc = page(SEED_PAGE);
    const og = doc.querySelector('meta[property="og:image"]')!.getAttribute('content')!;
    expect(doc.querySelector('meta[name="twitter:image"]')!.getAttribute('content')).toBe(og);
    expect(doc.querySelector('meta[property="og:image:width"]')!.getAttribute('content')).toBe('1200');
    expect(doc.querySelector('meta[property="og:image:height"]')!.getAttribute('content')).toBe('630');
    expect(doc.querySelector('meta[property="og:image:type"]')!.getAttribute('content')).toBe('image/jpeg');
    expect(await dimensions(og)).toEqual({ width: 1200, height: 630, format: 'jpeg' });
  });

  it('lists 16:9, 4:3 and 1:1 crops, each 1200 px wide, in JSON-LD', async () => {
    const script = page(SEED_PAGE).querySelector('script[type="application/ld+json"]')!;
    const { image } = JSON.parse(script.textContent) as { image: string[] };
    expect(image).toHaveLength(3);
    const sizes = await Promise.all(image.map(dimensions));
    expect(sizes.map(({ width, height }) => [width, height])).toEqual([
      [1200, 675],
      [1200, 900],
      [1200, 1200],
    ]);
  });

  it('goes with the article in the feeds, as an absolute URL', () => {
    const og = page(SEED_PAGE).querySelector('meta[property="og:image"]')!.getAttribute('content')!;
    const rss = readFileSync(join(dist, 'rss.xml'), 'utf8');
    expect(rss).toContain('xmlns:media="http://search.yahoo.com/mrss/"');
    expect(rss).toContain(`<media:content url="${og}" type="image/jpeg" medium="image" width="1200" height="630">`);
    expect(readFileSync(join(dist, 'atom.xml'), 'utf8')).toContain(
      `<link rel="enclosure" type="image/jpeg" href="${og}"`,
    );
    const json = JSON.parse(readFileSync(join(dist, 'feed.json'), 'utf8')) as {
      items: { url: string; image?: string }[];
    };
    expect(json.items.find((item) => item.url.includes('kalbajar'))?.image).toBe(og);
    // An article without a lead image has none.
    expect(json.items.find((item) => item.url.includes('clearance-photos'))?.image).toBeUndefined();
  });
});

describe('an article without a lead image', () => {
  it('keeps its generated social card', () => {
    const doc = page(BODY_PAGE);
    expect(doc.querySelector('meta[property="og:image"]')!.getAttribute('content')).toBe(
      `${site.url}/2022/07/28/clearance-photos/social.png`,
    );
    expect(doc.querySelector('figure.lead-image')).toBeNull();
  });
});

describe('images in the body', () => {
  it('become figures, the Markdown title their caption, optimized and lazy', () => {
    const figures = page(BODY_PAGE).querySelectorAll('.article-body figure.body-image');
    expect(figures).toHaveLength(2);
    const [captioned, bare] = figures as [HTMLElement, HTMLElement];
    expect(captioned.querySelector('figcaption')?.textContent).toBe('The cleared path, marked with white stones');
    const img = captioned.querySelector('img')!;
    expect(img.getAttribute('src')).toMatch(/^\/_astro\/cleared-path\.[^"]+\.webp$/);
    expect(img.getAttribute('srcset')).toMatch(/ 320w, .* 1280w$/);
    expect(img.getAttribute('sizes')).toBeTruthy();
    expect(img.getAttribute('alt')).toBe('Deminers walking a cleared path');
    expect(img.getAttribute('title')).toBeUndefined();
    expect([img.getAttribute('width'), img.getAttribute('height'), img.getAttribute('loading')]).toEqual([
      '1600',
      '900',
      'lazy',
    ]);
    // Without a title, a figure without a caption; a picture narrower than the srcset keeps its own width.
    expect(bare.querySelector('figcaption')).toBeNull();
    expect(bare.querySelector('img')!.getAttribute('width')).toBe('400');
  });

  it('reach the feeds as the page shows them, with absolute URLs', () => {
    const json = JSON.parse(readFileSync(join(dist, 'feed.json'), 'utf8')) as {
      items: { url: string; content_html: string }[];
    };
    const html = json.items.find((item) => item.url.includes('clearance-photos'))!.content_html;
    expect(html).not.toContain('__ASTRO_IMAGE_');
    const src = page(BODY_PAGE).querySelector('figure.body-image img')!.getAttribute('src')!;
    expect(html).toContain(`src="${site.url}${src}"`);
    expect(html).toContain('<figcaption>The cleared path, marked with white stones</figcaption>');
  });
});

describe('every image of the site', () => {
  it('has width and height, so nothing shifts as it loads', () => {
    const pages = readdirSync(dist, { recursive: true })
      .map(String)
      .filter((file) => file.endsWith('.html'));
    let images = 0;
    for (const file of pages) {
      for (const img of page(file).querySelectorAll('img')) {
        images++;
        expect(img.getAttribute('width'), `${file}: ${img.toString()}`).toMatch(/^\d+$/);
        expect(img.getAttribute('height'), `${file}: ${img.toString()}`).toMatch(/^\d+$/);
      }
    }
    expect(images).toBeGreaterThan(3);
    expect(output).not.toMatch(/\[WARN\].*image/i);
  });
});

describe('a bad lead image fails the build, naming the file and the field', () => {
  const article = (image: string) =>
    `---\n${good}\nimage:\n${image}\n---\n\nDeminers returned to the village on Thursday.\n`;
  const cases: [name: string, files: () => Promise<Record<string, string | Uint8Array>>, message: RegExp][] = [
    [
      'a missing file',
      async () => ({ 'deep/bad.md': article('  src: ./gone.jpg\n  alt: A field') }),
      /image\.src: no file "\.\/gone\.jpg" beside the article/,
    ],
    [
      'no alt',
      async () => ({ 'deep/bad.md': article('  src: ./wide.jpg'), 'deep/wide.jpg': await picture(1600, 900) }),
      /image\.alt: required: alt text/,
    ],
    [
      'an empty alt',
      async () => ({
        'deep/bad.md': article('  src: ./wide.jpg\n  alt: ""'),
        'deep/wide.jpg': await picture(1600, 900),
      }),
      /image\.alt: expected alt text/,
    ],
    [
      'under 1200 px wide',
      async () => ({
        'deep/bad.md': article('  src: ./narrow.jpg\n  alt: A field'),
        'deep/narrow.jpg': await picture(1000, 600),
      }),
      /image\.src: "\.\/narrow\.jpg" is 1000 px wide: a lead image must be at least 1200 px wide/,
    ],
    [
      'a remote URL',
      async () => ({ 'deep/bad.md': article('  src: https://photos.example.com/field.jpg\n  alt: A field') }),
      /image\.src: "https:\/\/photos\.example\.com\/field\.jpg" is a remote URL: nothing is fetched at build time/,
    ],
  ];

  it.each(cases)('%s', async (name, files, message) => {
    const root = makeProject(`lead-image-${name.replace(/\W+/g, '-')}`, {
      'ok/good.md': `---\n${good}\nslug: good\n---\n\nText.\n`,
      ...(await files()),
    });
    const { status, output } = buildProject(root);
    expect(status, output).not.toBe(0);
    expect(output).toContain('Invalid frontmatter in content/articles/deep/bad.md');
    expect(output).toMatch(message);
    expect(existsSync(join(root, 'dist')), 'no half-built site').toBe(false);
  });
});
