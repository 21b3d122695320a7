/**
 * The parts of an article the tagger reads, each in three aligned forms:
 * `display` (what readers see, for quoting phrases), `plain` (Simplified) and
 * `text` (folded, for matching). Offsets are shared by all three whenever the
 * script conversion kept the length; otherwise `display` falls back to `plain`.
 * Photo credits are not read: a credit is not a story.
 */
import type { Article, ParagraphKind } from '../../schema/article.ts';
import { fold } from './fold.ts';
import { toSimplified } from '../script.ts';

export type TaggableArticle = Pick<Article, 'title' | 'kicker' | 'subtitle' | 'paragraphs' | 'credit' | 'script' | 'published'>;

export type SectionKind = 'title' | 'kicker' | 'subtitle' | ParagraphKind;

export interface Section {
  kind: SectionKind;
  display: string;
  plain: string;
  text: string;
}

export function articleSections(article: TaggableArticle): Section[] {
  const raw: { kind: SectionKind; text: string }[] = [];
  if (article.kicker) raw.push({ kind: 'kicker', text: article.kicker });
  if (article.title) raw.push({ kind: 'title', text: article.title });
  if (article.subtitle) raw.push({ kind: 'subtitle', text: article.subtitle });
  for (const p of article.paragraphs) raw.push({ kind: p.kind, text: p.text });
  return raw.map(({ kind, text }) => {
    const plain = article.script === 'hant' ? toSimplified(text) : text;
    return { kind, display: plain.length === text.length ? text : plain, plain, text: fold(plain) };
  });
}

export const isHeadline = (kind: SectionKind): boolean => kind === 'title' || kind === 'kicker' || kind === 'subtitle';
