/**
 * verbs: the verb phrases of a parsed text — auxiliaries, negation and adverbs with the verb they
 * go with — each with its head's lemma and its tense and voice. The model tags words but has no
 * tense; it comes from the auxiliaries and the head's form, as a grammar reads it:
 * "was injured" passive past, "has denied" present perfect, "killed" simple past, "will" future.
 */
import { futureAuxiliaries, modalAuxiliaries } from './lexicon.ts';
import type { Token } from './parse.ts';

export type VerbForm =
  | 'simple-past'
  | 'simple-present'
  | 'passive-past'
  | 'passive-present'
  | 'past-progressive'
  | 'present-progressive'
  | 'present-perfect'
  | 'past-perfect'
  | 'future'
  | 'modal'
  | 'infinitive'
  | 'gerund';

export interface VerbPhrase {
  /** Lemma of the head verb: `deny` for "has denied". */
  readonly lemma: string;
  readonly form: VerbForm;
  /** Offsets of the phrase in the parsed text. */
  readonly start: number;
  readonly end: number;
}

const FUTURE: ReadonlySet<string> = new Set(futureAuxiliaries);
const MODALS: ReadonlySet<string> = new Set(modalAuxiliaries);
const PAST_BE: ReadonlySet<string> = new Set(['was', 'were']);
const PRESENT_BE: ReadonlySet<string> = new Set(['is', 'are', 'am', "'s", "'re", 'been', 'be', 'being']);

/** The verb phrases among `tokens` (one sentence, or any run of words), in order. */
export function verbPhrases(tokens: readonly Token[]): VerbPhrase[] {
  const phrases: VerbPhrase[] = [];
  let run: Token[] = [];
  let infinitive = false;
  const flush = () => {
    const phrase = phraseOf(run, infinitive);
    if (phrase) phrases.push(phrase);
    run = [];
    infinitive = false;
  };
  for (const token of tokens) {
    if (token.pos === 'PART' && token.lower === 'to') {
      flush();
      infinitive = true;
      continue;
    }
    const verbal = token.pos === 'AUX' || token.pos === 'VERB';
    const inside = run.length > 0 && (token.pos === 'ADV' || (token.pos === 'PART' && /^(not|n't)$/.test(token.lower)));
    if (verbal || inside) {
      // A main verb closes its phrase: an auxiliary or a main verb after it starts the next one
      // ("helped clear", "the prizegiving will be held" misread with a verb for a noun).
      const lastVerbal = run.findLast((word) => word.pos === 'VERB' || word.pos === 'AUX');
      if (verbal && lastVerbal?.pos === 'VERB') flush();
      run.push(token);
    } else {
      flush();
    }
  }
  flush();
  return phrases;
}

function phraseOf(run: readonly Token[], afterTo: boolean): VerbPhrase | null {
  // Trailing adverbs belong to the clause, not the phrase.
  let last = run.length - 1;
  while (last >= 0 && run[last]?.pos !== 'VERB' && run[last]?.pos !== 'AUX') last--;
  if (last < 0) return null;
  const words = run.slice(0, last + 1);
  const verbs = words.filter((word) => word.pos === 'VERB');
  const head = verbs.at(-1) ?? words.at(-1)!;
  const auxiliaries = words.filter((word) => word.pos === 'AUX' && word !== head).map((word) => word.lower);
  return { lemma: head.lemma, form: formOf(head, auxiliaries, afterTo), start: words[0]!.start, end: head.end };
}

function formOf(head: Token, auxiliaries: readonly string[], afterTo: boolean): VerbForm {
  if (afterTo) return 'infinitive';
  if (auxiliaries.some((word) => FUTURE.has(word))) return 'future';
  if (auxiliaries.some((word) => MODALS.has(word))) return 'modal';
  const participle = head.lower !== head.lemma && !head.lower.endsWith('ing');
  if (head.pos === 'VERB' && head.lower.endsWith('ing')) {
    if (auxiliaries.some((word) => PAST_BE.has(word))) return 'past-progressive';
    if (auxiliaries.some((word) => PRESENT_BE.has(word))) return 'present-progressive';
    if (auxiliaries.length === 0) return 'gerund';
  }
  if (auxiliaries.includes('had')) return 'past-perfect';
  if (auxiliaries.some((word) => word === 'has' || word === 'have' || word === "'ve")) return 'present-perfect';
  if (auxiliaries.some((word) => PAST_BE.has(word))) return participle ? 'passive-past' : 'simple-past';
  if (auxiliaries.some((word) => PRESENT_BE.has(word))) return participle ? 'passive-present' : 'simple-present';
  if (head.pos === 'AUX')
    return PAST_BE.has(head.lower) || head.lower === 'had' || head.lower === 'did' ? 'simple-past' : 'simple-present';
  if (auxiliaries.some((word) => word === 'did')) return 'simple-past';
  if (auxiliaries.some((word) => word === 'do' || word === 'does')) return 'simple-present';
  return participle && !isThirdPerson(head) ? 'simple-past' : 'simple-present';
}

/** "says", "denies", "reaches": the present of the lemma, not a past form. */
export function isThirdPerson(head: Token): boolean {
  const { lower, lemma } = head;
  return (
    lower === `${lemma}s` || lower === `${lemma}es` || (lemma.endsWith('y') && lower === `${lemma.slice(0, -1)}ies`)
  );
}
