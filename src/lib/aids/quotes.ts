/**
 * Who said what: the direct quotations in an article with their speakers, each
 * linked to its paragraph, in text order.
 *
 * Rules
 * - A quotation is what src/nlp/quotations.ts finds: an opening quote mark to
 *   the next closing one, whatever their pairing (`“…,"` is fine); one left open
 *   runs to the paragraph end. A blockquote paragraph without quote marks is a quotation
 *   as a whole. Inline, only statements count: at least three words starting with
 *   a capital letter; a fragment woven into the reporter's sentence (`were "wide
 *   off the mark"`) or a scare-quoted word is not a statement of its own.
 * - The speaker comes from the attribution: after the quote (`…," the ministry
 *   added.`, `…," said Anja Roth, a resident.`), before it in the same sentence
 *   (`The ministry said: "…"`), or — for a blockquote — the paragraph leading into
 *   it (`… Amela Hodžić, told local television:`); the subject of that clause is
 *   the speaker. A quote with no attribution of its own that follows another in
 *   the same paragraph, or opens the paragraph after it (or a blockquote after a
 *   blockquote), continues that speaker. A quotation without a speaker is skipped.
 * - The speaker is shown as a readable name: a person named in the phrase
 *   (`EU envoy Miroslav Lajčák` → `Miroslav Lajčák`), a surname completed from an
 *   earlier full name, `he`/`she` as the last person named before; a named body as
 *   written without `The`; a description (`the ministry`, `the prosecutor's office`)
 *   resolved to the first earlier mention, outside quotations, of the same words
 *   with a name in front (`Azerbaijan's Defense Ministry`, `the Kalbajar military
 *   prosecutor's office`) or as `Ministry of …`; else the phrase, capitalised.
 * - The quote is as written, trimmed, without the comma that led into the attribution.
 */
import { institutionWords, speechVerbForms } from '../../nlp/lexicon.ts';
import { quotationSpans } from '../../nlp/quotations.ts';
import { type AttributedQuote, type Paragraph, sentenceSpans, type Term, tagTerms } from './types.ts';

/** Verbs of saying, every written form (src/nlp/lexicon.ts), longest first so the alternation takes whole words. */
const SPEECH = [...speechVerbForms].sort((a, b) => b.length - a.length).join('|');
/** `…," the ministry added` — the phrase before the verb, at most ten words. */
const ATTRIBUTION_AFTER = new RegExp(
  `^\\s*[,—–-]?\\s*([^"“”.;!?]{1,100}?)\\s+(?:has\\s+|had\\s+|have\\s+|also\\s+|later\\s+)?(?:${SPEECH})\\b`,
  'i',
);
/** `…," said Anja Roth, a resident` — the phrase after the verb, up to a comma. */
const ATTRIBUTION_INVERTED = new RegExp(
  `^\\s*[,—–-]?\\s*(?:${SPEECH})\\s+(?!that\\b|on\\b|in\\b|at\\b)([^,.;:"“”!?]{2,80})`,
  'i',
);
/** A lead-in ending in `:` or `,` with a verb of saying: `The ministry said in a statement:` */
const LEAD_IN = new RegExp(`\\b(?:${SPEECH})\\b[^.!?"“”]*[:,]\\s*$`, 'i');

/** Head words of a named body; a city or municipality speaks as one too. */
const INSTITUTION_WORDS: ReadonlySet<string> = new Set([...institutionWords, 'municipality', 'city']);
const STOP_WORDS = new Set(
  'the a an of in on for to by with from and or at that which who said says told this these those its their his her'.split(
    ' ',
  ),
);
const PRONOUNS = new Set(['he', 'she', 'him', 'her']);

interface Span {
  paragraph: number;
  /** Offsets of the quoted words (inside the marks) and of the marks themselves. */
  start: number;
  end: number;
  open: number;
  close: number;
  block: boolean;
}

