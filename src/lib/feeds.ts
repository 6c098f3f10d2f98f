/**
 * RSS 2.0, Atom 1.0 and JSON Feed 1.1 of the newest articles, with every date on
 * the article's own clock, well-formed whatever the text of the articles.
 *
 * Written here rather than by the `feed` package, which writes dates in UTC and
 * JSON Feed 1.0, and whose XML breaks on hostile text: attributes escaped for `&`
 * only (`<category label="<3"/>`), a literal `&amp;` in a name turned into `&`,
 * only the first `]]>` of a CDATA section split, Atom titles declared `type="html"`
 * while they are plain text, and control characters passed through.
 *
 * - Every string is stripped of what XML 1.0 cannot hold (`stripControlCharacters`)
 *   as it is written, as a last defence behind the schema and the Markdown pipeline:
 *   the body HTML comes from the rendered article.
 * - Plain text (titles, summaries, names, tags) is escaped as text, never CDATA:
 *   Atom declares it `type="text"`; RSS, whose spec leaves it open whether readers
 *   take HTML in a title, writes `&`, `<` and `>` as the character references its
 *   best-practice profile recommends, and its `description` (HTML by the spec)
 *   carries the summary HTML-escaped, so `<b>` is shown, never rendered.
 * - HTML (the body) goes in CDATA sections, every `]]>` in it split across two.
 * - Attribute values escape `&`, `<`, `"` and the whitespace a parser would fold.
 * - An article's lead image (its 1200×630 crop, absolute URL) goes with it: RSS `media:content`
 *   (Media RSS: RSS's own `enclosure` demands a byte length, unknown before the image is written),
 *   Atom `link rel="enclosure"`, JSON Feed `image`.
 */
import type { SiteConfig } from '../site.config.ts';
import { formatRfc822 } from './dates.ts';
import { stripControlCharacters } from './text.ts';
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
  /** The lead image as shared (absolute URL), if the article has one. */
  image?: { url: string; type: string; width: number; height: number; alt: string };
}

export interface Feeds {
  rss: string;
  atom: string;
  json: string;
}

export const FEED_PATHS = { rss: '/rss.xml', atom: '/atom.xml', json: '/feed.json' } as const;

/**
 * The feeds as every page offers them, in this order: the `<link rel="alternate">` of the head
 * (`components/PageMeta.astro`) and the footer's "Follow" links (`layouts/Base.astro`).
 */
export const FEED_LINKS = [
  { name: 'RSS', type: 'application/rss+xml', path: FEED_PATHS.rss },
  { name: 'Atom', type: 'application/atom+xml', path: FEED_PATHS.atom },
  { name: 'JSON Feed', type: 'application/feed+json', path: FEED_PATHS.json },
] as const;

/** The date of a feed with no article: fixed, so two builds give the same file. */
const EPOCH = '1970-01-01T00:00:00+00:00';

/** Make `href="/…"` and `src="/…"` absolute, for readers that show the HTML outside the site. */
function absolutizeUrls(html: string, origin: string): string {
  return html.replace(
    /\b(href|src)="(\/(?!\/)[^"]*)"/g,
    (_m, attribute: string, path: string) => `${attribute}="${origin}${path}"`,
  );
}

/** The newest `site.feedLength` articles as RSS, Atom and JSON Feed. */
export function buildFeeds(site: SiteConfig, newestFirst: readonly FeedArticle[]): Feeds {
  const articles = newestFirst.slice(0, site.feedLength).map((article) => ({
    ...article,
    url: absoluteUrl(article.permalink),
    modified: article.updated ?? article.date,
    content: absolutizeUrls(article.html, site.url),
  }));
  const channel: Channel = {
    site,
    home: absoluteUrl('/'),
    // The newest article's time, not the clock: two builds of one commit give the same feed.
    updated: articles[0]?.modified ?? EPOCH,
    articles,
  };
  return { rss: rss2(channel), atom: atom1(channel), json: jsonFeed11(channel) };
}

