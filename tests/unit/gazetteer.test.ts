/** The gazetteer (src/nlp/gazetteer.ts): names from compromise's lexicon, kept on disk per version. */
import { existsSync, mkdtempSync, readdirSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { expect, it } from 'vitest';

it('names places, people and demonyms, and keeps them in its cache folder', async () => {
  const folder = mkdtempSync(join(tmpdir(), 'gazetteer-'));
  process.env.NLP_GAZETTEER_CACHE_DIR = folder;
  const { gazetteer } = await import('../../src/nlp/gazetteer.ts');
  const names = gazetteer();
  expect(names.tagsOf('ukraine')).toContain('Place');
  expect(names.tagsOf('john')).toContain('Person');
  expect(names.tagsOf('armenian')).toContain('Demonym');
  expect(names.tagsOf('mine')).toBeUndefined();
  expect(names.placesStartingWith('sri')).toContainEqual(['sri', 'lanka']);
  expect(existsSync(folder) && readdirSync(folder).some((file) => /^compromise-\d+\.\d+\.\d+\.json$/.test(file))).toBe(true);
});
