/**
 * Search over one Pagefind index per year, merged in the browser, on a site under a sub-path
 * (BASE_PATH=/news/) with articles in 2021 and 2023: hits from both years in one list, best first;
 * filters that narrow across the years; filter lists and counts summed over the indexes.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { buildProject, makeProject } from '../support/astro.ts';
import { type BrowserSession, HAS_CHROMIUM, openBrowserSession, startPreview } from './browser.ts';

const BASE = '/news/';
const WORD = 'zorblat';

interface Story {
  slug: string;
  date: string;
  author: string;
  tags: string[];
  title: string;
  paragraphs: string[];
}

const filler = (topic: string) =>
  `The ${topic} was discussed at length by residents, officials and visitors, who compared notes on the season, the roads, the weather and the prices at the weekly market in the square.`;

/**
 * Pagefind scores each index with its own word statistics, so both years have the same share of
 * pages holding the word (half), and the best hit is plainly best: the word in a heading and in
 * every paragraph, against twice in one paragraph and once in a long story.
 */
const STORIES: Story[] = [
  {
    slug: 'zorblat-crews-clear-the-vashti-orchard',
    date: '2021-04-12T10:00:00',
    author: 'Ada Quill',
    tags: ['demining'],
    title: 'Zorblat crews clear the Vashti orchard',
    paragraphs: [
      `Zorblat crews cleared the Vashti orchard of mines on Monday.`,
      `## The zorblat method`,
      `Each zorblat team walks the rows twice.`,
      `The zorblat teams will move to the next village in May.`,
    ],
  },
  {
    slug: 'market-day-in-vashti',
    date: '2021-06-02T09:00:00',
    author: 'Ben Ortiz',
    tags: ['markets'],
    title: 'Market day in Vashti',
    paragraphs: [
      filler('market'),
      filler('harvest'),
      `One stall sold a zorblat charm among the fruit and the bread.`,
      filler('festival'),
      filler('parking'),
    ],
  },
  {
    slug: 'bridge-reopens',
    date: '2021-08-20T12:00:00',
    author: 'Ben Ortiz',
    tags: ['roads'],
    title: 'Bridge reopens after repairs',
    paragraphs: [filler('bridge')],
  },
  {
    slug: 'library-hours',
    date: '2021-11-05T12:00:00',
    author: 'Cleo Marsh',
    tags: ['councils'],
    title: 'Library extends its hours',
    paragraphs: [filler('library')],
  },
  {
    slug: 'council-hears-clearance-report',
    date: '2023-03-14T18:00:00',
    author: 'Ada Quill',
    tags: ['councils'],
    title: 'Council hears clearance report',
    paragraphs: [
      `Councillors heard that the zorblat method had cleared two fields, and asked whether zorblat teams could return.`,
      filler('budget'),
    ],
  },
  {
    slug: 'flood-barriers-hold',
    date: '2023-09-30T07:00:00',
    author: 'Dana Wu',
    tags: ['floods'],
    title: 'Flood barriers hold',
    paragraphs: [filler('flood')],
  },
];

const markdown = (story: Story) =>
  `---\ntitle: ${story.title}\ndate: ${story.date.slice(0, 19)}\ntimezone: Europe/Berlin\nauthor: ${story.author}\ntags: [${story.tags.join(', ')}]\n---\n\n${story.paragraphs.join('\n\n')}\n`;
const hrefOf = (slug: string) => {
  const story = STORIES.find((s) => s.slug === slug)!;
  return `${BASE}${story.date.slice(0, 4)}/${story.date.slice(5, 7)}/${story.date.slice(8, 10)}/${slug}/`;
};
const BEST = hrefOf('zorblat-crews-clear-the-vashti-orchard');
const SECOND = hrefOf('council-hears-clearance-report');
const THIRD = hrefOf('market-day-in-vashti');

describe.skipIf(!HAS_CHROMIUM)(`search over yearly indexes under BASE_PATH=${BASE} in Chromium`, () => {
  let session: BrowserSession;
  let buildOutput = '';

  beforeAll(async () => {
    const root = makeProject(
      'browser-search-shards',
      Object.fromEntries(STORIES.map((story) => [`${story.date.slice(0, 4)}/${story.slug}.md`, markdown(story)])),
    );
    const { status, output } = buildProject(root, { BASE_PATH: BASE });
    expect(status, output).toBe(0);
    buildOutput = output;
    session = await openBrowserSession(await startPreview({ root, port: 4413, basePath: BASE }));
  });

  afterAll(() => session?.close());

  const resultLinks = async (path: string) => {
    const page = await session.open(path);
    await expect.poll(() => page.locator('.search-status').textContent(), { timeout: 20_000 }).toMatch(/found/);
    return {
      page,
      links: await page
        .locator('.search-results h2 a')
        .evaluateAll((links) => links.map((a) => a.getAttribute('href'))),
    };
  };

  it('builds one index per year', () => {
    expect(buildOutput).toContain('search: 2 of 2 shards rebuilt (2023, 2021)');
  });

  it('lists the hits of both years in one list, the best hit first, ranked by score across the indexes', async () => {
    const { page, links } = await resultLinks(`search/?q=${WORD}`);
    // The newest index is searched first: a list that only joined the indexes would start with 2023.
    expect(links).toEqual([BEST, SECOND, THIRD]);
    expect(await page.locator('.search-status').textContent()).toBe('3 articles found.');
    const datelines = await page.locator('.search-results .meta').allTextContents();
    expect(datelines.some((text) => text.includes('2021'))).toBe(true);
    expect(datelines.some((text) => text.includes('2023'))).toBe(true);
    expect(await page.locator('.search-results mark').first().textContent()).toMatch(new RegExp(WORD, 'i'));
  });

  it('narrows the hits of both years with a filter, and further with the year', async () => {
    const byAda = await resultLinks(`search/?q=${WORD}&author=Ada+Quill`);
    expect(byAda.links).toEqual([BEST, SECOND]);
    const byAdaIn2023 = await resultLinks(`search/?q=${WORD}&author=Ada+Quill&year=2023`);
    expect(byAdaIn2023.links).toEqual([SECOND]);
    const councils = await resultLinks('search/?tag=councils');
    expect(new Set(councils.links)).toEqual(new Set([hrefOf('library-hours'), SECOND]));
  });

  it('offers the filter values of every year, with their counts summed over the indexes', async () => {
    const page = await session.open('search/');
    const authors = page.locator('select[name="author"] option');
    await expect.poll(() => authors.count(), { timeout: 20_000 }).toBe(5);
    expect(await authors.allTextContents()).toEqual(['Any', 'Ada Quill', 'Ben Ortiz', 'Cleo Marsh', 'Dana Wu']);
    expect(await page.locator('select[name="year"] option').allTextContents()).toEqual(['Any', '2023', '2021']);
    // The module the search page imports, asked directly (a string, so that the test's bundler leaves its import alone).
    const filters = (await page.evaluate(
      `import('${BASE}pagefind/pagefind.js').then(async (pagefind) => { await pagefind.options({ baseUrl: '${BASE}' }); return pagefind.filters(); })`,
    )) as Record<string, Record<string, number>>;
    expect(filters.author).toEqual({ 'Ada Quill': 2, 'Ben Ortiz': 2, 'Cleo Marsh': 1, 'Dana Wu': 1 });
    expect(filters.year).toEqual({ '2021': 4, '2023': 2 });
  });
});
