/**
 * Dates in the article's own time zone.
 *
 * Every date the site shows, links or serializes is computed here, from the
 * article's `timezone`, never from the build machine's zone and never in UTC.
 * A resolved date is carried through the system as one ISO 8601 string with the
 * article's offset (`2022-07-27T12:30:00+04:00`): it names the instant and the
 * wall-clock reading at once, so nothing downstream needs the zone database.
 *
 * Every date the site writes for readers is written here too, in the site's locale
 * (`siteLocale`: its `language` in its `region`, `en-GB`): no other module names a locale.
 */
import { TZDate, tzOffset } from '@date-fns/tz';
import { format } from 'date-fns/format';
import { type SiteConfig, site } from '../site.config.ts';

/** `+04:00`, `-09:30`: a fixed UTC offset used as a time zone. */
const FIXED_OFFSET = /^[+-](?:[01]\d|2[0-3]):[0-5]\d$/;
/** `2022-07-27T12:30`, seconds and fraction optional, then `Z` or `±HH:MM` optionally. */
const DATE_TIME = /^(\d{4})-(\d{2})-(\d{2})[T ](\d{2}):(\d{2})(?::(\d{2})(?:\.(\d{1,9}))?)?\s*(Z|[+-]\d{2}:?\d{2})?$/i;

const MINUTE = 60_000;

/** A date that failed the rules; `message` says what is expected. */
export class ArticleDateError extends Error {
  override name = 'ArticleDateError';
}

/** True for an IANA zone name this runtime knows, or a fixed offset such as `+04:00`. */
export function isValidTimeZone(zone: string): boolean {
  if (FIXED_OFFSET.test(zone)) return true;
  if (!/^[A-Za-z][A-Za-z0-9_+\-/]*$/.test(zone)) return false;
  let valid = KNOWN_ZONES.get(zone);
  if (valid === undefined) {
    try {
      new Intl.DateTimeFormat('en-US', { timeZone: zone });
      valid = true;
    } catch {
      valid = false;
    }
    KNOWN_ZONES.set(zone, valid);
  }
  return valid;
}

/**
 * Zone names already asked about: making a formatter is ~0.1 ms, asked several times for every
 * article in a build (0.3 s of 1,000 articles' pages). Names pass the pattern above first, so the
 * map holds at most the zones the articles use.
 */
const KNOWN_ZONES = new Map<string, boolean>();

/** Offset of `zone` from UTC at `instant`, in minutes east of Greenwich. */
export function zoneOffsetMinutes(zone: string, instant: Date): number {
  if (FIXED_OFFSET.test(zone)) return parseOffset(zone);
  const minutes = tzOffset(zone, instant);
  if (Number.isNaN(minutes)) throw new ArticleDateError(`unknown time zone "${zone}"`);
  // Before standard time a zone's offset is the local mean time, such as +05:21:10 in Kolkata in
  // 1899: ISO 8601 offsets (and every feed and page that shows them) have whole minutes only.
  if (!Number.isInteger(minutes)) {
    const seconds = Math.round(Math.abs(minutes) * 60);
    const exact = `${minutes < 0 ? '-' : '+'}${pad(Math.floor(seconds / 3600))}:${pad(Math.floor(seconds / 60) % 60)}:${pad(seconds % 60)}`;
    throw new ArticleDateError(
      `"${zone}" was UTC${exact} (local mean time) in ${instant.getUTCFullYear()}, an offset with seconds that dates on the web cannot carry: use a fixed offset such as "${formatOffset(Math.round(minutes))}" as the timezone`,
    );
  }
  return minutes;
}

/** `+04:00` for 240, `-09:30` for -570, `+00:00` for 0. */
export function formatOffset(minutes: number): string {
  const sign = minutes < 0 ? '-' : '+';
  const abs = Math.abs(minutes);
  return `${sign}${pad(Math.floor(abs / 60))}:${pad(abs % 60)}`;
}

function parseOffset(text: string): number {
  if (/^z$/i.test(text)) return 0;
  const m = /^([+-])(\d{2}):?(\d{2})$/.exec(text);
  if (!m) throw new ArticleDateError(`"${text}" is not a UTC offset`);
  const minutes = Number(m[2]) * 60 + Number(m[3]);
  return m[1] === '-' ? -minutes : minutes;
}

function pad(n: number, width = 2): string {
  return String(n).padStart(width, '0');
}

