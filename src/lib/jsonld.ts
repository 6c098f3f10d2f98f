/**
 * Structured data for search engines: a `NewsArticle` per article, typed with
 * schema-dts, and a serializer that is safe inside `<script type="application/ld+json">`.
 */
import type { NewsArticle, Person, Place, WithContext } from 'schema-dts';
import type { SiteConfig } from '../site.config.ts';
import type { Article } from './articles.ts';
import type { SocialImage } from './metadata.ts';
import { absoluteUrl } from './urls.ts';

interface NewsArticleInput {
  article: Pick<Article, 'title' | 'description' | 'permalink' | 'date' | 'updated' | 'authors' | 'tags'>;
  image?: SocialImage;
  /** Titles of the article's sections. */
  sections?: string[];
  wordCount: number;
  /** Site path of each author's page, when author pages exist. */
  authorPath?: (name: string) => string | undefined;
  /** Places the article names, with the site path of each place's page. */
  places?: { name: string; path?: string }[];
}

export function newsArticleJsonLd(site: SiteConfig, input: NewsArticleInput): WithContext<NewsArticle> {
  const { article, image, sections = [], wordCount, authorPath, places = [] } = input;
  const url = absoluteUrl(article.permalink);
  return {
    '@context': 'https://schema.org',
    '@type': 'NewsArticle',
    headline: article.title,
    description: article.description,
    datePublished: article.date,
    dateModified: article.updated ?? article.date,
    author: article.authors.map((name): Person => {
      const path = authorPath?.(name);
      return path ? { '@type': 'Person', name, url: absoluteUrl(path) } : { '@type': 'Person', name };
    }),
    publisher: {
      '@type': 'Organization',
      name: site.publisher.name,
      logo: {
        '@type': 'ImageObject',
        url: absoluteUrl(site.publisher.logo.path),
        width: { '@type': 'QuantitativeValue', value: site.publisher.logo.width, unitCode: 'E37' },
        height: { '@type': 'QuantitativeValue', value: site.publisher.logo.height, unitCode: 'E37' },
      },
    },
    mainEntityOfPage: { '@type': 'WebPage', '@id': url },
    url,
    // The lead image's 16:9, 4:3 and 1:1 crops, else the one card.
    ...(image ? { image: image.crops?.length ? image.crops.map((crop) => crop.url) : [image.url] } : {}),
    ...(sections.length ? { articleSection: sections } : {}),
    ...(article.tags.length ? { keywords: article.tags } : {}),
    ...(places.length
      ? {
          contentLocation: places.map(
            ({ name, path }): Place =>
              path ? { '@type': 'Place', name, url: absoluteUrl(path) } : { '@type': 'Place', name },
          ),
        }
      : {}),
    wordCount,
    inLanguage: site.language,
  };
}

/**
 * JSON for a `<script type="application/ld+json">` element: `<`, `>`, `&` and the
 * line separators are escaped so no string in it can close the element or break parsers.
 */
export function serializeJsonLd(data: unknown): string {
  return JSON.stringify(data)
    .replace(/</g, '\\u003c')
    .replace(/>/g, '\\u003e')
    .replace(/&/g, '\\u0026')
    .replace(/\u2028/g, '\\u2028')
    .replace(/\u2029/g, '\\u2029');
}
