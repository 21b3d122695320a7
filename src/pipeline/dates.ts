/**
 * The publication date of a page: explicit where the source says it, otherwise
 * inferred from what the stories say, with the evidence kept for readers.
 * A printed page has one date for all its stories; no evidence means null.
 */

export interface DateClue {
  date: string;
  evidence: string;
}

export interface PageDate {
  published: string | null;
  inferred: boolean;
  evidence: string[];
}

export interface StoryText {
  /** The story's paragraphs in Simplified characters, lead first. */
  paragraphs: string[];
  /** The lead's dateline in Simplified characters ("新华社天津8月25日电（记者…）"), when it has one. */
  dateline?: string | null;
}

/** 十N五 plans from 六五 on start every five years: 十四五 = 2021, 十五五 = 2026. */
const PLAN_NUMERALS: Record<string, number> = { 六: 6, 七: 7, 八: 8, 九: 9, 十: 10, 十一: 11, 十二: 12, 十三: 13, 十四: 14, 十五: 15, 十六: 16 };
const planStart = (n: number): number => 1981 + 5 * (n - 6);

const PLAN_RE = /“?(十[一二三四五六]?|[六七八九])五”?(?:规划)?(开局之年|开局起步|开局|新征程|实施|期间|时期)/g;
/** A year is a future target, not a past event, after these words. */
const FUTURE_BEFORE = /(?:到|至|预计|计划|力争|目标|将于|将在|将|争取)\s*$/;
const YEAR_RE = /(\d{4})年/g;
const EVENT_YEAR_RE = /(20\d{2})(?:年)?(?:世界|中国|全国|国际|京津冀)[\u4e00-\u9fa5]{0,12}(?:博览会|大会|论坛|峰会|运动会)/g;
const MONTH_DAY_RE = /(\d{1,2})月(\d{1,2})日/;
const RELATIVE_PAST = /昨日|昨天/g;

interface YearClue {
  year: number;
  exact: boolean;
  evidence: string;
}

export function inferPageDate(stories: StoryText[], explicit: DateClue | null): PageDate {
  if (explicit) return { published: explicit.date, inferred: false, evidence: [explicit.evidence] };

  const text = stories.map((s) => s.paragraphs.join('\n')).join('\n');
  const year = pickYear(yearClues(text));
  if (!year) return { published: null, inferred: true, evidence: [] };

  const peg = latestPeg(stories);
  if (!peg) return { published: null, inferred: true, evidence: [year.evidence, '未找到可定日的新闻日期，不推断具体日期'] };

  const day = addDays(Date.UTC(year.year, peg.month - 1, peg.day), 1);
  const evidence = [
    year.evidence,
    `日期：本版最新的新闻日期为${peg.month}月${peg.day}日（“${peg.sentence}”），日报在次日见报`,
  ];
  const yesterday = text.match(RELATIVE_PAST)?.length ?? 0;
  if (yesterday > 0) evidence.push(`本版有${yesterday}处“昨日/昨天”，与次日见报一致`);
  return { published: day, inferred: true, evidence };
}

function yearClues(text: string): YearClue[] {
  const clues: YearClue[] = [];
  for (const m of text.matchAll(PLAN_RE)) {
    const n = PLAN_NUMERALS[m[1]!];
    if (!n) continue;
    const start = planStart(n);
    const opening = m[2]!.startsWith('开局');
    clues.push({
      year: start,
      exact: opening,
      evidence: opening
        ? `年份：文中称“${m[1]}五”${m[2]}，即${start}年`
        : `年份：文中“${m[1]}五”${m[2]}，不早于${start}年`,
    });
  }
  for (const m of text.matchAll(YEAR_RE)) {
    const year = Number(m[1]);
    if (year < 1990 || year > 2100) continue;
    const before = text.slice(Math.max(0, m.index - 6), m.index);
    if (FUTURE_BEFORE.test(before)) continue;
    clues.push({ year, exact: false, evidence: `年份：文中已发生的事提到${snippet(text, m.index, m[0].length)}，不早于${year}年` });
  }
  for (const m of text.matchAll(EVENT_YEAR_RE)) {
    clues.push({ year: Number(m[1]), exact: false, evidence: `年份：文中提到当年的活动“${m[0]}”，即${m[1]}年` });
  }
  return clues;
}

/** An exact clue wins; otherwise the latest year the text treats as past or present. */
function pickYear(clues: YearClue[]): YearClue | null {
  const exact = clues.filter((c) => c.exact);
  const pool = exact.length > 0 ? exact : clues;
  let best: YearClue | null = null;
  for (const clue of pool) if (!best || clue.year > best.year) best = clue;
  return best;
}

interface Peg {
  month: number;
  day: number;
  sentence: string;
}

/** The news peg of a story is the date in its first sentence; the page's is the latest of those. */
function latestPeg(stories: StoryText[]): Peg | null {
  let best: Peg | null = null;
  for (const story of stories) {
    // A wire dateline dates its dispatch: "新华社天津8月25日电".
    const dispatched = story.dateline ? /(\d{1,2})月(\d{1,2})日电/.exec(story.dateline) : null;
    if (dispatched) {
      const peg = { month: Number(dispatched[1]), day: Number(dispatched[2]), sentence: story.dateline! };
      if (!best || peg.month * 100 + peg.day > best.month * 100 + best.day) best = peg;
    }
    const lead = story.paragraphs[0];
    if (!lead) continue;
    const sentence = lead.split('。')[0]!;
    const m = MONTH_DAY_RE.exec(sentence);
    if (!m) continue;
    const before = sentence.slice(Math.max(0, m.index - 3), m.index);
    const after = sentence.slice(m.index + m[0].length, m.index + m[0].length + 3);
    if (/截至|到|至$/.test(before) || /^(?:起|前|将|以来)/.test(after)) continue;
    const peg = { month: Number(m[1]), day: Number(m[2]), sentence: shorten(sentence) };
    if (peg.month < 1 || peg.month > 12 || peg.day < 1 || peg.day > 31) continue;
    if (!best || peg.month * 100 + peg.day > best.month * 100 + best.day) best = peg;
  }
  return best;
}

function addDays(utc: number, days: number): string {
  return new Date(utc + days * 86_400_000).toISOString().slice(0, 10);
}

function snippet(text: string, index: number, length: number): string {
  const from = Math.max(0, index - 4);
  return `“${text.slice(from, index + length + 6).replace(/\s+/g, '')}”`;
}

function shorten(sentence: string): string {
  return sentence.length > 24 ? `${sentence.slice(0, 24)}…` : sentence;
}
