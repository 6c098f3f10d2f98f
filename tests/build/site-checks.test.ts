/**
 * Checks over the whole built site (`dist/` from the global build): no broken
 * links or fragments, valid HTML, and a build that gives the same bytes twice.
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { HtmlValidate } from 'html-validate';
import { describe, expect, it } from 'vitest';
import { findBrokenLinks } from '../../src/lib/link-check.ts';
import { site } from '../../src/site.config.ts';
import { buildProject, makeProject, PROJECT_ROOT, projectArticles, readSite } from '../support/astro.ts';
import { DIST } from './html.ts';

const HOSTILE = readFileSync(join(PROJECT_ROOT, 'tests/fixtures/hostile/hostile-article.md'), 'utf8');

describe('the built site', () => {
  const files = readSite(DIST);

  it('has no broken internal links or fragments', () => {
    expect(files.size).toBeGreaterThan(3);
    expect(findBrokenLinks(files, { basePath: site.basePath, siteUrl: site.url })).toEqual([]);
  });

  it('is valid HTML (html-validate, recommended rules)', async () => {
    const validator = new HtmlValidate(
      JSON.parse(readFileSync(join(PROJECT_ROOT, 'tests/html-validate.json'), 'utf8')),
    );
    const pages = [...files].filter(([path]) => path.endsWith('.html'));
    expect(pages.length).toBeGreaterThan(2);
    for (const [path, html] of pages) {
      const report = await validator.validateString(html, path);
      const messages = report.results.flatMap((result) =>
        result.messages.map((m) => `${path}:${m.line}:${m.column} ${m.ruleId} ${m.message}`),
      );
      expect(messages, path).toEqual([]);
    }
  });

  it('writes _headers and _redirects', () => {
    expect(files.get('_headers')).toMatch(/^\/\*\n {2}Content-Security-Policy: /);
    expect(files.has('_redirects')).toBe(true);
  });
});

describe('reproducible builds', () => {
  it('gives byte-identical dist/ from two builds of the same sources', () => {
    const articles = { ...projectArticles(), 'fixtures/hostile-article.md': HOSTILE };
    const sites = ['reproducible-a', 'reproducible-b'].map((name) => {
      const root = makeProject(name, articles);
      const { status, output } = buildProject(root);
      expect(status, output).toBe(0);
      return readSite(join(root, 'dist'));
    });
    const [first, second] = sites as [Map<string, string>, Map<string, string>];
    expect([...second.keys()]).toEqual([...first.keys()]);
    expect(first.size).toBeGreaterThan(4);
    for (const [path, bytes] of first) expect(second.get(path) === bytes, path).toBe(true);
  });
});
