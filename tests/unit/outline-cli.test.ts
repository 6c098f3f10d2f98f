/** `npm run outline`: spawns the CLI the way the npm script does, with the project's Node on PATH. */
import { spawnSync } from 'node:child_process';
import { mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';

const ROOT = new URL('../..', import.meta.url).pathname;
const SEED = 'content/articles/2022/azerbaijani-serviceman-injured-in-landmine-blast-in-kalbajar.md';
const TIMEOUT = 30_000;

function outline(...args: string[]) {
  const result = spawnSync('node', ['src/cli/outline.ts', ...args], {
    cwd: ROOT,
    encoding: 'utf8',
    // A CLI that hangs fails the test (killed, status null) instead of holding the run.
    timeout: TIMEOUT - 5_000,
    env: { ...process.env, PATH: `${join(ROOT, 'node_modules/.bin')}:${process.env.PATH ?? ''}` },
  });
  return { status: result.status, stdout: result.stdout, stderr: result.stderr };
}

describe('outline CLI', () => {
  it('prints each section of the seed with its paragraphs', { timeout: TIMEOUT }, () => {
    const { status, stdout, stderr } = outline(SEED);
    expect(stderr).toBe('');
    expect(status).toBe(0);
    const [sections = '', aids = ''] = stdout.split('\nAt a glance\n');
    const titles = sections
      .split('\n')
      .filter((line) => /^\S/.test(line))
      .slice(1);
    expect(titles).toEqual(['Incident', 'Official statements', 'Prosecution', 'Mine-map exchanges', 'Background']);
    // Then the reader aids, as the page's "At a glance" lists them.
    expect(aids).toContain('    2022-06-12  Azerbaijan handed over 15 Armenian prisoners  [p-9]');
    expect(aids).toContain('    about 92,000 anti-tank and anti-personnel mines (Fuzuli and Zangilan)  [p-10]');
    expect(aids).toContain('  Places\n    Kalbajar District  [p-1]');
    expect(stdout).toContain('    1  Azerbaijani serviceman was injured in a landmine blast …');
    expect(stdout).toContain('   11  Azerbaijan and Armenia signed a Russian-brokered peace agreement …');
  });

  it('prints the outline as JSON with --json', { timeout: TIMEOUT }, () => {
    const { status, stdout } = outline('--json', SEED);
    expect(status).toBe(0);
    const expected = JSON.parse(
      readFileSync(join(ROOT, 'tests/fixtures/sections/seed-kalbajar/expected.json'), 'utf8'),
    );
    const printed = JSON.parse(stdout);
    expect(printed.outline).toEqual(expected.outline);
    expect(printed.blocks).toHaveLength(11);
    expect(printed.aids.figures.map((f: { text: string }) => f.text)).toEqual([
      '15 Armenian prisoners',
      '97,000 mines',
      'about 92,000 anti-tank and anti-personnel mines',
    ]);
  });

  it('names a missing file on one stderr line and exits with 1', { timeout: TIMEOUT }, () => {
    const { status, stdout, stderr } = outline('content/articles/no-such-article.md');
    expect(status).toBe(1);
    expect(stdout).toBe('');
    expect(stderr.trimEnd().split('\n')).toEqual(['content/articles/no-such-article.md: no such file']);
  });

  it.each([
    ['broken frontmatter', '---\ntitle: [unclosed\n---\n\nText.\n', 'the frontmatter does not parse'],
    [
      'an unknown pinned kind',
      '---\ntitle: x\nsections:\n  pin:\n    1: weather\n---\n\nText.\n',
      'sections.pin.1: unknown section kind "weather"',
    ],
  ])('names the file and the problem for %s', { timeout: TIMEOUT }, (_, source, problem) => {
    const file = join(mkdtempSync(join(tmpdir(), 'outline-cli-')), 'article.md');
    writeFileSync(file, source);
    const { status, stderr } = outline(file);
    expect(status).toBe(1);
    const lines = stderr.trimEnd().split('\n');
    expect(lines).toHaveLength(1);
    expect(lines[0]).toContain(`${file}: ${problem}`);
  });
});
