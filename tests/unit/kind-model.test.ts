import { describe, expect, it } from 'vitest';
import { type BlockScore, createClassifier } from '../../src/markdown/classify-blocks.ts';
import {
  blockFeatures,
  fixedFeatureCount,
  type KindModel,
  modelWords,
  predictKind,
} from '../../src/markdown/kind-model.ts';
import { landmines } from '../../src/subjects/landmines.ts';
import { trainingFingerprint, trainKindModel } from '../tools/train-sections.ts';

const ids = landmines.kinds.map((kind) => kind.id);
const block = (scores: number[], flags: Partial<BlockScore> = {}): BlockScore => ({
  scores,
  introducesNext: false,
  continuesPrevious: false,
  ...flags,
});

describe('the committed landmine model', () => {
  it('was trained from the current classifier, cues and training stories (else: npm run train:sections)', () => {
    expect(landmines.model?.fingerprint).toBe(trainingFingerprint());
  });

  it('fits the pack: one row per kind, one weight per feature', () => {
    const model = landmines.model!;
    expect(model.kinds).toEqual(ids);
    for (const row of model.weights) expect(row).toHaveLength(fixedFeatureCount(ids.length) + model.vocabulary.length);
  });
});

describe('blockFeatures', () => {
  const vocabulary = new Map([
    ['minefield', 0],
    ['court', 1],
  ]);
  const [first, second] = blockFeatures(
    [block([4, 0, 0, 0, 1], { introducesNext: true }), block([0, 0, 2, 0, 0])],
    [0, 2],
    ['A blast in the minefield', 'The Court, the court'],
    5,
    vocabulary,
  );
  const fixed = fixedFeatureCount(5);

  it.each([
    ['the bias', 0, 1],
    ["the block's own rules kind", 1 + 0, 1],
    ["the next block's rules kind", 1 + 10 + 2, 1],
    ['log(1 + score) of its best kind', 16, Math.log1p(4)],
    ['its score over its best', 21 + 4, 0.25],
    ['first block', 36, 1],
    ['introduces the next', 38, 1],
    ['a vocabulary word', fixed + 0, 1],
  ])('first block has %s', (_, index, value) => {
    expect(first!.value[first!.index.indexOf(index)]).toBeCloseTo(value);
  });

  it('second block: introduced by the previous, at the end, its word once however often it is used', () => {
    expect(second!.index).toContain(37); // last block
    expect(second!.index).toContain(40); // introduced by the previous
    expect(second!.value[second!.index.indexOf(41)]).toBe(1); // position 1 of 1
    expect(second!.index.filter((index) => index === fixed + 1)).toHaveLength(1);
    expect(second!.index).not.toContain(fixed + 0);
  });

  it('reads words in lower case, letters only', () => {
    expect([...modelWords('Mine-map EXCHANGES, 2021: Kovač')]).toEqual(['mine', 'map', 'exchanges', 'kovač']);
  });
});

describe('a pack with a model', () => {
  const width = fixedFeatureCount(ids.length) + 1;
  // A model that reads one word: "harvest" means mine-map exchanges, whatever the rules said.
  const weights = ids.map((id) =>
    Array.from({ length: width }, (_, index) => (index === width - 1 && id === 'mine-map-exchanges' ? 10 : 0)),
  );
  const withModel = { ...landmines, model: { kinds: ids, vocabulary: ['harvest'], weights } satisfies KindModel };
  const texts = [
    'A landmine exploded near the village on Monday, killing two shepherds, the ministry said.',
    'Farmers in the district are preparing for the harvest season.',
    'Deminers have cleared 40 hectares of the district since 2021.',
  ];

  it('takes the last decision on every block the editor did not pin', () => {
    const rules = createClassifier([{ ...landmines, model: undefined }]).classify(texts);
    const learned = createClassifier([withModel]).classify(texts);
    expect(rules?.[1]).not.toBe('mine-map-exchanges');
    expect(learned?.[1]).toBe('mine-map-exchanges');
    expect(learned?.[0]).toBe(rules?.[0]);
  });

  it('keeps pins', () => {
    const pinned = createClassifier([withModel]).classify(texts, new Map([[2, 'background']]));
    expect(pinned?.[1]).toBe('background');
  });

  it('refuses a model trained for other kinds, naming the pack', () => {
    const stale = { ...withModel, model: { ...withModel.model, kinds: ids.slice(1) } };
    expect(() => createClassifier([stale])).toThrow(/subject pack "landmines".*train:sections/);
  });
});

describe('training', () => {
  it('learns a word that tells two kinds apart from a handful of stories', () => {
    const story = (name: string, label: string, word: string) => ({
      name,
      title: 'Landmine blast',
      texts: [
        'A landmine exploded near the village, killing a farmer, the police said.',
        `The ${word} was discussed at length by those present at the meeting on Tuesday.`,
        'Deminers have cleared much of the minefield since the war ended.',
      ],
      labels: ['incident', label, 'background'],
    });
    const stories = [1, 2, 3, 4, 5, 6].flatMap((n) => [
      story(`a${n}`, 'mine-map-exchanges', 'formulary'),
      story(`b${n}`, 'prosecution', 'indictment'),
    ]);
    const model = trainKindModel(stories);
    expect(model.vocabulary).toContain('formulary');
    const classifier = createClassifier([{ ...landmines, model }]);
    expect(classifier.classify(story('x', '', 'formulary').texts, new Map(), 'Landmine blast')?.[1]).toBe(
      'mine-map-exchanges',
    );
    expect(classifier.classify(story('y', '', 'indictment').texts, new Map(), 'Landmine blast')?.[1]).toBe(
      'prosecution',
    );
  });

  it('predicts the kind with the highest sum, the first on a tie', () => {
    expect(predictKind([[0], [0]], { index: [0], value: [1] })).toBe(0);
    expect(predictKind([[0], [2]], { index: [0], value: [1] })).toBe(1);
  });
});
