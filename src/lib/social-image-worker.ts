/**
 * One thread of the social image pool (`social-image-pool.ts`): draws and encodes the cards sent
 * to it with `renderSocialImage`, one at a time, and posts back each PNG (moved, not copied) or the
 * message of what failed. The fonts are read once per thread, on its first card. Run by
 * `node:worker_threads` straight from the source (Node's type stripping), never bundled.
 */
import { parentPort } from 'node:worker_threads';
import { renderSocialImage, type SocialImageContent } from './social-image.ts';

export interface SocialImageTask {
  id: number;
  content: SocialImageContent;
}

export type SocialImageResult = { id: number; png: Uint8Array } | { id: number; error: string };

if (!parentPort) throw new Error('social-image-worker.ts runs as a worker thread of social-image-pool.ts');
const port = parentPort;

port.on('message', async ({ id, content }: SocialImageTask) => {
  let result: SocialImageResult;
  try {
    // sharp's buffer may be a view into a shared pool: a copy of its own can be moved.
    result = { id, png: new Uint8Array(await renderSocialImage(content)) };
  } catch (error) {
    result = { id, error: error instanceof Error ? error.message : String(error) };
  }
  port.postMessage(result, 'png' in result ? [result.png.buffer as ArrayBuffer] : []);
});
