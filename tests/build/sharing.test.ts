/**
 * What the seed article tells machines: head tags with exact values, JSON-LD,
 * its social image, the feeds, the sitemaps and robots.txt.
 */
import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { XMLParser, XMLValidator } from 'fast-xml-parser';
import { beforeAll, describe, expect, it } from 'vitest';
import { SOCIAL_CARDS_FILE } from '../../src/lib/social-cards.ts';
import { site } from '../../src/site.config.ts';
import { buildProject, makeProject, PROJECT_ROOT, projectArticles } from '../support/astro.ts';
import { DIST, readPage } from './html.ts';

const PERMALINK = '/2022/07/27/azerbaijani-serviceman-injured-in-landmine-blast-in-kalbajar/';
const URL = `${site.url}${PERMALINK}`;
const TITLE = 'Azerbaijani serviceman injured in landmine blast in Kalbajar';
const DESCRIPTION =
  "Azerbaijani serviceman was injured in a landmine blast in the liberated Kalbajar District on the evening of July 26, Azerbaijan's Defense Ministry has reported.";
const SECTIONS = ['Incident', 'Official statements', 'Prosecution', 'Mine-map exchanges', 'Background'];
// The seed has a lead image: it is shared as crops of that picture (tests/build/lead-images.test.ts
// reads their sizes); its generated card is still written (see 'the social image').
const CROP = expect.stringMatching(new RegExp(`^${site.url}/_astro/kalbajar-district-map\\.[\\w-]+\\.jpg$`));
const IMAGE_ALT = expect.stringMatching(/^Illustrated map of Kalbajar District: /);

const { doc } = readPage(`${PERMALINK.slice(1)}index.html`);
const property = (name: string) =>
  doc.querySelectorAll(`meta[property="${name}"]`).map((m) => m.getAttribute('content'));
const named = (name: string) => doc.querySelectorAll(`meta[name="${name}"]`).map((m) => m.getAttribute('content'));
const xml = new XMLParser({ ignoreAttributes: false, attributeNamePrefix: '@' });
const read = (file: string) => readFileSync(join(DIST, file), 'utf8');

describe('the head of the seed article', () => {
  it('has title, description and canonical URL', () => {
    expect(doc.querySelector('title')?.textContent).toBe(`${TITLE} | ${site.name}`);
    expect(named('description')).toEqual([DESCRIPTION]);
    expect(doc.querySelector('link[rel="canonical"]')?.getAttribute('href')).toBe(URL);
  });

  it.each([
    ['og:type', ['article']],
    ['og:title', [TITLE]],
    ['og:description', [DESCRIPTION]],
    ['og:url', [URL]],
    ['og:image', [CROP]],
    ['og:image:width', ['1200']],
    ['og:image:height', ['630']],
    ['og:image:alt', [IMAGE_ALT]],
    ['og:site_name', [site.name]],
    // The site's language in its region (`language`, `region`), as dates are written: en-GB.
    ['og:locale', ['en_GB']],
    ['article:published_time', ['2022-07-27T12:30:00+04:00']],
    ['article:modified_time', ['2022-07-27T12:30:00+04:00']],
    ['article:author', ['Sabina Mammadli']],
    ['article:section', SECTIONS],
    ['article:tag', []],
  ])('Open Graph %s', (name, values) => {
    expect(property(name)).toEqual(values);
  });

  it.each([
    ['twitter:card', ['summary_large_image']],
    ['twitter:title', [TITLE]],
    ['twitter:description', [DESCRIPTION]],
    ['twitter:image', [CROP]],
    ['twitter:image:alt', [IMAGE_ALT]],
  ])('Twitter %s', (name, values) => {
    expect(named(name)).toEqual(values);
  });

  it('links the three feeds', () => {
    const alternates = doc
      .querySelectorAll('link[rel="alternate"]')
      .map((l) => [l.getAttribute('type'), l.getAttribute('href')]);
    expect(alternates).toEqual([
      ['application/rss+xml', '/rss.xml'],
      ['application/atom+xml', '/atom.xml'],
      ['application/feed+json', '/feed.json'],
    ]);
  });
});

