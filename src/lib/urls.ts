/**
 * Every internal URL is built here, so the base path (`BASE_PATH`) and the
 * trailing-slash rule are applied once. Nothing else writes a leading `/`.
 */
import { site } from '../site.config.ts';

/** Join a site path (`/2022/07/27/foo/`) onto a base path (`/news/`). */
export function joinBasePath(basePath: string, path: string): string {
  const base = basePath.endsWith('/') ? basePath : `${basePath}/`;
  return `${base}${path.replace(/^\/+/, '')}`;
}

/** Link to a page or file of this site, as used in `href` and `src`. */
export function sitePath(path = '/'): string {
  return joinBasePath(site.basePath, path);
}

/** Absolute URL of a file whose site path already carries the base path (what Astro's getImage returns). */
export function absoluteFromSitePath(path: string): string {
  return new URL(path, site.url).href;
}

/** Absolute URL of a page or file of this site, for canonical links and feeds. */
export function absoluteUrl(path = '/'): string {
  return new URL(sitePath(path), site.url).href;
}
