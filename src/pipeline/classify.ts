/**
 * Gives every non-blank line of a page a newsroom role. Each line is judged on its
 * own; decisions that need neighbours (deck, subhead or new story) belong to split.
 */
import {
  BYLINE_RE,
  CAPTION_CREDIT_RE,
  COLUMN_LABELS,
  CONTINUED_FROM_RE,
  CONTINUED_TO_RE,
  CREDIT_RE,
  DATELINE_RE,
  endsSentence,
} from './patterns.ts';
import type { SourceLine } from './types.ts';

export type LineRole = 'heading' | 'text' | 'lead' | 'byline' | 'credit' | 'caption' | 'continuation' | 'column' | 'jump';

/** A non-blank line of the page with the newsroom role classify gives it, split of its marks. */
export interface ClassifiedLine {
  kind: LineRole;
  line: number;
  /** Display text (source script). For a lead or continuation: the text after the marker. */
  text: string;
  plain: string;
  /** The marker split off the front: a dateline (本报讯…), a continuation mark (上接第1版) or a brief's bullet (▲). */
  marker?: { text: string; plain: string };
  /** A jump mark split off the end: the story goes on on another page (下转第2版). */
  jump?: { text: string; plain: string };
  /** A caption's credit, split off its end ("记者 李四 摄"). */
  credit?: { text: string; plain: string };
}

const BRIEF_MARK_RE = /^[▲△◆][^\s]/;

/** Longest line that can still be a headline; print headlines with decks run to about 60 characters. */
const MAX_HEADING = 64;

/** Prose punctuation inside a line: a headline does not carry it. A colon may join a headline's two parts ("保税区：打造…"), but not end it. */
const PROSE_MARK = /[，。；！？]|：$/;

/** `headline`: the line furniture found to be the page's headline, read as one whatever its marks. */
export function classifyLine(source: SourceLine, headline = false): ClassifiedLine | null {
  if (source.text.trim() === '') return null;
  const jumped = CONTINUED_TO_RE.exec(source.plain);
  if (!jumped) return classifyText(source, headline);
  // Conversion rarely changes a line's length; when it did, find the mark's bracket in the display text.
  const cut = source.text.length === source.plain.length ? jumped.index : Math.max(0, source.text.search(/\s*[（(][^（(]*$/));
  const jump = { text: source.text.slice(cut).trim(), plain: jumped[0].trim() };
  const rest = { ...source, text: source.text.slice(0, cut), plain: source.plain.slice(0, jumped.index) };
  const unit = classifyText(rest, headline) ?? { kind: 'jump' as const, line: source.line, text: '', plain: '' };
  return { ...unit, jump };
}

function classifyText(source: SourceLine, headline: boolean): ClassifiedLine | null {
  const { line, text, plain } = source;
  if (text.trim() === '') return null;

  const continued = CONTINUED_FROM_RE.exec(plain);
  if (continued) return withMarker('continuation', source, continued[0].length);

  const dateline = DATELINE_RE.exec(plain);
  if (dateline) return withMarker('lead', source, dateline[0].length);
  // The mark a column of briefs prints before each item: split does not run them together.
  if (BRIEF_MARK_RE.test(plain) && plain.length === text.length) return withMarker('text', source, 1);

  const compact = plain.replace(/\s+/g, ' ').trim();
  if (CREDIT_RE.test(compact)) return { kind: 'credit', line, text, plain };
  const credited = CAPTION_CREDIT_RE.exec(plain);
  if (credited && text.length === plain.length) {
    // The credit starts after the caption's closing mark when the match begins with one, else at its bracket.
    const cut = credited.index + ('。）)'.includes(plain[credited.index]!) ? 1 : 0);
    return {
      kind: 'caption',
      line,
      text: text.slice(0, cut).trim(),
      plain: plain.slice(0, cut).trim(),
      credit: { text: text.slice(cut).trim(), plain: plain.slice(cut).trim() },
    };
  }
  if (BYLINE_RE.test(compact)) return { kind: 'byline', line, text, plain };
  if (COLUMN_LABELS.has(compact)) return { kind: 'column', line, text, plain };

  return { kind: headline || headingShaped(compact) ? 'heading' : 'text', line, text, plain };
}

/** Short, without prose punctuation and not ending a sentence: a line that can be a headline. */
function headingShaped(compact: string): boolean {
  return compact.length <= MAX_HEADING && !PROSE_MARK.test(compact) && !endsSentence(compact);
}

/** Splits the marker off. Lengths match between text and plain because t→s conversion is per character here. */
function withMarker(kind: LineRole, source: SourceLine, plainLength: number): ClassifiedLine {
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

/**
 * A web page may glue a photo caption to the lead it stands over: "……视频（中评社 张三摄） 中评社天津9月1日电（记者 张三）……".
 * Splits such a line where the dateline begins, when what precedes it ends in a credit.
 */
function splitCaptionFromLead(source: SourceLine): SourceLine[] {
  if (source.text.length !== source.plain.length || DATELINE_RE.test(source.plain)) return [source];
  const credit = /摄[）)]\s*/g;
  for (let m = credit.exec(source.plain); m; m = credit.exec(source.plain)) {
    const at = m.index + m[0].length;
    if (at < source.plain.length && DATELINE_RE.test(source.plain.slice(at))) {
      return [
        { line: source.line, text: source.text.slice(0, at).trim(), plain: source.plain.slice(0, at).trim() },
        { line: source.line, text: source.text.slice(at), plain: source.plain.slice(at) },
      ];
    }
  }
  return [source];
}

export function classifyLines(lines: SourceLine[], headline: number | null = null): ClassifiedLine[] {
  const units: ClassifiedLine[] = [];
  for (const line of lines.flatMap((l) => (l.plain.includes('摄') ? splitCaptionFromLead(l) : [l]))) {
    const unit = classifyLine(line, line.line === headline);
    if (!unit) continue;
    const previous = units[units.length - 1];
    // A hard-wrapped dump breaks paragraphs over adjacent lines: a line with no punctuation
    // right under prose that stops mid-sentence is more of that prose, not a headline.
    if (unit.kind === 'heading' && line.line !== headline && previous && (previous.kind === 'text' || previous.kind === 'lead') && previous.line === unit.line - 1 && !endsSentence(previous.plain)) {
      unit.kind = 'text';
    }
    units.push(unit);
  }
  // A continuation mark before a headline (（上接第3版）码头二期工程封顶) over a lead, or over a deck line and a
  // lead: the headline heads the continued story and carries its mark. Over other text it may be prose cut short.
  units.forEach((unit, k) => {
    if (unit.kind !== 'continuation' || !unit.text || !headingShaped(unit.plain.replace(/\s+/g, ' ').trim())) return;
    const lead = units[k + 1]?.kind === 'heading' ? units[k + 2] : units[k + 1];
    if (lead?.kind === 'lead') unit.kind = 'heading';
  });
  return units;
}
