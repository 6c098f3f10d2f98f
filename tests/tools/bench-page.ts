/**
 * Page-weight and Lighthouse benchmark of one article page (default: the seed).
 *
 * Usage: node tests/tools/bench-page.ts [--path /2022/07/27/slug/] [--no-build]
 *
 * Builds the site (unless --no-build), serves it with `astro preview`, loads the
 * page in Debian's Chromium and sums every response it needed, gzip-compressed
 * (level 6, what static hosts commonly serve), by kind; then runs Lighthouse
 * (mobile emulation, its default) and prints the four category scores.
 * Targets: the page without its pictures ≤ 14 KB compressed (one TCP initial window), the whole
 * page with them (the lead image as a phone loads it) ≤ 100 KB, JavaScript ≤ 3 KB, every
 * Lighthouse score 100. Prints figures; exits 1 when a target is missed.
 */
import { spawnSync } from 'node:child_process';
import { gzipSync } from 'node:zlib';
import * as chromeLauncher from 'chrome-launcher';
import lighthouse from 'lighthouse';
import { PROJECT_ROOT } from '../support/astro.ts';
import { CHROMIUM_ARGS, CHROMIUM_PATH, HAS_CHROMIUM, launchChromium, startPreview } from '../support/chromium.ts';

const SEED_PATH = '/2022/07/27/azerbaijani-serviceman-injured-in-landmine-blast-in-kalbajar/';
const PAGE_BUDGET = 14 * 1024;
const PAGE_WITH_IMAGES_BUDGET = 100 * 1024;
const SCRIPT_BUDGET = 3 * 1024;
const PORT = 4499;

const args = process.argv.slice(2);
const path = args.includes('--path') ? args[args.indexOf('--path') + 1]! : SEED_PATH;
if (!HAS_CHROMIUM) {
  console.error(`No Chromium at ${CHROMIUM_PATH}: apt-get install -y chromium, or set CHROME_PATH.`);
  process.exit(1);
}

if (!args.includes('--no-build')) {
  console.log('Building the site…');
  const build = spawnSync('npx', ['--no-install', 'astro', 'build'], {
    cwd: PROJECT_ROOT,
    encoding: 'utf8',
    env: { ...process.env, ASTRO_TELEMETRY_DISABLED: '1' },
  });
  if (build.status !== 0) {
    console.error(build.stdout, build.stderr);
    process.exit(1);
  }
}

const server = await startPreview({ port: PORT });
const url = new URL(path.replace(/^\//, ''), server.url).href;
let failed = false;
try {
  // 1. Every byte the page needs, compressed.
  const browser = await launchChromium();
  const page = await (await browser.newContext({ viewport: { width: 390, height: 844 } })).newPage();
  const responses: { url: string; kind: string; raw: number; gzip: number }[] = [];
  page.on('response', async (response) => {
    const body = await response.body().catch(() => Buffer.alloc(0));
    const type = response.headers()['content-type'] ?? '';
    const kind = /html/.test(type)
      ? 'html'
      : /css/.test(type)
        ? 'css'
        : /javascript/.test(type)
          ? 'js'
          : /font/.test(type)
            ? 'font'
            : /image/.test(type)
              ? 'image'
              : 'other';
    responses.push({ url: response.url(), kind, raw: body.length, gzip: gzipSync(body, { level: 6 }).length });
  });
  await page.goto(url, { waitUntil: 'networkidle' });
  // Inline scripts count as JavaScript even though they arrive inside the HTML.
  const inlineScript = await page.evaluate(() =>
    [...document.querySelectorAll('script:not([src])')]
      .filter((script) => script.getAttribute('type') !== 'application/ld+json')
      .map((script) => script.textContent ?? '')
      .join('\n'),
  );
  await browser.close();

  const byKind = new Map<string, { raw: number; gzip: number; count: number }>();
  for (const { kind, raw, gzip } of responses) {
    const sum = byKind.get(kind) ?? { raw: 0, gzip: 0, count: 0 };
    byKind.set(kind, { raw: sum.raw + raw, gzip: sum.gzip + gzip, count: sum.count + 1 });
  }
  const total = responses.reduce((sum, r) => sum + r.gzip, 0);
  const scriptGzip = gzipSync(inlineScript).length + (byKind.get('js')?.gzip ?? 0);
  console.log(`\nPage weight of ${url}`);
  console.log('kind    requests  raw bytes  gzip bytes');
  for (const [kind, { raw, gzip, count }] of byKind) {
    console.log(`${kind.padEnd(8)}${String(count).padStart(8)}${String(raw).padStart(11)}${String(gzip).padStart(12)}`);
  }
  const withoutImages = total - (byKind.get('image')?.gzip ?? 0);
  console.log(
    `total   ${String(responses.length).padStart(8)}${''.padStart(11)}${String(total).padStart(12)}  (budget ${PAGE_WITH_IMAGES_BUDGET})`,
  );
  console.log(`without images${''.padStart(19)}${String(withoutImages).padStart(12)}  (budget ${PAGE_BUDGET})`);
  for (const { url: file, kind, raw } of responses)
    if (kind === 'image') console.log(`  image: ${new URL(file).pathname} (${raw} bytes)`);
  console.log(
    `JavaScript (inline + files): ${Buffer.byteLength(inlineScript)} bytes raw, ${scriptGzip} gzip (budget ${SCRIPT_BUDGET})`,
  );
  failed ||= total > PAGE_WITH_IMAGES_BUDGET || withoutImages > PAGE_BUDGET || scriptGzip > SCRIPT_BUDGET;

  // 2. Lighthouse, mobile.
  const chrome = await chromeLauncher.launch({ chromePath: CHROMIUM_PATH, chromeFlags: CHROMIUM_ARGS });
  try {
    const result = await lighthouse(url, {
      port: chrome.port,
      output: 'json',
      logLevel: 'error',
      onlyCategories: ['performance', 'accessibility', 'best-practices', 'seo'],
    });
    const categories = result?.lhr.categories ?? {};
    console.log('\nLighthouse (mobile)');
    for (const [id, category] of Object.entries(categories)) {
      const score = Math.round((category.score ?? 0) * 100);
      console.log(`${id.padEnd(16)}${String(score).padStart(4)}`);
      failed ||= score < 100;
      if (score < 100) {
        for (const ref of category.auditRefs) {
          const audit = result!.lhr.audits[ref.id];
          if (ref.weight > 0 && audit && audit.score !== null && audit.score < 1)
            console.log(`    ${ref.id}: ${audit.title} (${audit.displayValue ?? audit.score})`);
        }
      }
    }
    const metrics = result?.lhr.audits;
    for (const id of [
      'first-contentful-paint',
      'largest-contentful-paint',
      'total-blocking-time',
      'cumulative-layout-shift',
    ]) {
      if (metrics?.[id]) console.log(`${id}: ${metrics[id].displayValue}`);
    }
  } finally {
    chrome.kill();
  }
} finally {
  await server.stop();
}
console.log(failed ? '\nA target was missed.' : '\nAll targets met.');
process.exit(failed ? 1 : 0);
