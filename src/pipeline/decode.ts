/**
 * Bytes → text. Accepts UTF-8 (BOM optional), UTF-16 LE/BE with a BOM, and
 * GB18030 (a superset of GBK and GB2312) when the bytes are not valid UTF-8.
 * Everything else is refused with a message and the line it concerns, so the
 * caller can warn and go on with the next file.
 */
import type { StageWarning } from '../schema/warning.ts';

export type TextEncoding = 'utf-8' | 'utf-16le' | 'utf-16be' | 'gb18030';

export type DecodeResult =
  | {
      ok: true;
      text: string;
      /** For a file that mixes UTF-8 and GB18030 lines: 'gb18030', with `mixed` saying which lines. */
      encoding: TextEncoding;
      bom: boolean;
      /** Lines (1-based, inclusive ranges) decoded as GB18030 in a file that is otherwise UTF-8. */
      mixed?: [number, number][];
    }
  /**
   * `line` is 1-based; 0 when the refusal concerns the whole file (empty, too large). `code`: a file
   * over the size limit is not read at all, as the reader says of it; anything else read is not text.
   */
  | { ok: false; line: number; code: 'not-read' | 'not-text'; message: string };

/**
 * What the editor is told about a decoded file: why it was refused, or that it was not
 * plain UTF-8 (then it is read all the same). Nothing for a UTF-8 file.
 */
export function decodeWarning(decoded: DecodeResult): StageWarning | null {
  if (!decoded.ok) return { line: decoded.line, code: decoded.code, message: decoded.message };
  if (decoded.mixed) {
    const ranges = decoded.mixed.map(([a, b]) => (a === b ? `${a}` : `${a}–${b}`)).join(', ');
    const which = decoded.mixed.length === 1 && decoded.mixed[0]![0] === decoded.mixed[0]![1] ? 'line' : 'lines';
    const verb = which === 'line' ? 'is' : 'are';
    return { line: decoded.mixed[0]![0], code: 'mixed-encoding', message: `${which} ${ranges} ${verb} GB18030 (GBK), the rest UTF-8: decoded line by line; consider saving the file as UTF-8` };
  }
  if (decoded.encoding === 'utf-8') return null;
  const name = { 'utf-16le': 'UTF-16 LE', 'utf-16be': 'UTF-16 BE', gb18030: 'GB18030 (GBK)' }[decoded.encoding];
  const bom = decoded.encoding.startsWith('utf-16') && !decoded.bom ? ' without a byte order mark' : '';
  return { line: 1, code: 'not-utf8', message: `decoded as ${name}${bom}; consider saving the file as UTF-8` };
}

/** Larger files are refused: no newspaper page comes near this. */
export const MAX_BYTES = 50 * 1024 * 1024;

/** Why a file over MAX_BYTES is refused: the same words whether the reader saw its size or the decoder its bytes. */
export function tooLargeMessage(size: number): string {
  return `file too large (${size} bytes; the limit is ${MAX_BYTES}): not read`;
}

/**
 * Control characters (C0 other than tab, LF, CR, form feed; and DEL) allowed
 * before a NUL-free file counts as binary. Real text dumps carry none or a
 * stray one (a DOS end-of-file ^Z); binary formats are full of them.
 */
const MAX_CONTROL_SHARE = 0.01;
const MIN_CONTROL_COUNT = 2;

