import type { APIRoute } from 'astro';
import { getArticles } from '../data/articles.ts';
import { newsSitemap } from '../lib/news-sitemap.ts';
import { buildTime, site } from '../site.config.ts';

export const GET: APIRoute = async () =>
  new Response(await newsSitemap(site, await getArticles(), buildTime()), {
    headers: { 'Content-Type': 'application/xml; charset=utf-8' },
  });
