/**
 * match: the small pattern language cues are written in, matched against a text's parsed words.
 *
 * - a plain word matches itself, case-insensitively: `explosion`
 * - `(a|b)` matches either; an alternative may be several words (`(ran over|drove over)`) or a
 *   part of speech (`(#Value|recent)`)
 * - `{lemma}` matches any inflection: `{injure}` finds "injured", "injuring", "injuries" is not one
 * - `#Value` (a number), `#Year` (1800–2099, or a decade such as "1990s"), `#Acronym` (a word in
 *   capitals, `UNMAS`, `U.N.`), `#Adverb`, `#Adjective`, `#Noun` (common or proper), `#CommonNoun`,
 *   `#ProperNoun`, `#Verb`, `#Pronoun`, `#Preposition`, `#Determiner`: a word of that part of speech
 * - `.{0,3}`: zero to three words of anything
 * - `?` after a piece makes it optional: `been?`, `#Adverb?`
 * - `^` at the start anchors the pattern at the start of the text
 * Punctuation and possessive `'s` are skipped, so a cue matches across a comma. A word matches a
 * part of a hyphenated word as well (`director` finds "director-general").
 */
import type { PartOfSpeech, Token } from './parse.ts';

type Piece =
  | { kind: 'words'; alternatives: readonly (readonly string[])[]; optional: boolean }
  | { kind: 'lemma'; lemma: string; optional: boolean }
  | { kind: 'tag'; tags: ReadonlySet<PartOfSpeech>; optional: boolean }
  | { kind: 'year'; optional: boolean }
  | { kind: 'acronym'; optional: boolean }
  | { kind: 'gap'; min: number; max: number };

export interface Pattern {
  readonly source: string;
  readonly pieces: readonly Piece[];
  readonly anchored: boolean;
  /**
   * Words one of which a text must contain for the pattern to match (the first piece's words),
   * or null when the first piece is not words: a cheap test before matching.
   */
  readonly firstWords: ReadonlySet<string> | null;
}

const TAGS: Record<string, readonly PartOfSpeech[]> = {
  Value: ['NUM'],
  Adverb: ['ADV'],
  Adjective: ['ADJ'],
  Noun: ['NOUN', 'PROPN'],
  CommonNoun: ['NOUN'],
  ProperNoun: ['PROPN'],
  Verb: ['VERB', 'AUX'],
  Pronoun: ['PRON'],
  Preposition: ['ADP'],
  Determiner: ['DET'],
};

/** `#Value` as written in an alternative, checked against the known tags. */
function checkedTag(word: string, source: string): string {
  if (word !== '#Year' && !TAGS[word.slice(1)]) throw new Error(`cue "${source}": unknown tag ${word}`);
  return word;
}

/** A word in capitals: `UNMAS`, `ANAMA`, `U.N.` (not `I` or `A`). */
function isAcronym(word: Token): boolean {
  return /^(?:\p{Lu}\.?){2,}s?$/u.test(word.text);
}

/** A year or a decade as written in news copy: 1800–2099, `1990s`. */
function isYear(word: Token): boolean {
  return /^(?:1[89]\d\d|20\d\d)s?$/.test(word.lower);
}

/** Whether a word matches one word of an alternative: itself, lower case, `#Tag` or `#Year`. */
function wordMatches(word: Token | undefined, expected: string): boolean {
  if (!word) return false;
  if (expected === '#Year') return isYear(word);
  if (expected.startsWith('#')) return TAGS[expected.slice(1)]?.includes(word.pos) ?? false;
  // A part of a hyphenated word counts too: `director` in "director-general", `war` in "post-war".
  return (
    word.lower === expected ||
    (word.lower.includes('-') && !expected.includes('-') && word.lower.split('-').includes(expected))
  );
}

/**
 * How each piece of a pattern is written, tried in order: the first whose expression matches the
 * start of the rest of the pattern reads the piece.
 */
