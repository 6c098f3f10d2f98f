/**
 * The site's lists: pages of articles (front page, archive by year and month,
 * author and tag pages), and the indexes that group articles by author, tag and
 * date. Plain data in, plain data out.
 */
import { localDateParts } from './dates.ts';
import { slugify } from './articles.ts';

/** Articles per list page: keeps every list page well under 50 KB of HTML. */
export const PAGE_SIZE = 25;

export interface ListPage<T> {
  /** 1-based. */
  number: number;
  count: number;
  items: T[];
  /** Site paths of the neighbouring pages. */
  previous?: string;
  next?: string;
}

/** Site path of page `n` of a list whose first page is at `first` (`/tags/x/` → `/tags/x/page/2/`). */
export function listPagePath(first: string, n: number): string {
  return n <= 1 ? first : `${first}page/${n}/`;
}

/** Cut `items` into pages of `size`; an empty list still has one (empty) page. */
export function paginate<T>(items: readonly T[], first: string, size = PAGE_SIZE): ListPage<T>[] {
  const count = Math.max(1, Math.ceil(items.length / size));
  return Array.from({ length: count }, (_, index) => {
    const number = index + 1;
    return {
      number,
      count,
      items: items.slice(index * size, number * size),
      previous: number > 1 ? listPagePath(first, number - 1) : undefined,
      next: number < count ? listPagePath(first, number + 1) : undefined,
    };
  });
}

export interface Group<T> {
  /** URL segment. */
  slug: string;
  /** What readers see. */
  name: string;
  items: T[];
}

/**
 * Group items under names that may differ in case or accents (`Landmines`,
 * `landmines`, `José Pérez`, `Jose Perez`) by their slug: one page each, named by
 * the most frequent spelling.
 */
export function groupBySlug<T>(items: readonly T[], namesOf: (item: T) => readonly string[]): Group<T>[] {
  const groups = new Map<string, { spellings: Map<string, number>; items: T[] }>();
  for (const item of items) {
    for (const name of new Set(namesOf(item))) {
      const slug = slugify(name) || 'untitled';
      const group = groups.get(slug) ?? { spellings: new Map<string, number>(), items: [] as T[] };
      group.spellings.set(name, (group.spellings.get(name) ?? 0) + 1);
      group.items.push(item);
      groups.set(slug, group);
    }
  }
  return [...groups]
    .map(([slug, { spellings, items: members }]) => ({
      slug,
      name: [...spellings].sort((a, b) => b[1] - a[1] || a[0].localeCompare(b[0]))[0]![0],
      items: members,
    }))
    .sort((a, b) => a.name.localeCompare(b.name, 'en', { sensitivity: 'base' }) || a.slug.localeCompare(b.slug));
}

/** Site path of an author's page. */
export function authorPath(name: string): string {
  return `/authors/${slugify(name) || 'untitled'}/`;
}

/** Site path of a place's page (articles that name it). */
export function placePath(place: string): string {
  return `/places/${slugify(place) || 'untitled'}/`;
}

/** Site path of a tag's page. */
export function tagPath(tag: string): string {
  return `/tags/${slugify(tag) || 'untitled'}/`;
}

export interface DateGroup<T> {
  year: number;
  /** 1–12; absent for a year group. */
  month?: number;
  items: T[];
}

/** Group by publication year and by year-month, on each article's own clock; newest first. */
export function groupByDate<T extends { date: string }>(items: readonly T[]): { years: DateGroup<T>[]; months: DateGroup<T>[] } {
  const years = new Map<number, T[]>();
  const months = new Map<string, { year: number; month: number; items: T[] }>();
  for (const item of items) {
    const { year, month } = localDateParts(item.date);
    years.set(year, [...(years.get(year) ?? []), item]);
    const key = `${year}-${month}`;
    const group = months.get(key) ?? { year, month, items: [] };
    group.items.push(item);
    months.set(key, group);
  }
  return {
    years: [...years].map(([year, members]) => ({ year, items: members })).sort((a, b) => b.year - a.year),
    months: [...months.values()].sort((a, b) => b.year - a.year || b.month - a.month),
  };
}

/** `/2022/`, `/2022/07/`. */
export function archivePath(year: number, month?: number): string {
  return month === undefined ? `/${year}/` : `/${year}/${String(month).padStart(2, '0')}/`;
}

const MONTH_NAME = new Intl.DateTimeFormat('en-GB', { month: 'long', timeZone: 'UTC' });

/** `July 2022`, `2022`. */
export function archiveTitle(year: number, month?: number): string {
  if (month === undefined) return String(year);
  return `${MONTH_NAME.format(Date.UTC(year, month - 1, 15))} ${year}`;
}
