/**
 * The section evaluation itself, shared by `npm run eval:sections` (eval-sections.ts, which prints
 * it) and the unit test that holds its invariants (tests/unit/sections-eval.test.ts): runs the
 * site's section plugin over the labelled corpus in tests/fixtures/sections-eval/ (LABELLING.md).
 */
import { readdirSync, readFileSync } from 'node:fs';
import type { Nodes } from 'mdast';
import { VFile } from 'vfile';
import { articleBody, parseFrontmatterText } from '../../src/lib/frontmatter.ts';
import { blockText, isBlock } from '../../src/markdown/blocks.ts';
import { articleHtml, articleParser } from '../../src/markdown/pipeline.ts';
import type { OutlineEntry } from '../../src/markdown/remark-derived-sections.ts';
import { sectionKindIds } from '../../src/subjects/index.ts';

export const CORPUS = new URL('../fixtures/sections-eval/', import.meta.url);
export const HALVES = ['tuning', 'held-out'] as const;
/** The site's pipeline, made once: its classifier compiles the cues when it is made. */
const HTML = articleHtml();
/** Column for a block that got no section at all. */
export const NONE = '(none)';

export interface CaseResult {
  name: string;
  expected: string[];
  derived: string[];
  offSubject: boolean;
  inventedSections: number;
  renderedOnce: boolean;
}

/**
 * One case folder (`input.md`, `expected.json`) read as the build reads an article file: its
 * frontmatter and body, its blocks (parsed without the plugins, so the trainer reads stories even
 * when the committed model no longer fits) and the outline a sub-editor gave it.
 */
interface CorpusCase {
  name: string;
  frontmatter: Record<string, unknown>;
  body: string;
  blocks: Nodes[];
  expectedOutline: OutlineEntry[];
}

function readCases(folder: URL): CorpusCase[] {
  return readdirSync(folder, { withFileTypes: true })
    .filter((entry) => entry.isDirectory())
    .map((entry) => entry.name)
    .sort()
    .map((name) => {
      const source = readFileSync(new URL(`${name}/input.md`, folder), 'utf8');
      const body = articleBody(source);
      const expected = JSON.parse(readFileSync(new URL(`${name}/expected.json`, folder), 'utf8')) as {
        outline: OutlineEntry[];
      };
      return {
        name,
        frontmatter: parseFrontmatterText(source) as Record<string, unknown>,
        body,
        blocks: articleParser().parse(body).children.filter(isBlock),
        expectedOutline: expected.outline,
      };
    });
}

/** The kind an outline gives each block, `NONE` where it gives none. */
function blockKinds(blocks: readonly Nodes[], outline: readonly OutlineEntry[]): string[] {
  const kinds: string[] = blocks.map(() => NONE);
  for (const entry of outline) for (const block of entry.blocks) kinds[block - 1] = entry.kind ?? NONE;
  return kinds;
}

export function evaluateHalf(half: string): CaseResult[] {
  return readCases(new URL(`${half}/`, CORPUS)).map(evaluateCase);
}

function evaluateCase({ name, frontmatter, body, blocks, expectedOutline }: CorpusCase): CaseResult {
  const file = new VFile({ value: body, data: { astro: { frontmatter: structuredClone(frontmatter) } } });
  const html = String(HTML.processSync(file));
  const outline = (file.data as { astro: { frontmatter: { outline: OutlineEntry[] } } }).astro.frontmatter.outline;

  const expected = blockKinds(blocks, expectedOutline);
  if (expected.includes(NONE) && expectedOutline.length > 0)
    throw new Error(`${name}/expected.json: not every block is labelled`);
  const offSubject = expectedOutline.length === 0;
  return {
    name,
    expected,
    derived: blockKinds(blocks, outline),
    offSubject,
    inventedSections: offSubject ? outline.length : 0,
    renderedOnce: rendersEveryBlockOnce(html, blocks),
  };
}

