/**
 * Sets aside what a scraped web page wraps around the story — share buttons,
 * 来源/time lines, editor tags, copyright notices, a repeated headline — and
 * keeps what they say (source, date, editors) as metadata.
 */
import { classifyBoilerplate, judgeLines, lineFeatures, type LineClass } from './boilerplate.ts';
import { editorNames } from './bylines.ts';
import { findHeadline } from './headline.ts';
import { SUMMARY_RE } from './patterns.ts';
import { bigrams, containment } from './similarity.ts';
import type { SetAside, SourceLine } from './types.ts';

export interface PageFurniture {
  /** The input lines with the set-aside ones blanked, so line numbers stay true. */
  lines: SourceLine[];
  setAside: SetAside[];
  source: string | null;
  /** YYYY-MM-DD from a 来源/发布时间 line. */
  date: string | null;
  editors: string[];
  /** Source line number of the page's headline when its lead names it, so classify reads it as one. */
  headline: number | null;
}

/** Words of the share and tool bars around a web story; a line made only of them is furniture. */
const SHARE_WORDS = new Set(['分享', '分享到', '分享到微信', '分享到微博', '分享到QQ空间', '分享到朋友圈', '微信', '微博', 'QQ空间', '朋友圈', '扫一扫', '收藏', '打印', '关闭', '纠错', '字号', '大', '中', '小', '返回顶部', '点赞', '责任编辑']);
const DATETIME_RE = /(\d{4})[-/年](\d{1,2})[-/月](\d{1,2})日?(?:\s*\d{1,2}:\d{2}(?::\d{2})?)?/;
const SOURCE_PART_RE = /[（(【]?(?:文章|稿件|信息)?(?:来源|稿源)[：:]\s*([^\s　）)】|｜]+)[）)】]?/;
const EDITOR_RE = /^[【\[（(]?\s*(?:责任编辑|责编|编辑)[：:]\s*[^】\]）)]{1,20}[】\]）)]?$/;
const CITED_PAPER_RE = /《([\u4e00-\u9fa5]{2,10}报)》/;
const MASTHEAD_RE = /^[\u4e00-\u9fa5]{2,8}(?:报|晚报|日报|时报)$/;
/** Markers only a site's legal footer carries; an article about copyright uses none of them. */
const COPYRIGHT_RE = /Copyright|©|All Rights Reserved|版权(?:说明|声明|保护|所有)[：:]|版权所有|未经.{0,30}(?:授权|允许).{0,30}(?:禁止|不得).{0,6}转载|本网登载|如需转载|给.{1,10}提意见|ICP[备证]|公网安备/i;

/** Only the top of a page can hold its 来源 line. */
const HEADER_LINES = 12;

