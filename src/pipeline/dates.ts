/**
 * The publication date of a page, with the evidence kept for readers.
 *
 * 1. Front matter wins.
 * 2. A date the page prints: an e-paper header 《人民日报》( 2023年04月18日 第 07 版), a
 *    masthead 光明日报 2023年02月13日 星期一, a site's meta line (发布时间：…, 来源：… 时间：…,
 *    a bare or bulleted 2022-02-22 11:15 in the header, a date split over lines), or a
 *    forum's 发表于 time.
 * 3. On a web page, the story's own date beats the page's where they disagree: a wire
 *    dateline (中新网天津9月17日电) is the story's own date; a forum post time, or a page
 *    time more than a month after the day the lead reports, is a repost's time. The
 *    page's time stays in the evidence.
 * 4. Nothing printed: a wire dateline with the year from the text, else the year from
 *    clues such as “十五五”开局之年 and the day from the latest news peg (+ 1 on a
 *    daily's page, the day itself for a single web story), marked as inferred.
 * A page has one date for all its stories; no evidence means null.
 */
import { printsHomePaper, type Draft } from './draft.ts';
import type { SourceLine } from './types.ts';

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

export interface PageDateInput {
  /** The page's lines after normalisation, furniture included: meta lines are read here. */
  lines: readonly SourceLine[];
  stories: readonly StoryText[];
  /** YYYY-MM-DD from front matter. */
  frontMatter?: string | null;
  /** A newspaper page (several stories, 本报 datelines or bylines): its pegs are yesterday's news. */
  newspaper: boolean;
}

/** How a page prints its date, strongest first. */
export type PrintedKind = 'epaper' | 'masthead' | 'meta' | 'repost';

export interface PrintedDate {
  date: string;
  kind: PrintedKind;
  line: number;
  /** The line (or lines) as printed. */
  text: string;
}

/** A page time this long after the day its lead reports is a repost's, not the story's. */
export const STALE_REPOST_DAYS = 31;

export function datePage(input: PageDateInput): PageDate {
  if (input.frontMatter) return { published: input.frontMatter, inferred: false, evidence: ['日期：文件头信息（front matter）注明'] };
  const printed = pickPrinted(findPrintedDates(input.lines));
  const dispatch = findDispatch(input.lines);
  if (printed) return printed.kind === 'epaper' || printed.kind === 'masthead' ? asPrinted(printed) : webDate(printed, dispatch, input.stories);
  return inferPageDate(input.stories, dispatch, input.newspaper);
}

/**
 * The date of a page of assembled stories: what datePage reads of each story (dateline and
 * text paragraphs), and whether the page is a newspaper's (its own datelines or bylines, or
 * several stories).
 */
export function dateStories(lines: readonly SourceLine[], stories: readonly Draft[], frontMatter: string | null): PageDate {
  return datePage({
    lines,
    stories: stories.map((s) => ({ dateline: s.datelinePlain, paragraphs: s.paragraphs.filter((p) => p.kind !== 'subhead').map((p) => p.plain) })),
    frontMatter,
    newspaper: printsHomePaper(stories) || stories.length > 1,
  });
}

const EVIDENCE_LABEL: Record<PrintedKind, string> = {
  epaper: '电子版版头',
  masthead: '报头日期',
  meta: '页面发布信息',
  repost: '转帖时间',
};

function asPrinted(p: PrintedDate, inferred = false): PageDate {
  return { published: p.date, inferred, evidence: [`日期：${EVIDENCE_LABEL[p.kind]}“${shorten(p.text, 40)}”`] };
}

// ── Dates the page prints ───────────────────────────────────────────

