/**
 * Runs a command and measures it: wall time and peak resident memory of the whole
 * process tree (Astro and the Pagefind binary it spawns run as separate processes,
 * so one process's maxrss would under-report), sampled from /proc.
 */
import { spawn } from 'node:child_process';
import { readdirSync, readFileSync, statSync } from 'node:fs';

export interface Measured {
  seconds: number;
  /** Highest sum of RSS over the tree at one sample, bytes (0 where /proc is missing). */
  peakBytes: number;
  output: string;
  code: number | null;
}

const PAGE = 4096;

function processTable(): Map<number, { ppid: number; rss: number }> {
  const table = new Map<number, { ppid: number; rss: number }>();
  for (const name of readdirSync('/proc')) {
    if (!/^\d+$/.test(name)) continue;
    try {
      const stat = readFileSync(`/proc/${name}/stat`, 'utf8');
      // Fields after the command name, which may hold spaces, in parentheses.
      const fields = stat.slice(stat.lastIndexOf(')') + 2).split(' ');
      table.set(Number(name), { ppid: Number(fields[1]), rss: Number(fields[21]) * PAGE });
    } catch {
      // the process ended while we looked
    }
  }
  return table;
}

function treeRss(root: number): number {
  const table = processTable();
  const children = new Map<number, number[]>();
  for (const [pid, { ppid }] of table) children.set(ppid, [...(children.get(ppid) ?? []), pid]);
  let total = 0;
  const stack = [root];
  while (stack.length > 0) {
    const pid = stack.pop()!;
    total += table.get(pid)?.rss ?? 0;
    stack.push(...(children.get(pid) ?? []));
  }
  return total;
}

export function run(command: string, args: string[], options: { cwd?: string; env?: NodeJS.ProcessEnv; quiet?: boolean } = {}): Promise<Measured> {
  return new Promise((resolve, reject) => {
    const started = performance.now();
    const child = spawn(command, args, { cwd: options.cwd, env: options.env ?? process.env, stdio: ['ignore', 'pipe', 'pipe'] });
    let output = '';
    const keep = (chunk: Buffer): void => {
      output += chunk.toString();
      if (output.length > 200_000) output = output.slice(-100_000);
    };
    child.stdout.on('data', keep);
    child.stderr.on('data', keep);
    let peakBytes = 0;
    const sample = (): void => {
      if (child.pid !== undefined) peakBytes = Math.max(peakBytes, treeRss(child.pid));
    };
    const timer = setInterval(sample, 250);
    child.once('error', (error) => {
      clearInterval(timer);
      reject(error);
    });
    child.once('exit', (code) => {
      clearInterval(timer);
      const seconds = (performance.now() - started) / 1000;
      if (code !== 0 && !options.quiet) process.stderr.write(output.slice(-4000));
      resolve({ seconds, peakBytes, output, code });
    });
  });
}

/** Bytes under a folder (files only). */
export function folderBytes(dir: string): { bytes: number; files: number; largest: number } {
  let bytes = 0;
  let files = 0;
  let largest = 0;
  for (const entry of readdirSync(dir, { withFileTypes: true, recursive: true })) {
    if (!entry.isFile()) continue;
    files += 1;
    try {
      const size = statSync(`${entry.parentPath}/${entry.name}`).size;
      bytes += size;
      largest = Math.max(largest, size);
    } catch {
      // vanished
    }
  }
  return { bytes, files, largest };
}
