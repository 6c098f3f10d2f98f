/**
 * The site's indexes, computed once per build from the articles: authors, tags,
 * archive years and months, and each article's neighbours and related articles.
 */
import { type DateGroup, type Group, groupByDate, groupBySlug } from '../lib/listing.ts';
import { type Neighbours, relatedArticles } from '../lib/related.ts';
import { getArticles, type LoadedArticle } from './articles.ts';

interface SiteIndex {
  articles: LoadedArticle[];
  authors: Group<LoadedArticle>[];
  tags: Group<LoadedArticle>[];
  /** Places named in the articles (reader aids), with the articles naming each. */
  places: Group<LoadedArticle>[];
  years: DateGroup<LoadedArticle>[];
  months: DateGroup<LoadedArticle>[];
  neighbours: Map<string, Neighbours<LoadedArticle>>;
}

let building: Promise<SiteIndex> | undefined;

async function build(): Promise<SiteIndex> {
  const articles = await getArticles();
  return {
    articles,
    // Different authors or tags with one slug already failed the content sync (assertDistinctNames,
    // src/loaders/articles-loader.ts). Places come from the text: names with one slug share its page.
    authors: groupBySlug(articles, (article) => article.authors),
    tags: groupBySlug(articles, (article) => article.tags),
    places: groupBySlug(articles, (article) => article.aids.places.map((place) => place.name)),
    ...groupByDate(articles),
    neighbours: relatedArticles(articles),
  };
}

export function getSiteIndex(): Promise<SiteIndex> {
  if (import.meta.env.DEV) return build();
  building ??= build();
  return building;
}