/** 2023年04月12日 · 2024-8-17 · 2019/8/2 · 2024.03.18, with a valid month and day. */
const DATE_SRC = String.raw`((?:19|20)\d{2})\s*(?:年\s*(\d{1,2})\s*月\s*(\d{1,2})\s*日|([-/.])(\d{1,2})\4(\d{1,2})(?!\d))`;
const DATE_RE = new RegExp(DATE_SRC);
const EPAPER_RE = new RegExp(String.raw`《[^》]{2,16}》\s*[（(]\s*${DATE_SRC}\s*(?:第?\s*[0-9A-Z]{1,3}\s*版)?\s*[）)]`);
const WEEKDAY_RE = /星期[一二三四五六日天]|周[一二三四五六日]/;
const REPOST_RE = new RegExp(String.raw`(?:发表于|發表於)\s*${DATE_SRC}`);
const TIME_AFTER = /^\s*\d{1,2}:\d{2}/;
/**
 * A label printed right before a page's own date (时间：, 发布时间:, 发布于). Traditional
 * forms too: a mirror's Simplified chrome may make the page read as Simplified.
 */
const LABEL_BEFORE = /(?:时间|時間|日期|发布|發布|发表|發表|更新|稿源|发文|發文)(?:时间|時間|日期|于|於)?\s*[：:]?\s*$/;
/** 来源：河畔网 2031-03-01: a source line carrying the date. */
const SOURCE_FIRST = /^(?:来源|來源|稿源)\s*[：:]/;
/** What a bare date line may carry besides the date: a time, counters, bullets and separators. */
const BARE_REST = /^[\s\d:：|｜•·\-–—/]*$/;
/** A year alone on a line, with the month and day on the next: 2024 / 05/10 / 10:47. */
const YEAR_LINE = /^((?:19|20)\d{2})$/;
const MONTH_DAY_LINE = /^(\d{1,2})[/\-月](\d{1,2})日?$/;
/** A line of the story itself: long enough and punctuated as prose. */
const PROSE_MIN_HAN = 30;

export function findPrintedDates(lines: readonly SourceLine[]): PrintedDate[] {
  const found: PrintedDate[] = [];
  let header = true;
  const nonBlank = lines.filter((l) => l.plain.trim() !== '');
  nonBlank.forEach((line, k) => {
    const plain = line.plain.trim();
    if (header && isProse(plain)) header = false;
    const add = (kind: PrintedKind, m: RegExpExecArray, offset = 1): void => {
      const date = isoFrom(m, offset);
      if (date) found.push({ date, kind, line: line.line, text: plain });
    };
    const epaper = EPAPER_RE.exec(plain);
    if (epaper) return add('epaper', epaper);
    const repost = REPOST_RE.exec(plain);
    if (repost) return add('repost', repost);
    const m = DATE_RE.exec(plain);
    if (m) {
      if (plain.length <= 40 && m[2] !== undefined && WEEKDAY_RE.test(plain)) return add('masthead', m);
      if (isProse(plain) || /[。！？]/.test(plain)) return;
      const before = plain.slice(0, m.index);
      const after = plain.slice(m.index + m[0].length);
      const labelled = LABEL_BEFORE.test(before) || TIME_AFTER.test(after) || SOURCE_FIRST.test(plain);
      const bare = BARE_REST.test(before.replace(/^[•·▪■●]\s*/, '')) && BARE_REST.test(after.replace(/点击[：:]?\s*$/, ''));
      if ((labelled && plain.length <= 100) || (bare && header)) add('meta', m);
      return;
    }
    const year = header ? YEAR_LINE.exec(plain) : null;
    const next = nonBlank[k + 1]?.plain.trim();
    const md = year && next ? MONTH_DAY_LINE.exec(next) : null;
    if (year && md) {
      const date = iso(Number(year[1]), Number(md[1]), Number(md[2]));
      if (date) found.push({ date, kind: 'meta', line: line.line, text: `${plain} ${next}` });
    }
  });
  return found;
}

function isProse(plain: string): boolean {
  let han = 0;
  for (const ch of plain) if (ch >= '\u4e00' && ch <= '\u9fff') han++;
  return han >= PROSE_MIN_HAN && /[，。；]/.test(plain);
}

const KIND_RANK: Record<PrintedKind, number> = { epaper: 0, masthead: 1, meta: 2, repost: 3 };

/** The strongest kind the page prints; within a kind, the first. */
function pickPrinted(found: PrintedDate[]): PrintedDate | null {
  let best: PrintedDate | null = null;
  for (const p of found) if (!best || KIND_RANK[p.kind] < KIND_RANK[best.kind]) best = p;
  return best;
}