/** Quotation spans in one paragraph (module comment; the finder is src/nlp/quotations.ts). */
function quoteSpans(text: string, paragraph: number, blockquote: boolean): Span[] {
  const spans: Span[] = quotationSpans(text).map(({ open, close }) => ({
    paragraph,
    start: open + 1,
    end: close,
    open,
    close,
    block: false,
  }));
  if (blockquote && spans.length === 0 && text.trim()) {
    spans.push({ paragraph, start: 0, end: text.length, open: -1, close: text.length, block: true });
  }
  return spans;
}

/** The paragraph's text with every quotation blanked out (same length). */
function outsideQuotes(text: string, spans: Span[]): string {
  let out = text;
  for (const s of spans) {
    const from = Math.max(0, s.open);
    const to = Math.min(text.length, s.close + 1);
    out = out.slice(0, from) + ' '.repeat(to - from) + out.slice(to);
  }
  return out;
}

const escapeRegExp = (text: string): string => text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
const capitalise = (text: string): string => text.charAt(0).toUpperCase() + text.slice(1);
const isCapitalised = (word: string): boolean => /^\p{Lu}/u.test(word);

function readable(phrase: string): string {
  return capitalise(phrase.replace(/^(?:the|a|an)\s+/i, '').trim());
}

/** Runs of capitalised words (with `of`/`for`/`and` inside a named body). */
function capitalisedRuns(phrase: string): string[] {
  return [
    ...phrase.matchAll(
      /\p{Lu}[\p{L}\p{M}'’.-]*(?:\s+(?:(?:of|for|and|de|von|van|al|bin|ibn)\s+)?\p{Lu}[\p{L}\p{M}'’.-]*)*/gu,
    ),
  ].map((m) => m[0].replace(/['’]s$/, ''));
}

const isInstitution = (name: string): boolean =>
  name
    .toLowerCase()
    .split(/\s+/)
    .some((w) => INSTITUTION_WORDS.has(w.replace(/['’]s$/, '')));

/** A person's name in the phrase: the last run of two or more capitalised words naming no body. */
function personIn(phrase: string): string | null {
  const runs = capitalisedRuns(phrase)
    .map((r) => r.replace(/^(?:The|A|An)\s+/, ''))
    .filter((r) => r.split(/\s+/).length >= 2 && !/\s(?:of|for|and)\s/.test(r) && !isInstitution(r));
  return runs[runs.length - 1] ?? null;
}

interface Context {
  /** Every paragraph's text outside quotations, in order. */
  outside: string[];
  /** People named so far (outside quotations), in order of mention. */
  people: readonly string[];
  /** Earlier mentions of a description, found once per article (see `mentionsOf`). */
  mentions: Map<string, DescriptionMention[]>;
}

/** Where a description is named with a name in front (`Azerbaijan's Defense Ministry`). */
interface DescriptionMention {
  paragraph: number;
  at: number;
  end: number;
  name: string;
}

/**
 * Every mention of `description` (without `the`) with a name in front, or as `Ministry of …`, in
 * reading order. Read once per article and description, so an article's cost stays linear in
 * the number of its quotations.
 */
function mentionsOf(description: string, ctx: Context): DescriptionMention[] {
  const known = ctx.mentions.get(description);
  if (known) return known;
  const words = description.trim().split(/\s+/);
  const head = words[words.length - 1]!;
  const pattern = new RegExp(`(?<![\\p{L}])${words.map(escapeRegExp).join('\\s+')}(?![\\p{L}])`, 'giu');
  const ofForm = new RegExp(
    `(?<![\\p{L}])${escapeRegExp(capitalise(head))}\\s+of\\s+(?:the\\s+)?\\p{Lu}[\\p{L}\\p{M}'’-]*(?:\\s+\\p{Lu}[\\p{L}\\p{M}'’-]*)*`,
    'gu',
  );
  const mentions: DescriptionMention[] = [];
  ctx.outside.forEach((text, paragraph) => {
    const candidates: DescriptionMention[] = [];
    for (const m of text.matchAll(pattern)) {
      const collected: string[] = [];
      // The name in front is at most four words: read a bounded stretch before the match.
      let before = text.slice(Math.max(0, m.index - 200), m.index);
      for (let n = 0; n < 4; n++) {
        const w = /(\S+)\s+$/.exec(before);
        if (!w || /[,.;:!?)"“”]$/.test(w[1]!) || STOP_WORDS.has(w[1]!.toLowerCase())) break;
        collected.unshift(w[1]!);
        before = before.slice(0, w.index);
      }
      while (collected.length && !isCapitalised(collected[0]!)) collected.shift();
      if (collected.length) {
        const at = m.index - collected.join(' ').length - 1;
        candidates.push({ paragraph, at, end: m.index + m[0].length, name: `${collected.join(' ')} ${m[0]}` });
      }
    }
    for (const m of text.matchAll(ofForm))
      candidates.push({ paragraph, at: m.index, end: m.index + m[0].length, name: m[0] });
    mentions.push(...candidates.sort((x, y) => x.at - y.at));
  });
  ctx.mentions.set(description, mentions);
  return mentions;
}

/** The first mention of `description` before `position` in paragraph `paragraph`, as a name. */
function antecedent(description: string, ctx: Context, paragraph: number, position: number): string | null {
  const first = mentionsOf(description, ctx).find(
    (m) => m.paragraph < paragraph || (m.paragraph === paragraph && m.end <= position),
  );
  return first ? first.name.replace(/\s+/g, ' ') : null;
}

/** Who `phrase` names, as a readable name (module comment). */
function resolveSpeaker(raw: string, ctx: Context, paragraph: number, position: number): string | null {
  const phrase = raw
    .replace(/^\s*(?:and|but)\s+/i, '')
    .replace(/[\s,;:]+$/, '')
    .trim();
  if (!phrase || phrase.split(/\s+/).length > 12) return null;
  const lower = phrase.toLowerCase();

  if (PRONOUNS.has(lower)) return ctx.people[ctx.people.length - 1] ?? null;
  if (/^(?:it|they|we|i|you)$/.test(lower)) return null;

  // A named body: `The Ministry of Civil Affairs`, `Azerbaijan's Defense Ministry`.
  const body = phrase.replace(/^the\s+/i, '');
  const named = body.split(/\s+/).every((w) => isCapitalised(w) || /^(?:of|for|and|on|the|de)$/.test(w));
  if (named && isInstitution(body)) return readable(body);

  const person = personIn(phrase);
  if (person) return person;

  // A surname alone: complete it from an earlier full name.
  if (/^\p{Lu}[\p{L}\p{M}'’-]+$/u.test(phrase)) {
    const full = [...ctx.people].reverse().find((name) => name.endsWith(` ${phrase}`));
    return full ?? phrase;
  }

  // A description: `the ministry`, `a spokesman for the prosecutor's office`.
  const description = /\bthe\s+([\p{Ll}][\p{L}\p{M}'’\s-]*)$/u.exec(phrase);
  if (description) {
    const found = antecedent(description[1]!, ctx, paragraph, position);
    if (found) {
      const whole = phrase.slice(0, description.index) + found;
      return readable(whole);
    }
  }
  return readable(phrase);
}

/** The subject of the clause leading into a quotation: the words before its first verb. */
function leadInSubject(text: string): string | null {
  const spans = sentenceSpans(text);
  const last = spans[spans.length - 1];
  if (!last) return null;
  const sentence = text.slice(last[0], last[1]);
  if (!LEAD_IN.test(sentence)) return null;
  const terms: Term[] = tagTerms(sentence);
  const verb = terms.findIndex((t) => t.tags.has('Verb') && !t.tags.has('Gerund'));
  if (verb <= 0) return null;
  return sentence.slice(terms[0]!.start, terms[verb - 1]!.end);
}

/**
 * People named in `text`, with where each name starts: runs of two to four capitalised words that
 * the lexicon does not take for a place, body or date.
 */
function peopleIn(text: string): { name: string; start: number }[] {
  const people: { name: string; start: number }[] = [];
  let run: Term[] = [];
  const flush = () => {
    const words = run.map((t) => t.text.replace(/['’]s$/, ''));
    const name = words.join(' ');
    const other = run.some((t) =>
      ['Place', 'Organization', 'Date', 'Demonym', 'Determiner', 'Acronym'].some((tag) => t.tags.has(tag)),
    );
    if (words.length >= 2 && words.length <= 4 && !other && !isInstitution(name))
      people.push({ name, start: run[0]!.start });
    run = [];
  };
  for (const t of tagTerms(text)) {
    if (isCapitalised(t.text)) run.push(t);
    else flush();
    if (run.length && (/[^\s]/.test(t.post) || /['’]s$/.test(t.text))) flush();
  }
  flush();
  return people;
}

export function deriveQuotes(paragraphs: Paragraph[]): AttributedQuote[] {
  const spansByParagraph = paragraphs.map((p, i) => quoteSpans(p.text, i, !!p.blockquote));
  const outside = paragraphs.map((p, i) => outsideQuotes(p.text, spansByParagraph[i]!));
  // Each paragraph is read for names once; a quotation sees those named before it.
  const peopleByParagraph = outside.map(peopleIn);
  const mentions = new Map<string, DescriptionMention[]>();
  // People named before each paragraph, grown as the paragraphs are read.
  const peopleBefore: string[] = [];
  const quotes: AttributedQuote[] = [];
  let previous: { paragraph: number; speaker: string; block: boolean } | null = null;

  paragraphs.forEach((paragraph, p) => {
    const text = paragraph.text;
    for (const span of spansByParagraph[p]!) {
      const before = Math.max(span.open, 0);
      const here = peopleByParagraph[p]!.filter(({ name, start }) => start + name.length <= before).map(
        ({ name }) => name,
      );
      const ctx: Context = { outside, people: here.length ? [...peopleBefore, ...here] : peopleBefore, mentions };
      let quote = text.slice(span.start, span.end).trim();
      quote = quote.replace(/[,\s]+$/, '');
      if (!quote) continue;
      if (!span.block && (!/^[\p{Lu}\p{N}'‘…]/u.test(quote) || quote.split(/\s+/).length < 3)) continue;

      let phrase: string | null = null;
      if (span.block) {
        const lead = paragraphs[p - 1];
        if (lead && !lead.blockquote) phrase = leadInSubject(lead.text);
      } else {
        const after = text.slice(span.close + 1);
        const sentenceEnd = /[.!?](?=\s|$)|["“”]/.exec(after);
        const tail = sentenceEnd ? after.slice(0, sentenceEnd.index + 1) : after;
        const inverted = ATTRIBUTION_INVERTED.exec(tail);
        const normal = ATTRIBUTION_AFTER.exec(tail);
        phrase = inverted?.[1] ?? normal?.[1] ?? null;
        if (!phrase) {
          const before = text.slice(0, span.open);
          const lead = before.slice(before.search(/[^.!?]*$/));
          if (LEAD_IN.test(lead)) phrase = leadInSubject(lead);
        }
      }

      let speaker = phrase ? resolveSpeaker(phrase, ctx, p, Math.max(0, span.open)) : null;
      if (!speaker && previous) {
        const sameParagraph = previous.paragraph === p;
        const nextParagraph = previous.paragraph === p - 1 && (span.block ? previous.block : span.open === 0);
        if (sameParagraph || nextParagraph) speaker = previous.speaker;
      }
      if (!speaker) continue;
      quotes.push({ quote, speaker, paragraphId: paragraph.id });
      previous = { paragraph: p, speaker, block: span.block };
    }
    for (const { name } of peopleByParagraph[p]!) peopleBefore.push(name);
  });
  return quotes;
}
