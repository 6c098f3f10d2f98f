import { readdirSync, readFileSync } from 'node:fs';
import { afterAll, describe, expect, it } from 'vitest';
import {
  AidOverrideError,
  applyAidOverrides,
  deriveFigures,
  derivePlaces,
  deriveQuotes,
  deriveReaderAids,
  deriveTimeline,
  hasContent,
  hasTimelineEvents,
  type Paragraph,
  type ReaderAids,
} from '../../../src/lib/aids/index.ts';
import { resolveMonthDay, resolveWeekday } from '../../../src/lib/aids/timeline.ts';

const FIXTURES = new URL('../../fixtures/aids/', import.meta.url);
// The build machine's zone must never show: every fixture is derived under each of these.
const MACHINE_ZONES = ['UTC', 'Pacific/Kiritimati', 'America/Los_Angeles'];
const originalTz = process.env.TZ;
afterAll(() => {
  process.env.TZ = originalTz;
});

/** `input.md`: frontmatter (`date`, `timezone`), then top-level blocks p-1…p-n; `> ` marks a blockquote. */
function readFixture(name: string): { paragraphs: Paragraph[]; published: string; timezone: string } {
  const source = readFileSync(new URL(`${name}/input.md`, FIXTURES), 'utf8');
  const match = /^---\n([\s\S]*?)\n---\n([\s\S]*)$/.exec(source);
  if (!match) throw new Error(`${name}/input.md: no frontmatter`);
  const field = (key: string) => new RegExp(`^${key}:\\s*['"]?(.+?)['"]?\\s*$`, 'm').exec(match[1]!)?.[1] ?? '';
  const paragraphs = match[2]!
    .trim()
    .split(/\n\s*\n/)
    .map((block, i): Paragraph => {
      const lines = block.split('\n');
      const blockquote = lines.every((line) => line.startsWith('>'));
      const text = lines
        .map((line) => (blockquote ? line.replace(/^>\s?/, '') : line))
        .join(' ')
        .trim();
      return { id: `p-${i + 1}`, text, ...(blockquote ? { blockquote: true } : {}) };
    });
  return { paragraphs, published: field('date'), timezone: field('timezone') };
}

describe('reader aids from fixtures (tests/fixtures/aids/<case>/)', () => {
  for (const name of readdirSync(FIXTURES).sort()) {
    it(name, () => {
      const { paragraphs, published, timezone } = readFixture(name);
      const expected = JSON.parse(readFileSync(new URL(`${name}/expected.json`, FIXTURES), 'utf8')) as ReaderAids;
      for (const zone of MACHINE_ZONES) {
        process.env.TZ = zone;
        expect(deriveReaderAids(paragraphs, { published, timezone }), `machine zone ${zone}`).toEqual(expected);
      }
    });
  }
});

