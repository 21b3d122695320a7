/**
 * Sets aside what a scraped web page wraps around the story — share buttons,
 * 来源/time lines, editor tags, copyright notices, a repeated headline — and
 * keeps what they say (source, date, editors) as metadata.
 */
import { editorNames } from './bylines.ts';
import type { SetAside } from './draft.ts';
import type { SourceLine } from './types.ts';

export interface PageFurniture {
  /** The input lines with the set-aside ones blanked, so line numbers stay true. */
  lines: SourceLine[];
  setAside: SetAside[];
  source: string | null;
  /** YYYY-MM-DD from a 来源/发布时间 line. */
  date: string | null;
  dateText: string | null;
  editors: string[];
}

/** Words of the share and tool bars around a web story; a line made only of them is furniture. */
const SHARE_WORDS = new Set(['分享', '分享到', '分享到微信', '分享到微博', '分享到QQ空间', '分享到朋友圈', '微信', '微博', 'QQ空间', '朋友圈', '扫一扫', '收藏', '打印', '关闭', '纠错', '字号', '大', '中', '小', '返回顶部', '点赞', '责任编辑']);
const DATETIME_RE = /(\d{4})[-/年](\d{1,2})[-/月](\d{1,2})日?(?:\s*\d{1,2}:\d{2}(?::\d{2})?)?/;
const SOURCE_PART_RE = /来源[：:]\s*([^\s　]+)/;
const EDITOR_RE = /^[【\[（(]?\s*(?:责任编辑|责编|编辑)[：:]\s*[^】\]）)]{1,20}[】\]）)]?$/;
/** Markers only a site's legal footer carries; an article about copyright uses none of them. */
const COPYRIGHT_RE = /Copyright|©|All Rights Reserved|版权(?:说明|声明|保护|所有)[：:]|版权所有|未经.{0,30}(?:授权|允许).{0,30}(?:禁止|不得).{0,6}转载|本网登载|如需转载|给.{1,10}提意见/i;

/** Only the top of a page can hold a repeated headline or its 来源 line. */
const HEADER_LINES = 12;

export function setAsideFurniture(input: SourceLine[]): PageFurniture {
  const lines = input.map((l) => ({ ...l }));
  const setAside: SetAside[] = [];
  let source: string | null = null;
  let date: string | null = null;
  let dateText: string | null = null;
  const editors: string[] = [];
  const seenAtTop = new Set<string>();
  let nonBlank = 0;

  const take = (line: SourceLine, kind: SetAside['kind']) => {
    setAside.push({ kind, line: line.line, text: line.text });
    line.text = '';
    line.plain = '';
  };

  for (const line of lines) {
    const plain = line.plain.trim();
    if (!plain) continue;
    nonBlank++;
    const top = nonBlank <= HEADER_LINES;
    const dated = sourceLine(plain);
    if (dated && (dated.source || top)) {
      if (dated.source) source ??= dated.source;
      if (dated.date && !date) {
        date = dated.date;
        dateText = plain;
      }
      take(line, 'source-line');
    } else if (isShareBar(plain)) {
      take(line, 'share');
    } else if (EDITOR_RE.test(plain)) {
      editors.push(...editorNames(plain));
      take(line, 'editor');
    } else if (COPYRIGHT_RE.test(plain)) {
      take(line, 'copyright');
    } else if (top && seenAtTop.has(plain)) {
      take(line, 'duplicate-title');
    } else if (top) {
      seenAtTop.add(plain);
    }
  }
  return { lines, setAside, source, date, dateText, editors: [...new Set(editors)] };
}

/**
 * A line made only of a publication time and/or "来源：X" (in either order, with an optional
 * 发布时间/作者 label) — how news sites print the story's source and date.
 */
function sourceLine(plain: string): { source: string | null; date: string | null } | null {
  const time = DATETIME_RE.exec(plain);
  const from = SOURCE_PART_RE.exec(plain);
  if (!time && !from) return null;
  const rest = plain
    .replace(DATETIME_RE, '')
    .replace(SOURCE_PART_RE, '')
    .replace(/(?:(?:发布|发表|更新)?时间|作者|编辑)[：:]\s*[\u4e00-\u9fa5]{0,4}/g, '')
    .replace(/[\s　|｜]+/g, '');
  if (rest !== '') return null;
  return { source: from ? from[1]! : null, date: time ? isoDate(time[1]!, time[2]!, time[3]!) : null };
}

/** "分享到：", "【字号 大 中 小】", "【打印】【关闭】": tool bars, whatever their brackets. */
function isShareBar(plain: string): boolean {
  const words = plain.split(/[\s　【】\[\]()（）：:|｜]+/).filter(Boolean);
  return words.length > 0 && words.every((w) => SHARE_WORDS.has(w));
}

function isoDate(y: string, m: string, d: string): string {
  return `${y}-${m.padStart(2, '0')}-${d.padStart(2, '0')}`;
}
