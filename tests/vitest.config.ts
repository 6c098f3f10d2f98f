/**
 * Three projects, run in this order by `npm test`:
 * - unit: pure modules, no build, files in parallel (`npm run test:unit`, the fast loop);
 * - build: real builds; the site is built once first (global-setup.ts) for the tests that read dist/;
 * - browser: Debian's Chromium against `astro preview` of builds of their own.
 * Builds share node_modules/.astro caches and the CPU (2 cores): build and browser files run one at a time.
 */
import { defineConfig } from 'vitest/config';

const root = new URL('..', import.meta.url).pathname;

export default defineConfig({
  test: {
    projects: [
      // Pure modules, no shared state between files: one module graph per worker (isolate: false) saves re-importing
      // the NLP layer and Zod for every file.
      {
        test: { name: 'unit', root, include: ['tests/unit/**/*.test.ts'], isolate: false, sequence: { groupOrder: 0 } },
      },
      {
        test: {
          name: 'build',
          root,
          include: ['tests/build/**/*.test.ts'],
          globalSetup: ['tests/build/global-setup.ts'],
          fileParallelism: false,
          testTimeout: 120_000,
          hookTimeout: 300_000,
          sequence: { groupOrder: 1 },
        },
      },
      {
        test: {
          name: 'browser',
          root,
          include: ['tests/browser/**/*.test.ts'],
          fileParallelism: false,
          testTimeout: 120_000,
          hookTimeout: 300_000,
          sequence: { groupOrder: 2 },
        },
      },
    ],
  },
});
