/**
 * Places: the places an article names as locations, each with the paragraphs
 * that name it, in order of first mention.
 *
 * Rules
 * - A name (a run of capitalised words, extended to a longer place of the
 *   lexicon starting at the same word: `Bosnia and Herzegovina`) is a
 *   place when the text uses it as one at least once, in a locative construction:
 *   - after `in`, `near`, `outside`, `around`, `across`, `throughout`, `inside`,
 *     `into`, `within`, or `north/south/east/west of`, optionally with `the` and up to two
 *     adjectives or participles (`in the liberated Kalbajar District`, `in central Bosnia`);
 *   - after a kind of place and `of` (`the village of Jamilli`, `the coast of Miyagi`);
 *   - with a capitalised place-kind as its last word (`Kalbajar District`, `Fukushima Prefecture`);
 *   - before a lowercase place-kind (`the Tohoku region`, `Fuzuli and Zangilan districts`).
 *   A country that only acts (`Armenia planted mines`, `handed over to Azerbaijan`,
 *   `the Republic of Azerbaijan`) is therefore not listed.
 * - Not places: a name followed by a lowercase noun or adjective it modifies (`in Kalbajar
 *   military …`, `into the FARC dissident faction`),
 *   names of institutions, documents and events (`in the Criminal Code`, `… Ministry`),
 *   months and weekdays, people, demonyms and languages (lexicon tags).
 * - A place's paragraphs are those naming it as a whole word (not inside a hyphenated
 *   name), its name without a capitalised place-kind counting too (`Kalbajar` for
 *   `Kalbajar District`). Two forms of one name (`Kalbajar District`, `Kalbajar`) are
 *   one place, shown as first written.
 */
import { documentAndEventWords, institutionWords } from '../../nlp/lexicon.ts';
import { lexiconPlaces } from '../../nlp/terms.ts';
import { type Paragraph, type Place, type Term, tagTerms } from './types.ts';

/** A place found in one text: its name as written, the name without a place-kind, and where. */
interface PlaceMention {
  name: string;
  core: string;
  start: number;
  end: number;
}

const TRIGGERS = new Set(['in', 'near', 'outside', 'around', 'across', 'throughout', 'inside', 'into', 'within']);
const DIRECTIONS = new Set([
  'north',
  'south',
  'east',
  'west',
  'northeast',
  'northwest',
  'southeast',
  'southwest',
  'north-east',
  'north-west',
  'south-east',
  'south-west',
]);
/** `the village of X`. */
const KINDS_BEFORE_OF = new Set(
  'village villages town towns city cities district region province county municipality oblast settlement capital port island islands governorate prefecture coast outskirts suburb suburbs neighbourhood neighborhood commune canton area territory department'.split(
    ' ',
  ),
);
/** `X District` (part of the name) / `X district`, `X and Y districts` (not part of it). */
const KIND_SUFFIXES = new Set(
  'district region province county municipality oblast prefecture governorate canton department island islands valley river lake mountains'.split(
    ' ',
  ),
);
const PLURAL_KIND_SUFFIXES = new Set(
  'districts regions provinces counties municipalities oblasts prefectures governorates cantons departments villages towns cities islands'.split(
    ' ',
  ),
);
/** Words after a name that date the sentence rather than describe the name (`in Kherson last week`). */
const TEMPORAL = new Set(['last', 'next', 'this', 'early', 'late', 'earlier', 'later', 'overnight', 'recently']);
/** Lowercase words that may sit inside a place name (`Rio de Janeiro`). */
const NAME_CONNECTORS = new Set(['de', 'del', 'da', 'do', 'dos', 'das', 'la', 'le', 'al', 'el', 'von', 'van', 'upon']);
/** Last words of names that are not places. */
const NOT_PLACE_HEADS: ReadonlySet<string> = new Set([...institutionWords, ...documentAndEventWords]);

