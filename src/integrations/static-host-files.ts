/**
 * After the build, write `dist/_headers` and `dist/_redirects` for static hosts,
 * from the built pages (`built-pages`): the Content-Security-Policy Astro put in
 * each page's `<meta>` (with its script and style hashes), and the redirect
 * pages that `layouts/Redirect.astro` writes at old paths.
 */
import { writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import type { AstroIntegration } from 'astro';
import { headersFile, redirectsFile, siteContentSecurityPolicy } from '../lib/host-files.ts';
import type { BuiltPagesIndex } from './built-pages.ts';

export default function staticHostFiles(index: BuiltPagesIndex): AstroIntegration {
  let basePath = '/';
  return {
    name: 'static-host-files',
    hooks: {
      'astro:config:done': ({ config }) => {
        basePath = config.base;
      },
      'astro:build:done': async ({ dir, logger }) => {
        const root = fileURLToPath(dir);
        const pages = index.pages();
        const missing = pages.filter((page) => !page.contentSecurityPolicy);
        if (missing.length) {
          throw new Error(
            `static-host-files: no Content-Security-Policy in ${missing.map((page) => page.file).join(', ')}`,
          );
        }
        const policy = siteContentSecurityPolicy(pages.map((page) => page.contentSecurityPolicy!));
        const redirects = pages.flatMap((page) => (page.redirectTo ? [{ from: page.path, to: page.redirectTo }] : []));
        await writeFile(join(root, '_headers'), headersFile({ basePath, contentSecurityPolicy: policy }));
        await writeFile(join(root, '_redirects'), redirectsFile(redirects));
        logger.info(`_headers and _redirects written (${redirects.length} redirect(s))`);
      },
    },
  };
}
