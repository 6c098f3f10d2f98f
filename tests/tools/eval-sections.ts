/**
 * How well derived sections hold on stories the classifier was not built on: runs the site's
 * section plugin over the labelled corpus in tests/fixtures/sections-eval/ (see LABELLING.md there)
 * and prints, for each half (tuning, held-out):
 * - paragraph accuracy (a block is right when its derived kind is its labelled kind; an on-subject
 *   story that gets no sections has every block wrong);
 * - precision and recall per kind, and the confusion matrix (rows: labelled, columns: derived);
 * - invented sections: sections derived for stories labelled as off-subject;
 * - articles fully right, and whether every block was rendered exactly once, in order.
 *
 * Usage: npm run eval:sections -- [--details tuning|held-out] [--json]
 * `--details` lists each wrong article of that half with its labelled and derived kinds; it is
 * meant for the tuning half. Runs under plain Node 24 (erasable TypeScript only).
 */
import { readdirSync, readFileSync } from 'node:fs';
import yaml from 'js-yaml';
import type { Nodes } from 'mdast';
import { toString } from 'mdast-util-to-string';
import rehypeStringify from 'rehype-stringify';
import remarkParse from 'remark-parse';
import remarkRehype from 'remark-rehype';
import { unified } from 'unified';
import { VFile } from 'vfile';
import remarkDerivedSections, { isBlock, type OutlineEntry } from '../../src/markdown/remark-derived-sections.ts';
import { sectionKindIds } from '../../src/subjects/index.ts';

const CORPUS = new URL('../fixtures/sections-eval/', import.meta.url);
const HALVES = ['tuning', 'held-out'] as const;
/** Column for a block that got no section at all. */
const NONE = '(none)';

interface CaseResult {
  name: string;
  expected: string[];
  derived: string[];
  offSubject: boolean;
  inventedSections: number;
  renderedOnce: boolean;
}

const args = process.argv.slice(2);
const detailsFor = args.includes('--details') ? args[args.indexOf('--details') + 1] : undefined;
const asJson = args.includes('--json');

const report = HALVES.map((half) => summarise(half, evaluateHalf(half)));
if (asJson) {
  console.log(JSON.stringify(report, null, 2));
} else {
  for (const half of report) printHalf(half);
}

function evaluateHalf(half: string): CaseResult[] {
  const folder = new URL(`${half}/`, CORPUS);
  return readdirSync(folder, { withFileTypes: true })
    .filter((entry) => entry.isDirectory())
    .map((entry) => entry.name)
    .sort()
    .map((name) => evaluateCase(new URL(`${name}/`, folder), name));
}

function evaluateCase(folder: URL, name: string): CaseResult {
  const source = readFileSync(new URL('input.md', folder), 'utf8');
  const match = /^---\r?\n([\s\S]*?)\r?\n---\r?\n/.exec(source);
  if (!match) throw new Error(`${name}/input.md: no frontmatter`);
  const frontmatter = yaml.load(match[1] ?? '') as Record<string, unknown>;
  const body = source.slice(match[0].length);
  const expectedOutline = (JSON.parse(readFileSync(new URL('expected.json', folder), 'utf8')) as { outline: OutlineEntry[] }).outline;

  const file = new VFile({ value: body, data: { astro: { frontmatter: structuredClone(frontmatter) } } });
  const html = String(unified().use(remarkParse).use(remarkDerivedSections).use(remarkRehype).use(rehypeStringify).processSync(file));
  const outline = (file.data as { astro: { frontmatter: { outline: OutlineEntry[] } } }).astro.frontmatter.outline;

  const blocks = unified().use(remarkParse).parse(body).children.filter(isBlock);
  const kindsOf = (entries: readonly OutlineEntry[]) => {
    const kinds: string[] = blocks.map(() => NONE);
    for (const entry of entries) for (const block of entry.blocks) kinds[block - 1] = entry.kind ?? NONE;
    return kinds;
  };
  const expected = kindsOf(expectedOutline);
  if (expected.includes(NONE) && expectedOutline.length > 0) throw new Error(`${name}/expected.json: not every block is labelled`);
  const offSubject = expectedOutline.length === 0;
  return {
    name,
    expected,
    derived: kindsOf(outline),
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
    const words = squash(blockWords(block));
    if (rendered.split(words).length - 1 !== 1) return false;
    const at = rendered.indexOf(words, from);
    if (at < from) return false;
    from = at + words.length;
  }
  return true;
}

