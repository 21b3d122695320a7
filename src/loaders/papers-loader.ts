/**
 * The `articles` collection's loader: runs the pipeline over the papers folder and hands the records, in
 * file-name order, to `loaded` (in this process: the pages and the search index take them from there).
 * A paper whose bytes, and whose other inputs (pipeline code, taxonomy, settings), are unchanged since
 * the last build is read back from the paper cache (../io/paper-cache.ts) instead of parsed. A paper that
 * fails is logged with its name and the rest goes on.
 *
 * The records are not put in Astro's data store: Astro writes the store as one devalue document, inlines
 * it in the server bundle as a JSON string and parses it back before the first page, which at 10,000
 * articles cost seconds of the one thread the build waits for and held the archive several times over
 * while the pages rendered.
 *
 * The papers to parse are all handed to the parser first (a pool of worker processes parses them side by
 * side) and their results taken in file-name order, so records, warnings and id claims come out as one
 * paper after another would give them.
 */
import { createHash } from 'node:crypto';
import { fileURLToPath } from 'node:url';
import type { Loader, LoaderContext } from 'astro/loaders';
import type { ParseOutcome } from '../io/parse-pool.ts';
import { paperCache, type PaperCache, type ParsedPaper } from '../io/paper-cache.ts';
import { duplicateIdMessage, similarFileNames } from '../pipeline/file-names.ts';
import type { PaperInput } from '../pipeline/index.ts';
import type { Article, ParseResult } from '../schema/article.ts';
import { formatWarning, type Warning } from '../schema/warning.ts';
import { compareStrings } from '../lib/compare.ts';

/** Parses papers, possibly elsewhere (worker processes): answers come back as promises, never rejected. */
export interface PaperParser {
  parse: (input: PaperInput) => Promise<ParseOutcome>;
  close?: () => Promise<void>;
}

/** The papers and what shapes their records: all a parse needs to judge which papers to parse and start on them. */
export interface PaperSource {
  readPapers: () => PaperInput[];
  /** Everything besides a paper's own bytes that can change its records. */
  inputs: () => unknown;
  /**
   * Called at most once per build, and only when some paper needs parsing (the tagger is slow to start);
   * `papers` is how many are expected. A plain function parses in this process.
   */
  createParser: (context: { papers: number; logger: LoaderContext['logger'] }) => PaperParser | ((input: PaperInput) => ParseResult);
}

export interface PapersLoaderOptions extends PaperSource {
  /** A record as the schema declares it; throws (the message says what is wrong) when it does not match. */
  check: (record: unknown) => Article;
  /** Receives this build's records, in file-name order, each id once. */
  loaded: (articles: Article[]) => void;
  /** The parsed papers kept between builds (default: `papers/` in Astro's cache folder). */
  cache?: PaperCache;
}

const CACHE_FOLDER = 'papers/';

/** The paper cache of a project whose Astro cache folder is `cacheDir`. */
export const paperCacheIn = (cacheDir: URL): PaperCache => paperCache(fileURLToPath(new URL(CACHE_FOLDER, cacheDir)));

/** Papers handed to a parser before the loader ran, by paper digest (see parseAhead). */
interface HeadStart {
  answers: Map<string, Promise<ParseOutcome>>;
  parser: PaperParser;
}

const HEAD_START = Symbol.for('tianjin-news.parse-ahead');
const global = globalThis as Record<symbol, HeadStart | undefined>;

/**
 * Starts parsing the papers the cache lacks before Astro gets to the loader (it first sets up Vite and
 * loads the content config: seconds of one busy thread, while the other cores would wait); the loader
 * takes over the answers of the papers it finds with the same digests and parses any other itself. Does
 * nothing when an input cannot be read: the loader meets the same problem and reports it.
 */
export function parseAhead(source: PaperSource, cache: PaperCache, logger: LoaderContext['logger']): void {
  let pending: { paper: PaperInput; digest: string }[];
  try {
    const inputsDigest = sha256(JSON.stringify(source.inputs()));
    pending = source
      .readPapers()
      .map((paper) => ({ paper, digest: paperDigest(inputsDigest, paper) }))
      .filter(({ digest }) => !cache.has(digest))
      .sort((a, b) => compareStrings(a.paper.file, b.paper.file));
  } catch {
    return;
  }
  if (pending.length === 0) return;
  const parser = asParser(source.createParser({ papers: pending.length, logger }));
  global[HEAD_START] = { parser, answers: new Map(pending.map(({ paper, digest }) => [digest, parser.parse(paper)])) };
}

