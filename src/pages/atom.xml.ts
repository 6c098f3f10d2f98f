import type { APIRoute } from 'astro';
import { getFeeds } from '../data/feeds.ts';

export const GET: APIRoute = async () =>
  new Response((await getFeeds()).atom, { headers: { 'Content-Type': 'application/atom+xml; charset=utf-8' } });
