import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { pathToFileURL } from 'node:url';
import * as pagefind from 'pagefind';
import { afterAll, describe, expect, it } from 'vitest';
import { searchDocument, valueParts } from '../../src/lib/search-document.ts';
import {
  assignShards,
  documentDigest,
  type SearchPage,
  type ShardKeyContext,
  searchModule,
  shardKey,
} from '../../src/lib/search-shards.ts';

interface ArticleFixture {
  url: string;
  title: string;
  author: string;
  tags: string[];
  text: string;
  related?: string[];
  next?: string;
}

/** An article page laid out as src/layouts/Article.astro lays it out, with what Pagefind reads and what it does not. */
function articlePage(article: ArticleFixture): string {
  const year = article.url.slice(1, 5);
  return [
    `<!DOCTYPE html><html lang="en"><head><meta charset="utf-8"><title>${article.title} | The Dispatch</title>`,
    `<script>document.documentElement.dataset.theme='dark'</script><style>body{color:red}</style></head><body>`,
    `<header class="site-header"><nav><a href="/">The Dispatch</a></nav><form role="search"><input name="q"></form></header>`,
    `<main><article class="article" data-pagefind-filter="year:${year}"><header class="article-header"><h1>${article.title}</h1>`,
    `<div class="article-meta"><p class="meta byline">By <a class="author" href="/authors/x/" data-pagefind-filter="author"><strong>${article.author}</strong></a></p>`,
    `<p class="meta dateline" data-pagefind-meta="dateline"><time datetime="${year}-01-02T10:00:00Z">2 January ${year}</time></p>`,
    `<div class="share-bar"><button>Copy link</button></div></div></header>`,
    `<div class="article-body" data-pagefind-body><p id="p-1">${article.text}</p><h2 id="more">More</h2><p id="p-2">Further text.</p></div>`,
    `<div class="article-end"><footer class="article-footer"><h2>Topics</h2><ul class="tag-list">`,
    ...article.tags.map((tag) => `<li><a rel="tag" href="/tags/${tag}/" data-pagefind-filter="tag">${tag}</a></li>`),
    `</ul><h2>Related</h2><ul>${(article.related ?? []).map((title) => `<li><a href="/x/">${title}</a></li>`).join('')}</ul>`,
    article.next ? `<h2>More news</h2><ul><li>Next: <a rel="next" href="/y/">${article.next}</a></li></ul>` : '',
    `</footer></div></article></main><footer class="site-footer"><p>© The Dispatch</p></footer></body></html>`,
  ].join('');
}

const page = (article: ArticleFixture): SearchPage => ({
  url: article.url,
  digest: documentDigest(searchDocument(articlePage(article))!),
});
const urls = (pages: readonly SearchPage[]) => pages.map((p) => p.url);
const at = (url: string): SearchPage => ({ url, digest: url });

describe('assignShards', () => {
  it('puts each year in a shard of its own, newest year first, whatever the order of the pages', () => {
    const shards = assignShards([at('/2021/05/01/b/'), at('/2023/01/02/c/'), at('/2021/01/01/a/')]);
    expect(shards.map((s) => [s.name, urls(s.pages)])).toEqual([
      ['2023', ['/2023/01/02/c/']],
      ['2021', ['/2021/01/01/a/', '/2021/05/01/b/']],
    ]);
  });

  it('splits a year of more than the limit into runs of the limit, in order of publication', () => {
    const year = ['/2022/01/01/a/', '/2022/02/01/b/', '/2022/03/01/c/', '/2022/04/01/d/', '/2022/05/01/e/'].map(at);
    const shards = assignShards([...year, at('/2020/01/01/z/')], 2);
    expect(shards.map((s) => [s.name, urls(s.pages)])).toEqual([
      ['2022-3', ['/2022/05/01/e/']],
      ['2022-2', ['/2022/03/01/c/', '/2022/04/01/d/']],
      ['2022', ['/2022/01/01/a/', '/2022/02/01/b/']],
      ['2020', ['/2020/01/01/z/']],
    ]);
    expect(Math.max(...shards.map((s) => s.pages.length))).toBe(2);
  });

  it("keeps a year's earlier shards as they were when a new article joins its end", () => {
    const year = ['/2022/01/01/a/', '/2022/02/01/b/', '/2022/03/01/c/'].map(at);
    const before = assignShards(year, 2);
    const after = assignShards([...year, at('/2022/12/31/new/')], 2);
    expect(after.find((s) => s.name === '2022')).toEqual(before.find((s) => s.name === '2022'));
    expect(urls(after.find((s) => s.name === '2022-2')!.pages)).toEqual(['/2022/03/01/c/', '/2022/12/31/new/']);
  });

  it('makes no shard of no pages, and refuses a limit under one and a URL that is not an article', () => {
    expect(assignShards([])).toEqual([]);
    expect(() => assignShards([at('/2022/01/01/a/')], 0)).toThrow(/at least one article/);
    expect(() => assignShards([at('/tags/mines/')])).toThrow(/not an article URL/);
  });
});

