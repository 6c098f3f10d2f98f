/**
 * Rebuilds that keep Astro's cache (`node_modules/.astro`), as a publisher's machine and a CI
 * cache of node_modules do: the site must come out as a fresh build would.
 */
import { readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import { buildProject, makeProject, projectArticles } from '../support/astro.ts';
import { readPage } from './html.ts';

const SEED_PAGE = '2022/07/27/azerbaijani-serviceman-injured-in-landmine-blast-in-kalbajar/index.html';

describe('a rebuild after a change to the Markdown pipeline', () => {
  const headings: string[][] = [];
  let second = '';
  beforeAll(() => {
    const root = makeProject('pipeline-change', projectArticles());
    const headingsOf = () =>
      readPage(SEED_PAGE, join(root, 'dist'))
        .doc.querySelectorAll('.derived-section h2')
        .map((h) => h.textContent);
    const first = buildProject(root);
    expect(first.status, first.output).toBe(0);
    headings.push(headingsOf());

    // An editor renames a section kind: only code changes, no article does.
    const kinds = join(root, 'src/subjects/landmines.ts');
    const source = readFileSync(kinds, 'utf8');
    expect(source).toContain("title: 'Incident'");
    writeFileSync(kinds, source.replace("title: 'Incident'", "title: 'What happened'"));
    const run = buildProject(root);
    expect(run.status, run.output).toBe(0);
    second = run.output;
    headings.push(headingsOf());
  });

  it('renders every article again, so no page keeps HTML made by the old code', () => {
    expect(headings[0]).toContain('Incident');
    expect(headings[1]).toContain('What happened');
    expect(headings[1]).not.toContain('Incident');
    expect(second).toContain('the Markdown pipeline changed');
  });
});
