/**
 * Days told relative to another day (yesterday, the next day, the day before) and the event of an
 * `until …, when …` clause; and what is not a day.
 */
import { describe, expect, it } from 'vitest';
import { deriveTimeline } from '../../../src/lib/aids/timeline.ts';

/** Published on Wednesday 15 May 2024, 10:00 in Kyiv. */
const clock = { published: '2024-05-15T10:00:00+03:00', timezone: 'Europe/Kyiv' };
const events = (...texts: string[]) =>
  deriveTimeline(
    texts.map((text, index) => ({ id: `p-${index + 1}`, text })),
    clock,
  )
    .filter((entry) => entry.kind === 'event')
    .map(({ date, partOfDay, paragraphId, label }) => ({ date, partOfDay, paragraphId, label }));

describe('relative days', () => {
  it('reads yesterday, with its part of day, from publication day on the article clock', () => {
    expect(
      events('Two deminers were killed yesterday evening when their vehicle hit a mine, the service said.'),
    ).toEqual([{ date: '2024-05-14', partOfDay: 'evening', paragraphId: 'p-1', label: 'Two deminers were killed' }]);
    expect(events('A shepherd was wounded the day before yesterday.').map((e) => e.date)).toEqual(['2024-05-13']);
  });

  it('counts the next day and the day before from the day the text last dated', () => {
    expect(
      events('On 3 May, a tractor driver was injured in the Mykolaiv region.', 'He died in hospital the next day.'),
    ).toEqual([
      {
        date: '2024-05-03',
        partOfDay: undefined,
        paragraphId: 'p-1',
        label: 'A tractor driver was injured in the Mykolaiv region',
      },
      { date: '2024-05-04', partOfDay: undefined, paragraphId: 'p-2', label: 'He died in hospital' },
    ]);
    expect(
      events('The maps were handed over on 20 April 2023.', 'A day earlier, two prisoners had been released.').map(
        (e) => e.date,
      ),
    ).toEqual(['2023-04-19', '2023-04-20']);
    expect(events('The court sat on 2 May.', 'Two days later it gave its verdict.').map((e) => e.date)).toEqual([
      '2024-05-02',
      '2024-05-04',
    ]);
  });

  it('gives no day for "the next day" before anything is dated, or for "the day before the vote"', () => {
    expect(events('He died in hospital the next day.')).toEqual([]);
    expect(events('The day before the vote, the army handed over 12 records.')).toEqual([]);
  });

  it('dates the event of an until-when clause, and no other bound', () => {
    expect(events('The town was occupied until 11 November 2022, when Ukrainian troops retook it.')).toEqual([
      { date: '2022-11-11', partOfDay: undefined, paragraphId: 'p-1', label: 'Ukrainian troops retook it' },
    ]);
    expect(events('The road was closed until 11 November 2022.', 'No one has been hurt since 3 May.')).toEqual([]);
  });

  it('gives no day for the end, start or middle of a month', () => {
    expect(
      events(
        'The offensive ended at the end of August 2023, after clearance began in early May 2023 and paused in mid-June 2023.',
      ),
    ).toEqual([]);
  });

  it('dates since-when events, and no date a thing is moved to', () => {
    expect(events('The Ravens had not won since 20 April, when they beat the Patriots.').map((e) => e.date)).toEqual([
      '2024-04-20',
    ]);
    expect(events('The judge postponed the matter to 4 March.')).toEqual([]);
  });
});

describe('what a date goes with', () => {
  it('lists no schedule in the present tense and no future', () => {
    expect(
      events(
        'The Ravens play Aurora on Friday and meet Newmarket on Saturday.',
        'The trade deadline is 10 January.',
        'The prizegiving will be held on 23 March.',
      ),
    ).toEqual([]);
  });

  it('reads a verb with an object as the event, not as a trailing attribution', () => {
    expect(
      events('The last increase came on 18 March 2021.', 'Two days later, Erdogan dismissed him.').map((e) => [
        e.date,
        e.label,
      ]),
    ).toEqual([
      ['2021-03-18', 'The last increase came'],
      ['2021-03-20', 'Erdogan dismissed him'],
    ]);
  });

  it('skips the dateline, which dates the filing', () => {
    expect(events('KYIV, 14 May — Two deminers were killed yesterday.').map((e) => e.date)).toEqual(['2024-05-14']);
  });

  it('labels a relative clause with the noun it is about', () => {
    expect(
      events('Analysts said the refinery, which began production on 12 January, could ease demand.').map(
        (e) => e.label,
      ),
    ).toEqual(['The refinery began production']);
  });
});
