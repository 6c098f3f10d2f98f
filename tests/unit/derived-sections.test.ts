/**
 * Derived sections, checked against fixture articles. Each folder in tests/fixtures/sections/ is a
 * case: `input.md` (YAML frontmatter, then the Markdown body) and `expected.json`
 * (`{ "outline": [...] }`). Adding a case is adding a folder.
 */
import { readdirSync, readFileSync } from 'node:fs';
import yaml from 'js-yaml';
import { toString as mdastToString } from 'mdast-util-to-string';
import { VFile } from 'vfile';
import { describe, expect, it } from 'vitest';
import { blockText } from '../../src/markdown/blocks.ts';
import { articleHtml } from '../../src/markdown/pipeline.ts';
import type { OutlineEntry } from '../../src/markdown/remark-derived-sections.ts';
import { sectionKindIds } from '../../src/subjects/index.ts';

const FIXTURES = new URL('../fixtures/sections/', import.meta.url);
const cases = readdirSync(FIXTURES, { withFileTypes: true })
  .filter((entry) => entry.isDirectory())
  .map((entry) => entry.name)
  .sort();

interface Article {
  frontmatter: Record<string, unknown>;
  body: string;
}

function readArticle(name: string): Article {
  const source = readFileSync(new URL(`${name}/input.md`, FIXTURES), 'utf8');
  const match = /^---\r?\n([\s\S]*?)\r?\n---\r?\n/.exec(source);
  if (!match) throw new Error(`${name}/input.md: no frontmatter`);
  return { frontmatter: yaml.load(match[1] ?? '') as Record<string, unknown>, body: source.slice(match[0].length) };
}

/** The site's pipeline, as the build runs it. */
const pipeline = articleHtml();

function render({ frontmatter, body }: Article): { html: string; outline: OutlineEntry[] } {
  const file = new VFile({ value: body, data: { astro: { frontmatter: structuredClone(frontmatter) } } });
  const html = String(pipeline.processSync(file));
  const data = file.data as { astro: { frontmatter: Record<string, unknown> } };
  return { html, outline: data.astro.frontmatter.outline as OutlineEntry[] };
}

