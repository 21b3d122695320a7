/**
 * Gives every non-blank line of a page a newsroom role. Each line is judged on its
 * own; decisions that need neighbours (deck, subhead or new story) belong to split.
 */
import {
  BYLINE_RE,
  COLUMN_LABELS,
  CONTINUED_FROM_RE,
  CONTINUED_TO_RE,
  CREDIT_RE,
  DATELINE_RE,
  endsSentence,
} from './patterns.ts';
import type { SourceLine } from './types.ts';

export type UnitKind = 'heading' | 'text' | 'lead' | 'byline' | 'credit' | 'continuation' | 'column' | 'jump';

export interface Unit {
  kind: UnitKind;
  line: number;
  /** Display text (source script). For a lead or continuation: the text after the marker. */
  text: string;
  plain: string;
  /** The marker split off the front: a dateline (本报讯…) or a continuation mark (上接第1版). */
  marker?: { text: string; plain: string };
  /** A jump mark split off the end: the story goes on on another page (下转第2版). */
  jump?: { text: string; plain: string };
}

/** Longest line that can still be a headline; print headlines with decks run to about 60 characters. */
const MAX_HEADING = 64;

/** Prose punctuation inside a line: a headline does not carry it. A colon may join a headline's two parts ("保税区：打造…"), but not end it. */
const PROSE_MARK = /[，。；！？]|：$/;

export function classifyLine(source: SourceLine): Unit | null {
  if (source.text.trim() === '') return null;
  const jumped = CONTINUED_TO_RE.exec(source.plain);
  if (!jumped) return classifyText(source);
  // Conversion rarely changes a line's length; when it did, find the mark's bracket in the display text.
  const cut = source.text.length === source.plain.length ? jumped.index : Math.max(0, source.text.search(/\s*[（(]下[转轉]第[^（(]*$/));
  const jump = { text: source.text.slice(cut).trim(), plain: jumped[0].trim() };
  const rest = { ...source, text: source.text.slice(0, cut), plain: source.plain.slice(0, jumped.index) };
  const unit = classifyText(rest) ?? { kind: 'jump' as const, line: source.line, text: '', plain: '' };
  return { ...unit, jump };
}

function classifyText(source: SourceLine): Unit | null {
  const { line, text, plain } = source;
  if (text.trim() === '') return null;

  const continued = CONTINUED_FROM_RE.exec(plain);
  if (continued) return withMarker('continuation', source, continued[0].length);

  const dateline = DATELINE_RE.exec(plain);
  if (dateline) return withMarker('lead', source, dateline[0].length);

  const compact = plain.replace(/\s+/g, ' ').trim();
  if (CREDIT_RE.test(compact)) return { kind: 'credit', line, text, plain };
  if (BYLINE_RE.test(compact)) return { kind: 'byline', line, text, plain };
  if (COLUMN_LABELS.has(compact)) return { kind: 'column', line, text, plain };

  const isHeading = compact.length <= MAX_HEADING && !PROSE_MARK.test(compact) && !endsSentence(compact);
  return { kind: isHeading ? 'heading' : 'text', line, text, plain };
}

/** Splits the marker off. Lengths match between text and plain because t→s conversion is per character here. */
function withMarker(kind: UnitKind, source: SourceLine, plainLength: number): Unit {
  const cut = source.text.length === source.plain.length ? plainLength : markerLengthInText(source, plainLength);
  return {
    kind,
    line: source.line,
    text: source.text.slice(cut).trim(),
    plain: source.plain.slice(plainLength).trim(),
    marker: { text: source.text.slice(0, cut).trim(), plain: source.plain.slice(0, plainLength).trim() },
  };
}

/** When conversion changed the length, find the marker's end in the display text by its closing bracket. */
function markerLengthInText(source: SourceLine, plainLength: number): number {
  const closing = source.plain.lastIndexOf('）', plainLength);
  if (closing >= 0) {
    const inText = source.text.indexOf('）');
    if (inText >= 0) return inText + 1;
  }
  return Math.min(plainLength, source.text.length);
}

export function classifyLines(lines: SourceLine[]): Unit[] {
  const units: Unit[] = [];
  for (const line of lines) {
    const unit = classifyLine(line);
    if (!unit) continue;
    const previous = units[units.length - 1];
    // A hard-wrapped dump breaks paragraphs over adjacent lines: a line with no punctuation
    // right under prose that stops mid-sentence is more of that prose, not a headline.
    if (unit.kind === 'heading' && previous && (previous.kind === 'text' || previous.kind === 'lead') && previous.line === unit.line - 1 && !endsSentence(previous.plain)) {
      unit.kind = 'text';
    }
    units.push(unit);
  }
  return units;
}
