/**
 * Debian's Chromium driven by playwright-core, and `astro preview` of a built
 * site, for the browser suite and the page benchmark. Playwright's own browser
 * download cannot work on these machines; servers run in their own process
 * group and are stopped by it.
 */
import { type ChildProcess, spawn } from 'node:child_process';
import { existsSync } from 'node:fs';
import { join } from 'node:path';
import { type Browser, chromium } from 'playwright-core';
import { PROJECT_ROOT } from './astro.ts';

export const CHROMIUM_PATH = process.env.CHROME_PATH || '/usr/bin/chromium';
export const HAS_CHROMIUM = existsSync(CHROMIUM_PATH);

/** The flags that keep Chromium quiet on a machine without network. */
export const CHROMIUM_ARGS = [
  '--headless',
  '--no-sandbox',
  '--disable-gpu',
  '--disable-quic',
  '--no-first-run',
  '--disable-background-networking',
  '--disable-component-update',
  '--disable-sync',
];

export function launchChromium(): Promise<Browser> {
  return chromium.launch({ executablePath: CHROMIUM_PATH, args: CHROMIUM_ARGS });
}

export interface PreviewServer {
  /** Origin plus base path, ending in `/`: `http://127.0.0.1:4400/news/`. */
  url: string;
  stop(): Promise<void>;
}

/** `astro preview` of `root`'s built `dist/` on `port`; resolves once it answers. */
export async function startPreview({
  root = PROJECT_ROOT,
  port,
  basePath = '/',
}: {
  root?: string;
  port: number;
  basePath?: string;
}): Promise<PreviewServer> {
  const child: ChildProcess = spawn(
    'npx',
    ['--no-install', 'astro', 'preview', '--root', root, '--host', '127.0.0.1', '--port', String(port)],
    {
      cwd: PROJECT_ROOT,
      detached: true,
      stdio: 'ignore',
      env: {
        ...process.env,
        PATH: `${join(PROJECT_ROOT, 'node_modules/.bin')}:${process.env.PATH}`,
        ASTRO_TELEMETRY_DISABLED: '1',
        BASE_PATH: basePath,
      },
    },
  );
  const stop = async () => {
    if (child.exitCode !== null || child.pid === undefined) return;
    try {
      process.kill(-child.pid, 'SIGTERM');
    } catch {
      return;
    }
    await new Promise((done) => child.once('exit', done));
  };
  const url = `http://127.0.0.1:${port}${basePath}`;
  const deadline = Date.now() + 30_000;
  while (Date.now() < deadline) {
    try {
      if ((await fetch(url)).ok) return { url, stop };
    } catch {
      // not listening yet
    }
    if (child.exitCode !== null) break;
    await new Promise((done) => setTimeout(done, 200));
  }
  await stop();
  throw new Error(`astro preview of ${root} did not answer at ${url}`);
}
