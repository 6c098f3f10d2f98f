/**
 * What must hold on every story of the section evaluation corpus (tests/fixtures/sections-eval/),
 * both halves: a story about something else gets no sections, and every block is rendered once.
 * The accuracy figures themselves are printed by `npm run eval:sections`.
 */
import { describe, expect, it } from 'vitest';
import { evaluateHalf, HALVES } from '../tools/sections-eval.ts';

describe.each(HALVES)('the %s half of the section evaluation corpus', (half) => {
  const cases = evaluateHalf(half);

  it('holds on-subject and off-subject stories', () => {
    expect(cases.filter((result) => result.offSubject).length).toBeGreaterThanOrEqual(5);
    expect(cases.filter((result) => !result.offSubject).length).toBeGreaterThanOrEqual(20);
  });

  it.each(cases.filter((result) => result.offSubject).map((result) => [result.name, result] as const))(
    'invents no section for %s',
    (_, result) => {
      expect(result.derived.every((kind) => kind === '(none)')).toBe(true);
    },
  );

  it.each(cases.filter((result) => !result.offSubject).map((result) => [result.name, result] as const))(
    'derives sections for %s',
    (_, result) => {
      expect(result.derived.some((kind) => kind !== '(none)')).toBe(true);
    },
  );

  it('renders every block of every story exactly once, in order', () => {
    expect(cases.filter((result) => !result.renderedOnce).map((result) => result.name)).toEqual([]);
  });
});
