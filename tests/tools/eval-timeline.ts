/**
 * How well the timeline reads dates in prose it was not built on: derives the timeline of each
 * article in tests/fixtures/timeline-eval/ (tuning and held-out halves, labelled by hand) and
 * compares its events with the labelled ones. An event is right when its day and paragraph are
 * the labelled ones; its part of day is scored among the right events.
 *
 * Usage: npm run eval:timeline -- [--details tuning|held-out] [--json]
 * Prints, per half: precision, recall, articles fully right and part-of-day agreement.
 * `--details` lists each wrong article of that half (meant for the tuning half).
 */
import { readdirSync, readFileSync } from 'node:fs';
import { VFile } from 'vfile';
import { deriveTimeline, type Paragraph } from '../../src/lib/aids/index.ts';
import { articleBody, parseFrontmatterText } from '../../src/lib/frontmatter.ts';
import { articleRemark } from '../../src/markdown/pipeline.ts';

const CORPUS = new URL('../fixtures/timeline-eval/', import.meta.url);
const HALVES = ['tuning', 'held-out'] as const;

interface LabelledEvent {
  date: string;
  paragraph: number;
  partOfDay?: string;
}

interface CaseResult {
  name: string;
  expected: LabelledEvent[];
  derived: LabelledEvent[];
}

const args = process.argv.slice(2);
const detailsFor = args.includes('--details') ? args[args.indexOf('--details') + 1] : undefined;
const asJson = args.includes('--json');

/** The build's remark stage, which numbers the blocks and reads their text; made once. */
const PROCESSOR = articleRemark();

function evaluateCase(folder: URL, name: string): CaseResult {
  const source = readFileSync(new URL('input.md', folder), 'utf8');
  const frontmatter = parseFrontmatterText(source);
  const body = articleBody(source);
  const file = new VFile({ value: body, data: { astro: { frontmatter: {} } } });
  PROCESSOR.runSync(PROCESSOR.parse(body), file);
  const paragraphs = (file.data as { astro: { frontmatter: { paragraphs: Paragraph[] } } }).astro.frontmatter
    .paragraphs;
  const derived = deriveTimeline(paragraphs, {
    published: String(frontmatter.date),
    timezone: String(frontmatter.timezone),
  })
    .filter((entry) => entry.kind === 'event')
    .map((entry) => ({
      date: entry.date,
      paragraph: Number(entry.paragraphId?.replace(/^p-/, '')),
      ...(entry.partOfDay ? { partOfDay: entry.partOfDay } : {}),
    }));
  const expected = (JSON.parse(readFileSync(new URL('expected.json', folder), 'utf8')) as { events: LabelledEvent[] })
    .events;
  return { name, expected, derived };
}

const key = (event: LabelledEvent) => `${event.date}#${event.paragraph}`;

function summarise(half: string) {
  const folder = new URL(`${half}/`, CORPUS);
  const cases = readdirSync(folder, { withFileTypes: true })
    .filter((entry) => entry.isDirectory())
    .map((entry) => entry.name)
    .sort()
    .map((name) => evaluateCase(new URL(`${name}/`, folder), name));
  let right = 0;
  let partsRight = 0;
  let labelled = 0;
  let derived = 0;
  let fully = 0;
  for (const result of cases) {
    const expected = new Map(result.expected.map((event) => [key(event), event]));
    labelled += result.expected.length;
    derived += result.derived.length;
    let allRight = result.expected.length === result.derived.length;
    for (const event of result.derived) {
      const label = expected.get(key(event));
      if (!label) {
        allRight = false;
        continue;
      }
      right++;
      if ((label.partOfDay ?? null) === (event.partOfDay ?? null)) partsRight++;
      else allRight = false;
    }
    if (allRight) fully++;
  }
  return {
    half,
    articles: cases.length,
    labelled,
    derived,
    right,
    precision: derived ? right / derived : null,
    recall: labelled ? right / labelled : null,
    partOfDayAgreement: right ? partsRight / right : null,
    articlesFullyRight: fully,
    cases,
  };
}

const percent = (value: number | null) => (value === null ? '–' : `${(100 * value).toFixed(1)}%`);
const report = HALVES.map(summarise);
if (asJson) {
  console.log(JSON.stringify(report, null, 2));
} else {
  for (const half of report) {
    console.log(
      `\n== ${half.half}: ${half.articles} articles, ${half.labelled} labelled events, ${half.derived} derived`,
    );
    console.log(
      `events right (day and paragraph): ${half.right}; precision ${percent(half.precision)}, recall ${percent(half.recall)}`,
    );
    console.log(`part of day agrees on ${percent(half.partOfDayAgreement)} of the right events`);
    console.log(`articles fully right: ${half.articlesFullyRight} / ${half.articles}`);
    if (detailsFor !== half.half) continue;
    for (const result of half.cases) {
      const expected = new Set(result.expected.map(key));
      const derivedKeys = new Set(result.derived.map(key));
      const missed = result.expected.filter((event) => !derivedKeys.has(key(event)));
      const extra = result.derived.filter((event) => !expected.has(key(event)));
      if (missed.length === 0 && extra.length === 0) continue;
      console.log(`\n  ${result.name}`);
      for (const event of missed) console.log(`    missed ${event.date} (p-${event.paragraph})`);
      for (const event of extra) console.log(`    extra  ${event.date} (p-${event.paragraph})`);
    }
  }
}
