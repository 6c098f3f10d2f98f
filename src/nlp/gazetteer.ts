/**
 * gazetteer: the names compromise's lexicon knows (countries, cities, regions, first and last
 * names, organisations, demonyms, languages, places of several words), each with the tags it
 * implies (`City` → `Place`, `MaleName` → `Person`). The part-of-speech model cannot tell a place
 * from a person; a lookup can.
 *
 * Loading compromise costs a few hundred milliseconds in every process, more than reading an
 * article; so the names are read from it once per installed version and kept as JSON in
 * `node_modules/.cache/nlp-gazetteer/` (`NLP_GAZETTEER_CACHE_DIR` moves it). A cache that cannot be
 * read or written is only slower: the lexicon is read from compromise again.
 */
import { mkdirSync, readFileSync, renameSync, writeFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { dirname, join } from 'node:path';

/** Tags a name of the gazetteer has one of (with the tags they imply). */
const NAME_TAGS: ReadonlySet<string> = new Set(['Place', 'Person', 'Organization', 'Demonym', 'Language']);

interface GazetteerData {
  /** Lower-case word → its tag and the tags it implies. */
  words: Record<string, string[]>;
  /** Places of several words, as lower-case words (`['bosnia', 'and', 'herzegovina']`). */
  places: string[][];
}

interface Gazetteer {
  /** The tags of a lower-case word, or undefined when it names nothing the lexicon knows. */
  tagsOf(word: string): readonly string[] | undefined;
  /** Places of several words starting with a lower-case word. */
  placesStartingWith(word: string): readonly (readonly string[])[];
}

const require = createRequire(import.meta.url);

function compromiseVersion(): string {
  let folder = dirname(require.resolve('compromise'));
  while (dirname(folder) !== folder) {
    try {
      const manifest = JSON.parse(readFileSync(join(folder, 'package.json'), 'utf8')) as {
        name?: string;
        version?: string;
      };
      if (manifest.name === 'compromise') return manifest.version ?? 'unknown';
    } catch {
      // not the package folder yet
    }
    folder = dirname(folder);
  }
  return 'unknown';
}

/** Read the names out of compromise's lexicon (the slow path). */
function fromCompromise(): GazetteerData {
  const nlp = require('compromise') as {
    model(): { one: { lexicon: Record<string, string | string[]>; tagSet: Record<string, { parents?: string[] }> } };
  };
  const { lexicon, tagSet } = nlp.model().one;
  const data: GazetteerData = { words: {}, places: [] };
  for (const [entry, value] of Object.entries(lexicon)) {
    const tag = Array.isArray(value) ? value[0] : value;
    if (!tag) continue;
    const tags = [tag, ...(tagSet[tag]?.parents ?? [])];
    if (!tags.some((name) => NAME_TAGS.has(name))) continue;
    if (entry.includes(' ')) {
      if (tags.includes('Place')) data.places.push(entry.split(' '));
    } else {
      data.words[entry] = tags;
    }
  }
  return data;
}

function load(): GazetteerData {
  const folder = process.env.NLP_GAZETTEER_CACHE_DIR || join(process.cwd(), 'node_modules/.cache/nlp-gazetteer');
  const file = join(folder, `compromise-${compromiseVersion()}.json`);
  try {
    return JSON.parse(readFileSync(file, 'utf8')) as GazetteerData;
  } catch {
    const data = fromCompromise();
    try {
      mkdirSync(folder, { recursive: true });
      const partial = `${file}.${process.pid}.tmp`;
      writeFileSync(partial, JSON.stringify(data));
      renameSync(partial, file);
    } catch {
      // a read-only project: read the lexicon again next time
    }
    return data;
  }
}

let loaded: Gazetteer | undefined;

/** The gazetteer, loaded on first use. */
export function gazetteer(): Gazetteer {
  if (loaded) return loaded;
  const data = load();
  const byFirst = new Map<string, string[][]>();
  for (const words of data.places) {
    const list = byFirst.get(words[0]!) ?? [];
    list.push(words);
    byFirst.set(words[0]!, list);
  }
  loaded = {
    tagsOf: (word) => (Object.hasOwn(data.words, word) ? data.words[word] : undefined),
    placesStartingWith: (word) => byFirst.get(word) ?? [],
  };
  return loaded;
}
