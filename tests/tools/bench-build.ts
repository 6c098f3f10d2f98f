/**
 * How fast, and in how much memory, the site builds N articles, against a bare Astro project.
 *
 *   node tests/tools/bench-build.ts --count 1000 [--seed 1] [--runs cold,warm] [--no-bare | --no-ours] [--extra DIR]
 *
 * - Generates N synthetic articles (tests/support/fixture-articles.ts) into a throw-away project,
 *   .cache/bench/site-N/ holding a copy of this project's code, written as tests/support/astro.ts
 *   writes test projects (node_modules is found by walking up). Its caches outlive the run.
 * - cold: a first build (Astro's caches and the social image, reader-aids and search-shard caches cleared);
 *   warm: a rebuild with nothing changed, every cache kept, as on a real rebuild. `--runs warm`
 *   alone first primes the caches with an unmeasured build, which reuses what earlier runs left.
 * - The same corpus is built by a bare Astro project (.cache/bench/bare-N/, a copy of
 *   tests/fixtures/bare-astro/: one page per article, the unified Markdown processor without plugins, nothing derived) for scale, and
 *   by the peer a publisher would otherwise pick (.cache/bench/peer-N/): the same bare project, then
 *   Pagefind's own command over its pages (`pagefind --site dist`, as AstroPaper and Astro Cactus
 *   build), with the language ours forces. Ours is printed against both.
 * - For each build: wall time, articles per second, milliseconds per article, and peak memory:
 *   the highest summed RSS of the build's whole process tree, sampled every 100 ms.
 *   The build's output, each line stamped with the seconds since the start, and the tree's
 *   memory every 10 s, go to .cache/bench/logs/<build>.log as the build runs.
 * - `--extra DIR` adds the Markdown files of DIR (any depth) to the corpus, under `extra/`: for
 *   example pathological articles, to measure what one of them costs a build.
 * - `--profile` runs every Node process of the builds with `--cpu-prof`; the profiles land in
 *   .cache/bench/profiles/<build>/ (open them in Chrome DevTools).
 * Exits 1 if any build fails, printing the end of its output.
 */
import { spawn } from 'node:child_process';
import { createWriteStream, mkdirSync, readdirSync, readFileSync, rmSync } from 'node:fs';
import { dirname, join, resolve } from 'node:path';
import { site } from '../../src/site.config.ts';
import { PROJECT_ROOT, type ProjectArticles, toolchainEnv, writeProject } from '../support/astro.ts';
import { bodyWordCount, type GeneratedArticle, generateArticles } from '../support/fixture-articles.ts';
import { processTree, sampleProcessTreeMemory } from '../support/process-tree-memory.ts';
import { parseCorpusArgs } from './corpus-args.ts';

// Not under node_modules: Node runs no TypeScript from there, and the build runs src/cli/search-index.ts.
const BENCH_ROOT = join(PROJECT_ROOT, '.cache/bench');
const USAGE =
  'usage: node tests/tools/bench-build.ts --count N [--seed S] [--runs cold,warm] [--no-bare | --no-ours] [--extra DIR] [--profile]';
const RUN_KINDS = ['cold', 'warm'] as const;
type RunKind = (typeof RUN_KINDS)[number];
const MB = 1024 * 1024;

function fail(message: string): never {
  console.error(`bench-build: ${message}`);
  process.exit(1);
}

interface Options {
  count: number;
  seed: number;
  runs: RunKind[];
  bare: boolean;
  ours: boolean;
  profile: boolean;
  extra: string | undefined;
}

function parseOptions(argv: string[]): Options {
  const { values, count, seed } = parseCorpusArgs(
    argv,
    {
      runs: { type: 'string', default: 'cold,warm' },
      'no-bare': { type: 'boolean', default: false },
      'no-ours': { type: 'boolean', default: false },
      profile: { type: 'boolean', default: false },
      extra: { type: 'string' },
    },
    USAGE,
    fail,
  );
  const runs = values.runs
    .split(',')
    .map((run) => run.trim())
    .filter(Boolean);
  const unknown = runs.filter((run) => !(RUN_KINDS as readonly string[]).includes(run));
  if (runs.length === 0 || unknown.length > 0)
    fail(`--runs takes cold and/or warm, comma-separated, got "${values.runs}"`);
  if (values['no-bare'] && values['no-ours']) fail('--no-bare and --no-ours together leave nothing to build');
  return {
    count,
    seed,
    runs: RUN_KINDS.filter((kind) => runs.includes(kind)),
    bare: !values['no-bare'],
    ours: !values['no-ours'],
    profile: values.profile,
    extra: values.extra === undefined ? undefined : resolve(process.env.INIT_CWD ?? process.cwd(), values.extra),
  };
}

