/**
 * The feeds built from hostile text: every feed must be well-formed XML or valid JSON, and carry
 * exactly the plain text the editor wrote, control characters removed. (The built feeds of the
 * seed article are checked in tests/build/sharing.test.ts.)
 *
 * fast-xml-parser's validator accepts control characters, a `<` in an attribute and a stray `]]>`,
 * so each XML feed also goes through `wellFormedError`, a strict tokenizer of the XML this module
 * writes, itself tested against what the `feed` package used to write.
 */
import { XMLParser, XMLValidator } from 'fast-xml-parser';
import { parse as parseHtml } from 'node-html-parser';
import { describe, expect, it } from 'vitest';
import { buildFeeds, type FeedArticle } from '../../src/lib/feeds.ts';
import { absoluteUrl } from '../../src/lib/urls.ts';
import { site } from '../../src/site.config.ts';

/** Characters XML 1.0 forbids, and those it discourages that the site strips (DEL, C1). */
const NOT_XML_TEXT = /[^\t\n\r\x20-\x7e\xa0-\ud7ff\ue000-\ufffd\u{10000}-\u{10ffff}]/u;

const REFERENCE = '&(?:amp|lt|gt|quot|apos|#[0-9]+|#x[0-9a-fA-F]+);';
const NAME = '[A-Za-z_][\\w.:-]*';
const TOKEN = new RegExp(
  [
    '(?<declaration><\\?xml(?:\\s+[a-z]+="[^"<&]*")*\\s*\\?>)',
    '(?<cdata><!\\[CDATA\\[[\\s\\S]*?\\]\\]>)',
    `(?<tag><(?<close>/)?(?<name>${NAME})(?:\\s+${NAME}="(?:[^"<&]|${REFERENCE})*")*\\s*(?<empty>/)?>)`,
    `(?<text>(?:[^<&]|${REFERENCE})+)`,
  ].join('|'),
  'uy',
);

/**
 * Why `xml` is not a well-formed XML 1.0 document, or null: every character allowed, every `<` a
 * declaration, CDATA section or tag with quoted attributes free of `<` and bare `&`, every `&` a
 * reference to an allowed character, no `]]>` outside CDATA, tags balanced, one root element.
 */
