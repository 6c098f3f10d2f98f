/** Build the site once, as `npm run build` does, before the tests that inspect `dist/`. */
import { buildProject, PROJECT_ROOT } from '../support/astro.ts';

/** The build's "now" (SOURCE_DATE_EPOCH): the day after the seed, inside the news sitemap's window. */
export const GLOBAL_BUILD_TIME = '2022-07-28T06:00:00Z';

export default function setup(): void {
  const { status, output } = buildProject(PROJECT_ROOT, {
    SOURCE_DATE_EPOCH: String(Date.parse(GLOBAL_BUILD_TIME) / 1000),
  });
  if (status !== 0) throw new Error(`the site build failed:\n${output}`);
}
