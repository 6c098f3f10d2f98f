/**
 * Site settings: the one typed source of what the site is called, what language
 * it speaks and where it lives. Everything else reads these values from here.
 *
 * `SITE_URL` and `BASE_PATH` come from the environment so one build can be
 * deployed at a domain root or under a sub-path (GitHub Pages). `SOURCE_DATE_EPOCH`
 * (seconds, the reproducible-builds convention) fixes the build's "now", which
 * decides which articles are still scheduled and the news sitemap's two-day window.
 */
export interface SiteConfig {
  /** Name shown in the header, the title bar and feeds. */
  name: string;
  /** One sentence about the site, for the front page and feeds. */
  description: string;
  /** BCP 47 language of the site and its articles (`<html lang>`). */
  language: string;
  /** Open Graph locale of the site's language, `en_US`. */
  locale: string;
  /** The publishing organization, for JSON-LD and feeds; `logo` is a site path to a square PNG. */
  publisher: { name: string; logo: { path: string; width: number; height: number } };
  /** Social accounts, for `twitter:site` (omit what the newsroom does not have). */
  social: { xHandle?: string };
  /** How far back the Google News sitemap reaches: Google reads articles of the last two days. */
  newsSitemapWindowHours: number;
  /** Origin the site is deployed at, without a trailing slash. */
  url: string;
  /** Path the site is served under: starts and ends with `/`. */
  basePath: string;
  /**
   * Where article images may come from besides the site itself. `remote` lists origins
   * (`https://images.example-agency.org`: http or https, no path, no wildcard), default `[]`.
   * Each is added to the Content-Security-Policy's `img-src` (the `<meta>` of every page and
   * `_headers`); an article image on any other origin fails the build, naming the file, line and
   * URL (`src/markdown/rehype-image-sources.ts`). Listing an origin means every reader's browser
   * asks it for those images: it learns the reader's IP address and the site's origin (Referer).
   */
  images: { remote: readonly string[] };
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
      throw new Error(`images.remote entry "${raw}" in src/site.config.ts must start with https:// or http://: expected ${expected}`);
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
  locale: 'en_US',
  publisher: { name: 'The Dispatch', logo: { path: '/logo.png', width: 512, height: 512 } },
  social: {},
  newsSitemapWindowHours: 48,
  url: normalizeSiteUrl(process.env.SITE_URL),
  basePath: normalizeBasePath(process.env.BASE_PATH),
  images: { remote: normalizeImageOrigins([]) },
};

/** The build's "now": `SOURCE_DATE_EPOCH` when set, else the clock. */
export function buildTime(env: Record<string, string | undefined> = process.env): Date {
  const epoch = env.SOURCE_DATE_EPOCH?.trim();
  if (!epoch) return new Date();
  if (!/^\d+$/.test(epoch)) throw new Error(`SOURCE_DATE_EPOCH "${epoch}" must be whole seconds since 1970-01-01T00:00:00Z`);
  return new Date(Number(epoch) * 1000);
}
