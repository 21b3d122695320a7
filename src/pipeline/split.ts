/**
 * Walks a page's classified lines in reading order and cuts them into stories.
 * Decisions that need the whole page (pieces a layout scattered) are left to assemble.
 */
import { asPrinted, photographerNames, reporterNames, uniq } from './bylines.ts';
import type { Unit } from './classify.ts';
import { readDeck, type DeckLine } from './deck.ts';
import { addText, draftText, hasBody, isCut, newDraft, type Draft, type Opener } from './draft.ts';
import { bigrams, containment, HEADLINE_MATCH } from './similarity.ts';

/** The numbering of a document's sections: 一、 （二） 3、 第四章. */
const OUTLINE_RE = /^(?:[一二三四五六七八九十]{1,3}、|[（(][一二三四五六七八九十\d]{1,3}[）)]|\d{1,2}[、.．]|第[一二三四五六七八九十\d]{1,3}[章节部分])/;

/** A subhead is short; a longer stand-alone headline starts a story. */
const MAX_SUBHEAD = 26;

/** Headless pieces further back than this belong to other pages. */
const RECENT = 30;

/** A byline printed at the top of a story (features): "■ 本报记者 张清". */
const OPENING_BYLINE = /^(?:■|本报记者)/;

export interface SplitOptions {
  /**
   * The page came wrapped in site chrome: a web page carries one story, so a short deck
   * inside its body (a section heading over two lines) is a subhead, not a new story.
   */
  webPage?: boolean;
}

