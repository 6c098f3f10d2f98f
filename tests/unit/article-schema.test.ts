import { describe, expect, it } from 'vitest';
import { articleSchema, FIELD_LIMITS } from '../../src/lib/article-schema.ts';
import { parseFrontmatterText } from '../../src/lib/frontmatter.ts';

const valid = {
  title: 'Azerbaijani serviceman injured in landmine blast in Kalbajar',
  date: '2022-07-27T12:30:00+04:00',
  timezone: 'Asia/Baku',
  author: 'Sabina Mammadli',
};

describe('valid frontmatter', () => {
  it('resolves dates in the zone and makes authors a list', () => {
    expect(articleSchema.parse(valid)).toEqual({
      title: valid.title,
      date: '2022-07-27T12:30:00+04:00',
      updated: undefined,
      timezone: 'Asia/Baku',
      authors: ['Sabina Mammadli'],
      tags: [],
      draft: false,
      aliases: [],
    });
  });

  it('takes every optional field', () => {
    const parsed = articleSchema.parse({
      ...valid,
      author: ['Sabina Mammadli', 'Orkhan Aliyev'],
      description: 'A summary.',
      slug: 'kalbajar-blast',
      updated: '2022-07-28T09:00:00',
      tags: ['Landmines'],
      draft: true,
    });
    expect(parsed).toMatchObject({
      authors: ['Sabina Mammadli', 'Orkhan Aliyev'],
      description: 'A summary.',
      slug: 'kalbajar-blast',
      updated: '2022-07-28T09:00:00+04:00',
      tags: ['Landmines'],
      draft: true,
    });
  });
});

