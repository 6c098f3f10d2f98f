/**
 * The articles loader: Astro's glob loader, with two changes that protect dates
 * and make bad input easy to fix.
 *
 * - Frontmatter is validated from YAML read without the timestamp type, so a date
 *   reaches the schema as the editor typed it. (Astro's YAML turns an unquoted
 *   `2023-09-24T09:15:00` into 09:15 UTC and drops any written offset, which would
 *   shift the article's time silently.)
 * - Entry ids are file paths, not slugs: two articles may share a slug on different
 *   days. Two published articles with one permalink fail the sync, naming both files,
 *   before any page is written; so do two different author names or tags that would
 *   share one page (`Ivan Petrov`, `Иван Петров` → `/authors/ivan-petrov/`).
 * - A schema failure names the file, relative to the project, then each field. So does a lead
 *   image (`image.src`) that is missing, not a picture, or under 1200 px wide (`lib/lead-image.ts`):
 *   Astro's `image()` only records the path, and would fail later without naming the field.
 * - Every file in the folder is built or fails the build, named (`lib/content-files.ts`): Astro's
 *   glob loader would skip a `.markdown` file, a name with `#`, or read Latin-1 bytes as "�", and
 *   still exit 0.
 * - Astro keeps rendered articles between builds (`node_modules/.astro`) and renders again only
 *   the files whose text changed: it does not notice a change to the Markdown pipeline (our
 *   plugins, the section kinds, the sanitizer schema), and would go on serving HTML made by the
 *   old code. A digest of that code is kept with the articles; when it changes, every article is
 *   rendered again.
 */
import { existsSync } from 'node:fs';
import { readdir, readFile } from 'node:fs/promises';
import { join, relative } from 'node:path';
import { fileURLToPath } from 'node:url';
import type { Loader, LoaderContext, ParseDataOptions } from 'astro/loaders';
import { glob } from 'astro/loaders';
import type { ArticleFrontmatter } from '../lib/article-schema.ts';
import { articleAddress, assertUniquePaths } from '../lib/articles.ts';
import { codeDigest } from '../lib/code-digest.ts';
import {
  ARTICLE_EXTENSION,
  ARTICLES_FOLDER,
  assertArticleHasText,
  assertBuildableContentFiles,
  decodeArticleText,
} from '../lib/content-files.ts';
import { articleBody, parseFrontmatterText } from '../lib/frontmatter.ts';
import { leadImageFileProblem, type ReadDimensions } from '../lib/lead-image.ts';
import { assertDistinctNames } from '../lib/listing.ts';

interface ArticlesLoaderOptions {
  /** Folder holding the articles, relative to the project root. Default `ARTICLES_FOLDER` (`content/articles`). */
  base?: string;
  /** Which files are articles, relative to `base`. Default every Markdown file at any depth. */
  pattern?: string | string[];
}

class ArticleFrontmatterError extends Error {
  override name = 'ArticleFrontmatterError';
}

