/**
 * The files an article's lead image is shared as, made by astro:assets (`getImage`, cropped with
 * `fit: 'cover'`): the 1200×630 JPEG of `og:image`, `twitter:image` and the feeds, and the 16:9, 4:3
 * and 1:1 crops of its JSON-LD. An article without a lead image keeps its generated card
 * (`lib/metadata.ts` `articleSocialImage`). The same options give the same file, so the page and
 * the feeds share one.
 */
import { getImage } from 'astro:assets';
import type { Article } from '../lib/articles.ts';
import { CARD_CROP, type Crop, cropSize, structuredDataCrops } from '../lib/lead-image.ts';
import { articleSocialImage, type SocialImage } from '../lib/metadata.ts';
import { absoluteFromSitePath } from '../lib/urls.ts';
import { site } from '../site.config.ts';

/**
 * Width and height of an imported picture, read from its `clone`: in a build, reading any property
 * of the imported object marks the original file as used, and Astro then copies it (full size)
 * into `dist/` beside the optimized files.
 */
export function pictureSize(src: ImageMetadata): { width: number; height: number } {
  const plain = (src as ImageMetadata & { clone?: ImageMetadata }).clone ?? src;
  return { width: plain.width, height: plain.height };
}

async function crop(image: NonNullable<Article['image']>, { width, height }: Crop): Promise<SocialImage> {
  const result = await getImage({
    src: image.src,
    width,
    height,
    fit: 'cover',
    position: 'center',
    format: 'jpg',
    quality: site.images.sharingQuality,
  });
  return { url: absoluteFromSitePath(result.src), width, height, alt: image.alt, type: 'image/jpeg' };
}

/** The card of the lead image (with its JSON-LD crops), or the generated card. */
export async function articleSharingImage(
  article: Pick<Article, 'title' | 'permalink' | 'image'>,
): Promise<SocialImage> {
  const { image } = article;
  if (!image) return articleSocialImage(article);
  const size = pictureSize(image.src);
  const [card, ...crops] = await Promise.all([
    crop(image, cropSize(size, [CARD_CROP.width, CARD_CROP.height], CARD_CROP.width)),
    ...structuredDataCrops(size).map((each) => crop(image, each)),
  ]);
  return { ...card!, crops };
}