function wellFormedError(xml: string): string | null {
  const bad = NOT_XML_TEXT.exec(xml);
  if (bad) return `character U+${bad[0].codePointAt(0)!.toString(16).toUpperCase().padStart(4, '0')} at ${bad.index}`;
  const open: string[] = [];
  let roots = 0;
  TOKEN.lastIndex = 0;
  while (TOKEN.lastIndex < xml.length) {
    const at = TOKEN.lastIndex;
    const match = TOKEN.exec(xml);
    if (!match?.groups) return `not XML at ${at}: ${JSON.stringify(xml.slice(at, at + 40))}`;
    const { declaration, cdata, tag, close, name, empty, text } = match.groups;
    if (declaration && at !== 0) return `declaration not at the start (${at})`;
    if ((cdata || text?.trim()) && open.length === 0) return `content outside the root element at ${at}`;
    if (text?.includes(']]>')) return `"]]>" outside CDATA at ${at}`;
    for (const [, code] of (text ?? tag ?? '').matchAll(/&#(x[0-9a-fA-F]+|[0-9]+);/g)) {
      const char = String.fromCodePoint(code!.startsWith('x') ? parseInt(code!.slice(1), 16) : Number(code));
      if (NOT_XML_TEXT.test(char)) return `reference to a forbidden character at ${at}`;
    }
    if (tag) {
      if (close) {
        if (open.pop() !== name) return `</${name}> closes nothing open at ${at}`;
      } else {
        if (open.length === 0 && ++roots > 1) return `a second root element at ${at}`;
        if (!empty) open.push(name!);
      }
    }
  }
  if (open.length) return `unclosed <${open.join('>, <')}>`;
  return roots === 1 ? null : 'no root element';
}

const xml = new XMLParser({
  ignoreAttributes: false,
  attributeNamePrefix: '@',
  // Exactly what is written: no number parsing, no trimming; numeric references decoded.
  parseTagValue: false,
  parseAttributeValue: false,
  trimValues: false,
  htmlEntities: true,
  isArray: (name) => ['item', 'entry', 'author', 'category'].includes(name),
});

/** Every string in a parsed feed. */
const strings = (node: unknown): string[] =>
  typeof node === 'string' ? [node] : node && typeof node === 'object' ? Object.values(node).flatMap(strings) : [];

/** A hostile text as written, and the plain text a feed must carry. */
type Hostile = [written: string, plain: string];
const same = (text: string): Hostile => [text, text];

const TITLES: Hostile[] = [
  same('AT&T <b>x</b>'),
  same('Ends a CDATA section ]]> and again ]]>'),
  same('"Double" and \'single\' quotes'),
  same('Emoji 😀🇦🇿 and right-to-left مرحبا بالعالم, עברית'),
  ['NUL\0between', 'NULbetween'],
  ['Word\vline break and form\ffeed', 'Word line break and form feed'],
  ['Lone \ud800 high and \udfff low surrogates', 'Lone  high and  low surrogates'],
  ['Non-characters \ufffe\uffff gone', 'Non-characters  gone'],
  ['Controls \x01\x07\x1b\x7f\x80\x9f gone', 'Controls  gone'],
  ['Separators\u2028line\u2029paragraph\u0085next', 'Separators line paragraph next'],
  same('Literal &amp; &lt;b&gt; &#x26; &nbsp; entities'),
  same('<![CDATA[ inside ]]> <!-- comment --> <?pi x?>'),
  same('Tab\there, carriage return\rhere'),
  same('42'),
];

const TAGS: Hostile[] = [
  same('<3'),
  same('AT&T'),
  same('"quoted" tag'),
  same('a]]>b'),
  same('tab\tin a tag'),
  ['NUL\0tag', 'NULtag'],
  same('مرحبا'),
];

const AUTHORS: Hostile[] = [
  same('Mallory </script><script>alert(1)</script>'),
  same('Smith & Jones'),
  same('Ayşe \u200fYılmaz'),
  ['Bell\x07 Ringer', 'Bell Ringer'],
];

const DESCRIPTION: Hostile = [
  'Summary with <i>markup</i> & ]]> and "quotes"\v\0end',
  'Summary with <i>markup</i> & ]]> and "quotes" end',
];

const BODY: Hostile = [
  '<p id="p-1">Form\ffeed, NUL\0, bell\x07 and vertical\vtab.</p>\n' +
    '<p id="p-2">CDATA ends ]]> once and ]]> twice, <code>]]&gt;</code>, &amp; &lt;b&gt;, 😀, مرحبا.</p>\n' +
    '<p id="p-3"><a href="/2023/03/01/other/">internal</a> <img src="/logo.png" alt="logo"></p>',
  '<p id="p-1">Form feed, NUL, bell and vertical tab.</p>\n' +
    '<p id="p-2">CDATA ends ]]> once and ]]> twice, <code>]]&gt;</code>, &amp; &lt;b&gt;, 😀, مرحبا.</p>\n' +
    `<p id="p-3"><a href="${site.url}/2023/03/01/other/">internal</a> <img src="${site.url}/logo.png" alt="logo"></p>`,
];

/** One article per hostile title, newest first; each carries every hostile tag, author, summary and body. */
const articles: FeedArticle[] = TITLES.map(([title], index) => ({
  title,
  permalink: `/2023/03/${String(28 - index).padStart(2, '0')}/hostile-${index}/`,
  description: DESCRIPTION[0],
  html: BODY[0],
  authors: AUTHORS.map(([name]) => name),
  date: `2023-03-${String(28 - index).padStart(2, '0')}T10:00:00+01:00`,
  tags: TAGS.map(([tag]) => tag),
}));

const feeds = buildFeeds(site, articles);
const plainTitles = TITLES.map(([, plain]) => plain);
const plainTags = TAGS.map(([, plain]) => plain);
const plainAuthors = AUTHORS.map(([, plain]) => plain);
const urls = articles.map((article) => absoluteUrl(article.permalink));

describe('the well-formedness check', () => {
  it.each([
    ['a control character', '<r>a\vb</r>'],
    ['NUL', '<r>a\0b</r>'],
    ['a lone surrogate', '<r>a\ud800b</r>'],
    ['U+FFFF', '<r>\uffff</r>'],
    ['a "<" in an attribute', '<r><category label="<3"/></r>'],
    ['a bare "&"', '<r>AT&T</r>'],
    ['a "]]>" after an unsplit CDATA section', '<r><![CDATA[a ]]> b ]]></r>'],
    ['a reference to a control character', '<r>&#11;</r>'],
    ['an unclosed element', '<r><a></r>'],
    ['two roots', '<r/><r/>'],
  ])('rejects %s', (_what, bad) => {
    expect(wellFormedError(bad)).not.toBeNull();
  });

  it('accepts escaped text, attributes and split CDATA', () => {
    expect(
      wellFormedError(
        '<?xml version="1.0"?>\n<r a="&lt;3 &quot;">AT&amp;T &#x3C;<![CDATA[a ]]]]><![CDATA[> b]]><e/></r>',
      ),
    ).toBeNull();
  });
});

describe.each(['rss', 'atom'] as const)('%s feed of hostile text', (kind) => {
  it('is well-formed XML with no forbidden character', () => {
    expect(XMLValidator.validate(feeds[kind])).toBe(true);
    expect(wellFormedError(feeds[kind])).toBeNull();
  });
});

describe('RSS 2.0 of hostile text', () => {
  const { rss } = xml.parse(feeds.rss);
  const items: Record<string, unknown>[] = rss.channel.item;

  it('carries every title as its plain text, exactly', () => {
    expect(items.map((item) => item.title)).toEqual(plainTitles);
    expect(items.map((item) => item.guid)).toEqual(urls.map((url) => ({ '#text': url, '@isPermaLink': 'false' })));
  });

  it('writes &, < and > of plain text as character references, never CDATA or markup', () => {
    expect(feeds.rss).toContain('<title>AT&#x26;T &#x3C;b&#x3E;x&#x3C;/b&#x3E;</title>');
    expect(feeds.rss).toContain('<category>&#x3C;3</category>');
  });

  it('carries tags and authors as plain text', () => {
    for (const item of items) {
      expect(item.category).toEqual(plainTags);
      expect(item.author).toEqual(plainAuthors);
    }
  });

  it('carries the summary as HTML that shows the plain text, with no element to render', () => {
    for (const item of items) {
      const summary = parseHtml(item.description as string);
      expect(summary.childNodes.map((node) => node.nodeType)).toEqual([3]);
      expect(summary.text).toBe(DESCRIPTION[1]);
    }
  });

  it('carries the body HTML whole, every "]]>" in it included', () => {
    for (const item of items) expect(item['content:encoded']).toBe(BODY[1]);
  });

  it('has no forbidden character in any value', () => {
    for (const value of strings(rss)) expect(value).not.toMatch(NOT_XML_TEXT);
  });
});

describe('Atom 1.0 of hostile text', () => {
  const { feed } = xml.parse(feeds.atom);
  // fast-xml-parser's tree is untyped: the assertions below say what each entry holds.
  // biome-ignore lint/suspicious/noExplicitAny: see above
  const entries: Record<string, any>[] = feed.entry;

  it('declares titles and summaries plain text and carries them exactly', () => {
    expect(entries.map((entry) => entry.title)).toEqual(
      plainTitles.map((title) => ({ '#text': title, '@type': 'text' })),
    );
    for (const entry of entries) expect(entry.summary).toEqual({ '#text': DESCRIPTION[1], '@type': 'text' });
  });

  it('writes "AT&T <b>x</b>" as escaped text of type text', () => {
    expect(feeds.atom).toContain('<title type="text">AT&amp;T &lt;b&gt;x&lt;/b&gt;</title>');
    expect(feeds.atom).not.toContain('type="html"><![CDATA[AT&T');
  });

  it('carries the body as HTML, whole', () => {
    for (const entry of entries) expect(entry.content).toEqual({ '#text': BODY[1], '@type': 'html' });
  });

  it('carries categories with escaped term and label, and author names', () => {
    for (const entry of entries) {
      expect(entry.category).toEqual(plainTags.map((tag) => ({ '@term': tag, '@label': tag })));
      expect(entry.author.map((author: { name: string }) => author.name)).toEqual(plainAuthors);
    }
    expect(feeds.atom).toContain('<category term="&lt;3" label="&lt;3"/>');
  });

  it('links every entry to its article', () => {
    expect(entries.map((entry) => [entry.id, entry.link['@href']])).toEqual(urls.map((url) => [url, url]));
  });

  it('has no forbidden character in any value', () => {
    for (const value of strings(feed)) expect(value).not.toMatch(NOT_XML_TEXT);
  });
});

describe('JSON Feed 1.1 of hostile text', () => {
  const json = JSON.parse(feeds.json);

  it('carries titles, summaries, tags and authors as their plain text, and the body whole', () => {
    expect(json.items.map((item: { title: string }) => item.title)).toEqual(plainTitles);
    for (const item of json.items) {
      expect(item.summary).toBe(DESCRIPTION[1]);
      expect(item.tags).toEqual(plainTags);
      expect(item.authors).toEqual(plainAuthors.map((name) => ({ name })));
      expect(item.content_html).toBe(BODY[1]);
    }
  });

  it('has no forbidden character in any value', () => {
    for (const value of strings(json)) expect(value).not.toMatch(NOT_XML_TEXT);
  });
});

describe('dates and length', () => {
  const updated: FeedArticle = {
    title: 'Updated story',
    permalink: '/2023/06/01/updated/',
    description: 'A summary.',
    html: '<p>Text.</p>',
    authors: ['Jonas Weber'],
    date: '2023-06-01T09:15:00+02:00',
    updated: '2023-06-02T18:00:00+02:00',
    tags: [],
  };
  const dated = buildFeeds(site, [updated, ...articles]);

  it('dates every feed on the article’s own clock: published, and updated when it was', () => {
    const { rss } = xml.parse(dated.rss);
    expect(rss.channel.lastBuildDate).toBe('Fri, 02 Jun 2023 18:00:00 +0200');
    expect(rss.channel.item[0].pubDate).toBe('Thu, 01 Jun 2023 09:15:00 +0200');
    expect(rss.channel.item[1].pubDate).toBe('Tue, 28 Mar 2023 10:00:00 +0100');
    const { feed } = xml.parse(dated.atom);
    expect(feed.updated).toBe('2023-06-02T18:00:00+02:00');
    expect([feed.entry[0].published, feed.entry[0].updated]).toEqual([
      '2023-06-01T09:15:00+02:00',
      '2023-06-02T18:00:00+02:00',
    ]);
    const json = JSON.parse(dated.json);
    expect([json.items[0].date_published, json.items[0].date_modified]).toEqual([
      '2023-06-01T09:15:00+02:00',
      '2023-06-02T18:00:00+02:00',
    ]);
  });

  it.each([site.feedLength, 2])('carries the newest feedLength articles (%i)', (feedLength) => {
    const many = Array.from({ length: feedLength + 3 }, (_, i) => ({
      ...updated,
      permalink: `/2023/06/01/story-${i}/`,
    }));
    const built = buildFeeds({ ...site, feedLength }, many);
    expect(xml.parse(built.rss).rss.channel.item).toHaveLength(feedLength);
    expect(xml.parse(built.atom).feed.entry).toHaveLength(feedLength);
    expect(JSON.parse(built.json).items.at(-1).id).toBe(absoluteUrl(`/2023/06/01/story-${feedLength - 1}/`));
  });

  it('builds well-formed feeds with no article', () => {
    const empty = buildFeeds(site, []);
    expect(wellFormedError(empty.rss)).toBeNull();
    expect(wellFormedError(empty.atom)).toBeNull();
    expect(JSON.parse(empty.json).items).toEqual([]);
  });
});

describe('a lead image', () => {
  const image = {
    url: `${site.url}/_astro/map.abc.jpg`,
    type: 'image/jpeg',
    width: 1200,
    height: 630,
    alt: 'Map of\v<Kalbajar> & "Jamilli"',
  };
  const withImage = buildFeeds(site, [{ ...articles[0]!, image }, articles[1]!]);

  it('is an RSS media:content, an Atom enclosure link and a JSON Feed image, well-formed, on its article only', () => {
    for (const feed of [withImage.rss, withImage.atom]) expect(wellFormedError(feed)).toBeNull();
    const rss = xml.parse(withImage.rss).rss.channel.item;
    expect(rss[0]['media:content']).toMatchObject({
      '@url': image.url,
      '@type': 'image/jpeg',
      '@medium': 'image',
      '@width': '1200',
      '@height': '630',
    });
    expect(rss[0]['media:content']['media:description']['#text']).toBe('Map of <Kalbajar> & "Jamilli"');
    expect(rss[1]['media:content']).toBeUndefined();
    const entries = xml.parse(withImage.atom).feed.entry;
    expect([entries[0].link].flat().find((link: Record<string, string>) => link['@rel'] === 'enclosure')).toMatchObject(
      { '@href': image.url, '@type': 'image/jpeg' },
    );
    expect([entries[1].link].flat().some((link: Record<string, string>) => link['@rel'] === 'enclosure')).toBe(false);
    const items = JSON.parse(withImage.json).items;
    expect(items[0].image).toBe(image.url);
    expect(items[1]).not.toHaveProperty('image');
  });
});
