/**
 * Finds organisations by the way Chinese names end (…有限公司, …集团, …大学,
 * …研究院) and reads the name backwards to where the sentence around it
 * starts: a punctuation mark, a function word, or a verb like 授予 / 考察;
 * companies a list names without a suffix; and the tagger's organisations
 * pass over an article's reading (getOrganizations).
 */
import { bump, type Counts } from './counts.ts';
import type { OrgMention } from '../facts/index.ts';
import type { Segmenter } from './jieba.ts';
import type { ReadSection } from './read.ts';
import type { Section } from './sections.ts';

export type OrgKind = 'company' | 'body';

export interface OrgSpan {
  start: number;
  end: number;
  /** The name as written (folded text), "市" expanded to "天津市". */
  name: string;
  kind: OrgKind;
}

const SUFFIX =
  /(?:\(集团\))?(?:集团)?(?:股份有限公司|有限责任公司|有限公司)|集团(?![化军])|股份(?!有限|制)|联盟|联合研究院|研究院|研究所|科学院|重点实验室|实验室|大学(?!生)|学院(?!路)|中学(?!生)|小学(?!生)/g;

const COMPANY_SUFFIX = /(?:公司|集团|股份)$/;

/** A name never runs across these. */
const PUNCT = new Set([...'，。、；：！？“”‘’《》〈〉「」『』【】,.;:!?"\'\n\r\t —…/|■□●◆']);

/** Single characters that start a clause around a name rather than belong to it. */
const STOP_CHARS = new Set([...'由在是为对向从将把被给让使据于至跟等的了着过也已并又或即如且但而其该这那我您他她它暨以']);

/** Words that end right before a name: verbs and prepositions that take an organisation. */
const STOP_WORDS = [
  '授予', '考察', '来到', '前往', '走进', '位于', '联合', '依托', '引进', '引入', '吸引', '支持', '推动', '包括',
  '参加', '参观', '调研', '察看', '携手', '牵头', '成立', '组建', '落户', '入驻', '落地', '打造', '发布', '举办',
  '主办', '承办', '指导', '签约', '共建', '代表', '其中', '以及', '旗下', '下属', '作为', '通过', '实地', '了解',
  '听取', '围绕', '聚集了', '涌现出', '培育', '带动', '获悉', '表示', '介绍', '来自', '当选', '入选', '荣获', '获得',
  '分享', '推介', '对接', '走访', '看望', '慰问', '拜访', '会见', '会同', '选派', '协调', '邀请', '组织', '开展',
  '年初', '今年', '去年', '目前', '近日', '日前', '同时', '深化', '加强', '推进', '发起', '支持', '授予了', '助力', '扶持', '鼓励', '帮助',
  // 加快建设中国医学科学院…基地: the verb phrase opens the clause, it is not part of the name.
  '加快建设', '规划建设',
].sort((a, b) => b.length - a.length);
/**
 * STOP_WORDS by their last character: scanning back asks at every character whether one ends there, and
 * only those ending in that character can.
 */
const STOP_WORDS_BY_LAST = Map.groupBy(STOP_WORDS, (w) => w[w.length - 1]!);

/** Conjunctions that may join two names or sit inside one (全球产业与科技赋能研究院). */
export const CONJUNCTIONS = new Set([...'与和及同']);
/** A conjunction ends a name when the text before it already ends like a name (or a place: 某某镇与…公司). */
const NAME_END_CHAR = /[局委会院校部办司团学心所厅室馆站队社镇区县乡]$/;
/** Verbs that follow a subject straight into an object: 天津大学建设…实验室; by last character, as STOP_WORDS_BY_LAST. */
const AFTER_NAME_VERBS = Map.groupBy(['建设', '发展', '牵头', '设立'], (w) => w[w.length - 1]!);

/** Heads that make no name on their own. */
export const GENERIC_HEAD = /^(?:天津|天津市|市|本市|我市|全市|该|这|此|本|其|各|多|一|两|几|相关|有关|国有|民营|重点|龙头|骨干|省属|市属|区属|央|央企|国企|中央|地方|高新|科技|上市|新|大|小|子|母|总|分|家|高校|知名|优质|头部|领军|全国|国内|外资|合资|部分|企业|下属|很多|许多|多家|各类|各级|多个|市级|省级|区级|国家级|前期|此前|目前|随后|同期|产业|创新)$/;

