/**
 * Check a built site for broken internal links and fragments.
 *
 * Usage: node src/cli/check-links.ts [distDir]   (default dist; BASE_PATH and SITE_URL as for the build)
 * Exit code 1 and one line per broken link when any is found.
 */
import { readdirSync, readFileSync } from 'node:fs';
import { join, relative, sep } from 'node:path';
import { findBrokenLinks } from '../lib/link-check.ts';
import { site } from '../site.config.ts';

const distDir = process.argv[2] ?? 'dist';
const files = new Map<string, string>();
try {
  for (const entry of readdirSync(distDir, { recursive: true, withFileTypes: true })) {
    if (!entry.isFile()) continue;
    const path = join(entry.parentPath, entry.name);
    files.set(
      relative(distDir, path).split(sep).join('/'),
      entry.name.endsWith('.html') ? readFileSync(path, 'utf8') : '',
    );
  }
} catch {
  console.error(`No built site in ${distDir}/: run npm run build first.`);
  process.exit(1);
}

const broken = findBrokenLinks(files, { basePath: site.basePath, siteUrl: site.url });
for (const { page, url, reason } of broken) console.error(`${page}: ${url}: ${reason}`);
const pages = [...files.keys()].filter((file) => file.endsWith('.html')).length;
console.log(`${pages} pages checked, ${broken.length} broken link(s).`);
process.exit(broken.length ? 1 : 0);
