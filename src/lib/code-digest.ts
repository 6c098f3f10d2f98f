/**
 * A digest of the code a derivation runs: the given modules, every project module they import
 * (relative imports, followed to the end), and the name and version of every package they import.
 * A cache keyed by it cannot outlive a change to the code or an upgrade of a library it uses.
 */
import { createHash } from 'node:crypto';
import { existsSync, readFileSync } from 'node:fs';
import { dirname, join, relative, resolve } from 'node:path';

/** `import … from 'x'`, `import('x')`, `require('x')`. */
const IMPORT = /\b(?:from|import|require)\s*\(?\s*['"]([^'"]+)['"]/g;

/** `@scope/name/sub` → `@scope/name`; `name/sub` → `name`; `node:fs` → null. */
function packageName(specifier: string): string | null {
  if (
    specifier.startsWith('node:') ||
    specifier.startsWith('.') ||
    specifier.startsWith('/') ||
    specifier.startsWith('astro:')
  )
    return null;
  const parts = specifier.split('/');
  return specifier.startsWith('@') ? parts.slice(0, 2).join('/') : (parts[0] ?? null);
}

/**
 * The version of a package as installed beside `root` (or a folder above it), or `?` when it cannot
 * be read. Read from its folder, since a package's `exports` may not offer its package.json.
 */
export function installedVersion(root: string, name: string): string {
  for (let folder = root; ; folder = dirname(folder)) {
    const manifest = join(folder, 'node_modules', name, 'package.json');
    if (existsSync(manifest))
      return (JSON.parse(readFileSync(manifest, 'utf8')) as { version?: string }).version ?? '?';
    if (dirname(folder) === folder) return '?';
  }
}

/** Digest of `entries` (absolute paths) and all they import; paths are hashed relative to `root`. */
export function codeDigest(entries: readonly string[], root: string): string {
  const pending = [...entries];
  const sources = new Map<string, string>();
  const packages = new Set<string>();
  for (let file = pending.pop(); file !== undefined; file = pending.pop()) {
    if (sources.has(file)) continue;
    let text: string;
    try {
      text = readFileSync(file, 'utf8');
    } catch {
      continue; // not a module of ours (a folder, a generated file): the bundler reports it if it matters
    }
    sources.set(file, text);
    for (const [, specifier] of text.matchAll(IMPORT)) {
      const bare = specifier!.split('?')[0]!;
      if (bare.startsWith('.')) pending.push(resolve(dirname(file), bare));
      else {
        const name = packageName(bare);
        if (name) packages.add(name);
      }
    }
  }
  const hash = createHash('sha256');
  for (const [file, text] of [...sources].sort(([a], [b]) => a.localeCompare(b)))
    hash.update(`\0${relative(root, file)}\0${text}`);
  for (const name of [...packages].sort()) hash.update(`\0${name}@${installedVersion(root, name)}`);
  return hash.digest('hex').slice(0, 16);
}
