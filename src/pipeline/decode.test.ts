import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { decode, decodeWarning, MAX_BYTES, type DecodeResult } from './decode.ts';

const sample = (name: string): string =>
  readFileSync(new URL(`../../content/papers/${name}`, import.meta.url), 'utf8');

const utf8 = (s: string): Uint8Array => new TextEncoder().encode(s);
const concat = (...parts: ArrayLike<number>[]): Uint8Array => {
  const out = new Uint8Array(parts.reduce((n, p) => n + p.length, 0));
  let at = 0;
  for (const p of parts) {
    out.set(p, at);
    at += p.length;
  }
  return out;
};

function utf16(s: string, endian: 'le' | 'be'): Uint8Array {
  const out: number[] = endian === 'le' ? [0xff, 0xfe] : [0xfe, 0xff];
  for (let i = 0; i < s.length; i++) {
    const u = s.charCodeAt(i);
    if (endian === 'le') out.push(u & 0xff, u >> 8);
    else out.push(u >> 8, u & 0xff);
  }
  return Uint8Array.from(out);
}

/**
 * A GBK encoder built from the platform's own GBK decoder: decode every
 * two-byte code once and invert the table. Only as trustworthy as that
 * decoder, so the first test pins it to a byte sequence known independently.
 */
let gbkTable: Map<string, [number, number]> | undefined;
function gbk(s: string): Uint8Array {
  if (!gbkTable) {
    gbkTable = new Map();
    const dec = new TextDecoder('gbk');
    for (let lead = 0x81; lead <= 0xfe; lead++) {
      for (let trail = 0x40; trail <= 0xfe; trail++) {
        if (trail === 0x7f) continue;
        const ch = dec.decode(Uint8Array.of(lead, trail));
        if (ch.length === 1 && ch !== '\ufffd' && !gbkTable.has(ch)) gbkTable.set(ch, [lead, trail]);
      }
    }
  }
  const out: number[] = [];
  for (const ch of s) {
    const code = ch.codePointAt(0)!;
    if (code < 0x80) out.push(code);
    else {
      const pair = gbkTable.get(ch);
      if (!pair) throw new Error(`not in GBK: ${ch} U+${code.toString(16)}`);
      out.push(...pair);
    }
  }
  return Uint8Array.from(out);
}

function expectOk(r: DecodeResult): Extract<DecodeResult, { ok: true }> {
  if (!r.ok) throw new Error(`refused: ${r.message}`);
  return r;
}

function expectRefused(r: DecodeResult): Extract<DecodeResult, { ok: false }> {
  if (r.ok) throw new Error(`accepted as ${r.encoding}: ${r.text.slice(0, 40)}`);
  return r;
}

const LEAD = '本报讯(记者 于春津 刘国栋)5月9日,市委书记陈敏尔\n';

describe('decode: accepted encodings', () => {
  it('reads UTF-8 without a BOM', () => {
    const r = expectOk(decode(utf8(LEAD)));
    expect(r).toEqual({ ok: true, text: LEAD, encoding: 'utf-8', bom: false });
  });

  it('reads UTF-8 with a BOM and strips it', () => {
    const r = expectOk(decode(concat([0xef, 0xbb, 0xbf], utf8(LEAD))));
    expect(r).toEqual({ ok: true, text: LEAD, encoding: 'utf-8', bom: true });
  });

  it('reads UTF-16 LE and BE with a BOM, surrogate pairs and CRLF included', () => {
    const text = '天津日报\r\n第𠀀版 CRLF\r\n';
    for (const endian of ['le', 'be'] as const) {
      const r = expectOk(decode(utf16(text, endian)));
      expect(r.text).toBe(text);
      expect(r.encoding).toBe(`utf-16${endian}`);
      expect(r.bom).toBe(true);
    }
  });

  it('reads GBK bytes as GB18030: 天津日报 = CC EC BD F2 C8 D5 B1 A8', () => {
    const bytes = Uint8Array.of(0xcc, 0xec, 0xbd, 0xf2, 0xc8, 0xd5, 0xb1, 0xa8);
    expect(gbk('天津日报')).toEqual(bytes);
    const r = expectOk(decode(bytes));
    expect(r).toEqual({ ok: true, text: '天津日报', encoding: 'gb18030', bom: false });
  });

  it('reads a whole GBK-encoded newspaper page back to the same text', () => {
    const page = sample('000_42694d7dabae5c0f.txt');
    const r = expectOk(decode(gbk(page)));
    expect(r.encoding).toBe('gb18030');
    expect(r.text).toBe(page);
  });

  it('reads the five samples as UTF-8 unchanged', () => {
    for (const name of [
      '000_42694d7dabae5c0f.txt',
      '001_7e4b4bb8df354dda.txt',
      '002_a64ee2d8bd336b9e.txt',
      '003_eb8091675833f20e.txt',
      '004_60126b80996df276.txt',
    ]) {
      const text = sample(name);
      const r = expectOk(decode(utf8(text)));
      expect(r.encoding).toBe('utf-8');
      expect(r.text).toBe(text);
    }
  });

  it('passes markup through untouched (escaping is the renderer’s job)', () => {
    const text = '标题\n<script>alert(1)</script>\n正文';
    expect(expectOk(decode(utf8(text))).text).toBe(text);
  });

  it('decodes a 5 MB file with no line breaks', () => {
    const unit = sample('003_eb8091675833f20e.txt').replace(/\n/g, '');
    const text = unit.repeat(Math.ceil((5 * 1024 * 1024) / utf8(unit).length));
    const bytes = utf8(text);
    expect(bytes.length).toBeGreaterThanOrEqual(5 * 1024 * 1024);
    const r = expectOk(decode(bytes));
    expect(r.text.length).toBe(text.length);
    expect(r.text.includes('\n')).toBe(false);
  });

  it('tolerates a stray control character in otherwise clean text', () => {
    const text = `${sample('001_7e4b4bb8df354dda.txt')}\x1a`;
    expect(expectOk(decode(utf8(text))).text).toBe(text);
  });
});

