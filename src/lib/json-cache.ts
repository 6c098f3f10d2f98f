/**
 * A folder of JSON results keyed by a hash of their inputs: work that is slow
 * and pure (reader aids) is done once per distinct input and read back on every
 * later build. Files are written beside their final name and renamed, so an
 * interrupted or concurrent build never leaves half a file.
 */
import { createHash, randomBytes } from 'node:crypto';
import { mkdirSync, readFileSync, renameSync, rmSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';

/** A stable key for any JSON-serializable inputs. */
export function jsonCacheKey(...inputs: unknown[]): string {
  return createHash('sha256').update(JSON.stringify(inputs)).digest('hex');
}

export function cachedJson<T>(dir: string, key: string, compute: () => T): { value: T; computed: boolean } {
  const file = join(dir, `${key}.json`);
  try {
    return { value: JSON.parse(readFileSync(file, 'utf8')) as T, computed: false };
  } catch {
    // missing or unreadable: compute it
  }
  const value = compute();
  mkdirSync(dir, { recursive: true });
  const temp = `${file}.${process.pid}.${randomBytes(4).toString('hex')}.tmp`;
  try {
    writeFileSync(temp, JSON.stringify(value));
    renameSync(temp, file);
  } catch (error) {
    rmSync(temp, { force: true });
    throw error;
  }
  return { value, computed: true };
}
