import type { APIRoute } from 'astro';
import { getFeeds } from '../data/feeds.ts';

export const GET: APIRoute = async () =>
  new Response((await getFeeds()).rss, { headers: { 'Content-Type': 'application/rss+xml; charset=utf-8' } });
