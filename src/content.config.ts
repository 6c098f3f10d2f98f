import { defineCollection } from 'astro:content';
import { articleSchemaWith } from './lib/article-schema.ts';
import { articlesLoader } from './loaders/articles-loader.ts';

const articles = defineCollection({
  loader: articlesLoader(),
  // Astro's `image()` imports the lead image beside the article (`image.src` becomes its metadata).
  schema: ({ image }) => articleSchemaWith(image),
});

export const collections = { articles };
