/**
 * Amounts of money in yuan with what they measure: "总投资50亿元" → 5000000000,
 * label 总投资. Amounts in other currencies are left out (the schema is in yuan).
 */
import type { Money } from '../../schema/article.ts';
import { clauseAt, industriesFor, phraseAt, subjectFor, type FactParagraph } from './text.ts';

const UNIT_EXP: Record<string, number> = { 万亿: 12, 千亿: 11, 百亿: 10, 亿: 8, 千万: 7, 百万: 6, 万: 4, '': 0 };

/**
 * A number (digits, or Chinese numerals like 百 in 百亿元), a unit, and 元.
 * 近亿元 has no number: 近 stands for "about one".
 */
const AMOUNT = /(近|上|过)?(\d+(?:,\d{3})*(?:\.\d+)?|[一二两三四五六七八九十百千]+)?(万亿|亿|万)?元(?!素|宵|旦|件|器|年|代|帅|首|老|气|音)/g;

/** What an amount measures, as written → the label shown; longest first. */
const LABELS: [RegExp, string][] = [
  [/地区生产总值|生产总值|GDP/g, '地区生产总值'],
  [/一般公共预算收入/g, '一般公共预算收入'],
  [/注册资本/g, '注册资本'],
  [/协议投资额|协议投资|协议额|协议资金/g, '协议投资'],
  [/计划总投资额|总投资额|总投资/g, '总投资'],
  [/意向投资额|意向投资/g, '意向投资'],
  [/年营业收入|年营收/g, '年营收'],
  [/产业收入/g, '产业收入'],
  [/营业收入|营收/g, '营收'],
  [/年产值/g, '年产值'],
  [/工业产值/g, '工业产值'],
  [/总产值/g, '总产值'],
  [/产值/g, '产值'],
  [/年交易额/g, '年交易额'],
  [/交易额/g, '交易额'],
  [/年销售额|销售额/g, '销售额'],
  [/投资额|投资/g, '投资'],
  [/融资/g, '融资'],
  [/收益/g, '收益'],
  [/税收/g, '税收'],
  [/收入/g, '收入'],
];

/** A label written after the amount: 新增百亿元的工业产值. */
const LABEL_AFTER = /^的?(工业产值|年产值|总产值|产值|营收|年营收|交易额|年交易额|投资|收入)/;

/**
 * An amount that bounds a class of projects rather than measuring one: 10亿元以上项目42个,
 * 投资额10亿元以上的项目有42个, both ends of 50亿元至100亿元项目2个.
 */
const THRESHOLD_AFTER = /^(?:(?:以上|以下|及以上|左右)的?|至(?:\d+(?:\.\d+)?|[一二两三四五六七八九十百千]+)(?:万亿|亿|万)?元(?:以上|以下)?的?)?(?:项目|企业|工程)有?\d+[个家项]/;

/** How far before an amount its label may stand (in characters, within the clause). */
const LABEL_REACH = 16;

export function extractMoney(paragraphs: readonly FactParagraph[]): Money[] {
  const out: Money[] = [];
  paragraphs.forEach((p, index) => {
    const found: { start: number; end: number; yuan: number }[] = [];
    AMOUNT.lastIndex = 0;
    for (let m = AMOUNT.exec(p.text); m !== null; m = AMOUNT.exec(p.text)) {
      const [whole, approx, number, unit = ''] = m;
      if (!number && !(approx === '近' && unit)) continue;
      const yuan = toYuan(number ?? '一', unit);
      if (yuan === null) continue;
      const after = p.text.slice(m.index + whole.length, m.index + whole.length + 24);
      if (THRESHOLD_AFTER.test(after)) continue;
      found.push({ start: m.index + (approx && number ? approx.length : 0), end: m.index + whole.length, yuan });
    }
    const starts = found.map((f) => f.start);
    for (const { start, end, yuan } of found) {
      const { project, organization } = subjectFor(paragraphs, index, start, 'amount');
      out.push({
        text: p.display.slice(start, end),
        yuan,
        label: labelFor(p.text, start, end),
        project,
        organization,
        industries: industriesFor(p, start, starts, project),
        phrase: phraseAt(p, start),
      });
    }
  });
  return out;
}

/** Exact for decimals: 207.88 亿 is 20788000000, not 20787999999.999996. */
export function toYuan(number: string, unit: string): number | null {
  const exp = UNIT_EXP[unit] ?? 0;
  if (/^\d/.test(number)) {
    const [int = '', frac = ''] = number.replace(/,/g, '').split('.');
    if (frac.length <= exp) return Number(int + frac + '0'.repeat(exp - frac.length));
    return Number(`${int}.${frac}`) * 10 ** exp;
  }
  const value = chineseNumber(number);
  return value === null ? null : value * 10 ** exp;
}

const CN: Record<string, number> = { 一: 1, 二: 2, 两: 2, 三: 3, 四: 4, 五: 5, 六: 6, 七: 7, 八: 8, 九: 9 };
const CN_UNIT: Record<string, number> = { 十: 10, 百: 100, 千: 1000 };

/** 百 → 100, 三十 → 30, 两百五十 → 250. */
function chineseNumber(text: string): number | null {
  let total = 0;
  let digit = 0;
  for (const ch of text) {
    if (CN[ch] !== undefined) digit = CN[ch]!;
    else if (CN_UNIT[ch] !== undefined) {
      total += (digit || 1) * CN_UNIT[ch]!;
      digit = 0;
    } else return null;
  }
  return total + digit || null;
}

function labelFor(text: string, start: number, end: number): string | null {
  const after = LABEL_AFTER.exec(text.slice(end, end + 8));
  if (after) return canonicalLabel(after[1]!);
  const clause = clauseAt(text, start);
  const from = Math.max(clause.start, start - LABEL_REACH);
  const window = text.slice(from, start);
  let best: { at: number; label: string } | null = null;
  for (const [pattern, label] of LABELS) {
    pattern.lastIndex = 0;
    for (let m = pattern.exec(window); m !== null; m = pattern.exec(window)) {
      const at = m.index + m[0].length;
      // The label nearest the amount wins; at the same place, the longer (earlier listed) one.
      if (!best || at > best.at) best = { at, label };
    }
  }
  return best?.label ?? null;
}

function canonicalLabel(word: string): string {
  for (const [pattern, label] of LABELS) {
    pattern.lastIndex = 0;
    const m = pattern.exec(word);
    if (m && m[0] === word) return label;
  }
  return word;
}
