import { defineCollection } from 'astro:content';
import { articleSchema } from './lib/article-schema.ts';
import { articlesLoader } from './loaders/articles-loader.ts';

const articles = defineCollection({
  loader: articlesLoader({ base: 'content/articles' }),
  schema: articleSchema,
});

export const collections = { articles };