/**
 * Resolve a frontmatter date-time in the article's zone and return it as ISO 8601
 * with the zone's offset at that instant.
 *
 * - With an offset (`…+04:00`, `…Z`) it is that instant, and the offset must be the
 *   zone's offset at that instant.
 * - Without an offset it is the wall-clock time in the zone. A time skipped by a
 *   daylight-saving change does not exist; one repeated by it is ambiguous: both
 *   are errors that say which offset to add.
 */
export function resolveArticleDate(text: string, zone: string): string {
  if (!isValidTimeZone(zone)) {
    throw new ArticleDateError(
      `unknown time zone "${zone}": expected an IANA zone name such as "Asia/Baku" or a UTC offset such as "+04:00"`,
    );
  }
  const m = DATE_TIME.exec(text.trim());
  if (!m) {
    throw new ArticleDateError(
      `"${text}" is not a date-time: expected ISO 8601 such as "2022-07-27T12:30:00+04:00" (or without the offset, read in the article's time zone)`,
    );
  }
  const [, y, mo, d, h, mi, s = '0', frac = '', offsetText] = m;
  const wall = Date.UTC(+y!, +mo! - 1, +d!, +h!, +mi!, +s, Math.floor(Number(`0.${frac || 0}`) * 1000));
  const check = new Date(wall);
  if (
    check.getUTCFullYear() !== +y! ||
    check.getUTCMonth() !== +mo! - 1 ||
    check.getUTCDate() !== +d! ||
    check.getUTCHours() !== +h! ||
    check.getUTCMinutes() !== +mi! ||
    check.getUTCSeconds() !== +s
  ) {
    throw new ArticleDateError(`"${text}" is not a real calendar date-time`);
  }

  if (offsetText !== undefined) {
    const written = parseOffset(offsetText);
    const instant = new Date(wall - written * MINUTE);
    const actual = zoneOffsetMinutes(zone, instant);
    if (actual !== written) {
      throw new ArticleDateError(
        `offset ${formatOffset(written)} in "${text}" disagrees with time zone "${zone}", which is UTC${formatOffset(actual)} at that instant: write ${formatOffset(actual)} or fix the time zone`,
      );
    }
    return toIsoWithOffset(instant, actual);
  }

  const candidates = wallClockInstants(wall, zone);
  if (candidates.length === 0) {
    throw new ArticleDateError(
      `"${text}" does not exist in time zone "${zone}" (the clocks skip it at a daylight-saving change): give the time with its UTC offset`,
    );
  }
  if (candidates.length > 1) {
    const choices = candidates.map((c) => `${text.trim()}${formatOffset(c.offset)}`).join('" or "');
    throw new ArticleDateError(
      `"${text}" happens twice in time zone "${zone}" (the clocks repeat it at a daylight-saving change): write "${choices}"`,
    );
  }
  const [only] = candidates;
  return toIsoWithOffset(only!.instant, only!.offset);
}

/** Every instant at which the clocks in `zone` read `wall` (ms of a UTC-read wall time). */
function wallClockInstants(wall: number, zone: string): { instant: Date; offset: number }[] {
  const DAY = 24 * 60 * MINUTE;
  const offsets = new Set([wall - DAY, wall, wall + DAY].map((t) => zoneOffsetMinutes(zone, new Date(t))));
  return [...offsets]
    .map((offset) => ({ instant: new Date(wall - offset * MINUTE), offset }))
    .filter(({ instant, offset }) => zoneOffsetMinutes(zone, instant) === offset)
    .sort((a, b) => a.instant.getTime() - b.instant.getTime());
}

function toIsoWithOffset(instant: Date, offsetMinutes: number): string {
  const local = new Date(instant.getTime() + offsetMinutes * MINUTE);
  const ms = local.getUTCMilliseconds();
  return (
    `${pad(local.getUTCFullYear(), 4)}-${pad(local.getUTCMonth() + 1)}-${pad(local.getUTCDate())}` +
    `T${pad(local.getUTCHours())}:${pad(local.getUTCMinutes())}:${pad(local.getUTCSeconds())}` +
    (ms ? `.${pad(ms, 3)}` : '') +
    formatOffset(offsetMinutes)
  );
}

/** The parts of a resolved date as read on the article's clock. */
interface LocalDateParts {
  year: number;
  month: number;
  day: number;
  offset: string;
}

/** Read a resolved ISO date (from `resolveArticleDate`) on its own clock. */
export function localDateParts(iso: string): LocalDateParts {
  const m = /^(\d{4})-(\d{2})-(\d{2})T.*([+-]\d{2}:\d{2})$/.exec(iso);
  if (!m) throw new ArticleDateError(`"${iso}" is not a resolved article date`);
  return { year: +m[1]!, month: +m[2]!, day: +m[3]!, offset: m[4]! };
}

