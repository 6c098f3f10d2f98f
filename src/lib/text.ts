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
  const cut = (lastSpace > 0 ? room.slice(0, lastSpace) : room.slice(0, max - 1)).replace(/[\s,;:.\-–—]+$/, '');
  return `${cut}…`;
}

/** Words in a text, as a reader counts them: runs of non-space holding a letter or digit. */
export function countWords(text: string): number {
  return text.split(/\s+/).filter((word) => /[\p{L}\p{N}]/u.test(word)).length;
}

/** Authors as a byline reads them: `Jonas Weber and Mia Schneider`, `A, B, and C`. */
export function formatAuthors(authors: readonly string[], locale = 'en'): string {
  let format = listFormats.get(locale);
  if (!format) {
    format = new Intl.ListFormat(locale, { style: 'long', type: 'conjunction' });
    listFormats.set(locale, format);
  }
  return format.format(authors);
}

/** Intl formatters are costly to make and safe to share. */
const listFormats = new Map<string, Intl.ListFormat>();

/**
 * Characters that break a line in the text they came from (Word's manual line break `\v`, the form
 * feed `\f`, NEL, and Unicode's line and paragraph separators): a space stands in for each, so the
 * words on either side stay apart.
 */
const LINE_BREAK_CONTROLS = /[\v\f\u0085\u2028\u2029]/g;

/**
 * Every other character XML 1.0 cannot carry, or tells documents not to: the C0 controls but tab,
 * newline and carriage return; DEL and the C1 controls (U+007F–U+009F); a surrogate that is not half
 * of a pair; U+FFFE and U+FFFF. (In `u` mode a well-formed pair is one code point, so the surrogate
 * range matches lone halves only.)
 */
// biome-ignore lint/suspicious/noControlCharactersInRegex: these are the characters the site strips.
const FORBIDDEN_CHARACTERS = /[\0-\x08\x0e-\x1f\x7f-\x9f\ud800-\udfff\ufffe\uffff]/gu;

/**
 * `text` with nothing an XML 1.0 document cannot hold: line-breaking controls become a space, every
 * other control character, lone surrogate and U+FFFE/U+FFFF is removed. Tab, newline and carriage
 * return stay; whitespace is not collapsed here. Frontmatter, article bodies and feeds all pass
 * through this one function.
 */
export function stripControlCharacters(text: string): string {
  return text.replace(LINE_BREAK_CONTROLS, ' ').replace(FORBIDDEN_CHARACTERS, '');
}
