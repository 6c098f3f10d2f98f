/**
 * The frontmatter of the file a remark plugin works on: `file.data.astro.frontmatter`, where Astro
 * puts the article's frontmatter before the plugins run and reads it back, with what the plugins
 * added, as `remarkPluginFrontmatter` from `render(entry)`. Made empty when absent (a plugin run
 * outside Astro), so a plugin can always write there.
 */
import type { VFile } from 'vfile';

interface AstroFileData {
  astro?: { frontmatter?: Record<string, unknown> };
}

export function fileFrontmatter(file: VFile): Record<string, unknown> {
  const data = file.data as AstroFileData;
  data.astro ??= {};
  data.astro.frontmatter ??= {};
  return data.astro.frontmatter;
}
