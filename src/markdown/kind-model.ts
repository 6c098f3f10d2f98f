/**
 * kind-model: the last step of choosing a block's kind, a linear model learned from labelled
 * stories (a subject pack's `model`, trained by `npm run train:sections` on the tuning half of
 * tests/fixtures/sections-eval/ only).
 *
 * Why: hand cues and settling rules read the evidence they were written for; on stories they were
 * not built on they miss what a reader takes from the whole paragraph (a feature's opening scene,
 * an official's remarks with no title in them, maps under a name no cue lists). The model reads
 * what the rules decided and the evidence they decided on, plus the block's words, and keeps the
 * rules' kind unless the evidence says otherwise. It is a multinomial logistic regression: one
 * weight per kind and feature, the kind with the highest sum wins. Pure and cheap: a few hundred
 * additions per block.
 *
 * Features of block i (`blockFeatures`), in this order, so a model file and this code agree:
 * - a bias;
 * - the rules' kind of the block and of its neighbours (one-hot each);
 * - the block's cue score per kind (log(1 + score)) and each score over the block's best, and the
 *   latter for its neighbours;
 * - whether it is the first or the last block, introduces the next, continues the previous, is
 *   introduced by the previous, and its position in the story (0 to 1);
 * - which of the model's vocabulary words the block uses (each once).
 */
import type { BlockScore } from './classify-blocks.ts';

/** A learned model for one pack's kinds (JSON beside the pack). */
export interface KindModel {
  /** The kind ids, in the order of the weight rows: must equal the pack's kinds. */
  readonly kinds: readonly string[];
  /** Words read as features, lower case, after the fixed features. */
  readonly vocabulary: readonly string[];
  /** One row per kind: `fixedFeatureCount(kinds.length)` weights, then one per vocabulary word. */
  readonly weights: readonly (readonly number[])[];
  /** What the model was trained from (tests/tools/train-sections.ts), so a stale model is caught. */
  readonly fingerprint?: string;
}

/** A block's features: indices of the non-zero ones and their values. */
export interface SparseFeatures {
  readonly index: readonly number[];
  readonly value: readonly number[];
}

const FLAGS = 6;

/** How many features come before the vocabulary, for `kindCount` kinds. */
export function fixedFeatureCount(kindCount: number): number {
  return 1 + 3 * kindCount + 2 * kindCount + 2 * kindCount + FLAGS;
}

/** The words of a block as the model reads them: lower-case runs of letters, each once. */
export function modelWords(text: string): Set<string> {
  return new Set(text.toLowerCase().match(/\p{L}+/gu) ?? []);
}

/**
 * Features of every block. `rules` is the kind index the cues and settling rules chose per block;
 * `vocabulary` maps a word to its index among the vocabulary features.
 */
export function blockFeatures(
  blocks: readonly BlockScore[],
  rules: readonly number[],
  texts: readonly string[],
  kindCount: number,
  vocabulary: ReadonlyMap<string, number>,
): SparseFeatures[] {
  const normalised = blocks.map(({ scores }) => {
    const best = Math.max(...scores);
    return scores.map((score) => (best > 0 ? score / best : 0));
  });
  const last = blocks.length - 1;
  return blocks.map((block, i) => {
    const index: number[] = [0];
    const value: number[] = [1];
    let offset = 1;
    const add = (feature: number, amount: number) => {
      if (amount === 0) return;
      index.push(offset + feature);
      value.push(amount);
    };
    for (const neighbour of [i, i - 1, i + 1]) {
      const kind = rules[neighbour];
      if (kind !== undefined && neighbour >= 0) add(kind, 1);
      offset += kindCount;
    }
    for (const [kind, score] of block.scores.entries()) add(kind, Math.log1p(score));
    offset += kindCount;
    for (const neighbour of [i, i - 1, i + 1]) {
      for (const [kind, share] of (normalised[neighbour] ?? []).entries()) add(kind, share);
      offset += kindCount;
    }
    const flags = [
      i === 0,
      i === last,
      block.introducesNext,
      block.continuesPrevious,
      blocks[i - 1]?.introducesNext === true,
    ];
    for (const [feature, flag] of flags.entries()) add(feature, flag ? 1 : 0);
    add(FLAGS - 1, last > 0 ? i / last : 0);
    offset += FLAGS;
    const words = [...modelWords(texts[i] ?? '')].flatMap((word) => {
      const at = vocabulary.get(word);
      return at === undefined ? [] : [at];
    });
    for (const at of words.sort((a, b) => a - b)) add(at, 1);
    return { index, value };
  });
}

/** Each kind's sum of weights over the features. */
export function kindLogits(weights: KindModel['weights'], features: SparseFeatures): number[] {
  return weights.map((row) =>
    features.index.reduce((sum, at, n) => sum + (row[at] ?? 0) * (features.value[n] ?? 0), 0),
  );
}

/** The kind index with the highest sum (the first on a tie). */
export function predictKind(weights: KindModel['weights'], features: SparseFeatures): number {
  const logits = kindLogits(weights, features);
  return logits.indexOf(Math.max(...logits));
}

/** Word → vocabulary feature index. */
export function vocabularyIndex(model: Pick<KindModel, 'vocabulary'>): Map<string, number> {
  return new Map(model.vocabulary.map((word, at) => [word, at]));
}