describe('decode: refusals', () => {
  it('refuses an empty file', () => {
    expect(decode(new Uint8Array(0))).toEqual({ ok: false, line: 0, code: 'not-text', message: 'empty file' });
  });

  it('refuses whitespace only, a lone BOM, invisible characters only', () => {
    for (const bytes of [utf8(' \n\t\r\n\u3000 \n'), Uint8Array.of(0xef, 0xbb, 0xbf), utf8('\u200b\ufeff\n')]) {
      const r = expectRefused(decode(bytes));
      expect(r.message).toMatch(/^empty file/);
      expect(r.line).toBe(0);
    }
  });

  it('refuses a PNG naming the line of its first NUL byte', () => {
    // 89 'PNG' CR LF 1A LF | 00 …: the NUL sits after two line ends (CRLF, LF) → line 3.
    const png = Uint8Array.of(0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a, 0, 0, 0, 0x0d, 0x49, 0x48, 0x44, 0x52, 0, 0, 0, 0);
    const r = expectRefused(decode(png));
    expect(r.line).toBe(3);
    expect(r.message).toBe('binary data (NUL byte) at line 3; not a text file');
  });

  it('names the line of a NUL inside text', () => {
    const r = expectRefused(decode(concat(utf8('第一行\r\n第二行\r第三'), [0], utf8('行\n'))));
    expect(r.line).toBe(3);
    expect(r.message).toMatch(/NUL byte\) at line 3/);
  });

  it('reads UTF-16 without a BOM, ASCII or Chinese (see messages.test.ts)', () => {
    expect(decode(utf16('plain ascii text\n', 'le').subarray(2))).toEqual({ ok: true, text: 'plain ascii text\n', encoding: 'utf-16le', bom: false });
  });

  it('refuses NULs decoded from UTF-16', () => {
    const r = expectRefused(decode(utf16('a\nb\n\0c', 'be')));
    expect(r.line).toBe(3);
    expect(r.message).toMatch(/binary data/);
  });

  it('refuses data dense with control characters', () => {
    const bytes = Uint8Array.from({ length: 400 }, (_, i) => (i % 7 === 0 ? 0x01 + (i % 5) : 0x41 + (i % 26)));
    const r = expectRefused(decode(concat(utf8('header\n'), bytes)));
    expect(r.line).toBe(2);
    expect(r.message).toMatch(/^binary data \(control character 0x0\d\) at line 2; not a text file$/);
  });

  it('refuses damaged UTF-8 naming the line of the bad byte, instead of reading it as GB18030', () => {
    const good = utf8('天津日报\n本报讯\n市委书记\n');
    const bad = concat(good, utf8('陈敏'), [0xe5, 0x41], utf8('尔\n'));
    const r = expectRefused(decode(bad));
    expect(r.line).toBe(4);
    expect(r.message).toMatch(/^invalid UTF-8 \(byte 0xE5 at offset \d+\) at line 4$/);
  });

  it('refuses bytes valid as neither UTF-8 nor GB18030', () => {
    const r = expectRefused(decode(concat(utf8('title\nline two '), [0xff, 0xff], utf8('\n'))));
    expect(r.line).toBe(2);
    expect(r.message).toMatch(/neither valid UTF-8 nor valid GB18030/);
  });

  it('refuses files over the size cap before reading them', () => {
    expect(MAX_BYTES).toBe(50 * 1024 * 1024);
    const r = expectRefused(decode(new Uint8Array(MAX_BYTES + 1)));
    expect(r.line).toBe(0);
    expect(r.message).toMatch(/too large/);
    // Too large is not "not text": the file is not read at all (src/schema/warning.ts).
    expect(decodeWarning(r)).toMatchObject({ line: 0, code: 'not-read' });
    expect(decodeWarning(expectRefused(decode(new Uint8Array([0x89, 0, 0, 0]))))?.code).toBe('not-text');
  });
});

