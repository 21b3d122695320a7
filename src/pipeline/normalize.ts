/**
 * Text → lines: line ends, invisible characters, odd spaces, punctuation width,
 * and a Simplified view of Traditional text for the analysis stages.
 *
 * Line-local by design: every input line yields exactly one output line with
 * its original number, so later stages can point back into the file.
 */
import { findGlosses, withoutGlosses } from './glosses.ts';
import { splitLines } from './lines.ts';
import type { Script } from '../schema/article.ts';
import type { StageWarning } from '../schema/warning.ts';
import type { SetAside, SourceLine } from './types.ts';
import { detectScript, isHan, toSimplified } from './script.ts';

export interface NormalizeResult {
  lines: SourceLine[];
  script: Script;
  /** Inline pinyin glosses taken out of the lines (中宏網(wǎng) → 中宏網), kept with their line. */
  setAside: SetAside[];
}

/**
 * @param text decoded text (front matter already split off)
 * @param firstLine original line number of the first line of `text`
 */
export function normalize(text: string, firstLine = 1): NormalizeResult {
  const script = detectScript(text);
  const raw = splitLines(text);
  const glosses = findGlosses(raw);
  const setAside: SetAside[] = [];
  const lines = raw.map((source, k): SourceLine => {
    const found = glosses.get(k);
    if (found) setAside.push({ kind: 'gloss', line: firstLine + k, text: found.map((g) => g.text).join('') });
    const line = normalizeLine(found ? withoutGlosses(source, found) : source);
    return { line: firstLine + k, text: line, plain: script === 'hant' ? toSimplified(line) : line };
  });
  return { lines, script, setAside };
}

/** A line longer than this was not broken by its producer; worth telling the editor. */
const LONG_LINE = 100_000;

/** A warning for each line its producer never broke: it is read as one paragraph. */
export function longLineWarnings(lines: readonly SourceLine[]): StageWarning[] {
  return lines
    .filter((line) => line.text.length > LONG_LINE)
    .map((line) => ({ line: line.line, code: 'long-line', message: `line is ${line.text.length} characters long with no line break; it is read as one paragraph` }));
}

