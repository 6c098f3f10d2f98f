/**
 * After the build, write `dist/_headers` and `dist/_redirects` for static hosts.
 *
 * Both are read off the built pages, so they can never disagree with them: the
 * Content-Security-Policy comes from the `<meta http-equiv>` Astro puts in each
 * page (with its script and style hashes), the redirects from the meta-refresh pages
 * that `layouts/Redirect.astro` writes at old paths.
 */
import { readdir, readFile, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import type { AstroIntegration } from 'astro';
import { headersFile, redirectsFile, siteContentSecurityPolicy } from '../lib/host-files.ts';

const CSP_META = /<meta http-equiv="content-security-policy" content="([^"]*)"/i;
const REFRESH_META = /<meta http-equiv="refresh" content="0;\s*url=([^"]*)"/i;

export default function staticHostFiles(): AstroIntegration {
  let basePath = '/';
  return {
    name: 'static-host-files',
    hooks: {
      'astro:config:done': ({ config }) => {
        basePath = config.base;
      },
      'astro:build:done': async ({ dir, logger }) => {
        const root = fileURLToPath(dir);
        const pages = (await readdir(root, { recursive: true })).filter((file) => file.endsWith('.html')).sort();
        const policies: string[] = [];
        const redirects: { from: string; to: string }[] = [];
        for (const page of pages) {
          const html = await readFile(join(root, page), 'utf8');
          const policy = CSP_META.exec(html)?.[1];
          if (policy) policies.push(policy.replaceAll('&#39;', "'"));
          const target = REFRESH_META.exec(html)?.[1];
          if (target) redirects.push({ from: `${basePath.replace(/\/$/, '')}/${page.replace(/index\.html$/, '')}`, to: target });
        }
        if (policies.length !== pages.length) {
          throw new Error(`static-host-files: ${pages.length - policies.length} page(s) have no Content-Security-Policy`);
        }
        await writeFile(join(root, '_headers'), headersFile({ basePath, contentSecurityPolicy: siteContentSecurityPolicy(policies) }));
        await writeFile(join(root, '_redirects'), redirectsFile(redirects));
        logger.info(`_headers and _redirects written (${redirects.length} redirect(s))`);
      },
    },
  };
}
