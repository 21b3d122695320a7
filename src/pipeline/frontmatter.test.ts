import { describe, expect, it } from 'vitest';
import { warningText } from '../schema/warning.ts';
import { parseMetaDate, splitFrontMatter } from './frontmatter.ts';
import { normalize } from './normalize.ts';

/** The problem as the editor is shown it, with its code's label. */
const shown = (r: { error?: string }) => (r.error === undefined ? undefined : warningText({ code: 'front-matter', message: r.error }));

describe('splitFrontMatter', () => {
  it('reads source, date, page and url, and says where the body starts', () => {
    const text = '---\nsource: 天津日报\ndate: 2025-05-10\npage: 3\nurl: https://epaper.tianjinwe.com/tjrb/2025-05/10/node_1.html\n---\n标题\n正文\n';
    expect(splitFrontMatter(text)).toEqual({
      meta: {
        source: '天津日报',
        date: '2025-05-10',
        page: '3',
        url: 'https://epaper.tianjinwe.com/tjrb/2025-05/10/node_1.html',
      },
      body: '标题\n正文\n',
      bodyLine: 7,
    });
  });

  it('gives body line numbers that point back into the original file', () => {
    const text = '---\r\nsource: 中国日报网\r\n# a comment\r\n---\r\n\r\n京津中关村科技城推介会\r\n';
    const { body, bodyLine } = splitFrontMatter(text);
    const { lines } = normalize(body, bodyLine);
    const original = text.split('\r\n');
    expect(lines.map((l) => l.line)).toEqual([5, 6]);
    expect(original[lines[1]!.line - 1]).toBe('京津中关村科技城推介会');
  });

  it('returns the text unchanged when there is no front matter', () => {
    const text = '标题\n---\nsource: x\n---\n';
    expect(splitFrontMatter(text)).toEqual({ meta: {}, body: text, bodyLine: 1 });
  });

  it('reads a leading rule of dashes above prose as text, not front matter', () => {
    const text = '---\n本报讯(记者 于春津)5月9日,市委书记\n---\n正文';
    expect(splitFrontMatter(text)).toEqual({ meta: {}, body: text, bodyLine: 1 });
  });

  it('accepts an empty block', () => {
    expect(splitFrontMatter('---\n---\n正文')).toEqual({ meta: {}, body: '正文', bodyLine: 3 });
  });

  it('accepts a block that closes on the last line', () => {
    expect(splitFrontMatter('---\npage: A4\n---')).toEqual({ meta: { page: 'A4' }, body: '', bodyLine: 4 });
  });

  it('normalises the three date forms to YYYY-MM-DD', () => {
    for (const date of ['2025-03-01', '2025/03/01', '2025/3/1', '2025年3月1日', "'2025年03月01日'"]) {
      const r = splitFrontMatter(`---\ndate: ${date}\n---\nx`);
      expect(r.meta).toEqual({ date: '2025-03-01' });
      expect(r.error).toBeUndefined();
    }
  });

  it('coerces numbers to strings and ignores unknown keys', () => {
    const r = splitFrontMatter('---\npage: 3\nsource: 2024\ntitle: 忽略\ntags: [a, b]\n---\n');
    expect(r.meta).toEqual({ page: '3', source: '2024' });
    expect(r.error).toBeUndefined();
  });

  it('reports a bad date and keeps the other keys', () => {
    const r = splitFrontMatter('---\nsource: 天津日报\ndate: 2025-02-30\n---\n正文');
    expect(r.meta).toEqual({ source: '天津日报' });
    expect(r.body).toBe('正文');
    expect(shown(r)).toBe('front matter: date "2025-02-30" is not a date (expected YYYY-MM-DD, YYYY/MM/DD or YYYY年M月D日)');
  });

  it('refuses a url that is not http(s), and values that are not text', () => {
    const r = splitFrontMatter('---\nurl: javascript:alert(1)\npage: true\nsource: 天津日报\n---\n');
    expect(r.meta).toEqual({ source: '天津日报' });
    expect(shown(r)).toBe('front matter: page true is not text or a number; url "javascript:alert(1)" is not an http(s) URL');
  });

  it('reports invalid YAML with its file line, drops the block and never throws', () => {
    const r = splitFrontMatter('---\nsource: 天津日报\nurl: [unclosed\n---\n正文');
    expect(r.meta).toEqual({});
    expect(r.body).toBe('正文');
    expect(r.bodyLine).toBe(5);
    expect(shown(r)).toMatch(/^front matter: invalid YAML on line \d: /);
  });

  it('reports duplicate keys as invalid YAML', () => {
    const r = splitFrontMatter('---\nsource: a\nsource: b\n---\nx');
    expect(r.meta).toEqual({});
    expect(r.error).toMatch(/invalid YAML on line 3: Map keys must be unique/);
  });

  it('reports an alias bomb instead of expanding it', () => {
    const lines = ['a: &a [x, x, x, x, x, x, x, x, x]'];
    for (let i = 1; i < 12; i++) {
      const prev = String.fromCharCode(96 + i);
      lines.push(`${String.fromCharCode(97 + i)}: &${String.fromCharCode(97 + i)} [${Array(9).fill(`*${prev}`).join(', ')}]`);
    }
    const r = splitFrontMatter(`---\n${lines.join('\n')}\nsource: 天津日报\n---\n正文`);
    expect(r).toMatchObject({ meta: {}, body: '正文', bodyLine: 16 });
    expect(shown(r)).toMatch(/^front matter: unreadable YAML: /);
  });

  it('reports an unclosed block and keeps all the text', () => {
    const text = '---\nsource: 天津日报\n标题\n正文';
    const r = splitFrontMatter(text);
    expect(r).toMatchObject({ meta: {}, body: text, bodyLine: 1 });
    expect(r.error).toMatch(/never closed/);
  });

  it('reports a list where text is expected', () => {
    const r = splitFrontMatter('---\nsource: [a]\n---\nx');
    expect(shown(r)).toBe('front matter: source ["a"] is not text or a number');
  });
});

describe('parseMetaDate', () => {
  it('rejects impossible dates and other forms', () => {
    expect(parseMetaDate('2024-02-29')).toBe('2024-02-29');
    expect(parseMetaDate('2025-02-29')).toBeNull();
    expect(parseMetaDate('2025-13-01')).toBeNull();
    expect(parseMetaDate('2025-03/01')).toBeNull();
    expect(parseMetaDate('03/01/2025')).toBeNull();
    expect(parseMetaDate('2025年3月')).toBeNull();
    expect(parseMetaDate('昨天')).toBeNull();
  });
});