interface Channel {
  site: SiteConfig;
  home: string;
  updated: string;
  articles: (FeedArticle & { url: string; modified: string; content: string })[];
}

function rss2({ site, home, updated, articles }: Channel): string {
  const lines = [
    XML_DECLARATION,
    `<rss version="2.0" xmlns:dc="http://purl.org/dc/elements/1.1/" xmlns:content="http://purl.org/rss/1.0/modules/content/" xmlns:atom="http://www.w3.org/2005/Atom" xmlns:media="http://search.yahoo.com/mrss/">`,
    '    <channel>',
    rssText(2, 'title', site.name),
    element(2, 'link', home),
    rssText(2, 'description', site.description),
    element(2, 'lastBuildDate', formatRfc822(updated)),
    element(2, 'docs', 'https://validator.w3.org/feed/docs/rss2.html'),
    element(2, 'language', site.language),
    '        <image>',
    rssText(3, 'title', site.name),
    element(3, 'url', absoluteUrl(site.publisher.logo.path)),
    element(3, 'link', home),
    '        </image>',
    rssText(2, 'copyright', `© ${site.publisher.name}`),
    emptyElement(2, 'atom:link', { href: absoluteUrl(FEED_PATHS.rss), rel: 'self', type: 'application/rss+xml' }),
  ];
  for (const article of articles) {
    lines.push(
      '        <item>',
      rssText(3, 'title', article.title),
      element(3, 'link', article.url),
      element(3, 'guid', article.url, { isPermaLink: 'false' }),
      element(3, 'pubDate', formatRfc822(article.date)),
      // RSS reads a description as HTML: the plain-text summary is escaped as HTML first.
      ...(article.description ? [cdataElement(3, 'description', escapeHtml(article.description))] : []),
      ...(article.content ? [cdataElement(3, 'content:encoded', article.content)] : []),
      ...article.authors.map((name) => rssText(3, 'author', name)),
      ...article.tags.map((tag) => rssText(3, 'category', tag)),
      ...(article.image
        ? [
            `${indent(3)}<media:content${attributeList({ url: article.image.url, type: article.image.type, medium: 'image', width: String(article.image.width), height: String(article.image.height) })}>`,
            element(4, 'media:description', article.image.alt, { type: 'plain' }),
            `${indent(3)}</media:content>`,
          ]
        : []),
      '        </item>',
    );
  }
  lines.push('    </channel>', '</rss>');
  return lines.join('\n');
}

function atom1({ site, home, updated, articles }: Channel): string {
  const lines = [
    XML_DECLARATION,
    '<feed xmlns="http://www.w3.org/2005/Atom">',
    element(1, 'id', home),
    // A text construct without `type` is plain text (RFC 4287, 3.1.1).
    element(1, 'title', site.name),
    element(1, 'updated', updated),
    emptyElement(1, 'link', { rel: 'alternate', href: home }),
    emptyElement(1, 'link', { rel: 'self', href: absoluteUrl(FEED_PATHS.atom) }),
    element(1, 'subtitle', site.description),
    element(1, 'logo', absoluteUrl(site.publisher.logo.path)),
    element(1, 'icon', absoluteUrl('/favicon.svg')),
    element(1, 'rights', `© ${site.publisher.name}`),
  ];
  for (const article of articles) {
    lines.push(
      '    <entry>',
      element(2, 'title', article.title, { type: 'text' }),
      element(2, 'id', article.url),
      emptyElement(2, 'link', { href: article.url }),
      ...(article.image
        ? [
            emptyElement(2, 'link', {
              rel: 'enclosure',
              type: article.image.type,
              href: article.image.url,
              title: article.image.alt,
            }),
          ]
        : []),
      element(2, 'updated', article.modified),
      ...(article.description ? [element(2, 'summary', article.description, { type: 'text' })] : []),
      ...(article.content ? [cdataElement(2, 'content', article.content, { type: 'html' })] : []),
      ...article.authors.flatMap((name) => ['        <author>', element(3, 'name', name), '        </author>']),
      ...article.tags.map((tag) => emptyElement(2, 'category', { term: tag, label: tag })),
      element(2, 'published', article.date),
      '    </entry>',
    );
  }
  lines.push('</feed>');
  return lines.join('\n');
}

