/**
 * An article's social card, `…/<slug>/social.png`, for `astro dev`. A build writes the cards
 * after the pages instead (integrations/social-images.ts), from the same list and cache.
 */
import type { APIRoute, GetStaticPaths } from 'astro';
import { getArticles } from '../../../../../data/articles.ts';
import { type SocialCard, socialCards } from '../../../../../lib/social-cards.ts';
import { cachedSocialImage, socialImageCacheDir } from '../../../../../lib/social-image-cache.ts';
import { site } from '../../../../../site.config.ts';

export const getStaticPaths = (async () => {
  if (!import.meta.env.DEV) return [];
  return socialCards(await getArticles(), site).map((card) => {
    const [year, month, day, slug] = card.file.split('/');
    return { params: { year, month, day, slug }, props: { card } };
  });
}) satisfies GetStaticPaths;

// `astro dev` runs from the project folder.
const cacheDir = socialImageCacheDir(process.cwd());

export const GET: APIRoute = async ({ props }) => {
  const { card } = props as { card: SocialCard };
  const { png } = await cachedSocialImage(card.content, { cacheDir });
  return new Response(png as Uint8Array<ArrayBuffer>, { headers: { 'Content-Type': 'image/png' } });
};
