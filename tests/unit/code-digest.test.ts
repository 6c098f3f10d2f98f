/**
 * Cache keys of derivations (src/lib/code-digest.ts): every module followed, every package version
 * counted, nothing else.
 */
import { mkdirSync, mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { codeDigest } from '../../src/lib/code-digest.ts';

function project(): { root: string; write: (path: string, text: string) => void; digest: () => string } {
  const root = mkdtempSync(join(tmpdir(), 'code-digest-'));
  const write = (path: string, text: string) => {
    mkdirSync(join(root, path, '..'), { recursive: true });
    writeFileSync(join(root, path), text);
  };
  write('src/entry.ts', "import { b } from './b.ts';\nimport lib from 'lib';\nexport const a = b + lib;\n");
  write('src/b.ts', "const gazetteer = require('@scope/names/sub');\nexport const b = 1;\n");
  write('src/unrelated.ts', 'export const c = 3;\n');
  write('node_modules/lib/package.json', '{ "name": "lib", "version": "1.0.0" }');
  write('node_modules/@scope/names/package.json', '{ "name": "@scope/names", "version": "2.0.0" }');
  return { root, write, digest: () => codeDigest([join(root, 'src/entry.ts')], root) };
}

describe('codeDigest', () => {
  it('changes with a module the entry imports, at any depth', () => {
    const { write, digest } = project();
    const before = digest();
    write('src/b.ts', 'export const b = 2;\n');
    expect(digest()).not.toBe(before);
  });

  it('changes with the version of a package imported or required', () => {
    const { write, digest } = project();
    const before = digest();
    write('node_modules/lib/package.json', '{ "name": "lib", "version": "1.0.1" }');
    const afterLib = digest();
    expect(afterLib).not.toBe(before);
    write('node_modules/@scope/names/package.json', '{ "name": "@scope/names", "version": "2.1.0" }');
    expect(digest()).not.toBe(afterLib);
  });

  it('stays the same when only files the entry does not import change', () => {
    const { write, digest } = project();
    const before = digest();
    write('src/unrelated.ts', 'export const c = 4;\n');
    expect(digest()).toBe(before);
  });
});