export function decode(bytes: Uint8Array): DecodeResult {
  if (bytes.length > MAX_BYTES) return { ok: false, line: 0, code: 'not-read', message: tooLargeMessage(bytes.length) };
  if (bytes.length === 0) return refuse(0, 'empty file');

  const b0 = bytes[0];
  const b1 = bytes[1];
  if (bytes.length >= 2 && ((b0 === 0xff && b1 === 0xfe) || (b0 === 0xfe && b1 === 0xff))) {
    return decodeUtf16(bytes, b0 === 0xff ? 'utf-16le' : 'utf-16be');
  }
  const bom = bytes.length >= 3 && b0 === 0xef && b1 === 0xbb && bytes[2] === 0xbf;

  const utf8 = tryDecode('utf-8', bytes);
  if (!bom && (utf8 === null || bytes.includes(0))) {
    // Before the binary test: UTF-16 text is full of NUL and control bytes.
    const order = utf16WithoutBom(bytes);
    if (order) {
      const text = tryDecode(order, bytes);
      if (text !== null && !findBinaryChar(text)) return accept(text, order, false);
    }
  }

  const binary = findBinaryByte(bytes);
  if (binary) return binary;

  if (utf8 !== null) return accept(utf8, 'utf-8', bom);

  // A file whose lines are each UTF-8 or GB18030 (a GBK page pasted below a UTF-8 one) is read whole.
  const lines = decodeLines(bytes);
  if (lines.mixed.length > 0) {
    if (lines.neither !== null) return refuse(lines.neither, neitherMessage(lines.neither));
    const read = accept(lines.text, 'gb18030', false);
    return read.ok ? { ...read, mixed: lines.mixed } : read;
  }

  const scan = scanUtf8(bytes);
  if (bom || scan.valid > scan.invalid * UTF8_INTENT_RATIO) {
    // A BOM, or mostly well-formed multi-byte sequences, say the file is meant
    // as UTF-8 and is damaged: GB18030, which accepts almost any byte pair,
    // would turn it into plausible-looking mojibake instead of failing.
    const line = lineOfByte(bytes, scan.firstInvalid);
    const byte = bytes[scan.firstInvalid] ?? 0;
    return refuse(line, `invalid UTF-8 (byte 0x${hex(byte)} at offset ${scan.firstInvalid}) at line ${line}`);
  }

  const gb = tryDecode('gb18030', bytes);
  if (gb !== null) return accept(gb, 'gb18030', false);
  const line = lines.neither ?? lineOfReplacement(new TextDecoder('gb18030').decode(bytes));
  return refuse(line, neitherMessage(line));
}

const neitherMessage = (line: number): string => `bytes at line ${line} are neither valid UTF-8 nor valid GB18030; not a supported text encoding`;

/**
 * Line by line (split at LF, which no multi-byte sequence of either encoding contains): which lines are
 * GB18030 in a file that also has UTF-8 lines with Chinese in them (`mixed` stays empty for a file with
 * no such UTF-8 line), and the first line that is neither. A line with a few broken bytes amid good
 * UTF-8 is damaged UTF-8, not GBK, so it counts as neither.
 */
function decodeLines(bytes: Uint8Array): { text: string; mixed: [number, number][]; neither: number | null } {
  const parts: string[] = [];
  const mixed: [number, number][] = [];
  let utf8Lines = 0;
  let neither: number | null = null;
  let line = 1;
  for (let start = 0; start < bytes.length && neither === null; ) {
    let end = bytes.indexOf(0x0a, start);
    end = end < 0 ? bytes.length : end + 1;
    const chunk = bytes.subarray(start, end);
    const asUtf8 = tryDecode('utf-8', chunk);
    if (asUtf8 !== null) {
      parts.push(asUtf8);
      if (chunk.some((b) => b >= 0x80)) utf8Lines++;
    } else {
      const asGb = tryDecode('gb18030', chunk);
      const scan = scanUtf8(chunk);
      if (asGb === null) neither = line + lineOfReplacement(new TextDecoder('gb18030').decode(chunk)) - 1;
      else if (scan.valid > scan.invalid * UTF8_INTENT_RATIO) neither = line + lineOfByte(chunk, scan.firstInvalid) - 1;
      else {
        parts.push(asGb);
        const last = mixed.at(-1);
        if (last && last[1] === line - 1) last[1] = line;
        else mixed.push([line, line]);
      }
    }
    line += lineOfByte(chunk, chunk.length) - 1;
    start = end;
  }
  return { text: parts.join(''), mixed: utf8Lines > 0 ? mixed : [], neither };
}

/**
 * UTF-16 without a byte order mark: text in Chinese and ASCII puts its high bytes (the odd ones for
 * LE, the even ones for BE) almost all in a few values: 0x00 (ASCII), 0x20 (general punctuation), 0x30
 * (CJK punctuation), 0x4E–0x9F (CJK ideographs) and 0xFF (full-width forms). GBK and UTF-8 bytes are
 * spread far wider. Judged on the first 64 KiB, with a line break coded as UTF-16 somewhere in the file.
 */
function utf16WithoutBom(bytes: Uint8Array): 'utf-16le' | 'utf-16be' | null {
  if (bytes.length < 8 || bytes.length % 2 !== 0) return null;
  const pairs = Math.min(bytes.length, 65536) >> 1;
  let le = 0;
  let be = 0;
  for (let k = 0; k < pairs; k++) {
    if (isUtf16HighByte(bytes[2 * k + 1]!)) le++;
    if (isUtf16HighByte(bytes[2 * k]!)) be++;
  }
  const share = 0.9 * pairs;
  // ASCII read in pairs also looks like ideographs (0x61–0x7A), so a line break coded as UTF-16 must be there too.
  if (le >= share && le > be && hasUnit(bytes, 0x0a, 0x00)) return 'utf-16le';
  if (be >= share && be > le && hasUnit(bytes, 0x00, 0x0a)) return 'utf-16be';
  return null;
}

