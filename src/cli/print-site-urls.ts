/**
 * Print where the built site will be served, the address of each article in `dist/`, newest
 * permalink first, and how many articles wait for a later build (scheduled). `npm start` calls it
 * between build and preview.
 *
 * Usage: node src/cli/print-site-urls.ts [distDir] [origin] [articlesDir]
 */
import { readdirSync, readFileSync } from 'node:fs';
import { join, relative, sep } from 'node:path';
import { isScheduled } from '../lib/articles.ts';
import { ARTICLES_FOLDER } from '../lib/content-files.ts';
import { resolveArticleDate } from '../lib/dates.ts';
import { parseFrontmatterText } from '../lib/frontmatter.ts';
import { sitePath } from '../lib/urls.ts';
import { buildTime, site } from '../site.config.ts';

const ARTICLE_PAGE = /^(\d{4})\/(\d{2})\/(\d{2})\/([^/]+)\/index\.html$/;

const [distDir = 'dist', origin = 'http://localhost:4321', articlesDir = ARTICLES_FOLDER] = process.argv.slice(2);

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
const scheduled = scheduledArticles(articlesDir, buildTime());
if (scheduled.length) {
  console.log(`Scheduled (${scheduled.length}), left out until their time:`);
  for (const { file, date } of scheduled) console.log(`  ${date}  ${file}`);
}
console.log('');

/** Articles of the folder dated after `now`, soonest first. The build checked them all already. */
function scheduledArticles(folder: string, now: Date): { file: string; date: string }[] {
  let files: string[];
  try {
    files = readdirSync(folder, { recursive: true, encoding: 'utf8' }).filter((file) => file.endsWith('.md'));
  } catch {
    return [];
  }
  return files
    .flatMap((file) => {
      const data = parseFrontmatterText(readFileSync(join(folder, file), 'utf8'));
      if (data.draft === true || typeof data.date !== 'string' || typeof data.timezone !== 'string') return [];
      const date = resolveArticleDate(data.date, data.timezone);
      return isScheduled({ date }, now) ? [{ file: join(folder, file), date }] : [];
    })
    .sort((a, b) => Date.parse(a.date) - Date.parse(b.date));
}
