/**
 * People's names keep their characters when a page is shown in Traditional: OpenCC
 * would print the reporter 于春津 as 於春津, which is another person's name. The
 * 简/繁 switch skips every element with the class `ignore-opencc`, so names are set
 * in such a span wherever the site prints them.
 */
export const KEEP_SCRIPT_CLASS = 'ignore-opencc';

export interface NamePiece {
  text: string;
  /** true when the piece is one of the names. */
  name: boolean;
}

const escape = (s: string): string => s.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');

/** Cuts text into runs of plain text and the given names (longest name first where they overlap). */
export function splitNames(text: string, names: readonly string[]): NamePiece[] {
  const wanted = [...new Set(names.filter((n) => n.length > 0))].sort((a, b) => b.length - a.length || (a < b ? -1 : 1));
  if (text === '') return [];
  if (wanted.length === 0) return [{ text, name: false }];
  const pieces: NamePiece[] = [];
  let at = 0;
  for (const m of text.matchAll(new RegExp(wanted.map(escape).join('|'), 'g'))) {
    if (m.index > at) pieces.push({ text: text.slice(at, m.index), name: false });
    pieces.push({ text: m[0], name: true });
    at = m.index + m[0].length;
  }
  if (at < text.length) pieces.push({ text: text.slice(at), name: false });
  return pieces;
}
