import { describe, expect, it } from 'vitest';
import { articleAddress } from '../../src/lib/articles.ts';
import { SLUG_MAX_LENGTH, SLUG_PATTERN, slugProblem } from '../../src/lib/permalinks.ts';
import { nameKey, nameSlug, slugify } from '../../src/lib/slugs.ts';

describe('slugify', () => {
  it.each([
    // Latin, as before: accents dropped, the letters Unicode does not decompose from the table.
    ['Mine Blast – Kalbajar', 'mine-blast-kalbajar'],
    ['Straße Ødegaard Łódź', 'strasse-odegaard-lodz'],
    ['Nguyễn Thị Lan', 'nguyen-thi-lan'],
    // Azerbaijani: ə is e (the table), ğ, ç, ş lose their marks.
    ['Sabina Məmmədli', 'sabina-memmedli'],
    ['Kəlbəcər', 'kelbecer'],
    ['Ağdam Çəmənli Şuşa', 'agdam-cemenli-susa'],
    // Turkish: dotted capital İ and dotless ı are both i.
    ['İstanbul', 'istanbul'],
    ['Iğdır Şişli Işık', 'igdir-sisli-isik'],
    // Cyrillic (Russian, Ukrainian), with й and ё kept as letters of their own.
    ['Иван Петров', 'ivan-petrov'],
    ['Мария Иванова', 'mariya-ivanova'],
    ['Мины', 'miny'],
    ['Ёлка и Йошкар-Ола', 'yolka-i-yoshkar-ola'],
    ['Київ', 'kiyiv'],
    // Greek, accents included.
    ['Γιώργος Παπαδόπουλος', 'giorgos-papadopoylos'],
    ['Αθήνα', 'athina'],
    // Arabic, Hebrew.
    ['محمد علي', 'mhmd-aaly'],
    ['שלום', 'shlvm'],
    // Chinese (pinyin, one word per character), Japanese kana, Korean.
    ['地雷', 'di-lei'],
    ['北京', 'bei-jing'],
    ['カタカナ', 'katakana'],
    ['ひらがな', 'hiragana'],
    ['한국어', 'hangugeo'],
    // Compatibility forms: fullwidth, ligatures, circled digits.
    ['ＡＢＣ', 'abc'],
    ['ﬁnal', 'final'],
    ['①', '1'],
  ])('%s → %s', (text, slug) => {
    expect(slugify(text)).toBe(slug);
  });

  it('reads symbols that carry meaning as words, so C++, C# and C get three slugs', () => {
    expect([slugify('C++'), slugify('C#'), slugify('C')]).toEqual(['c-plus-plus', 'c-sharp', 'c']);
    expect(slugify('R&D')).toBe('r-and-d');
    expect(slugify('50%')).toBe('50-percent');
    expect(slugify('@home')).toBe('at-home');
    expect(slugify('F#')).toBe('f-sharp');
    // A leading # is a hashtag or a number sign, not "sharp".
    expect(slugify('#MeToo')).toBe('metoo');
    expect(slugify('#1')).toBe('1');
  });

  it('ignores invisible characters instead of splitting words at them', () => {
    expect(slugify('mine\u00adblast')).toBe('mineblast');
    expect(slugify('mine\u200bblast')).toBe('mineblast');
  });

  it('is empty when no letter or digit is left, so a file name of symbols asks for a slug field', () => {
    expect(slugify('???')).toBe('');
    expect(slugify('❤')).toBe('');
    expect(slugify('')).toBe('');
  });

  it('is at most SLUG_MAX_LENGTH characters, cut at a hyphen', () => {
    const words = Array.from({ length: 30 }, (_, i) => `word${i}`).join(' ');
    const slug = slugify(words);
    expect(slug.length).toBeLessThanOrEqual(SLUG_MAX_LENGTH);
    expect(slug.length).toBeGreaterThan(SLUG_MAX_LENGTH - 8);
    // Whole words only: every piece is one of the words, in order.
    expect(slug.split('-')).toEqual(Array.from({ length: slug.split('-').length }, (_, i) => `word${i}`));
    expect(slugify('x'.repeat(200))).toBe('x'.repeat(SLUG_MAX_LENGTH));
    expect(slugify('Иван Петров '.repeat(20))).toMatch(/^(ivan-petrov-)*ivan(-petrov)?$/);
  });

  it('is the one articles.ts uses for file names', () => {
    const { slug } = articleAddress(
      { date: '2022-07-27T12:30:00+04:00' },
      'content/articles/2022/C++ и Иван Петров.md',
    );
    expect(slug).toBe(slugify('C++ и Иван Петров'));
    expect(slug).toBe('c-plus-plus-i-ivan-petrov');
  });
});