/** Suffixes that are also common nouns (实验室体系, 集团化): their names must not read like a clause. */
const WEAK_SUFFIX = /^(?:实验室|重点实验室|集团|股份|学院|联盟)$/;
const CLAUSE_WORDS = /发挥|借助|建立|对接|提升|加强|推进|推动|可以|能够|需要|通过|利用|依靠|实现|形成|构建|完善|打造|加快|开展|参与|很多|许多|各类|各级|多个|一批|一家|部分|所有|这些|哪些/;
/** Words that count what follows (好多名牌大学): a description, not a name. */
const QUANTITY = /好多|很多|许多|不少|众多|多所|多家|一批|一些/;
const LEVEL_HEAD = /^(?:国家|国家级|省级|市级|区级|全国|省|部级|天津市?|北京市?)$/;

const MAX_NAME = 32;

/**
 * Organisation spans in `text`. `boundaries` are the ends of names already
 * recognised (places, projects, known organisations): a conjunction right
 * after one separates two names (天津大学和南开大学).
 */
export function findOrganizations(text: string, boundaries: ReadonlySet<number> = new Set(), segmenter?: Segmenter): OrgSpan[] {
  const spans: OrgSpan[] = [];
  SUFFIX.lastIndex = 0;
  for (let m = SUFFIX.exec(text); m !== null; m = SUFFIX.exec(text)) {
    const suffixStart = m.index;
    const end = m.index + m[0].length;
    const start = scanBack(text, suffixStart, boundaries);
    if (start === null) continue;
    let from = start;
    // A conjunction right after the clause start joins this name to what came before (已与天津科技大学).
    while (from < suffixStart && CONJUNCTIONS.has(text[from]!)) from++;
    if (segmenter) from = nameStart(text, from, suffixStart, segmenter);
    const head = text.slice(from, suffixStart);
    if (GENERIC_HEAD.test(head) || /^[\d.]+/.test(head) || /\d+(?:家|个|名|所|年)$/.test(head)) continue;
    if (head.length < 2 || LEVEL_HEAD.test(head)) continue;
    if (WEAK_SUFFIX.test(m[0]) && (CLAUSE_WORDS.test(head) || head.length > 14 || /\d/.test(head))) continue;
    if (/\d+[个家名所项批]/.test(head) || QUANTITY.test(head)) continue;
    let name = text.slice(from, end);
    if (name.startsWith('市') && !name.startsWith('市场')) name = `天津${name}`;
    spans.push({ start: from, end, name, kind: COMPANY_SUFFIX.test(m[0]) ? 'company' : 'body' });
  }
  return mergeNested(spans);
}

/** Nouns for a party's role that stand before its name (开发商新加坡某集团). */
const ROLE_NOUN = /^(?:开发商|运营商|投资商|投资方|合作方|供应商|承建方|建设方|建设单位|股东|甲方|乙方)$/;
const PROPER_TAG = /^(?:ns|nt|nz|nr)/;

/**
 * Where a name read back from its suffix really starts: after the verbs of the clause that
 * takes it (加快建设|中国医学科学院, 汇聚|北京某研究院) or a noun for its role (开发商|新加坡某集团),
 * when a proper noun follows them. A name that opens with a verb of its own (招商局集团,
 * 发展改革委) is left whole: no proper noun follows its verb.
 */
function nameStart(text: string, from: number, suffixStart: number, segmenter: Segmenter): number {
  const words = segmenter.tag(text.slice(from, suffixStart));
  let at = from;
  let start = from;
  let leading = true;
  for (let i = 0; i < words.length - 1; i++) {
    const w = words[i]!;
    at += w.word.length;
    const verb = /^(?:v|d|p|c)/.test(w.tag);
    if (!verb) leading = false;
    if (((leading && verb) || ROLE_NOUN.test(w.word)) && PROPER_TAG.test(words[i + 1]!.tag)) start = at;
  }
  return start;
}

