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
 *   before any page is written.
 * - A schema failure names the file, relative to the project, then each field.
 * - Astro keeps rendered articles between builds (`node_modules/.astro`) and renders again only
 *   the files whose text changed: it does not notice a change to the Markdown pipeline (our
 *   plugins, the section kinds, the sanitizer schema), and would go on serving HTML made by the
 *   old code. A digest of that code is kept with the articles; when it changes, every article is
 *   rendered again.
 */
import { readdir, readFile } from 'node:fs/promises';
import { join, relative } from 'node:path';
import { fileURLToPath } from 'node:url';
import type { Loader, LoaderContext } from 'astro/loaders';
import { glob } from 'astro/loaders';
import yaml from 'js-yaml';
import type { ArticleFrontmatter } from '../lib/article-schema.ts';
import { codeDigest } from '../lib/code-digest.ts';
import { parseFrontmatterText } from '../lib/frontmatter.ts';
import { articleAddress, assertUniquePaths } from '../lib/articles.ts';

export interface ArticlesLoaderOptions {
  /** Folder holding the articles, relative to the project root. Default `content/articles`. */
  base?: string;
  /** Which files are articles, relative to `base`. Default every Markdown file at any depth. */
  pattern?: string | string[];
}

const MARKDOWN_EXTENSION = /\.(md|markdown)$/i;

export class ArticleFrontmatterError extends Error {
  override name = 'ArticleFrontmatterError';
}

export function articlesLoader({
  base = 'content/articles',
  pattern = '**/*.{md,markdown}',
}: ArticlesLoaderOptions = {}): Loader {
  // retainBody: false: pages use the rendered HTML and the text facts, never the Markdown, which
  // would otherwise sit in the content store that Astro bundles into the build, beside the HTML.
  const inner = glob({ base, pattern, retainBody: false, generateId: ({ entry }) => entry.replace(MARKDOWN_EXTENSION, '') });
  return {
    name: 'articles-loader',
    load: async (context: LoaderContext) => {
      const pipeline = await markdownPipelineDigest(context.config);
      const previous = context.meta.get(PIPELINE_DIGEST_KEY);
      if (previous !== pipeline) {
        if (previous !== undefined) context.logger.info('the Markdown pipeline changed: rendering every article again');
        context.store.clear();
        context.meta.set(PIPELINE_DIGEST_KEY, pipeline);
      }
      await withFileInYamlErrors(context, () => inner.load({
        ...context,
        parseData: async (props) => {
          const file = props.filePath ? relative(fileURLToPath(context.config.root), props.filePath) : props.id;
          try {
            const data = props.filePath ? parseFrontmatterText(await readFile(props.filePath, 'utf8')) : props.data;
            return await context.parseData({ ...props, data: data as typeof props.data });
          } catch (error) {
            const detail = error instanceof Error ? error.message : String(error);
            // Astro words it as "**collection → id** …" then one "  **field**: message" line per issue.
            const fields = [...detail.matchAll(/^\s+\*\*(.*?)\*\*: (.*)$/gm)].map(([, field, message]) =>
              field ? `  ${field}: ${message}` : `  ${message}`,
            );
            throw new ArticleFrontmatterError(`Invalid frontmatter in ${file}:\n${fields.length ? fields.join('\n') : detail}`);
          }
        },
      }));
      // Checked here, during content sync, so a clash fails the build before any page is written.
      assertUniquePaths(
        [...context.store.values()]
          .map((entry) => ({ data: entry.data as ArticleFrontmatter, filePath: entry.filePath ?? entry.id }))
          .filter(({ data }) => !data.draft)
          .map(({ data, filePath }) => ({ filePath, aliases: data.aliases, permalink: articleAddress(data, filePath).permalink })),
      );
    },
  };
}

const PIPELINE_DIGEST_KEY = 'markdown-pipeline-digest';
/**
 * A digest of the code that turns an article's Markdown into its HTML and facts: the Astro config
 * (which plugins, in which order, with which options), every module in `src/markdown/`, the project
 * modules those import, followed to the end, and the versions of the packages they use.
 */
export async function markdownPipelineDigest(config: { root: URL; srcDir: URL }): Promise<string> {
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
