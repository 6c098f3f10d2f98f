import { defineConfig } from 'vitest/config';

export default defineConfig({
  test: {
    root: new URL('..', import.meta.url).pathname,
    include: ['tests/**/*.test.ts'],
    // Builds share node_modules/.astro caches and the CPU (2 cores): one test file at a time.
    fileParallelism: false,
    globalSetup: ['tests/build/global-setup.ts'],
    testTimeout: 120_000,
    hookTimeout: 300_000,
  },
});
