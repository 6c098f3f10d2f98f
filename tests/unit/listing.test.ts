import { describe, expect, it } from 'vitest';
import { directoryPaths } from '../../src/data/list-paths.ts';
import type { Article } from '../../src/lib/articles.ts';
import {
  archiveTitle,
  assertDistinctNames,
  authorPath,
  findNameClashes,
  groupByDate,
  groupBySlug,
  listPagePath,
  NameClashError,
  paginate,
  placePath,
  tagPath,
} from '../../src/lib/listing.ts';
import { relatedArticles } from '../../src/lib/related.ts';
import { site } from '../../src/site.config.ts';

describe('paginate', () => {
  it('cuts a list into pages that link to each other', () => {
    const pages = paginate([1, 2, 3, 4, 5], '/tags/x/', 2);
    expect(pages.map((p) => [p.number, p.items, p.previous, p.next])).toEqual([
      [1, [1, 2], undefined, '/tags/x/page/2/'],
      [2, [3, 4], '/tags/x/', '/tags/x/page/3/'],
      [3, [5], '/tags/x/page/2/', undefined],
    ]);
    expect(paginate([], '/', 2)).toHaveLength(1);
    expect(listPagePath('/', 1)).toBe('/');
  });
});

describe('groups', () => {
  it('merges spellings of one name under one slug, named by the most frequent spelling', () => {
    const groups = groupBySlug(
      ['a', 'b', 'c'],
      (item) => ({ a: ['Landmines'], b: ['landmines', 'Ukraine'], c: ['Landmines'] })[item]!,
    );
    expect(groups.map((g) => [g.slug, g.name, g.items])).toEqual([
      ['landmines', 'Landmines', ['a', 'b', 'c']],
      ['ukraine', 'Ukraine', ['b']],
    ]);
  });

  it('files articles by year and month on their own clock', () => {
    const { years, months } = groupByDate([
      { date: '2023-01-01T00:30:00+04:00' },
      { date: '2022-12-31T23:00:00-05:00' },
    ]);
    expect(years.map((y) => y.year)).toEqual([2023, 2022]);
    expect(months.map((m) => [m.year, m.month])).toEqual([
      [2023, 1],
      [2022, 12],
    ]);
    expect(archiveTitle(2022, 7)).toBe('July 2022');
  });

  it('pages a directory of many groups, directoryPageSize to a page', () => {
    const groups = Array.from({ length: site.directoryPageSize * 2 + 5 }, (_, i) => ({
      slug: `p${i}`,
      name: `P${i}`,
      items: [] as Article[],
    }));
    const paths = directoryPaths(groups, '/places/', placePath);
    expect(paths.map((p) => [p.params.page, p.props.path, p.props.page.items.length])).toEqual([
      [undefined, '/places/', site.directoryPageSize],
      ['page/2', '/places/page/2/', site.directoryPageSize],
      ['page/3', '/places/page/3/', 5],
    ]);
    expect(paths[0]!.props.page.items[0]).toEqual({ name: 'P0', path: '/places/p0/', count: 0 });
  });
});

describe('a page for every name', () => {
  it('gives non-Latin names and symbol-laden tags pages of their own', () => {
    const articles: Record<string, string[]> = {
      a: ['Иван Петров', 'Мины', '地雷', 'C++'],
      b: ['محمد علي', 'C#', 'C'],
      c: ['Мария Иванова', '❤'],
    };
    const groups = groupBySlug(Object.keys(articles), (item) => articles[item]!);
    expect(Object.fromEntries(groups.map((g) => [g.slug, [g.name, g.items]]))).toEqual({
      'ivan-petrov': ['Иван Петров', ['a']],
      miny: ['Мины', ['a']],
      'di-lei': ['地雷', ['a']],
      'c-plus-plus': ['C++', ['a']],
      'mhmd-aaly': ['محمد علي', ['b']],
      'c-sharp': ['C#', ['b']],
      c: ['C', ['b']],
      'mariya-ivanova': ['Мария Иванова', ['c']],
      'u-2764': ['❤', ['c']],
    });
  });

  it('builds every path from the same slug as the groups', () => {
    expect(authorPath('Иван Петров')).toBe('/authors/ivan-petrov/');
    expect(authorPath('محمد علي')).toBe('/authors/mhmd-aaly/');
    expect(tagPath('C++')).toBe('/tags/c-plus-plus/');
    expect(tagPath('C#')).toBe('/tags/c-sharp/');
    expect(tagPath('地雷')).toBe('/tags/di-lei/');
    expect(placePath('Kəlbəcər')).toBe('/places/kelbecer/');
    expect(placePath('❤')).toBe('/places/u-2764/');
    for (const name of ['Иван Петров', 'C++', '❤', '  ivan   PETROV ']) {
      const [group] = groupBySlug([1], () => [name]);
      expect(authorPath(name)).toBe(`/authors/${group!.slug}/`);
    }
  });

  it('lists an article once under a name it carries in two spellings', () => {
    const groups = groupBySlug(['a', 'b'], (item) => (item === 'a' ? ['Landmines', 'landmines'] : ['LANDMINES']));
    expect(groups.map((g) => [g.slug, g.items])).toEqual([['landmines', ['a', 'b']]]);
  });

  it('merges places whose different names give one slug, named by the most frequent (places never fail the build)', () => {
    const places: Record<string, string[]> = { a: ['Göygöl'], b: ['Goygol'], c: ['Goygol'], d: ['Lachin'] };
    const groups = groupBySlug(['d', 'c', 'b', 'a'], (item) => places[item]!);
    expect(groups.map((g) => [g.slug, g.name, g.items])).toEqual([
      ['goygol', 'Goygol', ['c', 'b', 'a']],
      ['lachin', 'Lachin', ['d']],
    ]);
  });
});

