/**
 * One thread of the social image pool (`social-image-pool.ts`): draws the cards sent to it with
 * `drawSocialImage`, one at a time, and posts back each card's pixels (moved, not copied) or the
 * message of what failed; the pool's thread encodes the PNG. The fonts are read once per thread,
 * on its first card. Run by `node:worker_threads` straight from the source (Node's type
 * stripping), never bundled.
 */
import { parentPort } from 'node:worker_threads';
import { drawSocialImage, type SocialImageContent, type SocialImagePixels } from './social-image.ts';

export interface SocialImageTask {
  id: number;
  content: SocialImageContent;
}

export type SocialImageResult = { id: number; pixels: SocialImagePixels } | { id: number; error: string };

if (!parentPort) throw new Error('social-image-worker.ts runs as a worker thread of social-image-pool.ts');
const port = parentPort;

port.on('message', async ({ id, content }: SocialImageTask) => {
  let result: SocialImageResult;
  try {
    // A copy of resvg's buffer in an ArrayBuffer of its own, so it can be transferred.
    result = { id, pixels: new Uint8Array(await drawSocialImage(content)) };
  } catch (error) {
    result = { id, error: error instanceof Error ? error.message : String(error) };
  }
  port.postMessage(result, 'pixels' in result ? [result.pixels.buffer as ArrayBuffer] : []);
});
