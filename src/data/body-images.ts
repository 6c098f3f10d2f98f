/**
 * The article HTML the feeds carry, its body images resolved.
 *
 * Astro's Markdown step leaves each image beside the article as a placeholder attribute
 * (`<img __ASTRO_IMAGE_="{…}">`) in the stored HTML and fills it in only when the page renders
 * `<Content />`. The feeds read the stored HTML, so the same is done here: each placeholder becomes
 * the `img` astro:assets makes from the same options (`getImage`: the same file as the page's
 * `src`, width and height), and a picture that cannot be resolved keeps only its alt text.
 */
import { getImage } from 'astro:assets';
import { posix } from 'node:path';

// Every picture under the articles folder, as astro:assets imports it (metadata only).
const pictures = import.meta.glob<ImageMetadata>(
  '/content/articles/**/*.{jpg,jpeg,png,webp,avif,gif,tiff,JPG,JPEG,PNG,WEBP}',
  {
    eager: true,
    import: 'default',
  },
);

const PLACEHOLDER = /<img __ASTRO_IMAGE_="([^"]+)">/g;

const decode = (text: string) =>
  text
    .replace(/&(?:#x22|quot);/g, '"')
    .replace(/&(?:#x27|apos);/g, "'")
    .replace(/&(?:amp|#x26|#38);/g, '&');
const escapeAttribute = (text: string) => text.replace(/&/g, '&amp;').replace(/"/g, '&quot;').replace(/</g, '&lt;');

/** `html` of the article at `filePath` (relative to the project) with every placeholder resolved. */
export async function resolveBodyImages(html: string, filePath: string): Promise<string> {
  const found = [...html.matchAll(PLACEHOLDER)];
  if (found.length === 0) return html;
  const replacements = await Promise.all(
    found.map(async ([, json]) => {
      const {
        index: _index,
        widths: _widths,
        sizes: _sizes,
        src,
        ...attributes
      } = JSON.parse(decode(json!)) as Record<string, unknown> & { src: string };
      const picture = pictures[`/${posix.join(posix.dirname(filePath), src)}`];
      const alt = typeof attributes.alt === 'string' ? attributes.alt : '';
      if (!picture) return `<img alt="${escapeAttribute(alt)}">`;
      const image = await getImage({ ...attributes, src: picture, alt });
      const all: Record<string, unknown> = { ...image.attributes, src: image.src };
      return `<img ${Object.entries(all)
        .filter(([, value]) => value !== undefined && value !== null)
        .map(([key, value]) => `${key}="${escapeAttribute(String(value))}"`)
        .join(' ')}>`;
    }),
  );
  let at = 0;
  return html.replace(PLACEHOLDER, () => replacements[at++]!);
}
