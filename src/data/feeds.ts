/** The three feeds, built once per build from the articles and shared by their routes. */
import { buildFeeds, type Feeds } from '../lib/feeds.ts';
import { site } from '../site.config.ts';
import { getArticles } from './articles.ts';
import { resolveBodyImages } from './body-images.ts';
import { articleSharingImage } from './lead-images.ts';

let building: Promise<Feeds> | undefined;

export function getFeeds(): Promise<Feeds> {
  building ??= getArticles()
    .then((articles) =>
      Promise.all(
        articles.map(async (article) => {
          // The feed's picture is the page's og:image; the body's images as the page shows them.
          const shared = article.image ? await articleSharingImage(article) : undefined;
          const image = shared && {
            url: shared.url,
            type: shared.type,
            width: shared.width,
            height: shared.height,
            alt: shared.alt,
          };
          return { ...article, html: await resolveBodyImages(article.html, article.filePath), image };
        }),
      ),
    )
    .then((articles) => buildFeeds(site, articles));
  return building;
}