describe('shardKey', () => {
  const context: ShardKeyContext = {
    pagefindVersion: '1.6.0',
    settings: { forceLanguage: 'en' },
    code: 'abc',
  };
  const old: ArticleFixture = {
    url: '/2021/03/04/old-story/',
    title: 'Deminers clear the orchard',
    author: 'Ada Quill',
    tags: ['demining'],
    text: 'Teams cleared forty mines from the orchard.',
    related: ['A story from 2020'],
  };
  const keyOf = (...articles: ArticleFixture[]) => shardKey(assignShards(articles.map(page))[0]!, context);

  it("does not change when an old article's related list or its next-story link changes", () => {
    const before = keyOf(old);
    expect(keyOf({ ...old, related: ['A story from 2024', 'Another new story'] })).toBe(before);
    expect(keyOf({ ...old, next: 'The newest story' })).toBe(before);
    // The pages did differ: the key is not blind to the page, it reads only what Pagefind indexes.
    expect(articlePage({ ...old, next: 'The newest story' })).not.toBe(articlePage(old));
  });

  it('changes when the text, the title, an author, a topic or the dateline of an article changes', () => {
    const before = keyOf(old);
    const changed = [
      { ...old, text: 'Teams cleared forty-one mines from the orchard.' },
      { ...old, title: 'Deminers clear the old orchard' },
      { ...old, author: 'Ben Quill' },
      { ...old, tags: ['demining', 'farming'] },
      { ...old, url: '/2021/03/05/old-story/' },
    ];
    for (const article of changed) expect(keyOf(article), JSON.stringify(article)).not.toBe(before);
    const dateline = articlePage(old).replace('2 January 2021', '3 January 2021');
    expect(
      shardKey({ name: '2021', pages: [{ url: old.url, digest: documentDigest(searchDocument(dateline)!) }] }, context),
    ).not.toBe(before);
  });

  it('changes when an article joins the shard', () => {
    expect(keyOf(old, { ...old, url: '/2021/05/06/new-story/', title: 'New story' })).not.toBe(keyOf(old));
  });

  it('changes with the Pagefind version, its settings and the code that reads pages, not with the shard name', () => {
    const shard = assignShards([page(old)])[0]!;
    const before = shardKey(shard, context);
    expect(shardKey(shard, { ...context, pagefindVersion: '1.7.0' })).not.toBe(before);
    expect(shardKey(shard, { ...context, settings: { forceLanguage: 'de' } })).not.toBe(before);
    expect(shardKey(shard, { ...context, code: 'abd' })).not.toBe(before);
    expect(shardKey({ ...shard, name: '2021-2' }, context)).toBe(before);
  });
});

