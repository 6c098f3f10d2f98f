/** Peak memory of a process tree (tests/support/process-tree-memory.ts), as bench-build measures builds. */
import { spawn } from 'node:child_process';
import { once } from 'node:events';
import { describe, expect, it } from 'vitest';
import { processTree, sampleProcessTreeMemory } from '../support/process-tree-memory.ts';

const MB = 1024 * 1024;
const HOLD_200_MB = 'const a = Buffer.alloc(200e6, 1); setTimeout(() => {}, 1500)';

async function peakWhile(args: string[]) {
  const child = spawn(process.execPath, args, { stdio: 'ignore' });
  const sampler = sampleProcessTreeMemory(child.pid!, 100);
  const [code] = await once(child, 'exit');
  const peak = sampler.stop();
  expect(code).toBe(0);
  return peak;
}

describe('process tree memory', () => {
  it('sees a child that holds 200 MB', { timeout: 20_000 }, async () => {
    const peak = await peakWhile(['-e', HOLD_200_MB]);
    expect(peak.peakBytes).toBeGreaterThan(150 * MB);
    expect(peak.samples).toBeGreaterThan(5);
  });

  it('counts the memory of grandchildren too', { timeout: 20_000 }, async () => {
    // The child itself stays small; its own child holds the 200 MB.
    const script = `require('node:child_process').spawnSync(process.execPath, ['-e', ${JSON.stringify(HOLD_200_MB)}], { stdio: 'ignore' })`;
    const peak = await peakWhile(['-e', script]);
    expect(peak.peakBytes).toBeGreaterThan(150 * MB);
    expect(peak.peakProcesses).toBeGreaterThanOrEqual(2);
  });

  it('finds a process tree by parent pids', () => {
    const parents = new Map([
      [10, 1],
      [11, 10],
      [12, 11],
      [13, 1],
      [14, 10],
    ]);
    expect(processTree(10, parents).sort()).toEqual([10, 11, 12, 14]);
    expect(processTree(99, parents)).toEqual([99]);
  });
});
