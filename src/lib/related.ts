/**
 * Articles to read next: the chronological neighbours, and a few related
 * articles that share tags (weighed most) or section titles with this one.
 *
 * Candidates come from the articles sharing a tag plus the nearest articles in
 * time, so the work per article stays bounded on a site with many thousands.
 */

export interface RelatableArticle {
  permalink: string;
  date: string;
  tags: readonly string[];
  sectionTitles: readonly string[];
}

/** How many related articles an article page shows. */
export const RELATED_COUNT = 3;
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

/** For articles sorted newest first: each one's neighbours and related articles, by permalink. */
export function relatedArticles<T extends RelatableArticle>(newestFirst: readonly T[], count = RELATED_COUNT): Map<string, Neighbours<T>> {
  const byTag = new Map<string, number[]>();
  newestFirst.forEach((article, index) => {
    for (const tag of new Set(article.tags.map((t) => t.toLowerCase()))) {
      const list = byTag.get(tag) ?? [];
      if (list.length < PER_TAG) list.push(index);
      byTag.set(tag, list);
    }
  });

  const result = new Map<string, Neighbours<T>>();
  newestFirst.forEach((article, index) => {
    const tags = new Set(article.tags.map((t) => t.toLowerCase()));
    const sections = new Set(article.sectionTitles);
    const candidates = new Set<number>();
    for (const tag of tags) for (const other of byTag.get(tag) ?? []) candidates.add(other);
    for (let i = Math.max(0, index - TIME_WINDOW); i <= Math.min(newestFirst.length - 1, index + TIME_WINDOW); i++) candidates.add(i);
    candidates.delete(index);

    const scored = [...candidates]
      .map((other) => {
        const candidate = newestFirst[other]!;
        const sharedTags = candidate.tags.filter((t) => tags.has(t.toLowerCase())).length;
        const sharedSections = candidate.sectionTitles.filter((s) => sections.has(s)).length;
        return { other, score: 2 * sharedTags + sharedSections, distance: Math.abs(other - index) };
      })
      .filter(({ score }) => score > 0)
      .sort((a, b) => b.score - a.score || a.distance - b.distance || a.other - b.other);

    result.set(article.permalink, {
      next: newestFirst[index - 1],
      previous: newestFirst[index + 1],
      related: scored.slice(0, count).map(({ other }) => newestFirst[other]!),
    });
  });
  return result;
}
