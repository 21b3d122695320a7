/**
 * People's names keep their characters when a page is shown in Traditional: OpenCC
 * would print the reporter 于春津 as 於春津, which is another person's name. The
 * 简/繁 switch skips every element with the class `ignore-opencc`, so names are set
 * in such a span wherever the site prints them.
 */
import { compareStrings } from '../lib/compare.ts';
import type { Article } from '../schema/article.ts';

export const KEEP_SCRIPT_CLASS = 'ignore-opencc';

export interface NamePiece {
  text: string;
  /** true when the piece is one of the names. */
  name: boolean;
}

const escape = (s: string): string => s.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');

/** The people's names an article prints: reporters, photographers, editors and the people it is tagged with. */
export function articlePeople(article: Pick<Article, 'reporters' | 'photographers' | 'editors' | 'tags'>): string[] {
  return [...article.reporters, ...article.photographers, ...article.editors, ...article.tags.people.map((p) => p.name)];
}

/** Cuts text into runs of plain text and the given names (longest name first where they overlap). */
export function splitNames(text: string, names: readonly string[]): NamePiece[] {
  return nameSplitter(names)(text);
}

/** splitNames for many texts and the same names: the pattern is made once. */
export function nameSplitter(names: readonly string[]): (text: string) => NamePiece[] {
  const wanted = [...new Set(names.filter((n) => n.length > 0))].sort((a, b) => b.length - a.length || compareStrings(a, b));
  const pattern = wanted.length > 0 ? new RegExp(wanted.map(escape).join('|'), 'g') : null;
  return (text) => {
    if (text === '') return [];
    if (!pattern) return [{ text, name: false }];
    const pieces: NamePiece[] = [];
    let at = 0;
    for (const m of text.matchAll(pattern)) {
      if (m.index > at) pieces.push({ text: text.slice(at, m.index), name: false });
      pieces.push({ text: m[0], name: true });
      at = m.index + m[0].length;
    }
    if (at < text.length) pieces.push({ text: text.slice(at), name: false });
    return pieces;
  };
}
