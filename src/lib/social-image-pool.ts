/**
 * Draws social images on every core: a pool of `node:worker_threads` workers
 * (`social-image-worker.ts`), each loading the fonts once and drawing the cards sent to it, one
 * at a time, and encoding it as PNG. Drawing is synchronous (satori's layout, then resvg), so on
 * one thread a cold build draws the cards one after another. The 3 MB of pixels of each card stay
 * in its worker: handled on the build's own thread, where Astro holds gigabytes, they made its
 * garbage collector run over that heap every few cards (1,000 cards: 22.8 ms a card on 2 threads
 * beside a small heap, 53.3 ms beside a 1.8 GB one).
 * (resvg-js's `renderAsync` was measured and not used: it moves only resvg's drawing off the
 * main thread, leaving satori's layout there, so its throughput stays at one thread's however many
 * cores; the pool's grows with the cores.)
 *
 * Threads start on the first card that needs one, so a build whose cards all come from the cache
 * starts none. A thread is unreferenced while idle, so a pool that is never closed keeps no process
 * alive; `close` terminates them all.
 */
import { existsSync } from 'node:fs';
import os from 'node:os';
import { fileURLToPath } from 'node:url';
import { Worker } from 'node:worker_threads';
import { renderSocialImage, type SocialImageContent } from './social-image.ts';
import type { SocialImageResult, SocialImageTask } from './social-image-worker.ts';

export interface SocialImageRenderer {
  /** The PNG of `content`, byte for byte what `renderSocialImage` returns. */
  render(content: SocialImageContent): Promise<Uint8Array>;
  /**
   * From now on draw on `size` threads and keep the process alive while drawing. A renderer made
   * `inBackground` starts with neither (see `socialImageRenderer`).
   */
  foreground(size: number): void;
  /** Ends every thread once its card in hand is done; renders still waiting are rejected. */
  close(): Promise<void>;
}

interface RendererOptions {
  /**
   * Draw without keeping the process alive, until `foreground`: for cards drawn ahead, while the
   * build does other work, which must not hold a failed build's process open.
   */
  inBackground?: boolean;
}

/**
 * How many threads draw cards: SOCIAL_IMAGE_WORKERS when set (0 draws them on the calling thread,
 * one at a time, as builds did before the pool), else `os.availableParallelism()`.
 */
export function socialImageWorkers(env: Record<string, string | undefined> = process.env): number {
  const value = env.SOCIAL_IMAGE_WORKERS;
  if (value === undefined || value === '') return os.availableParallelism();
  const count = Number(value);
  if (!Number.isInteger(count) || count < 0)
    throw new Error(`SOCIAL_IMAGE_WORKERS: expected a whole number ≥ 0, got "${value}"`);
  return count;
}

/**
 * The worker's source, beside this file. The integrations run inside Astro's Vite-loaded config,
 * where `import.meta.url` still names this file in the project's `src/lib/` (the pages' bundle also
 * holds this module, for `social-cards.ts`, but never starts a pool), and Node runs the `.ts` as is.
 */
function workerFile(): string {
  return fileURLToPath(new URL('./social-image-worker.ts', import.meta.url));
}

/** A renderer on `size` threads, or on the calling thread when `size` is 0. */
export function socialImageRenderer(
  size: number = socialImageWorkers(),
  { inBackground = false }: RendererOptions = {},
): SocialImageRenderer {
  if (size === 0) return { render: renderSocialImage, foreground: () => {}, close: async () => {} };
  return new SocialImagePool(size, inBackground);
}

interface Job {
  task: SocialImageTask;
  resolve: (png: Uint8Array) => void;
  reject: (error: Error) => void;
  /** Called once the card's thread is done with it, drawn or failed (`close` waits for them). */
  settled: (() => void)[];
}

/**
 * sharp, loaded on this thread too before any worker loads it: its native libraries then stay
 * loaded when a worker ends, which on glibc would otherwise unload them under the other workers
 * (sharp's documentation on worker threads).
 */
let sharpOnThisThread: Promise<unknown> | undefined;

class SocialImagePool implements SocialImageRenderer {
  #size: number;
  #inBackground: boolean;
  readonly #idle: Worker[] = [];
  readonly #busy = new Map<Worker, Job>();
  readonly #queue: Job[] = [];
  #nextId = 0;
  #closed = false;

  constructor(size: number, inBackground: boolean) {
    this.#size = size;
    this.#inBackground = inBackground;
  }

  foreground(size: number): void {
    this.#size = Math.max(1, size);
    this.#inBackground = false;
    for (const worker of this.#busy.keys()) worker.ref();
    this.#dispatch();
  }

  async render(content: SocialImageContent): Promise<Uint8Array> {
    sharpOnThisThread ??= import('sharp');
    await sharpOnThisThread;
    if (this.#closed) throw new Error('the social image pool is closed');
    return new Promise((resolve, reject) => {
      this.#queue.push({ task: { id: this.#nextId++, content }, resolve, reject, settled: [] });
      this.#dispatch();
    });
  }

  async close(): Promise<void> {
    this.#closed = true;
    const error = new Error('the social image pool was closed before the image was drawn');
    for (const job of this.#queue.splice(0)) job.reject(error);
    // A thread is ended only between cards: one ended while sharp encodes can bring the whole
    // process down (lovell/sharp#2263).
    const inHand = [...this.#busy].map(([worker, job]) =>
      new Promise<void>((done) => job.settled.push(done)).then(() => worker),
    );
    await Promise.all([...this.#idle.splice(0), ...(await Promise.all(inHand))].map((worker) => worker.terminate()));
  }

  #dispatch(): void {
    while (this.#queue.length > 0) {
      let worker = this.#idle.pop();
      if (!worker && this.#busy.size < this.#size) {
        try {
          worker = this.#start();
        } catch (error) {
          for (const job of this.#queue.splice(0)) job.reject(error as Error);
          return;
        }
      }
      if (!worker) return;
      const job = this.#queue.shift()!;
      this.#busy.set(worker, job);
      if (!this.#inBackground) worker.ref();
      worker.postMessage(job.task);
    }
  }

  #start(): Worker {
    const file = workerFile();
    if (!existsSync(file)) throw new Error(`social image worker not found: ${file}`);
    const worker = new Worker(file);
    worker.on('message', (result: SocialImageResult) => {
      const job = this.#busy.get(worker);
      if (!job || job.task.id !== result.id) return;
      this.#busy.delete(worker);
      if ('error' in result) job.reject(new Error(result.error));
      else job.resolve(result.png);
      worker.unref();
      for (const done of job.settled) done();
      if (this.#closed) return;
      this.#idle.push(worker);
      this.#dispatch();
    });
    // A thread that dies (it could not load its modules, it ran out of memory) fails its card; the
    // next card gets a new thread.
    const lost = (error: Error) => {
      const job = this.#busy.get(worker);
      this.#busy.delete(worker);
      const idle = this.#idle.indexOf(worker);
      if (idle >= 0) this.#idle.splice(idle, 1);
      job?.reject(error);
      for (const done of job?.settled ?? []) done();
      if (!this.#closed) this.#dispatch();
    };
    worker.on('error', lost);
    worker.on('exit', (code) => {
      if (this.#busy.has(worker) || this.#idle.includes(worker))
        lost(new Error(`social image worker exited with code ${code}`));
    });
    return worker;
  }
}
