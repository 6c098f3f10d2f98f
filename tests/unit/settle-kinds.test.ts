/**
 * settleKinds and groupSections (src/markdown/classify-blocks.ts), case by case: block scores in,
 * kinds out, one row per rule of the module comment ("Settling the article"). The end-to-end
 * fixtures (derived-sections.test.ts) show the rules at work on real text; these rows pin each
 * rule down on its own. The thresholds are given, not the defaults, so tuning them does not move
 * these rows.
 */
import { describe, expect, it } from 'vitest';
import { type BlockScore, groupSections, settleKinds } from '../../src/markdown/classify-blocks.ts';
import type { SectionKind } from '../../src/subjects/types.ts';

const kind = (id: string, fallback = false): SectionKind => ({
  id,
  title: id,
  description: id,
  speakers: [],
  topics: [],
  ...(fallback ? { fallback } : {}),
});

/** Incident, statements, and the fallback kind, context: scores are given in this order. */
const KINDS = [kind('incident'), kind('statements'), kind('context', true)];
const THRESHOLDS = { minScore: 1.5, islandRatio: 0.5 };

/** A block: its scores per kind, then `:` (it introduces the next block) or `^` (it refers back to the block before). */
function block(scores: number[], marks = ''): BlockScore {
  return { scores, introducesNext: marks.includes(':'), continuesPrevious: marks.includes('^') };
}

type Row = [rule: string, blocks: BlockScore[], pins: Record<number, string>, expected: string[] | null];

const rows: Row[] = [
  ['no blocks: no kinds', [], {}, []],
  ['a block takes its best kind', [block([0.5, 2, 1])], {}, ['statements']],
  ['a score of exactly minScore is enough', [block([1.5, 0, 0])], {}, ['incident']],
  ['a tie goes to the first kind', [block([2, 2, 0])], {}, ['incident']],
  ['no block reaches minScore: nothing to derive', [block([1.4, 0, 0]), block([0, 1, 1])], {}, null],

  ['a pin beats the scores', [block([5, 0, 0])], { 1: 'statements' }, ['statements']],
  ['a pin gives an unclassified block its kind', [block([0, 0, 0])], { 1: 'context' }, ['context']],

  [
    'a block ending in a colon and the next take the kind of their summed scores',
    [block([0, 1, 0], ':'), block([1, 0.5, 0])],
    {},
    ['statements', 'statements'],
  ],
  [
    'a chain of colons is summed as one',
    [block([0.5, 0, 0], ':'), block([0.5, 0, 0], ':'), block([0.5, 0, 0])],
    {},
    ['incident', 'incident', 'incident'],
  ],

  [
    'a block referring back stays with the one before when its own best is the fallback',
    [block([3, 0, 0]), block([0, 0, 2], '^')],
    {},
    ['incident', 'incident'],
  ],
  [
    '… or when it has no kind of its own',
    [block([3, 0, 0]), block([0, 1, 0], '^'), block([0, 3, 0])],
    {},
    ['incident', 'incident', 'statements'],
  ],
  [
    '… but not when it has a kind of its own besides the fallback',
    [block([3, 0, 0]), block([0, 2, 0], '^')],
    {},
    ['incident', 'statements'],
  ],

  [
    'a lone block joins its neighbours when its cues for their kind reach islandRatio of its own',
    [block([3, 0, 0]), block([1, 2, 0]), block([3, 0, 0])],
    {},
    ['incident', 'incident', 'incident'],
  ],
  [
    '… and keeps its kind when they do not',
    [block([3, 0, 0]), block([0.9, 2, 0]), block([3, 0, 0])],
    {},
    ['incident', 'statements', 'incident'],
  ],
  [
    '… and keeps a pinned kind',
    [block([3, 0, 0]), block([1, 2, 0]), block([3, 0, 0])],
    { 2: 'statements' },
    ['incident', 'statements', 'incident'],
  ],
  [
    'two blocks between neighbours of one kind are not an island',
    [block([3, 0, 0]), block([1, 2, 0]), block([1, 2, 0]), block([3, 0, 0])],
    {},
    ['incident', 'statements', 'statements', 'incident'],
  ],

  [
    'an unclassified block joins the neighbour it has the stronger cues for: after',
    [block([3, 0, 0]), block([0.5, 1, 0]), block([0, 3, 0])],
    {},
    ['incident', 'statements', 'statements'],
  ],
  ['… before', [block([3, 0, 0]), block([1, 0.5, 0]), block([0, 3, 0])], {}, ['incident', 'incident', 'statements']],
  [
    '… the one before on a tie',
    [block([3, 0, 0]), block([0, 0, 0]), block([0, 3, 0])],
    {},
    ['incident', 'incident', 'statements'],
  ],
  [
    '… the one it introduces, before any cues',
    [block([3, 0, 0]), block([1, 0, 0], ':'), block([0, 0.4, 0])],
    { 3: 'statements' },
    ['incident', 'statements', 'statements'],
  ],
  [
    'an unclassified block with one neighbour joins it',
    [block([0, 0, 0]), block([3, 0, 0]), block([0, 1, 0])],
    {},
    ['incident', 'incident', 'incident'],
  ],
  [
    'an unclassified run between neighbours of one kind joins them',
    [block([3, 0, 0]), block([0, 0, 0]), block([0, 0, 0]), block([3, 0, 0])],
    {},
    ['incident', 'incident', 'incident', 'incident'],
  ],
  [
    'an unclassified run between different kinds is context',
    [block([3, 0, 0]), block([0, 1, 0]), block([1, 0, 0]), block([0, 3, 0])],
    {},
    ['incident', 'context', 'context', 'statements'],
  ],
  [
    'an unclassified run opening the story joins the first kind',
    [block([0, 0, 0]), block([0, 0, 0]), block([0, 3, 0])],
    {},
    ['statements', 'statements', 'statements'],
  ],
];

describe('settleKinds', () => {
  it.each(rows)('%s', (_rule, blocks, pins, expected) => {
    const pinMap = new Map(Object.entries(pins).map(([number, id]) => [Number(number), id]));
    expect(settleKinds(blocks, KINDS, THRESHOLDS, pinMap)).toEqual(expected);
  });

  it('without a fallback kind, an unclassified run between different kinds joins a neighbour', () => {
    const kinds = [kind('incident'), kind('statements')];
    const blocks = [block([3, 0]), block([0, 0]), block([0, 0]), block([0, 3])];
    expect(settleKinds(blocks, kinds, THRESHOLDS)).toEqual(['incident', 'incident', 'incident', 'statements']);
  });

  it.each([
    [1.5, ['incident']],
    [2.5, null],
  ])('reads minScore from the options (%s)', (minScore, expected) => {
    expect(settleKinds([block([2, 0, 0])], KINDS, { ...THRESHOLDS, minScore })).toEqual(expected);
  });
});

describe('groupSections', () => {
  it.each([
    [[], []],
    [['incident'], [{ kind: 'incident', blocks: [1] }]],
    [
      ['incident', 'incident', 'statements', 'incident'],
      [
        { kind: 'incident', blocks: [1, 2] },
        { kind: 'statements', blocks: [3] },
        { kind: 'incident', blocks: [4] },
      ],
    ],
  ])('%j → %j', (kinds, groups) => {
    expect(groupSections(kinds)).toEqual(groups);
  });
});