describe('names', () => {
  it('treats spellings that differ in case, normalization, invisible characters or spacing as one name', () => {
    const spellings = [
      'José Pérez',
      'JOSÉ PÉREZ',
      'Jose\u0301 Pe\u0301rez',
      '  José   Pérez ',
      'José\u200b Pérez',
      'José\u00a0Pérez',
    ];
    expect(new Set(spellings.map(nameKey)).size).toBe(1);
    expect(new Set(spellings.map(nameSlug))).toEqual(new Set(['jose-perez']));
  });

  it('ignores case in every cased script', () => {
    for (const name of [
      'Sabina Məmmədli',
      'İstanbul',
      'Иван Петров',
      'Γιώργος Παπαδόπουλος',
      'Σωκράτης',
      'Հայերեն',
      'Đặng Văn Lâm',
    ]) {
      expect(nameKey(name.toUpperCase()), name).toBe(nameKey(name.toLowerCase()));
      expect(nameSlug(name.toUpperCase()), name).toBe(nameSlug(name));
    }
  });

  it('keeps names apart that are written differently, even when their slugs meet', () => {
    expect(nameKey('Ivan Petrov')).not.toBe(nameKey('Иван Петров'));
    expect(nameSlug('Ivan Petrov')).toBe(nameSlug('Иван Петров'));
    expect(nameKey('C.')).not.toBe(nameKey('C'));
    expect(nameKey('Jose Perez')).not.toBe(nameKey('José Pérez'));
  });

  it('gives a name with nothing to slug a slug of its code points, never "untitled"', () => {
    expect(nameSlug('❤')).toBe('u-2764');
    // The emoji presentation selector is invisible: one name.
    expect(nameSlug('❤\ufe0f')).toBe('u-2764');
    expect(nameSlug('😀🎉')).toBe('u-1f600-1f389');
    expect(nameSlug('???')).toBe('u-3f-3f-3f');
    expect(nameSlug('❤')).not.toBe(nameSlug('😀'));
    // Something sluggable is kept, however little.
    expect(nameSlug('<3')).toBe('3');
    expect(nameSlug('Мины')).toBe('miny');
  });

  it('bounds fallback slugs too', () => {
    const slug = nameSlug('😀'.repeat(100));
    expect(slug.length).toBeLessThanOrEqual(SLUG_MAX_LENGTH);
    expect(slug).toMatch(/^u(-1f600)+$/);
  });
});

/** Deterministic pseudo-random numbers (mulberry32), so a failure can be replayed. */
function random(seed: number): () => number {
  let state = seed >>> 0;
  return () => {
    state = (state + 0x6d2b79f5) >>> 0;
    let t = state;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

/** Code point ranges hostile names are made of: every script above, marks, controls, emoji, lone surrogates. */
const RANGES: [number, number][] = [
  [0x00, 0x7f],
  [0x80, 0x24f],
  [0x300, 0x36f],
  [0x370, 0x3ff],
  [0x400, 0x4ff],
  [0x590, 0x5ff],
  [0x600, 0x6ff],
  [0x900, 0x97f],
  [0xe00, 0xe7f],
  [0x10a0, 0x10ff],
  [0x1100, 0x11ff],
  [0x2000, 0x206f],
  [0x2190, 0x2bff],
  [0x3000, 0x30ff],
  [0x4e00, 0x9fff],
  [0xac00, 0xd7a3],
  [0xd800, 0xdfff],
  [0xfe00, 0xfe0f],
  [0xff00, 0xffef],
  [0x1d400, 0x1d7ff],
  [0x1f300, 0x1faff],
  [0x10400, 0x1044f],
  [0xe0000, 0xe007f],
];

const HOSTILE: string[] = [
  '',
  ' ',
  '\u0000',
  '-',
  '---',
  '- a -',
  '..',
  '../../etc/passwd',
  '<script>alert(1)</script>',
  'a/b\\c',
  '\u202eevil',
  '\ufeff',
  '\u200d\u200d',
  'x\u0301\u0301\u0301\u0301',
  '🏳️‍🌈',
  '👨‍👩‍👧',
  '\ud800',
  '\udfff\ud800',
  'İİİ',
  'ǅǈǋ',
  'ß'.repeat(100),
  '-'.repeat(300),
  'a-'.repeat(100),
  `${'ab'.repeat(100)} c`,
  '%00',
  '+',
  '#',
  '&&&',
];

describe('every slug matches SLUG_PATTERN and the length bound', () => {
  const next = random(14);
  const generated = Array.from({ length: 3000 }, () => {
    const length = Math.floor(next() * 40);
    return Array.from({ length }, () => {
      const [low, high] = RANGES[Math.floor(next() * RANGES.length)]!;
      return String.fromCodePoint(low + Math.floor(next() * (high - low + 1)));
    }).join('');
  });
  const inputs = [...HOSTILE, ...generated];

  it('for file names (slugify: a slug, or nothing)', () => {
    let slugs = 0;
    for (const text of inputs) {
      const slug = slugify(text);
      if (slug === '') continue;
      slugs += 1;
      expect(slug, JSON.stringify(text)).toMatch(SLUG_PATTERN);
      expect(slug.length, JSON.stringify(text)).toBeLessThanOrEqual(SLUG_MAX_LENGTH);
      expect(slugProblem(slug), JSON.stringify(text)).toBeUndefined();
    }
    // The inputs are not all unsluggable: the loop did check slugs.
    expect(slugs).toBeGreaterThan(inputs.length / 2);
  });

  it('for names (nameSlug: always a slug, the same for every spelling of the name)', () => {
    let fallbacks = 0;
    for (const text of inputs) {
      const slug = nameSlug(text);
      expect(slug, JSON.stringify(text)).toMatch(SLUG_PATTERN);
      expect(slug.length, JSON.stringify(text)).toBeLessThanOrEqual(SLUG_MAX_LENGTH);
      for (const spelling of [
        text.toLowerCase(),
        ` ${text.replaceAll(' ', '\u00a0 ')}  `,
        text.normalize('NFD'),
        `\u200b${text}\ufe0f`,
      ]) {
        expect(nameSlug(spelling), JSON.stringify([text, spelling])).toBe(slug);
      }
      if (slug.startsWith('u-') && slugify(text) === '') fallbacks += 1;
    }
    expect(fallbacks).toBeGreaterThan(0);
  });

  it('the same on every call', () => {
    expect(inputs.map(nameSlug)).toEqual(inputs.map(nameSlug));
  });
});
