/**
 * Key figures: the quantities an article states, each with what it counts, in
 * text order.
 *
 * Rules
 * - A figure is a cardinal number — digits (`97,000`, `1.5`) or a number word
 *   from two to ninety — optionally with a scale (`270 million`) or a currency
 *   sign (`$5 million`), followed by the thing it counts: up to six modifiers
 *   (adjectives, nouns, `and`/`or`) and a plural noun (`about 92,000 anti-tank and
 *   anti-personnel mines`, `15 Armenian prisoners`), a unit of area, mass or volume, or `percent`
 *   (with an `of …` complement: `about 20 tonnes of unexploded ordnance`), or money.
 *   An approximation in front (`about`, `more than`, `no more than` …) is kept.
 * - Not figures: years (a plain four-digit number from 1000 to 2999) and dates
 *   (`July 26`, `3 to 5 March`); references (`Article 29`, `No. 5`) and dotted codes
 *   (`120.2.12`); numbers fused to a word (`44-day`, `500-kilogram`: adjectives) or
 *   to other digits (`1992-95`, `12:05`, `2/3`); durations and ages (`two years`,
 *   `five days`: the timeline covers time); measurements of a single thing
 *   (`magnitude 6.1 earthquake`, lengths and distances such as `waves of 20
 *   centimetres`: nothing is counted; areas such as `square kilometres` are
 *   amounts and count); one of something; and
 *   back-references (`the two men`, `their 15 prisoners`), which repeat a figure.
 * - `context` lists the places (see `places.ts`) named in a locative construction
 *   after the figure in its clause — up to the next figure, comma, semicolon or
 *   sentence end: `97,000 mines in formerly-occupied Aghdam` → `Aghdam`.
 */
import { findLocativePlaces } from './places.ts';
import { type KeyFigure, type Paragraph, type Term, tagTerms } from './types.ts';

const NUMBER_WORDS =
  'two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|thirteen|fourteen|fifteen|sixteen|seventeen|eighteen|nineteen|twenty|thirty|forty|fifty|sixty|seventy|eighty|ninety';
const SCALE = '(?:\\s+(?:hundred|thousand|million|billion|trillion))?';
/** A number not glued to letters, digits, hyphens, slashes, colons or a dotted code. */
const NUMBER = new RegExp(
  `(?<![\\p{L}\\p{N}.,:/-])(?:([$€£¥]\\s?)?(?:\\d{1,3}(?:,\\d{3})+|\\d+)(?:\\.\\d+)?${SCALE}(?![\\p{L}\\p{N}/:-]|[.,]\\d)|\\b(?:${NUMBER_WORDS})${SCALE}\\b(?!-))`,
  'giu',
);
const APPROXIMATION =
  /\b(?:about|around|approximately|roughly|nearly|almost|some|over|under|more\s+than|less\s+than|fewer\s+than|at\s+least|at\s+most|up\s+to|as\s+many\s+as|no\s+more\s+than|no\s+fewer\s+than|no\s+less\s+than|an\s+estimated|close\s+to|just\s+over|just\s+under|well\s+over|almost|nearly)\s+$/i;
const REFERENCE =
  /\b(?:article|art\.|section|sec\.|paragraph|para\.|chapter|part|clause|resolution|no\.|nos\.|number|page|p\.|pp\.|item|rule|protocol|law|decree|flight|route|highway|road|platform|gate|room|case|file|order|amendment|point|level|grade|category|channel|volume|vol\.|issue|version|phase|stage|round|magnitude)\s*$/i;
const BACK_REFERENCE =
  /\b(?:the|these|those|its|their|his|her|our|your|my|both|all|each|every|per|first|last|next|other)\s+$/i;
const MONTHS =
  /\b(?:jan(?:uary)?|feb(?:ruary)?|mar(?:ch)?|apr(?:il)?|may|june?|july?|aug(?:ust)?|sept?(?:ember)?|oct(?:ober)?|nov(?:ember)?|dec(?:ember)?)\.?\s*$/i;
const TIME_UNITS = new Set(
  'second seconds minute minutes hour hours day days week weeks month months year years decade decades century centuries night nights'.split(
    ' ',
  ),
);
/** Amounts whose figure may take an `of …` complement (`20 tonnes of ordnance`, `2 percent of the territory`). */
const MEASURES = new Set(
  'percent per cent % tonnes tonne tons ton kilograms kilogrammes kilos grams pounds hectares acres litres liters gallons barrels square cubic'.split(
    ' ',
  ),
);
/** Lengths and distances measure one thing (`waves of 20 centimetres`, `30 kilometres from the border`); `square …` is an area. */
const LENGTHS = new Set(
  'metres meters centimetres centimeters millimetres millimeters kilometres kilometers miles feet inches yards'.split(
    ' ',
  ),
);
const PLURALS_WITHOUT_S = new Set([
  'people',
  'police',
  'personnel',
  'staff',
  'children',
  'men',
  'women',
  'cattle',
  'livestock',
  'sheep',
  'troops',
  'crew',
  'yen',
]);

interface Found {
  value: string;
  start: number;
  end: number;
}

const isPluralHead = (t: Term): boolean =>
  PLURALS_WITHOUT_S.has(t.lower) || (t.tags.has('Plural') && !t.tags.has('Pronoun')) || MEASURES.has(t.lower);
