/**
 * An article file's frontmatter and body, read the way Astro reads a Markdown file (its
 * `extractFrontmatter` rule: a `---` block at the start, after an optional BOM or blank lines),
 * with no Astro import, so editor commands such as `npm run outline` start in well under a second.
 */
import yaml from 'js-yaml';

/** Astro's frontmatter pattern, for Markdown files (`---` only). */
const FRONTMATTER = /(?:^\uFEFF?|^\s*\n)---([\s\S]*?\n)---/;

/** The raw YAML between the `---` lines, or undefined when the file has none. */
export function extractFrontmatter(source: string): string | undefined {
  return FRONTMATTER.exec(source)?.[1];
}

/** Frontmatter as written: YAML's core schema keeps timestamps as strings. */
export function parseFrontmatterText(source: string): Record<string, unknown> {
  const raw = extractFrontmatter(source);
  if (raw === undefined) return {};
  const data = yaml.load(raw, { schema: yaml.CORE_SCHEMA });
  return data && typeof data === 'object' && !Array.isArray(data) ? (data as Record<string, unknown>) : {};
}

/** The Markdown after the frontmatter block, as Astro hands it to remark. */
export function articleBody(source: string): string {
  const raw = extractFrontmatter(source);
  return raw === undefined ? source : source.replace(`---${raw}---`, '');
}