/** Where a name ending at `suffixStart` begins, reading back to the clause's start; null when nothing precedes. */
export function scanBack(text: string, suffixStart: number, boundaries: ReadonlySet<number>): number | null {
  let i = suffixStart;
  const limit = Math.max(0, suffixStart - MAX_NAME);
  while (i > limit) {
    const ch = text[i - 1]!;
    if (ch === ')') {
      const open = text.lastIndexOf('(', i - 1);
      if (open < 0 || i - 1 - open > 7 || /[，。、,;；：:]/.test(text.slice(open + 1, i - 1))) break;
      i = open;
      continue;
    }
    if (ch === '(' || PUNCT.has(ch) || STOP_CHARS.has(ch)) break;
    if (CONJUNCTIONS.has(ch) && (boundaries.has(i - 1) || NAME_END_CHAR.test(text.slice(Math.max(0, i - 2), i - 1)))) break;
    // Only a verb that ends here and starts inside the text: startsWith clamps a position before 0 to 0, which
    // would test a verb at the text's start (and then the text's end as the character before it).
    const verb = AFTER_NAME_VERBS.get(ch)?.find((w) => i >= w.length && text.startsWith(w, i - w.length));
    if (verb && (boundaries.has(i - verb.length) || NAME_END_CHAR.test(text.slice(Math.max(0, i - verb.length - 1), i - verb.length)))) break;
    if (STOP_WORDS_BY_LAST.get(ch)?.some((w) => text.startsWith(w, i - w.length) && i - w.length >= limit)) break;
    i--;
  }
  return i < suffixStart ? i : null;
}

/**
 * 天开实验室创新发展联盟 ends in 联盟 but also contains 实验室: a name cut short
 * where a longer one starting at the same place goes on is not a name.
 */
function mergeNested(spans: OrgSpan[]): OrgSpan[] {
  return spans.filter((s) => !spans.some((o) => o !== s && o.start === s.start && o.end > s.end));
}

/**
 * Companies the text names without a legal-form suffix but treats as companies:
 * the items of a list closed by 等企业 (凯莱英、用友等龙头企业), or opened by
 * 企业包括 / 企业有 (企业包括：凯莱英、用友). `taken` are spans already read as
 * names (places, projects, organisations with a suffix); a list item that
 * overlaps one is not a new company.
 */
// The words between 等 and 企业 say what kind of company (龙头, 整车, 科技型), never a field (等领域企业).
const LIST_CLOSE = /等(?:\d+家|多家|一批|数十家|上百家)?(?!领域|行业|产业|相关|各类|方面|类)[\u4e00-\u9fff]{0,4}?(?:企业|公司|厂商|车企|药企)/g;
const LIST_OPEN = /(?:企业|公司)(?:包括|有|如)[：:]?/g;
const ITEM = /^[\u4e00-\u9fffA-Za-z0-9·]{2,12}$/;
/** Words that make a list item a description, not a name (一批企业, 上下游). */
const NOT_COMPANY = /产业|行业|领域|上下游|企业|项目|平台|机构|园区|基地|中心|高校|院所|部门|单位|地区|城市|国家|省|市$|区$|县$|[的了在与和及]/;

export function findListedCompanies(text: string, taken: readonly { start: number; end: number }[], segmenter: Segmenter): OrgSpan[] {
  const out: OrgSpan[] = [];
  const addItems = (items: { start: number; end: number }[]): void => {
    for (const { start, end } of items) {
      const name = text.slice(start, end);
      if (!ITEM.test(name) || NOT_COMPANY.test(name) || GENERIC_HEAD.test(name) || /^\d/.test(name)) continue;
      // A name strictly inside the item is part of the company's name (北辰 in 北辰光电); one that crosses it or is all of it wins.
      const strictlyInside = (t: { start: number; end: number }): boolean => t.start >= start && t.end <= end && t.end - t.start < end - start;
      if (taken.some((t) => t.start < end && t.end > start && !strictlyInside(t))) continue;
      out.push({ start, end, name, kind: 'company' });
    }
  };
  const splitList = (from: number, to: number): { start: number; end: number }[] => {
    const items: { start: number; end: number }[] = [];
    let at = from;
    for (let i = from; i <= to; i++) {
      if (i === to || text[i] === '、' || ((text[i] === '和' || text[i] === '及') && i > at)) {
        // 以及 joins as 及 does.
        const end = text[i] === '及' && text[i - 1] === '以' ? i - 1 : i;
        if (end > at) items.push({ start: at, end });
        at = i + 1;
      }
    }
    return items;
  };
  LIST_CLOSE.lastIndex = 0;
  for (let m = LIST_CLOSE.exec(text); m !== null; m = LIST_CLOSE.exec(text)) {
    // The list runs back over items joined by 、 to where the clause starts.
    let start = m.index;
    while (start > 0 && !/[，。；：！？,;:!?（）()“”\n]/.test(text[start - 1]!)) start--;
    const items = splitList(start, m.index);
    if (items.length === 0) continue;
    // The first item may carry the clause's subject and verb (引进凯莱英, 市拥有一汽丰田): read it back from
    // the first 、 like a name, and start it after the clause's last verb.
    const first = items[0]!;
    let from = scanBack(text, first.end, new Set()) ?? first.start;
    let at = from;
    let leading = true;
    for (const w of segmenter.tag(text.slice(from, first.end))) {
      at += w.word.length;
      if (at >= first.end) break;
      if (leading && /^(?:v|p|d|c|u|f|m|q|r)/.test(w.tag)) from = at;
      else {
        leading = false;
        if (w.tag === 'v' || w.tag === 'p') from = at;
      }
    }
    items[0] = { start: from, end: first.end };
    addItems(items.length > 1 || items[0]!.end - items[0]!.start <= 6 ? items : []);
  }
  LIST_OPEN.lastIndex = 0;
  for (let m = LIST_OPEN.exec(text); m !== null; m = LIST_OPEN.exec(text)) {
    const from = m.index + m[0].length;
    let end = from;
    while (end < text.length && !/[，。；！？,;!?（）()\n等]/.test(text[end]!)) end++;
    const items = splitList(from, end);
    if (items.length >= 2) addItems(items);
  }
  return out;
}

