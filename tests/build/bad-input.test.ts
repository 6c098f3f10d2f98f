/**
 * Every bad frontmatter fails the real build with a message that names the file
 * and the field, and no site is written.
 */
import { existsSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { buildProject, makeProject } from '../support/astro.ts';

const good = {
  title: 'Mine clearance resumes near Jamilli',
  date: '2022-07-28T09:00:00+04:00',
  timezone: 'Asia/Baku',
  author: 'Sabina Mammadli',
};

function article(frontmatter: Record<string, string | undefined>, extra = ''): string {
  const lines = Object.entries(frontmatter)
    .filter(([, value]) => value !== undefined)
    .map(([key, value]) => `${key}: ${value}`);
  return `---\n${lines.join('\n')}\n${extra}---\n\nDeminers returned to the village on Thursday.\n`;
}

const cases: [name: string, text: string, field: RegExp][] = [
  ['missing title', article({ ...good, title: undefined }), /title: required: a headline/],
  ['empty title', article({ ...good, title: '""' }), /title: expected a headline/],
  ['missing date', article({ ...good, date: undefined }), /date: required: a date-time/],
  ['unparseable date', article({ ...good, date: 'next Thursday' }), /date: "next Thursday" is not a date-time/],
  ['unknown time zone', article({ ...good, timezone: 'Asia/Bakuu' }), /timezone: unknown time zone "Asia\/Bakuu"/],
  [
    'offset disagrees with zone',
    article({ ...good, date: '2022-07-28T09:00:00+05:00' }),
    /date: offset \+05:00 .* disagrees with time zone "Asia\/Baku"/,
  ],
  ['missing author', article({ ...good, author: undefined }), /author: required: an author name/],
  ['unknown key', article({ ...good, auhtor: 'Typo' }), /unknown field "auhtor"/],
  ['broken YAML', article(good, 'tags: [unclosed\n'), /YAML between the --- lines does not parse/],
];

describe('bad frontmatter fails the build', () => {
  it.each(cases)('%s', (name, text, field) => {
    const root = makeProject(`bad-${name.replace(/\W+/g, '-')}`, {
      '2022/good.md': article(good),
      'deep/er/bad-article.md': text,
    });
    const { status, output } = buildProject(root);
    expect(status, output).not.toBe(0);
    expect(output).toContain('content/articles/deep/er/bad-article.md');
    expect(output).toMatch(field);
    expect(existsSync(join(root, 'dist')), 'no half-built site').toBe(false);
  });

  it('fails when two articles share a permalink, naming both files', () => {
    const root = makeProject('bad-duplicate-permalink', {
      'a/same-story.md': article(good),
      'b/same-story.md': article({ ...good, date: '2022-07-28T18:00:00+04:00' }),
    });
    const { status, output } = buildProject(root);
    expect(status, output).not.toBe(0);
    expect(output).toMatch(
      /\/2022\/07\/28\/same-story\/: content\/articles\/a\/same-story\.md and content\/articles\/b\/same-story\.md/,
    );
    expect(existsSync(join(root, 'dist')), 'no half-built site').toBe(false);
  });
});
