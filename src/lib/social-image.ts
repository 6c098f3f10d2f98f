/**
 * The social image of an article (Open Graph / Twitter card): a 1200×630 PNG
 * with the site's masthead, the headline, the byline and the dateline, drawn
 * like the site's pages (paper, ink, one dark red accent, Source Serif 4).
 *
 * Pure rendering, no Astro: satori lays out a plain element tree and turns the
 * text into SVG paths, resvg rasterizes the SVG, sharp encodes the PNG. Fonts come from the
 * `@fontsource/source-serif-4` files on disk; nothing is fetched. The caching
 * layer is `social-image-cache.ts`, keyed by `socialImageKey`; a build draws the
 * cards it lacks on every core with `social-image-pool.ts`, each worker thread
 * loading this module (and the fonts) once.
 */
import { createHash } from 'node:crypto';
import { readFile } from 'node:fs/promises';
import { createRequire } from 'node:module';
import { fileURLToPath } from 'node:url';
import { Resvg } from '@resvg/resvg-js';
import type { Font } from 'satori';
import { installedVersion } from './code-digest.ts';

/** What the image shows. Plain text: satori draws text, it does not parse HTML. */
export interface SocialImageContent {
  /** The article title. */
  headline: string;
  /** Ready to print: `By Sabina Mammadli`. */
  byline: string;
  /** Ready to print: `27 July 2022 12:30 (UTC+04:00)`. */
  dateline: string;
  /** The masthead: `The Dispatch`. */
  siteName: string;
}

export const SOCIAL_IMAGE = { width: 1200, height: 630 } as const;

/**
 * Bump when the design or the rendering changes in a way that changes pixels:
 * it is part of `socialImageKey`, so every cached image is then re-rendered.
 */
const RENDERER_VERSION = 2;

const require = createRequire(import.meta.url);

const FONT_FAMILY = 'Source Serif 4';
const FONT_PACKAGE = '@fontsource/source-serif-4';
/** Every subset the package ships, so Azerbaijani, Turkish, Cyrillic, Greek and Vietnamese text has glyphs. */
const FONT_SUBSETS = ['latin', 'latin-ext', 'cyrillic', 'cyrillic-ext', 'greek', 'vietnamese'] as const;
const FONT_WEIGHTS = [400, 700] as const;

/**
 * Satori keeps one font per family, weight and style, so each subset file gets
 * a family of its own and the style lists them all: a glyph missing from the
 * Latin file is then looked up in the Latin Extended one (Azerbaijani `ə`,
 * `ğ`), the Cyrillic one, and so on.
 */
function subsetFamily(subset: (typeof FONT_SUBSETS)[number]): string {
  return `${FONT_FAMILY} ${subset}`;
}
const FONT_STACK = FONT_SUBSETS.map((subset) => `'${subsetFamily(subset)}'`).join(', ');

const COLORS = {
  paper: '#fdfcf9',
  ink: '#1a1a1a',
  muted: '#595959',
  rule: '#d9d4c7',
  accent: '#8b1a1a',
} as const;

/** Versions of what draws the pixels besides our own code: a change re-renders every image. */
const DEPENDENCY_VERSIONS: Readonly<Record<string, string>> = Object.fromEntries(
  [FONT_PACKAGE, 'satori', '@resvg/resvg-js', 'sharp'].map((name) => [
    name,
    installedVersion(fileURLToPath(new URL('.', import.meta.url)), name),
  ]),
);

/**
 * Font bytes, read from disk once per process on first use. Memoized at module
 * level on purpose: the files are immutable for the life of the process, and
 * passing the same array to satori on every call also lets satori reuse its
 * parsed fonts. If reading fails the promise is dropped so a later call retries.
 */
let fontsPromise: Promise<Font[]> | undefined;

function loadFonts(): Promise<Font[]> {
  fontsPromise ??= Promise.all(
    FONT_WEIGHTS.flatMap((weight) =>
      FONT_SUBSETS.map(async (subset): Promise<Font> => {
        const file = require.resolve(`${FONT_PACKAGE}/files/source-serif-4-${subset}-${weight}-normal.woff`);
        return { name: subsetFamily(subset), data: await readFile(file), weight, style: 'normal' };
      }),
    ),
  ).catch((error: unknown) => {
    fontsPromise = undefined;
    throw error;
  });
  return fontsPromise;
}