/** "(以下简称蓝色光钥)": the short name the rest of the article uses for the organisation just named. */
const SHORT_NAME = /^\((?:以下|下文)?简称[“"]?([^)”"]{2,12})[”"]?\)/;

function shortNameAfter(text: string, end: number): string | null {
  const m = SHORT_NAME.exec(text.slice(end, end + 20));
  return m ? m[1]! : null;
}

/** The organisations an article names, by name as written, and the short names it defines for them (蓝鲸重工 → its full name). */
export interface ArticleOrganizations {
  counts: Counts;
  shortNames: Map<string, string>;
  /** Every counted mention, per section of the reading: what an amount may measure. */
  mentions: OrgMention[][];
}

/** Dictionary names, names found by their endings, and the short names the article defines, each occurrence counted. */
export function getOrganizations(read: readonly ReadSection[]): ArticleOrganizations {
  const shortNames = new Map<string, string>();
  const companies = new Set<string>();
  const mentions: OrgMention[][] = read.map(({ section, orgs, knownOrgs }) => {
    const found: OrgMention[] = [];
    for (const k of knownOrgs) {
      const company = COMPANY_NAME.test(k.name);
      // "(以下简称中船天津)" defines a name; it is not another mention.
      if (!DEFINES_SHORT_NAME.test(section.text.slice(Math.max(0, k.start - 3), k.start))) found.push({ start: k.start, end: k.end, name: k.name, company });
      const short = shortNameAfter(section.text, k.end);
      if (short) shortNames.set(short, k.name);
      if (company) companies.add(k.name);
    }
    for (const o of orgs) {
      const name = displayName(section, o);
      found.push({ start: o.start, end: o.end, name, company: o.kind === 'company' });
      const short = shortNameAfter(section.text, o.end);
      if (short) shortNames.set(short, name);
      if (o.kind === 'company') companies.add(name);
    }
    return found;
  });
  if (shortNames.size > 0) {
    read.forEach(({ section, orgs, knownOrgs }, index) => {
      for (const [short, full] of shortNames) {
        for (let i = section.text.indexOf(short); i >= 0; i = section.text.indexOf(short, i + short.length)) {
          const end = i + short.length;
          const withinName = [...orgs, ...knownOrgs].some((o) => i < o.end && end > o.start);
          const definition = DEFINES_SHORT_NAME.test(section.text.slice(Math.max(0, i - 3), i));
          if (!withinName && !definition) mentions[index]!.push({ start: i, end, name: full, company: companies.has(full) });
        }
      }
    });
  }
  const counts: Counts = new Map();
  for (const section of mentions) {
    section.sort((a, b) => a.start - b.start);
    for (const m of section) bump(counts, m.name);
  }
  return { counts, shortNames, mentions };
}

const COMPANY_NAME = /公司|集团|股份/;
const DEFINES_SHORT_NAME = /简称[“"]?$/;

/** An organisation's name as the article writes it (Simplified), with 市 read as 天津市. */
function displayName(section: Section, org: OrgSpan): string {
  const name = section.plain.slice(org.start, org.end);
  return name.startsWith('市') && org.name.startsWith('天津市') ? `天津${name}` : name;
}
