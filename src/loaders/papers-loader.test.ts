import { mkdtempSync, readdirSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';
import type { LoaderContext } from 'astro/loaders';
import { afterAll, describe, expect, it } from 'vitest';
import { articleSchema, type Article, type ParseResult } from '../schema/article.ts';
import type { PaperInput } from '../pipeline/index.ts';
import { createParsePool } from '../io/parse-pool.ts';
import { paperCache } from '../io/paper-cache.ts';
import { papersLoader, parseAhead, type PapersLoaderOptions } from './papers-loader.ts';
import { fakeParse } from '../../tests/fixtures/fake-parse.ts';
import { makeArticle } from '../../tests/fixtures/make-article.ts';

const folders: string[] = [];
afterAll(() => folders.forEach((dir) => rmSync(dir, { recursive: true, force: true })));

/**
 * A stand-in for Astro's side of one project, kept across "builds": its cache folder (where the loader
 * keeps parsed papers), its logger, and the records each build hands on.
 */
function fakeAstro() {
  const cacheDir = mkdtempSync(join(tmpdir(), 'papers-loader-'));
  folders.push(cacheDir);
  const logs: { level: string; message: string }[] = [];
  let loaded: Article[] = [];
  const context = () =>
    ({
      collection: 'articles',
      store: { clear: () => {} },
      logger: {
        info: (message: string) => logs.push({ level: 'info', message }),
        warn: (message: string) => logs.push({ level: 'warn', message }),
        error: (message: string) => logs.push({ level: 'error', message }),
        debug: () => {},
      },
      config: { cacheDir: pathToFileURL(`${cacheDir}/`) },
    }) as unknown as LoaderContext;
  /** The loader's options as content.config.ts gives them: the schema's check, the records handed on. */
  const options = (given: Pick<PapersLoaderOptions, 'readPapers' | 'inputs' | 'createParser'>): PapersLoaderOptions => ({
    check: (record) => articleSchema.parse(record),
    loaded: (articles) => void (loaded = articles),
    ...given,
  });
  /** The last build's records by id, in the order they were handed on. */
  const entries = () => new Map(loaded.map((a) => [a.id, a]));
  return { logs, context, options, entries, papersDir: join(cacheDir, 'papers') };
}

const paper = (file: string, text: string): PaperInput => ({ file, bytes: new TextEncoder().encode(text) });

/** The fake pipeline, counting its calls. */
function fakeParser(calls: string[]) {
  return () => (input: PaperInput): ParseResult => {
    calls.push(input.file);
    return fakeParse(input);
  };
}

describe('papers loader', () => {
  it('parses only papers that changed, and drops the records of removed papers', async () => {
    const astro = fakeAstro();
    const calls: string[] = [];
    let papers = [paper('a.txt', '甲\n乙'), paper('b.txt', '丙')];
    const loader = papersLoader(astro.options({ readPapers: () => papers, inputs: () => ({ v: 1 }), createParser: fakeParser(calls) }));

    await loader.load(astro.context());
    expect(calls).toEqual(['a.txt', 'b.txt']);
    expect([...astro.entries().keys()].sort()).toEqual(['atxt-0', 'atxt-1', 'btxt-0']);

    await loader.load(astro.context());
    expect(calls).toEqual(['a.txt', 'b.txt']);

    papers = [paper('a.txt', '甲改')];
    await loader.load(astro.context());
    expect(calls).toEqual(['a.txt', 'b.txt', 'a.txt']);
    expect([...astro.entries().keys()]).toEqual(['atxt-0']);
    expect(astro.entries().get('atxt-0')!.title).toBe('甲改');
  });

  it('re-parses everything when another input (pipeline code, taxonomy) changes', async () => {
    const astro = fakeAstro();
    const calls: string[] = [];
    let version = 1;
    const loader = papersLoader(astro.options({ readPapers: () => [paper('a.txt', '甲')], inputs: () => ({ version }), createParser: fakeParser(calls) }));
    await loader.load(astro.context());
    version = 2;
    await loader.load(astro.context());
    expect(calls).toEqual(['a.txt', 'a.txt']);
  });

  it('logs a broken paper with its name and loads the others', async () => {
    const astro = fakeAstro();
    const loader = papersLoader(astro.options({ readPapers: () => [paper('bad.txt', 'BOOM'), paper('good.txt', '好\nWARN')], inputs: () => ({}), createParser: fakeParser([]) }));
    await loader.load(astro.context());
    expect([...astro.entries().keys()].sort()).toEqual(['goodtxt-0', 'goodtxt-1']);
    const warnings = astro.logs.filter((l) => l.level === 'warn').map((l) => l.message);
    expect(warnings).toEqual(['bad.txt:0 could not be parsed: decoder exploded', 'good.txt:2 something odd']);
  });

  it('repeats the warnings of an unchanged paper on every build, and retries a failed one', async () => {
    const astro = fakeAstro();
    const calls: string[] = [];
    const loader = papersLoader(astro.options({ readPapers: () => [paper('bad.txt', 'BOOM'), paper('w.txt', 'WARN')], inputs: () => ({}), createParser: fakeParser(calls) }));
    await loader.load(astro.context());
    astro.logs.length = 0;
    await loader.load(astro.context());
    expect(calls).toEqual(['bad.txt', 'w.txt', 'bad.txt']);
    expect(astro.logs.filter((l) => l.level === 'warn').map((l) => l.message)).toEqual(['bad.txt:0 could not be parsed: decoder exploded', 'w.txt:2 something odd']);
  });

  it('does not start the pipeline when nothing changed', async () => {
    const astro = fakeAstro();
    let created = 0;
    const make = fakeParser([]);
    const loader = papersLoader(astro.options({ readPapers: () => [paper('a.txt', '甲')], inputs: () => ({}), createParser: () => (created++, make()) }));
    await loader.load(astro.context());
    await loader.load(astro.context());
    expect(created).toBe(1);
  });

  it('keeps ids apart when two files claim one: the earlier name holds it in clean and cached builds alike, both files named, and no text outlives its file', async () => {
    // A parser whose ids ignore case and punctuation, as file slugs once did: x-y.txt and X_Y.txt clash.
    const clashing = () => (input: PaperInput): ParseResult => ({
      articles: [makeArticle({ id: `${input.file.toLowerCase().replace(/[^a-z]/g, '')}-0`, file: input.file, title: new TextDecoder().decode(input.bytes) })],
      furniture: [],
      fragments: [],
      warnings: [],
    });
    const titles = (entries: Map<string, Article>) => Object.fromEntries([...entries].map(([id, a]) => [id, `${a.file}:${a.title}`]));
    const cached = fakeAstro();
    let papers = [paper('x-y.txt', '旧稿')];
    const given = { readPapers: () => papers, inputs: () => ({}), createParser: clashing };
    const loader = papersLoader(cached.options(given));
    await loader.load(cached.context());

    papers = [paper('x-y.txt', '旧稿'), paper('X_Y.txt', '新稿')];
    cached.logs.length = 0;
    await loader.load(cached.context());
    const clean = fakeAstro();
    await papersLoader(clean.options(given)).load(clean.context());
    expect(titles(cached.entries())).toEqual(titles(clean.entries()));
    expect(titles(cached.entries())).toEqual({ 'xytxt-0': 'X_Y.txt:新稿' });
    const warned = cached.logs.filter((l) => l.level === 'warn').map((l) => l.message);
    expect(warned.some((m) => m.startsWith('x-y.txt:') && m.includes('"X_Y.txt"'))).toBe(true);

    // The file that held the id is deleted: the other file's story takes its place, not the deleted text.
    papers = [paper('x-y.txt', '旧稿')];
    await loader.load(cached.context());
    expect(titles(cached.entries())).toEqual({ 'xytxt-0': 'x-y.txt:旧稿' });
    papers = [];
    await loader.load(cached.context());
    expect(cached.entries().size).toBe(0);
  });

  it('reads back each paper as it parsed it, whatever another file claimed under the same id in between', async () => {
    const astro = fakeAstro();
    const clashing = () => (input: PaperInput): ParseResult => ({
      articles: [makeArticle({ id: 'same-0', file: input.file, title: input.file })],
      furniture: [],
      fragments: [],
      warnings: [],
    });
    let papers = [paper('b.txt', '乙')];
    const loader = papersLoader(astro.options({ readPapers: () => papers, inputs: () => ({}), createParser: clashing }));
    await loader.load(astro.context());
    papers = [paper('a.txt', '甲'), paper('b.txt', '乙')];
    await loader.load(astro.context());
    papers = [paper('b.txt', '乙')];
    await loader.load(astro.context());
    expect(astro.entries().get('same-0')!.file).toBe('b.txt');
  });

  it('stops once, with the reason, when an input every paper shares is broken (no per-paper failures, no counts)', async () => {
    const astro = fakeAstro();
    const broken = new Error('content/taxonomy/districts.yml: entry #2 "乙区": parent "丙区" is not a known district');
    const loader = papersLoader(astro.options({
      readPapers: () => [paper('a.txt', '甲'), paper('b.txt', '乙')],
      inputs: () => {
        throw broken;
      },
      createParser: fakeParser([]),
    }));
    await expect(loader.load(astro.context())).rejects.toBe(broken);
    expect(astro.logs).toEqual([]);

    const failingParser = papersLoader(astro.options({
      readPapers: () => [paper('a.txt', '甲'), paper('b.txt', '乙')],
      inputs: () => ({}),
      createParser: () => {
        throw broken;
      },
    }));
    await expect(failingParser.load(astro.context())).rejects.toBe(broken);
    expect(astro.logs).toEqual([]);
  });

  it('warns about a file named like another, naming both', async () => {
    const astro = fakeAstro();
    const loader = papersLoader(astro.options({ readPapers: () => [paper('ab.txt', '甲'), paper('ab.md', '乙')], inputs: () => ({}), createParser: fakeParser([]) }));
    await loader.load(astro.context());
    expect(astro.logs.filter((l) => l.level === 'warn').map((l) => l.message)).toEqual([expect.stringMatching(/^ab\.txt:0 .*"ab\.md"/)]);
  });

  it('digests the bytes as they are and says a file was not read', async () => {
    const astro = fakeAstro();
    const calls: string[] = [];
    const loader = papersLoader(astro.options({
      readPapers: () => [{ file: 'huge.txt', bytes: new Uint8Array(0), notRead: 'file too large' }, paper('a.txt', '甲')],
      inputs: () => ({}),
      createParser: fakeParser(calls),
    }));
    await loader.load(astro.context());
    await loader.load(astro.context());
    expect(calls).toEqual(['a.txt', 'huge.txt']);
  });
  it('reports a record that does not match the schema with its file and line, on every build, and loads the others', async () => {
    const astro = fakeAstro();
    const broken = () => (input: PaperInput): ParseResult => ({
      articles: [makeArticle({ id: 'ok-0', file: input.file, line: 1 }), { ...makeArticle({ id: 'bad-1', file: input.file, line: 7 }), published: '五月' }],
      furniture: [],
      fragments: [],
      warnings: [],
    });
    const loader = papersLoader(astro.options({ readPapers: () => [paper('a.txt', '甲')], inputs: () => ({}), createParser: broken }));
    for (let build = 0; build < 2; build++) {
      astro.logs.length = 0;
      await loader.load(astro.context());
      expect([...astro.entries().keys()]).toEqual(['ok-0']);
      expect(astro.logs.filter((l) => l.level === 'warn').map((l) => l.message)).toEqual([expect.stringMatching(/^a\.txt:7 record bad-1 does not match the schema: .*published/s)]);
    }
    expect(astro.logs.at(-1)!.message).toBe('1 papers: 0 parsed, 1 unchanged; 1 articles');
  });

  it('keeps one cache entry per paper of the last build, and parses again a paper whose entry is damaged', async () => {
    const astro = fakeAstro();
    const calls: string[] = [];
    let papers = [paper('a.txt', '甲'), paper('b.txt', '乙')];
    const loader = papersLoader(astro.options({ readPapers: () => papers, inputs: () => ({}), createParser: fakeParser(calls) }));
    await loader.load(astro.context());
    expect(readdirSync(astro.papersDir)).toHaveLength(2);
    papers = [paper('a.txt', '甲改')];
    await loader.load(astro.context());
    expect(readdirSync(astro.papersDir)).toHaveLength(1);
    const [entry] = readdirSync(astro.papersDir);
    writeFileSync(join(astro.papersDir, entry!), 'not a parsed paper');
    await loader.load(astro.context());
    expect(calls).toEqual(['a.txt', 'b.txt', 'a.txt', 'a.txt']);
    expect(astro.entries().get('atxt-0')!.title).toBe('甲改');
    expect(paperCache(astro.papersDir).get(entry!)?.articles.map((a) => a.title)).toEqual(['甲改']);
  });

  it('takes over the answers of a head start on the same papers, and parses itself what the head start judged by other inputs', async () => {
    const astro = fakeAstro();
    const calls: string[] = [];
    const closed: string[] = [];
    let version = 1;
    const parser = (name: string) => () => {
      const parse = fakeParser(calls)();
      return { parse: async (input: PaperInput) => ({ result: parse(input) }), close: async () => void closed.push(name) };
    };
    const papers = [paper('b.txt', '乙'), paper('a.txt', '甲\n丙')];
    const source = () => ({ readPapers: () => papers, inputs: () => ({ version }), createParser: parser('ahead') });
    const logger = astro.context().logger;
    parseAhead(source(), paperCache(astro.papersDir), logger);
    // Handed over at once, in file-name order, before any loader runs.
    expect(calls).toEqual(['a.txt', 'b.txt']);
    const loader = papersLoader(astro.options({ ...source(), createParser: parser('loader') }));
    await loader.load(astro.context());
    expect(calls).toEqual(['a.txt', 'b.txt']);
    expect(closed).toEqual(['ahead']);
    const clean = fakeAstro();
    await papersLoader(clean.options({ ...source(), createParser: fakeParser([]) })).load(clean.context());
    expect([...astro.entries().values()]).toEqual([...clean.entries().values()]);

    // Nothing left to parse: no head start. Then one made for inputs that changed before the loader ran:
    // its answers are not taken, its workers parse the papers again for the loader, and are closed once.
    parseAhead(source(), paperCache(astro.papersDir), logger);
    expect(calls).toEqual(['a.txt', 'b.txt']);
    version = 2;
    parseAhead(source(), paperCache(astro.papersDir), logger);
    version = 3;
    await loader.load(astro.context());
    expect(calls).toEqual(['a.txt', 'b.txt', 'a.txt', 'b.txt', 'a.txt', 'b.txt']);
    expect(closed).toEqual(['ahead', 'ahead']);
    expect(astro.logs.at(-1)!.message).toBe('2 papers: 2 parsed, 0 unchanged; 3 articles');
  });

  it('parses in worker processes: a paper that throws there or kills its worker is reported with its name, the rest loads in file-name order', async () => {
    const astro = fakeAstro();
    const papers = [paper('a.txt', '甲\nWARN'), paper('bad.txt', 'BOOM'), paper('c.txt', 'SLOW'), paper('dies.txt', 'DIE'), paper('e.txt', '戊')];
    const entry = fileURLToPath(new URL('../../tests/fixtures/fake-parse-worker.ts', import.meta.url));
    let closed = 0;
    const loader = papersLoader(astro.options({
      readPapers: () => [...papers].reverse(),
      inputs: () => ({}),
      createParser: ({ papers: count, logger }) => {
        const pool = createParsePool({ papers: count * 24, maxWorkers: 2, entry, inProcess: () => fakeParse, log: logger });
        return { parse: pool.parse, close: () => (closed++, pool.close()) };
      },
    }));
    await loader.load(astro.context());
    expect([...astro.entries().keys()]).toEqual(['atxt-0', 'atxt-1', 'ctxt-0', 'etxt-0']);
    // The pool's own note on the dead worker comes when it happens; the papers' warnings come in file-name order.
    const warned = astro.logs.filter((l) => l.level === 'warn').map((l) => l.message);
    expect(warned.filter((m) => m.includes('trying it on another one'))).toEqual(['dies.txt: the worker process parsing it stopped (exit code 3); trying it on another one']);
    expect(warned.filter((m) => !m.includes('trying it on another one'))).toEqual([
      'a.txt:2 something odd',
      'bad.txt:0 could not be parsed: decoder exploded',
      'dies.txt:0 could not be parsed: the worker process parsing it stopped 2 times (exit code 3)',
    ]);
    expect(astro.logs.at(-1)!.message).toBe('5 papers: 3 parsed, 0 unchanged, 2 failed; 4 articles');
    expect(closed).toBe(1);
  });
});

