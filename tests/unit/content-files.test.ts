/** Which files the articles folder may hold, how their bytes are read, and how much frontmatter may say. */
import { describe, expect, it } from 'vitest';
import {
  assertArticleHasText,
  assertBuildableContentFiles,
  contentFileProblem,
  decodeArticleText,
  projectPath,
} from '../../src/lib/content-files.ts';
import { FRONTMATTER_LIMITS, parseFrontmatterText } from '../../src/lib/frontmatter.ts';

describe('contentFileProblem', () => {
  it.each([
    '2022/kalbajar.md',
    'deep/er/Иван Петров.md',
    'pct%41.md',
    'with space.md',
    'a/photo.jpg',
    'a/map.SVG',
    '.DS_Store',
    'a/Thumbs.db',
  ])('builds or keeps %s', (path) => {
    expect(contentFileProblem(path)).toBeUndefined();
  });

  it.each([
    ['report#2.md', /contains "#"/],
    ['what?.md', /contains "\?"/],
    ['dir#1/story.md', /contains "#"/],
    ['photo#1.jpg', /contains "#"/],
    ['long.markdown', /rename it to end in \.md/],
    ['SHOUT.MD', /rename it to end in \.md/],
    ['feature.mdx', /a "\.mdx" file is neither an article/],
    ['notes.txt', /a "\.txt" file is neither an article/],
    ['README', /a file without an extension/],
    ['story.md~', /neither an article/],
  ])('refuses %s', (path, problem) => {
    expect(contentFileProblem(path)).toMatch(problem);
  });

  it('names every refused file in one error, under the folder', () => {
    expect(() => assertBuildableContentFiles(['ok.md', 'a.txt', 'b#.md'], 'content/articles')).toThrow(
      /content\/articles\/a\.txt: .*\n {2}content\/articles\/b#\.md: /,
    );
    expect(() => assertBuildableContentFiles(['ok.md', 'pic.png'], 'content/articles')).not.toThrow();
  });
});

describe('decodeArticleText', () => {
  it('reads UTF-8, a BOM and replacement characters written on purpose included', () => {
    expect(decodeArticleText(Buffer.from('\uFEFFcafé � Иван', 'utf8'), 'a.md')).toBe('\uFEFFcafé � Иван');
  });

  it('refuses Latin-1, naming the file, the byte and its line', () => {
    expect(() =>
      decodeArticleText(Buffer.from('---\ntitle: x\n---\nThe café.', 'latin1'), 'content/articles/cafe.md'),
    ).toThrow('content/articles/cafe.md: not UTF-8 (byte 0xE9 on line 4');
  });

  it('refuses a sequence cut short at the end of the file', () => {
    expect(() => decodeArticleText(Uint8Array.from([0x61, 0x0a, 0xd0]), 'x.md')).toThrow(/byte 0xD0 on line 2/);
  });
});

describe('assertArticleHasText', () => {
  it('refuses a body with no letter or digit', () => {
    expect(() => assertArticleHasText('\n  \n<!-- -->\n', 'a.md')).toThrow(
      'a.md: the article has no text below the frontmatter',
    );
  });
  it('accepts one word', () => {
    expect(() => assertArticleHasText('\nWord\n', 'a.md')).not.toThrow();
  });
});

describe('projectPath', () => {
  it('cuts the working folder off a path below it, and leaves others whole', () => {
    expect(projectPath('/work/site/content/articles/a.md', '/work/site')).toBe('content/articles/a.md');
    expect(projectPath('/elsewhere/a.md', '/work/site')).toBe('/elsewhere/a.md');
  });
});

describe('frontmatter bounds', () => {
  const frontmatter = (yaml: string) => `---\n${yaml}\n---\nBody\n`;

  it('refuses an alias bomb before anything walks it', () => {
    let yaml = 'a: &a [x, x, x, x, x, x, x, x, x]';
    for (const [prev, name] of [...'abcdefgh'].map((c, i) => [c, 'bcdefghi'[i]!]))
      yaml += `\n${name}: &${name} [${Array(9).fill(`*${prev}`).join(', ')}]`;
    const started = performance.now();
    expect(() => parseFrontmatterText(frontmatter(yaml))).toThrow(/expands to more than 10,000 values/);
    expect(performance.now() - started, 'stops counting at the bound').toBeLessThan(1000);
  });

  it('accepts aliases that stay small', () => {
    expect(parseFrontmatterText(frontmatter('a: &a [1, 2]\nb: *a'))).toEqual({ a: [1, 2], b: [1, 2] });
  });

  it('refuses a block past the character bound, and accepts one just under it', () => {
    const line = (n: number) => `description: ${'w'.repeat(n)}`;
    expect(() => parseFrontmatterText(frontmatter(line(FRONTMATTER_LIMITS.maxChars)))).toThrow(/more than 65,536/);
    expect(parseFrontmatterText(frontmatter(line(FRONTMATTER_LIMITS.maxChars - 100))).description).toHaveLength(
      FRONTMATTER_LIMITS.maxChars - 100,
    );
  });
});