/**
 * Satori asks for fonts for characters none of ours cover (CJK, Arabic,
 * emoji…). Nothing may be fetched at build time, so there is nothing to add:
 * those characters are drawn as the font's empty-box glyph and the render
 * still succeeds (satori would do the same without a handler; this one makes
 * the no-network choice explicit).
 */
async function noAdditionalAsset(): Promise<Font[]> {
  return [];
}

/* ---------------------------------------------------------------- layout */

const PAD_X = 72;
const ACCENT_BAND = 14;
/** Height left for the headline between masthead and footer (see the layout below). */
const HEADLINE_BOX = 318;
const HEADLINE_LINE_HEIGHT = 1.12;

/** Longer headline, smaller type: [up to this many characters, font size in px]. */
const HEADLINE_SIZES: ReadonlyArray<readonly [number, number]> = [
  [50, 76],
  [80, 68],
  [115, 60],
  [160, 52],
  [210, 48],
];
const SMALLEST_HEADLINE = 44;

/** Width of the text column. */
const CONTENT_WIDTH = SOCIAL_IMAGE.width - 2 * PAD_X;
/** Average advance of a character of bold Source Serif 4, in em (measured on English headlines). */
const AVERAGE_CHAR_EM = 0.5;

/**
 * Font size and line limit for a headline of this length (the limit keeps it
 * inside its box), and whether it probably fits in that many lines: a rough
 * estimate, only used to choose balanced lines; the clamp is what guarantees
 * nothing overflows.
 */
export function headlineType(headline: string): { fontSize: number; maxLines: number; fits: boolean } {
  const length = [...headline].length;
  const fontSize = HEADLINE_SIZES.find(([upTo]) => length <= upTo)?.[1] ?? SMALLEST_HEADLINE;
  const maxLines = Math.max(1, Math.floor(HEADLINE_BOX / (fontSize * HEADLINE_LINE_HEIGHT)));
  const charsPerLine = CONTENT_WIDTH / (fontSize * AVERAGE_CHAR_EM);
  const fits = length <= maxLines * charsPerLine * 0.8;
  return { fontSize, maxLines, fits };
}

/** Runs of white space (new lines included) become one space: one headline, one byline. */
function oneLine(text: string): string {
  return text.replace(/\s+/g, ' ').trim();
}

/** A satori element, written out by hand (no JSX in this project). */
interface Node {
  type: string;
  props: { style?: Record<string, string | number>; children?: Node | string | Array<Node | string> };
}

function el(style: Record<string, string | number>, children?: Node['props']['children']): Node {
  return { type: 'div', props: children === undefined ? { style } : { style, children } };
}

function tree(content: SocialImageContent): Node {
  const headline = oneLine(content.headline);
  const { fontSize, maxLines, fits } = headlineType(headline);
  const singleLine = { whiteSpace: 'nowrap', overflow: 'hidden', textOverflow: 'ellipsis' } as const;

  // Rules and bands are filled boxes, not CSS borders: satori draws a border as a stroke inside
  // a clip path and a mask, and resvg renders each of those as a layer of its own.
  const rule = (height: number, color: string, marginTop = 0) =>
    el({ display: 'flex', height, marginTop, backgroundColor: color });
  return el(
    {
      width: SOCIAL_IMAGE.width,
      height: SOCIAL_IMAGE.height,
      display: 'flex',
      flexDirection: 'column',
      backgroundColor: COLORS.paper,
      color: COLORS.ink,
      fontFamily: FONT_STACK,
    },
    [
      rule(ACCENT_BAND, COLORS.accent),
      el({ display: 'flex', flexGrow: 1, flexDirection: 'column', paddingLeft: PAD_X, paddingRight: PAD_X }, [
        // Masthead: the site name over a newspaper's thick-and-thin double rule.
        el(
          {
            display: 'flex',
            flexDirection: 'column',
            paddingTop: 34,
            paddingBottom: 8,
          },
          [
            el(
              {
                display: 'block',
                fontSize: 40,
                fontWeight: 700,
                letterSpacing: '-0.01em',
                lineHeight: 1.1,
                ...singleLine,
              },
              oneLine(content.siteName),
            ),
          ],
        ),
        rule(4, COLORS.ink),
        rule(1, COLORS.ink, 3),
        // Headline: sized by its length, clamped with an ellipsis so it never overflows.
        el({ display: 'flex', flexGrow: 1, flexDirection: 'column', justifyContent: 'center' }, [
          el(
            {
              display: 'block',
              fontSize,
              fontWeight: 700,
              lineHeight: HEADLINE_LINE_HEIGHT,
              letterSpacing: '-0.015em',
              lineClamp: maxLines,
              // Balanced lines read best, but balancing a clamped headline narrows every line.
              textWrap: fits ? 'balance' : 'wrap',
              maxHeight: Math.ceil(maxLines * fontSize * HEADLINE_LINE_HEIGHT) + 2,
              overflow: 'hidden',
            },
            headline,
          ),
        ]),
        // Footer: byline left, dateline right, over a short accent rule.
        el(
          {
            display: 'flex',
            flexDirection: 'column',
            paddingBottom: 44,
          },
          [
            el({ display: 'flex', width: 96, height: 5, backgroundColor: COLORS.accent, marginBottom: 18 }),
            el(
              {
                display: 'flex',
                alignItems: 'baseline',
                justifyContent: 'space-between',
                fontSize: 27,
                lineHeight: 1.3,
              },
              [
                el(
                  { display: 'block', flexShrink: 1, minWidth: 0, fontWeight: 700, marginRight: 32, ...singleLine },
                  oneLine(content.byline),
                ),
                el({ display: 'flex', flexShrink: 0, color: COLORS.muted }, oneLine(content.dateline)),
              ],
            ),
          ],
        ),
      ]),
    ],
  );
}