const isModifier = (t: Term): boolean =>
  (t.tags.has('Adjective') ||
    t.tags.has('Noun') ||
    t.tags.has('Demonym') ||
    t.tags.has('Hyphenated') ||
    (t.tags.has('Verb') && t.tags.has('PastTense'))) &&
  !t.tags.has('Pronoun') &&
  !t.tags.has('Preposition') &&
  !t.tags.has('Determiner') &&
  !t.tags.has('Value');
const breaks = (t: Term): boolean => /[^\s-]/.test(t.post);

/** End offset of the counted phrase starting after offset `from`, or null when nothing is counted. */
function countedPhraseEnd(terms: Term[], from: number): number | null {
  let k = terms.findIndex((t) => t.start >= from);
  if (k < 0) return null;
  for (let n = 0; n < 7 && k < terms.length; n++, k++) {
    const t = terms[k]!;
    if (TIME_UNITS.has(t.lower)) return null;
    if (LENGTHS.has(t.lower) && !/^(?:square|cubic)$/.test(terms[k - 1]?.lower ?? '')) return null;
    if (isPluralHead(t)) {
      // A compound head: `police officers`, `square kilometres`.
      const first = k;
      while (!breaks(terms[k]!) && terms[k + 1] && isPluralHead(terms[k + 1]!)) k++;
      const head = terms[k]!;
      const measure = terms.slice(first, k + 1).some((w) => MEASURES.has(w.lower));
      if (measure && !breaks(head) && terms[k + 1]?.lower === 'of') return ofComplementEnd(terms, k + 1) ?? head.end;
      return head.end;
    }
    const prev = terms[k - 1];
    if (n > 0 && prev && breaks(prev)) break;
    const joins = (t.lower === 'and' || t.lower === 'or') && n > 0 && !!terms[k + 1] && isModifier(terms[k + 1]!);
    if (!isModifier(t) && !joins) break;
  }
  return null;
}

/** `2% of the territory`: the end of the percentage phrase that starts at `from`. */
function percentEnd(terms: Term[], from: number): number {
  const k = terms.findIndex((t) => t.start >= from);
  const holder = terms[k - 1];
  if (k >= 0 && terms[k]!.lower === 'of' && (!holder || !breaks(holder))) return ofComplementEnd(terms, k) ?? from;
  return from;
}

/** `of unexploded ordnance`: up to a verb, preposition or punctuation after its noun; null without a noun. */
function ofComplementEnd(terms: Term[], of: number): number | null {
  let last: Term | undefined;
  let noun = false;
  for (let k = of + 1; k < Math.min(terms.length, of + 6); k++) {
    const t = terms[k]!;
    if (noun && (t.tags.has('Verb') || t.tags.has('Preposition') || t.tags.has('Conjunction'))) break;
    if (t.tags.has('Noun') && !t.tags.has('Pronoun')) noun = true;
    last = t;
    if (breaks(t)) break;
  }
  return noun && last ? last.end : null;
}

/** `handed over 15 prisoners`: the `over` belongs to the verb, it approximates nothing. */
function isParticle(terms: Term[], offset: number): boolean {
  const k = terms.findIndex((t) => t.start === offset);
  const word = terms[k];
  return !!word && (word.tags.has('Particle') || word.tags.has('PhrasalVerb'));
}

function figuresIn(text: string): Found[] {
  const terms = tagTerms(text);
  const found: Found[] = [];
  for (const m of text.matchAll(NUMBER)) {
    const raw = m[0];
    const at = m.index;
    const before = text.slice(0, at);
    const digits = raw.replace(/[^\d.]/g, '');
    if (/^\d{4}$/.test(raw) && Number(raw) >= 1000 && Number(raw) <= 2999) continue;
    if (/^(?:1|1\.0+)$/.test(digits) && !/[$€£¥]|illion|thousand|hundred/i.test(raw)) continue;
    if (REFERENCE.test(before) || BACK_REFERENCE.test(before) || MONTHS.test(before)) continue;
    const end = at + raw.length;
    let phraseEnd = text[end] === '%' ? percentEnd(terms, end + 1) : countedPhraseEnd(terms, end);
    if (phraseEnd === null && m[1]) phraseEnd = end; // money needs no noun: `$5 million`
    if (phraseEnd === null) continue;
    const approximation = APPROXIMATION.exec(before);
    const start = approximation && !isParticle(terms, at - approximation[0].length) ? at - approximation[0].length : at;
    found.push({ value: raw, start, end: Math.max(phraseEnd, end) });
  }
  return found;
}

function joinNames(names: string[]): string {
  if (names.length <= 1) return names[0] ?? '';
  return `${names.slice(0, -1).join(', ')} and ${names[names.length - 1]}`;
}

export function deriveFigures(paragraphs: Paragraph[]): KeyFigure[] {
  const figures: KeyFigure[] = [];
  for (const paragraph of paragraphs) {
    const { text } = paragraph;
    const found = figuresIn(text);
    if (found.length === 0) continue;
    const places = findLocativePlaces(text);
    found.forEach((f, i) => {
      const nextFigure = found[i + 1]?.start ?? text.length;
      const clauseEnd = /[,;]|[.!?](?=\s|$)/.exec(text.slice(f.end));
      const until = Math.min(nextFigure, clauseEnd ? f.end + clauseEnd.index : text.length);
      const names = [...new Set(places.filter((p) => p.start >= f.end && p.end <= until).map((p) => p.name))];
      figures.push({
        value: f.value,
        text: text.slice(f.start, f.end),
        ...(names.length ? { context: joinNames(names) } : {}),
        paragraphId: paragraph.id,
      });
    });
  }
  return figures;
}
