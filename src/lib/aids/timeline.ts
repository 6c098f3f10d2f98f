/**
 * Timeline: the dated events an article mentions, in date order, each linked to
 * its paragraph, with the publication as the last entry.
 *
 * Rules
 * - Dates are found sentence by sentence with chrono-node. Only calendar days
 *   count: a day and a month (`July 26`, `26 July`, `November 10, 2020`) or a
 *   weekday (`on Wednesday`, `last Friday`). Months or years alone, parts of a
 *   month (`at the end of August`, `in early May`), numeric forms (`2/3`), times
 *   alone and vague words (`two days ago`, `last week`) are not events on a day
 *   and are skipped.
 * - Relative days: `yesterday` (evening) and `the day before yesterday` count
 *   back from publication day; `the next day`, `the following day`, `a day
 *   later`, `two days later`, `the day before`, `the previous day`, `a day
 *   earlier` count from the day the text last dated, in reading order (none
 *   before the text has dated anything; `the day before the vote` names no day).
 * - Everything is read on the article's clock: "publication day" is the day of
 *   `published` in its own offset, never UTC or the build machine's day.
 * - A written year stays. Without one, the year is the one that makes the date
 *   the latest such date not after publication day (`on December 28` in a story
 *   of 3 January 2023 is 2022-12-28). A bare weekday is the latest such weekday
 *   on or before publication day; `last Friday` the latest strictly before it.
 * - Ranges (`from 3 to 5 March`, `between March 3 and March 5`, `March 3-5`) give
 *   one entry with `endDate`; the end is the first such day on or after the start.
 * - The timeline records what has happened: a date after publication day, a
 *   `next …` weekday, a year-less date in a sentence about the future (`will`,
 *   `is due to` …), and dates bounding something else (`since`, `until`, `by`,
 *   `before`, `after` Monday, `from Thursday` with no end) give no entry, except
 *   `until 25 October 2020, when troops …`, which dates the when-clause's event
 *   (labelled from that clause). A date in a trailing attribution
 *   (`…, the agency said on Thursday.`) dates the telling, not the event: skipped.
 * - Part of day comes from the words around the date (`on the evening of`,
 *   `Monday evening`, `shortly before midnight on`, `in the early hours of`) or a
 *   written time (`at 12:05 a.m.` → night).
 * - The label is a phrase from the date's sentence: the clause holding the date
 *   (clauses split at `; —`, `and`/`but` + verb, `after`/`before`/`when`/`if`… +
 *   a finite verb, `, which`, `, <verb>ing`, `, <verb>` and a trailing
 *   attribution), with the date phrase and a leading connective (`Previously,`)
 *   removed, the sentence's subject supplied when the clause lacks one, cut at
 *   the first comma after its main verb. Over 14 words it is cut to its core:
 *   subject, verb and first complement (stopping at the next preposition, verb
 *   or clause word once a noun has been seen); after a verb of saying, the core
 *   of the reported clause (from its `that`). Other dates in the sentence are left
 *   out of the label. `Published` labels the publication entry.
 * - The same day (or range) mentioned twice gives one entry, from its first mention.
 */
import * as chrono from 'chrono-node';
import { speechVerbForms } from '../../nlp/lexicon.ts';
import { parseText } from '../../nlp/parse.ts';
import { type VerbForm, verbPhrases } from '../../nlp/verbs.ts';
import { localDateParts, resolveArticleDate } from '../dates.ts';
import { countWords, truncateAtWord } from '../text.ts';
import {
  type ArticleClock,
  type Paragraph,
  type PartOfDay,
  sentenceSpans,
  type Term,
  type TimelineEntry,
  tagTerms,
} from './types.ts';

/** A plain calendar day; no clock, no zone. */
interface CalendarDay {
  year: number;
  month: number;
  day: number;
}

const DAY_MS = 86_400_000;

function dayNumber({ year, month, day }: CalendarDay): number {
  return Date.UTC(year, month - 1, day) / DAY_MS;
}

function fromDayNumber(n: number): CalendarDay {
  const d = new Date(n * DAY_MS);
  return { year: d.getUTCFullYear(), month: d.getUTCMonth() + 1, day: d.getUTCDate() };
}

function isRealDay(c: CalendarDay): boolean {
  const back = fromDayNumber(dayNumber(c));
  return back.year === c.year && back.month === c.month && back.day === c.day;
}

/** `YYYY-MM-DD`. */
function formatDay({ year, month, day }: CalendarDay): string {
  return `${String(year).padStart(4, '0')}-${String(month).padStart(2, '0')}-${String(day).padStart(2, '0')}`;
}

/** The day `published` (ISO with the article's offset) falls on, on the article's own clock. */
function publicationDay(published: string): CalendarDay {
  const { year, month, day } = localDateParts(published);
  return { year, month, day };
}

