/**
 * The browser suite's Chromium (see src/cli/chromium.ts). Without one the suite
 * is skipped with a one-line reason, except under `CI=true`, where a missing
 * browser is a failure.
 */
import { CHROMIUM_PATH, HAS_CHROMIUM } from '../../src/cli/chromium.ts';

export { HAS_CHROMIUM, launchChromium, startPreview, type PreviewServer } from '../../src/cli/chromium.ts';

/** axe-core rule tags for WCAG 2.2 level AA (and the A and AA rules of 2.0 and 2.1 it includes). */
export const WCAG_TAGS = ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'wcag22aa'];

if (!HAS_CHROMIUM) {
  if (/^(1|true)$/i.test(process.env.CI ?? '')) {
    throw new Error(`CI=true and no Chromium at ${CHROMIUM_PATH}: install it (apt-get install -y chromium) or set CHROME_PATH`);
  }
  console.warn(`browser suite skipped: no Chromium at ${CHROMIUM_PATH} (apt-get install -y chromium, or set CHROME_PATH)`);
}
