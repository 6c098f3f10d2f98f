/**
 * The frontmatter of an article: what an editor may write, and what the rest of
 * the site receives once it is checked.
 *
 * Dates arrive as the text the editor typed (the loader reads YAML without its
 * timestamp type, so nothing is shifted to UTC on the way) and leave resolved in
 * the article's own zone as ISO 8601 with the offset (see `lib/dates.ts`).
 * Every message says what is expected, because editors read them, not engineers.
 *
 * The lead image (`image: { src: ./kalbajar.jpg, alt, caption, credit }`) is the one field that
 * needs Astro: its file is imported by Astro's `image()` helper. `articleSchemaWith(image)` builds
 * the schema around that helper (`src/content.config.ts`); `articleSchema`, used without Astro
 * (`npm run outline`, unit tests), checks the same fields and keeps `src` as the path written.
 * Either way a remote URL or an absolute path is refused here: nothing is fetched at build time.
 * That the file exists and is wide enough is checked by the loader, which knows the article's folder
 * (`src/loaders/articles-loader.ts`, `lib/lead-image.ts`).
 */
import { z } from 'astro/zod';
import { sectionKindIds } from '../subjects/index.ts';
import { imagePathKind } from './content-files.ts';
import { ArticleDateError, isValidTimeZone, resolveArticleDate } from './dates.ts';
import { normalizeAliasPath, slugProblem } from './permalinks.ts';
import { readSectionSettings } from './section-settings.ts';
import { stripControlCharacters } from './text.ts';

const required = (what: string) => (issue: { input: unknown }) =>
  issue.input === undefined ? `required: ${what}` : `expected ${what}`;

const DATE_EXAMPLE = 'a date-time such as "2022-07-27T12:30:00+04:00"';
const ZONE_EXAMPLE = 'an IANA time zone such as "Asia/Baku" or a UTC offset such as "+04:00"';

/**
 * Free text an editor writes (headline, description, author names, tags): whatever was pasted in,
 * it leaves with no control character (Word's `\v` line break becomes a space; see
 * `stripControlCharacters`) and no surrounding whitespace, so every page and feed can carry it.
 */
const freeText = (what: string) =>
  z
    .string({ error: required(what) })
    .overwrite(stripControlCharacters)
    .trim();

/**
 * Upper bounds on what a field holds: far past any real headline or byline, near enough that a
 * story pasted into the wrong field fails here rather than in every page, card and feed.
 */
export const FIELD_LIMITS = {
  title: 300,
  description: 1_000,
  author: 200,
  authors: 20,
  tag: 100,
  tags: 50,
  aliases: 50,
  alt: 500,
  caption: 1_000,
  credit: 200,
} as const;

const atMost = (limit: number, what: string) => ({
  error: (issue: { input?: unknown }) => {
    const length = typeof issue.input === 'string' || Array.isArray(issue.input) ? issue.input.length : undefined;
    return `expected at most ${limit.toLocaleString('en')} ${what}${length === undefined ? '' : `, got ${length.toLocaleString('en')}`}`;
  },
});

const dateText = z
  .string({ error: required(DATE_EXAMPLE) })
  .trim()
  .min(1, `expected ${DATE_EXAMPLE}`);
/**
 * Free text of one character or more and at most `FIELD_LIMITS[field]`: `what` is what the field
 * expects, `empty` the message for an empty value, `unit` what the limit counts.
 */
const boundedText = (field: keyof typeof FIELD_LIMITS, what: string, empty: string, unit: string) =>
  freeText(what).min(1, empty).max(FIELD_LIMITS[field], atMost(FIELD_LIMITS[field], unit));

const authorName = boundedText('author', 'an author name', 'expected a non-empty author name', 'characters in a name');

/**
 * `false`, or what `schema` accepts. Checked by hand rather than as a union, so an
 * editor sees the inner field that is wrong rather than "no union member matched".
 */
function falseOr<T extends z.ZodType>(schema: T) {
  return z
    .unknown()
    .superRefine((value, ctx) => {
      if (value === false) return;
      for (const issue of schema.safeParse(value).error?.issues ?? []) {
        ctx.addIssue({ code: 'custom', message: issue.message, path: issue.path, input: value });
      }
    })
    .transform((value) => value as false | z.output<T>);
}

/** Corrections to one reader aid: hide items by position, edit fields of items, add items. */
const aidCorrections = z.strictObject(
  {
    hide: z.array(z.number().int().min(0), { error: required('a list of item positions (0, 1, …)') }).optional(),
    edit: z
      .record(z.string().regex(/^\d+$/), z.record(z.string(), z.unknown()), {
        error: required('item positions mapped to corrected fields'),
      })
      .optional(),
    add: z.array(z.record(z.string(), z.unknown()), { error: required('a list of items to add') }).optional(),
  },
  { error: required('false, or { hide, edit, add }') },
);

