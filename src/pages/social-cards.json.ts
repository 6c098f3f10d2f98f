/**
 * The build's list of social cards (`lib/social-cards.ts`): the `social-images` integration
 * writes the PNGs from it after the pages and then removes it from `dist/`.
 */
import type { APIRoute } from 'astro';
import { getArticles } from '../data/articles.ts';
import { socialCards } from '../lib/social-cards.ts';
import { site } from '../site.config.ts';

export const GET: APIRoute = async () => Response.json(socialCards(await getArticles(), site));
