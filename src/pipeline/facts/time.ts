/**
 * Time expressions as Chinese news writes them, resolved against the article's
 * date: 2025年9月 → 2025-09, 今年10月前 → 2026-10 (in a 2026 article), 明年 → 2027,
 * 昨天 → the day before publication. Vague ones (目前, 近期) keep their words and
 * resolve to nothing here: what they say is how the fact stands to the article's
 * date (relationToArticle), and a page dates them by it.
 */

export interface TimeExpr {
  start: number;
  end: number;
  text: string;
  /** YYYY, YYYY-MM or YYYY-MM-DD; null when it does not resolve. */
  date: string | null;
}

const TIME =
  /(\d{4})年(?:(\d{1,2})月(?:(\d{1,2})日)?)?(?:份)?(上旬|中旬|下旬|上半年|下半年|年初|年底|年末|初|底|末|前|内|中|第?[一二三四]季度)?|(今年|明年|去年|当年|前年|后年)(?:(\d{1,2})月(?:(\d{1,2})日)?)?(上旬|中旬|下旬|上半年|下半年|初|底|末|前|内|中|第?[一二三四]季度)?|(\d{1,2})月(\d{1,2})日|(年内|年底|年初|年中|上半年|下半年|第?[一二三四]季度)|(昨天|昨日|今天|今日|前天|日前|近日|近期|目前|当前|此前|现如今|如今)/g;

export function findTimes(text: string, published: string | null): TimeExpr[] {
  const out: TimeExpr[] = [];
  const year = published ? Number(published.slice(0, 4)) : null;
  TIME.lastIndex = 0;
  for (let m = TIME.exec(text); m !== null; m = TIME.exec(text)) {
    out.push({ start: m.index, end: m.index + m[0].length, text: m[0], date: resolve(m, year, published) });
  }
  return out;
}

function resolve(m: RegExpExecArray, year: number | null, published: string | null): string | null {
  if (m[1]) return ymd(Number(m[1]), m[2], m[3]);
  if (m[5]) {
    if (year === null) return null;
    const offset = { 今年: 0, 当年: 0, 明年: 1, 后年: 2, 去年: -1, 前年: -2 }[m[5] as '今年'] ?? 0;
    return ymd(year + offset, m[6], m[7]);
  }
  if (m[9]) return year === null ? null : ymd(year, m[9], m[10]);
  if (m[11]) return year === null ? null : String(year);
  if (m[12]) {
    if (!published) return null;
    const back = { 今天: 0, 今日: 0, 昨天: 1, 昨日: 1, 前天: 2 }[m[12] as '今天'];
    return back === undefined ? null : shiftDay(published, -back);
  }
  return null;
}

function ymd(y: number, month?: string, day?: string): string | null {
  if (!month) return String(y);
  const mm = Number(month);
  if (mm < 1 || mm > 12) return String(y);
  const ym = `${y}-${String(mm).padStart(2, '0')}`;
  if (!day) return ym;
  const dd = Number(day);
  return dd >= 1 && dd <= 31 ? `${ym}-${String(dd).padStart(2, '0')}` : ym;
}

function shiftDay(iso: string, days: number): string {
  const d = new Date(`${iso}T00:00:00Z`);
  d.setUTCDate(d.getUTCDate() + days);
  return d.toISOString().slice(0, 10);
}

/** true when `date` (any precision) lies after the publication date's month. */
export function isAfter(date: string, published: string): boolean {
  if (date.length === 4) return Number(date) > Number(published.slice(0, 4));
  return date.slice(0, 7) > published.slice(0, 7);
}

/**
 * How a vague time word places a fact against its article's date: as of that date
 * (目前 已开工), shortly before it (日前 签约), or near it (近期: recently, or soon for a plan).
 * Others (此前: at any time before) say too little to be dated.
 */
export type ArticleRelation = 'as-of' | 'before' | 'near';

const RELATION: Readonly<Record<string, ArticleRelation>> = {
  目前: 'as-of',
  当前: 'as-of',
  如今: 'as-of',
  现如今: 'as-of',
  日前: 'before',
  近日: 'before',
  近期: 'near',
};

/** The relation a time expression's words state to the article's date, or null when they state none. */
export function relationToArticle(when: string): ArticleRelation | null {
  return Object.hasOwn(RELATION, when) ? RELATION[when]! : null;
}
