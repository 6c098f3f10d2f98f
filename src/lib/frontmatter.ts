/**
 * An article file's frontmatter and body, read the way Astro reads a Markdown file (its
 * `extractFrontmatter` rule: a `---` block at the start, after an optional BOM or blank lines),
 * with no Astro import, so editor commands such as `npm run outline` start in well under a second.
 */
import yaml from 'js-yaml';

/** Astro's frontmatter pattern, for Markdown files (`---` only). */
const FRONTMATTER = /(?:^\uFEFF?|^\s*\n)---([\s\S]*?\n)---/;

/** The raw YAML between the `---` lines, or undefined when the file has none. */
function extractFrontmatter(source: string): string | undefined {
  return FRONTMATTER.exec(source)?.[1];
}

/**
 * Bounds on what a frontmatter block may hold. Real frontmatter is a few hundred bytes and a few
 * dozen values; YAML aliases can make 1 KB of text stand for billions of values (the "billion
 * laughs"), which every later step (validation, Astro's content store) would walk.
 */
export const FRONTMATTER_LIMITS = {
  /** Characters between the `---` lines. */
  maxChars: 64 * 1024,
  /** Values (scalars, lists, maps) once every alias is expanded. */
  maxValues: 10_000,
} as const;

class FrontmatterError extends Error {
  override name = 'FrontmatterError';
}

/** Frontmatter as written: YAML's core schema keeps timestamps as strings. */
export function parseFrontmatterText(source: string): Record<string, unknown> {
  const raw = extractFrontmatter(source);
  if (raw === undefined) return {};
  if (raw.length > FRONTMATTER_LIMITS.maxChars) {
    throw new FrontmatterError(
      `the frontmatter has ${raw.length.toLocaleString('en')} characters, more than ${FRONTMATTER_LIMITS.maxChars.toLocaleString('en')}: it holds a few fields, the story goes below the second ---`,
    );
  }
  const data = yaml.load(raw, { schema: yaml.CORE_SCHEMA });
  assertExpandedSize(data);
  return data && typeof data === 'object' && !Array.isArray(data) ? (data as Record<string, unknown>) : {};
}

/** Count values as a reader of the data would meet them: an alias counts every time it is used. */
function assertExpandedSize(data: unknown): void {
  let values = 0;
  const stack: unknown[] = [data];
  while (stack.length > 0) {
    const value = stack.pop();
    if (++values > FRONTMATTER_LIMITS.maxValues) {
      throw new FrontmatterError(
        `the frontmatter expands to more than ${FRONTMATTER_LIMITS.maxValues.toLocaleString('en')} values (YAML aliases such as *a repeat what &a names): write the values out`,
      );
    }
    if (value && typeof value === 'object') for (const child of Object.values(value)) stack.push(child);
  }
}

/** The Markdown after the frontmatter block, as Astro hands it to remark. */
export function articleBody(source: string): string {
  const raw = extractFrontmatter(source);
  return raw === undefined ? source : source.replace(`---${raw}---`, '');
}