export function articlesLoader({
  base = ARTICLES_FOLDER,
  pattern = `**/*${ARTICLE_EXTENSION}`,
}: ArticlesLoaderOptions = {}): Loader {
  // retainBody: false: pages use the rendered HTML and the text facts, never the Markdown, which
  // would otherwise sit in the content store that Astro bundles into the build, beside the HTML.
  const inner = glob({
    base,
    pattern,
    retainBody: false,
    generateId: ({ entry }) => entry.slice(0, -ARTICLE_EXTENSION.length),
  });
  return {
    name: 'articles-loader',
    load: async (context: LoaderContext) => {
      const folder = fileURLToPath(new URL(base, context.config.root));
      const files = existsSync(folder)
        ? (await readdir(folder, { recursive: true, withFileTypes: true })).filter((entry) => entry.isFile())
        : [];
      assertBuildableContentFiles(
        files.map((entry) => relative(folder, join(entry.parentPath, entry.name))),
        base,
      );
      const pipeline = await markdownPipelineDigest(context.config);
      const previous = context.meta.get(PIPELINE_DIGEST_KEY);
      if (previous !== pipeline) {
        if (previous !== undefined) context.logger.info('the Markdown pipeline changed: rendering every article again');
        context.store.clear();
        context.meta.set(PIPELINE_DIGEST_KEY, pipeline);
      }
      await withFileInYamlErrors(context, () =>
        inner.load({
          ...context,
          parseData: async <TData extends Record<string, unknown>>(props: ParseDataOptions<TData>): Promise<TData> => {
            const file = props.filePath ? relative(fileURLToPath(context.config.root), props.filePath) : props.id;
            const text = props.filePath ? decodeArticleText(await readFile(props.filePath), file) : undefined;
            let parsed: TData;
            try {
              const data = text === undefined ? props.data : parseFrontmatterText(text);
              parsed = await context.parseData({ ...props, data: data as typeof props.data });
            } catch (error) {
              const detail = error instanceof Error ? error.message : String(error);
              // Astro words it as "**collection → id** …" then one "  **field**: message" line per issue.
              const fields = [...detail.matchAll(/^\s+\*\*(.*?)\*\*: (.*)$/gm)].map(([, field, message]) =>
                field ? `  ${field}: ${message}` : `  ${message}`,
              );
              throw new ArticleFrontmatterError(
                `Invalid frontmatter in ${file}:\n${fields.length ? fields.join('\n') : detail}`,
              );
            }
            if (text !== undefined && parsed.draft !== true) assertArticleHasText(articleBody(text), file);
            const imageSrc = (props.data as { image?: { src?: unknown } }).image?.src;
            if (props.filePath && parsed.image !== undefined && typeof imageSrc === 'string') {
              const problem = await leadImageFileProblem(imageSrc.trim(), props.filePath, readImageDimensions);
              if (problem)
                throw new ArticleFrontmatterError(`Invalid frontmatter in ${file}:\n  image.src: ${problem}`);
            }
            return parsed;
          },
        }),
      );
      // Astro logs a Markdown error (an unclosed <style>, an external image, a bad `sections` pin) and
      // keeps the entry without HTML, which would build an empty page; and it would keep that entry
      // in its cache, so the next build would not say why. Drop such entries and fail here, before
      // any page is written.
      const unrendered = [...context.store.values()].filter(
        (entry) => !entry.rendered && !(entry.data as ArticleFrontmatter).draft,
      );
      if (unrendered.length > 0) {
        for (const entry of unrendered) context.store.delete(entry.id);
        const files = unrendered.map((entry) => `  ${entry.filePath ?? entry.id}`).join('\n');
        throw new Error(`Articles that could not be rendered (the reason is logged above each):\n${files}`);
      }
      // Checked here, during content sync, so a clash fails the build before any page is written:
      // two articles on one path, or two different authors or tags on one page.
      const published = [...context.store.values()]
        .map((entry) => ({ data: entry.data as ArticleFrontmatter, filePath: entry.filePath ?? entry.id }))
        .filter(({ data }) => !data.draft);
      assertUniquePaths(
        published.map(({ data, filePath }) => ({
          filePath,
          aliases: data.aliases,
          permalink: articleAddress(data, filePath).permalink,
        })),
      );
      assertDistinctNames(
        published.map(({ data, filePath }) => ({ filePath, authors: data.authors, tags: data.tags })),
      );
    },
  };
}

/** Width and height of an image file, read by sharp (the library Astro's image service uses). */
const readImageDimensions: ReadDimensions = async (file) => {
  const { default: sharp } = await import('sharp');
  const { width, height, autoOrient } = await sharp(file).metadata();
  // A photo turned by its EXIF orientation is shown (and cropped) upright.
  return { width: autoOrient?.width ?? width, height: autoOrient?.height ?? height };
};

const PIPELINE_DIGEST_KEY = 'markdown-pipeline-digest';
/**
 * A digest of the code that turns an article's Markdown into its HTML and facts: the Astro config
 * (which plugins, in which order, with which options), every module in `src/markdown/`, the project
 * modules those import, followed to the end, and the versions of the packages they use.
 */
async function markdownPipelineDigest(config: { root: URL; srcDir: URL }): Promise<string> {
  const markdownDir = fileURLToPath(new URL('markdown/', config.srcDir));
  const root = fileURLToPath(config.root);
  const entries = (await readdir(markdownDir, { recursive: true }))
    .filter((file) => /\.(ts|js|mjs)$/.test(file))
    .map((file) => join(markdownDir, file));
  return codeDigest([join(root, 'astro.config.mjs'), ...entries], root);
}

/** Astro reports broken YAML with the file only in a location field; put it in the message. */
async function withFileInYamlErrors(context: LoaderContext, load: () => Promise<void>): Promise<void> {
  try {
    await load();
  } catch (error) {
    const loc = (error as { loc?: { file?: string; line?: number } }).loc;
    if (error instanceof Error && loc?.file && !(error instanceof ArticleFrontmatterError)) {
      const file = relative(fileURLToPath(context.config.root), loc.file);
      throw new ArticleFrontmatterError(
        `Invalid frontmatter in ${file}${loc.line !== undefined ? ` near line ${loc.line + 1}` : ''}: the YAML between the --- lines does not parse: ${error.message}`,
        { cause: error },
      );
    }
    throw error;
  }
}
