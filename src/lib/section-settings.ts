/**
 * The editor's `sections` frontmatter: `false` derives no sections; `{ pin: { 8: prosecution } }`
 * fixes the kind of block 8 (blocks are numbered from 1: src/markdown/blocks.ts). Read here once,
 * for both places that need it: the article schema (lib/article-schema.ts), which reports every
 * problem with the others during content sync, and remark-derived-sections, which also knows how
 * many blocks the article has and which kinds its subject packs give.
 */

/** Editor settings for derived sections. */
interface SectionSettings {
  /** False when the editor wrote `sections: false`. */
  enabled: boolean;
  /** Kind id by 1-based block number. */
  pins: Map<number, string>;
}

/** One thing wrong in the settings: where below the `sections` field, and what. */
interface SectionSettingsProblem {
  path: string[];
  message: string;
}

/** Bad `sections` frontmatter. The message starts with the field: `sections.pin.8: …`. */
export class SectionSettingsError extends Error {
  override name = 'SectionSettingsError';
}

/** Numbers an editor writes for a block: 1, 2, … */
const BLOCK_NUMBER = /^[1-9]\d*$/;

/**
 * Read the settings and say everything wrong with them. `kindIds` are the kinds a pin may name;
 * `blocks`, when known, describes the article's blocks, so that a pin past the last block is a
 * problem too.
 */
export function readSectionSettings(
  value: unknown,
  kindIds: readonly string[],
  blocks?: { count: number; phrase: string },
): { settings: SectionSettings; problems: SectionSettingsProblem[] } {
  const pins = new Map<number, string>();
  const problems: SectionSettingsProblem[] = [];
  const result = (enabled: boolean) => ({ settings: { enabled, pins }, problems });
  if (value === undefined) return result(true);
  if (value === false) return result(false);
  if (!isPlainObject(value)) {
    problems.push({
      path: [],
      message: `expected false, or { pin: { <block number>: <section kind> } }, got ${JSON.stringify(value)}`,
    });
    return result(true);
  }
  for (const setting of Object.keys(value)) {
    if (setting !== 'pin') problems.push({ path: [setting], message: 'unknown setting; the only setting is "pin"' });
  }
  const pin = value.pin;
  if (!isPlainObject(pin)) {
    const got = pin === undefined ? 'nothing' : JSON.stringify(pin);
    problems.push({
      path: ['pin'],
      message: `expected block numbers mapped to section kinds, such as { 8: background }, got ${got}`,
    });
    return result(true);
  }
  const blocksPhrase =
    blocks && `the article has ${blocks.count} block${blocks.count === 1 ? '' : 's'} (${blocks.phrase})`;
  for (const [blockKey, kindId] of Object.entries(pin)) {
    const path = ['pin', blockKey];
    if (!BLOCK_NUMBER.test(blockKey)) {
      problems.push({ path, message: `"${blockKey}" is not a block number: expected 1, 2, …` });
    } else if (blocks && Number(blockKey) > blocks.count) {
      problems.push({ path, message: `there is no block ${blockKey}; ${blocksPhrase}` });
    } else if (typeof kindId !== 'string' || !kindIds.includes(kindId)) {
      problems.push({
        path,
        message: `unknown section kind ${JSON.stringify(kindId)}; kinds are ${kindIds.join(', ')}`,
      });
    } else {
      pins.set(Number(blockKey), kindId);
    }
  }
  return result(true);
}

function isPlainObject(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null && !Array.isArray(value) && !(value instanceof Date);
}
