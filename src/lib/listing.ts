/**
 * The site's lists: pages of articles (front page, archive by year and month,
 * author and tag pages), and the indexes that group articles by author, tag and
 * date. Plain data in, plain data out.
 */
import { site } from '../site.config.ts';
import { formatMonth, localDateParts } from './dates.ts';
import { nameKey, nameSlug } from './slugs.ts';

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

/** Cut `items` into pages of `size` (the site's `pageSize`); an empty list still has one (empty) page. */
export function paginate<T>(items: readonly T[], first: string, size = site.pageSize): ListPage<T>[] {
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
 * Group items under the slug of each of their names: one page per slug, named by the
 * most frequent spelling (ties: the first in alphabetical order). Spellings of one name
 * (`Landmines`, `landmines`, see `nameKey`) meet on one page, and an item that carries
 * two of them is listed once.
 *
 * Different names with one slug are merged here too. Authors and tags never get that
 * far: `assertDistinctNames` fails the build on them, during content sync. Places are
 * merged on purpose: they come from the text, not from an editor who could fix a
 * spelling, and names that give one slug (`Göygöl`, `Goygol`) are nearly always one
 * place. A suffix (`-2`) instead would depend on which other names
 * exist, so a new article could move an old page's URL; a merge never does.
 *
 * Groups come in the alphabetical order of the site's language.
 */
export function groupBySlug<T>(items: readonly T[], namesOf: (item: T) => readonly string[]): Group<T>[] {
  const groups = new Map<string, { spellings: Map<string, number>; items: T[] }>();
  for (const item of items) {
    const slugs = new Set<string>();
    for (const name of namesOf(item)) {
      const slug = nameSlug(name);
      const group = groups.get(slug) ?? { spellings: new Map<string, number>(), items: [] as T[] };
      group.spellings.set(name, (group.spellings.get(name) ?? 0) + 1);
      if (!slugs.has(slug)) group.items.push(item);
      slugs.add(slug);
      groups.set(slug, group);
    }
  }
  return [...groups]
    .map(([slug, { spellings, items: members }]) => ({
      slug,
      name: [...spellings].sort((a, b) => b[1] - a[1] || a[0].localeCompare(b[0]))[0]![0],
      items: members,
    }))
    .sort(
      (a, b) => a.name.localeCompare(b.name, site.language, { sensitivity: 'base' }) || a.slug.localeCompare(b.slug),
    );
}

/** Two or more different names (not spellings of one, see `nameKey`) that give one slug. */
interface NameClash<T> {
  slug: string;
  /** Each name, as first written, with the items that carry it (any spelling). */
  names: { name: string; items: T[] }[];
}

/** The slugs that different names would share, in slug order; names in the order they first appear. */
export function findNameClashes<T>(items: readonly T[], namesOf: (item: T) => readonly string[]): NameClash<T>[] {
  const bySlug = new Map<string, Map<string, { name: string; items: T[] }>>();
  for (const item of items) {
    for (const name of namesOf(item)) {
      const slug = nameSlug(name);
      const names = bySlug.get(slug) ?? new Map<string, { name: string; items: T[] }>();
      const key = nameKey(name);
      const entry = names.get(key) ?? { name, items: [] as T[] };
      if (entry.items.at(-1) !== item) entry.items.push(item);
      names.set(key, entry);
      bySlug.set(slug, names);
    }
  }
  return [...bySlug]
    .filter(([, names]) => names.size > 1)
    .map(([slug, names]) => ({ slug, names: [...names.values()] }))
    .sort((a, b) => a.slug.localeCompare(b.slug));
}

export class NameClashError extends Error {
  override name = 'NameClashError';
}

/** Files named in a clash message per name: enough to find them, short enough to read. */
const FILES_PER_NAME = 3;

function clashMessage(
  clash: NameClash<{ filePath: string }>,
  { label, noun, pathOf }: { label: string; noun: string; pathOf: (name: string) => string },
): string {
  const described = clash.names
    .map(({ name, items }) => ({ name, files: [...new Set(items.map((item) => item.filePath))].sort() }))
    .sort((a, b) => a.files[0]!.localeCompare(b.files[0]!) || a.name.localeCompare(b.name))
    .map(({ name, files }) => {
      const more = files.length > FILES_PER_NAME ? ` and ${files.length - FILES_PER_NAME} more` : '';
      return `"${name}" (${files.slice(0, FILES_PER_NAME).join(', ')}${more})`;
    });
  const names = `${described.slice(0, -1).join(', ')} and ${described.at(-1)}`;
  const files = new Set(clash.names.flatMap(({ items }) => items.map((item) => item.filePath)));
  const where = files.size === 2 ? 'in both articles' : 'in every article';
  return `${label} ${names} would share ${pathOf(clash.names[0]!.name)}: write the ${noun} the same way ${where}`;
}

/**
 * Throw, naming every name and its files, when different authors or different tags would
 * share one page (`Ivan Petrov` and `Иван Петров` both give `/authors/ivan-petrov/`).
 * Spellings of one name (`nameKey`) are not a clash. Failing is kinder than a suffix
 * (`ivan-petrov-2`), which would depend on which names exist and move URLs as articles arrive.
 */
export function assertDistinctNames(
  articles: readonly { filePath: string; authors: readonly string[]; tags: readonly string[] }[],
): void {
  const problems = [
    ...findNameClashes(articles, (article) => article.authors).map((clash) =>
      clashMessage(clash, { label: 'Authors', noun: 'name', pathOf: authorPath }),
    ),
    ...findNameClashes(articles, (article) => article.tags).map((clash) =>
      clashMessage(clash, { label: 'Tags', noun: 'tag', pathOf: tagPath }),
    ),
  ];
  if (problems.length > 0) throw new NameClashError(problems.join('\n'));
}

/** Site path of an author's page. */
export function authorPath(name: string): string {
  return `/authors/${nameSlug(name)}/`;
}

/** Site path of a place's page (articles that name it). */
export function placePath(place: string): string {
  return `/places/${nameSlug(place)}/`;
}

/** Site path of a tag's page. */
export function tagPath(tag: string): string {
  return `/tags/${nameSlug(tag)}/`;
}

export interface DateGroup<T> {
  year: number;
  /** 1–12; absent for a year group. */
  month?: number;
  items: T[];
}

/** Group by publication year and by year-month, on each article's own clock; newest first. */
export function groupByDate<T extends { date: string }>(
  items: readonly T[],
): { years: DateGroup<T>[]; months: DateGroup<T>[] } {
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

/** `July 2022`, `2022`. */
export function archiveTitle(year: number, month?: number): string {
  return month === undefined ? String(year) : formatMonth(year, month);
}
