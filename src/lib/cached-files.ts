/**
 * Putting a cached file into the built site: a hard link, so a warm build of thousands of pages
 * (social cards, search shards) copies no bytes; a copy where no link can be made (the cache on
 * another disk, a file system without links). Either way the cache's file is never changed in
 * place, so nothing may edit these files in `dist/` in place either.
 */
import { copyFileSync, linkSync, mkdirSync, readdirSync, rmSync } from 'node:fs';
import { join } from 'node:path';

/** Errors that mean "no link here", not "something is wrong". */
const CANNOT_LINK: ReadonlySet<string> = new Set(['EXDEV', 'EPERM', 'ENOTSUP', 'EMLINK']);

/** `from` at `to`, hard-linked or copied; a file already at `to` is replaced. */
export function linkOrCopy(from: string, to: string): void {
  try {
    linkSync(from, to);
  } catch (error) {
    const code = (error as NodeJS.ErrnoException).code ?? '';
    if (code === 'EEXIST') {
      rmSync(to);
      linkOrCopy(from, to);
    } else if (CANNOT_LINK.has(code)) {
      copyFileSync(from, to);
    } else {
      throw error;
    }
  }
}

/** Every file of the folder `from` at the same place under `to`, each by `linkOrCopy`. */
export function linkOrCopyTree(from: string, to: string): void {
  mkdirSync(to, { recursive: true });
  for (const entry of readdirSync(from, { withFileTypes: true })) {
    const source = join(from, entry.name);
    const target = join(to, entry.name);
    if (entry.isDirectory()) linkOrCopyTree(source, target);
    else linkOrCopy(source, target);
  }
}
