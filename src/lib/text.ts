/** Plain-text helpers shared by descriptions, feeds and metadata. */

/**
 * Shorten `text` to at most `max` characters, cutting at a word boundary and
 * marking the cut with an ellipsis (which counts toward `max`).
 */
export function truncateAtWord(text: string, max: number): string {
  const clean = text.replace(/\s+/g, ' ').trim();
  if (clean.length <= max) return clean;
  const room = clean.slice(0, max); // leaves one place for the ellipsis after trimming
  const lastSpace = room.lastIndexOf(' ');
  const cut = (lastSpace > 0 ? room.slice(0, lastSpace) : room.slice(0, max - 1)).replace(
    /[\s,;:.\-–—]+$/,
    '',
  );
  return `${cut}…`;
}

/** Words in a text, as a reader counts them: runs of non-space holding a letter or digit. */
export function countWords(text: string): number {
  return text.split(/\s+/).filter((word) => /[\p{L}\p{N}]/u.test(word)).length;
}

/** Authors as a byline reads them: `Jonas Weber and Mia Schneider`, `A, B, and C`. */
export function formatAuthors(authors: readonly string[], locale = 'en'): string {
  let format = listFormats.get(locale);
  if (!format) listFormats.set(locale, (format = new Intl.ListFormat(locale, { style: 'long', type: 'conjunction' })));
  return format.format(authors);
}

/** Intl formatters are costly to make and safe to share. */
const listFormats = new Map<string, Intl.ListFormat>();
