/**
 * The files static hosts read beside the site: `_headers` (Netlify, Cloudflare
 * Pages) and `_redirects`. Plain text from plain data; the build integration
 * (`src/integrations/static-host-files.ts`) collects the data from `dist/`.
 */
import { joinBasePath } from './urls.ts';

/** Response headers every page gets, beside the Content-Security-Policy. */
const SECURITY_HEADERS: Readonly<Record<string, string>> = {
  'X-Content-Type-Options': 'nosniff',
  'Referrer-Policy': 'strict-origin-when-cross-origin',
  'Permissions-Policy':
    'accelerometer=(), autoplay=(), camera=(), display-capture=(), encrypted-media=(), fullscreen=(), geolocation=(), gyroscope=(), magnetometer=(), microphone=(), midi=(), payment=(), picture-in-picture=(), publickey-credentials-get=(), screen-wake-lock=(), sync-xhr=(), usb=(), xr-spatial-tracking=(), browsing-topics=()',
  'X-Frame-Options': 'DENY',
  'Cross-Origin-Opener-Policy': 'same-origin',
};

/** Files under `_astro/` carry a content hash in their name: cache them for good. */
const IMMUTABLE_CACHE = 'public, max-age=31536000, immutable';

type Policy = Map<string, string[]>;

function parsePolicy(text: string): Policy {
  const policy: Policy = new Map();
  for (const directive of text.split(';')) {
    const [name, ...sources] = directive.trim().split(/\s+/);
    if (name) policy.set(name.toLowerCase(), sources);
  }
  return policy;
}

/**
 * One Content-Security-Policy for a whole site from the per-page policies Astro
 * writes into each page's `<meta>`: the same directives, the union of the hashes,
 * plus the directives a `<meta>` cannot carry (`frame-ancestors`).
 */
export function siteContentSecurityPolicy(
  pagePolicies: readonly string[],
  extra: readonly string[] = ["frame-ancestors 'none'"],
): string {
  const merged: Policy = new Map();
  for (const text of pagePolicies) {
    for (const [name, sources] of parsePolicy(text)) {
      const known = merged.get(name) ?? [];
      merged.set(name, [...known, ...sources.filter((source) => !known.includes(source))]);
    }
  }
  for (const [name, sources] of parsePolicy(extra.join(';'))) merged.set(name, sources);
  return [...merged].map(([name, sources]) => [name, ...sources].join(' ')).join('; ');
}

/** `_headers` in the Netlify / Cloudflare Pages format. */
export function headersFile({
  basePath,
  contentSecurityPolicy,
}: {
  basePath: string;
  contentSecurityPolicy: string;
}): string {
  const block = (path: string, headers: Record<string, string>) =>
    [path, ...Object.entries(headers).map(([name, value]) => `  ${name}: ${value}`)].join('\n');
  return `${[
    block(joinBasePath(basePath, '*'), { 'Content-Security-Policy': contentSecurityPolicy, ...SECURITY_HEADERS }),
    block(joinBasePath(basePath, '_astro/*'), { 'Cache-Control': IMMUTABLE_CACHE }),
  ].join('\n\n')}\n`;
}

/** `_redirects`: one permanent redirect a line, `from to 301`, both with the base path. */
export function redirectsFile(redirects: readonly { from: string; to: string }[]): string {
  return redirects
    .toSorted((a, b) => a.from.localeCompare(b.from))
    .map(({ from, to }) => `${from} ${to} 301\n`)
    .join('');
}
