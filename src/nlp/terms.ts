/**
 * terms: a parsed text as words with their punctuation and a set of tags, the form the reader
 * aids read (src/lib/aids/). Built from the one parse of the text (parse.ts), so an aid never
 * tags a text again; tag names follow compromise's, whose lexicon (gazetteer.ts: countries, cities,
 * first and last names, demonyms, organisations, multi-word places) names what the part-of-speech
 * model cannot: a lookup, not a tagging pass.
 */
import { gazetteer } from './gazetteer.ts';
import { futureAuxiliaries, modalAuxiliaries, months, weekdays } from './lexicon.ts';
import { type ParsedText, type PartOfSpeech, parseText, type Token } from './parse.ts';
import { isThirdPerson } from './verbs.ts';

/** A word (with the punctuation around it split off) and what it is. */
export interface Term {
  /** The word itself, possessive `'s` included, without surrounding punctuation. */
  text: string;
  /** Lowercased `text`. */
  lower: string;
  /** Punctuation and spaces before and after the word, as in the source. */
  pre: string;
  post: string;
  /** Offsets of `text` in the string that was read. */
  start: number;
  end: number;
  tags: Set<string>;
}

/** A run of terms the gazetteer names as one place (`Bosnia and Herzegovina`). */
interface LexiconSpan {
  start: number;
  end: number;
}

const MONTHS: ReadonlySet<string> = new Set(months);
const WEEKDAYS: ReadonlySet<string> = new Set(weekdays);
const MODALS: ReadonlySet<string> = new Set([...modalAuxiliaries, ...futureAuxiliaries]);
const PARTICLES = new Set(['over', 'up', 'off', 'out', 'down', 'back', 'away', 'on', 'in']);
const PAST_AUXILIARIES = new Set(['was', 'were', 'had', 'did']);
/** The tags a part of speech gives by itself (verbs, nouns and particles are read further). */
const POS_TAGS: Partial<Record<PartOfSpeech, readonly string[]>> = {
  PROPN: ['Noun', 'ProperNoun'],
  ADJ: ['Adjective'],
  ADV: ['Adverb'],
  ADP: ['Preposition'],
  DET: ['Determiner'],
  PRON: ['Pronoun', 'Noun'],
  CCONJ: ['Conjunction'],
  SCONJ: ['Conjunction'],
  NUM: ['Value'],
};

function tagsOf(token: Token, previous: Token | undefined): Set<string> {
  const tags = new Set<string>();
  const { pos, lower, lemma } = token;
  switch (pos) {
    case 'VERB': {
      tags.add('Verb');
      if (lower.endsWith('ing')) tags.add('Gerund');
      else if (lower === lemma) {
        tags.add('Infinitive');
        if (!(previous && (previous.lower === 'to' || MODALS.has(previous.lower)))) tags.add('PresentTense');
      } else if (isThirdPerson(token)) tags.add('PresentTense');
      else tags.add('PastTense');
      break;
    }
    case 'AUX':
      tags.add('Verb').add('Auxiliary');
      if (MODALS.has(lower)) tags.add('Modal');
      else tags.add(PAST_AUXILIARIES.has(lower) ? 'PastTense' : 'PresentTense');
      break;
    case 'NOUN':
      tags.add('Noun');
      if ((lower !== lemma && lower.endsWith('s')) || /[^s]s$/.test(lower)) tags.add('Plural');
      break;
    case 'PART':
      tags.add(lower === 'not' || lower === "n't" ? 'Negative' : 'Particle');
      break;
    default:
      for (const tag of POS_TAGS[pos] ?? []) tags.add(tag);
  }
  if (previous?.pos === 'VERB' && PARTICLES.has(lower) && (pos === 'ADP' || pos === 'ADV' || pos === 'PART'))
    tags.add('PhrasalVerb');
  if (token.text.includes('-') && /\p{L}/u.test(token.text)) tags.add('Hyphenated');
  if (/^(?:\p{Lu}\.?){2,}$/u.test(token.text)) tags.add('Acronym');
  // The gazetteer names proper nouns: a capitalised word, or one the model reads as a name.
  if (/^\p{Lu}/u.test(token.text) || pos === 'PROPN') {
    for (const tag of gazetteer().tagsOf(lower) ?? []) tags.add(tag);
  }
  if (/^\p{Lu}/u.test(token.text)) {
    const bare = lower.replace(/\.$/, '');
    if (MONTHS.has(bare)) tags.add('Month').add('Date').delete('Modal');
    if (WEEKDAYS.has(bare)) tags.add('WeekDay').add('Date');
  }
  return tags;
}

/** Whether a token is read as part of the word before it (`agency` `'s`, `do` `n't`). */
function joinsPrevious(token: Token, previous: Token | undefined): boolean {
  return !!previous && previous.end === token.start && previous.word && /^['’]/.test(token.text) && token.word;
}

const memo = new WeakMap<ParsedText, Term[]>();

/** The terms of a text (see the module comment); shared with every reader: never change them. */
export function termsOf(text: string): Term[] {
  const parsed = parseText(text);
  const known = memo.get(parsed);
  if (known) return known;
  const terms: Term[] = [];
  let previousWord: Token | undefined;
  for (const token of parsed.tokens) {
    if (!token.word) continue;
    const last = terms[terms.length - 1];
    if (last && joinsPrevious(token, previousWord)) {
      last.text = text.slice(last.start, token.end);
      last.lower = last.text.toLowerCase();
      last.end = token.end;
      previousWord = token;
      continue;
    }
    terms.push({
      text: token.text,
      lower: token.lower,
      pre: '',
      post: '',
      start: token.start,
      end: token.end,
      tags: tagsOf(token, previousWord),
    });
    previousWord = token;
  }
  // Punctuation and spaces between two words: the first's `post` up to the last space, the rest
  // the next's `pre` (`said, "We` → `said` post `, `, `We` pre `"`).
  terms.forEach((term, index) => {
    const next = terms[index + 1];
    const gap = text.slice(term.end, next ? next.start : text.length);
    const lastSpace = Math.max(gap.lastIndexOf(' '), gap.lastIndexOf('\n'), gap.lastIndexOf('\t'));
    const split = next ? (lastSpace >= 0 ? lastSpace + 1 : gap.length) : gap.length;
    term.post = gap.slice(0, split);
    if (next) next.pre = gap.slice(split);
  });
  if (terms[0]) terms[0].pre = text.slice(0, terms[0].start);
  // A number beside a month is part of a date (`June 12`, `12 June`).
  terms.forEach((term, index) => {
    if (term.tags.has('Value') && (terms[index - 1]?.tags.has('Month') || terms[index + 1]?.tags.has('Month')))
      term.tags.add('Date');
  });
  memo.set(parsed, terms);
  return terms;
}

/** Runs of terms the lexicon names as one place (`Bosnia and Herzegovina`, `Sri Lanka`), by offsets. */
export function lexiconPlaces(terms: readonly Term[]): LexiconSpan[] {
  const spans: LexiconSpan[] = [];
  terms.forEach((term, index) => {
    for (const words of gazetteer().placesStartingWith(term.lower)) {
      if (words.every((word, offset) => terms[index + offset]?.lower.replace(/['’]s$/, '') === word)) {
        spans.push({ start: term.start, end: terms[index + words.length - 1]!.end });
      }
    }
  });
  return spans;
}