function blockWords(node: Nodes): string {
  if (node.type === 'paragraph' || !('children' in node)) return toString(node);
  return node.children.map(blockWords).join(' ');
}

interface HalfSummary {
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

function summarise(half: string, cases: CaseResult[]): HalfSummary {
  const columns = [...sectionKindIds, NONE];
  const confusion: Record<string, Record<string, number>> = Object.fromEntries(
    columns.map((row) => [row, Object.fromEntries(columns.map((column) => [column, 0]))]),
  );
  let paragraphs = 0;
  let right = 0;
  for (const result of cases) {
    result.expected.forEach((kind, index) => {
      const derived = result.derived[index] ?? NONE;
      const row = confusion[kind] ?? (confusion[kind] = {});
      row[derived] = (row[derived] ?? 0) + 1;
      paragraphs++;
      if (derived === kind) right++;
    });
  }
  const perKind = sectionKindIds.map((kind) => {
    const labelled = Object.values(confusion[kind] ?? {}).reduce((sum, n) => sum + n, 0);
    const derived = columns.reduce((sum, row) => sum + (confusion[row]?.[kind] ?? 0), 0);
    const hits = confusion[kind]?.[kind] ?? 0;
    return { kind, precision: derived ? hits / derived : null, recall: labelled ? hits / labelled : null, labelled, derived };
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
    articlesFullyRight: cases.filter((result) => result.expected.every((kind, index) => result.derived[index] === kind)).length,
    notRenderedOnce: cases.filter((result) => !result.renderedOnce).map((result) => result.name),
    cases,
  };
}

function percent(value: number | null): string {
  return value === null ? '   –  ' : `${(100 * value).toFixed(1).padStart(5)}%`;
}

function printHalf(summary: HalfSummary): void {
  const short = (kind: string) => (kind === NONE ? 'none' : kind.split('-').map((word) => word[0]).join(''));
  console.log(`\n== ${summary.half}: ${summary.articles} articles (${summary.onSubject} on the subject, ${summary.offSubject} off it)`);
  console.log(`paragraphs right: ${summary.paragraphsRight} / ${summary.paragraphs} = ${percent(summary.accuracy).trim()}`);
  console.log(`articles fully right: ${summary.articlesFullyRight} / ${summary.articles}`);
  console.log(
    `invented sections on off-subject stories: ${summary.inventedSections}` +
      (summary.offSubjectWithSections.length ? ` (${summary.offSubjectWithSections.join(', ')})` : ''),
  );
  console.log(
    `every block rendered exactly once: ${summary.notRenderedOnce.length === 0 ? 'yes' : `no: ${summary.notRenderedOnce.join(', ')}`}`,
  );
  console.log('kind                   precision  recall  labelled  derived');
  for (const kind of summary.perKind) {
    console.log(`${kind.kind.padEnd(22)} ${percent(kind.precision)}   ${percent(kind.recall)}  ${String(kind.labelled).padStart(8)}  ${String(kind.derived).padStart(7)}`);
  }
  const columns = [...sectionKindIds, NONE];
  console.log(`confusion (rows labelled, columns derived): ${columns.map(short).join(' ')}`);
  console.log(`${''.padEnd(22)}${columns.map((column) => short(column).padStart(6)).join('')}`);
  for (const row of sectionKindIds) {
    console.log(`${row.padEnd(22)}${columns.map((column) => String(summary.confusion[row]?.[column] ?? 0).padStart(6)).join('')}`);
  }
  if (detailsFor === summary.half) {
    for (const result of summary.cases) {
      if (result.expected.every((kind, index) => result.derived[index] === kind)) continue;
      console.log(`\n  ${result.name}`);
      result.expected.forEach((kind, index) => {
        const derived = result.derived[index] ?? NONE;
        console.log(`    ${String(index + 1).padStart(2)} ${derived === kind ? ' ' : '✗'} ${short(kind).padEnd(4)} → ${short(derived)}`);
      });
    }
  }
}