describe('JSON-LD', () => {
  const scripts = doc.querySelectorAll('script[type="application/ld+json"]');
  const data = JSON.parse(scripts[0]?.textContent ?? 'null');

  it('is one NewsArticle with every property', () => {
    expect(scripts).toHaveLength(1);
    expect(data).toMatchObject({
      '@context': 'https://schema.org',
      '@type': 'NewsArticle',
      headline: TITLE,
      description: DESCRIPTION,
      datePublished: '2022-07-27T12:30:00+04:00',
      dateModified: '2022-07-27T12:30:00+04:00',
      author: [{ '@type': 'Person', name: 'Sabina Mammadli' }],
      publisher: {
        '@type': 'Organization',
        name: site.publisher.name,
        logo: { '@type': 'ImageObject', url: `${site.url}/logo.png` },
      },
      mainEntityOfPage: { '@type': 'WebPage', '@id': URL },
      image: [CROP, CROP, CROP],
      articleSection: SECTIONS,
      inLanguage: 'en',
    });
    // The seed's body counted independently, as `wc -w` does: it has no Markdown syntax.
    const body = readFileSync(
      join(PROJECT_ROOT, 'content/articles/2022/azerbaijani-serviceman-injured-in-landmine-blast-in-kalbajar.md'),
      'utf8',
    )
      .split(/^---$/m)
      .slice(2)
      .join('');
    expect(data.wordCount).toBe(body.split(/\s+/).filter(Boolean).length);
  });
});

describe('the social image', () => {
  it('is a 1200×630 PNG', () => {
    const png = readFileSync(join(DIST, `${PERMALINK.slice(1)}social.png`));
    expect([...png.subarray(0, 8)]).toEqual([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]);
    expect(png.toString('ascii', 12, 16)).toBe('IHDR');
    expect(png.readUInt32BE(16)).toBe(1200);
    expect(png.readUInt32BE(20)).toBe(630);
  });

  it('leaves no list of cards behind in the built site', () => {
    expect(existsSync(join(DIST, SOCIAL_CARDS_FILE))).toBe(false);
  });
});

describe('feeds', () => {
  it('RSS 2.0 parses and carries the article with RFC 822 dates on its own clock', () => {
    const text = read('rss.xml');
    expect(XMLValidator.validate(text)).toBe(true);
    const { rss } = xml.parse(text);
    expect(rss['@version']).toBe('2.0');
    expect(rss.channel.title).toBe(site.name);
    expect(rss.channel.link).toBe(`${site.url}/`);
    expect(rss.channel.description).toBe(site.description);
    const item = rss.channel.item;
    expect(item.title).toBe(TITLE);
    expect(item.link).toBe(URL);
    expect(item.guid['#text'] ?? item.guid).toBe(URL);
    expect(item.pubDate).toBe('Wed, 27 Jul 2022 12:30:00 +0400');
    expect(item.author).toBe('Sabina Mammadli');
    expect(item['content:encoded']).toMatch(/<h2 id="incident"[^>]*>Incident<\/h2>/);
    expect(item['content:encoded']).toContain('Vugar Isbandiyarov');
  });

  it('Atom 1.0 parses and carries the article with RFC 3339 dates and the offset', () => {
    const text = read('atom.xml');
    expect(XMLValidator.validate(text)).toBe(true);
    const { feed } = xml.parse(text);
    expect(feed['@xmlns']).toBe('http://www.w3.org/2005/Atom');
    expect(feed.id).toBe(`${site.url}/`);
    expect(feed.title).toBe(site.name);
    expect(feed.updated).toBe('2022-07-27T12:30:00+04:00');
    const entry = feed.entry;
    expect(entry.title['#text'] ?? entry.title).toBe(TITLE);
    expect(entry.id).toBe(URL);
    // The article's link; the lead image is a second one, rel="enclosure".
    expect([entry.link].flat().find((link: Record<string, string>) => link['@rel'] === undefined)?.['@href']).toBe(URL);
    expect(entry.updated).toBe('2022-07-27T12:30:00+04:00');
    expect(entry.published).toBe('2022-07-27T12:30:00+04:00');
    expect(entry.author.name).toBe('Sabina Mammadli');
    expect(entry.content['#text']).toContain('Vugar Isbandiyarov');
  });

  it('JSON Feed 1.1 has version, title, items with id, content_html and date_published', () => {
    const feed = JSON.parse(read('feed.json'));
    expect(feed.version).toBe('https://jsonfeed.org/version/1.1');
    expect(feed.title).toBe(site.name);
    expect(feed.home_page_url).toBe(`${site.url}/`);
    expect(feed.feed_url).toBe(`${site.url}/feed.json`);
    expect(feed.language).toBe('en');
    expect(feed.items).toHaveLength(1);
    const [item] = feed.items;
    expect(item.id).toBe(URL);
    expect(item.url).toBe(URL);
    expect(item.title).toBe(TITLE);
    expect(item.content_html).toContain('Vugar Isbandiyarov');
    expect(item.date_published).toBe('2022-07-27T12:30:00+04:00');
    expect(item.authors).toEqual([{ name: 'Sabina Mammadli' }]);
  });
});

