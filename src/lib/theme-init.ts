/**
 * The one script that must run before first paint: it applies the theme the
 * reader chose (stored by the theme toggle) so the wrong theme never flashes.
 *
 * It is inlined as written, which Astro's CSP does not hash by itself: the
 * config adds `THEME_INIT_HASH` to `script-src`, computed from this same text.
 */
import { createHash } from 'node:crypto';

export const THEME_INIT_SCRIPT =
  "try{var t=localStorage.getItem('theme');if(t==='dark'||t==='light')document.documentElement.dataset.theme=t}catch(e){}";

export const THEME_INIT_HASH = `sha256-${createHash('sha256').update(THEME_INIT_SCRIPT).digest('base64')}` as const;
