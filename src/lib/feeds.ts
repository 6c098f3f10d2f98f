/**
 * RSS 2.0, Atom 1.0 and JSON Feed 1.1 of the newest articles, built with the
 * `feed` package, with every date on the article's own clock.
 *
 * `feed` writes dates in UTC (`toUTCString`, `toISOString`) and JSON Feed 1.0;
 * the instants are right, so its output is kept and only rewritten where it
 * falls short: dates get the article's offset (`+04:00`), and the JSON feed
 * becomes 1.1 (`authors`, `language`).
 */
import { Feed } from 'feed';
import type { SiteConfig } from '../site.config.ts';
import { formatRfc822, toInstant } from './dates.ts';
import { absoluteUrl } from './urls.ts';

export interface FeedArticle {
  title: string;
  permalink: string;
  description: string;
  /** The article body as HTML; root-relative URLs in it are made absolute. */
  html: string;
  authors: string[];
  date: string;
  updated?: string;
  tags: string[];
}

export interface Feeds {
  rss: string;
  atom: string;
  json: string;
}

export const FEED_PATHS = { rss: '/rss.xml', atom: '/atom.xml', json: '/feed.json' } as const;

/** How many articles each feed carries. */
export const FEED_LENGTH = 50;

/** Make `href="/…"` and `src="/…"` absolute, for readers that show the HTML outside the site. */
export function absolutizeUrls(html: string, origin: string): string {
  return html.replace(/\b(href|src)="(\/(?!\/)[^"]*)"/g, (_m, attribute: string, path: string) => `${attribute}="${origin}${path}"`);
}

export function buildFeeds(site: SiteConfig, newestFirst: readonly FeedArticle[]): Feeds {
  const articles = newestFirst.slice(0, FEED_LENGTH);
  const latest = articles[0];
  const home = absoluteUrl('/');
  const feed = new Feed({
    id: home,
    link: home,
    title: site.name,
    description: site.description,
    language: site.language,
    // The newest article's time, not the clock: two builds of one commit give the same feed.
    updated: latest ? toInstant(latest.updated ?? latest.date) : new Date(0),
    generator: false,
    image: absoluteUrl(site.publisher.logo.path),
    favicon: absoluteUrl('/favicon.svg'),
    copyright: `© ${site.publisher.name}`,
    feedLinks: { rss: absoluteUrl(FEED_PATHS.rss), atom: absoluteUrl(FEED_PATHS.atom), json: absoluteUrl(FEED_PATHS.json) },
  });
  for (const article of articles) {
    const url = absoluteUrl(article.permalink);
    feed.addItem({
      title: article.title,
      id: url,
      link: url,
      description: article.description,
      content: absolutizeUrls(article.html, site.url),
      author: article.authors.map((name) => ({ name })),
      date: toInstant(article.updated ?? article.date),
      published: toInstant(article.date),
      category: article.tags.map((name) => ({ name })),
    });
  }

  const dates = [...new Set(articles.flatMap((a) => [a.date, a.updated ?? a.date]))];
  if (latest) dates.unshift(latest.updated ?? latest.date);
  const onOwnClock = (text: string, utc: (d: Date) => string, local: (iso: string) => string) =>
    dates.reduce((out, iso) => out.replaceAll(utc(toInstant(iso)), local(iso)), text);

  return {
    rss: onOwnClock(feed.rss2(), (d) => d.toUTCString(), formatRfc822),
    atom: onOwnClock(feed.atom1(), (d) => d.toISOString(), (iso) => iso),
    json: jsonFeed11(feed.json1(), site, articles),
  };
}

function jsonFeed11(json1: string, site: SiteConfig, articles: readonly FeedArticle[]): string {
  const feed = JSON.parse(json1) as Record<string, unknown> & { items: Record<string, unknown>[] };
  const { author: _author, ...rest } = feed;
  return `${JSON.stringify(
    {
      ...rest,
      version: 'https://jsonfeed.org/version/1.1',
      language: site.language,
      authors: [{ name: site.publisher.name, url: absoluteUrl('/') }],
      items: feed.items.map(({ author: _itemAuthor, ...item }, index) => {
        const article = articles[index]!;
        return {
          ...item,
          authors: article.authors.map((name) => ({ name })),
          date_published: article.date,
          date_modified: article.updated ?? article.date,
        };
      }),
    },
    null,
    2,
  )}\n`;
}
