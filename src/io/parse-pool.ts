/**
 * Parses papers in worker processes, one pipeline (and so one tagger, one nodejieba dictionary) per
 * worker. Processes, not threads: nodejieba's dictionary (~240 MB) is never freed by a thread that ends,
 * so worker threads left half a gigabyte in the build process for all of its rendering; a process that
 * exits gives its memory back. Papers are handed out in the order they are asked for and each answer is that paper's own,
 * so a caller that awaits them in file-name order gets exactly what in-process parsing gives.
 *
 * A paper that throws is an answer like any other (`{ error }`); a worker that dies (a crash, out of
 * memory) is replaced and its paper tried once more on another worker, then failed with a message that
 * says so. When no worker can start at all (a Node without type stripping, a bundler that moved this
 * file), everything is parsed in this process instead and the log says why.
 */
import { fork, type ChildProcess } from 'node:child_process';
import { existsSync } from 'node:fs';
import * as nodeModule from 'node:module';
import { availableParallelism } from 'node:os';
import { resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { inheritedFlags } from '../lib/inherited-flags.ts';
import type { PaperInput } from '../pipeline/index.ts';
import type { ParseResult } from '../schema/article.ts';

/** What parsing one paper came to; never a rejected promise, so answers can wait to be read in order. */
export type ParseOutcome = { result: ParseResult } | { error: string };

export interface ParsePool {
  /** Queues a paper; papers are started in the order of these calls. */
  parse: (input: PaperInput) => Promise<ParseOutcome>;
  close: () => Promise<void>;
}

export interface ParsePoolOptions {
  /** How many papers will be asked for: no more workers start than they warrant. */
  papers: number;
  /** The pipeline in this process: used when no worker can start. */
  inProcess: () => (input: PaperInput) => ParseResult;
  /** The worker module (default: the site's pipeline, ./parse-worker.ts). */
  entry?: string;
  /** Passed to the worker module's `serveParser` factory. */
  data?: unknown;
  /** Most workers (default: the cores this process may use). */
  maxWorkers?: number;
  log?: { info: (message: string) => void; warn: (message: string) => void };
}

/** A worker pays for its ~1.3 s start (nodejieba and the taxonomy) only over this many papers. */
const PAPERS_PER_WORKER = 24;
/**
 * Papers a worker holds at once: the one it parses and the next, so it goes on without waiting for this
 * process (busy setting up Vite while the first papers are parsed) to read an answer and send more.
 */
const HELD = 2;
/** Tries per paper: a worker that died on it may have died of something else. */
const ATTEMPTS = 2;

// A literal `new URL('./…', import.meta.url)` so the loader's code digest (src/io/code-digest.ts) follows it.
const WORKER_URL = new URL('./parse-worker.ts', import.meta.url);

/**
 * The worker module as a file Node can load. Astro loads the content config from the source tree, so
 * this module's own URL normally points beside it; a bundle that moved this module leaves the project
 * root as the place to look.
 */
export function workerEntry(): string | null {
  const candidates = [WORKER_URL.protocol === 'file:' ? fileURLToPath(WORKER_URL) : null, resolve('src/io/parse-worker.ts')];
  return candidates.find((path): path is string => path !== null && existsSync(path)) ?? null;
}

/** How many workers `papers` papers warrant. */
export function workerCount(papers: number, maxWorkers: number = availableParallelism()): number {
  return Math.max(1, Math.min(maxWorkers, Math.ceil(papers / PAPERS_PER_WORKER)));
}

interface Job {
  input: PaperInput;
  attempts: number;
  done: (outcome: ParseOutcome) => void;
}

interface Slot {
  worker: ChildProcess;
  ready: boolean;
  /** The papers sent to it, in the order it answers them: the first is the one it is parsing. */
  jobs: Job[];
  /** Set once the worker is gone, so its late events are ignored. */
  gone: boolean;
}

export function createParsePool(options: ParsePoolOptions): ParsePool {
  const log = options.log ?? { info: () => {}, warn: () => {} };
  const queue: Job[] = [];
  const slots: Slot[] = [];
  const wanted = workerCount(options.papers, options.maxWorkers);
  /** Replacements for workers that died; bounded so a paper that kills every worker cannot loop. */
  let respawns = wanted * 2;
  let everReady = false;
  let local: ((input: PaperInput) => ParseResult) | null = null;
  let closed = false;

  const runLocally = (message: string): void => {
    if (local) return;
    log.warn(message);
    for (const slot of slots) retire(slot);
    try {
      local = options.inProcess();
    } catch (error) {
      // Called from a worker's event: a throw here would take the process down rather than fail the papers.
      const reason = `the pipeline could not start: ${(error as Error).message}`;
      local = () => {
        throw new Error(reason);
      };
    }
    for (let job = queue.shift(); job; job = queue.shift()) job.done(parseHere(local, job.input));
  };
  const cannotStart = (reason: string): void => runLocally(`worker processes could not start (${reason}): parsing in this process`);

  const retire = (slot: Slot): void => {
    slot.gone = true;
    slot.worker.kill();
  };

  const dispatch = (): void => {
    for (const slot of slots) {
      if (queue.length === 0) return;
      while (!slot.gone && slot.ready && slot.jobs.length < HELD && queue.length > 0) {
        const job = queue.shift()!;
        job.attempts += 1;
        slot.jobs.push(job);
        slot.worker.send({ input: job.input });
      }
    }
  };

  const died = (slot: Slot, why: string): void => {
    if (slot.gone) return;
    // One that failed to set up is still running, held open by its channel to this process.
    retire(slot);
    slots.splice(slots.indexOf(slot), 1);
    if (local || closed) return;
    if (!everReady) {
      // Nothing ever came up: the module cannot load here (or the pipeline cannot start in a worker).
      if (slots.length === 0) cannotStart(why);
      return;
    }
    const [job, ...unstarted] = slot.jobs;
    // The papers it held but had not begun go back first in line, as if never sent.
    for (const held of unstarted) held.attempts -= 1;
    queue.unshift(...unstarted);
    if (job) {
      if (job.attempts >= ATTEMPTS) {
        job.done({ error: `the worker process parsing it stopped ${ATTEMPTS} times (${why})` });
      } else {
        log.warn(`${job.input.file}: the worker process parsing it stopped (${why}); trying it on another one`);
        queue.unshift(job);
      }
    } else {
      log.warn(`a worker process stopped (${why})`);
    }
    if (queue.length > 0 && respawns > 0) {
      respawns -= 1;
      spawn();
    } else if (queue.length > 0 && slots.length === 0) {
      runLocally('no worker process left: parsing the remaining papers in this process');
    }
    dispatch();
  };

  const spawn = (): void => {
    const entry = options.entry ?? workerEntry();
    if (entry === null || !existsSync(entry)) return cannotStart(`the worker module ${entry ?? 'src/io/parse-worker.ts'} was not found`);
    let worker: ChildProcess;
    try {
      worker = fork(entry, [], {
        // The structured clone, as between threads: a paper's bytes travel as bytes.
        serialization: 'advanced',
        env: { ...process.env, ...compileCacheEnv() },
        // A young generation of 8 MB, not V8's 64: 70-80 MB less per worker and no more CPU (150 papers: 8.0 s
        // against 8.4 s), since little a paper allocates outlives it.
        execArgv: [...inheritedFlags(), '--max-semi-space-size=8'],
      });
    } catch (error) {
      if (!everReady && slots.length === 0) cannotStart((error as Error).message);
      return;
    }
    const slot: Slot = { worker, ready: false, jobs: [], gone: false };
    slots.push(slot);
    // The first message: what the worker builds its parser from (structured clone, as the papers travel).
    worker.send({ data: options.data ?? null } satisfies SetupMessage);
    worker.on('message', (message: WorkerMessage) => {
      if (slot.gone) return;
      if ('ready' in message) {
        slot.ready = true;
        everReady = true;
      } else if ('setupError' in message) {
        return died(slot, message.setupError);
      } else {
        const job = slot.jobs.shift()!;
        job.done('error' in message ? { error: message.error } : { result: message.result });
      }
      dispatch();
    });
    worker.on('error', (error) => died(slot, error instanceof Error ? error.message : String(error)));
    worker.on('exit', (code, signal) => died(slot, code === null ? `signal ${signal}` : `exit code ${code}`));
  };

  return {
    parse: (input) =>
      new Promise<ParseOutcome>((done) => {
        if (closed) return done({ error: 'the parse pool was closed' });
        if (local) return done(parseHere(local, input));
        queue.push({ input, attempts: 0, done });
        if (slots.length === 0 && !everReady) log.info(`parsing ${options.papers} papers in ${wanted} worker process${wanted === 1 ? '' : 'es'}`);
        // Workers start with the first paper, not before: a build with nothing to parse starts none.
        while (!local && slots.length < wanted && slots.length < queue.length + slots.filter((s) => s.jobs.length > 0).length) spawn();
        dispatch();
      }),
    close: async () => {
      closed = true;
      for (const job of queue.splice(0)) job.done({ error: 'the parse pool was closed' });
      await Promise.all(slots.splice(0).map(stop));
    },
  };
}

function parseHere(parse: (input: PaperInput) => ParseResult, input: PaperInput): ParseOutcome {
  try {
    return { result: parse(input) };
  } catch (error) {
    return { error: (error as Error).message };
  }
}

/** Sent once, before any paper. */
interface SetupMessage {
  data: unknown;
}

type WorkerMessage = { ready: true } | { setupError: string } | { result: ParseResult } | { error: string };

/**
 * The compile cache this process uses (Astro's CLI turns it on outside CI), for the workers too: a call to
 * enableCompileCache does not pass to child processes, and without it each worker strips the types of and
 * compiles the whole pipeline afresh (a few hundred milliseconds of its start).
 */
function compileCacheEnv(): { NODE_COMPILE_CACHE?: string } {
  const dir = (nodeModule as { getCompileCacheDir?: () => string | undefined }).getCompileCacheDir?.();
  return dir ? { NODE_COMPILE_CACHE: dir } : {};
}

/** Ends a worker process and waits until it has exited, so its memory is back before the build goes on. */
function stop(slot: Slot): Promise<void> {
  slot.gone = true;
  const worker = slot.worker;
  if (worker.exitCode !== null || worker.signalCode !== null) return Promise.resolve();
  return new Promise((done) => {
    worker.once('exit', () => done());
    worker.kill();
  });
}

/**
 * The worker side: builds the parser once from the pool's `data` option (its first message), says it is
 * ready, then answers each paper in turn. Called by a worker module's top level.
 */
export function serveParser(create: (data: unknown) => (input: PaperInput) => ParseResult): void {
  const send = process.send?.bind(process);
  if (!send) throw new Error('serveParser runs in a worker process started by the parse pool');
  // Orphaned (the build stopped without ending it): nothing is left to answer to.
  process.on('disconnect', () => process.exit(0));
  process.once('message', ({ data }: SetupMessage) => {
    let parse: (input: PaperInput) => ParseResult;
    try {
      parse = create(data);
    } catch (error) {
      send({ setupError: (error as Error).message } satisfies WorkerMessage, () => process.disconnect?.());
      return;
    }
    process.on('message', ({ input }: { input: PaperInput }) => {
      let message: WorkerMessage;
      try {
        message = { result: parse(input) };
      } catch (error) {
        message = { error: (error as Error).message };
      }
      send(message);
    });
    send({ ready: true } satisfies WorkerMessage);
  });
}
