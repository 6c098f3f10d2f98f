/**
 * The table of contents of an article: its outline (from remark-derived-sections,
 * derived or the author's own `##` headings) paired with the ids rehype-slug gave
 * those headings, which Astro reports as `headings` from `render()`.
 */
export interface TocEntry {
  title: string;
  /** Id of the section heading, the fragment of the section's permalink. */
  id: string;
}

/** Both lists are in document order; a section's heading is the next depth-2 heading with its title. */
export function tableOfContents(
  sections: readonly string[],
  headings: readonly { depth: number; slug: string; text: string }[],
): TocEntry[] {
  const h2 = headings.filter((heading) => heading.depth === 2);
  const entries: TocEntry[] = [];
  let from = 0;
  for (const title of sections) {
    const at = h2.findIndex((heading, index) => index >= from && heading.text.trim() === title.trim());
    if (at < 0) continue;
    entries.push({ title, id: h2[at]!.slug });
    from = at + 1;
  }
  return entries;
}

/** A table of contents is worth showing from two sections on. */
export const TOC_MIN_SECTIONS = 2;
