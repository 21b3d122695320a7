import { readdirSync, readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { splitLines } from './lines.ts';
import { normalize, normalizeLine } from './normalize.ts';

const papers = new URL('../../content/papers/', import.meta.url);
const samples = readdirSync(papers)
  .filter((f) => f.endsWith('.txt'))
  .sort()
  .map((f) => ({ name: f, text: readFileSync(new URL(f, papers), 'utf8') }));

const HAN = /[\u3400-\u4dbf\u4e00-\u9fff\uf900-\ufaff]/gu;

describe('normalize: lines', () => {
  it('yields one SourceLine per input line, blank ones too, numbered from firstLine', () => {
    const { lines } = normalize('标题\r\n\r\n  正文第一段  \r\n', 5);
    expect(lines).toEqual([
      { line: 5, text: '标题', plain: '标题' },
      { line: 6, text: '', plain: '' },
      { line: 7, text: '正文第一段', plain: '正文第一段' },
    ]);
  });

  it('keeps the line count and numbering of the sample papers', () => {
    for (const { text } of samples) {
      const { lines } = normalize(text);
      expect(lines.length).toBe(splitLines(text).length);
      lines.forEach((l, k) => expect(l.line).toBe(k + 1));
    }
  });

  it('leaves no CR in CRLF input', () => {
    const text = samples[0]!.text.replace(/\n/g, '\r\n');
    const { lines } = normalize(text);
    expect(lines.map((l) => l.text)).toEqual(normalize(samples[0]!.text).lines.map((l) => l.text));
    expect(lines.some((l) => l.text.includes('\r'))).toBe(false);
  });

  it('never loses or reorders a Chinese character of the samples', () => {
    for (const { text } of samples) {
      const { lines } = normalize(text);
      expect(lines.map((l) => l.text).join('\n').match(HAN)).toEqual(text.match(HAN));
    }
  });
});

describe('normalize: spaces and invisible characters', () => {
  it('removes zero-width characters, BOMs and soft hyphens', () => {
    expect(normalizeLine('天\u200b津\u200c日\u200d报\u2060\ufeff tech\u00adnology')).toBe('天津日报 technology');
  });

  it('maps odd spaces to one space and trims', () => {
    expect(normalizeLine('\u3000\u3000本报讯\u00a0\u00a0记者\t于春津\u2002刘国栋\u2003\u2009  ')).toBe('本报讯 记者 于春津 刘国栋');
    expect(normalizeLine('来源:中国日报网    2025-03-01 13:56 ')).toBe('来源：中国日报网 2025-03-01 13:56');
  });

  it('turns full-width letters and digits half-width, full-width punctuation stays', () => {
    expect(normalizeLine('ＡＢＣ１２３ｘｙｚ，天津。')).toBe('ABC123xyz，天津。');
  });
});

describe('normalize: punctuation width', () => {
  it.each([
    ['本报讯(记者 于春津 刘国栋)5月9日,市委书记陈敏尔', '本报讯（记者 于春津 刘国栋）5月9日，市委书记陈敏尔'],
    ['来源: 中国日报网', '来源：中国日报网'],
    ['那么,这个“首次”为何花落能源领域?', '那么，这个“首次”为何花落能源领域？'],
    ['计划投资3.8亿元打造OPC创业孵化园区,预计年营收可达150亿元;北京若梓', '计划投资3.8亿元打造OPC创业孵化园区，预计年营收可达150亿元；北京若梓'],
    ['基地按照GMP(药品生产质量管理规范)规划设计', '基地按照GMP（药品生产质量管理规范）规划设计'],
    ['动漫cosplay(角色扮演)欢乐大巡游活动', '动漫cosplay（角色扮演）欢乐大巡游活动'],
    ['(上接第1版)实地考察江苏交控集团', '（上接第1版）实地考察江苏交控集团'],
    [
      '版权保护:本网登载的内容(包括文字、图片、多媒体资讯等)版权属中国日报网(中报国际文化传媒(北京)有限公司)独家所有使用。',
      '版权保护：本网登载的内容（包括文字、图片、多媒体资讯等）版权属中国日报网（中报国际文化传媒（北京）有限公司）独家所有使用。',
    ],
    ['凡注明来源为“中国日报网:XXX(署名)”,除', '凡注明来源为“中国日报网：XXX（署名）”，除'],
    ['工业增加值增长5.8%,高于去年', '工业增加值增长5.8%，高于去年'],
    ['好!', '好！'],
    ['北京(京津冀)国际科技创新中心', '北京（京津冀）国际科技创新中心'],
    ['产业链(', '产业链（'],
    ['占全区规模以上工业总产值约20%;2024年一季度完成产值55亿元', '占全区规模以上工业总产值约20%；2024年一季度完成产值55亿元'],
    ['x(𠀀)y', 'x（𠀀）y'],
  ])('%s', (input, expected) => {
    expect(normalizeLine(input)).toBe(expected);
  });

  it.each([
    ['占全国市场1,000家'],
    ['2025-03-01 13:56'],
    ['详见 http://x.cn/a?b=1,2&c=(3) 页面'],
    ['https://example.com/wiki/Tianjin_(city)'],
    ['蓝色光钥将投资1.5亿元'],
    ['给中国日报网提意见：rx@chinadaily.com.cn'],
    ['首届津一放风节在本市河东区津一·PARK举行'],
    ['f(x) = (a, b); g: y!'],
    ['<script>alert(1)</script>'],
    ['"hello" he said'],
  ])('keeps ASCII in Latin and numeric context: %s', (input) => {
    expect(normalizeLine(input)).toBe(input);
  });

  it('turns straight quotes curly only when every one touches Chinese', () => {
    expect(normalizeLine('他说"好"和"坏"')).toBe('他说“好”和“坏”');
    expect(normalizeLine('他说"好"和"坏')).toBe('他说"好"和"坏');
    expect(normalizeLine('<a href="x">天津</a>')).toBe('<a href="x">天津</a>');
  });

  it('leaves the space after ? and ! (it may separate headline parts)', () => {
    expect(normalizeLine('为何花落能源领域? 天开园对接活动')).toBe('为何花落能源领域？ 天开园对接活动');
  });

  it('leaves no ASCII , : ; ( ) next to a Chinese character in the samples', () => {
    for (const { text } of samples) {
      for (const { text: line } of normalize(text).lines) {
        expect(line).not.toMatch(/[\u4e00-\u9fff][,;:()]|[,;:()][\u4e00-\u9fff]/u);
      }
    }
  });
});

describe('normalize: script', () => {
  it('detects Traditional text, keeps it for display and converts plain', () => {
    const { script, lines } = normalize('天開高教科創園\n\n寶坻區 智能網聯汽車\n');
    expect(script).toBe('hant');
    expect(lines).toEqual([
      { line: 1, text: '天開高教科創園', plain: '天开高教科创园' },
      { line: 2, text: '', plain: '' },
      { line: 3, text: '寶坻區 智能網聯汽車', plain: '宝坻区 智能网联汽车' },
    ]);
  });

  it('normalises punctuation in Traditional text before converting it', () => {
    const { lines } = normalize('本報訊(記者 張清)昨天,市委書記前往調研。\n這個項目總投資18億元。');
    expect(lines[0]).toEqual({ line: 1, text: '本報訊（記者 張清）昨天，市委書記前往調研。', plain: '本报讯（记者 张清）昨天，市委书记前往调研。' });
  });

  it('keeps a Simplified text with a stray Traditional character as it is', () => {
    const text = '陈敏尔著重强调,後来市委书记前往调研。';
    const { script, lines } = normalize(text);
    expect(script).toBe('hans');
    expect(lines[0]!.plain).toBe(lines[0]!.text);
    expect(lines[0]!.text).toBe('陈敏尔著重强调，後来市委书记前往调研。');
  });

  it('passes <script> through unchanged in text and plain', () => {
    const { lines } = normalize('标题\n<script>alert(1)</script>\n');
    expect(lines[1]).toEqual({ line: 2, text: '<script>alert(1)</script>', plain: '<script>alert(1)</script>' });
  });
});

describe('normalize: speed', () => {
  it('normalises a 5 MB line well under a second', () => {
    const unit = samples.map((s) => s.text.replace(/\n/g, '')).join('');
    const line = unit.repeat(Math.ceil((5 * 1024 * 1024) / Buffer.byteLength(unit)));
    expect(Buffer.byteLength(line)).toBeGreaterThanOrEqual(5 * 1024 * 1024);
    normalize('预热'); // opencc tries are built once per process; not part of the per-text cost
    // CPU time, not wall time: the cost of the code, not of other jobs sharing the machine.
    const start = process.cpuUsage();
    const { lines, script } = normalize(line);
    const used = process.cpuUsage(start);
    const ms = (used.user + used.system) / 1000;
    expect(script).toBe('hans');
    expect(lines).toHaveLength(1);
    expect(lines[0]!.text.startsWith('陈敏尔张工在“117项目”')).toBe(true);
    expect(lines[0]!.text).not.toMatch(/[\u4e00-\u9fff],[\u4e00-\u9fff]/u);
    expect(ms).toBeLessThan(1000);
  });
});

describe('normalize: pinyin glosses', () => {
  it('sets inline glosses aside with their line, so the text reads and matches without them', () => {
    const { lines, setAside, script } = normalize('河畔新區(qū)開(kāi)工\n\n新園區(qū)建設(shè)啟動，總投資(zī)十億元。', 5);
    expect(script).toBe('hant');
    expect(lines.map((l) => l.text)).toEqual(['河畔新區開工', '', '新園區建設啟動，總投資十億元。']);
    expect(lines[0]!.plain).toBe('河畔新区开工');
    expect(setAside).toEqual([
      { kind: 'gloss', line: 5, text: '(qū)(kāi)' },
      { kind: 'gloss', line: 7, text: '(qū)(shè)(zī)' },
    ]);
  });
});
