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

import { sectionKindIds } from '../../src/subjects/index.ts';
import { evaluateHalf, HALVES, type HalfSummary, NONE, summarise } from './sections-eval.ts';

const args = process.argv.slice(2);
const detailsFor = args.includes('--details') ? args[args.indexOf('--details') + 1] : undefined;
const asJson = args.includes('--json');

const report = HALVES.map((half) => summarise(half, evaluateHalf(half)));
if (asJson) {
  console.log(JSON.stringify(report, null, 2));
} else {
  for (const half of report) printHalf(half);
}

function percent(value: number | null): string {
  return value === null ? '   –  ' : `${(100 * value).toFixed(1).padStart(5)}%`;
}

function printHalf(summary: HalfSummary): void {
  const short = (kind: string) =>
    kind === NONE
      ? 'none'
      : kind
          .split('-')
          .map((word) => word[0])
          .join('');
  console.log(
    `\n== ${summary.half}: ${summary.articles} articles (${summary.onSubject} on the subject, ${summary.offSubject} off it)`,
  );
  console.log(
    `paragraphs right: ${summary.paragraphsRight} / ${summary.paragraphs} = ${percent(summary.accuracy).trim()}`,
  );
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
    console.log(
      `${kind.kind.padEnd(22)} ${percent(kind.precision)}   ${percent(kind.recall)}  ${String(kind.labelled).padStart(8)}  ${String(kind.derived).padStart(7)}`,
    );
  }
  const columns = [...sectionKindIds, NONE];
  console.log(`confusion (rows labelled, columns derived): ${columns.map(short).join(' ')}`);
  console.log(`${''.padEnd(22)}${columns.map((column) => short(column).padStart(6)).join('')}`);
  for (const row of sectionKindIds) {
    console.log(
      `${row.padEnd(22)}${columns.map((column) => String(summary.confusion[row]?.[column] ?? 0).padStart(6)).join('')}`,
    );
  }
  if (detailsFor === summary.half) {
    for (const result of summary.cases) {
      if (result.expected.every((kind, index) => result.derived[index] === kind)) continue;
      console.log(`\n  ${result.name}`);
      result.expected.forEach((kind, index) => {
        const derived = result.derived[index] ?? NONE;
        console.log(
          `    ${String(index + 1).padStart(2)} ${derived === kind ? ' ' : '✗'} ${short(kind).padEnd(4)} → ${short(derived)}`,
        );
      });
    }
  }
}
