/** The gazetteer (src/nlp/gazetteer.ts): names from compromise's lexicon, kept on disk per version. */
import { existsSync, mkdtempSync, readdirSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { expect, it, onTestFinished, vi } from 'vitest';

it('names places, people and demonyms, and keeps them in its cache folder', async () => {
  const folder = mkdtempSync(join(tmpdir(), 'gazetteer-'));
  const before = process.env.NLP_GAZETTEER_CACHE_DIR;
  onTestFinished(() => {
    if (before === undefined) delete process.env.NLP_GAZETTEER_CACHE_DIR;
    else process.env.NLP_GAZETTEER_CACHE_DIR = before;
  });
  process.env.NLP_GAZETTEER_CACHE_DIR = folder;
  // A fresh module: another test file in this worker may have loaded the gazetteer already.
  vi.resetModules();
  const { gazetteer } = await import('../../src/nlp/gazetteer.ts');
  const names = gazetteer();
  expect(names.tagsOf('ukraine')).toContain('Place');
  expect(names.tagsOf('john')).toContain('Person');
  expect(names.tagsOf('armenian')).toContain('Demonym');
  expect(names.tagsOf('mine')).toBeUndefined();
  expect(names.placesStartingWith('sri')).toContainEqual(['sri', 'lanka']);
  expect(existsSync(folder) && readdirSync(folder).some((file) => /^compromise-\d+\.\d+\.\d+\.json$/.test(file))).toBe(
    true,
  );
});