/** The instant a resolved ISO date names. */
export function toInstant(iso: string): Date {
  return new Date(iso);
}

/** A date object whose calendar fields read the wall clock of the resolved date's own offset. */
function onOwnClock(iso: string): TZDate {
  return new TZDate(toInstant(iso), localDateParts(iso).offset);
}

/**
 * The site's locale as a BCP 47 tag: its language in its region (`en` and `GB` → `en-GB`). Dates are
 * written in it, and Open Graph's `og:locale` is it with an underscore (`lib/metadata.ts`). Refuses,
 * naming the setting, a language or region that is not a bare code: `en-GB` as the language would
 * end up in the feeds and the news sitemap, which want the language alone.
 */
export function siteLocale({ language, region }: Pick<SiteConfig, 'language' | 'region'> = site): string {
  if (!/^[a-z]{2,3}$/.test(language)) {
    throw new Error(
      `language "${language}" in src/site.config.ts must be an ISO 639 language code such as "en" (the region goes in "region")`,
    );
  }
  if (!/^(?:[A-Z]{2}|\d{3})$/.test(region)) {
    throw new Error(`region "${region}" in src/site.config.ts must be an ISO 3166 region code such as "GB"`);
  }
  return new Intl.Locale(language, { region }).baseName;
}

/** The locale of every date the site writes: the site's own (`siteLocale`). */
export const DATE_LOCALE = siteLocale();

/** Intl formatters are costly to make and safe to share: one per locale of each pattern. */
const dayFormats = new Map<string, Intl.DateTimeFormat>();
const monthFormats = new Map<string, Intl.DateTimeFormat>();

function cachedFormat(
  cache: Map<string, Intl.DateTimeFormat>,
  locale: string,
  options: Intl.DateTimeFormatOptions,
): Intl.DateTimeFormat {
  let formatter = cache.get(locale);
  if (!formatter) {
    formatter = new Intl.DateTimeFormat(locale, { ...options, timeZone: 'UTC' });
    cache.set(locale, formatter);
  }
  return formatter;
}

// A resolved date already carries its own wall clock (`2022-07-27T12:30:00+04:00`), so the
// dateline reads its fields rather than converting through a zoned date: every list page prints
// 25 datelines, and a TZDate round trip per dateline was 6% of a warm 10,000-article build.

/**
 * The dateline: `27 July 2022 12:30 (UTC+04:00)`, on the article's own clock. The day is written in
 * `locale`; the time is always the 24-hour clock the offset is written in.
 */
export function formatDateline(iso: string, locale = DATE_LOCALE): string {
  const { offset } = localDateParts(iso);
  return `${formatCalendarDay(iso.slice(0, 10), locale)} ${iso.slice(11, 16)} (UTC${offset})`;
}

/** A calendar date without a time, `27 July 2022`, on the article's own clock. */
export function formatCalendarDate(iso: string, locale = DATE_LOCALE): string {
  localDateParts(iso); // throws on anything but a resolved date
  return formatCalendarDay(iso.slice(0, 10), locale);
}

/** A calendar day written `YYYY-MM-DD` (no clock, no zone), as `26 July 2022`. */
export function formatCalendarDay(day: string, locale = DATE_LOCALE): string {
  return cachedFormat(dayFormats, locale, { day: 'numeric', month: 'long', year: 'numeric' }).format(
    new Date(`${day}T12:00:00Z`),
  );
}

/** A month of a year (`month` 1–12), as `July 2022`. */
export function formatMonth(year: number, month: number, locale = DATE_LOCALE): string {
  return cachedFormat(monthFormats, locale, { month: 'long', year: 'numeric' }).format(Date.UTC(year, month - 1, 15));
}

/** RFC 822 date-time as RSS wants it, on the article's own clock: `Wed, 27 Jul 2022 12:30:00 +0400`. */
export function formatRfc822(iso: string): string {
  return format(onOwnClock(iso), 'EEE, dd MMM yyyy HH:mm:ss xx');
}

/** How a reader knows the zone: `Asia/Baku` → `Baku`, `America/Argentina/Buenos_Aires` → `Buenos Aires`, `+04:00` → `UTC+04:00`. */
export function zoneLabel(zone: string): string {
  if (FIXED_OFFSET.test(zone)) return `UTC${zone}`;
  if (/^(Etc\/)?(UTC|GMT|UCT|Universal|Zulu)$/i.test(zone)) return 'UTC';
  return (zone.split('/').pop() ?? zone).replace(/_/g, ' ');
}