/** Zero-width characters, the BOM, soft hyphens, and control characters with no place in a line. */
const INVISIBLE = /[\u200b-\u200d\u2060\ufeff\u00ad\x00-\x08\x0e-\x1f\x7f]/g;
/** Runs of spaces of any width (tab, VT, FF, NBSP, U+2000–U+200A, ideographic space …): one space. */
const SPACES = /[ \t\v\f\u00a0\u1680\u2000-\u200a\u202f\u205f\u3000]{2,}|[\t\v\f\u00a0\u1680\u2000-\u200a\u202f\u205f\u3000]/g;
const FULLWIDTH_ALNUM = /[\uff10-\uff19\uff21-\uff3a\uff41-\uff5a]/g;
const ASCII_PUNCT = /[,;:?!()"]/;

/** One line, cleaned: the text readers are shown. */
export function normalizeLine(raw: string): string {
  let s = raw.replace(INVISIBLE, '').replace(SPACES, ' ').trim();
  s = s.replace(FULLWIDTH_ALNUM, (c) => String.fromCharCode(c.charCodeAt(0) - 0xfee0));
  return ASCII_PUNCT.test(s) ? widenPunctuation(s) : s;
}

const FULL: Record<string, string> = { ',': '，', ';': '；', ':': '：', '?': '？', '!': '！', '(': '（', ')': '）' };

/**
 * Makes ASCII , ; : ? ! ( ) full-width where they stand in Chinese text, and
 * straight double quotes “ ” where every one of them touches Chinese text.
 * Punctuation in Latin or numeric context (1,000 · 13:56 · f(x)) and inside
 * URLs stays ASCII.
 *
 * Linear in the line length: one pass collects the candidate positions and
 * counts Chinese characters on the way, brackets are paired with a stack, and
 * "does this bracket hold Chinese" is a difference of two counts rather than
 * a rescan of nested content.
 */
function widenPunctuation(s: string): string {
  const n = s.length;
  const guarded = urlRanges(s);
  const candidates: number[] = [];
  /** Chinese characters before each candidate (a supplementary-plane one counts at its high surrogate). */
  const cjkBefore: number[] = [];
  let cjk = 0;
  let g = 0;
  for (let i = 0; i < n; i++) {
    const c = s.charCodeAt(i);
    if (c >= 0x2000) {
      if (isCjkUnit(c)) cjk++;
      continue;
    }
    // , ; : ? ! ( ) "
    if (c !== 0x2c && c !== 0x3b && c !== 0x3a && c !== 0x3f && c !== 0x21 && c !== 0x28 && c !== 0x29 && c !== 0x22) continue;
    while (g < guarded.length && guarded[g]![1] <= i) g++;
    if (g < guarded.length && guarded[g]![0] <= i) continue;
    candidates.push(i);
    cjkBefore.push(cjk);
  }
  if (candidates.length === 0) return s;

  // Per position: what becomes of the character. Typed flags, not a Map: a
  // 5 MB line can hold hundreds of thousands of candidates.
  const fate = new Uint8Array(n);
  const cjkAt = (i: number): boolean => (i >= 0 && i < n && fate[i]! >= WIDE) || isCjkContext(codePointAround(s, i));

  // Brackets: a pair turns full-width when it holds Chinese or touches it outside.
  const open: number[] = [];
  const lone: number[] = [];
  for (let k = 0; k < candidates.length; k++) {
    const i = candidates[k]!;
    const c = s.charCodeAt(i);
    if (c === 0x28) open.push(k);
    else if (c === 0x29) {
      const ko = open.pop();
      if (ko === undefined) {
        lone.push(i);
        continue;
      }
      const o = candidates[ko]!;
      if (cjkBefore[k]! > cjkBefore[ko]! || cjkAt(o - 1) || cjkAt(i + 1)) fate[o] = fate[i] = WIDE;
    }
  }
  // An unpaired bracket (a line cut by the layout) follows its neighbours.
  for (const i of [...open.map((k) => candidates[k]!), ...lone]) if (cjkAt(i - 1) || cjkAt(i + 1)) fate[i] = WIDE;

  // , ; : ? ! — full-width when the nearest character on either side is
  // Chinese, looking past one space and past a number ("约20%;2024年" is
  // Chinese text). Between two digits they are number formats: 1,000 · 13:56.
  const chineseToward = (i: number, step: 1 | -1): boolean => {
    let j = i + step;
    if (s.charCodeAt(j) === 0x20) j += step;
    for (let k = 0; k < NUMBER_REACH && isNumberPart(s.charCodeAt(j)); k++) j += step;
    return cjkAt(j);
  };
  for (const i of candidates) {
    const ch = s.charCodeAt(i);
    if (ch === 0x28 || ch === 0x29 || ch === 0x22) continue;
    if (isDigit(s.charCodeAt(i - 1)) && isDigit(s.charCodeAt(i + 1))) continue;
    if (!chineseToward(i, -1) && !chineseToward(i, 1)) continue;
    fate[i] = WIDE;
    // The space English puts around , ; : has no place next to full-width ones.
    // (After ? and ! a space may separate headline parts: keep it.)
    if (ch === 0x2c || ch === 0x3b || ch === 0x3a) {
      if (s.charCodeAt(i - 1) === 0x20) fate[i - 1] = DROP;
      if (s.charCodeAt(i + 1) === 0x20) fate[i + 1] = DROP;
    }
  }

  // Straight double quotes: only when they pair up and each one touches Chinese.
  const quotes = candidates.filter((i) => s.charCodeAt(i) === 0x22);
  if (quotes.length > 0 && quotes.length % 2 === 0 && quotes.every((i) => cjkAt(i - 1) || cjkAt(i + 1))) {
    quotes.forEach((i, k) => (fate[i] = k % 2 === 0 ? OPEN_QUOTE : CLOSE_QUOTE));
  }

  const parts: string[] = [];
  let last = 0;
  const edit = (i: number): void => {
    if (i < last || fate[i] === KEEP) return;
    parts.push(s.slice(last, i));
    const f = fate[i];
    if (f === WIDE) parts.push(FULL[s[i]!]!);
    else if (f === OPEN_QUOTE) parts.push('“');
    else if (f === CLOSE_QUOTE) parts.push('”');
    last = i + 1;
  };
  for (const i of candidates) {
    if (i > 0) edit(i - 1);
    edit(i);
    if (i + 1 < n) edit(i + 1);
  }
  if (last === 0) return s;
  parts.push(s.slice(last));
  return parts.join('');
}

/** How far past a number the context search looks: far enough for "12.5%", bounded so a line of numbers stays linear. */
const NUMBER_REACH = 16;

function isDigit(c: number): boolean {
  return c >= 0x30 && c <= 0x39;
}

/** Digits and what sits in a written number or amount: 5.8% · 2,000 · 3‰. */
function isNumberPart(c: number): boolean {
  return isDigit(c) || c === 0x2e || c === 0x25 || c === 0x2030;
}

const KEEP = 0;
const DROP = 1;
const WIDE = 2;
const OPEN_QUOTE = 3;
const CLOSE_QUOTE = 4;

/** URLs keep their ASCII punctuation; trailing sentence punctuation is not part of them. */
function urlRanges(s: string): Array<[number, number]> {
  if (!s.includes('://') && !/www\./i.test(s)) return [];
  const ranges: Array<[number, number]> = [];
  for (const m of s.matchAll(/(?:[a-z][a-z0-9+.-]*:\/\/|www\.)[\x21-\x7e]+/gi)) {
    let end = m[0].length;
    // Strip trailing punctuation, but keep a ")" that closes a "(" inside the URL.
    while (end > 0 && `.,;:!?'")]`.includes(m[0][end - 1]!)) {
      if (m[0][end - 1] === ')' && count(m[0].slice(0, end), '(') >= count(m[0].slice(0, end), ')')) break;
      end--;
    }
    ranges.push([m.index, m.index + end]);
  }
  return ranges;
}

function count(s: string, ch: string): number {
  let k = 0;
  for (let i = s.indexOf(ch); i >= 0; i = s.indexOf(ch, i + 1)) k++;
  return k;
}

/** The code point covering index i (either half of a surrogate pair), or -1 outside the string. */
function codePointAround(s: string, i: number): number {
  if (i < 0 || i >= s.length) return -1;
  const c = s.charCodeAt(i);
  if (c >= 0xdc00 && c <= 0xdfff && i > 0) {
    const hi = s.charCodeAt(i - 1);
    if (hi >= 0xd800 && hi <= 0xdbff) return 0x10000 + ((hi - 0xd800) << 10) + (c - 0xdc00);
  }
  if (c >= 0xd800 && c <= 0xdbff && i + 1 < s.length) {
    const lo = s.charCodeAt(i + 1);
    if (lo >= 0xdc00 && lo <= 0xdfff) return 0x10000 + ((c - 0xd800) << 10) + (lo - 0xdc00);
  }
  return c;
}

/** isCjkContext for one UTF-16 unit; a high surrogate of planes 2–3 stands for its Han character. */
function isCjkUnit(c: number): boolean {
  return (c >= 0xd840 && c <= 0xd8bf) || isCjkContext(c);
}

/**
 * Characters that make their surroundings Chinese text: Han, kana, CJK and
 * full-width punctuation, and the curly quotes, dashes and ellipsis Chinese
 * typesetting uses. The middle dot (中国·天津, 津一·PARK) is neutral.
 */
function isCjkContext(cp: number): boolean {
  return (
    isHan(cp) ||
    (cp >= 0x3001 && cp <= 0x30ff) ||
    (cp >= 0xfe30 && cp <= 0xfe4f) ||
    (cp >= 0xff01 && cp <= 0xff60) ||
    (cp >= 0x2018 && cp <= 0x201f) ||
    cp === 0x2014 ||
    cp === 0x2026
  );
}
