import { createHash } from 'node:crypto';
import type { LoaderContext } from 'astro/loaders';
import { describe, expect, it } from 'vitest';
import { articleSchema, type ParseResult } from '../schema/article.ts';
import type { PaperInput } from '../pipeline/index.ts';
import { papersLoader } from './papers-loader.ts';
import { makeArticle } from './testing/make-article.ts';

/** An in-memory stand-in for Astro's loader context, kept across "builds". */
function fakeAstro() {
  const entries = new Map<string, { id: string; data: Record<string, unknown>; digest?: string | number }>();
  const metaMap = new Map<string, string>();
  const logs: { level: string; message: string }[] = [];
  const context = () =>
    ({
      collection: 'articles',
      store: {
        get: (id: string) => entries.get(id),
        set: (entry: { id: string; data: Record<string, unknown>; digest?: string }) => (entries.set(entry.id, entry), true),
        has: (id: string) => entries.has(id),
        keys: () => [...entries.keys()],
        values: () => [...entries.values()],
        entries: () => [...entries.entries()],
        delete: (id: string) => void entries.delete(id),
        clear: () => entries.clear(),
        addModuleImport: () => {},
      },
      meta: { get: (k: string) => metaMap.get(k), set: (k: string, v: string) => void metaMap.set(k, v), has: (k: string) => metaMap.has(k), delete: (k: string) => void metaMap.delete(k) },
      logger: {
        info: (message: string) => logs.push({ level: 'info', message }),
        warn: (message: string) => logs.push({ level: 'warn', message }),
        error: (message: string) => logs.push({ level: 'error', message }),
        debug: () => {},
      },
      generateDigest: (data: unknown) => createHash('sha1').update(typeof data === 'string' ? data : JSON.stringify(data)).digest('hex'),
      parseData: async ({ data }: { data: Record<string, unknown> }) => articleSchema.parse(data) as unknown as Record<string, unknown>,
    }) as unknown as LoaderContext;
  return { entries, logs, context };
}

const paper = (file: string, text: string): PaperInput => ({ file, bytes: new TextEncoder().encode(text) });

/** A fake pipeline: one article per non-empty line; "BOOM" throws; "WARN" warns. */
function fakeParser(calls: string[]) {
  return () => (input: PaperInput): ParseResult => {
    calls.push(input.file);
    const text = new TextDecoder().decode(input.bytes);
    if (text.includes('BOOM')) throw new Error('decoder exploded');
    const lines = text.split('\n').filter(Boolean);
    return {
      articles: lines.map((line, i) => makeArticle({ id: `${input.file.replace(/\W/g, '')}-${i}`, file: input.file, order: i, title: line })),
      furniture: [],
      fragments: [],
      warnings: text.includes('WARN') ? [{ file: input.file, line: 2, message: 'something odd' }] : [],
    };
  };
}

describe('papers loader', () => {
  it('parses only papers that changed, and drops the records of removed papers', async () => {
    const astro = fakeAstro();
    const calls: string[] = [];
    let papers = [paper('a.txt', '甲\n乙'), paper('b.txt', '丙')];
    const loader = papersLoader({ readPapers: () => papers, inputs: () => ({ v: 1 }), createParser: fakeParser(calls) });

    await loader.load(astro.context());
    expect(calls).toEqual(['a.txt', 'b.txt']);
    expect([...astro.entries.keys()].sort()).toEqual(['atxt-0', 'atxt-1', 'btxt-0']);

    await loader.load(astro.context());
    expect(calls).toEqual(['a.txt', 'b.txt']);

    papers = [paper('a.txt', '甲改')];
    await loader.load(astro.context());
    expect(calls).toEqual(['a.txt', 'b.txt', 'a.txt']);
    expect([...astro.entries.keys()]).toEqual(['atxt-0']);
    expect((astro.entries.get('atxt-0')!.data as { title: string }).title).toBe('甲改');
  });

  it('re-parses everything when another input (pipeline code, taxonomy) changes', async () => {
    const astro = fakeAstro();
    const calls: string[] = [];
    let version = 1;
    const loader = papersLoader({ readPapers: () => [paper('a.txt', '甲')], inputs: () => ({ version }), createParser: fakeParser(calls) });
    await loader.load(astro.context());
    version = 2;
    await loader.load(astro.context());
    expect(calls).toEqual(['a.txt', 'a.txt']);
  });

  it('logs a broken paper with its name and loads the others', async () => {
    const astro = fakeAstro();
    const loader = papersLoader({ readPapers: () => [paper('bad.txt', 'BOOM'), paper('good.txt', '好\nWARN')], inputs: () => ({}), createParser: fakeParser([]) });
    await loader.load(astro.context());
    expect([...astro.entries.keys()].sort()).toEqual(['goodtxt-0', 'goodtxt-1']);
    const warnings = astro.logs.filter((l) => l.level === 'warn').map((l) => l.message);
    expect(warnings).toEqual(['bad.txt:0 could not be parsed: decoder exploded', 'good.txt:2 something odd']);
  });

  it('repeats the warnings of an unchanged paper on every build, and retries a failed one', async () => {
    const astro = fakeAstro();
    const calls: string[] = [];
    const loader = papersLoader({ readPapers: () => [paper('bad.txt', 'BOOM'), paper('w.txt', 'WARN')], inputs: () => ({}), createParser: fakeParser(calls) });
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
    const loader = papersLoader({ readPapers: () => [paper('a.txt', '甲')], inputs: () => ({}), createParser: () => (created++, make()) });
    await loader.load(astro.context());
    await loader.load(astro.context());
    expect(created).toBe(1);
  });
});