const PIECE_SYNTAX: readonly { expression: RegExp; read: (match: RegExpExecArray, source: string) => Piece }[] = [
  {
    expression: /^\(([^)]*)\)(\?)?/,
    read: (match, source) => ({
      kind: 'words',
      alternatives: (match[1] ?? '').split('|').map((alternative) =>
        alternative
          .trim()
          .split(/\s+/)
          .map((word) => (word.startsWith('#') ? checkedTag(word, source) : word.toLowerCase())),
      ),
      optional: match[2] === '?',
    }),
  },
  {
    expression: /^\{([a-z' -]+)\}(\?)?/,
    read: (match) => ({ kind: 'lemma', lemma: match[1] ?? '', optional: match[2] === '?' }),
  },
  { expression: /^#Year(\?)?/, read: (match) => ({ kind: 'year', optional: match[1] === '?' }) },
  { expression: /^#Acronym(\?)?/, read: (match) => ({ kind: 'acronym', optional: match[1] === '?' }) },
  {
    expression: /^#([A-Za-z]+)(\?)?/,
    read: (match, source) => {
      const tags = TAGS[match[1] ?? ''];
      if (!tags) throw new Error(`cue "${source}": unknown tag #${match[1]}`);
      return { kind: 'tag', tags: new Set(tags), optional: match[2] === '?' };
    },
  },
  {
    expression: /^\.\{(\d+),(\d+)\}/,
    read: (match) => ({ kind: 'gap', min: Number(match[1]), max: Number(match[2]) }),
  },
  {
    expression: /^([^\s()#{}?]+)(\?)?/,
    read: (match) => ({ kind: 'words', alternatives: [[(match[1] ?? '').toLowerCase()]], optional: match[2] === '?' }),
  },
];

/** Compile a pattern; a malformed one throws, naming it. */
export function compilePattern(source: string): Pattern {
  let rest = source.trim();
  const anchored = rest.startsWith('^');
  if (anchored) rest = rest.slice(1).trim();
  const pieces: Piece[] = [];
  while (rest.length > 0) {
    const piece = PIECE_SYNTAX.map(({ expression, read }) => ({ match: expression.exec(rest), read })).find(
      ({ match }) => match,
    );
    if (!piece?.match) throw new Error(`cue "${source}": cannot read "${rest}"`);
    pieces.push(piece.read(piece.match, source));
    rest = rest.slice(piece.match[0].length).trim();
  }
  const first = pieces[0];
  const firstWords =
    first?.kind === 'words' && !first.optional && first.alternatives.every((words) => !words[0]?.startsWith('#'))
      ? new Set(first.alternatives.map((words) => words[0] ?? ''))
      : null;
  return { source, pieces, anchored, firstWords };
}

/** The words a pattern is matched against: punctuation and possessive endings left out. */
export function matchableWords(tokens: readonly Token[]): Token[] {
  return tokens.filter((token) => token.word && token.lower !== "'s" && token.lower !== '’s');
}

/** Whether `words` (from `matchableWords`) hold the pattern anywhere (at the start, if anchored). */
export function hasPattern(words: readonly Token[], pattern: Pattern, lowerWords?: ReadonlySet<string>): boolean {
  if (pattern.firstWords && lowerWords && ![...pattern.firstWords].some((word) => lowerWords.has(word))) return false;
  const last = pattern.anchored ? 0 : words.length - 1;
  for (let start = 0; start <= last; start++) {
    if (matchFrom(words, pattern.pieces, 0, start) >= 0) return true;
  }
  return false;
}

/** The index after a match of `pieces[piece…]` starting at word `at`, or -1. */
function matchFrom(words: readonly Token[], pieces: readonly Piece[], piece: number, at: number): number {
  const current = pieces[piece];
  if (!current) return at;
  if (current.kind === 'gap') {
    for (let skip = current.min; skip <= current.max && at + skip <= words.length; skip++) {
      const end = matchFrom(words, pieces, piece + 1, at + skip);
      if (end >= 0) return end;
    }
    return -1;
  }
  for (const length of pieceLengths(words, current, at)) {
    const end = matchFrom(words, pieces, piece + 1, at + length);
    if (end >= 0) return end;
  }
  if (current.optional) return matchFrom(words, pieces, piece + 1, at);
  return -1;
}

/** How many words the piece can take at `at` (none when it does not match there). */
function pieceLengths(words: readonly Token[], piece: Exclude<Piece, { kind: 'gap' }>, at: number): number[] {
  const word = words[at];
  if (!word) return [];
  if (piece.kind === 'lemma') return word.lemma === piece.lemma ? [1] : [];
  if (piece.kind === 'tag') return piece.tags.has(word.pos) ? [1] : [];
  if (piece.kind === 'year') return isYear(word) ? [1] : [];
  if (piece.kind === 'acronym') return isAcronym(word) ? [1] : [];
  const lengths: number[] = [];
  for (const alternative of piece.alternatives) {
    if (alternative.every((expected, offset) => wordMatches(words[at + offset], expected)))
      lengths.push(alternative.length);
  }
  return lengths;
}
