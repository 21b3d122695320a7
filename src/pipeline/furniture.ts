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

const SHARE_RE = /^(?:分享(?:到(?:微信|微博|QQ空间|朋友圈)?)?|微信|微博|QQ空间|朋友圈|扫一扫|收藏|打印|【打印】|【关闭】|关闭|纠错|字号|大|中|小|返回顶部|责任编辑|点赞)$/;
const SOURCE_RE = /^来源[：:]\s*([^\s]+?)\s*(?:(\d{4})[-/年](\d{1,2})[-/月](\d{1,2})日?(?:\s+\d{1,2}:\d{2}(?::\d{2})?)?)?$/;
const TIME_RE = /^(?:(?:发布|发表|更新)?时间[：:]\s*)?(\d{4})[-/年](\d{1,2})[-/月](\d{1,2})日?(?:\s+\d{1,2}:\d{2}(?::\d{2})?)?$/;
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
    const sourceMatch = SOURCE_RE.exec(plain);
    const timeMatch = TIME_RE.exec(plain);
    if (sourceMatch) {
      source ??= sourceMatch[1]!;
      if (sourceMatch[2] && !date) {
        date = isoDate(sourceMatch[2], sourceMatch[3]!, sourceMatch[4]!);
        dateText = plain;
      }
      take(line, 'source-line');
    } else if (timeMatch && top) {
      if (!date) {
        date = isoDate(timeMatch[1]!, timeMatch[2]!, timeMatch[3]!);
        dateText = plain;
      }
      take(line, 'source-line');
    } else if (SHARE_RE.test(plain)) {
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

function isoDate(y: string, m: string, d: string): string {
  return `${y}-${m.padStart(2, '0')}-${d.padStart(2, '0')}`;
}
