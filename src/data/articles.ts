/**
 * The one place pages get articles from: loads the collection, drops drafts and scheduled
 * articles (dated after the build's "now", each named in the build log) from builds, reads what
 * the Markdown pipeline learned (lead, word count, sections, blocks), derives descriptions,
 * permalinks, tables of contents and reader aids, checks that paths are unique and sorts newest
 * first. Computed once per build and shared by every page.
 */
import { type CollectionEntry, getCollection, render } from 'astro:content';
import type { AidSettings, ReaderAids } from '../lib/aids/index.ts';
import {
  type Article,
  assertUniquePaths,
  isPublished,
  isScheduled,
  sortNewestFirst,
  textFacts,
  toArticle,
} from '../lib/articles.ts';
import { type TocEntry, tableOfContents } from '../lib/toc.ts';
import { buildTime } from '../site.config.ts';
import { readerAids } from './reader-aids.ts';

export interface LoadedArticle extends Article {
  /** The rendered body, for feeds. */
  html: string;
  /** Links to the article's sections. */
  toc: TocEntry[];
  /** Timeline, key figures, quotes and places from the text. */
  aids: ReaderAids;
  entry: CollectionEntry<'articles'>;
}

let loading: Promise<LoadedArticle[]> | undefined;

async function load(): Promise<LoadedArticle[]> {
  const now = buildTime();
  const preview = import.meta.env.DEV;
  const entries = await getCollection('articles', (entry) => {
    if (!preview && !entry.data.draft && isScheduled(entry.data, now)) {
      console.info(`scheduled: ${entry.filePath ?? entry.id} at ${entry.data.date} (left out of this build)`);
    }
    return isPublished(entry.data, { preview, now });
  });
  const articles = await Promise.all(
    entries.map(async (entry) => {
      const { remarkPluginFrontmatter, headings } = await render(entry);
      const filePath = entry.filePath ?? entry.id;
      const facts = textFacts(remarkPluginFrontmatter);
      const article = toArticle({ id: entry.id, filePath, data: entry.data }, facts);
      // Astro logs a Markdown error during content sync and keeps the entry unrendered; a published
      // article must not go out empty.
      if (!entry.rendered) throw new Error(`${filePath}: the article could not be rendered (see the error above)`);
      const { html } = entry.rendered;
      const aids = readerAids(
        filePath,
        facts.paragraphs,
        { published: article.date, timezone: article.timezone },
        entry.data.aids as AidSettings | undefined,
      );
      return { ...article, html, aids, toc: tableOfContents(article.sectionTitles, headings), entry };
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
