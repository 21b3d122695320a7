/**
 * Highlighted excerpts built from a page's text. Pagefind's own excerpt marks
 * single characters of the segmented index ("<mark>生 </mark><mark>态 </mark>"),
 * so the search cuts its own: the passage around the first occurrence of any
 * needle, with every occurrence marked. Output is a list of plain-text pieces;
 * the caller turns them into text nodes, so nothing from the page is ever parsed
 * as HTML.
 */
import { compactForm } from './query-fold.ts';

export interface ExcerptPiece {
  text: string;
  mark: boolean;
}

export interface ExcerptOptions {
  /** Characters of context before the first match. */
  before?: number;
  /** Total length of the excerpt, in characters. */
  length?: number;
  /**
   * Text the reader already sees (the result's title): the excerpt prefers an
   * occurrence after it, since a page's text begins with its headline.
   */
  skip?: string;
}

/**
 * Where the needles occur in `text`, as [start, end) code-unit ranges, merged.
 * Comparison is case- and width-insensitive; text and needles are expected in the
 * same script (the caller converts queries to Simplified first).
 */
export function findOccurrences(text: string, needles: readonly string[]): [number, number][] {
  const folded = fold(text);
  const ranges: [number, number][] = [];
  for (const needle of new Set(needles.map(compactForm).filter(Boolean))) {
    const n = fold(needle);
    for (let at = folded.indexOf(n); at !== -1; at = folded.indexOf(n, at + n.length)) ranges.push([at, at + n.length]);
  }
  ranges.sort((a, b) => a[0] - b[0] || b[1] - a[1]);
  const merged: [number, number][] = [];
  for (const r of ranges) {
    const last = merged.at(-1);
    if (last && r[0] <= last[1]) last[1] = Math.max(last[1], r[1]);
    else merged.push([r[0], r[1]]);
  }
  return merged;
}

/** Lower-case, one code unit per code unit of the input, so offsets carry over. */
function fold(text: string): string {
  return text.replace(/[A-Z]/g, (c) => c.toLowerCase());
}

/**
 * Where `part` ends in `text`, comparing without white space and case (a headline's
 * spaces are gone from the indexed text); -1 when it does not occur.
 */
function endOf(text: string, part: string): number {
  const target = compactForm(part);
  if (!target) return -1;
  // The text is compacted only as far as the first occurrence: the part (a result's title) is usually
  // near the start, and compacting a whole article for every result row cost more than the rest of it.
  const kept: number[] = [];
  let compact = '';
  for (let i = 0; i < text.length; i += 1) {
    const c = text[i]!;
    if (c === ' ' || c === '\u200b' || WHITE_SPACE.test(c)) continue;
    const from = compact.length;
    compact += c.toLowerCase();
    kept.push(i);
    // An occurrence ending in what was just added; a lower-cased character may be two code units.
    for (let end = Math.max(from + 1, target.length); end <= compact.length; end += 1) {
      if (compact.startsWith(target, end - target.length)) return kept[end - 1]! + 1;
    }
  }
  return -1;
}

const WHITE_SPACE = /\s/;

/** Does `text` contain every one of `terms` literally (ignoring whitespace, case and width)? */
export function containsAll(text: string, terms: readonly string[]): boolean {
  const hay = compactForm(text);
  return terms.every((t) => hay.includes(compactForm(t)));
}

export function makeExcerpt(text: string, needles: readonly string[], options: ExcerptOptions = {}): ExcerptPiece[] {
  const before = options.before ?? 24;
  const length = options.length ?? 90;
  const ranges = findOccurrences(text, needles);
  const skipEnd = options.skip ? endOf(text, options.skip) : -1;
  const first = (ranges.find(([s]) => s >= skipEnd) ?? ranges[0])?.[0] ?? 0;
  let start = Math.max(0, first - before);
  // Start after the last sentence or block break before the match, so the excerpt reads from a clause.
  const lead = text.slice(start, first);
  const breaks = [...lead.matchAll(/[。！？；｜\n]/gu)].map((m) => m.index);
  const last = breaks.at(-1);
  if (last !== undefined) start += last + 1;
  let end = Math.min(text.length, start + length);
  if (end < text.length && /[\uDC00-\uDFFF]/.test(text[end] ?? '')) end += 1;
  if (start > 0 && /[\uDC00-\uDFFF]/.test(text[start] ?? '')) start -= 1;

  const pieces: ExcerptPiece[] = [];
  const push = (piece: string, mark: boolean): void => {
    if (piece) pieces.push({ text: piece, mark });
  };
  if (start > 0) push('…', false);
  let at = start;
  for (const [s, e] of ranges) {
    if (e <= start || s >= end) continue;
    push(text.slice(at, Math.max(at, s)), false);
    push(text.slice(Math.max(s, start), Math.min(e, end)), true);
    at = Math.min(e, end);
  }
  push(text.slice(at, end), false);
  if (end < text.length) push('…', false);
  return pieces;
}

/** A passage cut already (a name result's excerpt), with every occurrence of the needles marked. */
export function markPassage(text: string, needles: readonly string[]): ExcerptPiece[] {
  const pieces: ExcerptPiece[] = [];
  let at = 0;
  for (const [s, e] of findOccurrences(text, needles)) {
    if (s > at) pieces.push({ text: text.slice(at, s), mark: false });
    pieces.push({ text: text.slice(s, e), mark: true });
    at = e;
  }
  if (at < text.length) pieces.push({ text: text.slice(at), mark: false });
  return pieces;
}
