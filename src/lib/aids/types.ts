/**
 * Reader aids: what the page can lay out beside an article so it reads faster —
 * when did what happen (timeline), how many (figures), who said what (quotes),
 * where (places). Everything here is plain JSON, derived at build time from the
 * article's own text; nothing is shown that the text does not say.
 *
 * This file holds the shared shapes, plus the two text primitives every
 * derivation uses (tagged terms, read from src/nlp/'s one parse of the text,
 * and sentence spans), so the modules agree on what a word and a sentence are.
 */
import { type Term, termsOf } from '../../nlp/terms.ts';

/** One top-level block of the article body, as plain text. */
export interface Paragraph {
  /** Stable anchor id, `p-1` … `p-n` in body order. */
  id: string;
  /** Plain text (Markdown syntax removed; a blockquote without its `> `). */
  text: string;
  /** The block was a Markdown blockquote: the whole text is a quotation. */
  blockquote?: boolean;
}

export type PartOfDay = 'morning' | 'afternoon' | 'evening' | 'night';

export interface TimelineEntry {
  /** `YYYY-MM-DD` on the article's clock (the start, for a range). */
  date: string;
  /** Last day of a range (`from 3 to 5 March`), `YYYY-MM-DD`. */
  endDate?: string;
  /** Short phrase taken from the sentence that dates the event. */
  label: string;
  /** Paragraph the date comes from; `null` for the publication entry. */
  paragraphId: string | null;
  /** When the text says it (`on the evening of July 26`, `at 12:05 a.m.`). */
  partOfDay?: PartOfDay;
  kind: 'event' | 'publication';
}

export interface KeyFigure {
  /** The number as written, with its scale or currency: `97,000`, `270 million`, `Two`. */
  value: string;
  /** The phrase that says what is counted: `about 92,000 anti-tank and anti-personnel mines`. */
  text: string;
  /** Places named right after the figure in its clause: `Fuzuli and Zangilan`. */
  context?: string;
  paragraphId: string;
}

export interface AttributedQuote {
  /** The quoted words (a closing comma that only led into the attribution is dropped). */
  quote: string;
  /** Who said it, as a readable name: `Azerbaijan's Defense Ministry`, `Amela Hodžić`. */
  speaker: string;
  paragraphId: string;
}

export interface Place {
  /** As first written in a locative construction: `Kalbajar District`, `Aghdam`. */
  name: string;
  /** Paragraphs that name the place, in body order. */
  paragraphIds: string[];
}

export interface ReaderAids {
  timeline: TimelineEntry[];
  figures: KeyFigure[];
  quotes: AttributedQuote[];
  places: Place[];
}

/** Publication: `published` is ISO 8601 with the article's offset; `timezone` is the article's zone. */
export interface ArticleClock {
  published: string;
  timezone: string;
}

export type { Term } from '../../nlp/terms.ts';

/** The terms of `text`, from the one parse every derivation shares (src/nlp/). */
export function tagTerms(text: string): Term[] {
  return termsOf(text);
}

/** Abbreviations (without their dot) after which a full stop does not end a sentence. */
const ABBREVIATIONS = new Set(
  (
    'mr mrs ms dr prof gen lt col capt sgt maj cpl adm rep sen gov st jr sr no nos art para ' +
    'jan feb mar apr jun jul aug sep sept oct nov dec a.m p.m u.s u.n u.k e.u vs etc approx inc ltd co corp dept est'
  ).split(' '),
);

/** `[start, end)` spans of the sentences in `text` (quotes and brackets stay with their sentence). */
export function sentenceSpans(text: string): [number, number][] {
  const spans: [number, number][] = [];
  const boundary = /[.!?]+["”’)\]]*(?=\s+["“‘([]?[\p{Lu}\p{N}])/gu;
  let start = 0;
  for (let m = boundary.exec(text); m; m = boundary.exec(text)) {
    const before = text.slice(start, m.index);
    const lastWord = (/([\p{L}.]+)$/u.exec(before)?.[1] ?? '').toLowerCase();
    // A single capital (`V. Isbandiyarov`) or a known abbreviation does not end a sentence.
    if (/^\p{L}$/u.test(lastWord) || ABBREVIATIONS.has(lastWord.replace(/\.$/, ''))) continue;
    const end = m.index + m[0].length;
    spans.push([start, end]);
    start = end;
    while (start < text.length && /\s/.test(text[start]!)) start++;
  }
  if (start < text.length && text.slice(start).trim()) spans.push([start, text.trimEnd().length]);
  return spans;
}
