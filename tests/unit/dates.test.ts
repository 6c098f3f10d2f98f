import { afterAll, describe, expect, it } from 'vitest';
import {
  ArticleDateError,
  formatCalendarDate,
  formatDateline,
  formatOffset,
  isValidTimeZone,
  localDateParts,
  resolveArticleDate,
} from '../../src/lib/dates.ts';

// The build machine's zone must never show: every case runs under each of these.
const MACHINE_ZONES = ['UTC', 'Pacific/Kiritimati', 'America/Los_Angeles', 'Asia/Tokyo'];
const originalTz = process.env.TZ;
afterAll(() => {
  process.env.TZ = originalTz;
});

const resolved: [text: string, zone: string, iso: string, dateline: string][] = [
  ['2022-07-27T12:30:00+04:00', 'Asia/Baku', '2022-07-27T12:30:00+04:00', '27 July 2022 12:30 (UTC+04:00)'],
  // Offset-less: wall-clock time in the article's zone (Berlin is UTC+02:00 in September).
  ['2023-09-24T09:15:00', 'Europe/Berlin', '2023-09-24T09:15:00+02:00', '24 September 2023 09:15 (UTC+02:00)'],
  ['2023-01-24T09:15', 'Europe/Berlin', '2023-01-24T09:15:00+01:00', '24 January 2023 09:15 (UTC+01:00)'],
  // The local day differs from the UTC day: the 26th in Baku is the 25th in UTC.
  ['2023-03-26T00:30:00+04:00', 'Asia/Baku', '2023-03-26T00:30:00+04:00', '26 March 2023 00:30 (UTC+04:00)'],
  // …and the other way: late evening west of Greenwich is the next day in UTC.
  ['2023-12-31T23:45:00', 'America/Los_Angeles', '2023-12-31T23:45:00-08:00', '31 December 2023 23:45 (UTC-08:00)'],
  ['2024-01-01T00:10:00+14:00', 'Pacific/Kiritimati', '2024-01-01T00:10:00+14:00', '1 January 2024 00:10 (UTC+14:00)'],
  // DST overlap: 01:30 happens twice in New York on 5 November 2023; the offset picks one.
  ['2023-11-05T01:30:00-04:00', 'America/New_York', '2023-11-05T01:30:00-04:00', '5 November 2023 01:30 (UTC-04:00)'],
  ['2023-11-05T01:30:00-05:00', 'America/New_York', '2023-11-05T01:30:00-05:00', '5 November 2023 01:30 (UTC-05:00)'],
  // Half-hour and quarter-hour zones.
  ['2023-05-01T10:00:00', 'Asia/Kathmandu', '2023-05-01T10:00:00+05:45', '1 May 2023 10:00 (UTC+05:45)'],
  ['2023-05-01T10:00:00', 'America/St_Johns', '2023-05-01T10:00:00-02:30', '1 May 2023 10:00 (UTC-02:30)'],
  // A fixed offset as the zone.
  ['2022-07-27T12:30:00', '+04:00', '2022-07-27T12:30:00+04:00', '27 July 2022 12:30 (UTC+04:00)'],
  ['2022-07-27T12:30:00-09:30', '-09:30', '2022-07-27T12:30:00-09:30', '27 July 2022 12:30 (UTC-09:30)'],
  ['2022-07-27T12:30:00Z', 'UTC', '2022-07-27T12:30:00+00:00', '27 July 2022 12:30 (UTC+00:00)'],
];