// ---------------------------------------------------------------------------
// Projects

/** The corpus as a project holds it: path below content/articles → text. */
function articleFiles(articles: readonly GeneratedArticle[]): ProjectArticles {
  return Object.fromEntries(articles.map(({ path, text }) => [path, text]));
}

/** The Markdown files of a folder, as corpus articles under `extra/`. */
function extraArticles(dir: string): GeneratedArticle[] {
  let files: string[];
  try {
    files = readdirSync(dir, { recursive: true, encoding: 'utf8' }).filter((file) => file.endsWith('.md'));
  } catch {
    fail(`--extra ${dir}: not a readable folder`);
  }
  if (files.length === 0) fail(`--extra ${dir}: no .md files in it`);
  return files.map((file) => ({ path: `extra/${file}`, text: readFileSync(join(dir, file), 'utf8') }));
}

/** What a build leaves behind that the next build reuses: cleared before a cold build. */
const CACHE_DIRS = [
  '.astro',
  'node_modules/.astro',
  'node_modules/.vite',
  'dist',
  'social-cache',
  'reader-aids-cache',
  'search-shard-cache',
];

function clearCaches(root: string): void {
  for (const dir of CACHE_DIRS) rmSync(join(root, dir), { recursive: true, force: true });
}

// A project's code and corpus are written afresh on every run (`writeProject`), but its caches
// (CACHE_DIRS) are kept, so a warm run after an earlier run of the same size only has to prime what changed.

/** Our site over the corpus: a copy of this project's code, its own content and caches. */
function makeSiteProject(root: string, articles: readonly GeneratedArticle[]): void {
  writeProject(root, { articles: articleFiles(articles) });
}

/** A bare Astro 7 project (its own config, content collection and one page) over the same corpus, for comparison. */
const BARE_PROJECT = join(PROJECT_ROOT, 'tests/fixtures/bare-astro');
function makeBareProject(root: string, articles: readonly GeneratedArticle[]): void {
  writeProject(root, { from: BARE_PROJECT, code: readdirSync(BARE_PROJECT), articles: articleFiles(articles) });
}

/** The peer's build: the bare project's, then Pagefind's command over every page it wrote. */
const PEER_ASTRO = 'npx --no-install astro build';
const PEER_PAGEFIND = `npx --no-install pagefind --site dist --force-language ${site.language}`;

// ---------------------------------------------------------------------------
// Builds

interface BuildResult {
  label: string;
  ok: boolean;
  status: number | null;
  wallMs: number;
  peakBytes: number;
  peakProcesses: number;
  /** Output lines with the milliseconds since the start at which each arrived. */
  lines: { at: number; text: string }[];
  logFile: string;
}

