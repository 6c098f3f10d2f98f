/** remark-local-images alone, through unified(), against a folder made for the test. */
import { mkdirSync, mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import remarkParse from 'remark-parse';
import { unified } from 'unified';
import { VFile } from 'vfile';
import { describe, expect, it } from 'vitest';
import remarkLocalImages from '../../src/markdown/remark-local-images.ts';

const folder = mkdtempSync(join(tmpdir(), 'local-images-'));
mkdirSync(join(folder, 'pics'));
for (const name of ['photo.jpg', 'pics/map 1.png']) writeFileSync(join(folder, name), 'x');

function run(markdown: string, path: string | null = join(folder, 'story.md')) {
  const processor = unified().use(remarkParse).use(remarkLocalImages);
  return () => processor.runSync(processor.parse(markdown), new VFile({ path: path ?? undefined, value: markdown }));
}

describe('remark-local-images', () => {
  it('passes images beside the article, with ./, without, in a subfolder, escaped', () => {
    expect(run('![a](./photo.jpg)\n\n![b](photo.jpg "Caption")\n\n![c](pics/map%201.png)\n')).not.toThrow();
  });

  it('leaves remote, site and data URLs to the other checks', () => {
    expect(
      run('![a](https://example.org/a.jpg) ![b](/logo.png) ![c](data:image/png;base64,AA) ![d](//cdn.example/x.png)\n'),
    ).not.toThrow();
  });

  it('refuses a missing file, naming every one with its line', () => {
    const check = run('Intro.\n\n![a](./gone.jpg)\n\n![b](pics/also-gone.png)\n');
    expect(check).toThrow(/images that are not beside the article/);
    expect(check).toThrow(/line 3: \.\/gone\.jpg\n {2}line 5: pics\/also-gone\.png/);
  });

  it('keeps a malformed escape as written instead of throwing a URI error', () => {
    expect(run('![a](./100%.jpg)\n')).toThrow(/line 1: \.\/100%\.jpg/);
  });

  it('checks nothing without a file path (text given in memory)', () => {
    expect(run('![a](./gone.jpg)\n', null)).not.toThrow();
  });
});
