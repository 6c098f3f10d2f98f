/**
 * The text-analysis layer alone (src/nlp/): one parse per text, the cue language, verb phrases and
 * tenses, terms for the reader aids.
 */
import { describe, expect, it } from 'vitest';
import { compilePattern, hasPattern, matchableWords } from '../../src/nlp/match.ts';
import { parseText } from '../../src/nlp/parse.ts';
import { lexiconPlaces, termsOf } from '../../src/nlp/terms.ts';
import { verbPhrases } from '../../src/nlp/verbs.ts';

const matches = (text: string, pattern: string) =>
  hasPattern(matchableWords(parseText(text).tokens), compilePattern(pattern));

describe('parseText', () => {
  it('keeps offsets into the text, letters outside ASCII included', () => {
    const text = 'Judge Marija Kovač said Hadžić’s men were “wounded” on Monday.';
    const parsed = parseText(text);
    for (const token of parsed.tokens) expect(text.slice(token.start, token.end)).toBe(token.text);
    expect(parsed.tokens.map((token) => token.text)).toContain('Kovač');
    expect(parsed.tokens.map((token) => token.text)).toContain('Hadžić');
  });

  it('splits sentences and reads lemmas and parts of speech', () => {
    const parsed = parseText('Two soldiers were injured. The ministry denied the claims.');
    expect(parsed.sentences).toHaveLength(2);
    const denied = parsed.tokens.find((token) => token.lower === 'denied');
    expect(denied).toMatchObject({ lemma: 'deny', pos: 'VERB', sentence: 1 });
  });

  it('reads the same text once and shares the reading', () => {
    expect(parseText('A mine exploded.')).toBe(parseText('A mine exploded.'));
  });

  it('has no sentence in an empty text', () => {
    expect(parseText('').sentences).toEqual([]);
    expect(parseText('   ').tokens.filter((token) => token.word)).toEqual([]);
  });
});

describe('cue patterns', () => {
  it.each([
    ['A mine exploded near the road.', '(explode|exploded)', true],
    ['The tractor hit an old anti-tank mine.', '(hit|struck) .{0,3} (mine|mines)', true],
    ['The tractor hit the wall of a barn near the old mine.', '(hit|struck) .{0,3} (mine|mines)', false],
    ['Two deminers were injured.', '{injure}', true],
    ['Prosecutors opened a case under Article 29.', 'article #Value', true],
    ['Mines have killed 20,000 people.', '(have|has) been? #Adverb? (killed|injured)', true],
    ['Mines have already been killing people.', '(have|has) been? #Adverb? (killed|injured)', false],
    ['killed 19 people in Cambodia in 2023', '(killed|injured) .{0,10} in (#Value|january)', true],
    ['killed 19 people in Cambodia in the village', '(killed|injured) .{0,10} in (#Value|january)', false],
    ['The army, the ministry said, laid mines.', 'ministry said', true],
    ['In a statement, the agency warned.', '^in a statement', true],
    ['The agency warned in a statement.', '^in a statement', false],
    ["The Agency's chairman noted the maps.", 'agency chairman', true],
    ['The director-general said so.', '(director|head) said', true],
    ['A pressure-triggered bomb.', 'pressure-triggered bomb', true],
    ['The born-again director.', 'again', true],
    ['The directorate said so.', 'director', false],
    ['UNMAS said so.', '^#Acronym said', true],
    ['I said so.', '^#Acronym', false],
    ['Fighting ended in the 1990s.', 'in the #Year', true],
    ['Fighting ended in the 3 villages.', 'in the #Year', false],
  ])('%s ~ %s: %s', (text, pattern, expected) => {
    expect(matches(text, pattern)).toBe(expected);
  });

  it('names a malformed pattern', () => {
    expect(() => compilePattern('(mine|#Nothing)')).toThrow('cue "(mine|#Nothing)": unknown tag #Nothing');
    expect(() => compilePattern('#Nothing')).toThrow('unknown tag');
  });
});

describe('verb phrases', () => {
  const forms = (text: string) => verbPhrases(parseText(text).tokens).map(({ lemma, form }) => `${lemma}:${form}`);

  it.each([
    ['The ministry denied the claims.', ['deny:simple-past']],
    ['The ministry has denied the claims.', ['deny:present-perfect']],
    ['Two soldiers were injured.', ['injure:passive-past']],
    ['The team was clearing a road.', ['clear:past-progressive']],
    ['The court will rule next week.', ['rule:future']],
    ['The ministry says it is investigating.', ['say:simple-present', 'investigate:present-progressive']],
    ['Mines killed 18 people last year.', ['kill:simple-past']],
    ['He promised to continue the work.', ['promise:simple-past', 'continue:infinitive']],
  ])('%s', (text, expected) => {
    expect(forms(text)).toEqual(expected);
  });

  it('gives offsets that cover the phrase', () => {
    const text = 'The prosecutor has not yet charged anyone.';
    const [phrase] = verbPhrases(parseText(text).tokens);
    expect(text.slice(phrase!.start, phrase!.end)).toBe('has not yet charged');
  });
});

describe('terms for the reader aids', () => {
  it('tags places, people, months and weekdays from the lexicon', () => {
    const terms = termsOf('John Smith arrived in Ukraine on Monday, 12 March.');
    const tags = (word: string) => terms.find((term) => term.text === word)?.tags;
    expect(tags('Ukraine')?.has('Place')).toBe(true);
    expect(tags('John')?.has('Person')).toBe(true);
    expect(tags('Monday')?.has('WeekDay')).toBe(true);
    expect(tags('March')?.has('Month')).toBe(true);
    expect(tags('12')?.has('Date')).toBe(true);
    expect(tags('arrived')?.has('PastTense')).toBe(true);
  });

  it('keeps possessives and hyphenated words whole, with the punctuation around them', () => {
    const text = 'the agency’s men in formerly-occupied Aghdam said, "We';
    const terms = termsOf(text);
    expect(terms.map((term) => term.text)).toEqual([
      'the',
      'agency’s',
      'men',
      'in',
      'formerly-occupied',
      'Aghdam',
      'said',
      'We',
    ]);
    expect(terms.find((term) => term.text === 'said')).toMatchObject({ post: ', ' });
    expect(terms.find((term) => term.text === 'We')).toMatchObject({ pre: '"' });
    expect(terms.find((term) => term.text === 'formerly-occupied')?.tags.has('Hyphenated')).toBe(true);
    for (const term of terms) expect(text.slice(term.start, term.end)).toBe(term.text);
  });

  it('finds places of several words the lexicon knows', () => {
    const text = 'Mines are still found in Bosnia and Herzegovina and in Sri Lanka.';
    const spans = lexiconPlaces(termsOf(text)).map(({ start, end }) => text.slice(start, end));
    expect(spans).toEqual(['Bosnia and Herzegovina', 'Sri Lanka']);
  });
});