/** A project's build command, run from its folder so caches kept under the working folder stay in it. */
async function build(
  label: string,
  root: string,
  command: readonly string[],
  extraEnv: Record<string, string>,
  profile: boolean,
): Promise<BuildResult> {
  process.stdout.write(`${label}: building… `);
  const logFile = join(BENCH_ROOT, 'logs', `${label}.log`);
  mkdirSync(dirname(logFile), { recursive: true });
  const log = createWriteStream(logFile);
  const stamp = (at: number) => `[${(at / 1000).toFixed(1).padStart(7)}s]`;
  const env = { ...extraEnv };
  if (profile) {
    const dir = join(BENCH_ROOT, 'profiles', label);
    rmSync(dir, { recursive: true, force: true });
    env.NODE_OPTIONS = `${process.env.NODE_OPTIONS ?? ''} --cpu-prof --cpu-prof-dir=${dir}`.trim();
  }
  const start = performance.now();
  const child = spawn(command[0]!, command.slice(1), {
    cwd: root,
    env: toolchainEnv(env),
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  const sampler = sampleProcessTreeMemory(child.pid!, 100);
  // Interrupted (Ctrl-C, kill): stop the whole build tree, say how far it got, and leave.
  const interrupt = (signal: NodeJS.Signals) => {
    for (const pid of processTree(child.pid!).reverse()) {
      try {
        process.kill(pid, 'SIGTERM');
      } catch {
        // already gone
      }
    }
    const { peakBytes } = sampler.stop();
    const message = `interrupted by ${signal} after ${((performance.now() - start) / 1000).toFixed(1)} s, peak RSS so far ${Math.round(peakBytes / MB)} MB`;
    log.write(`${stamp(performance.now() - start)} bench: ${message}\n`);
    console.log(`\n${label}: ${message}; log: ${logFile}`);
    log.end(() => process.exit(130));
  };
  process.once('SIGINT', interrupt);
  process.once('SIGTERM', interrupt);
  const lines: BuildResult['lines'] = [];
  const add = (at: number, text: string) => {
    lines.push({ at, text });
    log.write(`${stamp(at)} ${text}\n`);
  };
  const collect = (stream: NodeJS.ReadableStream) => {
    let pending = '';
    stream.setEncoding('utf8');
    stream.on('data', (chunk: string) => {
      const at = performance.now() - start;
      const parts = (pending + chunk).split('\n');
      pending = parts.pop()!;
      for (const text of parts) add(at, text);
    });
    stream.on('end', () => {
      if (pending) add(performance.now() - start, pending);
    });
  };
  collect(child.stdout!);
  collect(child.stderr!);
  const progress = setInterval(() => {
    const { lastBytes, peakBytes } = sampler.current();
    log.write(
      `${stamp(performance.now() - start)} bench: tree RSS ${Math.round(lastBytes / MB)} MB, peak ${Math.round(peakBytes / MB)} MB\n`,
    );
  }, 10_000);
  const status = await new Promise<number | null>((done, reject) => {
    child.on('error', reject);
    child.on('close', (code) => done(code));
  });
  const wallMs = performance.now() - start;
  process.off('SIGINT', interrupt);
  process.off('SIGTERM', interrupt);
  clearInterval(progress);
  const peak = sampler.stop();
  log.write(
    `${stamp(wallMs)} bench: exit ${status}, wall ${(wallMs / 1000).toFixed(1)} s, peak RSS ${Math.round(peak.peakBytes / MB)} MB\n`,
  );
  await new Promise((done) => log.end(done));
  const ok = status === 0;
  console.log(
    ok ? `${(wallMs / 1000).toFixed(1)} s, peak ${Math.round(peak.peakBytes / MB)} MB` : `FAILED (exit ${status})`,
  );
  return { label, ok, status, wallMs, peakBytes: peak.peakBytes, peakProcesses: peak.peakProcesses, lines, logFile };
}

/**
 * Where the time went, from the build's log lines: start-up (config, Vite), content sync (loading,
 * validating and rendering every article's Markdown), bundling, page generation, the integrations
 * after the pages (social images, host files, sitemap) and, for ours and the peer, the search
 * index after `astro build`. Also how many social images the build rendered (the rest came from the cache).
 */
function phases(result: BuildResult): string {
  const firstAt = (pattern: RegExp, after = 0) =>
    result.lines.find(({ text, at }) => at >= after && pattern.test(text))?.at;
  const lastAt = (pattern: RegExp) => result.lines.findLast(({ text }) => pattern.test(text))?.at;
  const syncStart = firstAt(/Syncing content/i);
  const syncEnd = firstAt(/Synced content/i);
  const pagesStart = firstAt(/generating static routes/i);
  const pagesEnd = pagesStart === undefined ? undefined : lastAt(/\(\+\d+(?:\.\d+)?m?s\)\s*$/);
  const astroEnd = lastAt(/\[build\] Complete!/);
  const searchIndexed = result.lines.some(({ text }) => /^search index:|Running Pagefind/.test(text));
  const end = result.wallMs;
  const span = (from: number | undefined, to: number | undefined) =>
    from === undefined || to === undefined ? '?' : `${((to - from) / 1000).toFixed(1)}s`;
  const socialImages = result.lines.filter(({ text }) => /social image rendered/.test(text)).length;
  return [
    `start-up ${span(0, syncStart)}`,
    `content sync ${span(syncStart, syncEnd)}`,
    `bundle ${span(syncEnd, pagesStart)}`,
    `pages ${span(pagesStart, pagesEnd)}`,
    `after pages ${span(pagesEnd, searchIndexed ? astroEnd : end)}`,
    ...(searchIndexed ? [`search index ${span(astroEnd, end)}`] : []),
    ...(socialImages > 0 ? [`${socialImages} social images rendered`] : []),
  ].join(', ');
}

// ---------------------------------------------------------------------------

async function main(): Promise<void> {
  const options = parseOptions(process.argv.slice(2));
  const { count, seed } = options;

  const generatedAt = performance.now();
  const articles = [...generateArticles({ count, seed }), ...(options.extra ? extraArticles(options.extra) : [])];
  const words = articles.reduce((sum, { text }) => sum + bodyWordCount(text), 0);
  console.log(
    `corpus: ${articles.length} articles${options.extra ? ` (${articles.length - count} from ${options.extra})` : ''}, ${words.toLocaleString('en-US')} words (seed ${seed}), generated in ${((performance.now() - generatedAt) / 1000).toFixed(1)} s`,
  );

  const name = `${count}${options.extra ? '-extra' : ''}`;
  const siteRoot = join(BENCH_ROOT, `site-${name}`);
  const bareRoot = join(BENCH_ROOT, `bare-${name}`);
  const peerRoot = join(BENCH_ROOT, `peer-${name}`);
  const siteEnv = {
    SOCIAL_IMAGE_CACHE_DIR: join(siteRoot, 'social-cache'),
    READER_AIDS_CACHE_DIR: join(siteRoot, 'reader-aids-cache'),
    SEARCH_SHARD_CACHE_DIR: join(siteRoot, 'search-shard-cache'),
  };
  const results: BuildResult[] = [];
  const measured = (result: BuildResult) => {
    results.push(result);
    if (!result.ok) {
      console.error(
        `\n${result.label} failed (exit ${result.status}); full log: ${result.logFile}\n--- last lines ---`,
      );
      console.error(
        result.lines
          .slice(-40)
          .map(({ text }) => text)
          .join('\n'),
      );
      process.exit(1);
    }
  };

  // The bare baseline and the peer first: they are quick, so an interrupted long run still has them.
  // Ours is built as publishers build it (`npm run build`: astro build, then the search index).
  const projects: [
    name: string,
    root: string,
    make: typeof makeSiteProject,
    command: string[],
    env: Record<string, string>,
  ][] = [];
  if (options.bare) {
    projects.push(['bare', bareRoot, makeBareProject, ['npx', '--no-install', 'astro', 'build'], {}]);
    projects.push(['peer', peerRoot, makeBareProject, ['sh', '-c', `${PEER_ASTRO} && ${PEER_PAGEFIND}`], {}]);
  }
  if (options.ours) projects.push(['ours', siteRoot, makeSiteProject, ['npm', 'run', '--silent', 'build'], siteEnv]);

  for (const [name, root, make, command, env] of projects) {
    make(root, articles);
    if (options.runs.includes('cold')) clearCaches(root);
    else {
      // A warm build needs a build of the same code and corpus before it: prime the caches
      // (whatever an earlier run left that still matches is reused), unmeasured.
      const prime = await build(`${name}-prime-${count}`, root, command, env, false);
      if (!prime.ok) measured(prime);
    }
    for (const kind of options.runs)
      measured(await build(`${name}-${kind}-${count}`, root, command, env, options.profile));
  }

  // Table
  const rows = results.map((r) => {
    const seconds = r.wallMs / 1000;
    return [
      r.label,
      seconds.toFixed(1),
      (count / seconds).toFixed(1),
      (r.wallMs / count).toFixed(1),
      String(Math.round(r.peakBytes / MB)),
      String(r.peakProcesses),
    ];
  });
  const header = ['build', 'wall s', 'articles/s', 'ms/article', 'peak RSS MB', 'procs'];
  const widths = header.map((h, i) => Math.max(h.length, ...rows.map((row) => row[i]!.length)));
  const line = (cells: string[]) =>
    cells.map((cell, i) => (i === 0 ? cell.padEnd(widths[i]!) : cell.padStart(widths[i]!))).join('  ');
  console.log(`\n${line(header)}`);
  for (const row of rows) console.log(line(row));

  const find = (label: string) => results.find((r) => r.label === `${label}-${count}`);
  const ratios: string[] = [];
  for (const kind of options.runs) {
    const ours = find(`ours-${kind}`);
    for (const other of ['peer', 'bare']) {
      const them = find(`${other}-${kind}`);
      if (ours && them) {
        ratios.push(
          `ours-${kind}/${other}-${kind}: time ×${(ours.wallMs / them.wallMs).toFixed(2)}, memory ×${(ours.peakBytes / them.peakBytes).toFixed(2)}`,
        );
      }
    }
  }
  const oursWarm = find('ours-warm');
  const bareCold = find('bare-cold');
  if (oursWarm && bareCold && options.runs.includes('warm')) {
    ratios.push(
      `ours-warm/bare-cold: time ×${(oursWarm.wallMs / bareCold.wallMs).toFixed(2)}, memory ×${(oursWarm.peakBytes / bareCold.peakBytes).toFixed(2)}`,
    );
  }
  if (ratios.length > 0) console.log(`\n${ratios.join('\n')}`);
  console.log(`\nphases (from the build logs in ${join(BENCH_ROOT, 'logs')}):`);
  for (const r of results) console.log(`  ${r.label}: ${phases(r)}`);
}

await main();