/** Whether the byte pair (first, second) occurs at an even offset. */
function hasUnit(bytes: Uint8Array, first: number, second: number): boolean {
  for (let i = 0; i + 1 < bytes.length; i += 2) if (bytes[i] === first && bytes[i + 1] === second) return true;
  return false;
}

function isUtf16HighByte(b: number): boolean {
  return b === 0x00 || b === 0x20 || b === 0x30 || (b >= 0x4e && b <= 0x9f) || b === 0xff;
}

/**
 * Well-formed to broken multi-byte sequences above which invalid bytes are
 * read as damage to a UTF-8 file. GBK/GB18030 Chinese text, read as UTF-8,
 * has about one well-formed sequence per four broken ones (measured on the
 * sample papers); a UTF-8 file with a few bad bytes has hundreds per one.
 */
const UTF8_INTENT_RATIO = 4;

function decodeUtf16(bytes: Uint8Array, encoding: 'utf-16le' | 'utf-16be'): DecodeResult {
  // TextDecoder drops the BOM itself (ignoreBOM defaults to false).
  const text = tryDecode(encoding, bytes);
  if (text === null) {
    const line = lineOfReplacement(new TextDecoder(encoding).decode(bytes));
    return refuse(line, `invalid ${encoding.toUpperCase()} at line ${line}`);
  }
  const binary = findBinaryChar(text);
  if (binary) return binary;
  return accept(text, encoding, true);
}

function accept(text: string, encoding: TextEncoding, bom: boolean): DecodeResult {
  // Whitespace as JS sees it, plus the invisible characters normalize removes.
  if (text.replace(/[\s\u200b-\u200d\u2060\ufeff\u00ad]+/g, '') === '') {
    return refuse(0, text.length === 0 ? 'empty file' : 'empty file (whitespace only)');
  }
  return { ok: true, text, encoding, bom };
}

function refuse(line: number, message: string): DecodeResult {
  return { ok: false, line, code: 'not-text', message };
}

function tryDecode(encoding: TextEncoding, bytes: Uint8Array): string | null {
  try {
    return new TextDecoder(encoding, { fatal: true }).decode(bytes);
  } catch {
    return null;
  }
}

/** C0 controls other than tab, LF, FF, CR; and DEL. */
function isBadControl(c: number): boolean {
  return (c < 0x20 && c !== 0x09 && c !== 0x0a && c !== 0x0c && c !== 0x0d) || c === 0x7f;
}

/**
 * NUL or a high share of control bytes means binary. Safe on raw bytes for
 * UTF-8 and GB18030: neither uses bytes below 0x40 inside a multi-byte
 * sequence except GB18030's digits 0x30–0x39.
 */
function findBinaryByte(bytes: Uint8Array): DecodeResult | null {
  let controls = 0;
  let first = -1;
  for (let i = 0; i < bytes.length; i++) {
    const c = bytes[i]!;
    if (c >= 0x20 && c !== 0x7f) continue;
    if (c === 0) {
      const line = lineOfByte(bytes, i);
      return refuse(line, `binary data (NUL byte) at line ${line}; not a text file${utf16Hint(bytes)}`);
    }
    if (isBadControl(c)) {
      controls++;
      if (first < 0) first = i;
    }
  }
  if (first >= 0 && tooManyControls(controls, bytes.length)) {
    const line = lineOfByte(bytes, first);
    return refuse(line, `binary data (control character 0x${hex(bytes[first]!)}) at line ${line}; not a text file`);
  }
  return null;
}

function findBinaryChar(text: string): DecodeResult | null {
  let controls = 0;
  let first = -1;
  for (let i = 0; i < text.length; i++) {
    const c = text.charCodeAt(i);
    if (c >= 0x20 && c !== 0x7f) continue;
    if (c === 0) {
      const line = lineOfIndex(text, i);
      return refuse(line, `binary data (NUL character) at line ${line}; not a text file`);
    }
    if (isBadControl(c)) {
      controls++;
      if (first < 0) first = i;
    }
  }
  if (first >= 0 && tooManyControls(controls, text.length)) {
    const line = lineOfIndex(text, first);
    return refuse(line, `binary data (control character 0x${hex(text.charCodeAt(first))}) at line ${line}; not a text file`);
  }
  return null;
}

