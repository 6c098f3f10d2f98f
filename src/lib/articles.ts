/**
 * Articles as the pages see them, made from checked frontmatter. Plain data in,
 * plain data out: the Astro side (`src/data/articles.ts`) does the loading.
 */
import type { ImageMetadata } from 'astro';
import { site } from '../site.config.ts';
import type { Paragraph } from './aids/index.ts';
import type { ArticleFrontmatter, ArticleImage } from './article-schema.ts';
import { articlePermalink, findPermalinkCollisions, slugFromPath, slugProblem } from './permalinks.ts';
import { slugify } from './slugs.ts';
import { truncateAtWord } from './text.ts';

/** What the Markdown pipeline learned from the text (see `src/markdown/`). */
interface TextFacts {
  /** Plain text of the first paragraph. */
  lead: string;
  wordCount: number;
  /** Titles of the article's sections, in order (derived or written by the author). */
  sectionTitles: string[];
  /** The top-level blocks' anchors and plain text (remark-block-ids). */
  paragraphs: Paragraph[];
}

/** Read the facts out of Astro's `remarkPluginFrontmatter`, tolerating their absence. */
export function textFacts(frontmatter: Record<string, unknown>): TextFacts {
  const outline = Array.isArray(frontmatter.outline) ? (frontmatter.outline as { title?: unknown }[]) : [];
  return {
    lead: typeof frontmatter.lead === 'string' ? frontmatter.lead : '',
    wordCount: typeof frontmatter.wordCount === 'number' ? frontmatter.wordCount : 0,
    sectionTitles: outline
      .map((section) => section.title)
      .filter((title): title is string => typeof title === 'string'),
    paragraphs: Array.isArray(frontmatter.paragraphs) ? (frontmatter.paragraphs as Paragraph[]) : [],
  };
}

/**
 * A lead image as pages get it: the picture Astro imported from beside the article (a type only:
 * this module needs no Astro at run time), its alt text, caption and credit.
 */
export type LeadImage = ArticleImage<ImageMetadata>;

export interface Article
  extends Omit<ArticleFrontmatter<ImageMetadata>, 'slug' | 'description' | 'sections' | 'aids'>,
    Omit<TextFacts, 'lead' | 'paragraphs'> {
  /** Content entry id (the file path below the collection, without extension). */
  id: string;
  /** Source file, relative to the project root. */
  filePath: string;
  slug: string;
  /** Site path, `/YYYY/MM/DD/slug/`. */
  permalink: string;
  /** The editor's description, or the first paragraph cut at a word. */
  description: string;
}

class ArticleError extends Error {
  override name = 'ArticleError';
}

/** Where an article lives: its slug (explicit, else from the file name) and permalink. */
export function articleAddress(
  data: Pick<ArticleFrontmatter, 'slug' | 'date'>,
  filePath: string,
): { slug: string; permalink: string } {
  const slug = data.slug ?? slugify(slugFromPath(filePath));
  const problem = slugProblem(slug);
  if (problem) {
    const fix = 'add a "slug" field such as "mine-blast-in-kalbajar"';
    throw new ArticleError(
      data.slug === undefined
        ? `${filePath}: slug: the file name gives no usable slug (${problem}); ${fix}`
        : `${filePath}: slug: ${problem}`,
    );
  }
  return { slug, permalink: articlePermalink(data.date, slug) };
}

/**
 * The article of a content entry. Without an editor's description, it is the first paragraph cut at
 * a word within `descriptionMax` characters (the site's `descriptionMaxLength`).
 */
export function toArticle(
  entry: { id: string; filePath: string; data: ArticleFrontmatter<ImageMetadata> },
  { lead, paragraphs: _paragraphs, ...facts }: TextFacts,
  descriptionMax = site.descriptionMaxLength,
): Article {
  const { slug: _slug, description, sections: _sections, aids: _aids, ...data } = entry.data;
  return {
    ...data,
    ...facts,
    id: entry.id,
    filePath: entry.filePath,
    ...articleAddress(entry.data, entry.filePath),
    description: description ?? truncateAtWord(lead, descriptionMax),
  };
}

/** Newest first by instant; ties by permalink so the order never depends on the file system. */
export function sortNewestFirst<T extends { date: string; permalink: string }>(articles: readonly T[]): T[] {
  return [...articles].sort(
    (a, b) => Date.parse(b.date) - Date.parse(a.date) || a.permalink.localeCompare(b.permalink),
  );
}

/**
 * Throw, naming every file involved, when two articles would be written to one
 * path: two permalinks, a permalink and an old path (`aliases`), or two old paths.
 */
export function assertUniquePaths(
  articles: readonly { permalink: string; filePath: string; aliases?: readonly string[] }[],
): void {
  const claims = articles.flatMap(({ permalink, filePath, aliases = [] }) => [
    { permalink, filePath },
    ...aliases.map((alias) => ({ permalink: alias, filePath: `${filePath} (aliases)` })),
  ]);
  const collisions = findPermalinkCollisions(claims);
  if (collisions.length === 0) return;
  throw new ArticleError(
    collisions
      .map(
        ([path, files]) =>
          `Articles share the path ${path}: ${files.join(' and ')} (change a "slug" or remove the alias)`,
      )
      .join('\n'),
  );
}

/**
 * An article dated after the build's "now" (`buildTime()`: `SOURCE_DATE_EPOCH`, else the clock) is
 * scheduled: a newsroom writes tomorrow's story today, and the first build after its time publishes
 * it.
 */
export function isScheduled(article: { date: string }, now: Date): boolean {
  return Date.parse(article.date) > now.getTime();
}

/**
 * Drafts and scheduled articles are shown while editing (`npm run dev`, `preview: true`), and left
 * out of a build: no page, list, feed or sitemap has them.
 */
export function isPublished(
  article: { draft: boolean; date: string },
  { preview, now }: { preview: boolean; now: Date },
): boolean {
  return preview || (!article.draft && !isScheduled(article, now));
}
