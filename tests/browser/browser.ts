/**
 * The browser suite's Chromium (see tests/support/chromium.ts). Without one the suite
 * is skipped with a one-line reason, except under `CI=true`, where a missing
 * browser is a failure.
 */
import type { BrowserContext, BrowserContextOptions, Page } from 'playwright-core';
import { CHROMIUM_PATH, HAS_CHROMIUM, launchChromium, type PreviewServer } from '../support/chromium.ts';

export { HAS_CHROMIUM, type PreviewServer, startPreview } from '../support/chromium.ts';

/** axe-core rule tags for WCAG 2.2 level AA (and the A and AA rules of 2.0 and 2.1 it includes). */
export const WCAG_TAGS = ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'wcag22aa'];

if (!HAS_CHROMIUM) {
  if (/^(1|true)$/i.test(process.env.CI ?? '')) {
    throw new Error(
      `CI=true and no Chromium at ${CHROMIUM_PATH}: install it (apt-get install -y chromium) or set CHROME_PATH`,
    );
  }
  console.warn(
    `browser suite skipped: no Chromium at ${CHROMIUM_PATH} (apt-get install -y chromium, or set CHROME_PATH)`,
  );
}

/** A browser on a preview server, opening each page in a fresh context and closing all at the end. */
export interface BrowserSession {
  server: PreviewServer;
  /** A fresh context (viewport, colour scheme, time zone, permissions…) with `path` below the base loaded. */
  open(path: string, options?: BrowserContextOptions): Promise<Page>;
  newContext(options?: BrowserContextOptions): Promise<BrowserContext>;
  close(): Promise<void>;
}

export async function openBrowserSession(server: PreviewServer): Promise<BrowserSession> {
  const browser = await launchChromium();
  const contexts: BrowserContext[] = [];
  const newContext = async (options: BrowserContextOptions = {}) => {
    const context = await browser.newContext(options);
    contexts.push(context);
    return context;
  };
  return {
    server,
    newContext,
    open: async (path, options) => {
      const page = await (await newContext(options)).newPage();
      await page.goto(server.url + path);
      return page;
    },
    close: async () => {
      await Promise.all(contexts.map((context) => context.close()));
      await browser.close();
      await server.stop();
    },
  };
}