function isoFrom(m: RegExpExecArray, offset: number): string | null {
  const y = Number(m[offset]);
  const chinese = m[offset + 1] !== undefined;
  return iso(y, Number(chinese ? m[offset + 1] : m[offset + 4]), Number(chinese ? m[offset + 2] : m[offset + 5]));
}

function iso(y: number, month: number, day: number): string | null {
  if (month < 1 || month > 12 || day < 1 || day > 31) return null;
  const t = Date.UTC(y, month - 1, day);
  const d = new Date(t);
  if (d.getUTCMonth() !== month - 1) return null;
  return d.toISOString().slice(0, 10);
}

// ── The story's own date ────────────────────────────────────────────

interface Dispatch {
  month: number;
  day: number;
  /** 本报天津4月28日电: the home paper's own dispatch, printed the next day. */
  home: boolean;
  text: string;
}

/**
 * A wire or web dispatch line anywhere near the start of a story line: 中新网天津9月17日电,
 * 央广网天津11月8日消息, 人民网·天津视窗3月23日电 — also after a photo caption on the same line.
 * 电话/电视/电网… are words, not datelines.
 */
const DISPATCH_RE = /([\u4e00-\u9fa5·]{2,16}?)(\d{1,2})月(\d{1,2})日(?:电(?![话视脑力网器子池动厂站])|消息|讯(?![息号]))/;
const DISPATCH_REACH = 80;

function findDispatch(lines: readonly SourceLine[]): Dispatch | null {
  for (const line of lines) {
    const head = line.plain.trim().slice(0, DISPATCH_REACH);
    const m = DISPATCH_RE.exec(head);
    if (!m) continue;
    const month = Number(m[2]);
    const day = Number(m[3]);
    if (month < 1 || month > 12 || day < 1 || day > 31) continue;
    return { month, day, home: m[1]!.startsWith('本报'), text: m[0] };
  }
  return null;
}

/** 28日在天津举行: a day without its month, resolved against the page's date. */
const DAY_ONLY_RE = /(?<![月\d年号])(\d{1,2})日(?![电前起后内])/;
const DAY_ONLY_BEFORE = /(?:近|前|后|这|每|逾|超|连续|截至|到|至)$/;

/**
 * A web page's printed date, unless the story's own date says otherwise: the wire
 * dateline, or for a forum post or a stale repost, the day the lead reports.
 */
function webDate(printed: PrintedDate, dispatch: Dispatch | null, stories: readonly StoryText[]): PageDate {
  const page = printed.date;
  const keep = `页面时间：${EVIDENCE_LABEL[printed.kind]}“${shorten(printed.text, 40)}”，为转载时间`;
  if (dispatch && !dispatch.home) {
    const own = onOrBefore(page, dispatch.month, dispatch.day);
    if (own && own !== page) {
      return { published: own, inferred: false, evidence: [`日期：电头“${dispatch.text}”为报道本身的日期，年份据页面时间`, keep] };
    }
    if (own) return asPrinted(printed);
  }
  const peg = leadPeg(stories, page);
  if (peg && peg.date < page && (printed.kind === 'repost' || daysBetween(peg.date, page) > STALE_REPOST_DAYS)) {
    return { published: peg.date, inferred: true, evidence: [`日期：报道本身的日期为导语所述的${peg.said}（“${peg.sentence}”）`, keep] };
  }
  return asPrinted(printed);
}

/** The day the first story's lead reports, on or before the page's date. */
function leadPeg(stories: readonly StoryText[], page: string): { date: string; said: string; sentence: string } | null {
  const lead = firstLead(stories);
  if (!lead) return null;
  const sentence = lead.split('。')[0]!;
  const full = MONTH_DAY_RE.exec(sentence);
  if (full && !futureAround(sentence, full.index, full[0].length)) {
    const date = onOrBefore(page, Number(full[1]), Number(full[2]));
    return date ? { date, said: full[0], sentence: shorten(sentence, 24) } : null;
  }
  const dayOnly = DAY_ONLY_RE.exec(sentence);
  if (dayOnly && !DAY_ONLY_BEFORE.test(sentence.slice(0, dayOnly.index)) && !futureAround(sentence, dayOnly.index, dayOnly[0].length)) {
    const day = Number(dayOnly[1]);
    const [y, m] = page.split('-').map(Number) as [number, number];
    const date = onOrBefore(page, m, day) ?? onOrBefore(`${y}-${String(m).padStart(2, '0')}-01`, m === 1 ? 12 : m - 1, day);
    return date ? { date, said: dayOnly[0], sentence: shorten(sentence, 24) } : null;
  }
  return null;
}

