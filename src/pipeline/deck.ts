/**
 * Reads a headline block — the lines printed above a story — as kicker (引题),
 * title (主题) and subtitle (副题). A plain-text dump loses type sizes, so the
 * roles come from how Chinese papers word each deck.
 */
import { EVENT_VERB_END, JOB_TITLE_END, SPEECH_VERB_END, SUBTITLE_LINE } from './patterns.ts';

export interface DeckLine {
  text: string;
  plain: string;
  line?: number;
}

export interface Deck {
  kicker: DeckLine | null;
  title: DeckLine | null;
  subtitle: DeckLine | null;
}

/**
 * A kicker that is a slogan: short, no digits, no quotation, one phrase — "聚焦智能科技核心赛道".
 * A main title names who did what and usually carries a name, a number or a quote.
 */
function isSlogan(plain: string): boolean {
  return plain.length <= 12 && !/[0-9“”"‘’《》 ]/.test(plain);
}

/** One printed line may hold kicker and title separated by a space: "陈敏尔…时强调 扎实推进…". */
function splitSpokenKicker(line: DeckLine): DeckLine[] {
  const parts = line.plain.split(' ');
  const textParts = line.text.split(' ');
  if (parts.length < 2 || parts.length !== textParts.length) return [line];
  const at = parts.findIndex((part) => SPEECH_VERB_END.test(part));
  if (at < 0 || at === parts.length - 1) return [line];
  return [
    { plain: parts.slice(0, at + 1).join(' '), text: textParts.slice(0, at + 1).join(' ') },
    { plain: parts.slice(at + 1).join(' '), text: textParts.slice(at + 1).join(' ') },
  ];
}

/** A headline broken over two lines after an official's title: "…主任委员" / "王洪海接受…". */
function joinBrokenTitle(lines: DeckLine[]): DeckLine[] {
  const out: DeckLine[] = [];
  for (const line of lines) {
    const prev = out[out.length - 1];
    if (prev && JOB_TITLE_END.test(prev.plain) && !prev.plain.includes(' ') && /^[\u4e00-\u9fa5]{2,3}[^\s]/.test(line.plain)) {
      out[out.length - 1] = { text: prev.text + line.text, plain: prev.plain + line.plain };
    } else {
      out.push(line);
    }
  }
  return out;
}

/** Decides which of two stacked lines is the main title. */
function readPair(first: DeckLine, second: DeckLine): Deck {
  const asTitleAndSubtitle = { kicker: null, title: first, subtitle: second };
  const asKickerAndTitle = { kicker: first, title: second, subtitle: null };
  if (SUBTITLE_LINE.test(second.plain)) return asTitleAndSubtitle;
  if (SPEECH_VERB_END.test(first.plain)) return asKickerAndTitle;
  const firstIsEvent = EVENT_VERB_END.test(first.plain);
  const secondIsEvent = EVENT_VERB_END.test(second.plain);
  if (secondIsEvent && !firstIsEvent) return asKickerAndTitle;
  if (firstIsEvent) return asTitleAndSubtitle;
  if (isSlogan(first.plain) && second.plain.length > first.plain.length) return asKickerAndTitle;
  return asTitleAndSubtitle;
}

export function readDeck(input: DeckLine[]): Deck {
  const lines = joinBrokenTitle(input.flatMap((line, i) => (i === 0 ? splitSpokenKicker(line) : [line])));
  if (lines.length === 0) return { kicker: null, title: null, subtitle: null };
  if (lines.length === 1) return { kicker: null, title: lines[0]!, subtitle: null };
  if (lines.length === 2) return readPair(lines[0]!, lines[1]!);
  // Three or more: kicker, title, and the rest read as subtitle lines.
  const [first, second, ...rest] = lines;
  const pair = readPair(first!, second!);
  const tail = joinLines(pair.subtitle ? [pair.subtitle, ...rest] : rest);
  return { ...pair, subtitle: tail };
}

function joinLines(lines: DeckLine[]): DeckLine {
  return { text: lines.map((l) => l.text).join(' '), plain: lines.map((l) => l.plain).join(' ') };
}
