/**
 * Reading the built site in Chromium: accessibility (axe, WCAG 2.2 AA) on every
 * page type in both colour schemes, layout at phone to desktop widths, the theme
 * toggle, printing, the reader's own time, copying a link, the table of contents.
 */
import { mkdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import AxeBuilder from '@axe-core/playwright';
import type { BrowserContextOptions, Page } from 'playwright-core';
import { extractText, getDocumentProxy } from 'unpdf';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { OUTPUT_ROOT } from '../support/astro.ts';
import { type BrowserSession, HAS_CHROMIUM, openBrowserSession, startPreview, WCAG_TAGS } from './browser.ts';

const SEED = '2022/07/27/azerbaijani-serviceman-injured-in-landmine-blast-in-kalbajar/';
const TITLE = 'Azerbaijani serviceman injured in landmine blast in Kalbajar';
const SCREENSHOTS = join(OUTPUT_ROOT, 'screenshots');

/** Page types of the site, by path below the base. */
const PAGE_TYPES: [name: string, path: string][] = [
  ['front page', ''],
  ['article', SEED],
  ['404', 'no-such-page/'],
  ['year archive', '2022/'],
  ['month archive', '2022/07/'],
  ['archive index', 'archive/'],
  ['author page', 'authors/sabina-mammadli/'],
  ['authors index', 'authors/'],
  ['topics index', 'tags/'],
  ['place page', 'places/kalbajar-district/'],
  ['places index', 'places/'],
  ['search', 'search/?q=mines'],
];

describe.skipIf(!HAS_CHROMIUM)('reading in Chromium', () => {
  let session: BrowserSession;
  const open = (path: string, options?: BrowserContextOptions) => session.open(path, options);

  beforeAll(async () => {
    session = await openBrowserSession(await startPreview({ port: 4411 }));
    mkdirSync(SCREENSHOTS, { recursive: true });
  });

  afterAll(() => session?.close());

  for (const scheme of ['light', 'dark'] as const) {
    it.each(PAGE_TYPES)(`%s has no WCAG 2.2 AA violations (${scheme})`, async (_name, path) => {
      const page = await open(path, { colorScheme: scheme });
      const { violations } = await new AxeBuilder({ page }).withTags(WCAG_TAGS).analyze();
      expect(violations.map((v) => `${v.id}: ${v.nodes.map((n) => n.target.join(' ')).join(', ')}`)).toEqual([]);
    });
  }

  it.each(PAGE_TYPES)('%s has no WCAG 2.2 AA violations on a phone (412 px, touch)', async (_name, path) => {
    const page = await open(path, { viewport: { width: 412, height: 823 }, isMobile: true, hasTouch: true });
    const { violations } = await new AxeBuilder({ page }).withTags(WCAG_TAGS).analyze();
    expect(violations.map((v) => `${v.id}: ${v.nodes.map((n) => n.target.join(' ')).join(', ')}`)).toEqual([]);
  });

  it.each([320, 768, 1440])('has no horizontal scrolling at %i px', async (width) => {
    for (const [, path] of PAGE_TYPES) {
      const page = await open(path, { viewport: { width, height: 800 } });
      const overflow = await page.evaluate(
        () => document.documentElement.scrollWidth - document.documentElement.clientWidth,
      );
      expect(overflow, path).toBeLessThanOrEqual(0);
    }
  });

  it('keeps the article text to a readable measure', async () => {
    const page = await open(SEED, { viewport: { width: 1440, height: 900 } });
    const charsPerLine = await page.evaluate(() => {
      const p = document.querySelector('.article-body p')!;
      const probe = document.createElement('span');
      probe.textContent = 'abcdefghijklmnopqrstuvwxyz';
      p.append(probe);
      const perChar = probe.getBoundingClientRect().width / 26;
      probe.remove();
      return p.getBoundingClientRect().width / perChar;
    });
    expect(charsPerLine).toBeGreaterThanOrEqual(55);
    expect(charsPerLine).toBeLessThanOrEqual(80);
  });

  it('lets a keyboard user skip to the content, with a visible focus ring', async () => {
    const page = await open(SEED);
    await page.keyboard.press('Tab');
    const skip = await page.evaluate(() => {
      const el = document.activeElement as HTMLElement;
      const box = el.getBoundingClientRect();
      return {
        text: el.textContent,
        visible: box.top >= 0 && box.height > 0,
        outline: getComputedStyle(el).outlineStyle,
      };
    });
    expect(skip).toEqual({ text: 'Skip to content', visible: true, outline: 'solid' });
    await page.keyboard.press('Enter');
    expect(await page.evaluate(() => location.hash)).toBe('#main');
  });

  it('remembers the theme the reader picks, across a reload, without a flash', async () => {
    const page = await open(SEED, { colorScheme: 'light' });
    const background = () => page.evaluate(() => getComputedStyle(document.body).backgroundColor);
    const light = await background();
    const toggle = page.locator('[data-theme-toggle]');
    await expect.poll(() => toggle.getAttribute('aria-pressed')).toBe('false');
    await toggle.click();
    expect(await toggle.getAttribute('aria-pressed')).toBe('true');
    const dark = await background();
    expect(dark).not.toBe(light);
    await page.reload();
    // Read before any module script runs: the inline head script has already applied the choice.
    expect(await page.evaluate(() => document.documentElement.dataset.theme)).toBe('dark');
    expect(await background()).toBe(dark);
    expect(await page.locator('[data-theme-toggle]').getAttribute('aria-pressed')).toBe('true');
  });

  it('follows the system dark scheme until the reader chooses', async () => {
    const page = await open(SEED, { colorScheme: 'dark' });
    expect(await page.evaluate(() => getComputedStyle(document.body).backgroundColor)).toBe('rgb(21, 21, 21)');
    expect(await page.locator('[data-theme-toggle]').getAttribute('aria-pressed')).toBe('true');
  });

  it('prints the headline, byline, dateline, sections and permalink, without navigation or share UI', async () => {
    const page = await open(SEED);
    const pdf = await page.pdf({ format: 'A4' });
    writeFileSync(join(SCREENSHOTS, 'article-print.pdf'), pdf);
    const { text } = await extractText(await getDocumentProxy(new Uint8Array(pdf)), { mergePages: true });
    const flat = text.replace(/\s+/g, ' ');
    expect(flat).toContain(TITLE);
    expect(flat).toContain('By Sabina Mammadli');
    expect(flat).toContain('27 July 2022 12:30 (UTC+04:00)');
    expect(flat).toContain('Official statements');
    // The permalink is the canonical one (SITE_URL), and may wrap across lines on paper.
    expect(flat.replace(/\s/g, '')).toContain(`Permalink:http://localhost:4321/${SEED}`);
    expect(flat).not.toContain('Copy link');
    expect(flat).not.toContain('In this article');
    await page.emulateMedia({ media: 'print' });
    await page.screenshot({ path: join(SCREENSHOTS, 'article-print.png'), fullPage: true });
  });

  it("shows the time on the reader's own clock beside the dateline when it differs", async () => {
    const berlin = await open(SEED, { timezoneId: 'Europe/Berlin' });
    await expect
      .poll(() => berlin.locator('.reader-time').first().textContent())
      .toBe(' · 12:30 in Baku · 10:30 your time');
    // 08:30 UTC is still the evening before in Honolulu: the reader's date is given too.
    const honolulu = await open(SEED, { timezoneId: 'Pacific/Honolulu' });
    await expect
      .poll(() => honolulu.locator('.reader-time').first().textContent())
      .toBe(' · 12:30 in Baku · 26 July, 22:30 your time');
    const baku = await open(SEED, { timezoneId: 'Asia/Baku' });
    await baku.waitForLoadState('load');
    expect(await baku.locator('.reader-time').count()).toBe(0);
  });

  it('is complete without JavaScript', async () => {
    const page = await open(SEED, { javaScriptEnabled: false });
    expect(await page.locator('h1').textContent()).toBe(TITLE);
    expect(await page.locator('.article-body p').count()).toBe(11);
    expect(await page.locator('[data-theme-toggle]').isVisible()).toBe(false);
    expect(await page.locator('[data-copy-link]').getAttribute('href')).toMatch(new RegExp(`${SEED}$`));
  });

  it('copies the permalink with "Copy link" and says so', async () => {
    const page = await open(SEED, { permissions: ['clipboard-read', 'clipboard-write'] });
    const href = await page.locator('[data-copy-link]').getAttribute('href');
    await page.locator('[data-copy-link]').click();
    await expect.poll(() => page.locator('.share-status').textContent()).toBe('Link copied to the clipboard.');
    expect(await page.evaluate(() => navigator.clipboard.readText())).toBe(href);
    expect(page.url()).toBe(session.server.url + SEED);
  });

  it('moves focus to a section when its table-of-contents link is followed', async () => {
    const page = await open(SEED);
    await page.locator('.toc a[href="#prosecution"]').click();
    expect(await page.evaluate(() => document.activeElement?.id)).toBe('prosecution');
    expect(await page.evaluate(() => location.hash)).toBe('#prosecution');
  });

  /** Where the story starts: the first paragraph's top and first line, and the lead image if any. */
  const storyStart = (page: Page) =>
    page.evaluate(() => {
      const p = (document.querySelector('#p-1') ?? document.querySelector('.article-body p'))!;
      const box = p.getBoundingClientRect();
      const image = document.querySelector('.article-lead img')?.getBoundingClientRect();
      return {
        top: box.top,
        firstLineBottom: box.top + parseFloat(getComputedStyle(p).lineHeight),
        image: image && { top: image.top, bottom: image.bottom },
      };
    });

  it('starts the story on the first screen of a phone (390×844), after the lead image if there is one', async () => {
    for (const javaScriptEnabled of [true, false]) {
      const page = await open(SEED, {
        viewport: { width: 390, height: 844 },
        isMobile: true,
        hasTouch: true,
        javaScriptEnabled,
      });
      // The reader's own time beside the dateline (another zone than Baku) may add a line: count it in.
      if (javaScriptEnabled) await page.waitForLoadState('load');
      const start = await storyStart(page);
      if (start.image) {
        expect(start.image.bottom, 'lead image').toBeLessThan(start.top);
        expect(start.image.top).toBeLessThan(844);
      }
      expect(start.top, `first paragraph, JavaScript ${javaScriptEnabled ? 'on' : 'off'}`).toBeLessThan(844);
      expect(start.firstLineBottom).toBeLessThanOrEqual(844);
    }
  });

  it('keeps the table of contents and "At a glance" beside the story on a desktop (1440×900)', async () => {
    const page = await open(SEED, { viewport: { width: 1440, height: 900 } });
    const start = await storyStart(page);
    expect(start.top).toBeLessThan(900);
    const boxes = await page.evaluate(() =>
      ['.article-body', '.toc', '.at-a-glance'].map((selector) => {
        const box = document.querySelector(selector)!.getBoundingClientRect();
        return { left: box.left, right: box.right, top: box.top };
      }),
    );
    const [body, toc, glance] = boxes as [
      { left: number; right: number; top: number },
      ...{ left: number; right: number; top: number }[],
    ];
    for (const aid of [toc!, glance!]) expect(aid.left).toBeGreaterThanOrEqual(body.right);
    // Open without a click: the links are shown, the toggles are not.
    expect(await page.locator('.toc a[href="#incident"]').isVisible()).toBe(true);
    expect(await page.locator('.at-a-glance a[href="#p-9"]').first().isVisible()).toBe(true);
    expect(await page.locator('.toc summary').isVisible()).toBe(false);
  });

  it('folds the reader aids and the share links on a phone, and opens them without JavaScript', async () => {
    const page = await open(SEED, {
      viewport: { width: 390, height: 844 },
      isMobile: true,
      hasTouch: true,
      javaScriptEnabled: false,
    });
    const link = page.locator('.toc a[href="#prosecution"]');
    expect(await link.isVisible()).toBe(false);
    await page.locator('.toc summary').click();
    expect(await link.isVisible()).toBe(true);
    await link.click();
    expect(await page.evaluate(() => location.hash)).toBe('#prosecution');
    const glance = page.locator('.at-a-glance a[href="#p-9"]').first();
    expect(await glance.isVisible()).toBe(false);
    await page.locator('.at-a-glance summary').click();
    expect(await glance.isVisible()).toBe(true);
    const email = page.locator('.share-bar a', { hasText: 'Email' });
    expect(await email.isVisible()).toBe(false);
    expect(await page.locator('[data-copy-link]').isVisible()).toBe(true);
    await page.locator('.share-menu summary').click();
    expect(await email.isVisible()).toBe(true);
    expect(await email.getAttribute('href')).toMatch(/^mailto:/);
  });

  it('leads the front page with the newest story', async () => {
    for (const width of [390, 1440]) {
      const page = await open('', { viewport: { width, height: 900 } });
      const first = page.locator('.article-list > li').first();
      expect(await first.getAttribute('class')).toContain('item-lead');
      expect(await first.locator('h2 a').getAttribute('href')).toMatch(new RegExp(`${SEED}$`));
      const top = await first.evaluate((li) => li.getBoundingClientRect().top);
      expect(top).toBeLessThan(900);
    }
  });

  it('takes screenshots of the article and the front page (mobile, desktop, dark)', async () => {
    const phone: BrowserContextOptions = {
      viewport: { width: 390, height: 844 },
      deviceScaleFactor: 2,
      isMobile: true,
      hasTouch: true,
    };
    const shots: [name: string, path: string, options: BrowserContextOptions][] = [
      ['article-mobile', SEED, phone],
      ['article-desktop', SEED, { viewport: { width: 1440, height: 900 } }],
      ['article-dark', SEED, { viewport: { width: 1440, height: 900 }, colorScheme: 'dark' }],
      ['front-mobile', '', phone],
      ['front-desktop', '', { viewport: { width: 1440, height: 900 } }],
    ];
    for (const [name, path, options] of shots) {
      const page = await open(path, { ...options, timezoneId: 'Asia/Baku' });
      await page.screenshot({ path: join(SCREENSHOTS, `${name}.png`) });
      expect((await page.screenshot()).length).toBeGreaterThan(10_000);
    }
  });
});
