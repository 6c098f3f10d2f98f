/**
 * The social card of each article, `…/<slug>/social.png`, rendered at build time
 * and cached by what it shows (see `lib/social-image-cache.ts`).
 */
import type { APIRoute, GetStaticPaths } from 'astro';
import { getArticles, type LoadedArticle } from '../../../../../data/articles.ts';
import { formatDateline } from '../../../../../lib/dates.ts';
import { cachedSocialImage, defaultSocialImageCacheDir } from '../../../../../lib/social-image-cache.ts';
import { formatAuthors } from '../../../../../lib/text.ts';
import { site } from '../../../../../site.config.ts';

export const getStaticPaths = (async () => {
  const articles = await getArticles();
  return articles.map((article) => {
    const [, year, month, day, slug] = article.permalink.split('/');
    return { params: { year, month, day, slug }, props: { article } };
  });
}) satisfies GetStaticPaths;

// Builds run from the project folder; the cache lives in its node_modules/.cache unless
// SOCIAL_IMAGE_CACHE_DIR names another folder (a CI cache, a test's own folder).
const cacheDir = process.env.SOCIAL_IMAGE_CACHE_DIR || defaultSocialImageCacheDir(process.cwd());

export const GET: APIRoute = async ({ props }) => {
  const { article } = props as { article: LoadedArticle };
  const { png, rendered } = await cachedSocialImage(
    {
      headline: article.title,
      byline: `By ${formatAuthors(article.authors, site.language)}`,
      dateline: formatDateline(article.date),
      siteName: site.name,
    },
    { cacheDir },
  );
  // On a line of its own: Astro is mid-way through printing this route.
  if (rendered) console.log(`\nsocial image rendered: ${article.permalink}`);
  return new Response(png as Uint8Array<ArrayBuffer>, { headers: { 'Content-Type': 'image/png' } });
};