/** The head start, taken once: a later build in this process (the dev server's) starts afresh. */
function takeHeadStart(): HeadStart | null {
  const start = global[HEAD_START] ?? null;
  global[HEAD_START] = undefined;
  return start;
}

export function papersLoader(options: PapersLoaderOptions): Loader {
  return {
    name: 'papers-loader',
    load: async ({ store, logger, config }) => {
      const papers = [...options.readPapers()].sort((a, b) => compareStrings(a.file, b.file));
      // Outside the per-paper handling on purpose: a broken input (the taxonomy) is no paper's fault, so it
      // stops the build once with its own message instead of failing every paper.
      const inputsDigest = sha256(JSON.stringify(options.inputs()));
      const cache = options.cache ?? paperCacheIn(config.cacheDir);
      // Left by a build of an older version of this loader, which kept the records there.
      store.clear();
      /** Article id → the file it belongs to, claimed in file-name order so clean and cached builds agree. */
      const owners = new Map<string, string>();
      const articles: Article[] = [];
      let parsed = 0;
      let failed = 0;

      similarFileNames(papers.map((p) => p.file)).forEach((w) => logger.warn(formatWarning(w)));

      // The papers not in the cache all go to the parser at once; their answers are taken in order below.
      const digests = papers.map((paper) => paperDigest(inputsDigest, paper));
      const cached = new Map<string, ParsedPaper>();
      const pending: { paper: PaperInput; digest: string }[] = [];
      for (const [i, paper] of papers.entries()) {
        const hit = cache.get(digests[i]!);
        if (hit) cached.set(paper.file, hit);
        else pending.push({ paper, digest: digests[i]! });
      }
      const ahead = takeHeadStart();
      let parser: PaperParser | null = null;
      const answers = new Map(
        pending.map(({ paper, digest }) => {
          const early = ahead?.answers.get(digest);
          if (early) return [paper.file, early];
          parser ??= ahead?.parser ?? asParser(options.createParser({ papers: pending.length, logger }));
          return [paper.file, parser.parse(paper)];
        }),
      );

      try {
        for (const [i, paper] of papers.entries()) {
          let result = cached.get(paper.file);
          if (!result) {
            const outcome = await answers.get(paper.file)!;
            answers.delete(paper.file);
            if ('error' in outcome) {
              // Not cached: a failure may come from outside the file (a bug being fixed), so retry next build.
              failed += 1;
              logger.warn(formatWarning({ file: paper.file, line: 0, code: 'parse-failed', message: `could not be parsed: ${outcome.error}` }));
              continue;
            }
            parsed += 1;
            result = checkRecords(paper.file, outcome.result, options.check);
            cache.set(digests[i]!, result);
          }
          // Claimed anew on every build (not cached): once the other file is gone or renamed, the story appears.
          const warnings: Warning[] = [...result.warnings];
          for (const article of result.articles) {
            const owner = owners.get(article.id);
            if (owner !== undefined) {
              warnings.push({ file: paper.file, line: article.line, code: 'duplicate-id', message: duplicateIdMessage(article.id, owner) });
              continue;
            }
            owners.set(article.id, paper.file);
            articles.push(article);
          }
          warnings.forEach((w) => logger.warn(formatWarning(w)));
        }
      } finally {
        // The head start's parser too when this load used none of its answers (its papers changed meanwhile).
        const parsers = new Set([ahead?.parser, parser as PaperParser | null].filter((p) => p != null));
        await Promise.all([...parsers].map((p) => p.close?.()));
      }

      cache.prune(new Set(digests));
      const unchanged = papers.length - parsed - failed;
      logger.info(`${papers.length} papers: ${parsed} parsed, ${unchanged} unchanged${failed ? `, ${failed} failed` : ''}; ${articles.length} articles`);
      options.loaded(articles);
    },
  };
}

/** The paper's records that match the schema, as the schema gives them; a warning for each that does not. */
function checkRecords(file: string, result: ParseResult, check: PapersLoaderOptions['check']): ParsedPaper {
  const articles: Article[] = [];
  const warnings: Warning[] = [...result.warnings];
  for (const article of result.articles) {
    try {
      articles.push(check(article));
    } catch (error) {
      warnings.push({ file, line: article.line, code: 'invalid-record', message: `record ${article.id} does not match the schema: ${(error as Error).message}` });
    }
  }
  return { articles, warnings };
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