/** A lead is a sentence of prose, not a line of chrome the page put before it (只需一步，快速开始). */
const LEAD_MIN_HAN = 12;

/** The page's first paragraph of prose: the lead its story's own date is read from. */
function firstLead(stories: readonly StoryText[]): string | null {
  for (const story of stories) {
    for (const p of story.paragraphs) {
      let han = 0;
      for (const ch of p) if (ch >= '\u4e00' && ch <= '\u9fff') han++;
      if (han >= LEAD_MIN_HAN && /[，。；]/.test(p)) return p;
    }
  }
  return null;
}

function futureAround(sentence: string, index: number, length: number): boolean {
  const before = sentence.slice(Math.max(0, index - 3), index);
  const after = sentence.slice(index + length, index + length + 3);
  return /截至|到|至$|将$|于$/.test(before) || /^(?:起|前|将|以来)/.test(after);
}

/** The latest date with this month and day that is not after `ref` (YYYY-MM-DD). */
function onOrBefore(ref: string, month: number, day: number): string | null {
  const year = Number(ref.slice(0, 4));
  for (const y of [year, year - 1]) {
    const date = iso(y, month, day);
    if (date && date <= ref) return date;
  }
  return null;
}

function daysBetween(a: string, b: string): number {
  return (Date.parse(b) - Date.parse(a)) / 86_400_000;
}

// ── Nothing printed: inference ──────────────────────────────────────

/** 十N五 plans from 六五 on start every five years: 十四五 = 2021, 十五五 = 2026. */
const PLAN_NUMERALS: Record<string, number> = { 六: 6, 七: 7, 八: 8, 九: 9, 十: 10, 十一: 11, 十二: 12, 十三: 13, 十四: 14, 十五: 15, 十六: 16 };
const planStart = (n: number): number => 1981 + 5 * (n - 6);

const PLAN_RE = /“?(十[一二三四五六]?|[六七八九])五”?(?:规划)?(开局之年|开局起步|开局|新征程|实施|期间|时期)/g;
/** A year is a future target, not a past event, after these words. */
const FUTURE_BEFORE = /(?:到|至|预计|计划|力争|目标|将于|将在|将|争取|[-—–~])\s*$/;
const YEAR_RE = /(\d{4})年/g;
const YEAR_END_BEFORE = /(?:到|截至|截止)\s*$/;
const YEAR_END_AFTER = /^(?:底|末)[，,]?\s*(?:.{0,6}(?:已|累计|共|完成))?/;
const EVENT_YEAR_RE = /(20\d{2})(?:年)?(?:世界|中国|全国|国际|京津冀)[\u4e00-\u9fa5]{0,12}(?:博览会|大会|论坛|峰会|运动会)/g;
const MONTH_DAY_RE = /(\d{1,2})月(\d{1,2})日/;
const RELATIVE_PAST = /昨日|昨天/g;

interface YearClue {
  year: number;
  exact: boolean;
  evidence: string;
}

/**
 * No date printed: a web story's own wire dateline with the year from the text, else
 * the year from the text's clues and the day from the latest news peg.
 */
