/**
 * The `articles` collection's loader: runs the pipeline over the papers folder and
 * keeps the records in Astro's data store. A paper whose bytes, and whose other
 * inputs (pipeline code, taxonomy, settings), are unchanged since the last build is
 * not parsed again. A paper that fails is logged with its name and the rest goes on.
 */
import { readFileSync } from 'node:fs';
import { listFiles } from '../io/list-files.ts';
import type { Loader, LoaderContext } from 'astro/loaders';
import type { PaperInput } from '../pipeline/index.ts';
import type { ParseResult, Warning } from '../schema/article.ts';

export interface PapersLoaderOptions {
  readPapers: () => PaperInput[];
  /** Everything besides a paper's own bytes that can change its records. */
  inputs: () => unknown;
  /** Called at most once per build, and only when some paper needs parsing (the tagger is slow to start). */
  createParser: () => (input: PaperInput) => ParseResult;
}

/** What the meta store remembers per paper. */
interface PaperState {
  digest: string | null;
  ids: string[];
  warnings: Warning[];
}

const FILES_KEY = 'papers';
const paperKey = (file: string): string => `paper:${file}`;

export function formatWarning(w: Warning): string {
  return `${w.file}:${w.line} ${w.message}`;
}

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
    load: async ({ store, meta, logger, generateDigest, parseData }) => {
      const papers = [...options.readPapers()].sort((a, b) => (a.file < b.file ? -1 : a.file > b.file ? 1 : 0));
      const inputsDigest = generateDigest(JSON.stringify(options.inputs()));
      let parse: ((input: PaperInput) => ParseResult) | null = null;
      const live = new Set<string>();
      let parsed = 0;

      for (const paper of papers) {
        const digest = generateDigest(`${inputsDigest}:${Buffer.from(paper.bytes).toString('base64')}`);
        const previous = readState(meta, paper.file);
        if (previous && previous.digest === digest && previous.ids.every((id) => store.has(id))) {
          previous.ids.forEach((id) => live.add(id));
          previous.warnings.forEach((w) => logger.warn(formatWarning(w)));
          continue;
        }

        const state: PaperState = { digest, ids: [], warnings: [] };
        try {
          parse ??= options.createParser();
          const result = parse(paper);
          parsed += 1;
          state.warnings = result.warnings;
          for (const article of result.articles) {
            if (live.has(article.id)) {
              state.warnings.push({ file: paper.file, line: article.line, message: `duplicate article id ${article.id}; this copy is skipped` });
              continue;
            }
            try {
              const data = await parseData({ id: article.id, data: article as unknown as Record<string, unknown> });
              store.set({ id: article.id, data, digest: generateDigest(data) });
              state.ids.push(article.id);
              live.add(article.id);
            } catch (error) {
              state.warnings.push({ file: paper.file, line: article.line, message: `record ${article.id} does not match the schema: ${(error as Error).message}` });
            }
          }
        } catch (error) {
          // Not cached: a failure may come from outside the file (a bug being fixed), so retry next build.
          state.digest = null;
          state.warnings.push({ file: paper.file, line: 0, message: `could not be parsed: ${(error as Error).message}` });
        }
        state.warnings.forEach((w) => logger.warn(formatWarning(w)));
        meta.set(paperKey(paper.file), JSON.stringify(state));
      }

      // Records of papers that were removed or changed.
      for (const id of store.keys()) if (!live.has(id)) store.delete(id);
      const files = new Set(papers.map((p) => p.file));
      for (const file of JSON.parse(meta.get(FILES_KEY) ?? '[]') as string[]) if (!files.has(file)) meta.delete(paperKey(file));
      meta.set(FILES_KEY, JSON.stringify([...files]));
      logger.info(`${papers.length} papers, ${parsed} parsed, ${papers.length - parsed} unchanged; ${live.size} articles`);
    },
  };
}

/** Source files of a folder (tests excluded) as one string, for `inputs`: a code change re-parses every paper. */
export function sourceText(dir: string): string {
  return listFiles(dir, (name) => name.endsWith('.ts') && !name.endsWith('.test.ts'))
    .map((path) => `${path}\u0000${readFileSync(path, 'utf8')}`)
    .join('\u0001');
}
