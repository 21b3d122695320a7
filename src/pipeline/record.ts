/**
 * Turns assembled stories into Article records: stable ids, source, dates, names.
 */
import { emptyTags, type Article, type Furniture } from '../schema/article.ts';
import type { Draft } from './draft.ts';
import type { PageDate } from './dates.ts';
import { digest, fileSlug } from './file-names.ts';
import type { Script } from './types.ts';

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

/** A dateline names its agency: a wire story printed in the paper keeps the wire as its source. */
function datelineSource(dateline: string | null, fallback: string | null): string | null {
  if (!dateline) return fallback;
  const agency = /^(新华社|中新社|中新网|人民网|央视网|中国日报网|津云)/.exec(dateline);
  return agency ? agency[1]! : fallback;
}

export function toRecords(stories: Draft[], facts: PageFacts): { articles: Article[]; furniture: Furniture[]; ids: Map<Draft, string> } {
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
