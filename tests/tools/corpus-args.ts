/**
 * The arguments the corpus commands share (`generate-fixtures`, `bench-build`):
 * `--count N` articles from the generator's `--seed S`.
 */

/** Whole-number `count` ≥ 1 and integer `seed`, or `fail` with what is expected. */
export function corpusSize(
  values: { count?: string; seed: string },
  usage: string,
  fail: (message: string) => never,
): { count: number; seed: number } {
  if (values.count === undefined) fail(`--count is required (${usage})`);
  if (!/^\d+$/.test(values.count) || Number(values.count) < 1) fail(`--count must be a whole number ≥ 1, got "${values.count}"`);
  if (!/^-?\d+$/.test(values.seed) || !Number.isSafeInteger(Number(values.seed))) fail(`--seed must be an integer, got "${values.seed}"`);
  return { count: Number(values.count), seed: Number(values.seed) };
}
