/**
 * Memory of a process and everything it started, read from Linux's /proc.
 *
 * `processTreeRss(pid)` sums the resident set size (VmRSS) of `pid` and all its
 * descendants (found through the parent pid in /proc/<pid>/stat). Pages shared
 * between processes are counted once per process, as `ps` and `top` count them.
 * `sampleProcessTreeMemory(pid)` reads it every `intervalMs` until stopped and
 * keeps the peak. Processes that exit between two reads are skipped, never an error.
 */
import { readdirSync, readFileSync } from 'node:fs';

/** Parent pid of every live process: pid → ppid. */
function parentPids(proc = '/proc'): Map<number, number> {
  const parents = new Map<number, number>();
  for (const name of readdirSync(proc)) {
    if (!/^\d+$/.test(name)) continue;
    const stat = readOrUndefined(`${proc}/${name}/stat`);
    if (stat === undefined) continue;
    // `pid (comm) state ppid …`: comm may hold spaces and parentheses, so read after the last ')'.
    const fields = stat.slice(stat.lastIndexOf(')') + 2).split(' ');
    const ppid = Number(fields[1]);
    if (Number.isInteger(ppid)) parents.set(Number(name), ppid);
  }
  return parents;
}

/** `root` and every process descending from it. */
export function processTree(root: number, parents: Map<number, number> = parentPids()): number[] {
  const children = new Map<number, number[]>();
  for (const [pid, ppid] of parents) children.set(ppid, [...(children.get(ppid) ?? []), pid]);
  const tree: number[] = [];
  const queue = [root];
  const seen = new Set<number>();
  while (queue.length > 0) {
    const pid = queue.shift()!;
    if (seen.has(pid)) continue;
    seen.add(pid);
    tree.push(pid);
    queue.push(...(children.get(pid) ?? []));
  }
  return tree;
}

/** Resident memory of one process in bytes (0 once it has exited or for a kernel thread). */
function processRss(pid: number, proc = '/proc'): number {
  const status = readOrUndefined(`${proc}/${pid}/status`);
  const kb = status && /^VmRSS:\s+(\d+)\s+kB$/m.exec(status)?.[1];
  return kb ? Number(kb) * 1024 : 0;
}

/** Summed resident memory of `root` and its descendants, in bytes, and how many processes. */
function processTreeRss(root: number): { bytes: number; processes: number } {
  const pids = processTree(root);
  let bytes = 0;
  let processes = 0;
  for (const pid of pids) {
    const rss = processRss(pid);
    if (rss > 0) processes++;
    bytes += rss;
  }
  return { bytes, processes };
}

interface TreeMemoryPeak {
  /** Highest summed RSS seen, in bytes. */
  peakBytes: number;
  /** Most processes in the tree at one sample. */
  peakProcesses: number;
  samples: number;
}

interface TreeMemorySampler {
  /** The peak so far, and the latest sample in bytes, without stopping. */
  current(): TreeMemoryPeak & { lastBytes: number };
  /** Take a last sample, stop, and return the peak. */
  stop(): TreeMemoryPeak;
}

/** Sample the tree under `root` now and every `intervalMs` until `stop()`. */
export function sampleProcessTreeMemory(root: number, intervalMs = 100): TreeMemorySampler {
  const peak: TreeMemoryPeak = { peakBytes: 0, peakProcesses: 0, samples: 0 };
  let lastBytes = 0;
  const sample = () => {
    const { bytes, processes } = processTreeRss(root);
    lastBytes = bytes;
    peak.samples++;
    peak.peakBytes = Math.max(peak.peakBytes, bytes);
    peak.peakProcesses = Math.max(peak.peakProcesses, processes);
  };
  sample();
  const timer = setInterval(sample, intervalMs);
  return {
    current: () => ({ ...peak, lastBytes }),
    stop() {
      clearInterval(timer);
      sample();
      return { ...peak };
    },
  };
}

function readOrUndefined(file: string): string | undefined {
  try {
    return readFileSync(file, 'utf8');
  } catch {
    return undefined;
  }
}
