/**
 * Print where the built site will be served and the address of each article in
 * `dist/`, newest permalink first. `npm start` calls it between build and preview.
 *
 * Usage: node src/cli/print-site-urls.ts [distDir] [origin]
 */
import { readdirSync } from 'node:fs';
import { join, relative, sep } from 'node:path';
import { sitePath } from '../lib/urls.ts';
import { site } from '../site.config.ts';

const ARTICLE_PAGE = /^(\d{4})\/(\d{2})\/(\d{2})\/([^/]+)\/index\.html$/;

const [distDir = 'dist', origin = 'http://localhost:4321'] = process.argv.slice(2);

let pages: string[];
try {
  pages = readdirSync(distDir, { recursive: true, withFileTypes: true })
    .filter((entry) => entry.isFile())
    .map((entry) => relative(distDir, join(entry.parentPath, entry.name)).split(sep).join('/'));
} catch {
  console.error(`No built site in ${distDir}/: run npm run build first.`);
  process.exit(1);
}

const articles = pages
  .filter((page) => ARTICLE_PAGE.test(page))
  .map((page) => `/${page.replace(/index\.html$/, '')}`)
  .sort()
  .reverse();

const url = (path: string) => new URL(sitePath(path), origin).href;
console.log(`\n${site.name} is served at ${url('/')}`);
console.log(articles.length ? `Articles (${articles.length}):` : 'No articles were built.');
for (const path of articles.slice(0, 20)) console.log(`  ${url(path)}`);
if (articles.length > 20) console.log(`  … and ${articles.length - 20} more on the front page.`);
console.log('');
