/**
 * The blocks of an article (src/markdown/blocks.ts) as the pipeline reads them: which nodes are
 * numbered, the text each hands on, and that the article schema and the plugin read `sections` alike.
 */
import { VFile } from 'vfile';
import { describe, expect, it } from 'vitest';
import { articleSchema } from '../../src/lib/article-schema.ts';
import { articleRemark } from '../../src/markdown/pipeline.ts';

const processor = articleRemark();

function facts(body: string, frontmatter: Record<string, unknown> = {}): Record<string, unknown> {
  const file = new VFile({ value: body, data: { astro: { frontmatter: { ...frontmatter } } } });
  processor.runSync(processor.parse(file), file);
  return (file.data as { astro: { frontmatter: Record<string, unknown> } }).astro.frontmatter;
}

describe('blocks', () => {
  it('keeps list items and quoted paragraphs apart in the text the aids read and in the word count', () => {
    const { paragraphs, wordCount } = facts(
      'Mines were found in two districts:\n\n- Kalbajar\n- Lachin\n\n> One was cleared.\n>\n> The other was not.\n',
    );
    expect(paragraphs).toEqual([
      { id: 'p-1', text: 'Mines were found in two districts:' },
      { id: 'p-2', text: 'Kalbajar\nLachin' },
      { id: 'p-3', text: 'One was cleared.\nThe other was not.', blockquote: true },
    ]);
    expect(wordCount).toBe(6 + 2 + 7);
  });

  it('numbers paragraphs, blockquotes and lists only: a table (GitHub-flavoured, as the build reads it) is not a block', () => {
    const { paragraphs } = facts(
      'First paragraph.\n\n| District | Mines |\n| --- | --- |\n| Kalbajar | 12 |\n\nSecond paragraph.\n\n## A heading\n\nThird paragraph.\n',
    );
    expect((paragraphs as { id: string; text: string }[]).map(({ id, text }) => [id, text])).toEqual([
      ['p-1', 'First paragraph.'],
      ['p-2', 'Second paragraph.'],
      ['p-3', 'Third paragraph.'],
    ]);
  });
});

describe('sections settings, read once', () => {
  const frontmatter = { title: 'x', date: '2022-07-27T12:30:00+04:00', timezone: 'Asia/Baku', author: 'A. Writer' };

  it.each([
    [true, 'sections'],
    [{ pin: { first: 'incident' } }, 'sections.pin.first'],
    [{ pin: { 1: 'weather' } }, 'sections.pin.1'],
    [{ pins: {} }, 'sections.pins'],
  ])('the schema and the plugin give one message for %j', (sections, field) => {
    const checked = articleSchema.safeParse({ ...frontmatter, sections });
    const issue = checked.error?.issues.find((candidate) => candidate.path.join('.') === field);
    expect(issue, JSON.stringify(checked.error?.issues)).toBeDefined();
    expect(() => facts('A paragraph.\n', { sections })).toThrow(`${field}: ${issue!.message}`);
  });

  it('leaves a pin past the last block to the plugin, which knows the blocks', () => {
    expect(articleSchema.safeParse({ ...frontmatter, sections: { pin: { 3: 'incident' } } }).success).toBe(true);
    expect(() => facts('One.\n\nTwo.\n', { sections: { pin: { 3: 'incident' } } })).toThrow(
      'sections.pin.3: there is no block 3; the article has 2 blocks (paragraphs, blockquotes, lists)',
    );
  });
});
