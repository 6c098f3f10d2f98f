/**
 * The Nu HTML checker (vnu.jar, the W3C validator's engine) on one page of every page type, beside
 * html-validate (site-checks.test.ts): 0 errors. Page types the global build of `content/` lacks
 * (/page/2/, a topic page, an alias redirect, the hostile article) come from one extra build.
 *
 * vnu is a Java program: Java comes from Debian (`default-jre-headless`, installed by .ci/run). A
 * missing `java` fails this test, in CI and out of it: it is never skipped.
 */
import { spawnSync } from 'node:child_process';
import { readdirSync, readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { join, relative, sep } from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import { buildProject, makeProject, PROJECT_ROOT, projectArticles } from '../support/astro.ts';
import { generateArticles } from '../support/fixture-articles.ts';
import { DIST } from './html.ts';

/** `require('vnu-jar')` is the jar's path (a String object). */
const VNU_JAR = String(createRequire(import.meta.url)('vnu-jar'));
const HOSTILE = readFileSync(join(PROJECT_ROOT, 'tests/fixtures/hostile/hostile-article.md'), 'utf8');
const HOSTILE_PAGE = '2024/02/14/hostile-article/index.html';

/** Page type → how its path in dist/ looks (the first page of a list, never its /page/N/). */
const PAGE_TYPES: Record<string, RegExp> = {
  article: /^\d{4}\/\d{2}\/\d{2}\/[^/]+\/index\.html$/,
  'front page': /^index\.html$/,
  'front page 2': /^page\/2\/index\.html$/,
  'year archive': /^\d{4}\/index\.html$/,
  'month archive': /^\d{4}\/\d{2}\/index\.html$/,
  archive: /^archive\/index\.html$/,
  'authors index': /^authors\/index\.html$/,
  author: /^authors\/(?!page\/)[^/]+\/index\.html$/,
  'tags index': /^tags\/index\.html$/,
  tag: /^tags\/(?!page\/)[^/]+\/index\.html$/,
  'places index': /^places\/index\.html$/,
  place: /^places\/(?!page\/)[^/]+\/index\.html$/,
  search: /^search\/index\.html$/,
  404: /^404\.html$/,
};
const REDIRECT = /<meta http-equiv="refresh"/;

function htmlFiles(dist: string): string[] {
  return readdirSync(dist, { recursive: true, withFileTypes: true })
    .filter((entry) => entry.isFile() && entry.name.endsWith('.html'))
    .map((entry) => relative(dist, join(entry.parentPath, entry.name)).split(sep).join('/'))
    .sort();
}

/** One page per type found in `dist` (page type → absolute file), alias redirects included. */
function pagesByType(dist: string): Map<string, string> {
  const paths = htmlFiles(dist);
  const found = new Map<string, string>();
  for (const [type, pattern] of Object.entries(PAGE_TYPES)) {
    const path = paths.find(
      (p) => pattern.test(p) && p !== HOSTILE_PAGE && !REDIRECT.test(readFileSync(join(dist, p), 'utf8')),
    );
    if (path) found.set(type, join(dist, path));
  }
  const redirect = paths.find((p) => REDIRECT.test(readFileSync(join(dist, p), 'utf8')));
  if (redirect) found.set('alias redirect', join(dist, redirect));
  if (paths.includes(HOSTILE_PAGE)) found.set('hostile article', join(dist, HOSTILE_PAGE));
  return found;
}

interface VnuMessage {
  type: string;
  subType?: string;
  url?: string;
  lastLine?: number;
  firstColumn?: number;
  message?: string;
  extract?: string;
}

/** One JVM over every file: vnu's errors (and fatal/IO errors), as "file:line:column message" lines. */
function vnuErrors(files: string[]): string[] {
  const java = spawnSync('java', ['-jar', VNU_JAR, '--format', 'json', '--errors-only', ...files], {
    encoding: 'utf8',
    timeout: 110_000,
  });
  if ((java.error as NodeJS.ErrnoException | undefined)?.code === 'ENOENT') {
    throw new Error(
      'cannot run the Nu HTML checker: no `java` on PATH. Install Java from Debian: ' +
        '`apt-get install default-jre-headless` (.ci/run does this when java is missing).',
    );
  }
  if (java.error) throw new Error(`cannot run the Nu HTML checker: ${java.error.message}`);
  let report: { messages: VnuMessage[] };
  try {
    report = JSON.parse(java.stderr || java.stdout);
  } catch {
    throw new Error(`the Nu HTML checker gave no JSON report (exit ${java.status}):\n${java.stderr}\n${java.stdout}`);
  }
  return report.messages
    .filter((m) => m.type === 'error' || m.type === 'non-document-error')
    .map((m) => {
      const file = m.url ? relative(PROJECT_ROOT, decodeURI(m.url.replace(/^file:/, ''))) : '?';
      return `${file}:${m.lastLine ?? '?'}:${m.firstColumn ?? '?'} ${m.type}${m.subType ? ` (${m.subType})` : ''}: ${m.message} «${(m.extract ?? '').trim()}»`;
    });
}

describe('the Nu HTML checker', () => {
  let pages: Map<string, string>;

  beforeAll(() => {
    pages = pagesByType(DIST);
    const missing = [...Object.keys(PAGE_TYPES), 'alias redirect', 'hostile article'].filter(
      (type) => !pages.has(type),
    );
    if (missing.length === 0) return;
    // The global build lacks these: a project of its own articles, the hostile article and enough
    // generated ones (several authors, topics, aliases) for a second front page has them all.
    const generated = generateArticles({ count: 30, seed: 14 });
    const root = makeProject('nu-html-checker', {
      ...projectArticles(),
      'fixtures/hostile-article.md': HOSTILE,
      ...Object.fromEntries(generated.map((article) => [`generated/${article.path}`, article.text])),
    });
    const { status, output } = buildProject(root);
    expect(status, output).toBe(0);
    const extra = pagesByType(join(root, 'dist'));
    for (const type of missing) {
      const file = extra.get(type);
      if (file) pages.set(type, file);
    }
  });

  it('finds a page of every page type', () => {
    const types = [...Object.keys(PAGE_TYPES), 'alias redirect', 'hostile article'];
    expect(types.filter((type) => !pages.has(type))).toEqual([]);
  });

  it('reports 0 errors on every page type', () => {
    const errors = vnuErrors([...pages.values()]);
    expect(errors, errors.join('\n')).toEqual([]);
  });
});
