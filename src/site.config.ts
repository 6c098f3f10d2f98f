/**
 * Site settings: the one typed source of what the site is called, what language
 * it speaks, where it lives, and every choice a publisher makes about its pages
 * (list and feed lengths, share services, navigation). Every module reads these
 * values from here, or takes them as a parameter whose default comes from here.
 *
 * `SITE_URL` and `BASE_PATH` come from the environment so one build can be
 * deployed at a domain root or under a sub-path (GitHub Pages). `SOURCE_DATE_EPOCH`
 * (seconds, the reproducible-builds convention) fixes the build's "now", which
 * decides which articles are still scheduled and the news sitemap's two-day window.
 *
 * Engine bounds (`analysis-limits.ts`, `FIELD_LIMITS`, `FRONTMATTER_LIMITS`, `SLUG_MAX_LENGTH`)
 * are not settings: they keep a hostile or huge article from stalling the build.
 */
import type { ShareService } from './lib/share.ts';

export interface SiteConfig {
  /** Name shown in the header, the title bar, feeds and social cards; default `The Dispatch`, this newsroom's. */
  name: string;
  /** One sentence about the site, for the front page and feeds; default the newsroom's own promise. */
  description: string;
  /**
   * ISO 639 code of the language of the site and its articles, without a region, default `en`. Written as
   * `<html lang>`, the feeds' language, JSON-LD `inLanguage`, the news sitemap's `news:language`
   * (Google News takes a bare ISO 639 code) and the language Pagefind indexes in.
   */
  language: string;
  /**
   * ISO 3166 code of the region whose conventions the site writes in, default `GB`. With `language`
   * it makes the site's locale (`src/lib/dates.ts`, `siteLocale`): `en-GB` writes every date
   * day-month-year ("27 July 2022"), and Open Graph gets `og:locale` `en_GB`. Kept apart from
   * `language` because those machine-readable language fields want the bare language code.
   */
  region: string;
  /**
   * The publishing organization, for JSON-LD and feeds; `logo` is a site path to a square PNG (default
   * `/logo.png`, 512×512: well above the 112 px Google asks of an organization's logo).
   */
  publisher: { name: string; logo: { path: string; width: number; height: number } };
  /** Social accounts, for `twitter:site`; default none (omit what the newsroom does not have). */
  social: { xHandle?: string };
  /**
   * The links of the masthead's navigation, in order: what readers see and a site path
   * (`sitePath` adds `basePath`). Default: the front page and the four directories the site builds.
   */
  navigation: readonly { label: string; path: string }[];
  /**
   * Stories that follow the lead on the front page's first page with a thumbnail, before the plain
   * list, default 4: one row of the wide layout.
   */
  frontPageTopStories: number;
  /**
   * Articles per list page (front page, archive by year and month, author, topic and place
   * pages), default 25: keeps every list page well under 50 KB of HTML.
   */
  pageSize: number;
  /**
   * Entries per directory page (`/authors/`, `/tags/`, `/places/`), default 200: a few hundred
   * short lines stay well under 50 KB of HTML.
   */
  directoryPageSize: number;
  /**
   * Articles in each feed (RSS, Atom, JSON Feed), newest first, default 50: days of news for a
   * reader that polls hourly, while the feeds stay a few hundred KB with full article bodies.
   */
  feedLength: number;
  /** Related articles under each article, default 3: enough to offer a next read, few enough to weigh each. */
  relatedCount: number;
  /**
   * Longest description derived from an article's first paragraph when it has none, in characters,
   * default 160: search engines cut snippets near there. An editor's own `description` is kept whole.
   */
  descriptionMaxLength: number;
  /**
   * Fewest sections an article needs to show "In this article", default 2: a list of one link only
   * repeats the heading below it.
   */
  tocMinSections: number;
  /**
   * Longest quotation "At a glance" shows, in characters, default 140: a taste of who said what,
   * cut at a word; its link leads to the paragraph with all of it.
   */
  atAGlanceQuoteLength: number;
  /**
   * Services of the "Share" menu, in order (`src/lib/share.ts` builds each link), default all six:
   * every one is a plain link, so none loads anything until the reader follows it.
   */
  share: readonly ShareService[];
  /** How far back the Google News sitemap reaches, default 48: Google reads articles of the last two days. */
  newsSitemapWindowHours: number;
  /** Origin the site is deployed at, without a trailing slash: `SITE_URL`, default `http://localhost:4321` (`astro preview`). */
  url: string;
  /** Path the site is served under, starting and ending with `/`: `BASE_PATH`, default `/` (a domain's root). */
  basePath: string;
  /**
   * Where article images may come from besides the site itself. `remote` lists origins
   * (`https://images.example-agency.org`: http or https, no path, no wildcard), default `[]`.
   * Each is added to the Content-Security-Policy's `img-src` (the `<meta>` of every page and
   * `_headers`); an article image on any other origin fails the build, naming the file, line and
   * URL (`src/markdown/rehype-image-sources.ts`). Listing an origin means every reader's browser
   * asks it for those images: it learns the reader's IP address and the site's origin (Referer).
   *
   * `sharingQuality` is the JPEG quality (1–100) of the lead image's crops for Open Graph, X and
   * JSON-LD, default 80: crawlers and feed readers show JPEG, and 80 keeps a 1200 px crop near 150 KB.
   */
  images: { remote: readonly string[]; sharingQuality: number };
}

