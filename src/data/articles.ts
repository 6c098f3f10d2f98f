/**
 * The one place pages get articles from: loads the collection, drops drafts from
 * builds, derives descriptions and permalinks, checks permalinks are unique and
 * sorts newest first. Computed once per build and shared by every page.
 */
import { getCollection, render, type CollectionEntry } from 'astro:content';
import { assertUniquePaths, isPublished, sortNewestFirst, toArticle, type Article } from '../lib/articles.ts';

export type { Article };

export interface LoadedArticle extends Article {
  entry: CollectionEntry<'articles'>;
}

let loading: Promise<LoadedArticle[]> | undefined;

async function load(): Promise<LoadedArticle[]> {
  const entries = await getCollection('articles', (entry) => isPublished(entry.data, import.meta.env.DEV));
  const articles = await Promise.all(
    entries.map(async (entry) => {
      const { remarkPluginFrontmatter } = await render(entry);
      const lead = typeof remarkPluginFrontmatter.lead === 'string' ? remarkPluginFrontmatter.lead : '';
      return { ...toArticle({ id: entry.id, filePath: entry.filePath ?? entry.id, data: entry.data }, lead), entry };
    }),
  );
  assertUniquePaths(articles);
  return sortNewestFirst(articles);
}

/** Every published article, newest first. */
export function getArticles(): Promise<LoadedArticle[]> {
  // Memoized for builds only, so `npm run dev` sees edits.
  if (import.meta.env.DEV) return load();
  loading ??= load();
  return loading;
}
