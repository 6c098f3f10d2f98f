import { describe, expect, it } from 'vitest';
import { DIRECTORY_PAGE_SIZE, directoryPaths } from '../../src/data/list-paths.ts';
import type { Article } from '../../src/lib/articles.ts';
import { archiveTitle, groupByDate, groupBySlug, listPagePath, paginate, placePath } from '../../src/lib/listing.ts';
import { relatedArticles } from '../../src/lib/related.ts';

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
    const groups = groupBySlug(['a', 'b', 'c'], (item) => ({ a: ['Landmines'], b: ['landmines', 'Ukraine'], c: ['Landmines'] })[item]!);
    expect(groups.map((g) => [g.slug, g.name, g.items])).toEqual([
      ['landmines', 'Landmines', ['a', 'b', 'c']],
      ['ukraine', 'Ukraine', ['b']],
    ]);
  });

  it('files articles by year and month on their own clock', () => {
    const { years, months } = groupByDate([{ date: '2023-01-01T00:30:00+04:00' }, { date: '2022-12-31T23:00:00-05:00' }]);
    expect(years.map((y) => y.year)).toEqual([2023, 2022]);
    expect(months.map((m) => [m.year, m.month])).toEqual([
      [2023, 1],
      [2022, 12],
    ]);
    expect(archiveTitle(2022, 7)).toBe('July 2022');
  });

  it('pages a directory of many groups', () => {
    const groups = Array.from({ length: DIRECTORY_PAGE_SIZE * 2 + 5 }, (_, i) => ({ slug: `p${i}`, name: `P${i}`, items: [] as Article[] }));
    const paths = directoryPaths(groups, '/places/', placePath);
    expect(paths.map((p) => [p.params.page, p.props.path, p.props.page.items.length])).toEqual([
      [undefined, '/places/', DIRECTORY_PAGE_SIZE],
      ['page/2', '/places/page/2/', DIRECTORY_PAGE_SIZE],
      ['page/3', '/places/page/3/', 5],
    ]);
    expect(paths[0]!.props.page.items[0]).toEqual({ name: 'P0', path: '/places/p0/', count: 0 });
  });
});

describe('relatedArticles', () => {
  const article = (permalink: string, tags: string[], sectionTitles: string[] = []) => ({ permalink, date: '', tags, sectionTitles });

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