function renderedText(html: string): string {
  return html
    .replace(/<[^>]*>/g, '')
    .replace(/&#x([0-9a-f]+);/gi, (_, hex: string) => String.fromCodePoint(Number.parseInt(hex, 16)))
    .replace(/&#(\d+);/g, (_, decimal: string) => String.fromCodePoint(Number(decimal)))
    .replace(/&(amp|lt|gt|quot);/g, (_, name: string) => ({ amp: '&', lt: '<', gt: '>', quot: '"' })[name] ?? '');
}

const squash = (text: string) => text.replace(/\s+/g, ' ').trim();

/** The ids rehype-slug gives headings with these slugs: a repeated slug gets -1, -2, … */
function expectedIds(slugs: readonly string[]): string[] {
  const seen = new Map<string, number>();
  return slugs.map((slug) => {
    const count = seen.get(slug) ?? 0;
    seen.set(slug, count + 1);
    return count === 0 ? slug : `${slug}-${count}`;
  });
}

describe.each(cases)('fixture %s', (name) => {
  const article = readArticle(name);
  const expected = JSON.parse(readFileSync(new URL(`${name}/expected.json`, FIXTURES), 'utf8')) as {
    outline: OutlineEntry[];
  };
  const { html, outline } = render(article);

  it('has the expected outline', () => {
    expect(outline).toEqual(expected.outline);
  });

  it('renders derived sections with the ids and kinds of the outline, and nothing else derived', () => {
    const derived = outline.filter((entry) => entry.derived);
    const sectionKinds = [
      ...html.matchAll(
        /<section class="derived-section" data-section-kind="([^"]*)"><div class="section-heading"><h2 id="([^"]*)"/g,
      ),
    ];
    expect(sectionKinds.map(([, kind]) => kind)).toEqual(derived.map((entry) => entry.kind));
    expect(sectionKinds.map(([, , id]) => id)).toEqual(expectedIds(derived.map((entry) => entry.kind ?? '')));
    if (derived.length === 0) expect(html).not.toContain('<section');
    // Author headings are kept as written.
    const authorTitles = outline.filter((entry) => !entry.derived).map((entry) => entry.title);
    const headings = [...html.matchAll(/<h2 id="[^"]*"[^>]*>(.*?)<\/h2>/g)].map(([, text]) => text);
    for (const title of authorTitles) expect(headings).toContain(title);
  });

  it('renders every source block once, in order', () => {
    const text = squash(renderedText(html));
    let from = 0;
    for (const node of pipeline.parse(article.body).children) {
      // Blocks as the plugins read them; other nodes (code, raw HTML) by their text.
      const block = squash(blockText(node) || mdastToString(node));
      if (block === '') continue;
      expect(text.split(block).length - 1, `block appears once: ${block.slice(0, 60)}`).toBe(1);
      const at = text.indexOf(block, from);
      expect(at, `block in order: ${block.slice(0, 60)}`).toBeGreaterThanOrEqual(from);
      from = at + block.length;
    }
  });
});

describe('sections frontmatter', () => {
  const seed = readArticle('seed-kalbajar');
  const withSections = (sections: unknown): Article => ({ ...seed, frontmatter: { ...seed.frontmatter, sections } });
  const kindList = sectionKindIds.join(', ');

  it.each([
    [{ pin: { 8: 'foo' } }, `sections.pin.8: unknown section kind "foo"; kinds are ${kindList}`],
    [{ pin: { 3: 7 } }, `sections.pin.3: unknown section kind 7; kinds are ${kindList}`],
    [{ pin: { 12: 'incident' } }, 'sections.pin.12: there is no block 12; the article has 11 blocks'],
    [{ pin: { 0: 'incident' } }, 'sections.pin.0: "0" is not a block number: expected 1, 2, …'],
    [{ pin: { lead: 'incident' } }, 'sections.pin.lead: "lead" is not a block number'],
    [{ pin: ['incident'] }, 'sections.pin: expected block numbers mapped to section kinds'],
    [{}, 'sections.pin: expected block numbers mapped to section kinds, such as { 8: background }, got nothing'],
    [{ pins: { 1: 'incident' } }, 'sections.pins: unknown setting'],
    ['no', 'sections: expected false, or { pin:'],
    // As the article schema reads the field: only `false` and `{ pin }` are settings.
    [true, 'sections: expected false, or { pin:'],
    [null, 'sections: expected false, or { pin:'],
  ])('rejects %j', (sections, message) => {
    expect(() => render(withSections(sections))).toThrow(message);
  });

  it('pins a block to a kind, and the sections follow', () => {
    const { outline } = render(withSections({ pin: { 11: 'mine-map-exchanges', '3': 'incident' } }));
    expect(outline.map(({ kind, blocks }) => [kind, blocks])).toEqual([
      ['incident', [1, 2, 3]],
      ['official-statements', [4, 5]],
      ['prosecution', [6, 7]],
      ['mine-map-exchanges', [8, 9, 10, 11]],
    ]);
  });

  it('derives sections when pins are given, even for an article with few cues', () => {
    const football = readArticle('football-unrelated');
    const { outline } = render({ ...football, frontmatter: { sections: { pin: { 1: 'background' } } } });
    expect(outline.length).toBeGreaterThan(0);
    expect(outline[0]).toMatchObject({ kind: 'background', blocks: expect.arrayContaining([1]) });
  });

  it('treats missing frontmatter as empty', () => {
    const file = new VFile({ value: seed.body });
    pipeline.runSync(pipeline.parse(seed.body), file);
    expect((file.data as { astro: { frontmatter: { outline: unknown[] } } }).astro.frontmatter.outline).toHaveLength(5);
  });
});
