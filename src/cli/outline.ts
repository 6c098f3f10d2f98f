/**
 * Print the sections an article gets: the outline remark-derived-sections writes, with the start
 * of each block in it, so an editor can check the split (and pin a block) without a build; then
 * its reader aids (timeline, key figures, quotes, places), as the page's "At a glance" shows them.
 *
 * Usage: npm run outline -- [--json] <file.md>
 *
 * Text: one line per section (its title, and whether it is derived or the author's heading), then
 * one line per block (number and first eight words), then the aids. `--json` prints
 * `{ file, outline, blocks: [{ number, text }], aids }`.
 *
 * Bad input (missing file, broken frontmatter, bad `sections`, and what fails the build's Markdown
 * step: unclosed raw HTML, a picture not beside the article) prints one line naming the file on
 * stderr and exits with 1. Runs under plain Node 24, which strips types: erasable TypeScript only.
 */
import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { VFile } from 'vfile';
import {
  type AidSettings,
  aidsSkipReason,
  deriveReaderAids,
  hasTimelineEvents,
  type Paragraph,
  type ReaderAids,
} from '../lib/aids/index.ts';
import { articleSchema } from '../lib/article-schema.ts';
import { articleBody, parseFrontmatterText } from '../lib/frontmatter.ts';
import { articleRemark } from '../markdown/pipeline.ts';
import type { OutlineEntry } from '../markdown/remark-derived-sections.ts';

const USAGE = 'usage: npm run outline -- [--json] <file.md>';
const PREVIEW_WORDS = 8;

interface ArticleOutline {
  file: string;
  outline: OutlineEntry[];
  blocks: { number: number; text: string }[];
  aids: ReaderAids;
}

const args = process.argv.slice(2);
const json = args.includes('--json');
const files = args.filter((arg) => arg !== '--json');
const [file] = files;
if (file === undefined || files.length > 1 || files.some((arg) => arg.startsWith('-'))) fail(USAGE);

try {
  const result = outlineOf(file);
  console.log(json ? JSON.stringify(result, null, 2) : formatOutline(result));
} catch (error) {
  fail(`${file}: ${describeError(error)}`);
}

/** Run the site's parser and remark plugins on the article, as the build does. */
function outlineOf(path: string): ArticleOutline {
  // npm runs scripts from the project root; INIT_CWD is where the editor typed the command.
  const file = resolve(process.env.INIT_CWD ?? process.cwd(), path);
  const source = readFileSync(file, 'utf8');
  const frontmatter = parseFrontmatterText(source);
  const body = articleBody(source);
  // A copy: the plugins write their results (outline, paragraphs) into the frontmatter they get.
  // The file's own path, so images beside it are found as in the build.
  const vfile = new VFile({ path: file, value: body, data: { astro: { frontmatter: { ...frontmatter } } } });
  const processor = articleRemark();
  processor.runSync(processor.parse(vfile), vfile);
  const facts = (vfile.data as { astro: { frontmatter: Record<string, unknown> } }).astro.frontmatter;
  const outline = facts.outline as OutlineEntry[];
  // The blocks as remark-block-ids read them, before derived sections moved them: block n is p-n.
  const paragraphs = facts.paragraphs as Paragraph[];
  const blocks = paragraphs.map((paragraph, index) => ({ number: index + 1, text: paragraph.text }));
  // The same checks and date resolution as the build; the first problem is the error.
  const checked = articleSchema.safeParse(frontmatter);
  if (!checked.success) {
    const [issue] = checked.error.issues;
    throw new Error(`${issue?.path.join('.') || 'frontmatter'}: ${issue?.message}`);
  }
  const { date, timezone, aids: settings } = checked.data;
  const skipped = aidsSkipReason(paragraphs);
  if (skipped) console.warn(`${path}: ${skipped}; reader aids skipped`);
  const aids = deriveReaderAids(paragraphs, { published: date, timezone }, settings as AidSettings | undefined);
  return { file: path, outline, blocks, aids };
}

function formatOutline({ file, outline, blocks, aids }: ArticleOutline): string {
  const lines: string[] = [];
  if (outline.length === 0)
    lines.push(`${file}: no sections (derivation is off, or the text is not about the section kinds)`);
  else {
    const textOf = new Map(blocks.map((block) => [block.number, block.text]));
    lines.push(`${file}: ${outline.length} section${outline.length === 1 ? '' : 's'}`);
    for (const section of outline) {
      lines.push('', `${section.title}${section.derived ? '' : '  (author heading)'}`);
      for (const number of section.blocks)
        lines.push(`  ${String(number).padStart(3)}  ${preview(textOf.get(number) ?? '')}`);
    }
  }
  return [...lines, ...formatAids(aids)].join('\n');
}

/** The aids as the page lists them, each with the paragraph it links to. */
function formatAids({ timeline, figures, quotes, places }: ReaderAids): string[] {
  const at = (id: string | null) => (id ? `  [${id}]` : '');
  const lines = ['', 'At a glance'];
  if (hasTimelineEvents(timeline)) {
    lines.push('  Timeline');
    for (const e of timeline)
      lines.push(
        `    ${e.date}${e.endDate ? `–${e.endDate}` : ''}${e.partOfDay ? ` (${e.partOfDay})` : ''}  ${e.label}${at(e.paragraphId)}`,
      );
  }
  if (figures.length)
    lines.push(
      '  Key figures',
      ...figures.map((f) => `    ${f.text}${f.context ? ` (${f.context})` : ''}${at(f.paragraphId)}`),
    );
  if (quotes.length)
    lines.push('  Who said what', ...quotes.map((q) => `    ${q.speaker}: “${preview(q.quote)}”${at(q.paragraphId)}`));
  if (places.length) lines.push('  Places', ...places.map((p) => `    ${p.name}${at(p.paragraphIds[0] ?? null)}`));
  if (lines.length === 2) lines.push('  (nothing: no dated events, figures, quotes or places)');
  return lines;
}

function preview(text: string): string {
  const words = text.split(/\s+/).filter(Boolean);
  return words.length > PREVIEW_WORDS ? `${words.slice(0, PREVIEW_WORDS).join(' ')} …` : words.join(' ');
}

/** One line: the file's absence, the YAML's first complaint, or the plugin's message. */
function describeError(error: unknown): string {
  const code = (error as { code?: unknown }).code;
  if (code === 'ENOENT') return 'no such file';
  if (code === 'EISDIR') return 'is a directory, not an article';
  const message = error instanceof Error ? error.message : String(error);
  const firstLine = message.split('\n')[0] ?? message;
  if (error instanceof Error && error.name === 'YAMLException') return `the frontmatter does not parse: ${firstLine}`;
  return firstLine;
}

function fail(message: string): never {
  console.error(message);
  process.exit(1);
}
