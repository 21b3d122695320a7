/**
 * Warnings an editor reads: each says what happened, on the line where it happened.
 * Invented texts throughout.
 */
import { describe, expect, it } from 'vitest';
import { warningText } from '../schema/warning.ts';
import { decode } from './decode.ts';
import { parsePaper } from './index.ts';

const parse = (file: string, bytes: Uint8Array) => parsePaper({ file, bytes }, { homePaper: '天津日报' });
const utf8 = (text: string) => new TextEncoder().encode(text);

/** GBK bytes for a text, from the platform's GBK decoder read backwards (Node has no GBK encoder). */
function gbk(text: string): Uint8Array {
  const decoder = new TextDecoder('gbk');
  const table = new Map<string, number[]>();
  for (let a = 0x81; a <= 0xfe; a++) {
    for (let b = 0x40; b <= 0xfe; b++) {
      if (b === 0x7f) continue;
      const c = decoder.decode(new Uint8Array([a, b]));
      if (c.length === 1 && c !== '\ufffd' && !table.has(c)) table.set(c, [a, b]);
    }
  }
  return Uint8Array.from([...text].flatMap((c) => (c.charCodeAt(0) < 0x80 ? [c.charCodeAt(0)] : table.get(c)!)));
}

function utf16(text: string, order: 'le' | 'be'): Uint8Array {
  const out = new Uint8Array(text.length * 2);
  for (let i = 0; i < text.length; i++) {
    const lo = text.charCodeAt(i) & 0xff;
    const hi = text.charCodeAt(i) >> 8;
    out[2 * i] = order === 'le' ? lo : hi;
    out[2 * i + 1] = order === 'le' ? hi : lo;
  }
  return out;
}

const STORY = '示例区新建物流园区投入使用\n\n本报讯（记者 王小明）3月2日，示例区新建物流园区投入使用，首批入驻企业二十家。\n\n园区负责人介绍，今年还将引进冷链项目五个。\n';

describe('warnings that say what happened', () => {
  it('says "front matter:" once', () => {
    const { warnings } = parse('fm.txt', utf8(`---\ndate: 不是日期\n---\n${STORY}`));
    expect(warnings.map(warningText)).toEqual([expect.stringMatching(/^front matter: date "不是日期" is not a date/)]);
  });

  it('reads UTF-16 without a byte order mark as UTF-16, not as binary', () => {
    for (const order of ['le', 'be'] as const) {
      const out = decode(utf16(STORY, order));
      expect(out).toEqual({ ok: true, text: STORY, encoding: `utf-16${order}`, bom: false });
      const { articles, warnings } = parse('u16.txt', utf16(STORY, order));
      expect(articles).toHaveLength(1);
      expect(warnings.map((w) => w.message)).toEqual([`decoded as UTF-16 ${order.toUpperCase()} without a byte order mark; consider saving the file as UTF-8`]);
    }
  });

  it('reads a file that turns from UTF-8 to GBK on line 44 line by line, and names line 44', () => {
    const head = Array.from({ length: 43 }, (_, i) => `第${i + 1}行：示例区今年推进重点项目建设，新开工项目三十个。`).join('\n');
    const tail = Array.from({ length: 20 }, (_, i) => `第${i + 44}行：港区吞吐量同比增长，航线加密。`).join('\n');
    const bytes = new Uint8Array([...utf8(`${head}\n`), ...gbk(`${tail}\n`)]);
    const out = decode(bytes);
    expect(out.ok && out.text).toBe(`${head}\n${tail}\n`);
    const { warnings } = parse('mixed.txt', bytes);
    expect(warnings[0]).toEqual({ file: 'mixed.txt', line: 44, code: 'mixed-encoding', message: 'lines 44–63 are GB18030 (GBK), the rest UTF-8: decoded line by line; consider saving the file as UTF-8' });
  });

  it('names the first line that is neither UTF-8 nor GB18030', () => {
    const head = Array.from({ length: 6 }, () => '示例区今年推进重点项目建设。').join('\n');
    const bytes = new Uint8Array([...utf8(`${head}\n`), ...gbk('港区吞吐量同比增长\n'), 0x81, 0x0a]);
    const out = decode(bytes);
    expect(out).toEqual({ ok: false, line: 8, code: 'not-text', message: expect.stringMatching(/line 8/) });
  });

  it('does not call a one-line text "no article found" while its text is kept as a fragment', () => {
    const sentence = '示例区今年推进重点项目建设，新开工项目三十个，总投资两百亿元，带动就业五千人。';
    const text = sentence.repeat(Math.ceil((5 * 1024 * 1024) / utf8(sentence).length));
    const { articles, fragments, warnings } = parse('one-line.txt', utf8(text));
    const messages = warnings.map((w) => w.message);
    if (articles.length === 0) {
      expect(fragments.map((f) => f.text.length)).toEqual([text.length]);
      expect(messages.some((m) => m.includes('no article found'))).toBe(false);
      expect(messages.some((m) => /kept as 1 fragment/.test(m) && m.includes(String(text.length)))).toBe(true);
    }
    expect(messages.some((m) => m.includes('paragraphs may be merged'))).toBe(false);
  });
});
