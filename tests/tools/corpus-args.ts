/**
 * The arguments the corpus commands share (`generate-fixtures`, `bench-build`):
 * `--count N` articles from the generator's `--seed S`, and `--help`.
 */
import { type ParseArgsOptionsConfig, parseArgs } from 'node:util';

const CORPUS_OPTIONS = {
  count: { type: 'string' },
  seed: { type: 'string', default: '1' },
  help: { type: 'boolean', short: 'h', default: false },
} as const satisfies ParseArgsOptionsConfig;

type CorpusArgsConfig<T extends ParseArgsOptionsConfig> = {
  args: string[];
  options: typeof CORPUS_OPTIONS & T;
  strict: true;
  allowPositionals: false;
};

/**
 * `argv` read with the corpus options and a command's own `options`, nothing else allowed:
 * `--help` prints `usage` and exits; an unknown or malformed argument, a `count` that is not a
 * whole number ≥ 1 or a `seed` that is not an integer `fail`s with what is expected.
 */
type CorpusValues<T extends ParseArgsOptionsConfig> = ReturnType<typeof parseArgs<CorpusArgsConfig<T>>>['values'];

export function parseCorpusArgs<const T extends ParseArgsOptionsConfig>(
  argv: string[],
  options: T,
  usage: string,
  fail: (message: string) => never,
): { values: CorpusValues<T>; count: number; seed: number } {
  let values: CorpusValues<T>;
  try {
    ({ values } = parseArgs<CorpusArgsConfig<T>>({
      args: argv,
      options: { ...CORPUS_OPTIONS, ...options },
      strict: true,
      allowPositionals: false,
    }));
  } catch (error) {
    fail(`${(error as Error).message.split('\n')[0]} (${usage})`);
  }
  const corpus = values as { count?: string; seed: string; help: boolean };
  if (corpus.help) {
    console.log(usage);
    process.exit(0);
  }
  return { values, ...corpusSize(corpus, usage, fail) };
}

/** Whole-number `count` ≥ 1 and integer `seed`, or `fail` with what is expected. */
function corpusSize(
  values: { count?: string; seed: string },
  usage: string,
  fail: (message: string) => never,
): { count: number; seed: number } {
  if (values.count === undefined) fail(`--count is required (${usage})`);
  if (!/^\d+$/.test(values.count) || Number(values.count) < 1)
    fail(`--count must be a whole number ≥ 1, got "${values.count}"`);
  if (!/^-?\d+$/.test(values.seed) || !Number.isSafeInteger(Number(values.seed)))
    fail(`--seed must be an integer, got "${values.seed}"`);
  return { count: Number(values.count), seed: Number(values.seed) };
}
