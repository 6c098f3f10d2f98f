import type { APIRoute } from 'astro';
import { getFeeds } from '../data/feeds.ts';

export const GET: APIRoute = async () =>
  new Response((await getFeeds()).json, { headers: { 'Content-Type': 'application/feed+json; charset=utf-8' } });
