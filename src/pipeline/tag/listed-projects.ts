/**
 * The items of a list the text says are projects: one it closes with 等…项目, 等…工程,
 * 等…打卡地 or 等…载体 (甲大厦、乙双塔等项目开工), or opens with 项目N个，包括 (项目3个，
 * 包括甲广场、乙公园). The list says what its items are, so an item needs no project
 * suffix of its own. Only the list's shape is read here; whether an item reads like a
 * name is for the caller (found-projects.ts) to judge, and so is whether an item is a
 * company: a list with one in it lists the companies behind projects, not projects.
 */
import type { Segmenter } from './jieba.ts';

export interface ListItem {
  start: number;
  end: number;
  /** Which list of the text it belongs to (its first item's start). */
  list: number;
}

/** 等 + a short description of what the items are + the word for them. */
const CLOSE = /等(?:在内的)?([^，。；：、！？,;:!?“”"（(]{0,10}?)(?:项目|工程|打卡地|景点|景区|载体|地标)/g;
/** 项目N个，包括 / 工程主要有： the items follow. */
const OPEN = /(?:项目|工程)[共计有主要]{0,3}(?:\d{1,4}个)?[，,]?(?:包括|主要有|如)[：:]?/g;
/** Where a clause, and so a list, ends. */
const CLAUSE_END = /[，。；：！？,;:!?\n（()）“”"]/;
/** Words that open a clause before its first item (包括, 先后打造了, 还吸纳): verbs, adverbs, prepositions … */
const LEADING = /^(?:v|vn|vd|d|p|c|u|r|t|f)/;
const MAX_ITEM = 30;

/** The items of the project lists in `text`, in reading order, each without the words that open its clause. */
export function findListItems(text: string, segmenter: Segmenter, isCompany: (item: ListItem) => boolean): ListItem[] {
  const items: ListItem[] = [];
  const close = new RegExp(CLOSE.source, 'g');
  for (let m = close.exec(text); m !== null; m = close.exec(text)) {
    // 等人参观了项目: a verb in the description makes 等 the end of someone's list of people, not of projects.
    if (m[1] && segmenter.tag(m[1]).some((w) => /^v(?!n)/.test(w.tag))) continue;
    // 等品牌项目, 等荣誉称号: the items are titles a place holds; 等项目入驻 are companies moving in.
    if (/品牌|称号|荣誉/.test(m[1] ?? '') || /^(?:正式|已|陆续|相继)?(?:入驻|入园)/.test(text.slice(m.index + m[0].length))) continue;
    let from = m.index;
    while (from > 0 && m.index - from < MAX_ITEM * 4 && !CLAUSE_END.test(text[from - 1]!)) from--;
    const listed = split(text, from, m.index, segmenter);
    if (!listed.some(isCompany)) items.push(...listed);
  }
  const open = new RegExp(OPEN.source, 'g');
  for (let m = open.exec(text); m !== null; m = open.exec(text)) {
    const from = m.index + m[0].length;
    let to = from;
    while (to < text.length && !CLAUSE_END.test(text[to]!) && !text.startsWith('等', to)) to++;
    const listed = split(text, from, to, segmenter);
    if (!listed.some(isCompany)) items.push(...listed.filter((i) => !items.some((o) => o.start === i.start)));
  }
  return items.sort((a, b) => a.start - b.start);
}

/** The 、-separated items of text[from, to), the first without the words that open the clause. */
function split(text: string, from: number, to: number, segmenter: Segmenter): ListItem[] {
  const out: ListItem[] = [];
  let start = from;
  let list = -1;
  for (const part of text.slice(from, to).split('、')) {
    let s = start;
    if (s === from) {
      for (const w of segmenter.tag(part)) {
        if (!LEADING.test(w.tag)) break;
        s += w.word.length;
      }
    }
    const end = start + part.length;
    if (list < 0) list = s;
    if (end - s >= 2 && end - s <= MAX_ITEM) out.push({ start: s, end, list });
    start = end + 1;
  }
  return out;
}
