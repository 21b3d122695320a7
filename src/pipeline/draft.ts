/** The working shape of a story while split and assemble put a page together. */
import type { ParagraphKind } from '../schema/article.ts';
import { endsSentence, HOME_PAPER_RE } from './patterns.ts';
import type { SetAside } from './types.ts';

export interface DraftParagraph {
  kind: ParagraphKind;
  text: string;
  plain: string;
  line: number;
}

/** How a story began on the page: decides what later passes may do with it. */
export type Opener = 'headline' | 'lead' | 'byline' | 'continuation' | 'text' | 'credit';

export interface Draft {
  line: number;
  opener: Opener;
  kicker: string | null;
  title: string | null;
  titlePlain: string | null;
  subtitle: string | null;
  column: string | null;
  dateline: string | null;
  /** The dateline in Simplified characters, for matching (本報訊 → 本报讯). */
  datelinePlain: string | null;
  reporters: string[];
  photographers: string[];
  editors: string[];
  credits: string[];
  paragraphs: DraftParagraph[];
  continued: boolean;
  /** A closing byline or credit ended the story: later text is not its own. */
  closed: boolean;
  furniture: SetAside[];
}

export function newDraft(opener: Opener, line: number): Draft {
  return {
    line,
    opener,
    kicker: null,
    title: null,
    titlePlain: null,
    subtitle: null,
    column: null,
    dateline: null,
    datelinePlain: null,
    reporters: [],
    photographers: [],
    editors: [],
    credits: [],
    paragraphs: [],
    continued: false,
    closed: false,
    furniture: [],
  };
}

/** A copy that shares nothing with `draft`: a pass may change it freely. */
export function copyDraft(draft: Readonly<Draft>): Draft {
  return {
    ...draft,
    reporters: [...draft.reporters],
    photographers: [...draft.photographers],
    editors: [...draft.editors],
    credits: [...draft.credits],
    paragraphs: draft.paragraphs.map((p) => ({ ...p })),
    furniture: draft.furniture.map((f) => ({ ...f })),
  };
}

export function hasBody(draft: Draft): boolean {
  return draft.paragraphs.some((p) => p.kind !== 'subhead');
}

export function lastParagraph(draft: Draft): DraftParagraph | undefined {
  return draft.paragraphs[draft.paragraphs.length - 1];
}

/** A text paragraph that stops mid-sentence: a column or page break cut it. */
export function isCut(paragraph: DraftParagraph | undefined): boolean {
  return paragraph !== undefined && paragraph.kind === 'text' && !endsSentence(paragraph.plain);
}

/** Appends body text, mending a paragraph that a break cut in two. */
export function addText(draft: Draft, paragraph: DraftParagraph): void {
  const last = lastParagraph(draft);
  if (isCut(last) && paragraph.kind === 'text') {
    last!.text += paragraph.text;
    last!.plain += paragraph.plain;
    return;
  }
  draft.paragraphs.push({ ...paragraph });
}

export function draftText(draft: Draft): string {
  return [draft.titlePlain ?? '', ...draft.paragraphs.map((p) => p.plain)].join('\n');
}

/** Home-paper datelines and bylines (本报讯, 本报记者, a bare 记者) say the page is the paper's own. */
export function printsHomePaper(stories: readonly Draft[]): boolean {
  return stories.some((s) => HOME_PAPER_RE.test(s.datelinePlain ?? '') || (s.reporters.length > 0 && !s.datelinePlain));
}