describe('searchDocument', () => {
  it('keeps the body, filters, metadata, title and image, and drops the rest of the page', () => {
    const html = articlePage({
      url: '/2021/03/04/x/',
      title: 'Headline',
      author: 'Ada Quill',
      tags: ['mines'],
      text: 'Body text.',
      related: ['Elsewhere'],
    }).replace(
      '<div class="article-body"',
      '<picture><img src="/lead.jpg" alt="A field"></picture><div class="article-body"',
    );
    const document = searchDocument(html)!;
    for (const kept of [
      'data-pagefind-filter="year:2021"',
      '<h1>Headline</h1>',
      '<strong>Ada Quill</strong>',
      '>mines</a>',
      'data-pagefind-meta="dateline"',
      '<img src="/lead.jpg" alt="A field">',
      '<p id="p-1">Body text.</p>',
      '<footer>',
    ]) {
      expect(document).toContain(kept);
    }
    for (const dropped of [
      'Elsewhere',
      'Copy link',
      'The Dispatch',
      'color:red',
      'dataset.theme',
      'class="author"',
      'href="/tags/mines/"',
    ]) {
      expect(document).not.toContain(dropped);
    }
  });

  it('is undefined for a page without an article body (a redirect)', () => {
    expect(
      searchDocument(
        '<!DOCTYPE html><html><head><meta http-equiv="refresh" content="0;url=/a/"></head><body><a href="/a/">/a/</a></body></html>',
      ),
    ).toBeUndefined();
  });

  it("keeps the page's <title> only when no heading gives a title", () => {
    const withoutHeading = searchDocument(
      '<html><head><title>Page title</title></head><body><div data-pagefind-body><p>x</p></div></body></html>',
    )!;
    expect(withoutHeading).toContain('<title>Page title</title>');
    const withHeading = searchDocument(
      '<html><head><title>Page title</title></head><body><h1>Heading</h1><div data-pagefind-body><p>x</p></div></body></html>',
    )!;
    expect(withHeading).not.toContain('Page title');
  });

  it('drops what data-pagefind-ignore="all" holds, and keeps the attributes a value is read from', () => {
    const document = searchDocument(
      '<html><body><div data-pagefind-ignore="all"><span data-pagefind-filter="author">Hidden</span></div>' +
        '<meta data-pagefind-meta="image[content]" content="/og.png" property="og:image"><div data-pagefind-body><p>x</p></div></body></html>',
    )!;
    expect(document).not.toContain('Hidden');
    expect(document).toContain('<meta data-pagefind-meta="image[content]" content="/og.png">');
  });

  it('splits attribute values as Pagefind does', () => {
    expect(valueParts('author')).toEqual({ fromText: true, attributes: [] });
    expect(valueParts('year:2022')).toEqual({ fromText: false, attributes: [] });
    expect(valueParts('author, year:2022')).toEqual({ fromText: true, attributes: [] });
    expect(valueParts('image[src], image_alt[alt]')).toEqual({ fromText: false, attributes: ['src', 'alt'] });
    expect(valueParts('type:a, b')).toEqual({ fromText: false, attributes: [] });
  });

  it('is indexed by Pagefind exactly as the page it comes from', { timeout: 60_000 }, async () => {
    const pages = [
      {
        url: '/2021/03/04/a/',
        title: 'Orchard cleared',
        author: 'Ada Quill',
        tags: ['demining', 'farming'],
        text: 'Teams cleared forty mines.',
        related: ['Elsewhere'],
      },
      {
        url: '/2021/05/06/b/',
        title: 'Council budget',
        author: 'Ben Quill',
        tags: [],
        text: 'The council met <em>late</em> on Monday.',
        next: 'Orchard cleared',
      },
    ].map((article) => ({ url: article.url, content: articlePage(article) }));
    const indexFiles = async (docs: { url: string; content: string }[]) => {
      try {
        const { index, errors } = await pagefind.createIndex({ forceLanguage: 'en' });
        if (!index) throw new Error(errors.join('; '));
        const metas = [];
        for (const doc of docs) metas.push((await index.addHTMLFile(doc)).file);
        const { files } = await index.getFiles();
        return {
          metas,
          files: Object.fromEntries(files.map((file) => [file.path, Buffer.from(file.content).toString('base64')])),
        };
      } finally {
        await pagefind.close();
      }
    };
    const fromPages = await indexFiles(pages);
    const fromDocuments = await indexFiles(
      pages.map((doc) => ({ url: doc.url, content: searchDocument(doc.content)! })),
    );
    expect(fromDocuments.metas).toEqual(fromPages.metas);
    expect(Object.keys(fromPages.files).some((name) => name.startsWith('filter/'))).toBe(true);
    expect(fromDocuments.files).toEqual(fromPages.files);
  });
});

describe('searchModule', () => {
  const dir = mkdtempSync(path.join(os.tmpdir(), 'search-module-'));
  afterAll(() => rmSync(dir, { recursive: true, force: true }));

  /** A stand-in for a shard's pagefind.js that records what is asked of it. */
  const fakeShard = `export const calls = [];
export async function options(o) { calls.push(['options', o]); }
export async function mergeIndex(path, o) { calls.push(['mergeIndex', path, { ...o }]); }
export async function filters() { calls.push(['filters']); return { year: { '2023': 1 } }; }
export async function search(term, o) { calls.push(['search', term, o]); return { results: ['hit'] }; }
export async function preload(term) { calls.push(['preload', term]); }`;

  async function load(folder: string, shards: string[]) {
    mkdirSync(path.join(dir, folder), { recursive: true });
    for (const name of shards) {
      mkdirSync(path.join(dir, folder, name), { recursive: true });
      writeFileSync(path.join(dir, folder, name, 'pagefind.js'), fakeShard);
    }
    writeFileSync(path.join(dir, folder, 'pagefind.js'), searchModule(shards));
    return import(pathToFileURL(path.join(dir, folder, 'pagefind.js')).href);
  }

  it("merges every other shard into the first one's Pagefind, results below the site's base path", async () => {
    const module = await load('three', ['2023', '2022', '2021']);
    await module.options({ baseUrl: '/news/' });
    expect(await module.search('mines', { filters: { year: '2022' } })).toEqual({ results: ['hit'] });
    expect(await module.filters()).toEqual({ year: { '2023': 1 } });
    const { calls } = await import(pathToFileURL(path.join(dir, 'three', '2023', 'pagefind.js')).href);
    // The folder above the module's folder: `<base>/pagefind/pagefind.js` gives `<base>/`.
    const base = `${dir}/`;
    expect(calls).toEqual([
      ['mergeIndex', `${base}three/2022/`, { baseUrl: base }],
      ['mergeIndex', `${base}three/2021/`, { baseUrl: base }],
      ['options', { baseUrl: '/news/' }],
      ['search', 'mines', { filters: { year: '2022' } }],
      ['filters'],
    ]);
  });

  it('finds nothing, and fails nowhere, on a site without articles', async () => {
    const module = await load('none', []);
    await module.options({ baseUrl: '/' });
    expect((await module.search('mines', {})).results).toEqual([]);
    expect(await module.filters()).toEqual({});
  });
});