export function setAsideFurniture(input: SourceLine[]): PageFurniture {
  const lines = input.map((l) => ({ ...l }));
  const setAside: SetAside[] = [];
  let source: string | null = null;
  let date: string | null = null;
  const editors: string[] = [];
  let nonBlank = 0;

  const take = (line: SourceLine, kind: SetAside['kind']) => {
    setAside.push({ kind, line: line.line, text: line.text });
    line.text = '';
    line.plain = '';
  };
  const noteDate = (plain: string) => {
    const time = DATETIME_RE.exec(plain);
    if (!time || date) return;
    date = isoDate(time[1]!, time[2]!, time[3]!);
  };

  for (const line of lines) {
    if (/[!-~]\s+[!-~]{1,2}\s+[!-~]/.test(line.plain)) for (const noise of cutAll(line, NOISE_RE, isNoise)) setAside.push({ kind: 'boilerplate', line: line.line, text: noise });
    // A table's ruling around a line of text ("| 标题 |"); a line of bare rules stays whole for the judge.
    if ((line.plain.includes('|') || line.plain.includes('｜')) && /[\p{L}\p{N}]/u.test(line.plain)) {
      for (const rule of cutAll(line, FRAME_RE, () => true)) setAside.push({ kind: 'boilerplate', line: line.line, text: rule });
    }
  }

  for (const line of lines) {
    const plain = line.plain.trim();
    if (!plain) continue;
    nonBlank++;
    const top = nonBlank <= HEADER_LINES;
    const dated = sourceLine(plain);
    if (dated && (dated.source || top)) {
      if (dated.source) source ??= dated.source;
      noteDate(plain);
      take(line, 'source-line');
    } else if (isShareBar(plain)) {
      take(line, 'share');
    } else if (EDITOR_RE.test(plain) || isEditorWithTools(plain)) {
      editors.push(...editorNames(plain));
      take(line, 'editor');
    } else if (COPYRIGHT_RE.test(plain)) {
      take(line, 'copyright');
    }
  }

  // What the patterns above leave: judged by features, with the headline as an anchor of story text.
  const plains = lines.map((l) => l.plain);
  const features = plains.map(lineFeatures);
  const judged = judgeLines(features);
  const headline = findHeadline(plains, features, judged);
  const copies = new Set(headline.copies);
  const classes = classifyBoilerplate(features, judged, new Set(headline.at === null ? [] : [headline.at]));
  const repeated = repeatedLines(plains);
  const dateRuns = splitDates(plains, classes, headline.lead);
  lines.forEach((line, i) => {
    const plain = line.plain.trim();
    if (plain === '') return;
    if (copies.has(i)) take(line, 'duplicate-title');
    else if (dateRuns.has(i)) {
      noteDate(dateRuns.get(i)!);
      take(line, 'source-line');
    } else if (i < headline.lead && isSummaryCopy(plain, plains, headline.lead)) take(line, 'boilerplate');
    else if (classes[i] === 'chrome' && i < headline.lead && DATETIME_RE.test(plain)) {
      // A header's meta line in a shape the patterns above do not know ("稿源：… 编辑：… 2022-10-12").
      source ??= SOURCE_PART_RE.exec(plain)?.[1] ?? null;
      noteDate(plain);
      take(line, 'source-line');
    } else if (classes[i] === 'chrome' || (classes[i] !== 'prose' && i !== headline.at && repeated.has(plain))) take(line, 'boilerplate');
  });
  if (headline.at !== null && headline.label > 0) {
    const label = cutFront(lines[headline.at]!, headline.label);
    if (label) setAside.push({ kind: 'column', line: lines[headline.at]!.line, text: label });
  }
  // A listing's cut title keeps the mark of its cut: "……一线扫描 ...".
  if (headline.at !== null) {
    for (const cut of cutAll(lines[headline.at]!, TRAILING_DOTS_RE, () => true)) setAside.push({ kind: 'boilerplate', line: lines[headline.at]!.line, text: cut });
  }
  setAside.sort((a, b) => a.line - b.line);
  return {
    lines,
    setAside,
    source,
    date,
    editors: [...new Set(editors)],
    headline: headline.at === null ? null : lines[headline.at]!.line,
  };
}

const TRAILING_DOTS_RE = /\s+\.{3,}$/g;

/** Share of the summary's bigrams the lead must hold for the summary to be its copy. */
const SUMMARY_COPY = 0.8;

function isSummaryCopy(plain: string, plains: string[], lead: number): boolean {
  const label = SUMMARY_RE.exec(plain);
  if (!label) return false;
  const following = plains.slice(lead, lead + 3).join('\n');
  return containment(bigrams(plain.slice(label[0].length)), bigrams(following)) >= SUMMARY_COPY;
}

/**
 * A time stamp a site prints over several lines ("2024" / "05/10" / "10:47"): runs of bare
 * numbers above the lead that read as one date. Maps each line of such a run to the run's text.
 */
function splitDates(plains: string[], classes: LineClass[], lead: number): Map<number, string> {
  const runs = new Map<number, string>();
  let run: number[] = [];
  const close = () => {
    const text = run.map((i) => plains[i]!.trim()).join(' ');
    if (run.length > 1 && SPLIT_DATE_RE.test(text)) for (const i of run) runs.set(i, text.replace(SPLIT_DATE_RE, '$1-$2-$3'));
    run = [];
  };
  for (let i = 0; i < Math.max(0, lead); i++) {
    const plain = plains[i]!.trim();
    if (plain === '') continue;
    if (classes[i] === 'chrome' && /^[\d\s:/.\-]+$/.test(plain)) run.push(i);
    else close();
  }
  close();
  return runs;
}

const SPLIT_DATE_RE = /^(\d{4})\s+(\d{1,2})[/.\-](\d{1,2})(?=\s|$)/;

/**
 * Anti-scraping noise spliced into a line: runs of one- or two-character ASCII tokens
 * ("; U4 ~5 x4 z& j v"). Four tokens at least, two of them with a symbol or a digit.
 */
const NOISE_RE = /(?<=^|\s)(?:[!-~]{1,2}\s+){3,}[!-~]{1,2}(?=\s|$)/g;

const FRAME_RE = /^\s*[|｜]+\s*(?=\S)|(?<=\S)\s*[|｜]+\s*$/g;