describe('sitemaps and robots.txt', () => {
  it('lists the seed with lastmod in the sitemap, and leaves out 404', () => {
    const index = xml.parse(read('sitemap-index.xml'));
    expect(index.sitemapindex.sitemap.loc).toBe(`${site.url}/sitemap-0.xml`);
    const urls = [xml.parse(read('sitemap-0.xml')).urlset.url].flat();
    const seed = urls.find((u: { loc: string }) => u.loc === URL);
    expect(new Date(seed.lastmod).toISOString()).toBe('2022-07-27T08:30:00.000Z');
    expect(urls.map((u: { loc: string }) => u.loc)).not.toContain(`${site.url}/404/`);
  });

  it('lists the seed in the news sitemap when the build is inside the two-day window', () => {
    const text = read('news-sitemap.xml');
    expect(XMLValidator.validate(text)).toBe(true);
    const { url } = xml.parse(text).urlset;
    expect(url.loc).toBe(URL);
    expect(url['news:news']['news:publication']['news:name']).toBe(site.publisher.name);
    expect(url['news:news']['news:publication']['news:language']).toBe('en');
    expect(url['news:news']['news:publication_date']).toBe('2022-07-27T12:30:00+04:00');
    expect(url['news:news']['news:title']).toBe(TITLE);
  });

  it('points robots.txt at both sitemaps', () => {
    const robots = read('robots.txt');
    expect(robots).toContain(`Sitemap: ${site.url}/sitemap-index.xml`);
    expect(robots).toContain(`Sitemap: ${site.url}/news-sitemap.xml`);
  });
});

describe('the share bar', () => {
  it('has a plain Copy link, a hidden Web Share button and plain share links', () => {
    const bar = doc.querySelector('.share-bar')!;
    expect(bar.querySelector('[data-copy-link]')?.getAttribute('href')).toBe(URL);
    expect(bar.querySelector('[data-web-share]')?.hasAttribute('hidden')).toBe(true);
    const names = bar.querySelectorAll('a').map((a) => a.textContent);
    expect(names).toEqual(['Copy link', 'Email', 'X', 'Facebook', 'Telegram', 'WhatsApp', 'LinkedIn']);
    // Every share link carries the permalink and loads nothing until followed.
    for (const a of bar.querySelectorAll('a').slice(1))
      expect(a.getAttribute('href')).toContain(encodeURIComponent(URL));
    expect(bar.querySelector('[role="status"][aria-live="polite"]')).not.toBeNull();
  });
});

describe('social images are cached', () => {
  let root = '';
  let first = '';
  let second = '';
  beforeAll(() => {
    root = makeProject('social-cache', projectArticles());
    const env = { SOCIAL_IMAGE_CACHE_DIR: join(root, 'social-cache') };
    first = buildProject(root, env).output;
    second = buildProject(root, env).output;
  });

  it('renders each image on a cold build and none on a rebuild without content changes', () => {
    const articles = Object.keys(projectArticles()).length;
    expect(first.match(/social image rendered:/g)).toHaveLength(articles);
    expect(second).toContain('Complete!');
    expect(second).not.toContain('social image rendered:');
    // …and still writes the image from the cache.
    const png = readFileSync(join(root, 'dist', `${PERMALINK.slice(1)}social.png`));
    expect(png.readUInt32BE(16)).toBe(1200);
  });
});
