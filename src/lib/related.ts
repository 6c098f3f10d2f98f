/**
 * Articles to read next: the chronological neighbours, and a few related
 * articles that share tags (weighed most) or section titles with this one.
 *
 * Candidates come from the articles sharing a tag plus the nearest articles in
 * time, so the work per article stays bounded on a site with many thousands.
 */
import { site } from '../site.config.ts';

interface RelatableArticle {
  permalink: string;
  date: string;
  tags: readonly string[];
  sectionTitles: readonly string[];
}

/** Nearest articles in time considered besides those sharing a tag. */
const TIME_WINDOW = 40;
/** Articles per tag considered: the most recent ones; very broad tags say little about relatedness. */
const PER_TAG = 200;

export interface Neighbours<T> {
  /** Newer article. */
  next?: T;
  /** Older article. */
  previous?: T;
  related: T[];
}

/**
 * For articles sorted newest first: each one's neighbours and up to `count` (the site's
 * `relatedCount`) related articles, by permalink.
 */
export function relatedArticles<T extends RelatableArticle>(
  newestFirst: readonly T[],
  count = site.relatedCount,
): Map<string, Neighbours<T>> {
  // Every article is scored against hundreds of candidates: normalise each one's tags and
  // sections once, not once per comparison.
  const tagSets = newestFirst.map((article) => new Set(article.tags.map((tag) => tag.toLowerCase())));
  const sectionSets = newestFirst.map((article) => new Set(article.sectionTitles));
  const byTag = new Map<string, number[]>();
  tagSets.forEach((tags, index) => {
    for (const tag of tags) {
      const list = byTag.get(tag) ?? [];
      if (list.length < PER_TAG) list.push(index);
      byTag.set(tag, list);
    }
  });

  const result = new Map<string, Neighbours<T>>();
  newestFirst.forEach((article, index) => {
    const tags = tagSets[index]!;
    const sections = sectionSets[index]!;
    const candidates = new Set<number>();
    for (const tag of tags) for (const other of byTag.get(tag) ?? []) candidates.add(other);
    for (let i = Math.max(0, index - TIME_WINDOW); i <= Math.min(newestFirst.length - 1, index + TIME_WINDOW); i++)
      candidates.add(i);
    candidates.delete(index);

    const best: Scored[] = [];
    for (const other of candidates) {
      const score = 2 * sharedCount(tags, tagSets[other]!) + sharedCount(sections, sectionSets[other]!);
      if (score > 0) keepBest(best, { other, score, distance: Math.abs(other - index) }, count);
    }

    result.set(article.permalink, {
      next: newestFirst[index - 1],
      previous: newestFirst[index + 1],
      related: best.map(({ other }) => newestFirst[other]!),
    });
  });
  return result;
}

interface Scored {
  other: number;
  score: number;
  distance: number;
}

/** Higher score first, then nearer in time, then newer. */
function ranksBefore(a: Scored, b: Scored): boolean {
  return a.score !== b.score
    ? a.score > b.score
    : a.distance !== b.distance
      ? a.distance < b.distance
      : a.other < b.other;
}

/** Insert `item` into `best` (kept in rank order, at most `count` long). */
function keepBest(best: Scored[], item: Scored, count: number): void {
  let at = best.length;
  while (at > 0 && ranksBefore(item, best[at - 1]!)) at--;
  if (at >= count) return;
  best.splice(at, 0, item);
  if (best.length > count) best.pop();
}

function sharedCount(mine: ReadonlySet<string>, theirs: ReadonlySet<string>): number {
  let shared = 0;
  for (const value of mine) if (theirs.has(value)) shared++;
  return shared;
}
