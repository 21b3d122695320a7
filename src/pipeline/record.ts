/**
 * Turns assembled stories into Article records: stable ids, source, dates, names; and the
 * page's furniture and fragments into records that name their file and article.
 */
import { emptyTags, type Article, type Fragment, type Furniture, type Paragraph, type Script } from '../schema/article.ts';
import type { Assembled } from './assemble.ts';
import { printsHomePaper, type Draft } from './draft.ts';
import type { PageDate } from './dates.ts';
import { digest, fileSlug } from './file-names.ts';
import { AGENCY_NAMES, HOME_PAPER_RE } from './patterns.ts';
import type { StageWarning } from '../schema/warning.ts';
import type { SetAside } from './types.ts';

export interface PageFacts {
  file: string;
  source: string | null;
  url: string | null;
  page: string | null;
  date: PageDate;
  script: Script;
  editors: string[];
}

/**
 * An id depends only on the file's name and the story's own headline (or opening words),
 * so adding, removing or reordering other files never changes it.
 */
function storyId(file: string, draft: Draft, taken: Set<string>): string {
  const anchor = draft.title ?? draft.paragraphs[0]?.text.slice(0, 40) ?? String(draft.line);
  const base = `${fileSlug(file)}-${digest(anchor).slice(0, 6)}`;
  let id = base;
  for (let n = 2; taken.has(id); n++) id = `${base}-${n}`;
  taken.add(id);
  return id;
}

/** A headline made from a lead is its first clause or sentence, no longer than a printed one. */
const MADE_HEADLINE = 30;

/** The headline a reader is shown: the printed title, 图片新闻 for a photo item, or the lead's opening words. */
export function headlineFor(title: string | null, paragraphs: Pick<Paragraph, 'kind' | 'text'>[]): Article['headline'] {
  if (title) return { text: title, from: 'title' };
  if (paragraphs.length > 0 && paragraphs.every((p) => p.kind === 'caption')) return { text: '图片新闻', from: 'photo' };
  const lead = (paragraphs.find((p) => p.kind === 'text') ?? paragraphs[0])?.text.trim() ?? '';
  const sentence = /^[^。！？；!?]*/.exec(lead)![0];
  const chars = Array.from(sentence);
  if (chars.length <= MADE_HEADLINE) return { text: sentence || '（无题）', from: 'lead' };
  // Cut after the last clause that fits, else on a character boundary.
  const head = chars.slice(0, MADE_HEADLINE).join('');
  // A comma ends a clause; an enumeration comma only ends an item of one.
  const comma = head.lastIndexOf('，');
  const clause = comma >= 8 ? comma : Math.max(head.lastIndexOf('、'), head.lastIndexOf('：'));
  return { text: `${clause >= 8 ? head.slice(0, clause) : head}…`, from: 'lead' };
}

/** The agency a dateline opens with: one by name, else the shortest name ending in 社/网/台. */
const AGENCY_SOURCE = new RegExp(`^[【\\[]?(${AGENCY_NAMES}|[\\u4e00-\\u9fa5]{2,6}?(?:社|网|台))`);

/** A dateline names its agency: a wire story printed in the paper keeps the wire as its source. */
function datelineSource(dateline: string | null, fallback: string | null): string | null {
  if (!dateline) return fallback;
  if (HOME_PAPER_RE.test(dateline)) return fallback;
  const agency = AGENCY_SOURCE.exec(dateline);
  return agency ? agency[1]! : fallback;
}

/**
 * Who published the page: front matter, else the page's 来源 line, else the home paper when
 * the stories' datelines or bylines are its own (本报讯, 本报记者).
 */
export function pageSource(stories: readonly Draft[], printed: { frontMatter?: string; page: string | null }, homePaper: string): string | null {
  return printed.frontMatter ?? printed.page ?? (printsHomePaper(stories) ? homePaper : null);
}

export interface PageRecords {
  articles: Article[];
  /** Every piece of furniture of the page, by line: the page's own first, then the stories'. */
  furniture: Furniture[];
  fragments: Fragment[];
}

/**
 * The records of one page: its assembled stories as articles, and `pageFurniture` (what the
 * stages before assemble set aside) with the stories' furniture and the fragments.
 */
export function pageRecords(page: Assembled, pageFurniture: readonly SetAside[], facts: PageFacts): PageRecords {
  const { articles, furniture, ids } = toRecords(page.stories, facts);
  const own: Furniture[] = [...pageFurniture, ...page.furniture].map((item) => ({
    file: facts.file,
    ...item,
    // A web page carries one story: its furniture is that story's.
    article: articles.length === 1 ? articles[0]!.id : null,
  }));
  return {
    articles,
    furniture: [...own, ...furniture].sort((a, b) => a.line - b.line),
    fragments: page.fragments.map((f) => ({ file: facts.file, line: f.line, text: f.text, placedIn: f.placedIn ? (ids.get(f.placedIn) ?? null) : null })),
  };
}

/** Why a page gave no article, and where its text went: nowhere is lost, and the editor is told so. */
export function noArticleWarning(bodyLine: number, fragments: readonly Pick<Fragment, 'line' | 'text'>[]): StageWarning {
  if (fragments.length === 0) return { line: bodyLine, code: 'no-article', message: 'no article found in this file (all its lines are page furniture)' };
  const chars = fragments.reduce((n, f) => n + f.text.length, 0);
  const count = fragments.length === 1 ? '1 fragment' : `${fragments.length} fragments`;
  return { line: fragments[0]!.line, code: 'no-article', message: `no story found (no headline or lead): its text, ${chars} characters from line ${fragments[0]!.line}, is kept as ${count}` };
}

function toRecords(stories: Draft[], facts: PageFacts): { articles: Article[]; furniture: Furniture[]; ids: Map<Draft, string> } {
  const taken = new Set<string>();
  const ids = new Map<Draft, string>();
  const articles: Article[] = [];
  const furniture: Furniture[] = [];
  stories.forEach((draft, order) => {
    const id = storyId(facts.file, draft, taken);
    ids.set(draft, id);
    articles.push({
      id,
      file: facts.file,
      line: Math.min(draft.line, ...draft.paragraphs.map((p) => p.line)),
      order,
      source: datelineSource(draft.datelinePlain, facts.source),
      url: facts.url,
      page: facts.page,
      title: draft.title,
      headline: headlineFor(draft.title, draft.paragraphs),
      kicker: draft.kicker,
      subtitle: draft.subtitle,
      column: draft.column,
      dateline: draft.dateline,
      published: facts.date.published,
      dateInferred: facts.date.published !== null && facts.date.inferred,
      dateEvidence: facts.date.evidence,
      reporters: draft.reporters,
      photographers: draft.photographers,
      editors: [...new Set([...draft.editors, ...facts.editors])],
      credit: draft.credits.length > 0 ? draft.credits.join('\n') : null,
      paragraphs: draft.paragraphs.map(({ kind, text, line }) => ({ kind, text, line })),
      continued: draft.continued,
      script: facts.script,
      tags: emptyTags(),
      keywords: [],
      money: [],
      milestones: [],
    });
    for (const item of draft.furniture) furniture.push({ file: facts.file, ...item, article: id });
  });
  return { articles, furniture, ids };
}