// Every bad input an editor can make: the field it names and what the message says.
const invalid: [name: string, frontmatter: Record<string, unknown>, field: string, message: RegExp][] = [
  ['missing title', { ...valid, title: undefined }, 'title', /required: a headline/],
  ['empty title', { ...valid, title: '   ' }, 'title', /expected a headline/],
  ['title not text', { ...valid, title: 42 }, 'title', /expected a headline/],
  ['missing date', { ...valid, date: undefined }, 'date', /required: a date-time such as/],
  ['unparseable date', { ...valid, date: 'last Tuesday' }, 'date', /"last Tuesday" is not a date-time/],
  ['impossible date', { ...valid, date: '2022-02-30T10:00:00' }, 'date', /not a real calendar date-time/],
  ['date without time', { ...valid, date: '2022-07-27' }, 'date', /is not a date-time/],
  ['missing time zone', { ...valid, timezone: undefined }, 'timezone', /required: an IANA time zone/],
  ['unknown time zone', { ...valid, timezone: 'Asia/Bakuu' }, 'timezone', /unknown time zone "Asia\/Bakuu"/],
  [
    'offset disagrees with zone',
    { ...valid, date: '2022-07-27T12:30:00+05:00' },
    'date',
    /disagrees with time zone "Asia\/Baku"/,
  ],
  [
    'local time in a DST gap',
    { ...valid, timezone: 'Europe/Berlin', date: '2023-03-26T02:30:00' },
    'date',
    /does not exist/,
  ],
  ['missing author', { ...valid, author: undefined }, 'author', /required: an author name/],
  ['empty author list', { ...valid, author: [] }, 'author', /at least one author/],
  ['unknown key', { ...valid, athor: 'Typo' }, '', /unknown field "athor": the fields are title, description, date/],
  ['bad slug', { ...valid, slug: 'Not A Slug' }, 'slug', /lowercase letters, digits and single hyphens/],
  ['bad updated', { ...valid, updated: 'soon' }, 'updated', /"soon" is not a date-time/],
  ['updated before date', { ...valid, updated: '2022-07-26T10:00:00+04:00' }, 'updated', /before the publication date/],
  ['tags not a list', { ...valid, tags: 'Landmines' }, 'tags', /expected a list of tags/],
  ['draft not boolean', { ...valid, draft: 'yes' }, 'draft', /expected true or false/],
  ['sections not false or pins', { ...valid, sections: true }, 'sections', /expected false, or \{ pin/],
  [
    'pinned kind unknown',
    { ...valid, sections: { pin: { 3: 'sport' } } },
    'sections.pin.3',
    /unknown section kind "sport"; kinds are incident/,
  ],
  [
    'pinned block not a number',
    { ...valid, sections: { pin: { first: 'incident' } } },
    'sections.pin.first',
    /^"first" is not a block number: expected 1, 2, …$/,
  ],
  [
    'alias not a path',
    { ...valid, aliases: ['/old.html'] },
    'aliases.0',
    /not an old path this site can redirect from/,
  ],
];

describe('invalid frontmatter', () => {
  it.each(invalid)('%s → %s names the field', (_name, frontmatter, field, message) => {
    const result = articleSchema.safeParse(frontmatter);
    expect(result.success).toBe(false);
    const issue = result.error!.issues.find((i: { path: PropertyKey[] }) => i.path.join('.') === field);
    expect(issue, JSON.stringify(result.error!.issues)).toBeDefined();
    expect(issue!.message).toMatch(message);
  });
});

describe('frontmatter as written', () => {
  it('keeps unquoted YAML timestamps as the text the editor typed', () => {
    const data = parseFrontmatterText(
      '---\ndate: 2023-09-24T09:15:00\nupdated: 2023-09-24T10:00:00+02:00\n---\nBody\n',
    );
    expect(data).toEqual({ date: '2023-09-24T09:15:00', updated: '2023-09-24T10:00:00+02:00' });
    // …which the schema then reads as Berlin wall-clock time, not as UTC.
    expect(articleSchema.parse({ ...valid, ...data, timezone: 'Europe/Berlin' }).date).toBe(
      '2023-09-24T09:15:00+02:00',
    );
  });

  it('reads a file without frontmatter as empty', () => {
    expect(parseFrontmatterText('Just a body.\n')).toEqual({});
  });

  it('throws on broken YAML', () => {
    expect(() => parseFrontmatterText('---\ntitle: [unclosed\n---\nBody\n')).toThrow();
  });
});

describe('field bounds', () => {
  const issue = (extra: Record<string, unknown>) => {
    const result = articleSchema.safeParse({ ...valid, ...extra });
    return result.success ? undefined : result.error.issues.map((i) => `${i.path.join('.')}: ${i.message}`).join(' | ');
  };

  it.each([
    [
      'title',
      { title: 'x'.repeat(FIELD_LIMITS.title + 1) },
      'title: expected at most 300 characters in a headline, got 301',
    ],
    [
      'description',
      { description: 'x'.repeat(FIELD_LIMITS.description + 1) },
      'description: expected at most 1,000 characters in a description, got 1,001',
    ],
    [
      'an author name',
      { author: 'x'.repeat(FIELD_LIMITS.author + 1) },
      'author: expected at most 200 characters in a name, got 201',
    ],
    [
      'the authors',
      { author: Array.from({ length: FIELD_LIMITS.authors + 1 }, (_, i) => `Author ${i}`) },
      'author: expected at most 20 authors, got 21',
    ],
    [
      'a tag',
      { tags: ['x'.repeat(FIELD_LIMITS.tag + 1)] },
      'tags.0: expected at most 100 characters in a tag, got 101',
    ],
    [
      'the tags',
      { tags: Array.from({ length: FIELD_LIMITS.tags + 1 }, (_, i) => `tag ${i}`) },
      'tags: expected at most 50 tags, got 51',
    ],
    [
      'the old paths',
      { aliases: Array.from({ length: FIELD_LIMITS.aliases + 1 }, (_, i) => `/old/${i}/`) },
      'aliases: expected at most 50 old paths, got 51',
    ],
  ])('refuses more than the bound in %s, saying how much', (_name, extra, message) => {
    expect(issue(extra)).toBe(message);
  });

  it('accepts every field at its bound', () => {
    expect(
      issue({
        title: 'x'.repeat(FIELD_LIMITS.title),
        description: 'x'.repeat(FIELD_LIMITS.description),
        author: Array.from({ length: FIELD_LIMITS.authors }, (_, i) => `${i}`.padEnd(FIELD_LIMITS.author, 'x')),
        tags: Array.from({ length: FIELD_LIMITS.tags }, (_, i) => `${i}`.padEnd(FIELD_LIMITS.tag, 'x')),
        aliases: Array.from({ length: FIELD_LIMITS.aliases }, (_, i) => `/old/${i}/`),
      }),
    ).toBeUndefined();
  });
});