/**
 * `sections`, read as remark-derived-sections reads it (lib/section-settings.ts), so that every
 * problem is named here, with the other fields' problems, during content sync. Only a pin past the
 * article's last block needs the text: the plugin finds that one.
 */
const sectionSettings = z
  .unknown()
  .superRefine((value, ctx) => {
    for (const { path, message } of readSectionSettings(value, sectionKindIds).problems)
      ctx.addIssue({ code: 'custom', message, path, input: value });
  })
  .transform((value) => value as false | { pin: Record<string, string> });

const IMAGE_PATH_EXAMPLE = 'the path of an image file beside the article, such as "./kalbajar.jpg"';

/**
 * The `src` of a lead image as written: a path relative to the article's folder. A URL
 * (`https://…`, `//host/…`, `data:…`) or a path from the root is refused, saying why.
 */
const localImagePath = z
  .string({ error: required(IMAGE_PATH_EXAMPLE) })
  .trim()
  .min(1, `expected ${IMAGE_PATH_EXAMPLE}`)
  .superRefine((path, ctx) => {
    const kind = imagePathKind(path);
    if (kind === 'remote') {
      ctx.addIssue({
        code: 'custom',
        input: path,
        message: `"${path}" is a remote URL: nothing is fetched at build time; copy the image beside the article and write its file name, such as "./kalbajar.jpg"`,
      });
    } else if (kind === 'root') {
      ctx.addIssue({
        code: 'custom',
        input: path,
        message: `"${path}" is not relative to the article: expected ${IMAGE_PATH_EXAMPLE}`,
      });
    }
  });

/** A lead image whose `src` is checked by `src` (the path alone, or Astro's `image()` after it). */
function leadImage<S extends z.ZodType>(src: S) {
  return z.strictObject(
    {
      src,
      alt: boundedText(
        'alt',
        'alt text: what the picture shows, for readers who cannot see it',
        'expected alt text: what the picture shows, for readers who cannot see it',
        'characters of alt text',
      ),
      caption: boundedText(
        'caption',
        'a caption (text)',
        'expected a caption, or leave the field out',
        'characters in a caption',
      ).optional(),
      credit: boundedText(
        'credit',
        'a credit (text)',
        'expected a credit, or leave the field out',
        'characters in a credit',
      ).optional(),
    },
    {
      error: (issue) =>
        issue.code === 'unrecognized_keys'
          ? `unknown field ${issue.keys.map((k) => `"${k}"`).join(', ')}: an image has src, alt, caption, credit`
          : required('{ src: ./file.jpg, alt: …, caption: …, credit: … }')(issue),
    },
  );
}

function articleFields<S extends z.ZodType>(imageSrc: S) {
  return {
    title: boundedText(
      'title',
      'a headline (non-empty text)',
      'expected a headline (non-empty text)',
      'characters in a headline',
    ),
    description: boundedText(
      'description',
      'text',
      'expected text, or leave the field out',
      'characters in a description',
    ).optional(),
    date: dateText,
    timezone: z
      .string({ error: required(ZONE_EXAMPLE) })
      .trim()
      .refine(isValidTimeZone, {
        error: (issue) => `unknown time zone "${String(issue.input)}": expected ${ZONE_EXAMPLE}`,
      }),
    author: z
      .union([authorName, z.array(authorName).min(1, 'expected at least one author name')], {
        error: required('an author name, or a list of names'),
      })
      // After the union, which would report a long list only as "no member matched".
      .refine(
        (author) => typeof author === 'string' || author.length <= FIELD_LIMITS.authors,
        atMost(FIELD_LIMITS.authors, 'authors'),
      ),
    slug: z
      .string({ error: required('a slug') })
      .superRefine((slug, ctx) => {
        const problem = slugProblem(slug);
        if (problem) ctx.addIssue({ code: 'custom', message: problem, input: slug });
      })
      .optional(),
    updated: dateText.optional(),
    tags: z
      .array(boundedText('tag', 'a tag', 'expected a non-empty tag', 'characters in a tag'), {
        error: required('a list of tags'),
      })
      .max(FIELD_LIMITS.tags, atMost(FIELD_LIMITS.tags, 'tags'))
      .default([]),
    draft: z.boolean({ error: required('true or false') }).default(false),
    aliases: z
      .array(
        z.string({ error: required('an old path such as "/2022/07/old-slug/"') }).transform((path, ctx) => {
          try {
            return normalizeAliasPath(path);
          } catch (error) {
            ctx.issues.push({ code: 'custom', message: (error as Error).message, input: path });
            return z.NEVER;
          }
        }),
        { error: required('a list of old paths') },
      )
      .max(FIELD_LIMITS.aliases, atMost(FIELD_LIMITS.aliases, 'old paths'))
      .default([]),
    // Derived sections (src/markdown/remark-derived-sections.ts reads this from the raw frontmatter):
    // `false` for none, or `{ pin: { <block number>: <kind id> } }` to fix a block's kind.
    sections: sectionSettings.optional(),
    // Reader aids (src/lib/aids/): `false` for none, or per aid `false` or corrections.
    aids: z
      .strictObject(
        {
          timeline: falseOr(aidCorrections).optional(),
          figures: falseOr(aidCorrections).optional(),
          quotes: falseOr(aidCorrections).optional(),
          places: falseOr(aidCorrections).optional(),
        },
        { error: required('{ timeline, figures, quotes, places }, each false or { hide, edit, add }') },
      )
      .or(z.literal(false))
      .optional(),
    // The lead image: `{ src: ./file.jpg, alt, caption?, credit? }`, the file beside the article.
    image: leadImage(imageSrc).optional(),
  };
}