/**
 * A month and day written without a year: the year that makes it the latest
 * such date not after `reference` (publication day). `null` for a day that
 * exists in no year (`February 30`).
 */
export function resolveMonthDay(month: number, day: number, reference: CalendarDay): CalendarDay | null {
  const limit = dayNumber(reference);
  for (let year = reference.year; year > reference.year - 8; year--) {
    const candidate = { year, month, day };
    if (isRealDay(candidate) && dayNumber(candidate) <= limit) return candidate;
  }
  return null;
}

/**
 * A weekday (0 = Sunday … 6 = Saturday): the latest such day on or before
 * `reference`, or strictly before it when `strict` (`last Friday`).
 */
export function resolveWeekday(weekday: number, reference: CalendarDay, strict = false): CalendarDay {
  const ref = dayNumber(reference);
  const refWeekday = new Date(ref * DAY_MS).getUTCDay();
  let back = (refWeekday - weekday + 7) % 7;
  if (back === 0 && strict) back = 7;
  return fromDayNumber(ref - back);
}

function weekdayOf(c: CalendarDay): number {
  return new Date(dayNumber(c) * DAY_MS).getUTCDay();
}

// ————— finding the dates —————

/** Words chrono would read as times of day; hidden from it (same length) and read by `partOfDay`. */
const TIME_OF_DAY_WORDS = /\b(?:morning|afternoon|evening|night|midnight|noon|midday|tonight|overnight|dawn)\b/gi;
const CALENDAR_WORD =
  /\b(?:jan(?:uary)?|feb(?:ruary)?|mar(?:ch)?|apr(?:il)?|may|june?|july?|aug(?:ust)?|sept?(?:ember)?|oct(?:ober)?|nov(?:ember)?|dec(?:ember)?|mon(?:day)?|tues?(?:day)?|wed(?:nesday)?|thu(?:rs?)?(?:day)?|fri(?:day)?|sat(?:urday)?|sun(?:day)?)\b/i;
