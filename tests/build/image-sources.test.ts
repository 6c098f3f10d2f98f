/**
 * Article images in real builds (src/markdown/rehype-image-sources.ts): an origin listed in
 * `images.remote` is shown and allowed by the CSP of every page's <meta> and of `_headers`; an
 * image beside the article builds; an image on any other origin fails the build, naming the file,
 * the line and the URL; a bad `images.remote` entry fails, naming the entry.
 */
import { existsSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { parse } from 'node-html-parser';
import { describe, expect, it } from 'vitest';
import { buildProject, makeProject, PROJECT_ROOT, readSite } from '../support/astro.ts';

const AGENCY = 'https://images.example-agency.org';

const article = (title: string, body: string) =>
  `---\ntitle: ${title}\ndate: 2023-06-01T10:00:00+02:00\ntimezone: Europe/Berlin\nauthor: Jonas Weber\n---\n\n${body}\n`;

/** A project whose src/site.config.ts lists `remote` in images.remote. */
function projectWithRemote(name: string, remote: string[], articles: Record<string, string | Uint8Array>): string {
  const root = makeProject(name, articles);
  const config = join(root, 'src/site.config.ts');
  const text = readFileSync(config, 'utf8');
  expect(text).toContain('normalizeImageOrigins([])');
  writeFileSync(config, text.replace('normalizeImageOrigins([])', `normalizeImageOrigins(${JSON.stringify(remote)})`));
  return root;
}

const policyOf = (html: string) =>
  parse(html).querySelector('meta[http-equiv="content-security-policy"]')?.getAttribute('content') ?? '';

describe('images.remote', () => {
  it('shows images from a listed origin and writes the origin into every CSP', () => {
    const root = projectWithRemote('images-remote', [`${AGENCY}/`], {
      '2023/agency-photo.md': article(
        'Agency photo of the chamber',
        [
          'The council met on Thursday.',
          `![Chamber](${AGENCY}/2023/chamber.jpg)`,
          `<img src="/favicon.svg" alt="Logo" srcset="javascript:alert(1) 1x, ${AGENCY}/2023/logo.png 2x, /favicon.svg 3x">`,
          '![Map of the district](./map.png)',
        ].join('\n\n'),
      ),
      '2023/map.png': readFileSync(join(PROJECT_ROOT, 'public/logo.png')),
    });
    const { status, output } = buildProject(root);
    expect(status, output).toBe(0);
    const files = readSite(join(root, 'dist'));
    const page = files.get('2023/06/01/agency-photo/index.html')!;
    const body = parse(page).querySelector('.article-body')!;
    const images = body.querySelectorAll('img');
    expect(images.map((img) => img.getAttribute('src'))).toEqual([
      `${AGENCY}/2023/chamber.jpg`,
      '/favicon.svg',
      expect.stringMatching(/^\/_astro\/map\.[\w-]+\.(png|webp)$/),
    ]);
    expect(images[1]!.getAttribute('srcset')).toBe(`${AGENCY}/2023/logo.png 2x, /favicon.svg 3x`);
    expect(page).not.toContain('javascript:');
    for (const [path, html] of files) {
      if (path.endsWith('.html') && !path.startsWith('pagefind/'))
        expect(policyOf(html), path).toContain(`img-src 'self' ${AGENCY};`);
    }
    expect(files.get('_headers')).toMatch(
      new RegExp(`Content-Security-Policy: .*img-src 'self' ${AGENCY.replaceAll('.', '\\.')};`),
    );
  });

  it('is empty by default: img-src is the site alone', () => {
    const html = readFileSync(join(PROJECT_ROOT, 'dist/index.html'), 'utf8');
    expect(policyOf(html)).toMatch(/(^|;\s*)img-src 'self';/);
    expect(readFileSync(join(PROJECT_ROOT, 'dist/_headers'), 'utf8')).toMatch(/img-src 'self';/);
  });

  it('fails the build on an image from an origin it does not list, naming the file, the line and the URL', () => {
    const root = projectWithRemote('images-external', [AGENCY], {
      '2023/good.md': article('Deminers return', 'Deminers returned to the village on Thursday.'),
      '2023/outside-photo.md': article(
        'Outside photo',
        `The chamber.\n\n![Photo](${AGENCY}/a.jpg)\n\n![Tracker](https://tracker.example/photo.jpg)`,
      ),
    });
    const { status, output } = buildProject(root);
    expect(status, output).not.toBe(0);
    expect(output).toContain('External image in content/articles/2023/outside-photo.md');
    expect(output).toContain('line 12: https://tracker.example/photo.jpg');
    expect(output).not.toContain(`line 10: ${AGENCY}/a.jpg`);
    expect(output).toContain('add its origin (https://tracker.example) to images.remote in src/site.config.ts');
    // Astro logs a rendering error and keeps the entry unrendered; the articles loader then fails the
    // content sync, before any page is written.
    expect(output).toMatch(/Articles that could not be rendered .*\n {2}content\/articles\/2023\/outside-photo\.md/);
    expect(existsSync(join(root, 'dist')), 'no half-built site').toBe(false);
  });

  it('refuses an entry that is not an origin, naming it', () => {
    const root = projectWithRemote('images-bad-entry', [`${AGENCY}/photos`], {
      '2023/good.md': article('Deminers return', 'Deminers returned to the village on Thursday.'),
    });
    const { status, output } = buildProject(root);
    expect(status, output).not.toBe(0);
    expect(output).toContain(`images.remote entry "${AGENCY}/photos" in src/site.config.ts is not an origin`);
  });
});
