/**
 * The hostile-input corpus (tests/fixtures/hostile-inputs/, one folder per case; its README says
 * how a case is written): every case either fails the build with a message naming the file and the
 * problem, leaving no dist/, or builds pages and feeds that parse and carry the text.
 *
 * Every `page` case goes into one build, so the pathological articles (a 50,000-word paragraph,
 * a 3 MB article) are built beside the others: that build finishing is the test that one bad
 * article cannot stop the site. Every `error` case is built alone beside one good article, so the
 * failure is that case's own.
 */
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { join, relative } from 'node:path';
import { XMLParser, XMLValidator } from 'fast-xml-parser';
import { describe, expect, it } from 'vitest';
import { buildProject, makeProject, PROJECT_ROOT } from '../support/astro.ts';

const CORPUS = join(PROJECT_ROOT, 'tests/fixtures/hostile-inputs');

interface Expectation {
  contains?: string[];
  absent?: string[];
}

interface HostileCase {
  name: string;
  why: string;
  outcome: 'error' | 'page';
  messages?: string[];
  pages?: Record<string, Expectation>;
  feeds?: Expectation;
  log?: string[];
  generated?: Record<string, { frontmatter: string; paragraph: string; repeat: number; paragraphs: number }>;
}

function readCases(): HostileCase[] {
  return readdirSync(CORPUS, { withFileTypes: true })
    .filter((entry) => entry.isDirectory())
    .map((entry) => ({
      name: entry.name,
      ...(JSON.parse(readFileSync(join(CORPUS, entry.name, 'case.json'), 'utf8')) as Omit<HostileCase, 'name'>),
    }))
    .sort((a, b) => a.name.localeCompare(b.name));
}

/** A case's files, keyed by their path below content/articles/ (under a folder named after the case). */
function caseFiles(hostile: HostileCase): Record<string, string | Uint8Array> {
  const files: Record<string, string | Uint8Array> = {};
  const dir = join(CORPUS, hostile.name, 'articles');
  if (existsSync(dir)) {
    for (const entry of readdirSync(dir, { recursive: true, withFileTypes: true })) {
      if (!entry.isFile()) continue;
      const path = join(entry.parentPath, entry.name);
      files[join(hostile.name, relative(dir, path))] = readFileSync(path);
    }
  }
  for (const [file, { frontmatter, paragraph, repeat, paragraphs }] of Object.entries(hostile.generated ?? {})) {
    const body = Array.from({ length: paragraphs }, () => paragraph.repeat(repeat).trim()).join('\n\n');
    files[join(hostile.name, file)] = `---\n${frontmatter.trim()}\n---\n\n${body}\n`;
  }
  return files;
}

const ORDINARY_ARTICLE = {
  'ordinary/clearance-resumes.md': `---
title: Mine clearance resumes near Jamilli
date: 2022-07-28T09:00:00+04:00
timezone: Asia/Baku
author: Sabina Mammadli
---

Deminers returned to the village on Thursday, the agency said.
`,
};

const cases = readCases();
const errorCases = cases.filter((c) => c.outcome === 'error');
const pageCases = cases.filter((c) => c.outcome === 'page');

describe('the hostile-input corpus', () => {
  it('has cases of both outcomes, each saying why', () => {
    expect(errorCases.length).toBeGreaterThan(0);
    expect(pageCases.length).toBeGreaterThan(0);
    for (const hostile of cases) {
      expect(hostile.why, hostile.name).toMatch(/\w{3}/);
      expect(['error', 'page'], hostile.name).toContain(hostile.outcome);
      if (hostile.outcome === 'error') expect(hostile.messages?.length, hostile.name).toBeGreaterThan(0);
      else
        expect(
          Object.keys(hostile.pages ?? {}).length + (hostile.feeds ? 1 : 0) + (hostile.log?.length ?? 0),
          hostile.name,
        ).toBeGreaterThan(0);
    }
  });
});

describe.each(errorCases)('error case $name', (hostile) => {
  it('fails the build, naming the file and the problem, and writes no site', () => {
    const root = makeProject(`hostile-${hostile.name}`, { ...ORDINARY_ARTICLE, ...caseFiles(hostile) });
    const { status, output } = buildProject(root);
    expect(status, output).not.toBe(0);
    for (const pattern of hostile.messages ?? []) expect(output).toMatch(new RegExp(pattern));
    expect(existsSync(join(root, 'dist')), 'no half-built site').toBe(false);
  });
});

describe('page cases, built together', () => {
  let build: { status: number | null; output: string } | undefined;
  let dist = '';
  /** One build for every page case, made when the first of them runs. */
  const built = () => {
    if (!build) {
      const root = makeProject('hostile-pages', Object.assign({ ...ORDINARY_ARTICLE }, ...pageCases.map(caseFiles)));
      dist = join(root, 'dist');
      build = buildProject(root);
    }
    expect(build.status, build.output).toBe(0);
    return build;
  };

  const feedText = (path: string): string => {
    const text = readFileSync(join(dist, path), 'utf8');
    if (path.endsWith('.json')) return JSON.stringify(JSON.parse(text));
    expect(XMLValidator.validate(text), path).toBe(true);
    // Every text value and attribute, decoded, joined: what a feed reader shows.
    const values: string[] = [];
    const walk = (node: unknown): void => {
      if (typeof node === 'string' || typeof node === 'number') values.push(String(node));
      else if (node && typeof node === 'object') Object.values(node).forEach(walk);
    };
    walk(new XMLParser({ ignoreAttributes: false, processEntities: true, htmlEntities: true }).parse(text));
    return values.join('\n');
  };

  it.each(pageCases)('$name', (hostile) => {
    const { output } = built();
    for (const pattern of hostile.log ?? []) expect(output).toMatch(new RegExp(pattern));
    for (const [path, { contains = [], absent = [] }] of Object.entries(hostile.pages ?? {})) {
      const file = join(dist, path);
      if (!existsSync(file)) {
        expect.fail(`${hostile.name}: ${path} was not built`);
      }
      const html = readFileSync(file, 'utf8');
      for (const text of contains) expect(html, `${path} contains`).toContain(text);
      for (const text of absent) expect(html, `${path} lacks`).not.toContain(text);
    }
    for (const feed of ['rss.xml', 'atom.xml', 'feed.json']) {
      const text = feedText(feed);
      for (const wanted of hostile.feeds?.contains ?? []) expect(text, `${feed} carries`).toContain(wanted);
      for (const unwanted of hostile.feeds?.absent ?? []) expect(text, `${feed} lacks`).not.toContain(unwanted);
    }
  });
});