const WEEKDAY_WORD = /\b(?:mon|tues?|wed(?:nes)?|thu(?:rs?)?|fri|sat(?:ur)?|sun)(?:day)?\b/i;
/** A dateline opening the story: a place in capitals, a date, a dash (`SANTIAGO, 8 May —`, `TOKYO, Feb. 15 (Reuters) -`). */
const DATELINE = /^\s*\p{Lu}[\p{Lu}\s.'’-]*\p{Lu},[^—–\n]{1,40}?\s[—–-]\s/u;
/** A verb that moves something to the date that follows. */
const RESCHEDULED =
  /\b(?:postponed|adjourned|delayed|moved|pushed\s+back|deferred|rescheduled|extended|brought\s+forward)\b(?:\s+\S+){0,4}?\s+(?:to|until|till)\s+(?:the\s+)?$/i;
/** Words before a date that make it one end of something else rather than the day of an event. */
const BOUNDING_WORD =
  /\b(?:since|until|till|by|before|after|through|throughout|ahead\s+of|as\s+of|prior\s+to|from)\s+(?:the\s+)?$/i;
/** The phrase leading into a date: `on the evening of`, `shortly before midnight on`, `late on`, `in the early hours of`. */
const LEAD_IN =
  /(?:\b(?:(?:shortly|just|well|soon|long)\s+)?(?:before|after)\s+(?:dawn|midnight|noon|midday|daybreak)\s+|\b(?:early|late)\s+)?(?:\b(?:on|in|at|during|from|between)\s+)?(?:the\s+)?(?:(?:(?:early|small|late|wee)\s+)?(?:hours|morning|afternoon|evening|night)\s+of\s+(?:the\s+)?)?$/i;
const TRAILING_PART_OF_DAY = /^\s*(morning|afternoon|evening|night)\b/i;
/** Tenses of a verb whose date has not happened yet, or is a schedule (`host … on Friday`). */
const NOT_YET: ReadonlySet<VerbForm> = new Set([
  'future',
  'modal',
  'simple-present',
  'present-progressive',
  'passive-present',
  'infinitive',
]);
const RANGE_JOINER = /^\s*(?:and|to|until|till|through|-|–|—)\s*$/i;

/**
 * How far before a date the phrases leading into it are looked for: the longest lead-in
 * (`shortly before midnight on the evening of the`) is well within it, and reading a bounded tail
 * rather than the whole sentence before the date keeps a run-on paragraph linear.
 */
const LOOK_BACK = 160;

function lookBack(text: string, at: number): string {
  return text.slice(Math.max(0, at - LOOK_BACK), at);
}

interface DateParts {
  year?: number;
  month?: number;
  day?: number;
  weekday?: number;
  hour?: number;
}

interface Mention {
  /** Offsets into the sentence: the whole date phrase including its lead-in. */
  start: number;
  end: number;
  from: DateParts;
  to?: DateParts;
  /** `last Friday`: strictly before publication day. */
  strictPast: boolean;
  partOfDay?: PartOfDay;
  /**
   * A day told relative to another: `yesterday` (publication day − 1), `the next day` (the day
   * last dated in the text + 1). `from` is empty then.
   */
  relative?: { anchor: 'publication' | 'previous'; days: number };
  /** Offset in the sentence where the event's own clause starts (`until 25 October, when troops …`). */
  eventClause?: number;
}

/** Days told relative to publication day or to the day the text has just dated, longest first. */
const RELATIVE_DAYS: readonly { pattern: RegExp; anchor: 'publication' | 'previous'; days: number }[] = [
  { pattern: /\bthe\s+day\s+before\s+yesterday\b/gi, anchor: 'publication', days: -2 },
  { pattern: /\byesterday\b/gi, anchor: 'publication', days: -1 },
  {
    pattern:
      /\b(?:the\s+(?:next|following)\s+day|a\s+day\s+later|the\s+day\s+after)\b(?!\s+(?:the|a|an|his|her|their|its)\b)/gi,
    anchor: 'previous',
    days: 1,
  },
  { pattern: /\b(?:two|2)\s+days\s+later\b/gi, anchor: 'previous', days: 2 },
  { pattern: /\b(?:three|3)\s+days\s+later\b/gi, anchor: 'previous', days: 3 },
  {
    pattern:
      /\b(?:the\s+(?:day\s+before|previous\s+day|eve)|a\s+day\s+(?:earlier|before))\b(?!\s+(?:the|a|an|his|her|their|its|of)\b)/gi,
    anchor: 'previous',
    days: -1,
  },
  {
    pattern: /\b(?:two|2)\s+days\s+(?:earlier|before)\b(?!\s+(?:the|a|an|his|her|their|its)\b)/gi,
    anchor: 'previous',
    days: -2,
  },
];

/** Relative days in one sentence (`yesterday evening`, `the next day`), as mentions. */
function findRelativeMentions(sentence: string): Mention[] {
  const mentions: Mention[] = [];
  const taken: [number, number][] = [];
  for (const { pattern, anchor, days } of RELATIVE_DAYS) {
    for (const match of sentence.matchAll(pattern)) {
      const start = match.index;
      const end = start + match[0].length;
      if (taken.some(([a, b]) => start < b && end > a)) continue;
      taken.push([start, end]);
      const lead = LEAD_IN.exec(lookBack(sentence, start));
      const leadText = lead?.[0] ?? '';
      const phraseStart = start - leadText.length;
      if (BOUNDING_WORD.test(lookBack(sentence, phraseStart))) continue;
      const trailing = TRAILING_PART_OF_DAY.exec(sentence.slice(end));
      const partOfDay = partOfDayFromWords(`${leadText} ${trailing?.[1] ?? ''}`);
      mentions.push({
        start: phraseStart,
        end: trailing ? end + trailing[0].length : end,
        from: {},
        strictPast: false,
        relative: { anchor, days },
        ...(partOfDay ? { partOfDay } : {}),
      });
    }
  }
  return mentions;
}

function partsOf(c: chrono.ParsedComponents): DateParts {
  const parts: DateParts = {};
  for (const key of ['year', 'month', 'day', 'weekday', 'hour'] as const) {
    const value = c.get(key);
    if (c.isCertain(key) && value !== null) parts[key] = value;
  }
  return parts;
}

function isCalendarDay(p: DateParts): boolean {
  return (p.month !== undefined && p.day !== undefined) || p.weekday !== undefined;
}

function partOfDayFromHour(hour: number): PartOfDay {
  if (hour >= 5 && hour < 12) return 'morning';
  if (hour >= 12 && hour < 17) return 'afternoon';
  if (hour >= 17 && hour < 21) return 'evening';
  return 'night';
}

function partOfDayFromWords(words: string): PartOfDay | undefined {
  const w = words.toLowerCase();
  if (/\b(?:early|small|wee)\s+hours\b|\bmidnight\b|\bnight\b/.test(w)) return 'night';
  if (/\bevening\b/.test(w)) return 'evening';
  if (/\bafternoon\b|\bnoon\b|\bmidday\b/.test(w)) return 'afternoon';
  if (/\bmorning\b|\bdawn\b|\bdaybreak\b/.test(w)) return 'morning';
  return undefined;
}

/** The calendar-day mentions in one sentence, with their lead-ins, ranges merged. */
function findMentions(sentence: string, reference: CalendarDay): Mention[] {
  const masked = sentence.replace(TIME_OF_DAY_WORDS, (w) => ' '.repeat(w.length));
  const ref = { instant: new Date(Date.UTC(reference.year, reference.month - 1, reference.day, 12)), timezone: 0 };
  const results = chrono.en.casual.parse(masked, ref).filter((r) => CALENDAR_WORD.test(r.text));

  const mentions: Mention[] = [];
  for (let i = 0; i < results.length; i++) {
    const r = results[i]!;
    let from = partsOf(r.start);
    let to = r.end ? partsOf(r.end) : undefined;
    let rangeEndAt = -1;
    if (!isCalendarDay(from) && to && isCalendarDay(to)) {
      // `from March 2022 until 8 September 2022`: only the end is a day; read it on its own.
      const joiner = /\b(?:until|till|to|through)\s+/i.exec(r.text);
      if (!joiner) continue;
      rangeEndAt = r.index + joiner.index + joiner[0].length;
      from = to;
      to = undefined;
    }
    if (!isCalendarDay(from)) continue;
    // A day is written as a number or a weekday: `the end of August` is not one, whatever chrono makes of it.
    if (!/\d/.test(r.text.replace(/\b\d{4}\b/g, '')) && !WEEKDAY_WORD.test(r.text)) continue;
    let start = rangeEndAt >= 0 ? rangeEndAt : r.index;
    let end = r.index + r.text.replace(/[\s,.;:]+$/, '').length;

    // `between March 3 and March 5`: chrono reads two dates; join them.
    const next = results[i + 1];
    if (
      !to &&
      next &&
      RANGE_JOINER.test(masked.slice(end, next.index)) &&
      /\b(?:between|from)\s+$/i.test(lookBack(masked, start))
    ) {
      const nextParts = partsOf(next.start);
      if (isCalendarDay(nextParts)) {
        to = nextParts;
        end = next.index + next.text.replace(/[\s,.;:]+$/, '').length;
        i++;
      }
    }
    // `between 3 and 5 March`: chrono reads only `5 March`.
    const bareFrom = Math.max(0, start - LOOK_BACK);
    const bare = /\b(between|from)\s+(\d{1,2})(?:st|nd|rd|th)?\s+(?:and|to|until|-|–)\s+$/i.exec(
      masked.slice(bareFrom, start),
    );
    if (!to && bare && from.month !== undefined && from.day !== undefined) {
      to = from;
      from = { ...from, day: Number(bare[2]) };
      start = bareFrom + bare.index + bare[0].indexOf(bare[2]!);
    }

    // `from 3 to 5 March 2021`: a year written once, at the end, holds for the start too.
    if (to?.year !== undefined && from.year === undefined && from.month !== undefined) {
      const sameYear = from.month < (to.month ?? 13) || (from.month === to.month && (from.day ?? 0) <= (to.day ?? 0));
      from = { ...from, year: sameYear ? to.year : to.year - 1 };
    }

    // Leading words inside chrono's match (`On Wednesday`) belong to the lead-in.
    const leading = /^(?:(?:on|of|at|in|the)\s+)+/i.exec(sentence.slice(start, end));
    if (leading) start += leading[0].length;
    const lead = LEAD_IN.exec(lookBack(sentence, start));
    const leadText = lead?.[0] ?? '';
    const phraseStart = start - leadText.length;
    // `until 25 October 2020, when troops took the town`: the day of the when-clause's event.
    const when = /^[\s,]*when\s+/i.exec(sentence.slice(end));
    const untilWhen = when !== null && /\b(?:until|till|since)\s+(?:the\s+)?$/i.test(lookBack(sentence, phraseStart));
    // `postponed the matter to 4 March`: the new date of something that has not happened.
    if (RESCHEDULED.test(lookBack(sentence, phraseStart))) continue;
    if (BOUNDING_WORD.test(lookBack(sentence, phraseStart)) && !/\bfrom\s+$/i.test(leadText) && !untilWhen) continue;
    if (/^from\b/i.test(leadText.trim()) && !to) continue; // `from Thursday`: a start, not a day

    const phraseText = sentence.slice(start, end);
    const modifier =
      /\b(last|next|coming|this)\s+$/i.exec(lookBack(sentence, start))?.[1] ??
      /^(last|next|coming|this)\b/i.exec(phraseText)?.[1];
    if (from.weekday !== undefined && from.day === undefined && /^(?:next|coming)$/i.test(modifier ?? '')) continue;

    const trailing = TRAILING_PART_OF_DAY.exec(sentence.slice(end));
    const partOfDay =
      from.hour !== undefined ? partOfDayFromHour(from.hour) : partOfDayFromWords(`${leadText} ${trailing?.[1] ?? ''}`);
    mentions.push({
      start: phraseStart,
      end: trailing ? end + trailing[0].length : end,
      from,
      ...(to ? { to } : {}),
      strictPast: /^last$/i.test(modifier ?? ''),
      ...(partOfDay ? { partOfDay } : {}),
      ...(untilWhen && when ? { eventClause: end + when[0].length } : {}),
    });
  }
  return mentions;
}

/**
 * The tense of the verb a date goes with: the finite verb before it in its clause, or the one after
 * it when the date opens a clause (`…, that on Monday a mine exploded`, `On 3 May, …`).
 */
function tenseAt(sentence: string, mention: Mention): VerbForm | null {
  const phrases = verbPhrases(parseText(sentence).tokens);
  const before = phrases.filter((phrase) => phrase.end <= mention.start && phrase.form !== 'infinitive').at(-1);
  const after = phrases.find((phrase) => phrase.start >= mention.end && phrase.form !== 'infinitive');
  const opensClause = !before || /\bthat\b|[,;:—]/.test(sentence.slice(before.end, mention.start));
  return (opensClause ? (after ?? before) : before)?.form ?? null;
}

/** The day a relative mention names; `null` for `the next day` before the text has dated anything. */
function relativeDay(
  relative: NonNullable<Mention['relative']>,
  reference: CalendarDay,
  lastDated: CalendarDay | null,
): CalendarDay | null {
  const anchor = relative.anchor === 'publication' ? reference : lastDated;
  return anchor ? fromDayNumber(dayNumber(anchor) + relative.days) : null;
}

/** The day a mention names, by the rules in the module comment; `null` if it names none. */
function resolveParts(parts: DateParts, reference: CalendarDay, strictPast: boolean): CalendarDay | null {
  if (parts.month !== undefined && parts.day !== undefined) {
    if (parts.year !== undefined) {
      const c = { year: parts.year, month: parts.month, day: parts.day };
      return isRealDay(c) ? c : null;
    }
    return resolveMonthDay(parts.month, parts.day, reference);
  }
  if (parts.weekday !== undefined) return resolveWeekday(parts.weekday, reference, strictPast);
  return null;
}

/** The end of a range: the first day on or after `start` matching `parts`. */
function resolveRangeEnd(parts: DateParts, start: CalendarDay): CalendarDay | null {
  if (parts.month !== undefined && parts.day !== undefined) {
    if (parts.year !== undefined) {
      const c = { year: parts.year, month: parts.month, day: parts.day };
      return isRealDay(c) ? c : null;
    }
    for (let year = start.year; year <= start.year + 1; year++) {
      const c = { year, month: parts.month, day: parts.day };
      if (isRealDay(c) && dayNumber(c) >= dayNumber(start)) return c;
    }
    return null;
  }
  if (parts.weekday !== undefined) {
    const ahead = (parts.weekday - weekdayOf(start) + 7) % 7 || 7;
    return fromDayNumber(dayNumber(start) + ahead);
  }
  return null;
}

// ————— labels —————

/** Verbs of saying, every written form (src/nlp/lexicon.ts): what marks a trailing attribution. */
const SPEECH_VERBS: ReadonlySet<string> = new Set(speechVerbForms);
const SUBORDINATORS = new Set(
  'after before when while because although though whereas until once if unless since as'.split(' '),
);
const RELATIVES = new Set(['which', 'who', 'whose', 'whom', 'where']);
const PREPOSITIONS = new Set(
  'in on at for to from with by during after before since until near into onto over under between among across through throughout against without within about around toward towards while despite amid along outside inside beyond'.split(
    ' ',
  ),
);
const APPROXIMATORS = new Set([
  'about',
  'around',
  'over',
  'under',
  'nearly',
  'almost',
  'some',
  'roughly',
  'approximately',
]);
const CONNECTIVES = new Set(
  'however moreover meanwhile previously earlier later then also still separately additionally furthermore nevertheless instead elsewhere overall afterwards and but so yet'.split(
    ' ',
  ),
);
const MAX_WORDS = 14;
const MAX_LABEL_CHARS = 120;

const isVerb = (t: Term | undefined): boolean => !!t && t.tags.has('Verb');
const isFiniteVerb = (t: Term | undefined): boolean =>
  !!t &&
  t.tags.has('Verb') &&
  !t.tags.has('Gerund') &&
  !(t.tags.has('Infinitive') && !t.tags.has('PastTense') && !t.tags.has('PresentTense'));
const isNounLike = (t: Term): boolean =>
  (t.tags.has('Noun') || t.tags.has('Value') || t.tags.has('Pronoun')) && !t.tags.has('Preposition');
const hasComma = (t: Term): boolean => /[,;:]/.test(t.post);

interface Segment {
  terms: Term[];
  attribution: boolean;
}

/** Split a sentence's terms into clauses (see module comment); connector words are dropped. */
function segmentClauses(terms: Term[]): Segment[] {
  const segments: Segment[] = [{ terms: [], attribution: false }];
  const startSegment = (attribution = false) => segments.push({ terms: [], attribution });
  for (let i = 0; i < terms.length; i++) {
    const t = terms[i]!;
    const prev = terms[i - 1];
    const next = terms[i + 1];
    const afterComma = !!prev && /,/.test(prev.post);
    if (prev && /[;:]|\s[—–-]\s/.test(prev.post)) startSegment();
    if (prev && ['and', 'but', 'or'].includes(t.lower) && isVerb(next) && !next!.tags.has('Gerund')) {
      startSegment();
      continue;
    }
    if (prev && SUBORDINATORS.has(t.lower) && finiteVerbAhead(terms, i + 1)) {
      startSegment();
      continue;
    }
    if (afterComma) {
      if (isAttribution(terms, i)) {
        startSegment(true);
      } else if (RELATIVES.has(t.lower) || t.tags.has('Gerund') || (t.tags.has('Adverb') && next?.tags.has('Gerund'))) {
        startSegment();
      } else if (isFiniteVerb(t) && !SPEECH_VERBS.has(t.lower)) {
        startSegment();
      }
    }
    segments[segments.length - 1]!.terms.push(t);
  }
  return segments.filter((s) => s.terms.length > 0);
}

/** A finite verb within the next few words, before any comma: a subordinate clause follows. */
function finiteVerbAhead(terms: Term[], from: number): boolean {
  for (let j = from; j < Math.min(terms.length, from + 8); j++) {
    const t = terms[j]!;
    if (j > from && isFiniteVerb(t)) return true;
    if (hasComma(t)) return false;
  }
  return false;
}

/** `, the ministry said.` / `, said the ministry.` from term `i` to the clause end. */
function isAttribution(terms: Term[], i: number): boolean {
  let j = i;
  const words: Term[] = [];
  while (j < terms.length) {
    words.push(terms[j]!);
    if (hasComma(terms[j]!) || j === terms.length - 1) break;
    j++;
  }
  if (words.length > 14) return false;
  const speech = words.findIndex((w) => SPEECH_VERBS.has(w.lower));
  if (speech < 0) return false;
  const after = words[speech + 1];
  // Inverted (`, said the ministry`) takes anything after the verb; otherwise the verb ends the
  // clause or is followed by when and where (`, the ministry said on Thursday`), not an object
  // (`, Erdogan dismissed him`) or a reported clause (`, officials said that …`).
  if (speech === 0 || !after) return true;
  return after.tags.has('Preposition') || after.tags.has('Adverb') || after.tags.has('Date');
}

function render(terms: Term[]): string {
  let out = '';
  terms.forEach((t, k) => {
    const pre = k === 0 ? '' : t.pre.replace(/["“”‘’]/g, '');
    const post = k === terms.length - 1 ? '' : t.post.replace(/["“”]/g, '');
    out += pre + t.text + post;
  });
  return out
    .replace(/\s+/g, ' ')
    .replace(/\s+([,;:.])/g, '$1')
    .replace(/([,;:])(?:\s*[,;:])+/g, '$1')
    .replace(/^[\s,;:—–-]+|[\s,;:—–(-]+$/g, '')
    .trim();
}

function firstVerbIndex(terms: Term[]): number {
  return terms.findIndex((t) => isVerb(t) && !t.tags.has('Gerund'));
}

/** Subject, verb and first complement of a clause (module comment). */
function clauseCore(terms: Term[]): Term[] {
  const v = firstVerbIndex(terms);
  if (v < 0) return terms;
  let j = v + 1;
  while (
    j < terms.length &&
    (isVerb(terms[j]) ||
      terms[j]!.tags.has('Adverb') ||
      terms[j]!.tags.has('Particle') ||
      terms[j]!.tags.has('Negative')) &&
    !hasComma(terms[j - 1]!)
  ) {
    j++;
  }
  const kept = terms.slice(0, j);
  const main = terms[v]!;
  if (SPEECH_VERBS.has(main.lower) && j < terms.length) {
    let rest = terms.slice(j);
    // `said in a statement that …`: the reported clause starts at `that`.
    const that = rest.slice(0, 7).findIndex((t) => t.lower === 'that');
    if (that >= 0) rest = rest.slice(that);
    const lead = rest[0]?.lower === 'that' ? [rest.shift()!] : [];
    return [...kept, ...lead, ...clauseCore(rest)];
  }
  let nounSeen = false;
  for (let k = j; k < terms.length; k++) {
    const t = terms[k]!;
    const next = terms[k + 1];
    if (nounSeen) {
      const approximatesNumber = APPROXIMATORS.has(t.lower) && !!next && next.tags.has('Value');
      if (PREPOSITIONS.has(t.lower) && t.lower !== 'of' && !approximatesNumber) break;
      if (isVerb(t) || SUBORDINATORS.has(t.lower) || RELATIVES.has(t.lower) || t.lower === 'that') break;
      if (['and', 'or', 'but'].includes(t.lower) && isVerb(next)) break;
    }
    if (isNounLike(t)) nounSeen = true;
    kept.push(t);
    if (nounSeen && hasComma(t)) break;
  }
  return kept;
}

/** `terms` without the date's words; a comma that followed the date stays with the word before it. */
function withoutDate(terms: Term[], inDate: (t: Term) => boolean): Term[] {
  const kept: Term[] = [];
  for (const t of terms) {
    if (!inDate(t)) {
      kept.push(t);
      continue;
    }
    const prev = kept[kept.length - 1];
    const punct = /[,;:]/.exec(t.post)?.[0];
    if (prev && punct && !hasComma(prev)) kept[kept.length - 1] = { ...prev, post: `${punct} ` };
  }
  return kept;
}

/** The noun phrase a clause ends with (`… the Dangote Petroleum Refinery,`), without its comma. */
function antecedentOf(terms: Term[]): Term[] {
  let k = terms.length;
  while (k > 0 && terms.length - k < 6) {
    const t = terms[k - 1]!;
    const nominal =
      t.tags.has('Noun') || t.tags.has('Adjective') || t.tags.has('Value') || t.lower === 'the' || t.lower === 'a';
    if (!nominal || t.tags.has('Pronoun') || (k < terms.length && hasComma(t))) break;
    k--;
  }
  const phrase = terms.slice(k);
  const last = phrase[phrase.length - 1];
  if (last) phrase[phrase.length - 1] = { ...last, post: ' ' };
  return phrase;
}

/** Subject of a clause: the words before its first verb (all of them in a verbless `The bomb, which …`). */
function subjectOf(terms: Term[]): Term[] {
  const v = firstVerbIndex(terms);
  return v < 0 ? terms : terms.slice(0, v);
}

function dropLeadingConnectives(terms: Term[]): Term[] {
  let out = terms;
  while (out.length > 1) {
    const first = out[0]!;
    if (RELATIVES.has(first.lower) || first.lower === 'that') {
      out = out.slice(1);
    } else if (
      (first.tags.has('Adverb') || CONNECTIVES.has(first.lower)) &&
      (hasComma(first) || ['and', 'but', 'so', 'yet'].includes(first.lower))
    ) {
      out = out.slice(1);
    } else {
      break;
    }
  }
  return out;
}

/**
 * The label for a date at `[start, end)` of `sentence` (module comment), or
 * `null` when the date sits in a trailing attribution. The sentence's other
 * dates (`otherDates`) are left out of the label too.
 */
function labelFor(sentence: string, start: number, end: number, otherDates: [number, number][] = []): string | null {
  const all = tagTerms(sentence);
  const dates: [number, number][] = [[start, end], ...otherDates];
  const inDate = (t: Term) => dates.some(([a, b]) => t.end > a && t.start < b);
  const segments = segmentClauses(all);
  const home = segments.find((s) => s.terms.some((t) => t.end > start && t.start < end));
  if (!home || home.attribution) return null;

  let terms = dropLeadingConnectives(withoutDate(home.terms, inDate));
  if (terms.length === 0) return null;
  const first = segments[0]!;
  const relativeClause = home !== first && RELATIVES.has(home.terms[0]?.lower ?? '');
  if (relativeClause && isVerb(terms[0])) {
    // `President Tinubu, who took office on 29 May`: the relative clause is about its antecedent.
    const antecedent = antecedentOf(segments[segments.indexOf(home) - 1]?.terms ?? []);
    if (antecedent.length > 0) terms = [...antecedent, ...terms];
  } else if (home !== first && isVerb(terms[0]) && !terms[0]!.tags.has('Gerund')) {
    const subject = dropLeadingConnectives(subjectOf(withoutDate(first.terms, inDate)));
    const last = subject[subject.length - 1];
    // Keep a comma closing an appositive (`A ban on the weapons, the Convention …,`), drop a lone one.
    if (last && /,/.test(last.post) && !subject.slice(0, -1).some(hasComma)) {
      subject[subject.length - 1] = { ...last, post: ' ' };
    }
    terms = [...subject, ...terms];
  }

  // Cut at the first comma after the main verb.
  const v = firstVerbIndex(terms);
  if (v >= 0) {
    const cut = terms.findIndex((t, k) => k >= v && hasComma(t));
    if (cut >= 0) terms = terms.slice(0, cut + 1);
  }
  return finishLabel(terms);
}

/** A label from a clause of its own (`troops took the town, …` after `when`): its first clause. */
function clauseLabel(clause: string): string | null {
  const [first] = segmentClauses(tagTerms(clause));
  if (!first) return null;
  let terms = first.terms;
  const v = firstVerbIndex(terms);
  if (v >= 0) {
    const cut = terms.findIndex((t, k) => k >= v && hasComma(t));
    if (cut >= 0) terms = terms.slice(0, cut + 1);
  }
  return finishLabel(terms);
}

/** Rendered, cut to its core when long, capitalised and bounded. */
function finishLabel(terms: Term[]): string | null {
  let label = render(terms);
  if (countWords(label) > MAX_WORDS) label = render(clauseCore(terms));
  if (!label) return null;
  label = label.charAt(0).toUpperCase() + label.slice(1);
  return truncateAtWord(label, MAX_LABEL_CHARS);
}

/** Characters either side of a date that a run-on sentence's label is read from. */
const LABEL_WINDOW = 400;

/**
 * `labelFor` on the date's sentence; in a sentence longer than two windows, on the window around
 * the date (cut at spaces), so a run-on paragraph costs time in proportion to its length.
 */
function labelAround(sentence: string, mention: Mention, mentions: readonly Mention[]): string | null {
  if (mention.eventClause !== undefined)
    return clauseLabel(sentence.slice(mention.eventClause, mention.eventClause + 2 * LABEL_WINDOW));
  let from = 0;
  let to = sentence.length;
  if (sentence.length > 2 * LABEL_WINDOW) {
    from = Math.max(0, sentence.lastIndexOf(' ', Math.max(0, mention.start - LABEL_WINDOW)) + 1);
    const end = sentence.indexOf(' ', mention.end + LABEL_WINDOW);
    to = end < 0 ? sentence.length : end;
  }
  const others = mentions
    .filter((m) => m !== mention && m.start >= from && m.end <= to)
    .map((m): [number, number] => [m.start - from, m.end - from]);
  return labelFor(sentence.slice(from, to), mention.start - from, mention.end - from, others);
}

// ————— the timeline —————

export function deriveTimeline(paragraphs: Paragraph[], clock: ArticleClock): TimelineEntry[] {
  const published = resolveArticleDate(clock.published, clock.timezone);
  const reference = publicationDay(published);
  const limit = dayNumber(reference);
  const events: TimelineEntry[] = [];
  const seen = new Set<string>();
  // The day the text last dated, in reading order: what `the next day` counts from.
  let lastDated: CalendarDay | null = null;

  paragraphs.forEach((paragraph, index) => {
    // `SANTIAGO, 8 May —`: the dateline gives the day of filing, not of an event.
    const dateline = index === 0 ? (DATELINE.exec(paragraph.text)?.[0].length ?? 0) : 0;
    for (const [a, b] of sentenceSpans(paragraph.text)) {
      const sentence = paragraph.text.slice(a, b);
      const mentions = [...findMentions(sentence, reference), ...findRelativeMentions(sentence)]
        .filter((mention) => a + mention.start >= dateline)
        .sort((x, y) => x.start - y.start);
      for (const mention of mentions) {
        const from = mention.relative
          ? relativeDay(mention.relative, reference, lastDated)
          : resolveParts(mention.from, reference, mention.strictPast);
        if (!from || dayNumber(from) > limit) continue;
        const inferred = mention.from.year === undefined;
        // `yesterday` is past whatever the verb; other days without a year are past only in a past tense.
        const pastByItself = mention.relative?.anchor === 'publication';
        if (inferred && !pastByItself && NOT_YET.has(tenseAt(sentence, mention) ?? 'simple-past')) continue;
        lastDated = from;
        const to = mention.to ? resolveRangeEnd(mention.to, from) : null;
        const date = formatDay(from);
        const endDate = to && dayNumber(to) > dayNumber(from) ? formatDay(to) : undefined;
        const key = `${date}/${endDate ?? ''}`;
        if (seen.has(key)) continue;
        const label = labelAround(sentence, mention, mentions);
        if (!label) continue;
        seen.add(key);
        events.push({
          date,
          ...(endDate ? { endDate } : {}),
          label,
          paragraphId: paragraph.id,
          ...(mention.partOfDay ? { partOfDay: mention.partOfDay } : {}),
          kind: 'event',
        });
      }
    }
  });

  events.sort((x, y) => (x.date < y.date ? -1 : x.date > y.date ? 1 : 0));
  return [...events, { date: formatDay(reference), label: 'Published', paragraphId: null, kind: 'publication' }];
}
