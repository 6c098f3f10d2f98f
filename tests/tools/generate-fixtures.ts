/**
 * Write a synthetic corpus of news articles (tests/support/fixture-articles.ts) to a folder.
 *
 *   node tests/tools/generate-fixtures.ts --count 500 --out /tmp/articles [--seed 3] [--force]
 *
 * - The folder must be missing or empty; `--force` deletes it first.
 * - Writing into the project's `content/` needs `--into-content` as well, and even then
 *   `--force` never deletes `content/` or `content/articles/` themselves (they hold the real
 *   articles): pick a subfolder such as `content/articles/fixtures`.
 */
import { existsSync, mkdirSync, readdirSync, realpathSync, rmSync, writeFileSync } from 'node:fs';
import { dirname, join, relative, resolve, sep } from 'node:path';
import { PROJECT_ROOT } from '../support/astro.ts';
import { bodyWordCount, generateArticles } from '../support/fixture-articles.ts';
import { parseCorpusArgs } from './corpus-args.ts';

const USAGE = 'usage: node tests/tools/generate-fixtures.ts --count N --out DIR [--seed S] [--force] [--into-content]';

function fail(message: string): never {
  console.error(`generate-fixtures: ${message}`);
  process.exit(1);
}

/** The real path of `path`, resolving symlinks in the part that exists. */
function realPathOf(path: string): string {
  const absolute = resolve(path);
  let existing = absolute;
  while (!existsSync(existing)) existing = dirname(existing);
  return join(realpathSync(existing), relative(existing, absolute));
}

/** `inner` is `outer` or inside it. */
function isWithin(inner: string, outer: string): boolean {
  const rel = relative(outer, inner);
  return rel === '' || (!rel.startsWith('..') && !rel.startsWith(sep) && rel !== '..');
}

export function main(argv: string[]): void {
  const { values, count, seed } = parseCorpusArgs(
    argv,
    {
      out: { type: 'string' },
      force: { type: 'boolean', default: false },
      'into-content': { type: 'boolean', default: false },
    },
    USAGE,
    fail,
  );
  if (values.out === undefined || values.out.trim() === '') fail(`--out is required (${USAGE})`);

  // Relative to where the command was typed, also under `npm run` (which moves to the project root).
  const out = realPathOf(resolve(process.env.INIT_CWD ?? process.cwd(), values.out));
  const root = realPathOf(PROJECT_ROOT);
  const content = join(root, 'content');
  if (isWithin(out, content) && !values['into-content']) {
    fail(
      `refusing to write into the project's content/ (${relative(root, out) || '.'}): add --into-content if you mean it`,
    );
  }
  if (isWithin(root, out)) fail(`refusing to use ${out}: it holds the project itself`);

  if (existsSync(out) && readdirSync(out).length > 0) {
    if (!values.force) fail(`${values.out} is not empty: choose an empty folder, or add --force to delete it first`);
    if (isWithin(join(content, 'articles'), out)) {
      fail(
        `refusing to delete ${relative(root, out)}: it holds the project's articles; write to a subfolder such as content/articles/fixtures`,
      );
    }
    rmSync(out, { recursive: true, force: true });
  }

  const articles = generateArticles({ count, seed });
  let words = 0;
  for (const { path, text } of articles) {
    const file = join(out, path);
    mkdirSync(dirname(file), { recursive: true });
    writeFileSync(file, text);
    words += bodyWordCount(text);
  }
  console.log(`wrote ${articles.length} articles (${words.toLocaleString('en-US')} words, seed ${seed}) to ${out}`);
}

if (import.meta.main) main(process.argv.slice(2));
