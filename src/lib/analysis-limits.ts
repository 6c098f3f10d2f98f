/**
 * How much text the derivations (sections, reader aids) read. They are linear in the text, but a
 * 3 MB data dump or a 50,000-word paragraph pasted without a full stop is not a story a reader
 * needs sections or a timeline for, and would hold the whole build up: past these bounds the
 * derivation is skipped, and the build says so, naming the file.
 */
import { countWords } from './text.ts';

export const ANALYSIS_LIMITS = {
  /** Words in one top-level block (paragraph, quote, list). A long news paragraph has ~150. */
  maxBlockWords: 2_000,
  /** Words in the whole article. A long feature has ~10,000. */
  maxArticleWords: 20_000,
} as const;

export type AnalysisLimits = { readonly [K in keyof typeof ANALYSIS_LIMITS]: number };

/** Why the text is past the bounds ("paragraph 3 has 50,000 words, more than 2,000"), or undefined. */
export function analysisLimitProblem(
  blocks: readonly string[],
  limits: AnalysisLimits = ANALYSIS_LIMITS,
): string | undefined {
  const number = (n: number) => n.toLocaleString('en');
  let total = 0;
  for (const [index, text] of blocks.entries()) {
    const words = countWords(text);
    if (words > limits.maxBlockWords) {
      return `paragraph ${index + 1} has ${number(words)} words, more than ${number(limits.maxBlockWords)}`;
    }
    total += words;
  }
  if (total > limits.maxArticleWords)
    return `the article has ${number(total)} words, more than ${number(limits.maxArticleWords)}`;
  return undefined;
}