describe('name clashes', () => {
  const article = (filePath: string, authors: string[], tags: string[] = []) => ({ filePath, authors, tags });

  it('finds different names with one slug, but not spellings of one name', () => {
    const items = [
      article('content/articles/a.md', ['Ivan Petrov']),
      article('content/articles/b.md', ['Иван Петров']),
      article('content/articles/c.md', ['ivan  petrov', 'Sabina Mammadli']),
      article('content/articles/d.md', ['SABINA MAMMADLI']),
    ];
    const clashes = findNameClashes(items, (item) => item.authors);
    expect(clashes.map((c) => [c.slug, c.names.map((n) => [n.name, n.items.map((i) => i.filePath)])])).toEqual([
      [
        'ivan-petrov',
        [
          ['Ivan Petrov', ['content/articles/a.md', 'content/articles/c.md']],
          ['Иван Петров', ['content/articles/b.md']],
        ],
      ],
    ]);
  });

  it('fails on two authors that would share a page, naming both names and files', () => {
    const run = () =>
      assertDistinctNames([
        article('content/articles/b.md', ['Иван Петров']),
        article('content/articles/a.md', ['Ivan Petrov']),
      ]);
    expect(run).toThrow(NameClashError);
    expect(run).toThrow(
      'Authors "Ivan Petrov" (content/articles/a.md) and "Иван Петров" (content/articles/b.md) would share /authors/ivan-petrov/: write the name the same way in both articles',
    );
  });

  it('fails on two tags that would share a page, and names every clash at once', () => {
    const run = () =>
      assertDistinctNames([
        article('content/articles/x.md', ['Jonas Weber'], ['C.', 'Mine clearing']),
        article('content/articles/y.md', ['Jonas Weber'], ['C']),
        article('content/articles/z.md', ['Jonas  Weber'], ['c', 'mine-clearing']),
      ]);
    expect(run).toThrow(
      /Tags "C\." \(content\/articles\/x\.md\) and "C" \(content\/articles\/y\.md, content\/articles\/z\.md\) would share \/tags\/c\/: write the tag the same way in every article/,
    );
    expect(run).toThrow(
      /Tags "Mine clearing" \(content\/articles\/x\.md\) and "mine-clearing" \(content\/articles\/z\.md\) would share \/tags\/mine-clearing\/: write the tag the same way in both articles/,
    );
    expect(run).not.toThrow(/Authors/);
  });

  it('keeps long lists of files short', () => {
    const many = Array.from({ length: 6 }, (_, i) => article(`content/articles/${i}.md`, ['C']));
    expect(() => assertDistinctNames([...many, article('content/articles/z.md', ['C.'])])).toThrow(
      'Authors "C" (content/articles/0.md, content/articles/1.md, content/articles/2.md and 3 more) and "C." (content/articles/z.md)',
    );
  });

  it('accepts names that only differ in case, normalization and spacing, and distinct symbols', () => {
    expect(() =>
      assertDistinctNames([
        article('content/articles/a.md', ['José Pérez'], ['C++', 'C#', 'C', 'Мины']),
        article('content/articles/b.md', ['Jose\u0301  PÉREZ'], ['c++', 'c#', 'c', 'МИНЫ']),
      ]),
    ).not.toThrow();
  });
});

describe('relatedArticles', () => {
  const article = (permalink: string, tags: string[], sectionTitles: string[] = []) => ({
    permalink,
    date: '',
    tags,
    sectionTitles,
  });

  it('gives neighbours in time and related articles by shared tags, then shared sections', () => {
    const list = [
      article('/a/', ['mines', 'ukraine'], ['Incident']),
      article('/b/', ['football']),
      article('/c/', ['mines'], ['Incident']),
      article('/d/', [], ['Incident']),
      article('/e/', ['Mines', 'Ukraine']),
    ];
    const related = relatedArticles(list);
    expect(related.get('/c/')?.next?.permalink).toBe('/b/');
    expect(related.get('/c/')?.previous?.permalink).toBe('/d/');
    expect(related.get('/a/')?.related.map((a) => a.permalink)).toEqual(['/e/', '/c/', '/d/']);
    expect(related.get('/b/')?.related).toEqual([]);
  });
});
