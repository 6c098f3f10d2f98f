import { describe, expect, it } from 'vitest';
import { articleSchema } from '../../src/lib/article-schema.ts';
import { stripControlCharacters } from '../../src/lib/text.ts';

/** What XML 1.0 allows, less what it discourages and the site strips (DEL, C1). */
const XML_TEXT = /^[\t\n\r\x20-\x7e\xa0-\ud7ff\ue000-\ufffd\u{10000}-\u{10ffff}]*$/u;

describe('stripControlCharacters', () => {
  it.each([
    ['Word\vline break', 'Word line break'],
    ['form\ffeed', 'form feed'],
    ['NEL\u0085line\u2028paragraph\u2029separators', 'NEL line paragraph separators'],
    ['NUL\0here', 'NULhere'],
    ['bell\x07 escape\x1b unit\x1f', 'bell escape unit'],
    ['DEL\x7f C1\x80\x9f', 'DEL C1'],
    ['lone high\ud800 and low\udfff', 'lone high and low'],
    ['U+FFFE\ufffe U+FFFF\uffff', 'U+FFFE U+FFFF'],
  ])('%j → %j', (text, clean) => {
    expect(stripControlCharacters(text)).toBe(clean);
  });

  it('keeps tab, newline, carriage return, NBSP, emoji, surrogate pairs, RTL text, markup and U+FFFD', () => {
    const text = 'tab\tnew\nline\r\n\u00a0😀🇦🇿 \u{10ffff} مرحبا עברית \u200f AT&T <b>x</b> ]]> "q" \ufffd \ufffd';
    expect(stripControlCharacters(text)).toBe(text);
  });

  it('leaves nothing XML 1.0 cannot carry, from any character of the Basic Multilingual Plane', () => {
    const removed: number[] = [];
    const spaced: number[] = [];
    for (let code = 0; code <= 0xffff; code++) {
      const char = String.fromCharCode(code);
      const clean = stripControlCharacters(char);
      expect(clean).toMatch(XML_TEXT);
      if (clean === '') removed.push(code);
      else if (clean !== char) spaced.push(code);
    }
    expect(spaced).toEqual([0x0b, 0x0c, 0x85, 0x2028, 0x2029]);
    // 27 C0 controls (all but tab, newline, carriage return, \v and \f), DEL, 31 C1 controls (all but
    // NEL), 2,048 surrogates, U+FFFE and U+FFFF.
    expect(removed.length).toBe(27 + 1 + 31 + 2048 + 2);
  });
});

describe('frontmatter text is stripped at the schema', () => {
  const valid = {
    title: 'Headline',
    date: '2023-03-01T10:00:00+01:00',
    timezone: 'Europe/Paris',
    author: 'Marie Dubois',
  };

  it('strips the title, description, author names and tags, then trims them', () => {
    const parsed = articleSchema.parse({
      ...valid,
      title: '\vWord\vline\0 break\u2028 ',
      description: 'A\fsummary\x01.\u0085',
      author: ['Marie\x07 Dubois', '\ud800Jean Martin\ufffe'],
      tags: ['<3\0', '\u2029Politics'],
    });
    expect(parsed).toMatchObject({
      title: 'Word line break',
      description: 'A summary.',
      authors: ['Marie Dubois', 'Jean Martin'],
      tags: ['<3', 'Politics'],
    });
  });

  it('keeps markup and entities as the text they are', () => {
    expect(articleSchema.parse({ ...valid, title: 'AT&T <b>bold</b> &amp; more' }).title).toBe(
      'AT&T <b>bold</b> &amp; more',
    );
  });

  it.each([
    ['title', { title: '\v\0\u2028' }, /expected a headline/],
    ['description', { description: '\f\x01' }, /expected text, or leave the field out/],
    ['author', { author: '\0' }, /expected a non-empty author name/],
    ['tags', { tags: ['\v'] }, /expected a non-empty tag/],
  ])('fails a %s that is nothing but control characters', (field, fields, message) => {
    const result = articleSchema.safeParse({ ...valid, ...fields });
    expect(result.success).toBe(false);
    const issue = result.error?.issues.find((i) => i.path[0] === field);
    expect(issue?.message).toMatch(message);
  });
});