function isNoise(run: string): boolean {
  return run.split(/\s+/).filter((token) => /[^A-Za-z]/.test(token)).length >= 2;
}

/**
 * Removes every match of `re` from a line's text and plain view alike and returns what it
 * removed. Only when both views hold the same matches, so the two stay aligned.
 */
function cutAll(line: SourceLine, re: RegExp, accept: (match: string) => boolean): string[] {
  const inPlain = [...line.plain.matchAll(re)].filter((m) => accept(m[0]));
  if (inPlain.length === 0) return [];
  const inText = [...line.text.matchAll(re)].filter((m) => accept(m[0]));
  if (inText.length !== inPlain.length || inText.some((m, k) => m[0] !== inPlain[k]![0])) return [];
  const strip = (value: string, matches: RegExpMatchArray[]) => {
    let out = '';
    let from = 0;
    for (const m of matches) {
      out += value.slice(from, m.index);
      from = m.index! + m[0].length;
    }
    return out + value.slice(from);
  };
  line.text = strip(line.text, inText).trimEnd();
  line.plain = strip(line.plain, inPlain).trimEnd();
  return inText.map((m) => m[0].trim());
}

/** Cuts the first `length` characters of the plain view (and as many of the text) off a line. */
function cutFront(line: SourceLine, length: number): string | null {
  if (line.text.length !== line.plain.length) return null;
  const label = line.text.slice(0, length).trim();
  line.text = line.text.slice(length);
  line.plain = line.plain.slice(length);
  return label;
}

/** Lines printed more than once: tool bars and promotions repeat, a story's sentences do not. */
function repeatedLines(plains: string[]): Set<string> {
  const seen = new Set<string>();
  const repeated = new Set<string>();
  for (const plain of plains) {
    const key = plain.trim();
    if (key === '') continue;
    if (seen.has(key)) repeated.add(key);
    seen.add(key);
  }
  return repeated;
}

/**
 * A line made only of a publication time and/or "来源：X" (in either order, with an optional
 * 发布时间/作者 label) — how news sites print the story's source and date.
 */
function sourceLine(plain: string): { source: string | null; date: string | null } | null {
  const time = DATETIME_RE.exec(plain);
  const from = SOURCE_PART_RE.exec(plain);
  if (!time && !from) return null;
  // A database citation names the paper in 《》: "《某某日报》（ 2023年04月18日 第 07 版）".
  const cited = time ? CITED_PAPER_RE.exec(plain) : null;
  const rest = plain
    .replace(DATETIME_RE, '')
    .replace(SOURCE_PART_RE, '')
    .replace(/作者[：:].*?(?=《)/, '')
    .replace(/(?:(?:发布|发表|更新)?时间|作者|编辑)[：:]\s*[\u4e00-\u9fa5]{0,4}/g, '')
    .replace(CITED_PAPER_RE, '')
    .replace(/第?\s*[0-9A-Z]{1,3}\s*版|星期[一二三四五六日天]|周[一二三四五六日]/g, '')
    .replace(/[\s　|｜•·()（）]+/g, '');
  // A masthead: the paper's name and the day ("某某日报 2023年02月13日 星期一").
  const masthead = time && !from && !cited && MASTHEAD_RE.test(rest) ? rest : null;
  if (rest !== '' && !masthead) return null;
  return { source: from ? from[1]! : (cited?.[1] ?? masthead), date: time ? isoDate(time[1]!, time[2]!, time[3]!) : null };
}

/** "【纠错】 【责任编辑：李四】": an editor tag printed in the tool bar. */
function isEditorWithTools(plain: string): boolean {
  const tag = EDITOR_TAG_RE.exec(plain);
  return tag !== null && isShareBar(plain.replace(EDITOR_TAG_RE, ' '));
}

const EDITOR_TAG_RE = /[【\[（(]\s*(?:责任编辑|责编|编辑)[：:]\s*[^】\]）)]{1,20}[】\]）)]/;

/** "分享到：", "【字号 大 中 小】", "【打印】【关闭】": tool bars, whatever their brackets. */
function isShareBar(plain: string): boolean {
  const words = plain.split(/[\s　【】\[\]()（）：:|｜]+/).filter(Boolean);
  return words.length > 0 && words.every((w) => SHARE_WORDS.has(w));
}

function isoDate(y: string, m: string, d: string): string {
  return `${y}-${m.padStart(2, '0')}-${d.padStart(2, '0')}`;
}