function tooManyControls(count: number, total: number): boolean {
  return count >= MIN_CONTROL_COUNT && count / total > MAX_CONTROL_SHARE;
}

/**
 * UTF-16 without a BOM shows ASCII as a printable byte paired with a NUL:
 * when most byte pairs look like that, say so instead of just "binary".
 */
function utf16Hint(bytes: Uint8Array): string {
  const pairs = Math.min(bytes.length, 4096) >> 1;
  let le = 0;
  let be = 0;
  for (let k = 0; k < pairs; k++) {
    const a = bytes[2 * k]!;
    const b = bytes[2 * k + 1]!;
    if (b === 0 && isPrintableAscii(a)) le++;
    else if (a === 0 && isPrintableAscii(b)) be++;
  }
  return pairs >= 4 && Math.max(le, be) >= pairs / 2
    ? ' (it may be UTF-16 without a byte order mark; save it as UTF-8)'
    : '';
}

function isPrintableAscii(c: number): boolean {
  return (c >= 0x20 && c < 0x7f) || c === 0x09 || c === 0x0a || c === 0x0d;
}

/**
 * Counts well-formed and broken UTF-8 multi-byte sequences (resyncing one byte
 * after each fault) and finds the first broken one. Only called after the
 * fatal decoder refused the bytes, so at least one fault exists.
 */
function scanUtf8(bytes: Uint8Array): { firstInvalid: number; valid: number; invalid: number } {
  let valid = 0;
  let invalid = 0;
  let firstInvalid = -1;
  let i = bytes[0] === 0xef && bytes[1] === 0xbb && bytes[2] === 0xbf ? 3 : 0;
  while (i < bytes.length) {
    const c = bytes[i]!;
    if (c < 0x80) {
      i++;
      continue;
    }
    const need = sequenceLength(bytes, i);
    if (need > 0) {
      valid++;
      i += need;
    } else {
      invalid++;
      if (firstInvalid < 0) firstInvalid = i;
      i++;
    }
  }
  return { firstInvalid: firstInvalid < 0 ? bytes.length - 1 : firstInvalid, valid, invalid };
}

/** Length of the well-formed UTF-8 sequence starting at `i` (lead byte >= 0x80), or 0. */
function sequenceLength(bytes: Uint8Array, i: number): number {
  const c = bytes[i]!;
  let tail: number;
  let lo = 0x80;
  let hi = 0xbf;
  if (c >= 0xc2 && c <= 0xdf) tail = 1;
  else if (c >= 0xe0 && c <= 0xef) {
    tail = 2;
    if (c === 0xe0) lo = 0xa0; // overlong
    if (c === 0xed) hi = 0x9f; // surrogates
  } else if (c >= 0xf0 && c <= 0xf4) {
    tail = 3;
    if (c === 0xf0) lo = 0x90; // overlong
    if (c === 0xf4) hi = 0x8f; // beyond U+10FFFF
  } else return 0;
  for (let k = 1; k <= tail; k++) {
    const t = bytes[i + k];
    if (t === undefined || t < (k === 1 ? lo : 0x80) || t > (k === 1 ? hi : 0xbf)) return 0;
  }
  return tail + 1;
}

/** 1-based line of a byte offset, counting LF, CRLF and lone CR as line ends (normalize also splits on U+2028/U+2029, which no real dump contains). */
function lineOfByte(bytes: Uint8Array, offset: number): number {
  let line = 1;
  for (let i = 0; i < offset; i++) {
    const c = bytes[i];
    if (c === 0x0a) line++;
    else if (c === 0x0d && bytes[i + 1] !== 0x0a) line++;
  }
  return line;
}

/** 1-based line of a string index, with the same line ends as normalize (LF, CRLF, CR, U+2028, U+2029). */
function lineOfIndex(text: string, index: number): number {
  let line = 1;
  for (let i = 0; i < index; i++) {
    const c = text.charCodeAt(i);
    if (c === 0x0a || c === 0x2028 || c === 0x2029) line++;
    else if (c === 0x0d && text.charCodeAt(i + 1) !== 0x0a) line++;
  }
  return line;
}

function lineOfReplacement(text: string): number {
  const at = text.indexOf('\ufffd');
  return lineOfIndex(text, at < 0 ? text.length : at);
}

function hex(byte: number): string {
  return byte.toString(16).toUpperCase().padStart(2, '0');
}
