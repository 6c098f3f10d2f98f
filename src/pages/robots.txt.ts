import type { APIRoute } from 'astro';
import { NEWS_SITEMAP_PATH } from '../lib/news-sitemap.ts';
import { absoluteUrl } from '../lib/urls.ts';

// @astrojs/sitemap writes sitemap-index.xml at the base path.
export const GET: APIRoute = () =>
  new Response(
    [
      'User-agent: *',
      'Allow: /',
      '',
      `Sitemap: ${absoluteUrl('/sitemap-index.xml')}`,
      `Sitemap: ${absoluteUrl(NEWS_SITEMAP_PATH)}`,
      '',
    ].join('\n'),
    { headers: { 'Content-Type': 'text/plain; charset=utf-8' } },
  );