describe('year and weekday inference', () => {
  const jan3 = { year: 2023, month: 1, day: 3 };
  it('gives a year-less date the latest year not after publication, across New Year', () => {
    expect(resolveMonthDay(12, 28, jan3)).toEqual({ year: 2022, month: 12, day: 28 });
    expect(resolveMonthDay(1, 2, jan3)).toEqual({ year: 2023, month: 1, day: 2 });
    expect(resolveMonthDay(1, 3, jan3)).toEqual({ year: 2023, month: 1, day: 3 });
    expect(resolveMonthDay(1, 4, jan3)).toEqual({ year: 2022, month: 1, day: 4 });
    expect(resolveMonthDay(2, 29, { year: 2023, month: 3, day: 1 })).toEqual({ year: 2020, month: 2, day: 29 });
    expect(resolveMonthDay(2, 30, jan3)).toBeNull();
  });

  it('resolves a weekday to the latest such day on or before publication (strictly before for "last")', () => {
    const wednesday = { year: 2022, month: 7, day: 27 };
    expect(resolveWeekday(3, wednesday)).toEqual(wednesday);
    expect(resolveWeekday(3, wednesday, true)).toEqual({ year: 2022, month: 7, day: 20 });
    expect(resolveWeekday(2, wednesday)).toEqual({ year: 2022, month: 7, day: 26 });
    expect(resolveWeekday(4, wednesday)).toEqual({ year: 2022, month: 7, day: 21 });
    expect(resolveWeekday(6, jan3)).toEqual({ year: 2022, month: 12, day: 31 });
  });

  it('reads prose dates across New Year from the publication day', () => {
    const paragraphs = [
      { id: 'p-1', text: 'The fire started on December 28 in a warehouse near the port.' },
      { id: 'p-2', text: 'Roads were closed between 30 December and 2 January, the police said.' },
      { id: 'p-3', text: 'Inspectors will return on January 9.' },
    ];
    const timeline = deriveTimeline(paragraphs, { published: '2023-01-03T08:00:00+01:00', timezone: 'Europe/Paris' });
    expect(timeline.map(({ date, endDate, paragraphId }) => ({ date, endDate, paragraphId }))).toEqual([
      { date: '2022-12-28', endDate: undefined, paragraphId: 'p-1' },
      { date: '2022-12-30', endDate: '2023-01-02', paragraphId: 'p-2' },
      { date: '2023-01-03', endDate: undefined, paragraphId: null },
    ]);
  });

  it('reads every range form as one entry, a year written at the end holding for the start', () => {
    const texts = [
      'The festival ran from 3 to 5 March 2021 in Oslo.',
      'Delegates met between 7 and 9 April.',
      'Protests lasted from 30 December to 2 January 2021.',
      'Talks were held from Monday to Wednesday.',
    ];
    const timeline = deriveTimeline(
      texts.map((text, i) => ({ id: `p-${i + 1}`, text })),
      { published: '2023-06-08T10:00:00', timezone: 'Europe/Oslo' },
    );
    expect(timeline.map(({ date, endDate, label }) => [date, endDate, label])).toEqual([
      ['2020-12-30', '2021-01-02', 'Protests lasted'],
      ['2021-03-03', '2021-03-05', 'The festival ran in Oslo'],
      ['2023-04-07', '2023-04-09', 'Delegates met'],
      ['2023-06-05', '2023-06-07', 'Talks were held'],
      ['2023-06-08', undefined, 'Published'],
    ]);
  });

  it('takes publication day on the article clock, whatever the machine zone', () => {
    for (const zone of MACHINE_ZONES) {
      process.env.TZ = zone;
      const timeline = deriveTimeline([{ id: 'p-1', text: 'The market reopened on Tuesday.' }], {
        published: '2024-01-01T00:10:00+14:00',
        timezone: 'Pacific/Kiritimati',
      });
      expect(timeline.map((e) => e.date)).toEqual(['2023-12-26', '2024-01-01']);
    }
  });
});

describe('figures, places and quotes: what they leave out', () => {
  it('skips years, dates, codes, adjectives, durations, measurements and back-references', () => {
    const text =
      'Under Article 29, 120.2.12 of the code, signed on July 26, 2020 after the 1949 Geneva Convention and the 44-day war, ' +
      'a magnitude 6.1 quake lasted two minutes; the two men saw their 15 neighbours at 12:05.';
    expect(deriveFigures([{ id: 'p-1', text }])).toEqual([]);
  });

  it('keeps percentages, money and spelled-out counts', () => {
    const text =
      'About 2 percent of the territory is mined, the programme costs $5 million, and three deminers were hurt.';
    expect(deriveFigures([{ id: 'p-1', text }]).map((f) => f.text)).toEqual([
      'About 2 percent of the territory',
      '$5 million',
      'three deminers',
    ]);
  });

  it('lists countries that only act as no places, and no institutions or months', () => {
    const paragraphs = [
      {
        id: 'p-1',
        text: 'Armenia handed over the maps to Azerbaijan in March under the Criminal Code of the Republic of Azerbaijan.',
      },
      { id: 'p-2', text: 'Officials in Kalbajar military units said nothing.' },
    ];
    expect(derivePlaces(paragraphs)).toEqual([]);
  });

  it('resolves "he" to the last person named, and skips fragments and scare quotes', () => {
    const paragraphs = [
      { id: 'p-1', text: 'The mayor, Petra Novak, visited the site and called the damage "a disgrace".' },
      { id: 'p-2', text: '"We will rebuild the bridge before winter," he said.' },
      { id: 'p-3', text: 'Critics called the plan "too little, too late" and the "so-called" inquiry a delay.' },
    ];
    expect(deriveQuotes(paragraphs)).toEqual([
      { quote: 'We will rebuild the bridge before winter', speaker: 'Petra Novak', paragraphId: 'p-2' },
    ]);
  });
});

