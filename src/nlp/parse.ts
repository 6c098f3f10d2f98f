/**
 * parse: read a text once — its words with part of speech and lemma, and its sentences — for every
 * reader of it: derived sections and each reader aid. wink-nlp with its English web model does the
 * reading (about a tenth of the cost of a compromise tagging pass on the same text).
 *
 * - Offsets are into the text as given; a token's `text` is the text's own characters.
 * - wink's model reads ASCII: a letter outside it (`Kovač`, `Hadžić`) would split a name into
 *   pieces. Such letters are read as a stand-in of the same length, so offsets and tokens stay
 *   whole, and `text` keeps the original letters.
 * - `parseText` keeps the last texts it read (a bounded memo of a pure function), so the section
 *   classifier and the aids share one reading of a paragraph however many of them ask.
 */

import model from 'wink-eng-lite-web-model';
import winkNLP from 'wink-nlp';

/** Universal part-of-speech tags, as wink gives them. */
export type PartOfSpeech =
  | 'ADJ'
  | 'ADP'
  | 'ADV'
  | 'AUX'
  | 'CCONJ'
  | 'DET'
  | 'INTJ'
  | 'NOUN'
  | 'NUM'
  | 'PART'
  | 'PRON'
  | 'PROPN'
  | 'PUNCT'
  | 'SCONJ'
  | 'SYM'
  | 'VERB'
  | 'X'
  | 'SPACE';

export interface Token {
  /** As written in the text. */
  readonly text: string;
  /** Lower case of `text`. */
  readonly lower: string;
  /** Dictionary form, lower case: `say` for "said", `mine` for "mines". */
  readonly lemma: string;
  readonly pos: PartOfSpeech;
  /** A word or number (not punctuation, a symbol or white space). */
  readonly word: boolean;
  /** Offsets into the parsed text: `text === source.slice(start, end)`. */
  readonly start: number;
  readonly end: number;
  /** Index of the sentence the token is in. */
  readonly sentence: number;
}

interface Sentence {
  /** Offsets into the parsed text. */
  readonly start: number;
  readonly end: number;
  /** Token indexes, `[first, last + 1)`. */
  readonly tokens: readonly [number, number];
}

export interface ParsedText {
  readonly text: string;
  readonly tokens: readonly Token[];
  readonly sentences: readonly Sentence[];
}

const wink = winkNLP(model, ['sbd', 'pos']);
const its = wink.its;

/** Letters wink's model cannot read, with the ASCII letter read in their place. */
const NON_ASCII_LETTER = /[^\p{ASCII}]/gu;

function readable(text: string): string {
  return text.replace(NON_ASCII_LETTER, (character) => {
    if (character === '’' || character === '‘') return "'";
    if (character === '“' || character === '”' || character === '«' || character === '»' || character === '„')
      return '"';
    if (character === '—' || character === '–') return '-';
    if (!/\p{L}|\p{M}/u.test(character)) return character.length === 1 ? ' ' : '  ';
    const stand = character === character.toLowerCase() ? 'x' : 'X';
    return stand.repeat(character.length);
  });
}

function parseUncached(text: string): ParsedText {
  const doc = wink.readDoc(readable(text));
  const all = doc.tokens();
  const values = all.out(its.value) as string[];
  const spaces = all.out(its.precedingSpaces) as string[];
  const pos = all.out(its.pos) as PartOfSpeech[];
  const lemmas = all.out(its.lemma as never) as string[];
  const types = all.out(its.type) as string[];
  const sentenceOf: number[] = [];
  const sentenceRanges: [number, number][] = [];
  doc.sentences().each((sentence: { tokens(): { length(): number; itemAt(k: number): { index(): number } } }) => {
    const tokens = sentence.tokens();
    const count = tokens.length();
    if (count === 0) return;
    const first = tokens.itemAt(0).index();
    sentenceRanges.push([first, first + count]);
    for (let k = first; k < first + count; k++) sentenceOf[k] = sentenceRanges.length - 1;
  });

  const raw: Token[] = [];
  let cursor = 0;
  values.forEach((value, index) => {
    cursor += spaces[index]?.length ?? 0;
    const start = cursor;
    const end = start + value.length;
    cursor = end;
    const original = text.slice(start, end);
    const type = types[index] ?? '';
    raw.push({
      text: original,
      lower: original.toLowerCase(),
      lemma: (lemmas[index] ?? value).toLowerCase(),
      pos: pos[index] ?? 'X',
      word: type === 'word' || type === 'number' || type === 'ordinal' || type === 'decade' || type === 'unk',
      start,
      end,
      sentence: sentenceOf[index] ?? 0,
    });
  });
  const tokens = joinHyphenated(text, raw);
  // A capitalised "verb" inside a name is part of the name ("Le Van Hung said", "Tom Bill").
  tokens.forEach((token, index) => {
    if ((token.pos !== 'VERB' && token.pos !== 'AUX') || !/^\p{Lu}/u.test(token.text)) return;
    const before = tokens[index - 1];
    const after = tokens[index + 1];
    const sentenceStart = !before || before.sentence !== token.sentence;
    if (!sentenceStart && (before?.pos === 'PROPN' || after?.pos === 'PROPN'))
      tokens[index] = { ...token, pos: 'PROPN', lemma: token.lower };
  });
  const sentences: Sentence[] = [];
  tokens.forEach((token, index) => {
    const current = sentences[token.sentence];
    if (current) sentences[token.sentence] = { ...current, end: token.end, tokens: [current.tokens[0], index + 1] };
    else sentences[token.sentence] = { start: token.start, end: token.end, tokens: [index, index + 1] };
  });
  return { text, tokens, sentences: sentences.filter(Boolean) };
}

/**
 * `anti` `-` `tank` and `pressure` `-` `triggered` as one word, as `anti-tank` already is: the model
 * splits some hyphenated words and not others, and every reader should see them alike. The word
 * takes the part of speech of its last part.
 */
function joinHyphenated(text: string, raw: readonly Token[]): Token[] {
  const tokens: Token[] = [];
  for (let index = 0; index < raw.length; index++) {
    const token = raw[index]!;
    const left = tokens[tokens.length - 1];
    const hyphen = raw[index - 1];
    const joinsLeft =
      left !== undefined &&
      hyphen?.text === '-' &&
      hyphen.start === left.end &&
      token.start === hyphen.end &&
      left.word &&
      token.word &&
      /\p{L}$/u.test(left.text) &&
      /^\p{L}/u.test(token.text) &&
      left.sentence === token.sentence &&
      tokens.at(-1) === left;
    if (joinsLeft) {
      const joined = text.slice(left.start, token.end);
      tokens[tokens.length - 1] = {
        ...token,
        text: joined,
        lower: joined.toLowerCase(),
        lemma: joined.toLowerCase(),
        start: left.start,
      };
      continue;
    }
    if (token.text === '-' && raw[index + 1] && left?.end === token.start) {
      // Held back: it joins the words either side, or is pushed with the next token below.
      const next = raw[index + 1]!;
      if (left.word && next.word && next.start === token.end && /\p{L}$/u.test(left.text) && /^\p{L}/u.test(next.text))
        continue;
    }
    tokens.push(token);
  }
  return tokens;
}

const memo = new Map<string, ParsedText>();
const MEMO_LIMIT = 1024;

/** The reading of `text` (see the module comment). The result is shared: never change it. */
export function parseText(text: string): ParsedText {
  const known = memo.get(text);
  if (known) return known;
  const parsed = parseUncached(text);
  if (memo.size >= MEMO_LIMIT) memo.delete(memo.keys().next().value!);
  memo.set(text, parsed);
  return parsed;
}
