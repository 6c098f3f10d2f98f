/**
 * What a page says about itself to machines: title, description, canonical
 * URL, Open Graph and Twitter card tags. Plain data; `components/PageMeta.astro`
 * writes it into `<head>`.
 */
import type { SiteConfig } from '../site.config.ts';
import type { Article } from './articles.ts';
import { siteLocale } from './dates.ts';
import { SOCIAL_IMAGE } from './social-image.ts';
import { absoluteUrl } from './urls.ts';

export interface SocialImage {
  /** Absolute URL. */
  url: string;
  width: number;
  height: number;
  alt: string;
  type: string;
  /**
   * The same picture in the aspect ratios search engines ask for (16:9, 4:3, 1:1), listed as the
   * JSON-LD `image` instead of this one (`lib/jsonld.ts`). Only an article's lead image has them.
   */
  crops?: SocialImage[];
}

export interface PageMetadata {
  /** `<title>`. */
  title: string;
  description: string;
  /** Absolute canonical URL; absent on pages that have none (404). */
  canonical?: string;
  /** `<meta property=… content=…>` pairs, in order. */
  properties: [property: string, content: string][];
  /** `<meta name=… content=…>` pairs, in order. */
  names: [name: string, content: string][];
}

/** Open Graph's `og:locale`: the site's locale with an underscore, `en_GB`. */
export function openGraphLocale(site: Pick<SiteConfig, 'language' | 'region'>): string {
  return siteLocale(site).replace('-', '_');
}

function pageTitle(site: Pick<SiteConfig, 'name'>, title?: string): string {
  return title ? `${title} | ${site.name}` : site.name;
}

/** Metadata of any page that is not an article (front page, lists, 404). */
export function pageMetadata(
  site: SiteConfig,
  { title, description, path, image }: { title?: string; description: string; path?: string; image?: SocialImage },
): PageMetadata {
  const canonical = path === undefined ? undefined : absoluteUrl(path);
  return {
    title: pageTitle(site, title),
    description,
    canonical,
    properties: [
      ['og:type', 'website'],
      ['og:site_name', site.name],
      ['og:locale', openGraphLocale(site)],
      ['og:title', title ?? site.name],
      ['og:description', description],
      ...(canonical ? ([['og:url', canonical]] as [string, string][]) : []),
      ...imageProperties(image),
    ],
    names: twitterCard(site, title ?? site.name, description, image),
  };
}

/** Metadata of an article page: Open Graph `article`, its times on its own clock, authors, section, tags. */
export function articleMetadata(
  site: SiteConfig,
  article: Pick<Article, 'title' | 'description' | 'permalink' | 'date' | 'updated' | 'authors' | 'tags'>,
  { image, sections = [] }: { image?: SocialImage; sections?: string[] } = {},
): PageMetadata {
  const canonical = absoluteUrl(article.permalink);
  return {
    title: pageTitle(site, article.title),
    description: article.description,
    canonical,
    properties: [
      ['og:type', 'article'],
      ['og:site_name', site.name],
      ['og:locale', openGraphLocale(site)],
      ['og:title', article.title],
      ['og:description', article.description],
      ['og:url', canonical],
      ...imageProperties(image),
      ['article:published_time', article.date],
      ['article:modified_time', article.updated ?? article.date],
      ...article.authors.map((name): [string, string] => ['article:author', name]),
      ...sections.map((name): [string, string] => ['article:section', name]),
      ...article.tags.map((tag): [string, string] => ['article:tag', tag]),
    ],
    names: twitterCard(site, article.title, article.description, image),
  };
}

function imageProperties(image: SocialImage | undefined): [string, string][] {
  if (!image) return [];
  return [
    ['og:image', image.url],
    ['og:image:type', image.type],
    ['og:image:width', String(image.width)],
    ['og:image:height', String(image.height)],
    ['og:image:alt', image.alt],
  ];
}

function twitterCard(
  site: SiteConfig,
  title: string,
  description: string,
  image: SocialImage | undefined,
): [string, string][] {
  return [
    ['twitter:card', image ? 'summary_large_image' : 'summary'],
    ...(site.social.xHandle ? ([['twitter:site', site.social.xHandle]] as [string, string][]) : []),
    ['twitter:title', title],
    ['twitter:description', description],
    ...(image
      ? ([
          ['twitter:image', image.url],
          ['twitter:image:alt', image.alt],
        ] as [string, string][])
      : []),
  ];
}

/** File name of an article's social image, inside its permalink folder. */
export const SOCIAL_IMAGE_FILE = 'social.png';

/** The generated card of an article (written by `integrations/social-images.ts`, see `social-cards.ts`). */
export function articleSocialImage(article: Pick<Article, 'title' | 'permalink'>): SocialImage {
  return {
    url: absoluteUrl(`${article.permalink}${SOCIAL_IMAGE_FILE}`),
    width: SOCIAL_IMAGE.width,
    height: SOCIAL_IMAGE.height,
    alt: article.title,
    type: 'image/png',
  };
}
