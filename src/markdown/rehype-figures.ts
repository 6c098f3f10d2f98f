/**
 * rehype-figures: an image that stands alone in its paragraph (`![alt](./photo.jpg "caption")`)
 * becomes a figure, its Markdown title the caption:
 *
 *   <figure><img src="./photo.jpg" alt="alt" loading="lazy" decoding="async"><figcaption>caption</figcaption></figure>
 *
 * Runs after rehype-sanitize and rehype-image-sources, so only images that may be shown get here.
 * - The title leaves the `img` (it would repeat the caption as a tooltip); without a title the
 *   figure has no caption. The paragraph's block mark (`data-block`, remark-block-ids) moves to the
 *   figure. An image inside running text, or beside other text or a link, is left as it is.
 * - Every image is lazy (`loading="lazy"`, `decoding="async"`) unless it says otherwise.
 * - An image beside the article (a relative path, what Astro collects as a local Markdown image) is
 *   then optimized by Astro (astro:assets, its `rehypeImages` step after ours): width and height
 *   from the file, WebP, and a `srcset` of `widths` with `sizes`, which this plugin sets for it.
 *
 * Options (all optional):
 * - `widths` (default `BODY_IMAGE_WIDTHS`): the widths, in pixels, of the `srcset` Astro
 *   writes for a local image (none wider than the file is made).
 * - `sizes` (default `BODY_IMAGE_SIZES`): the `sizes` of a local image: the article column.
 */
import type { Element, ElementContent, Root } from 'hast';
import { visit } from 'unist-util-visit';

export interface RehypeFiguresOptions {
  /** `srcset` widths of an image beside the article. Default `BODY_IMAGE_WIDTHS`. */
  widths?: readonly number[];
  /** `sizes` of an image beside the article. Default `BODY_IMAGE_SIZES`. */
  sizes?: string;
}

/** The article column: the full width of a phone (less its margins), at most about 40rem (68ch). */
export const BODY_IMAGE_SIZES = '(min-width: 44rem) 40rem, calc(100vw - 2rem)';
/** From a phone's column to twice the article column. */
const BODY_IMAGE_WIDTHS = [320, 640, 960, 1280] as const;

/** A path Astro reads as an image beside the article (as its remark-collect-images does). */
export function isLocalImagePath(src: string): boolean {
  return !URL.canParse(src) && !src.startsWith('/');
}

const isBlank = (node: ElementContent) => node.type === 'text' && node.value.trim() === '';

export default function rehypeFigures({
  widths = BODY_IMAGE_WIDTHS,
  sizes = BODY_IMAGE_SIZES,
}: RehypeFiguresOptions = {}) {
  return (tree: Root) => {
    visit(tree, 'element', (node: Element) => {
      if (node.tagName === 'img') {
        node.properties.loading ??= 'lazy';
        node.properties.decoding ??= 'async';
        return;
      }
      if (node.tagName !== 'p') return;
      const content = node.children.filter((child) => !isBlank(child));
      const [img] = content;
      if (content.length !== 1 || img?.type !== 'element' || img.tagName !== 'img') return;
      const { title, ...properties } = img.properties;
      const src = properties.src;
      const local = typeof src === 'string' && isLocalImagePath(src);
      img.properties = {
        ...properties,
        loading: properties.loading ?? 'lazy',
        decoding: properties.decoding ?? 'async',
        // Read by Astro's image step (which takes them off the element), never written as attributes.
        ...(local ? { widths: [...widths] as unknown as string, sizes } : {}),
      };
      const caption = typeof title === 'string' ? title.trim() : '';
      const { dataBlock, ...rest } = node.properties;
      node.tagName = 'figure';
      node.properties = { ...rest, ...(dataBlock === undefined ? {} : { dataBlock }), className: ['body-image'] };
      node.children = [
        img,
        ...(caption
          ? [
              {
                type: 'element' as const,
                tagName: 'figcaption',
                properties: {},
                children: [{ type: 'text' as const, value: caption }],
              },
            ]
          : []),
      ];
      return 'skip';
    });
  };
}
