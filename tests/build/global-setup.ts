/** Build the site once, as `npm run build` does, before the tests that inspect `dist/`. */
import { runAstro } from './astro.ts';

export default function setup(): void {
  const { status, output } = runAstro(['build']);
  if (status !== 0) throw new Error(`astro build failed:\n${output}`);
}
