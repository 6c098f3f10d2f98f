/** The bounds past which sections and aids are not derived, and the reason the build prints. */
import { describe, expect, it } from 'vitest';
import { deriveReaderAids } from '../../src/lib/aids/index.ts';
import { analysisLimitProblem } from '../../src/lib/analysis-limits.ts';

const words = (n: number) => Array(n).fill('word').join(' ');

describe('analysisLimitProblem', () => {
  it('names the first paragraph past the block bound, with its count', () => {
    expect(analysisLimitProblem(['Short.', words(2_001), words(5_000)])).toBe(
      'paragraph 2 has 2,001 words, more than 2,000',
    );
  });

  it('passes blocks at the bound', () => {
    expect(analysisLimitProblem([words(2_000), words(2_000)])).toBeUndefined();
  });

  it('names the article when its blocks together pass the article bound', () => {
    expect(analysisLimitProblem(Array(11).fill(words(2_000)))).toBe('the article has 22,000 words, more than 20,000');
  });

  it('takes other limits', () => {
    expect(analysisLimitProblem(['a b c'], { maxBlockWords: 2, maxArticleWords: 10 })).toBe(
      'paragraph 1 has 3 words, more than 2',
    );
  });
});

describe('deriveReaderAids past the bounds', () => {
  const clock = { published: '2024-01-18T10:00:00+01:00', timezone: 'Europe/Paris' };
  const sentence = 'On 12 March 2023 a landmine exploded near Aghdam, injuring two deminers, the ministry said. ';

  it('derives nothing, quickly, but keeps what the editor added', () => {
    const paragraphs = Array.from({ length: 1_500 }, (_, i) => ({ id: `p-${i + 1}`, text: sentence }));
    const started = performance.now();
    const aids = deriveReaderAids(paragraphs, clock, { places: { add: [{ name: 'Aghdam' }] } });
    expect(performance.now() - started).toBeLessThan(1_000);
    expect(aids.timeline).toEqual([]);
    expect(aids.figures).toEqual([]);
    expect(aids.places.map((place) => place.name)).toEqual(['Aghdam']);
  });

  it('still derives from the same text under the bounds', () => {
    const aids = deriveReaderAids([{ id: 'p-1', text: sentence }], clock);
    expect(aids.places.map((place) => place.name)).toContain('Aghdam');
  });
});