/** `news`, `/news`, `news/` → `/news/`; empty → `/`. */
export function normalizeBasePath(raw: string | undefined): string {
  const trimmed = (raw ?? '').trim().replace(/^\/+|\/+$/g, '');
  return trimmed ? `/${trimmed}/` : '/';
}

/** `https://example.org/` → `https://example.org`; refuses what is not an http(s) URL. */
export function normalizeSiteUrl(raw: string | undefined): string {
  const value = (raw ?? '').trim() || 'http://localhost:4321';
  let url: URL;
  try {
    url = new URL(value);
  } catch {
    throw new Error(`SITE_URL "${value}" is not a URL: expected an origin such as https://news.example.org`);
  }
  if (url.protocol !== 'http:' && url.protocol !== 'https:') {
    throw new Error(`SITE_URL "${value}" must start with http:// or https://`);
  }
  return url.origin;
}

/**
 * `images.remote` entries as origins: `https://Images.Example.org/` → `https://images.example.org`.
 * Refuses what is not an http(s) origin (a path, query, fragment, credentials or wildcard), naming the entry.
 */
export function normalizeImageOrigins(entries: readonly string[]): string[] {
  return entries.map((raw) => {
    const value = raw.trim();
    const expected = 'an origin such as https://images.example-agency.org (http or https, no path, query or wildcard)';
    let url: URL;
    try {
      url = new URL(value);
    } catch {
      throw new Error(`images.remote entry "${raw}" in src/site.config.ts is not a URL: expected ${expected}`);
    }
    if (url.protocol !== 'http:' && url.protocol !== 'https:') {
      throw new Error(
        `images.remote entry "${raw}" in src/site.config.ts must start with https:// or http://: expected ${expected}`,
      );
    }
    if (!/^https?:\/\/[^/?#@*\\]+\/?$/i.test(value) || url.username || url.password) {
      throw new Error(`images.remote entry "${raw}" in src/site.config.ts is not an origin: expected ${expected}`);
    }
    return url.origin;
  });
}

export const site: SiteConfig = {
  name: 'The Dispatch',
  description: 'News reported in full, dated in the time zone where it happened.',
  language: 'en',
  region: 'GB',
  publisher: { name: 'The Dispatch', logo: { path: '/logo.png', width: 512, height: 512 } },
  social: {},
  navigation: [
    { label: 'Latest', path: '/' },
    { label: 'Archive', path: '/archive/' },
    { label: 'Topics', path: '/tags/' },
    { label: 'Authors', path: '/authors/' },
    { label: 'Places', path: '/places/' },
  ],
  frontPageTopStories: 4,
  pageSize: 25,
  directoryPageSize: 200,
  feedLength: 50,
  relatedCount: 3,
  descriptionMaxLength: 160,
  tocMinSections: 2,
  atAGlanceQuoteLength: 140,
  share: ['email', 'x', 'facebook', 'telegram', 'whatsapp', 'linkedin'],
  newsSitemapWindowHours: 48,
  url: normalizeSiteUrl(process.env.SITE_URL),
  basePath: normalizeBasePath(process.env.BASE_PATH),
  images: { remote: normalizeImageOrigins([]), sharingQuality: 80 },
};

/** The build's "now": `SOURCE_DATE_EPOCH` when set, else the clock. */
export function buildTime(env: Record<string, string | undefined> = process.env): Date {
  const epoch = env.SOURCE_DATE_EPOCH?.trim();
  if (!epoch) return new Date();
  if (!/^\d+$/.test(epoch))
    throw new Error(`SOURCE_DATE_EPOCH "${epoch}" must be whole seconds since 1970-01-01T00:00:00Z`);
  return new Date(Number(epoch) * 1000);
}
