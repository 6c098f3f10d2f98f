/**
 * Trains the learned last step of section kinds (src/markdown/kind-model.ts) for the landmine pack
 * on the labelled stories the rules were built on, the TUNING half of tests/fixtures/sections-eval/
 * and the plugin's fixtures in tests/fixtures/sections/, and writes
 * src/subjects/landmines.model.json. The held-out half is never read here: its figure in
 * `npm run eval:sections` is the one that says how the model does on stories it has not seen.
 *
 * Training is deterministic (weights start at zero; full-batch gradient descent), so the same
 * corpus and code give the same file. The file records a fingerprint of what it was trained from
 * (the classifier's code, the pack's cues, the training stories and the settings below), and
 * tests/unit/kind-model.test.ts fails when the fingerprint is stale: retrain after changing cues,
 * settling rules, features or the training stories.
 *
 * Usage: npm run train:sections [-- --cv]   (--cv: print 6-fold cross-validation on the training
 * stories, by story, for the settings below, instead of writing the file)
 */
import { createHash } from 'node:crypto';
import { writeFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { codeDigest } from '../../src/lib/code-digest.ts';
import { createClassifier } from '../../src/markdown/classify-blocks.ts';
import {
  blockFeatures,
  fixedFeatureCount,
  type KindModel,
  modelWords,
  predictKind,
  type SparseFeatures,
  vocabularyIndex,
} from '../../src/markdown/kind-model.ts';
import { landmines } from '../../src/subjects/landmines.ts';
import { CORPUS, type LabelledStory, labelledStories } from './sections-eval.ts';

/** Settings chosen by cross-validation on the training stories (`--cv`). */
export const TRAINING = {
  /** A word is a feature when this many tuning blocks use it. */
  minBlocksPerWord: 5,
  /** L2 penalty on every weight but the bias. */
  l2: 0.001,
  epochs: 1600,
  learningRate: 0.3,
  /** Weights are written rounded to this many decimals. */
  decimals: 4,
} as const;

export const MODEL_FILE = new URL('../../src/subjects/landmines.model.json', import.meta.url);

/** What the model learns from: never the held-out half. */
export function trainingStories(): LabelledStory[] {
  return [...labelledStories(new URL('tuning/', CORPUS)), ...labelledStories(new URL('../sections/', CORPUS))];
}

interface Example {
  features: SparseFeatures;
  label: number;
}

const pack = { ...landmines, model: undefined };
const ids = pack.kinds.map((kind) => kind.id);
const rules = createClassifier([pack]);

/** The vocabulary of a set of stories: words used by at least `minBlocksPerWord` blocks, sorted. */
function vocabularyOf(stories: readonly LabelledStory[]): string[] {
  const blocksUsing = new Map<string, number>();
  for (const story of stories)
    for (const text of story.texts)
      for (const word of modelWords(text)) blocksUsing.set(word, (blocksUsing.get(word) ?? 0) + 1);
  return [...blocksUsing]
    .filter(([, count]) => count >= TRAINING.minBlocksPerWord)
    .map(([word]) => word)
    .sort();
}

/** The labelled blocks of the on-subject stories the rules give sections to, as features. */
export function examplesFor(stories: readonly LabelledStory[], vocabulary: readonly string[]): Example[] {
  const index = vocabularyIndex({ vocabulary });
  return stories.flatMap((story) => {
    if (story.labels.some((label) => label === null)) return [];
    const analysis = rules.analyse(story.texts, new Map(), story.title);
    if (analysis === null) return [];
    const features = blockFeatures(
      analysis.blocks,
      analysis.kinds.map((id) => ids.indexOf(id)),
      story.texts,
      ids.length,
      index,
    );
    return features.map((vector, block) => ({ features: vector, label: ids.indexOf(story.labels[block]!) }));
  });
}

/** Multinomial logistic regression by full-batch gradient descent. */
function fitWeights(examples: readonly Example[], width: number): number[][] {
  const weights = ids.map(() => new Float64Array(width));
  for (let epoch = 0; epoch < TRAINING.epochs; epoch++) {
    const gradient = ids.map(() => new Float64Array(width));
    for (const { features, label } of examples) {
      const logits = weights.map((row) =>
        features.index.reduce((sum, at, n) => sum + row[at]! * features.value[n]!, 0),
      );
      const top = Math.max(...logits);
      const exps = logits.map((logit) => Math.exp(logit - top));
      const total = exps.reduce((sum, value) => sum + value, 0);
      exps.forEach((value, kind) => {
        const error = value / total - (kind === label ? 1 : 0);
        features.index.forEach((at, n) => {
          gradient[kind]![at]! += error * features.value[n]!;
        });
      });
    }
    weights.forEach((row, kind) => {
      for (let at = 0; at < width; at++) {
        const penalty = at === 0 ? 0 : TRAINING.l2 * row[at]!;
        row[at]! -= TRAINING.learningRate * (gradient[kind]![at]! / examples.length + penalty);
      }
    });
  }
  return weights.map((row) => [...row].map((weight) => Number(weight.toFixed(TRAINING.decimals))));
}

/** The model for the given stories. */
export function trainKindModel(stories: readonly LabelledStory[] = trainingStories()): KindModel {
  const vocabulary = vocabularyOf(stories);
  const weights = fitWeights(examplesFor(stories, vocabulary), fixedFeatureCount(ids.length) + vocabulary.length);
  return { kinds: ids, vocabulary, weights, fingerprint: trainingFingerprint(stories) };
}

/** A digest of everything the model is learned from: code, cues, stories and settings. */
export function trainingFingerprint(stories: readonly LabelledStory[] = trainingStories()): string {
  const root = fileURLToPath(new URL('../../', import.meta.url));
  const code = codeDigest([fileURLToPath(new URL('../../src/markdown/classify-blocks.ts', import.meta.url))], root);
  return createHash('sha256')
    .update(JSON.stringify({ code, pack, stories, settings: TRAINING }))
    .digest('hex')
    .slice(0, 16);
}

function crossValidate(folds = 6): void {
  const stories = trainingStories();
  let right = 0;
  let rulesRight = 0;
  let total = 0;
  for (let fold = 0; fold < folds; fold++) {
    const model = trainKindModel(stories.filter((_, at) => at % folds !== fold));
    const examples = examplesFor(
      stories.filter((_, at) => at % folds === fold),
      model.vocabulary,
    );
    for (const { features, label } of examples) {
      total++;
      if (predictKind(model.weights, features) === label) right++;
      // The rules' own kind is the one-hot right after the bias.
      if (features.index[1] === 1 + label) rulesRight++;
    }
  }
  const percent = (count: number) => `${((100 * count) / total).toFixed(1)}%`;
  console.log(
    `training stories, ${folds}-fold by story, on-subject blocks: model ${right}/${total} = ${percent(right)}; rules alone ${rulesRight}/${total} = ${percent(rulesRight)}`,
  );
}

if (import.meta.url === `file://${process.argv[1]}`) {
  if (process.argv.includes('--cv')) crossValidate();
  else {
    const model = trainKindModel();
    writeFileSync(MODEL_FILE, `${JSON.stringify(model)}\n`);
    console.log(`wrote ${MODEL_FILE.pathname}: ${model.kinds.length} kinds, ${model.vocabulary.length} words`);
  }
}
