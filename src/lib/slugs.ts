/**
 * Slugs: the URL segment of an article's file name (`/2022/07/27/<slug>/`) and of
 * every author, tag and place page (`/authors/<slug>/` …).
 *
 * A module of its own because every name needs a page of its own (issue #14): the
 * first slugify kept only Latin letters, so every Cyrillic, Arabic or CJK author went
 * to one `/authors/untitled/` page and `C++`, `C#` and `C` shared `/tags/c/`. Now
 *
 * - Latin letters lose their accents as before (Unicode decomposition), with a table
 *   for the letters Unicode does not decompose (`ə` → `e`, `ı` → `i`, `ß` → `ss`);
 * - other scripts (Cyrillic, Greek, Arabic, Hebrew, CJK, Indic, …) are transliterated
 *   by the `transliteration` package: `Иван Петров` → `ivan-petrov`, `地雷` → `di-lei`;
 * - symbols that carry meaning become words: `C++` → `c-plus-plus`, `C#` → `c-sharp`,
 *   `R&D` → `r-and-d`, `50%` → `50-percent`, `@` → `at` (a leading `#`, as in a hashtag,
 *   is dropped: `#MeToo` → `metoo`);
 * - a slug is at most `SLUG_MAX_LENGTH` characters (`src/lib/permalinks.ts`, the bound an
 *   explicit `slug` field must keep too), cut at a hyphen.
 *
 * `slugify` returns `''` when nothing is left (a file name of `???` then asks for a
 * `slug` field). `nameSlug`, for names of people, topics and places, never does: a name
 * of emoji or of a script the package does not know gets a slug of its code points
 * (`❤` → `u-2764`), the same on every build.
 *
 * Which names are one name is `nameKey`'s to say: spellings that differ only in case,
 * Unicode normalization, invisible characters or spacing. Different names with one slug
 * are a clash, handled where the groups are made (`src/lib/listing.ts`).
 */
import { transliterate } from 'transliteration';
import { SLUG_MAX_LENGTH } from './permalinks.ts';

/** Latin letters that Unicode does not decompose into a base letter plus a mark. */
const LETTERS_WITHOUT_DECOMPOSITION: Record<string, string> = {
  ə: 'e',
  Ə: 'e',
  ı: 'i',
  İ: 'i',
  ø: 'o',
  Ø: 'o',
  ß: 'ss',
  ẞ: 'ss',
  æ: 'ae',
  Æ: 'ae',
  œ: 'oe',
  Œ: 'oe',
  ł: 'l',
  Ł: 'l',
  đ: 'd',
  Đ: 'd',
  þ: 'th',
  Þ: 'th',
};

/** Symbols that mean a word, read as that word. `#` only after a letter or digit (`C#`, `F#`). */
const SYMBOL_WORDS: [RegExp, string][] = [
  [/\+/g, ' plus '],
  [/(?<=[\p{L}\p{N}])#/gu, ' sharp '],
  [/&/g, ' and '],
  [/@/g, ' at '],
  [/%/g, ' percent '],
];

/** A Latin or script-neutral character (digits, punctuation, compatibility forms) with its marks. */
const LATIN_OR_COMMON = /[\p{Script=Latin}\p{Script=Common}]\p{M}*/gu;

/** Characters nobody sees: zero-width spaces and joiners, soft hyphens, variation selectors, BOM. */
const INVISIBLE = /\p{Default_Ignorable_Code_Point}/gu;

/**
 * Latin letters and script-neutral characters to their plain form (`é` → `e`, `ﬁ` → `fi`,
 * `①` → `1`, fullwidth `＋` → `+`). Other scripts are left whole for the transliteration:
 * decomposing them first would lose letters (`й` would become `и`, Hangul would fall apart).
 */
function plainLatin(text: string): string {
  return text.replace(LATIN_OR_COMMON, (cluster) =>
    cluster
      .normalize('NFKD')
      .replace(/\p{M}/gu, '')
      .replace(/[^\p{ASCII}]/gu, (letter) => LETTERS_WITHOUT_DECOMPOSITION[letter] ?? letter),
  );
}

/** Cut a slug to `max` characters at the last hyphen that fits (or inside a word longer than `max`). */
function bound(slug: string, max = SLUG_MAX_LENGTH): string {
  if (slug.length <= max) return slug;
  const cut = slug.lastIndexOf('-', max);
  return (cut > 0 ? slug.slice(0, cut) : slug.slice(0, max)).replace(/-+$/, '');
}

/**
 * Turn text into a slug: `Mine Blast – Kalbajar` → `mine-blast-kalbajar`, `Иван Петров` →
 * `ivan-petrov`, `C++` → `c-plus-plus`. `''` when no letter or digit is left (`???`, `❤`).
 * Always matches `SLUG_PATTERN` (`src/lib/permalinks.ts`) when not empty.
 */
export function slugify(text: string): string {
  let plain = plainLatin(text.normalize('NFC').replace(INVISIBLE, ''));
  for (const [symbol, word] of SYMBOL_WORDS) plain = plain.replace(symbol, word);
  const slug = transliterate(plain, { unknown: ' ' })
    .toLowerCase()
    .replace(/[^a-z0-9]+/g, '-')
    .replace(/^-+|-+$/g, '');
  return bound(slug);
}

/**
 * What makes two spellings one name: the same letters after Unicode normalization (NFC),
 * ignoring case, invisible characters and spacing. `Ivan  Petrov`, `ivan petrov` are one
 * name; `Ivan Petrov` and `Иван Петров`, or `C.` and `C`, are two.
 */
export function nameKey(name: string): string {
  return name.normalize('NFC').replace(INVISIBLE, '').replace(/\s+/gu, ' ').trim().toLowerCase();
}

/** A slug made of a name's code points, for names with no letter or digit to slug: `❤` → `u-2764`. */
function codePointSlug(key: string): string {
  return bound(['u', ...[...key].map((char) => char.codePointAt(0)!.toString(16))].join('-'));
}

/**
 * The slug of a name (author, tag, place): never empty, the same for every spelling of one
 * `nameKey`. `Мария Иванова` → `mariya-ivanova`, `C#` → `c-sharp`, `❤` → `u-2764`.
 */
export function nameSlug(name: string): string {
  let slug = NAME_SLUGS.get(name);
  if (slug === undefined) {
    const key = nameKey(name);
    slug = slugify(key) || codePointSlug(key);
    if (NAME_SLUGS.size >= NAME_SLUGS_MAX) NAME_SLUGS.clear();
    NAME_SLUGS.set(name, slug);
  }
  return slug;
}

/**
 * Slugs already made: every page links to its authors, tags and places, so one build asks for
 * the same few thousand names again and again (a transliteration costs about 10 µs).
 */
const NAME_SLUGS = new Map<string, string>();
const NAME_SLUGS_MAX = 50_000;
