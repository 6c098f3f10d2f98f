/**
 * Site settings: the one typed source of what the site is called, what language
 * it speaks and where it lives. Everything else reads these values from here.
 *
 * `SITE_URL` and `BASE_PATH` come from the environment so one build can be
 * deployed at a domain root or under a sub-path (GitHub Pages). `SOURCE_DATE_EPOCH`
 * (seconds, the reproducible-builds convention) fixes the build's "now", which
 * only the news sitemap's two-day window depends on.
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
};

/** The build's "now": `SOURCE_DATE_EPOCH` when set, else the clock. */
export function buildTime(env: Record<string, string | undefined> = process.env): Date {
  const epoch = env.SOURCE_DATE_EPOCH?.trim();
  if (!epoch) return new Date();
  if (!/^\d+$/.test(epoch)) throw new Error(`SOURCE_DATE_EPOCH "${epoch}" must be whole seconds since 1970-01-01T00:00:00Z`);
  return new Date(Number(epoch) * 1000);
}