/** The card as SVG: satori's layout, every glyph already a path. */
async function socialImageSvg(content: SocialImageContent): Promise<string> {
  // Loaded on the first card drawn (~0.1 s): a build whose cards all come from the cache never needs it.
  const { default: satori } = await import('satori');
  return satori(tree(content), {
    width: SOCIAL_IMAGE.width,
    height: SOCIAL_IMAGE.height,
    fonts: await loadFonts(),
    loadAdditionalAsset: noAdditionalAsset,
  });
}

/** How resvg rasterizes the SVG: at its own size, without system fonts. */
const RESVG_OPTIONS = {
  fitTo: { mode: 'width', value: SOCIAL_IMAGE.width },
  // satori has already turned every glyph into a path: resvg needs no fonts.
  font: { loadSystemFonts: false },
  logLevel: 'off',
} as const;

/**
 * The card drawn, not yet encoded (satori ~14 ms, resvg ~18 ms a card): 8-bit RGBA, row by row,
 * `SOCIAL_IMAGE.width` × `SOCIAL_IMAGE.height`.
 */
async function drawSocialImage(content: SocialImageContent): Promise<Uint8Array> {
  const pixels = new Resvg(await socialImageSvg(content), RESVG_OPTIONS).render().pixels;
  return new Uint8Array(pixels.buffer, pixels.byteOffset, pixels.byteLength);
}

/**
 * How the PNG is encoded. The card is opaque, so RGB; zlib level 6 without per-row adaptive
 * filtering. Measured on 40 cards (1200×630): 8.4 ms and 41 KB a card, against resvg's own
 * encoder at 19.8 ms and 55 KB (level 9 took 25.5 ms for 33 KB, a 16-colour palette 22.5 ms).
 */
const PNG_OPTIONS = { compressionLevel: 6, adaptiveFiltering: false } as const;

/** The PNG of drawn pixels; sharp is imported on first use, so a build that draws no card never loads it. */
async function encodeSocialImage(pixels: Uint8Array): Promise<Uint8Array> {
  const { default: sharp } = await import('sharp');
  const png = await sharp(pixels, { raw: { width: SOCIAL_IMAGE.width, height: SOCIAL_IMAGE.height, channels: 4 } })
    .removeAlpha()
    .png(PNG_OPTIONS)
    .toBuffer();
  return new Uint8Array(png.buffer, png.byteOffset, png.byteLength);
}

/** The article's social image as PNG bytes, 1200×630. */
export async function renderSocialImage(content: SocialImageContent): Promise<Uint8Array> {
  return encodeSocialImage(await drawSocialImage(content));
}

/**
 * A stable hex key for everything that decides the pixels: the content, the
 * size, `RENDERER_VERSION`, and the versions of the font, satori and resvg.
 * Equal keys mean identical images, so a cached PNG can stand in for a render.
 */
export function socialImageKey(content: SocialImageContent): string {
  const input = {
    renderer: RENDERER_VERSION,
    size: [SOCIAL_IMAGE.width, SOCIAL_IMAGE.height],
    dependencies: DEPENDENCY_VERSIONS,
    content: {
      headline: content.headline,
      byline: content.byline,
      dateline: content.dateline,
      siteName: content.siteName,
    },
  };
  return createHash('sha256').update(JSON.stringify(input)).digest('hex');
}
