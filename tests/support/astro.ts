/**
 * Run the real Astro CLI from tests and benchmarks: the default build of this project, and
 * builds of throw-away projects that share this one's code but hold their own
 * articles (so a bad article never touches `content/` or `.astro/`).
 */
import { spawnSync } from 'node:child_process';
import { cpSync, existsSync, mkdirSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { dirname, join, relative, resolve, sep } from 'node:path';

export const PROJECT_ROOT = resolve(import.meta.dirname, '../..');
export const OUTPUT_ROOT = join(PROJECT_ROOT, 'tests/.output');

/** What a copy of this project needs to build it, beside its articles. */
export const SITE_CODE = ['src', 'public', 'package.json', 'tsconfig.json', 'astro.config.mjs'];

/** A project's articles: path below content/articles → file text or bytes. */
export type ProjectArticles = Record<string, string | Uint8Array>;

const VITEST_ENV_KEYS = new Set(['NODE_ENV', 'TEST', 'DEV', 'PROD', 'MODE', 'BASE_URL', 'SSR']);

/**
 * The environment for a command of this project's toolchain (Node 24 first on PATH), colours and
 * telemetry off, plus `extra`. Vitest puts NODE_ENV=test, DEV=1, MODE=test… into process.env; Astro
 * would read them as its own import.meta.env and build in development mode (drafts shown), so
 * children get the shell's environment without them.
 */
export function toolchainEnv(extra: Record<string, string> = {}): NodeJS.ProcessEnv {
  const parentEnv = Object.fromEntries(
    Object.entries(process.env).filter(([key]) => !VITEST_ENV_KEYS.has(key) && !key.startsWith('VITEST')),
  );
  return {
    ...parentEnv,
    PATH: `${join(PROJECT_ROOT, 'node_modules/.bin')}:${process.env.PATH ?? ''}`,
    ASTRO_TELEMETRY_DISABLED: '1',
    NO_COLOR: '1',
    FORCE_COLOR: '0',
    ...extra,
  };
}

/**
 * Write a project at `root`: the `code` entries of the project at `from` (this one by default) and
 * `articles`, each replacing what `root` held of them; whatever else `root` holds (a build's caches)
 * is kept. Copies, not links: Vite follows a link to its real path, and Astro then leaves the styles
 * of components outside the project root out of the pages. node_modules is found by walking up; a
 * project of its own keeps Astro's cache (node_modules/.astro) apart.
 */
export function writeProject(
  root: string,
  {
    from = PROJECT_ROOT,
    code = SITE_CODE,
    articles,
  }: { from?: string; code?: readonly string[]; articles: ProjectArticles },
): void {
  mkdirSync(root, { recursive: true });
  for (const entry of [...code, 'content']) rmSync(join(root, entry), { recursive: true, force: true });
  for (const entry of code) cpSync(join(from, entry), join(root, entry), { recursive: true });
  for (const [path, text] of Object.entries(articles)) {
    const file = join(root, 'content/articles', path);
    mkdirSync(dirname(file), { recursive: true });
    writeFileSync(file, text);
  }
}

export interface AstroRun {
  status: number | null;
  /** stdout and stderr together, colours off. */
  output: string;
}

/** A command of this project's toolchain, run in a clean environment (`toolchainEnv`). */
function runCommand(
  command: string,
  args: string[],
  { cwd = PROJECT_ROOT, env = {} }: { cwd?: string; env?: Record<string, string> } = {},
): AstroRun {
  const result = spawnSync(command, args, { cwd, encoding: 'utf8', env: toolchainEnv(env), timeout: 240_000 });
  return { status: result.status, output: `${result.stdout}\n${result.stderr}` };
}

function runAstro(args: string[], options: { cwd?: string; env?: Record<string, string> } = {}): AstroRun {
  return runCommand('npx', ['--no-install', 'astro', ...args], options);
}

/**
 * A project folder under tests/.output/projects/<name> with a copy of this
 * project's code, holding `articles` (`writeProject`), and nothing else.
 * An article of this project given at its own path (as `projectArticles()` gives them) brings the
 * pictures beside it in this project (the seed's lead image), unless `articles` holds that path.
 * Returns its root.
 */
export function makeProject(name: string, articles: ProjectArticles): string {
  const root = join(OUTPUT_ROOT, 'projects', name);
  rmSync(root, { recursive: true, force: true });
  writeProject(root, { articles: { ...pictures(Object.keys(articles)), ...articles } });
  return root;
}

/**
 * The site build of a project made by `makeProject` (or of this one), as `npm run build` runs it:
 * `astro build`, then the search index over the built pages. The site lands in <root>/dist.
 */
export function buildProject(root: string, env: Record<string, string> = {}): AstroRun {
  const astro = runAstro(['build', '--root', root], { env });
  if (astro.status !== 0) return astro;
  const search = runCommand(process.execPath, [join(root, 'src/cli/search-index.ts'), join(root, 'dist')], {
    cwd: root,
    env,
  });
  return { status: search.status, output: `${astro.output}\n${search.output}` };
}

const PICTURE = /\.(jpe?g|png|webp|avif|gif|svg|tiff)$/i;

/** The pictures in the folders of this project's own articles among `paths` (below content/articles). */
function pictures(paths: readonly string[]): Record<string, Uint8Array> {
  const content = join(PROJECT_ROOT, 'content/articles');
  const folders = new Set(
    paths.filter((path) => /\.md$/.test(path) && existsSync(join(content, path))).map((path) => dirname(path)),
  );
  return Object.fromEntries(
    [...folders].flatMap((folder) =>
      readdirSync(join(content, folder), { withFileTypes: true })
        .filter((entry) => entry.isFile() && PICTURE.test(entry.name))
        .map((entry) => [join(folder, entry.name), readFileSync(join(content, folder, entry.name))]),
    ),
  );
}

/** The project's own articles, as `makeProject` takes them. */
export function projectArticles(): Record<string, string> {
  const dir = join(PROJECT_ROOT, 'content/articles');
  return Object.fromEntries(
    readdirSync(dir, { recursive: true, withFileTypes: true })
      .filter((entry) => entry.isFile() && /\.(md|markdown)$/.test(entry.name))
      .map((entry) => {
        const path = join(entry.parentPath, entry.name);
        return [relative(dir, path), readFileSync(path, 'utf8')];
      }),
  );
}

/** Every file of a built site: site-relative path → text (binary files as latin1, for comparing). */
export function readSite(dist: string): Map<string, string> {
  return new Map(
    readdirSync(dist, { recursive: true, withFileTypes: true })
      .filter((entry) => entry.isFile())
      .map((entry): [string, string] => {
        const path = join(entry.parentPath, entry.name);
        return [
          relative(dist, path).split(sep).join('/'),
          readFileSync(path, entry.name.endsWith('.html') ? 'utf8' : 'latin1'),
        ];
      })
      .sort(([a], [b]) => a.localeCompare(b)),
  );
}
