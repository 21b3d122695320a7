/**
 * The `articles` collection's loader: runs the pipeline over the papers folder and
 * keeps the records in Astro's data store. A paper whose bytes, and whose other
 * inputs (pipeline code, taxonomy, settings), are unchanged since the last build is
 * not parsed again. A paper that fails is logged with its name and the rest goes on.
 * The papers to parse are all handed to the parser first (a pool of worker processes
 * parses them side by side) and their results taken in file-name order, so records,
 * warnings and id claims come out as one paper after another would give them.
 */
import { createHash } from 'node:crypto';
import type { Loader, LoaderContext } from 'astro/loaders';
import type { ParseOutcome } from '../io/parse-pool.ts';
import { duplicateIdMessage, similarFileNames } from '../pipeline/file-names.ts';
import type { PaperInput } from '../pipeline/index.ts';
import type { ParseResult } from '../schema/article.ts';
import { formatWarning, type Warning } from '../schema/warning.ts';
import { compareStrings } from '../lib/compare.ts';

/** Parses papers, possibly elsewhere (worker processes): answers come back as promises, never rejected. */
export interface PaperParser {
  parse: (input: PaperInput) => Promise<ParseOutcome>;
  close?: () => Promise<void>;
}

export interface PapersLoaderOptions {
  readPapers: () => PaperInput[];
  /** Everything besides a paper's own bytes that can change its records. */
  inputs: () => unknown;
  /**
   * Called at most once per build, and only when some paper needs parsing (the tagger is slow to start);
   * `papers` is how many are expected. A plain function parses in this process.
   */
  createParser: (context: { papers: number; logger: LoaderContext['logger'] }) => PaperParser | ((input: PaperInput) => ParseResult);
}

/** What the meta store remembers per paper. */
interface PaperState {
  digest: string | null;
  ids: string[];
  /** Digest of each record as stored, by position in `ids`. */
  records: string[];
  warnings: Warning[];
}

const FILES_KEY = 'papers';
const paperKey = (file: string): string => `paper:${file}`;

function readState(meta: LoaderContext['meta'], file: string): PaperState | null {
  const raw = meta.get(paperKey(file));
  if (!raw) return null;
  try {
    return JSON.parse(raw) as PaperState;
  } catch {
    return null;
  }
}

