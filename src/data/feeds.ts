/** The three feeds, built once per build from the articles and shared by their routes. */
import { buildFeeds, type Feeds } from '../lib/feeds.ts';
import { site } from '../site.config.ts';
import { getArticles } from './articles.ts';

let building: Promise<Feeds> | undefined;

export function getFeeds(): Promise<Feeds> {
  building ??= getArticles().then((articles) => buildFeeds(site, articles));
  return building;
}
