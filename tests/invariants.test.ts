/**
 * Properties that must hold for any input: nothing lost, ids stable, output deterministic,
 * bad files reported without stopping the rest.
 */
import { readdirSync, readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { accounted, difference, input } from '../scripts/lib/nothing-lost.ts';
import { createPipeline } from '../src/io/pipeline.ts';
import { readPapers } from '../src/io/read-papers.ts';

const { parse, parseAll } = createPipeline();
const papers = readPapers();
const encoder = new TextEncoder();

/** Invented pages of every shape the pipeline meets: daily front and inside pages, portals, mirrors, forums, photo pages, headless and hard-wrapped text. */
const shapesDir = new URL('./fixtures/pages/', import.meta.url);
const shapes = readdirSync(shapesDir)
  .filter((name) => name.endsWith('.txt'))
  .sort()
  .map((file) => ({ file, bytes: new Uint8Array(readFileSync(new URL(file, shapesDir))) }));

const nothingLost = { missing: new Map(), extra: new Map() };

describe('nothing is lost', () => {
  it('has a fixture of every page shape', () => expect(shapes.length).toBeGreaterThanOrEqual(8));
  for (const paper of [...papers, ...shapes]) {
    it(`every character of ${paper.file} is in an article, furniture or a fragment`, () => {
      expect(difference(input(paper.bytes), accounted(parse(paper)))).toEqual(nothingLost);
    });
  }
  it('keeps a jump mark printed on a headline line, and the headline', () => {
    const text = '河畔物流园全面开工（下转第2版）\n\n本报讯（记者 王某）昨天，河畔物流园全面开工。\n';
    const out = parse({ file: 'headline-jump.txt', bytes: encoder.encode(text) });
    expect(out.articles[0]!.title).toBe('河畔物流园全面开工');
    expect(difference(input(encoder.encode(text)), accounted(out))).toEqual(nothingLost);
  });
});

describe('stable and deterministic', () => {
  it('gives byte-identical output for the same input', () => {
    expect(JSON.stringify(parseAll(papers))).toBe(JSON.stringify(parseAll([...papers].reverse())));
  });
  it('keeps every id when other files are added or removed', () => {
    const alone = parse(papers[2]!).articles.map((a) => a.id);
    const extra = { file: '000_aaa-new-page.txt', bytes: encoder.encode('新的标题\n\n本报讯（记者 张三）昨天，新的消息发布。\n') };
    const together = parseAll([extra, ...papers]).articles.filter((a) => a.file === papers[2]!.file).map((a) => a.id);
    expect(together).toEqual(alone);
  });
});

describe('bad input is reported and the rest goes on', () => {
  const bad = [
    { file: 'empty.txt', bytes: new Uint8Array() },
    { file: 'binary.txt', bytes: Uint8Array.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a, 0, 0, 0, 13, 0x49, 0x48, 0x44, 0x52]) },
  ];
  const result = parseAll([...bad, ...papers]);
  it('names each bad file in a warning', () => {
    expect(result.warnings.map((w) => w.file)).toEqual(expect.arrayContaining(['empty.txt', 'binary.txt']));
    for (const w of result.warnings) expect(w.line).toBeGreaterThanOrEqual(0);
  });
  it('still parses the good files', () => {
    expect(result.articles.length).toBe(parseAll(papers).articles.length);
  });
  it('reads a GBK-encoded page', () => {
    // 天津日报 \n\n 本报讯。 in GBK
    const bytes = Uint8Array.from([0xcc, 0xec, 0xbd, 0xf2, 0xc8, 0xd5, 0xb1, 0xa8, 0x0a, 0x0a, 0xb1, 0xbe, 0xb1, 0xa8, 0xd1, 0xb6, 0xa1, 0xa3]);
    const out = parse({ file: 'gbk.txt', bytes });
    expect(out.warnings.some((w) => w.file === 'gbk.txt' && /gb18030/i.test(w.message))).toBe(true);
    expect(out.articles[0]?.title).toBe('天津日报');
  });
  it('parses a Traditional page and keeps its script', () => {
    const text = '天開高教科創園舉辦對接活動\n\n本報訊（記者 張三）昨天，天開高教科創園舉辦對接活動，寶坻區企業參加。\n\n記者 李四\n';
    const out = parse({ file: 'hant.txt', bytes: encoder.encode(text) });
    expect(out.articles).toHaveLength(1);
    const [a] = out.articles;
    expect(a!.script).toBe('hant');
    expect(a!.title).toBe('天開高教科創園舉辦對接活動');
    expect(a!.reporters).toEqual(['張三', '李四']);
    expect(a!.paragraphs[0]!.text).toContain('寶坻區');
  });
  // Its prose is one article now, tagged like any other: seconds of work on a loaded machine.
  it('survives a 5 MB file with no line breaks', () => {
    const line = '天津港保税区推进项目建设，'.repeat(400_000);
    const out = parse({ file: 'huge.txt', bytes: encoder.encode(line) });
    expect(out.warnings.some((w) => w.file === 'huge.txt' && w.line === 1)).toBe(true);
    expect(out.articles).toHaveLength(1);
    expect(difference(input(encoder.encode(line)), accounted(out))).toEqual(nothingLost);
  }, 120_000);
  it('strips HTML markup with a warning naming the line, and keeps <script> text out of records', () => {
    const html = '<html><body>\n<h1>标题一</h1>\n<p>本报讯（记者 张三）昨天，消息发布。</p>\n<script>alert(1)</script>\n</body></html>\n';
    const out = parse({ file: 'page.txt', bytes: encoder.encode(html) });
    expect(out.warnings.some((w) => w.file === 'page.txt' && /HTML/.test(w.message) && w.line === 1)).toBe(true);
    expect(JSON.stringify(out.articles)).not.toContain('alert(1)');
  });
  it('keeps <script> typed as text in a plain-text paper as text', () => {
    const out = parse({ file: 'script.txt', bytes: encoder.encode('网络安全提示发布\n\n本报讯（记者 张三）专家提醒，网页里出现<script>alert("x")</script>这样的代码和&amp;要当心。\n') });
    expect(out.articles[0]!.paragraphs[0]!.text).toContain('<script>alert("x")</script>');
  });
});