const rejected: [text: string, zone: string, message: RegExp][] = [
  [
    '2022-07-27T12:30:00+05:00',
    'Asia/Baku',
    /offset \+05:00 .* disagrees with time zone "Asia\/Baku", which is UTC\+04:00/,
  ],
  // `Z` is an offset like any other: +00:00 is not Baku's.
  ['2022-07-27T12:30:00Z', 'Asia/Baku', /disagrees/],
  // DST gap: 02:30 does not exist in Berlin on 26 March 2023.
  ['2023-03-26T02:30:00', 'Europe/Berlin', /does not exist in time zone "Europe\/Berlin"/],
  // DST overlap without an offset is ambiguous: the message offers both offsets.
  ['2023-11-05T01:30:00', 'America/New_York', /happens twice .*2023-11-05T01:30:00-04:00.*2023-11-05T01:30:00-05:00/],
  // Written offset inside the New York gap (02:30 -04:00 is 01:30 EST… reads 03:30 EDT).
  ['2023-03-12T02:30:00-05:00', 'America/New_York', /disagrees/],
  ['yesterday', 'Asia/Baku', /is not a date-time/],
  ['2022-07-27', 'Asia/Baku', /is not a date-time/],
  ['2022-02-30T10:00:00', 'Asia/Baku', /not a real calendar date-time/],
  ['2022-07-27T25:00:00', 'Asia/Baku', /not a real calendar date-time/],
  ['2022-07-27T12:30:00+04:00', 'Mars/Olympus_Mons', /unknown time zone "Mars\/Olympus_Mons"/],
  ['2022-07-27T12:30:00+04:00', '+4', /unknown time zone/],
];

for (const tz of MACHINE_ZONES) {
  describe(`with the build machine in ${tz}`, () => {
    it('runs in that zone', () => {
      process.env.TZ = tz;
      expect(Intl.DateTimeFormat().resolvedOptions().timeZone).toBe(tz);
    });

    it.each(resolved)('%s in %s resolves to %s, dateline "%s"', (text, zone, iso, dateline) => {
      process.env.TZ = tz;
      expect(resolveArticleDate(text, zone)).toBe(iso);
      expect(formatDateline(iso)).toBe(dateline);
    });

    it.each(rejected)('%s in %s is refused', (text, zone, message) => {
      process.env.TZ = tz;
      expect(() => resolveArticleDate(text, zone)).toThrow(ArticleDateError);
      expect(() => resolveArticleDate(text, zone)).toThrow(message);
    });

    it('reads calendar parts on the article clock, not the machine clock', () => {
      process.env.TZ = tz;
      expect(localDateParts('2023-03-26T00:30:00+04:00')).toEqual({ year: 2023, month: 3, day: 26, offset: '+04:00' });
      expect(formatCalendarDate('2023-03-26T00:30:00+04:00')).toBe('26 March 2023');
      expect(formatCalendarDate('2023-12-31T23:45:00-08:00')).toBe('31 December 2023');
    });
  });
}

describe('time zones and offsets', () => {
  it.each([
    ['Asia/Baku', true],
    ['America/Argentina/Buenos_Aires', true],
    ['UTC', true],
    ['+04:00', true],
    ['-09:30', true],
    ['+24:00', false],
    ['+4', false],
    ['Asia/Bakuu', false],
    ['', false],
    ['Asia/Baku; DROP', false],
  ])('%s is valid: %s', (zone, valid) => {
    expect(isValidTimeZone(zone)).toBe(valid);
  });

  it.each([
    [240, '+04:00'],
    [-570, '-09:30'],
    [0, '+00:00'],
    [345, '+05:45'],
  ])('formats %i minutes as %s', (minutes, text) => {
    expect(formatOffset(minutes)).toBe(text);
  });
});

describe('local mean time', () => {
  it('refuses a date whose zone then had an offset with seconds, saying which and what to write', () => {
    expect(() => resolveArticleDate('1899-05-01T10:00:00', 'Asia/Kolkata')).toThrow(ArticleDateError);
    expect(() => resolveArticleDate('1899-05-01T10:00:00', 'Asia/Kolkata')).toThrow(
      '"Asia/Kolkata" was UTC+05:21:10 (local mean time) in 1899, an offset with seconds that dates on the web cannot carry: use a fixed offset such as "+05:21" as the timezone',
    );
  });

  it('accepts the same day with the fixed offset it suggests', () => {
    expect(resolveArticleDate('1899-05-01T10:00:00', '+05:21')).toBe('1899-05-01T10:00:00+05:21');
  });
});
