/**
 * The table of contents of an article: its outline (from remark-derived-sections,
 * derived or the author's own `##` headings) paired with the ids rehype-slug gave
 * those headings, which Astro reports as `headings` from `render()`.
 */
import { site } from '../site.config.ts';

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

/** Whether an article shows its table of contents: from `minSections` (the site's `tocMinSections`) entries on. */
export function showsTableOfContents(entries: readonly TocEntry[], minSections = site.tocMinSections): boolean {
  return entries.length >= minSections;
}