const isCapitalised = (t: Term): boolean => /^\p{Lu}/u.test(t.text);
const possessive = (t: Term): boolean => /['’]s$/i.test(t.text);
const stripPossessive = (text: string): string => text.replace(/['’]s$/i, '');
const breaksName = (t: Term): boolean => /[^\s-]/.test(t.post.replace(/['’]/g, ''));

/** The capitalised name starting at term `i`: [first, last] term indexes, or null. */
function nameAt(terms: Term[], i: number): [number, number] | null {
  const first = terms[i];
  if (!first || !isCapitalised(first)) return null;
  let last = i;
  while (!possessive(terms[last]!) && !breaksName(terms[last]!)) {
    const next = terms[last + 1];
    if (next && isCapitalised(next)) {
      last++;
    } else if (
      next &&
      NAME_CONNECTORS.has(next.text) &&
      terms[last + 2] &&
      isCapitalised(terms[last + 2]!) &&
      !breaksName(next)
    ) {
      last += 2;
    } else {
      break;
    }
  }
  return [i, last];
}

function nameText(text: string, terms: Term[], [a, b]: [number, number]): string {
  return stripPossessive(text.slice(terms[a]!.start, terms[b]!.end)).replace(/\s+/g, ' ');
}

/** Rejections shared by every pattern (module comment). */
function acceptable(terms: Term[], [a, b]: [number, number]): boolean {
  const words = terms.slice(a, b + 1);
  const lastWord = stripPossessive(words[words.length - 1]!.lower);
  if (NOT_PLACE_HEADS.has(lastWord)) return false;
  if (words.some((w) => w.tags.has('Date') || w.tags.has('Month') || w.tags.has('WeekDay'))) return false;
  if (words.some((w) => w.tags.has('Person')) && !words.some((w) => w.tags.has('Place'))) return false;
  if (
    words.some(
      (w) =>
        w.tags.has('Determiner') || w.tags.has('Pronoun') || w.tags.has('Preposition') || w.tags.has('Conjunction'),
    )
  )
    return false;
  if (words.length === 1 && words[0]!.text.length < 2) return false;
  const tail = words[words.length - 1]!;
  if (tail.tags.has('Demonym') || tail.tags.has('Language')) return false;
  return true;
}

/** Skip `the` and up to two adjectives or participles after a locative word. */
function skipModifiers(terms: Term[], j: number): number {
  if (terms[j]?.lower === 'the') j++;
  for (let n = 0; n < 2; n++) {
    const t = terms[j];
    if (!t || isCapitalised(t)) break;
    const modifier =
      t.tags.has('Adjective') ||
      (t.tags.has('Verb') && t.tags.has('PastTense')) ||
      t.tags.has('Hyphenated') ||
      DIRECTIONS.has(t.lower) ||
      /ern$/.test(t.lower);
    if (!modifier || t.tags.has('Preposition') || t.tags.has('Determiner')) break;
    j++;
  }
  return j;
}

/** The core of a name: without a capitalised place-kind at its end (`Kalbajar District` → `Kalbajar`). */
function coreOf(name: string): string {
  const words = name.split(' ');
  const last = words[words.length - 1]!;
  return words.length > 1 && /^\p{Lu}/u.test(last) && KIND_SUFFIXES.has(last.toLowerCase())
    ? words.slice(0, -1).join(' ')
    : name;
}

/** Places used as locations in `text` (module comment), in text order. */
export function findLocativePlaces(text: string): PlaceMention[] {
  const terms = tagTerms(text);
  const knownPlaces = lexiconPlaces(terms).map(({ start, end }) => ({ offset: { start, length: end - start } }));
  const found: PlaceMention[] = [];

  const add = (span: [number, number] | null) => {
    if (!span || !acceptable(terms, span)) return;
    let [a, b] = span;
    // A longer place of the lexicon starting at the same word (`Bosnia and Herzegovina`).
    const start = terms[a]!.start;
    const longer = knownPlaces.find(
      (p) => p.offset.start === start && p.offset.start + p.offset.length > terms[b]!.end,
    );
    if (longer) {
      const end = longer.offset.start + longer.offset.length;
      while (
        terms[b + 1] &&
        terms[b + 1]!.end <= end &&
        (isCapitalised(terms[b + 1]!) || terms[b + 1]!.lower === 'and')
      )
        b++;
      if (!isCapitalised(terms[b]!)) b--;
    }
    const name = nameText(text, terms, [a, b]);
    if (found.some((f) => f.start === terms[a]!.start)) return;
    found.push({ name, core: coreOf(name), start: terms[a]!.start, end: terms[b]!.end });
  };

  for (let i = 0; i < terms.length; i++) {
    const t = terms[i]!;
    const next = terms[i + 1];

    // `in (the) (liberated) X`, `north of X`
    let j = -1;
    if (TRIGGERS.has(t.lower) && !breaksName(t)) j = skipModifiers(terms, i + 1);
    else if (DIRECTIONS.has(t.lower) && next?.lower === 'of') j = skipModifiers(terms, i + 2);
    if (j > i) {
      const span = nameAt(terms, j);
      if (span) {
        const after = terms[span[1] + 1];
        const modifiesNoun =
          !breaksName(terms[span[1]]!) &&
          !possessive(terms[span[1]]!) &&
          after &&
          !isCapitalised(after) &&
          (after.tags.has('Noun') || (after.tags.has('Adjective') && !TEMPORAL.has(after.lower))) &&
          !after.tags.has('Pronoun') &&
          !after.tags.has('Date') &&
          !KIND_SUFFIXES.has(after.lower) &&
          !PLURAL_KIND_SUFFIXES.has(after.lower);
        if (!modifiesNoun) add(span);
      }
    }

    // `the village of X`
    if (KINDS_BEFORE_OF.has(t.lower) && !isCapitalised(t) && next?.lower === 'of' && !breaksName(t)) {
      const k = terms[i + 2]?.lower === 'the' ? i + 3 : i + 2;
      add(nameAt(terms, k));
    }

    // `X District` (capitalised kind) and `X region`, `X and Y districts` (lowercase kind)
    if (
      isCapitalised(t) &&
      (i === 0 || !isCapitalised(terms[i - 1]!) || breaksName(terms[i - 1]!) || possessive(terms[i - 1]!))
    ) {
      const span = nameAt(terms, i);
      if (!span) continue;
      const words = terms.slice(span[0], span[1] + 1);
      // A sentence-initial `The` is not part of the name.
      const a = words[0]!.lower === 'the' ? span[0] + 1 : span[0];
      if (a > span[1]) continue;
      const lastWord = terms[span[1]]!;
      if (span[1] > a && KIND_SUFFIXES.has(lastWord.lower)) add([a, span[1]]);
      const after = terms[span[1] + 1];
      if (after && !breaksName(lastWord) && !possessive(lastWord) && !isCapitalised(after)) {
        if (KIND_SUFFIXES.has(after.lower)) add([a, span[1]]);
        if (PLURAL_KIND_SUFFIXES.has(after.lower)) {
          add([a, span[1]]);
          // Walk back over `X, Y and` to the other names sharing the plural kind.
          let k = a - 1;
          while (k >= 0) {
            const joiner = terms[k]!;
            let last: number;
            if (joiner.lower === 'and' || joiner.lower === 'or') last = k - 1;
            else if (/,/.test(joiner.post) && isCapitalised(joiner)) last = k;
            else break;
            if (last < 0 || !isCapitalised(terms[last]!)) break;
            let first = last;
            while (first > 0 && isCapitalised(terms[first - 1]!) && !breaksName(terms[first - 1]!)) first--;
            add([first, last]);
            k = first - 1;
          }
        }
      }
    }
  }
  return found.sort((x, y) => x.start - y.start);
}

function escapeRegExp(text: string): string {
  return text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
}

/** What finds `name` (or its core) in a text as a whole word; made once per place. */
function mentionPattern(place: { name: string; core: string }): RegExp {
  const forms = [...new Set([place.name, place.core])].map(escapeRegExp).join('|');
  return new RegExp(`(?<![\\p{L}\\p{M}\\p{N}-])(?:${forms})(?![\\p{L}\\p{M}\\p{N}]|-\\p{L})`, 'u');
}

export function derivePlaces(paragraphs: Paragraph[]): Place[] {
  const places: { name: string; core: string }[] = [];
  for (const paragraph of paragraphs) {
    for (const found of findLocativePlaces(paragraph.text)) {
      const key = found.core.toLowerCase();
      if (!places.some((p) => p.core.toLowerCase() === key)) places.push({ name: found.name, core: found.core });
    }
  }
  const withMentions = places.map((place) => {
    const pattern = mentionPattern(place);
    const hits = paragraphs
      .map((p, index) => ({ id: p.id, index, at: pattern.exec(p.text)?.index ?? -1 }))
      .filter((h) => h.at >= 0);
    const first = hits[0];
    return {
      place: { name: place.name, paragraphIds: hits.map((h) => h.id) },
      order: first ? [first.index, first.at] : [Infinity, 0],
    };
  });
  withMentions.sort((x, y) => x.order[0]! - y.order[0]! || x.order[1]! - y.order[1]!);
  return withMentions.map((w) => w.place);
}
