/**
 * The one place pages get articles from: loads the collection, drops drafts from
 * builds, derives descriptions and permalinks, checks permalinks are unique and
 * sorts newest first. Computed once per build and shared by every page.
 */
import { getCollection, render, type CollectionEntry } from 'astro:content';
import { tableOfContents, type TocEntry } from '../lib/toc.ts';
import { assertUniquePaths, isPublished, sortNewestFirst, textFacts, toArticle, type Article } from '../lib/articles.ts';

export type { Article };

export interface LoadedArticle extends Article {
  /** The rendered body, for feeds. */
  html: string;
  /** Links to the article's sections. */
  toc: TocEntry[];
  entry: CollectionEntry<'articles'>;
}

let loading: Promise<LoadedArticle[]> | undefined;

async function load(): Promise<LoadedArticle[]> {
  const entries = await getCollection('articles', (entry) => isPublished(entry.data, import.meta.env.DEV));
  const articles = await Promise.all(
    entries.map(async (entry) => {
      const { remarkPluginFrontmatter, headings } = await render(entry);
      const filePath = entry.filePath ?? entry.id;
      const article = toArticle({ id: entry.id, filePath, data: entry.data }, textFacts(remarkPluginFrontmatter));
      const html = entry.rendered?.html ?? '';
      // Astro logs a Markdown error during content sync and keeps going; a published article must not be empty.
      if (!html && entry.body?.trim()) throw new Error(`${filePath}: the article could not be rendered (see the error above)`);
      return { ...article, html, toc: tableOfContents(article.sectionTitles, headings), entry };
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