function jsonFeed11({ site, home, articles }: Channel): string {
  const feed = {
    version: 'https://jsonfeed.org/version/1.1',
    title: site.name,
    home_page_url: home,
    feed_url: absoluteUrl(FEED_PATHS.json),
    description: site.description,
    icon: absoluteUrl(site.publisher.logo.path),
    language: site.language,
    authors: [{ name: site.publisher.name, url: home }],
    items: articles.map((article) => ({
      id: article.url,
      url: article.url,
      title: article.title,
      summary: article.description,
      content_html: article.content,
      ...(article.image ? { image: article.image.url } : {}),
      date_published: article.date,
      date_modified: article.modified,
      authors: article.authors.map((name) => ({ name })),
      tags: article.tags,
    })),
  };
  // JSON escapes what it must by itself; the stripping keeps the JSON feed's text that of the other two.
  return `${JSON.stringify(feed, (_key, value: unknown) => (typeof value === 'string' ? stripControlCharacters(value) : value), 2)}\n`;
}

const XML_DECLARATION = '<?xml version="1.0" encoding="utf-8"?>';

const indent = (depth: number) => '    '.repeat(depth);

/** `<name a="…">text</name>`, the text escaped. */
function element(depth: number, name: string, text: string, attributes: Record<string, string> = {}): string {
  return `${indent(depth)}<${name}${attributeList(attributes)}>${escapeText(text)}</${name}>`;
}

function emptyElement(depth: number, name: string, attributes: Record<string, string>): string {
  return `${indent(depth)}<${name}${attributeList(attributes)}/>`;
}

/** `<name><![CDATA[html]]></name>`: a `]]>` in the HTML ends one section and starts the next. */
function cdataElement(depth: number, name: string, html: string, attributes: Record<string, string> = {}): string {
  const sections = stripControlCharacters(html).replaceAll(']]>', ']]]]><![CDATA[>');
  return `${indent(depth)}<${name}${attributeList(attributes)}><![CDATA[${sections}]]></${name}>`;
}

/** RSS plain text: `&`, `<` and `>` as hexadecimal references, which the most readers show literally. */
function rssText(depth: number, name: string, text: string): string {
  const escaped = stripControlCharacters(text).replace(
    /[&<>\r]/g,
    (c) => `&#x${c.charCodeAt(0).toString(16).toUpperCase()};`,
  );
  return `${indent(depth)}<${name}>${escaped}</${name}>`;
}

function attributeList(attributes: Record<string, string>): string {
  return Object.entries(attributes)
    .map(([name, value]) => ` ${name}="${escapeAttribute(value)}"`)
    .join('');
}

// A parser turns a carriage return in text into a newline, and folds a tab or line break in an
// attribute into a space: references keep them.
const TEXT_ESCAPES: Record<string, string> = { '&': '&amp;', '<': '&lt;', '>': '&gt;', '\r': '&#13;' };
const ATTRIBUTE_ESCAPES: Record<string, string> = { ...TEXT_ESCAPES, '"': '&quot;', '\t': '&#9;', '\n': '&#10;' };
const HTML_ESCAPES: Record<string, string> = { '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;' };

/** XML character data: `>` too, so a `]]>` in the text cannot be read as markup. */
function escapeText(text: string): string {
  return stripControlCharacters(text).replace(/[&<>\r]/g, (c) => TEXT_ESCAPES[c]!);
}

function escapeAttribute(value: string): string {
  return stripControlCharacters(value).replace(/[&<>"\t\n\r]/g, (c) => ATTRIBUTE_ESCAPES[c]!);
}

/** Plain text as HTML that shows it: `AT&T <b>` → `AT&amp;T &lt;b&gt;`. */
function escapeHtml(text: string): string {
  return text.replace(/[&<>"]/g, (c) => HTML_ESCAPES[c]!);
}
