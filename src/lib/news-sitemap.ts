/**
 * The Google News sitemap: articles published within a window before the build
 * (Google reads the last two days), written with the `sitemap` package.
 */
import { Readable } from 'node:stream';
import { SitemapStream, streamToPromise } from 'sitemap';
import type { SiteConfig } from '../site.config.ts';
import { toInstant } from './dates.ts';
import { absoluteUrl } from './urls.ts';

export const NEWS_SITEMAP_PATH = '/news-sitemap.xml';

const EMPTY_URLSET_START =
  '<?xml version="1.0" encoding="UTF-8"?><urlset xmlns="http://www.sitemaps.org/schemas/sitemap/0.9" xmlns:news="http://www.google.com/schemas/sitemap-news/0.9">';

interface NewsSitemapArticle {
  title: string;
  permalink: string;
  date: string;
}

/** Articles published in the `windowHours` up to `now`, not after it. */
function articlesInNewsWindow<T extends { date: string }>(articles: readonly T[], now: Date, windowHours: number): T[] {
  const from = now.getTime() - windowHours * 3_600_000;
  return articles.filter((article) => {
    const published = toInstant(article.date).getTime();
    return published >= from && published <= now.getTime();
  });
}

export async function newsSitemap(
  site: SiteConfig,
  articles: readonly NewsSitemapArticle[],
  now: Date,
): Promise<string> {
  const items = articlesInNewsWindow(articles, now, site.newsSitemapWindowHours).map((article) => ({
    url: absoluteUrl(article.permalink),
    news: {
      publication: { name: site.publisher.name, language: site.language },
      publication_date: article.date,
      title: article.title,
    },
  }));
  // The `sitemap` package refuses to write an empty sitemap; an empty urlset is valid and expected
  // on days without news.
  if (items.length === 0) return `${EMPTY_URLSET_START}</urlset>`;
  const stream = new SitemapStream({ xmlns: { news: true, xhtml: false, image: false, video: false } });
  return (await streamToPromise(Readable.from(items).pipe(stream))).toString();
}
