/** Reading built pages in tests. */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { type HTMLElement, parse } from 'node-html-parser';
import { PROJECT_ROOT } from '../support/astro.ts';

export const DIST = join(PROJECT_ROOT, 'dist');

export function readPage(path: string, dist = DIST): { html: string; doc: HTMLElement } {
  const html = readFileSync(join(dist, path), 'utf8');
  return { html, doc: parse(html) };
}

/** Text content with entities decoded and white space folded. */
export function textOf(element: HTMLElement | null | undefined): string {
  return (element?.textContent ?? '').replace(/\s+/g, ' ').trim();
}

/** The body paragraphs of an article file, as plain text, in order. */
export function sourceParagraphs(markdown: string): string[] {
  const body = markdown.replace(/^---\n[\s\S]*?\n---\n/, '');
  return body
    .split(/\n\s*\n/)
    .map((block) => block.replace(/\s+/g, ' ').trim())
    .filter(Boolean);
}