/** Every source block's text appears once in the rendered text, in source order. */
function rendersEveryBlockOnce(html: string, blocks: readonly Nodes[]): boolean {
  const squash = (text: string) => text.replace(/\s+/g, ' ').trim();
  const rendered = squash(
    html
      .replace(/<[^>]*>/g, ' ')
      .replace(/&#x([0-9a-f]+);/gi, (_, hex: string) => String.fromCodePoint(Number.parseInt(hex, 16)))
      .replace(/&#(\d+);/g, (_, decimal: string) => String.fromCodePoint(Number(decimal)))
      .replace(/&(amp|lt|gt|quot);/g, (_, entity: string) => ({ amp: '&', lt: '<', gt: '>', quot: '"' })[entity] ?? ''),
  );
  let from = 0;
  for (const block of blocks) {
    const words = squash(blockText(block));
    if (rendered.split(words).length - 1 !== 1) return false;
    const at = rendered.indexOf(words, from);
    if (at < from) return false;
    from = at + words.length;
  }
  return true;
}

export interface HalfSummary {
  half: string;
  articles: number;
  onSubject: number;
  offSubject: number;
  paragraphs: number;
  paragraphsRight: number;
  accuracy: number;
  perKind: { kind: string; precision: number | null; recall: number | null; labelled: number; derived: number }[];
  confusion: Record<string, Record<string, number>>;
  inventedSections: number;
  offSubjectWithSections: string[];
  articlesFullyRight: number;
  notRenderedOnce: string[];
  cases: CaseResult[];
}

export function summarise(half: string, cases: CaseResult[]): HalfSummary {
  const columns = [...sectionKindIds, NONE];
  const confusion: Record<string, Record<string, number>> = Object.fromEntries(
    columns.map((row) => [row, Object.fromEntries(columns.map((column) => [column, 0]))]),
  );
  let paragraphs = 0;
  let right = 0;
  for (const result of cases) {
    result.expected.forEach((kind, index) => {
      const derived = result.derived[index] ?? NONE;
      confusion[kind] ??= {};
      const row = confusion[kind];
      row[derived] = (row[derived] ?? 0) + 1;
      paragraphs++;
      if (derived === kind) right++;
    });
  }
  const perKind = sectionKindIds.map((kind) => {
    const labelled = Object.values(confusion[kind] ?? {}).reduce((sum, n) => sum + n, 0);
    const derived = columns.reduce((sum, row) => sum + (confusion[row]?.[kind] ?? 0), 0);
    const hits = confusion[kind]?.[kind] ?? 0;
    return {
      kind,
      precision: derived ? hits / derived : null,
      recall: labelled ? hits / labelled : null,
      labelled,
      derived,
    };
  });
  return {
    half,
    articles: cases.length,
    onSubject: cases.filter((result) => !result.offSubject).length,
    offSubject: cases.filter((result) => result.offSubject).length,
    paragraphs,
    paragraphsRight: right,
    accuracy: paragraphs ? right / paragraphs : 0,
    perKind,
    confusion,
    inventedSections: cases.reduce((sum, result) => sum + result.inventedSections, 0),
    offSubjectWithSections: cases.filter((result) => result.inventedSections > 0).map((result) => result.name),
    articlesFullyRight: cases.filter((result) => result.expected.every((kind, index) => result.derived[index] === kind))
      .length,
    notRenderedOnce: cases.filter((result) => !result.renderedOnce).map((result) => result.name),
    cases,
  };
}

/** One labelled story of the corpus as the classifier reads it: its title, block texts and labels. */
export interface LabelledStory {
  name: string;
  title: string;
  texts: string[];
  /** The labelled kind of each block; an off-subject story has none. */
  labels: (string | null)[];
}

/**
 * The labelled stories in a corpus folder (a half of this corpus, or tests/fixtures/sections/), read
 * as the section plugin reads an article. Stories whose sections the editor set (`sections:` in
 * the frontmatter) or that have headings of their own are left out: nothing is derived for them.
 */
export function labelledStories(folder: URL): LabelledStory[] {
  return readCases(folder).flatMap(({ name, frontmatter, blocks, expectedOutline }) => {
    if (frontmatter.sections !== undefined || expectedOutline.some((entry) => !entry.derived)) return [];
    const labels = blockKinds(blocks, expectedOutline).map((kind) => (kind === NONE ? null : kind));
    return [{ name, title: String(frontmatter.title ?? ''), texts: blocks.map(blockText), labels }];
  });
}
