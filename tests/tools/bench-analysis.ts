/**
 * What the text analysis costs a build: derived sections and reader aids, in CPU time per article,
 * over the generated corpus (tests/support/fixture-articles.ts), one article after another on one core.
 *
 * Usage: npm run bench:analysis -- [--count 1000] [--seed 1]
 *
 * A first pass over a corpus of another seed warms the JIT up and is not counted; every article of
 * the measured corpus is then read once, as a first build reads it (nothing is cached across
 * articles but what the build shares too: compiled cues, the loaded model). Prints the mean and
 * median CPU milliseconds per article for sections, aids and both, and the slowest article.
 */
import { parseArgs } from 'node:util';
import { VFile } from 'vfile';
import { deriveReaderAids, type Paragraph } from '../../src/lib/aids/index.ts';
import { articleBody, parseFrontmatterText } from '../../src/lib/frontmatter.ts';
import { countWords } from '../../src/lib/text.ts';
import { articleRemark } from '../../src/markdown/pipeline.ts';
import { generateArticles } from '../support/fixture-articles.ts';

const { values } = parseArgs({
  options: { count: { type: 'string', default: '1000' }, seed: { type: 'string', default: '1' } },
});
const count = Number(values.count);
const seed = Number(values.seed);
if (!Number.isInteger(count) || count < 1 || !Number.isInteger(seed)) {
  console.error('usage: npm run bench:analysis -- [--count N] [--seed S]');
  process.exit(1);
}

// The build's remark stage: derived sections, and the cheap plugins before them that read the text.
const processor = articleRemark();

interface Cost {
  path: string;
  words: number;
  sections: number;
  aids: number;
}

function cpuMs(since: NodeJS.CpuUsage): number {
  const used = process.cpuUsage(since);
  return (used.user + used.system) / 1000;
}

function analyse(text: string, path: string): Cost {
  // Read as the build reads an article file: dates stay the strings the build resolves.
  const frontmatter = parseFrontmatterText(text);
  const body = articleBody(text);

  const sectionsStart = process.cpuUsage();
  const file = new VFile({ value: body, data: { astro: { frontmatter: { ...frontmatter } } } });
  processor.runSync(processor.parse(body), file);
  const sections = cpuMs(sectionsStart);

  const paragraphs = (file.data as { astro: { frontmatter: { paragraphs: Paragraph[] } } }).astro.frontmatter
    .paragraphs;
  const aidsStart = process.cpuUsage();
  deriveReaderAids(paragraphs, { published: String(frontmatter.date), timezone: String(frontmatter.timezone) });
  const aids = cpuMs(aidsStart);
  return { path, words: countWords(body), sections, aids };
}

const median = (numbers: number[]) => {
  const sorted = [...numbers].sort((a, b) => a - b);
  const middle = sorted.length >> 1;
  return sorted.length % 2 ? sorted[middle]! : (sorted[middle - 1]! + sorted[middle]!) / 2;
};
const mean = (numbers: number[]) => numbers.reduce((sum, n) => sum + n, 0) / numbers.length;
const ms = (n: number) => `${n.toFixed(1)} ms`;

for (const article of generateArticles({ count: Math.min(100, count), seed: seed + 1_000_003 }))
  analyse(article.text, article.path);

const costs = generateArticles({ count, seed }).map((article) => analyse(article.text, article.path));
const sections = costs.map((cost) => cost.sections);
const aids = costs.map((cost) => cost.aids);
const both = costs.map((cost) => cost.sections + cost.aids);
const slowest = costs.reduce((worst, cost) => (cost.sections + cost.aids > worst.sections + worst.aids ? cost : worst));

console.log(`analysis of ${count} generated articles (seed ${seed}), CPU time per article on one core:`);
console.log(`  mean words    ${Math.round(mean(costs.map((cost) => cost.words)))}`);
console.log(`  sections      mean ${ms(mean(sections))}, median ${ms(median(sections))}`);
console.log(`  aids          mean ${ms(mean(aids))}, median ${ms(median(aids))}`);
console.log(`  both          mean ${ms(mean(both))}, median ${ms(median(both))}`);
console.log(`  slowest       ${ms(slowest.sections + slowest.aids)} (${slowest.words} words, ${slowest.path})`);
