import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { readBuiltPage, readPageHead } from '../../src/integrations/built-pages.ts';

const dir = mkdtempSync(path.join(os.tmpdir(), 'built-pages-'));
afterAll(() => rmSync(dir, { recursive: true, force: true }));

function page(name: string, html: string): string {
  const file = path.join(dir, name);
  writeFileSync(file, html);
  return file;
}

describe('readPageHead', () => {
  it('reads up to the end of the head, not the whole page', () => {
    const head = '<!doctype html><html><head><title>T</title></head>';
    const body = `<body>${'<p>words</p>'.repeat(20_000)}</body></html>`;
    const text = readPageHead(page('short-head.html', head + body));
    expect(text.startsWith(head)).toBe(true);
    expect(text.length).toBeLessThan(head.length + body.length);
  });

  it('finds a head that runs over several reads, with characters split between them', () => {
    // Multi-byte characters over 40 KB put a read boundary inside a character.
    const style = `<style>/* ${'é—'.repeat(14_000)} */</style>`;
    const head = `<!doctype html><html><head>${style}<meta property="article:modified_time" content="2024-01-02T03:04:05Z"></head>`;
    const text = readPageHead(page('long-head.html', `${head}<body><p>x</p></body></html>`));
    expect(text.startsWith(head)).toBe(true);
    expect(readBuiltPage('a/index.html', text, '/').modified).toBe('2024-01-02T03:04:05Z');
  });

  it('reads the whole file when there is no head', () => {
    const html = `<p>${'no head '.repeat(5_000)}</p>`;
    expect(readPageHead(page('no-head.html', html))).toBe(html);
  });

  it('reads an empty file as empty', () => {
    expect(readPageHead(page('empty.html', ''))).toBe('');
  });
});