function frontmatterWith<S extends z.ZodType>(imageSrc: S) {
  const fields = articleFields(imageSrc);
  return z.strictObject(fields, {
    error: (issue) =>
      issue.code === 'unrecognized_keys'
        ? `unknown field ${issue.keys.map((k) => `"${k}"`).join(', ')}: the fields are ${Object.keys(fields).join(', ')}`
        : undefined,
  });
}

/** The frontmatter fields as written (before dates are resolved), `image.src` kept as its path. */
const articleFrontmatter = frontmatterWith(localImagePath);

/**
 * The article schema around an image helper: `articleSchemaWith(image)` in `src/content.config.ts`
 * gives Astro's `image()` the checked path, so `image.src` arrives as the imported picture.
 */
export function articleSchemaWith<S extends z.ZodType>(image: () => S) {
  // Astro types `image()` by its output only (at run time it takes the path string); and Zod makes a
  // key whose output is a type parameter optional, while the object schema requires `src`.
  const src = localImagePath.pipe(image() as unknown as z.ZodType<z.output<S>, string>);
  return checked(frontmatterWith(src) as unknown as z.ZodType<WrittenFrontmatter<z.output<S>>>);
}

/** The fields as written, the lead image's `src` of type `Src`. */
type WrittenFrontmatter<Src> = Omit<z.output<typeof articleFrontmatter>, 'image'> & { image?: ArticleImage<Src> };

/** Checked frontmatter: dates resolved in the article's zone, authors always a list. */
function checked<Src>(frontmatter: z.ZodType<WrittenFrontmatter<Src>>) {
  return frontmatter.transform((fm, ctx) => {
    const resolve = (field: 'date' | 'updated', text: string): string | undefined => {
      try {
        return resolveArticleDate(text, fm.timezone);
      } catch (error) {
        if (!(error instanceof ArticleDateError)) throw error;
        ctx.issues.push({ code: 'custom', path: [field], message: error.message, input: text });
        return undefined;
      }
    };
    const date = resolve('date', fm.date);
    const updated = fm.updated === undefined ? undefined : resolve('updated', fm.updated);
    if (date === undefined || (fm.updated !== undefined && updated === undefined)) return z.NEVER;
    if (updated !== undefined && new Date(updated) < new Date(date)) {
      ctx.issues.push({
        code: 'custom',
        path: ['updated'],
        message: `"${fm.updated}" is before the publication date "${fm.date}": an update comes after publication`,
        input: fm.updated,
      });
      return z.NEVER;
    }
    const { author, date: _date, updated: _updated, ...rest } = fm;
    return { ...rest, date, updated, authors: typeof author === 'string' ? [author] : author };
  });
}

/** The schema without Astro: the same checks, `image.src` left as the path written. */
export const articleSchema = checked(articleFrontmatter);

/** A lead image: `src` is the path written (plain schema) or the imported picture (in a build). */
export interface ArticleImage<Src = string> {
  src: Src;
  alt: string;
  caption?: string;
  credit?: string;
}

/** Checked frontmatter, its lead image's `src` of type `Src`. */
export type ArticleFrontmatter<Src = string> = Omit<z.output<typeof articleSchema>, 'image'> & {
  image?: ArticleImage<Src>;
};
