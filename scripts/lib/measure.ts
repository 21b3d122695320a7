/**
 * Runs a command and measures it: wall time, CPU time (user + system, the command
 * and the children it waited for, from GNU time), and peak resident memory of the
 * whole process tree (Astro and the Pagefind binary it spawns run as separate
 * processes, so one process's maxrss would under-report), sampled from /proc.
 * On a machine shared with other jobs wall time stretches with the load; CPU time
 * much less so.
 */
import { spawn } from 'node:child_process';
import { existsSync, readdirSync, readFileSync, statSync } from 'node:fs';

export interface Measured {
  seconds: number;
  /** User + system seconds; null without /usr/bin/time. */
  cpuSeconds: number | null;
  /** Highest sum of RSS over the tree at one sample, bytes (0 where /proc is missing). */
  peakBytes: number;
  /** At that sample, RSS by program name (node, pagefind…), largest first: which process the peak is. */
  peakBy: [string, number][];
  /** The last 100 KB of output. */
  output: string;
  /** Every output line matching `options.lines` (kept whole, however long the output). */
  lines: string[];
  code: number | null;
}

const PAGE = 4096;
const GNU_TIME = '/usr/bin/time';
const TIME_MARK = '__measured__';

interface ProcessRow {
  ppid: number;
  rss: number;
  name: string;
}

function processTable(): Map<number, ProcessRow> {
  const table = new Map<number, ProcessRow>();
  for (const name of readdirSync('/proc')) {
    if (!/^\d+$/.test(name)) continue;
    try {
      const stat = readFileSync(`/proc/${name}/stat`, 'utf8');
      // Fields after the command name, which may hold spaces, in parentheses.
      const fields = stat.slice(stat.lastIndexOf(')') + 2).split(' ');
      table.set(Number(name), { ppid: Number(fields[1]), rss: Number(fields[21]) * PAGE, name: stat.slice(stat.indexOf('(') + 1, stat.lastIndexOf(')')) });
    } catch {
      // the process ended while we looked
    }
  }
  return table;
}

/** The program's file name (node, pagefind_extended…) from its command line: Node names its process after its main thread (MainThread). */
function programName(commandLine: string | null): string | null {
  const argv0 = commandLine?.split('\0')[0] ?? '';
  return argv0.slice(argv0.lastIndexOf('/') + 1) || null;
}

function readCommandLine(pid: number): string | null {
  try {
    return readFileSync(`/proc/${pid}/cmdline`, 'utf8');
  } catch {
    return null;
  }
}

function treeRss(root: number): { total: number; by: Map<string, number> } {
  const table = processTable();
  const children = new Map<number, number[]>();
  for (const [pid, { ppid }] of table) children.set(ppid, [...(children.get(ppid) ?? []), pid]);
  // Read once a sample: a process's command line names it and is compared with its children's.
  const lines = new Map<number, string | null>();
  const commandLine = (pid: number): string | null => {
    if (!lines.has(pid)) lines.set(pid, readCommandLine(pid));
    return lines.get(pid) ?? null;
  };
  let total = 0;
  const by = new Map<string, number>();
  const stack = [root];
  while (stack.length > 0) {
    const pid = stack.pop()!;
    const row = table.get(pid);
    const own = row ? commandLine(pid) : null;
    // A child caught between fork and exec (Node spawning Pagefind, say) still has its parent's command line, and its
    // resident pages are the parent's, shared copy-on-write: counted, they would add a second copy of up to the whole build.
    const notYetExecuted = pid !== root && own !== null && own === commandLine(row!.ppid);
    if (row && !notYetExecuted) {
      total += row.rss;
      const name = programName(own) ?? row.name;
      by.set(name, (by.get(name) ?? 0) + row.rss);
    }
    stack.push(...(children.get(pid) ?? []));
  }
  return { total, by };
}

export function run(command: string, args: string[], options: { cwd?: string; env?: NodeJS.ProcessEnv; quiet?: boolean; lines?: RegExp } = {}): Promise<Measured> {
  return new Promise((resolve, reject) => {
    const started = performance.now();
    const timed = existsSync(GNU_TIME);
    const [file, argv] = timed ? [GNU_TIME, ['-f', `${TIME_MARK} %U %S`, command, ...args]] : [command, args];
    const child = spawn(file, argv, { cwd: options.cwd, env: options.env ?? process.env, stdio: ['ignore', 'pipe', 'pipe'] });
    let cpuSeconds: number | null = null;
    let output = '';
    let partial = '';
    const lines: string[] = [];
    const keep = (chunk: Buffer): void => {
      const text = chunk.toString();
      output += text;
      if (output.length > 200_000) output = output.slice(-100_000);
      if (!options.lines) return;
      const parts = (partial + text).split('\n');
      partial = parts.pop()!;
      lines.push(...parts.filter((line) => options.lines!.test(line)));
    };
    child.stdout.on('data', keep);
    child.stderr.on('data', keep);
    let peakBytes = 0;
    let peakBy: [string, number][] = [];
    const sample = (): void => {
      if (child.pid === undefined) return;
      const { total, by } = treeRss(child.pid);
      if (total <= peakBytes) return;
      peakBytes = total;
      peakBy = [...by].filter(([, rss]) => rss >= 16 * 1024 * 1024).sort((a, b) => b[1] - a[1]);
    };
    const timer = setInterval(sample, 250);
    child.once('error', (error) => {
      clearInterval(timer);
      reject(error);
    });
    // 'close', not 'exit': GNU time prints its line as the command ends, unbuffered and so in several
    // writes, and 'exit' may come before they are read. The line is taken from the whole output for that.
    child.once('close', (code) => {
      clearInterval(timer);
      const mark = output.lastIndexOf(TIME_MARK);
      if (timed && mark !== -1) {
        const [user, system] = output.slice(mark + TIME_MARK.length).trim().split(/\s+/).map(Number);
        cpuSeconds = (user ?? 0) + (system ?? 0);
        output = output.slice(0, mark);
      }
      const seconds = (performance.now() - started) / 1000;
      if (code !== 0 && !options.quiet) process.stderr.write(output.slice(-4000));
      if (options.lines?.test(partial)) lines.push(partial);
      resolve({ seconds, cpuSeconds, peakBytes, peakBy, output, lines, code });
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