function inferPageDate(stories: readonly StoryText[], dispatch: Dispatch | null, newspaper: boolean): PageDate {
  const text = stories.map((s) => s.paragraphs.join('\n')).join('\n');
  const year = pickYear(yearClues(text));
  if (!year) return { published: null, inferred: true, evidence: [] };

  if (dispatch && !dispatch.home && !newspaper) {
    const published = iso(year.year, dispatch.month, dispatch.day);
    if (published) return { published, inferred: true, evidence: [year.evidence, `日期：电头“${dispatch.text}”注明发稿日期`] };
  }
  const holiday = holidayPeg(stories, year.year);
  if (holiday) return { published: holiday.date, inferred: true, evidence: [year.evidence, holiday.evidence] };
  const peg = latestPeg(stories);
  if (!peg) return { published: null, inferred: true, evidence: [year.evidence, '未找到可定日的新闻日期，不推断具体日期'] };

  const day = addDays(Date.UTC(year.year, peg.month - 1, peg.day), newspaper ? 1 : 0);
  const evidence = [
    year.evidence,
    newspaper
      ? `日期：本版最新的新闻日期为${peg.month}月${peg.day}日（“${peg.sentence}”），日报在次日见报`
      : `日期：报道所述的新闻日期为${peg.month}月${peg.day}日（“${peg.sentence}”），网页报道当日发布`,
  ];
  const yesterday = text.match(RELATIVE_PAST)?.length ?? 0;
  if (newspaper && yesterday > 0) evidence.push(`本版有${yesterday}处“昨日/昨天”，与次日见报一致`);
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
    const after = text.slice(m.index + m[0].length, m.index + m[0].length + 12);
    // 到2011年底，已经累计… / 截至2025年底: a finished year's totals, so the text is from a later year.
    if (YEAR_END_BEFORE.test(before) && YEAR_END_AFTER.test(after)) {
      clues.push({ year: year + 1, exact: false, evidence: `年份：文中${snippet(text, m.index, m[0].length)}为已结束年份的统计，不早于${year + 1}年` });
      continue;
    }
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
function latestPeg(stories: readonly StoryText[]): Peg | null {
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

/**
 * The first working day after the Spring Festival holiday, from the State Council's
 * holiday schedules (2020 left out: the holiday was extended by notice). News dates
 * itself by it: 昨天是春节后牛年首个工作日.
 */
const AFTER_SPRING_FESTIVAL: Record<number, string> = {
  2016: '2016-02-14',
  2017: '2017-02-03',
  2018: '2018-02-22',
  2019: '2019-02-11',
  2021: '2021-02-18',
  2022: '2022-02-07',
  2023: '2023-01-28',
  2024: '2024-02-18',
  2025: '2025-02-05',
  2026: '2026-02-24',
};
const ZODIAC = '鼠牛虎兔龙蛇马羊猴鸡狗猪';
const HOLIDAY_RE = new RegExp(`(昨天|昨日|今天|今日)?是?(?:([${ZODIAC}])年)?春节(?:假期|长假)?(?:结束)?后(?:的)?(?:([${ZODIAC}])年)?(?:首个|第一个)工作日`);

/** A lead that dates itself by the first working day after the Spring Festival. */
function holidayPeg(stories: readonly StoryText[], clueYear: number): { date: string; evidence: string } | null {
  const lead = firstLead(stories);
  const m = lead ? HOLIDAY_RE.exec(lead.slice(0, 120)) : null;
  if (!m) return null;
  const animal = m[2] ?? m[3];
  // The zodiac year nearest the text's year clue; (year − 4) mod 12 is 鼠 = 0.
  const year = animal ? clueYear + ((((ZODIAC.indexOf(animal) - (clueYear - 4)) % 12) + 18) % 12) - 6 : clueYear;
  const day = AFTER_SPRING_FESTIVAL[year];
  if (!day) return null;
  const offset = m[1] === '昨天' || m[1] === '昨日' ? 1 : 0;
  const published = addDays(Date.parse(day), offset);
  return { date: published, evidence: `日期：导语“${m[0]}”，${year}年春节假期后首个工作日为${day.slice(5).replace('-', '月')}日${offset ? '，报道在次日' : ''}` };
}

function addDays(utc: number, days: number): string {
  return new Date(utc + days * 86_400_000).toISOString().slice(0, 10);
}

function snippet(text: string, index: number, length: number): string {
  const from = Math.max(0, index - 4);
  return `“${text.slice(from, index + length + 6).replace(/\s+/g, '')}”`;
}

function shorten(sentence: string, max = 24): string {
  return sentence.length > max ? `${sentence.slice(0, max)}…` : sentence;
}