describe('applyAidOverrides', () => {
  const aids: ReaderAids = {
    timeline: [
      { date: '2022-06-12', label: 'Prisoners handed over', paragraphId: 'p-9', kind: 'event' },
      { date: '2022-07-26', label: 'Blast in Kalbajar', paragraphId: 'p-1', partOfDay: 'evening', kind: 'event' },
      { date: '2022-07-27', label: 'Published', paragraphId: null, kind: 'publication' },
    ],
    figures: [{ value: '97,000', text: '97,000 mines', context: 'Aghdam', paragraphId: 'p-9' }],
    quotes: [{ quote: 'Investigation continues', speaker: 'Prosecutor', paragraphId: 'p-7' }],
    places: [{ name: 'Aghdam', paragraphIds: ['p-9'] }],
  };

  it('switches aids off, hides, edits and adds by derived position', () => {
    const corrected = applyAidOverrides(aids, {
      quotes: false,
      timeline: {
        hide: [0],
        edit: { 1: { label: 'Serviceman injured in Kalbajar' } },
        add: [
          { date: '2022-07-27', label: 'Ministry statement', paragraphId: 'p-5' },
          { date: '2020-11-10', label: 'Peace agreement signed' },
        ],
      },
      places: { add: [{ name: 'Lachin' }] },
    });
    expect(corrected.quotes).toEqual([]);
    expect(corrected.figures).toEqual(aids.figures);
    expect(corrected.timeline).toEqual([
      { date: '2020-11-10', label: 'Peace agreement signed', paragraphId: null, kind: 'event' },
      {
        date: '2022-07-26',
        label: 'Serviceman injured in Kalbajar',
        paragraphId: 'p-1',
        partOfDay: 'evening',
        kind: 'event',
      },
      { date: '2022-07-27', label: 'Ministry statement', paragraphId: 'p-5', kind: 'event' },
      { date: '2022-07-27', label: 'Published', paragraphId: null, kind: 'publication' },
    ]);
    expect(corrected.places).toEqual([...aids.places, { name: 'Lachin', paragraphIds: [] }]);
    expect(aids.timeline[1]!.label).toBe('Blast in Kalbajar');
  });

  it('rejects a position the derived list does not have', () => {
    expect(() => applyAidOverrides(aids, { figures: { hide: [3] } })).toThrow(AidOverrideError);
    expect(() => applyAidOverrides(aids, { figures: { hide: [3] } })).toThrow(
      /aids\.figures\.hide: there is no item 3/,
    );
    expect(() => applyAidOverrides(aids, { timeline: { add: [{ date: '26 July', label: 'x' }] } })).toThrow(
      AidOverrideError,
    );
  });

  it('hides a timeline holding only the publication', () => {
    const empty = deriveReaderAids([{ id: 'p-1', text: 'Nothing was dated.' }], {
      published: '2022-07-27T12:30:00+04:00',
      timezone: 'Asia/Baku',
    });
    expect(empty.timeline).toHaveLength(1);
    expect(hasTimelineEvents(empty.timeline)).toBe(false);
    expect(hasContent(empty)).toBe(false);
    expect(hasContent(aids)).toBe(true);
  });
});