export function splitStories(units: Unit[], options: SplitOptions = {}): Draft[] {
  const drafts: Draft[] = [];
  // Widened on purpose: `start` reassigns it from a closure, which narrowing cannot see.
  let cur = null as Draft | null;
  /** The story a lead interrupted; it resumes after the lead's cut paragraph. */
  let suspended = null as Draft | null;
  let previous: Unit | undefined;

  const start = (opener: Opener, line: number): Draft => {
    cur = newDraft(opener, line);
    drafts.push(cur);
    return cur;
  };

  for (let i = 0; i < units.length; i++) {
    const unit = units[i]!;
    switch (unit.kind) {
      case 'heading':
      case 'column': {
        let j = i;
        const deck: DeckLine[] = [];
        const columns: Unit[] = [];
        for (; j < units.length && (units[j]!.kind === 'heading' || units[j]!.kind === 'column'); j++) {
          const u = units[j]!;
          if (u.kind === 'column') columns.push(u);
          else deck.push({ text: u.text, plain: u.plain, line: u.line });
        }
        const next = units[j];
        if (deck.length > 0 && startsStory(cur, deck, next, drafts, options)) {
          suspended = null;
          const draft = start('headline', unit.line);
          // A numbered section heading right under the headline opens the body; it is no part of the deck.
          const outline = deck.findIndex((line, k) => k > 0 && OUTLINE_RE.test(line.plain));
          const sections = outline > 0 ? deck.splice(outline) : [];
          const read = readDeck(deck);
          draft.kicker = read.kicker?.text ?? null;
          draft.title = read.title?.text ?? null;
          draft.titlePlain = read.title?.plain ?? null;
          draft.subtitle = read.subtitle?.text ?? null;
          for (const line of sections) draft.paragraphs.push({ kind: 'subhead', text: line.text, plain: line.plain, line: line.line ?? unit.line });
        } else if (cur) {
          for (const line of deck) {
            (cur as Draft).paragraphs.push({ kind: 'subhead', text: line.text, plain: line.plain, line: line.line ?? unit.line });
          }
        } else {
          start('headline', unit.line);
        }
        for (const column of columns) {
          const owner = cur ?? start('headline', column.line);
          owner.column ??= column.text;
          owner.furniture.push({ kind: 'column', line: column.line, text: column.text });
        }
        previous = units[j - 1];
        i = j - 1;
        continue;
      }
      case 'lead': {
        let draft: Draft;
        if (cur && !cur.closed && !hasBody(cur) && cur.dateline === null && cur.opener === 'headline') {
          draft = cur;
        } else if (cur && cur.opener === 'credit' && cur.dateline === null && cur.paragraphs.every((p) => p.kind === 'caption')) {
          // The photo printed over the story, its caption first: the lead is that story's.
          draft = cur;
        } else if (cur && !cur.closed && hasBody(cur) && previous?.kind === 'text' && suspended === null) {
          suspended = cur;
          draft = start('lead', unit.line);
        } else {
          draft = start('lead', unit.line);
        }
        const marker = unit.marker!;
        draft.dateline = marker.text;
        draft.datelinePlain = marker.plain;
        draft.reporters = uniq([...draft.reporters, ...asPrinted(reporterNames(marker.plain), marker.plain, marker.text)]);
        draft.furniture.push({ kind: 'dateline', line: unit.line, text: marker.text });
        if (unit.text) addText(draft, { kind: 'text', text: unit.text, plain: unit.plain, line: unit.line });
        break;
      }
      case 'continuation': {
        const draft = cur && !cur.closed && !hasBody(cur) && cur.opener === 'headline' ? cur : start('continuation', unit.line);
        draft.continued = true;
        draft.furniture.push({ kind: 'continuation', line: unit.line, text: unit.marker!.text });
        if (unit.text) addText(draft, { kind: 'text', text: unit.text, plain: unit.plain, line: unit.line });
        break;
      }
      case 'text': {
        if (suspended && cur && cur.opener === 'lead' && isCut(cur.paragraphs[cur.paragraphs.length - 1])) {
          cur = suspended;
        }
        suspended = null;
        // "▲今天上午，……": each marked item of a column of briefs is a brief of its own.
        const brief = unit.marker !== undefined && cur !== null && hasBody(cur);
        const draft = cur && !cur.closed && !brief ? cur : start('text', unit.line);
        if (unit.marker) draft.furniture.push({ kind: 'boilerplate', line: unit.line, text: unit.marker.text });
        addText(draft, { kind: 'text', text: unit.text, plain: unit.plain, line: unit.line });
        break;
      }
      case 'byline': {
        const followsSignOff = previous?.kind === 'byline' || previous?.kind === 'credit';
        let draft: Draft;
        if (cur && followsSignOff) draft = cur;
        else if (cur && !cur.closed && !hasBody(cur)) draft = cur;
        else if (!cur || cur.closed || OPENING_BYLINE.test(unit.plain)) draft = start('byline', unit.line);
        else draft = cur;
        draft.reporters = uniq([...draft.reporters, ...asPrinted(reporterNames(unit.plain), unit.plain, unit.text)]);
        draft.furniture.push({ kind: 'byline', line: unit.line, text: unit.text });
        // A sign-off closes the story; an opening byline does not.
        if (hasBody(draft)) draft.closed = true;
        break;
      }
      case 'jump':
        break;
      case 'caption': {
        // A photo caption with its credit stands in the story's body; it does not end the story.
        const draft = cur && !cur.closed ? cur : start('credit', unit.line);
        draft.paragraphs.push({ kind: 'caption', text: unit.text, plain: unit.plain, line: unit.line });
        const credit = unit.credit!;
        // A photographer's pictures on one page each carry the same credit; the story lists it once.
        if (!draft.credits.includes(credit.text)) draft.credits.push(credit.text);
        const names = photographerNames(credit.plain.replace(/^[（(]|[）)]$/g, '').replace(/[/／]\s*摄$/, '摄'));
        draft.photographers = uniq([...draft.photographers, ...asPrinted(names, credit.plain, credit.text)]);
        draft.furniture.push({ kind: 'credit', line: unit.line, text: credit.text });
        break;
      }
      case 'credit': {
        const draft = cur ?? start('credit', unit.line);
        draft.credits.push(unit.text);
        draft.photographers = uniq([...draft.photographers, ...asPrinted(photographerNames(unit.plain), unit.plain, unit.text)]);
        draft.furniture.push({ kind: 'credit', line: unit.line, text: unit.text });
        draft.closed = true;
        break;
      }
    }
    // 下转第2版: the story goes on on another page, so what follows here is another story.
    if (unit.jump) {
      const owner = cur ?? start('text', unit.line);
      owner.furniture.push({ kind: 'continuation', line: unit.line, text: unit.jump.text });
      if (hasBody(owner)) owner.closed = true;
    }
    previous = unit;
  }
  return drafts;
}

/** Does this headline block open a new story, or is it a subhead inside the current one? */
function startsStory(cur: Draft | null, deck: DeckLine[], next: Unit | undefined, drafts: Draft[], options: SplitOptions): boolean {
  if (!cur || cur.closed || !hasBody(cur)) return true;
  if (!next || next.kind === 'lead' || next.kind === 'continuation' || next.kind === 'byline') return true;
  // Numbered section headings ("二、各功能区情况", "（一）体育功能区") divide a text; they never head a story.
  if (deck.every((line) => OUTLINE_RE.test(line.plain))) return false;
  if (deck.length >= 2) return !(options.webPage && deck.every((line) => line.plain.length <= MAX_SUBHEAD));
  const headline = deck[0]!.plain;
  if (headline.length > MAX_SUBHEAD) return true;
  // A lead printed away from its headline (an earlier headless piece nearby) restates it.
  const grams = bigrams(headline);
  // The story this line stands inside cannot be that lead: a line within a story that restates it is a subhead.
  return drafts.slice(-RECENT).some((d) => d !== cur && d.title === null && d.opener === 'lead' && containment(grams, bigrams(draftText(d))) >= HEADLINE_MATCH);
}
