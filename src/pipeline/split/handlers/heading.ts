/**
 * A run of headline and column-label lines: the deck of a new story (kicker, title,
 * subtitle), or subheads inside the current one. A column label in the run labels the
 * story it stands with. A jump or continuation mark printed on a deck line (……（下转第2版）,
 * （上接第1版）……) is that story's continuation furniture; a continuation mark makes the deck a
 * new, continued story. What follows a deck is still its story, whatever the mark says.
 */
import type { ClassifiedLine } from '../../classify.ts';
import { readDeck, type DeckLine } from '../../deck.ts';
import { draftText, hasBody, type DraftParagraph } from '../../draft.ts';
import { bigrams, containment, HEADLINE_MATCH } from '../../similarity.ts';
import { startStory, type Handler, type SplitState } from '../state.ts';

/** The numbering of a document's sections: 一、 （二） 3、 第四章. */
const OUTLINE_RE = /^(?:[一二三四五六七八九十]{1,3}、|[（(][一二三四五六七八九十\d]{1,3}[）)]|\d{1,2}[、.．]|第[一二三四五六七八九十\d]{1,3}[章节部分])/;

/** A subhead is short; a longer stand-alone headline starts a story. */
const MAX_SUBHEAD = 26;

/** Headless pieces further back than this belong to other pages. */
const RECENT = 30;

const isDeckLine = (unit: ClassifiedLine | undefined): boolean => unit?.kind === 'heading' || unit?.kind === 'column';

export const heading: Handler = (state, unit) => {
  const { units } = state;
  const deck: DeckLine[] = [];
  const columns: ClassifiedLine[] = [];
  let end = state.at;
  for (; end < units.length && isDeckLine(units[end]); end++) {
    const u = units[end]!;
    if (u.kind === 'column') columns.push(u);
    else deck.push({ text: u.text, plain: u.plain, line: u.line });
  }
  const run = units.slice(state.at, end);
  const continued = run.some((u) => u.marker !== undefined);
  const current = state.current;
  if (deck.length > 0 && (continued || startsStory(state, deck, units[end]))) {
    state.suspended = null;
    const draft = startStory(state, 'headline', unit.line);
    // A numbered section heading right under the headline opens the body; it is no part of the deck.
    const outline = deck.findIndex((line, k) => k > 0 && OUTLINE_RE.test(line.plain));
    const sections = outline > 0 ? deck.splice(outline) : [];
    const read = readDeck(deck);
    draft.kicker = read.kicker?.text ?? null;
    draft.title = read.title?.text ?? null;
    draft.titlePlain = read.title?.plain ?? null;
    draft.subtitle = read.subtitle?.text ?? null;
    for (const line of sections) draft.paragraphs.push(subhead(line, unit.line));
  } else if (current) {
    for (const line of deck) current.paragraphs.push(subhead(line, unit.line));
  } else {
    startStory(state, 'headline', unit.line);
  }
  for (const column of columns) {
    const owner = state.current ?? startStory(state, 'headline', column.line);
    owner.column ??= column.text;
    owner.furniture.push({ kind: 'column', line: column.line, text: column.text });
  }
  const owner = state.current!;
  owner.continued ||= continued;
  for (const u of run) {
    if (u.marker) owner.furniture.push({ kind: 'continuation', line: u.line, text: u.marker.text });
    if (u.jump) owner.furniture.push({ kind: 'continuation', line: u.line, text: u.jump.text });
  }
  state.at = end - 1;
};

function subhead(line: DeckLine, fallback: number): DraftParagraph {
  return { kind: 'subhead', text: line.text, plain: line.plain, line: line.line ?? fallback };
}

/** Does this headline block open a new story, or is it a subhead inside the current one? */
function startsStory({ current, drafts, options }: SplitState, deck: DeckLine[], next: ClassifiedLine | undefined): boolean {
  if (!current || current.closed || !hasBody(current)) return true;
  if (!next || next.kind === 'lead' || next.kind === 'continuation' || next.kind === 'byline') return true;
  // Numbered section headings ("二、各功能区情况", "（一）体育功能区") divide a text; they never head a story.
  if (deck.every((line) => OUTLINE_RE.test(line.plain))) return false;
  if (deck.length >= 2) return !(options.webPage && deck.every((line) => line.plain.length <= MAX_SUBHEAD));
  const headline = deck[0]!.plain;
  if (headline.length > MAX_SUBHEAD) return true;
  // A lead printed away from its headline (an earlier headless piece nearby) restates it.
  const grams = bigrams(headline);
  // The story this line stands inside cannot be that lead: a line within a story that restates it is a subhead.
  return drafts.slice(-RECENT).some((d) => d !== current && d.title === null && d.opener === 'lead' && containment(grams, bigrams(draftText(d))) >= HEADLINE_MATCH);
}