export function papersLoader(options: PapersLoaderOptions): Loader {
  return {
    name: 'papers-loader',
    load: async ({ store, meta, logger, parseData }) => {
      const papers = [...options.readPapers()].sort((a, b) => compareStrings(a.file, b.file));
      // Outside the per-paper handling on purpose: a broken input (the taxonomy) is no paper's fault, so it
      // stops the build once with its own message instead of failing every paper.
      const inputsDigest = sha256(JSON.stringify(options.inputs()));
      /** Article id → the file it belongs to, claimed in file-name order so clean and cached builds agree. */
      const owners = new Map<string, string>();
      let parsed = 0;
      let failed = 0;

      similarFileNames(papers.map((p) => p.file)).forEach((w) => logger.warn(formatWarning(w)));

      // Which papers will need parsing, judged before any is parsed: they all go to the parser at once.
      // The loop below decides again, in order, with the ids earlier papers claimed; a paper found to need
      // parsing only then is handed over then, and an answer it turns out not to need is dropped.
      const digests = papers.map((paper) => paperDigest(inputsDigest, paper));
      const pending = papers.filter((paper, i) => {
        const previous = readState(meta, paper.file);
        return !(previous && previous.digest === digests[i] && isIntact(previous, paper.file, store, new Map()));
      });
      let parser: PaperParser | null = null;
      const parse = (paper: PaperInput): Promise<ParseOutcome> => {
        parser ??= asParser(options.createParser({ papers: pending.length, logger }));
        return parser.parse(paper);
      };
      const answers = new Map(pending.map((paper) => [paper.file, parse(paper)]));

      try {
        for (const [i, paper] of papers.entries()) {
          const digest = digests[i]!;
          const previous = readState(meta, paper.file);
          if (previous && previous.digest === digest && isIntact(previous, paper.file, store, owners)) {
            previous.ids.forEach((id) => owners.set(id, paper.file));
            previous.warnings.forEach((w) => logger.warn(formatWarning(w)));
            continue;
          }

          const state: PaperState = { digest, ids: [], records: [], warnings: [] };
          const outcome = await (answers.get(paper.file) ?? parse(paper));
          answers.delete(paper.file);
          if ('result' in outcome) {
            const result = outcome.result;
            parsed += 1;
            state.warnings = result.warnings;
            for (const article of result.articles) {
              const owner = owners.get(article.id);
              if (owner !== undefined) {
                state.warnings.push({ file: paper.file, line: article.line, code: 'duplicate-id', message: duplicateIdMessage(article.id, owner) });
                // Not cached: once the other file is gone or renamed, this story must appear.
                state.digest = null;
                continue;
              }
              try {
                const data = await parseData({ id: article.id, data: article as unknown as Record<string, unknown> });
                const recordDigest = sha256(JSON.stringify(data));
                store.set({ id: article.id, data, digest: recordDigest });
                state.ids.push(article.id);
                state.records.push(recordDigest);
                owners.set(article.id, paper.file);
              } catch (error) {
                state.warnings.push({ file: paper.file, line: article.line, code: 'invalid-record', message: `record ${article.id} does not match the schema: ${(error as Error).message}` });
              }
            }
          } else {
            // Not cached: a failure may come from outside the file (a bug being fixed), so retry next build.
            failed += 1;
            state.digest = null;
            state.warnings.push({ file: paper.file, line: 0, code: 'parse-failed', message: `could not be parsed: ${outcome.error}` });
          }
          state.warnings.forEach((w) => logger.warn(formatWarning(w)));
          meta.set(paperKey(paper.file), JSON.stringify(state));
        }
      } finally {
        await (parser as PaperParser | null)?.close?.();
      }

      // Records of papers that were removed or changed, and of ids another file now holds.
      for (const id of store.keys()) if (!owners.has(id)) store.delete(id);
      const files = new Set(papers.map((p) => p.file));
      for (const file of JSON.parse(meta.get(FILES_KEY) ?? '[]') as string[]) if (!files.has(file)) meta.delete(paperKey(file));
      meta.set(FILES_KEY, JSON.stringify([...files]));
      const unchanged = papers.length - parsed - failed;
      logger.info(`${papers.length} papers: ${parsed} parsed, ${unchanged} unchanged${failed ? `, ${failed} failed` : ''}; ${owners.size} articles`);
    },
  };
}

/** A plain parse function as a parser: what it throws becomes the paper's error. */
function asParser(made: PaperParser | ((input: PaperInput) => ParseResult)): PaperParser {
  if (typeof made !== 'function') return made;
  return {
    parse: async (input) => {
      try {
        return { result: made(input) };
      } catch (error) {
        return { error: (error as Error).message };
      }
    },
  };
}

/** The paper's bytes as they are, with everything else that shapes its records. */
function paperDigest(inputsDigest: string, paper: PaperInput): string {
  const hash = createHash('sha256').update(inputsDigest).update('\u0000');
  if (paper.notRead !== undefined) hash.update(`not read: ${paper.notRead}`);
  else hash.update(paper.bytes);
  return hash.digest('hex');
}

function sha256(text: string): string {
  return createHash('sha256').update(text).digest('hex');
}

/**
 * A cached paper may be reused only when each of its records is still in the store exactly as it wrote it
 * (another file may have overwritten one under the same id) and no earlier file holds one of its ids.
 */
function isIntact(state: PaperState, file: string, store: LoaderContext['store'], owners: ReadonlyMap<string, string>): boolean {
  if (!Array.isArray(state.records) || state.records.length !== state.ids.length) return false;
  return state.ids.every((id, i) => {
    const entry = store.get(id);
    return entry !== undefined && entry.digest === state.records[i] && (entry.data as { file?: unknown }).file === file && !owners.has(id);
  });
}
