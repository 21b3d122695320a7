/**
 * Properties that must hold for any input: nothing lost, ids stable, output deterministic,
 * bad files reported without stopping the rest.
 */
import { describe, expect, it } from 'vitest';
import { createPipeline } from '../src/io/pipeline.ts';
import { readPapers } from '../src/io/read-papers.ts';
import { decode } from '../src/pipeline/decode.ts';
import { splitFrontMatter } from '../src/pipeline/frontmatter.ts';
import { normalize } from '../src/pipeline/normalize.ts';
import type { ParseResult } from '../src/schema/article.ts';

const { parse, parseAll } = createPipeline();
const papers = readPapers();
const encoder = new TextEncoder();

/** Multiset of the non-space characters of some texts. */
function characters(texts: (string | null)[]): Map<string, number> {
  const counts = new Map<string, number>();
  for (const text of texts) for (const ch of (text ?? '').replace(/\s+/g, '')) counts.set(ch, (counts.get(ch) ?? 0) + 1);
  return counts;
}

function accounted(result: ParseResult): Map<string, number> {
  return characters([
    ...result.articles.flatMap((a) => [a.kicker, a.title, a.subtitle, ...a.paragraphs.map((p) => p.text)]),
    ...result.furniture.map((f) => f.text),
    ...result.fragments.filter((f) => f.placedIn === null).map((f) => f.text),
  ]);
}

function input(bytes: Uint8Array): Map<string, number> {
  const decoded = decode(bytes);
  if (!decoded.ok) throw new Error(decoded.message);
  const front = splitFrontMatter(decoded.text);
  const { lines, setAside } = normalize(front.body, front.bodyLine);
  return characters([...lines.map((l) => l.text), ...setAside.map((g) => g.text)]);
}

describe('nothing is lost', () => {
  for (const paper of papers) {
    it(`every character of ${paper.file} is in an article, furniture or a fragment`, () => {
      expect(accounted(parse(paper))).toEqual(input(paper.bytes));
    });
  }
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
    expect(accounted(out)).toEqual(input(encoder.encode(line)));
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
