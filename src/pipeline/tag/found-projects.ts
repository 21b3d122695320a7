/**
 * Projects the taxonomy has never heard of, found by their shape: a proper name
 * followed by 项目, 基地, 产业园, 园区, 科技城, 交易中心, 综合体, 工厂 … Read per
 * article, from the sections the tagger already read, so a found name never
 * overlaps a known project or organisation; a place inside it says where it is
 * (蓟州区万达广场, 东丽郊野公园) and is part of the name, not a mention of the place.
 * A name in quotes needs no proper noun (“细胞谷”), and a list of short heads
 * sharing one suffix names one park each (华苑、北辰科技园). Guards keep
 * descriptions (重点项目, 八大生产园区, 高端装备制造类项目) and clauses (南靠…基地) out.
 */
import type { Segmenter } from './jieba.ts';
import type { ReadSection } from './read.ts';
import { findListItems } from './listed-projects.ts';
import { CONJUNCTIONS, GENERIC_HEAD, scanBack } from './organizations.ts';

export interface FoundProject {
  /** Index of the section in the article's read sections. */
  section: number;
  start: number;
  end: number;
  /** As written, in Simplified. */
  name: string;
  /** The places it is named after (东丽 of 东丽郊野公园, 河西 of 汉沽河西公园), which say nothing of where the story is. */
  namedAfter: readonly { start: number; end: number }[];
}

const PROJECT_SUFFIX =
  /(?:项目|产业基地|生产基地|研发基地|创新基地|总部基地|储备基地|基地|产业园区|产业园|科技园|创新园|主题园|园区|科技城|科学城|航天城|产业城|产业新城|交易中心|数据中心|算力中心|计算中心|物流中心|会展中心|创新中心|联创中心|研发中心|综合体|超级工厂|工厂|小镇|聚集区|集聚区|科创服务区|示范区|孵化器|物流港|产业港|生态港|滑雪场|雪场|度假区|工业园|科创园|文化园|产业园|公园|商业广场|广场|购物中心|商品城|商贸城|金融城|医学城|健康城|新城|印象城|大厦|双塔|音乐厅|体育馆|体育场|足球场|图书馆|档案馆|博物馆|美术馆|大剧院|(?<![评京话越豫])剧院|动物园|乐园|改造工程|一期工程|二期工程|工程|码头|交付中心|金融中心|金融街|商务区|航站楼|项目集群|养老社区|无人仓|示范线|生产线|先导区|起步区|院区(?!域)|商圈|产业区|地块|(?<![全向走与到的])世界(?![级一上各范性的])|(?<![山峡河低深空幽硅])谷(?![物子歌底])|(?<![家校花田庄果菜乐公陵墓茶物学庭开入建])园(?![林艺丁长所区]))/g;

/** Parts of speech that make a clause of what follows a place: verbs, adverbs, prepositions, conjunctions. */
const CLAUSE_WORD = /^(?:v|d|p|c)$/;

/** The longest description a place or an owner vouches for without a proper noun of its own. */
const MAX_VOUCHED = 8;

/** What makes a project-shaped name part of an organisation's name (南开中学科技城学校). */
const LONGER_NAME = /^(?:学校|中学|小学|分校|校区|医院|有限公司|公司|集团|管委会|管理委员会|党工委)/;

/** Suffixes that a place alone can name (河西公园, 泰达足球场, 北辰科技园); 生态城项目 names nothing. */
const FACILITY = /^(?:新城|起步区|商圈|院区|科技园|工业园|产业园|公园|广场|商业广场|购物中心|体育馆|体育场|足球场|图书馆|档案馆|博物馆|美术馆|大剧院|剧院|音乐厅|动物园|乐园)$/;
/** Suffixes a list of short heads may share: 华苑、南开、北辰科技园 are three parks. */
const SHARED_SUFFIX = /^(?:科技园|工业园|产业园|园区|产业园区|科创园|创新园|基地|产业基地)$/;
const QUOTE_OPEN = new Set([...'“"「『']);
/** Quote marks and the spaces some pages put around them, which no name keeps. */
const QUOTE_MARKS = /[“”"「」『』 ]/g;
const QUOTE_CLOSE = new Set([...'”"」』']);

/** Heads that describe rather than name (重点项目, 一批新项目, 城市更新项目). */
const DESCRIPTIVE =
  /^(?:重点|重大|标志性|市级|区级|国家级|省级|一批|在建|储备|谋划|签约|优质|新|新建|该|这个|此|其|城市更新|产业|招商|综合|建设|有关|相关|先进|大型|全国|各类|各|多个|首个|首批|盘活|更新|水上|文旅|合作|试点|好|大|小|示范|配套|服务|功能|创新|创业|研发|生产|就业|学生|科技|实验|中试|孵化|载体|产业化|产学研|双创|国家|零碳|低碳|智能|数字化|绿色|灯塔|智慧|未来|标杆|新兴产业|战略性新兴产业|未来产业|优势产业|主导产业|特色产业|健康产业|高端|高端产业)$/;

/** Counted or classed things are not names: 八大生产园区, 两条一级河道, 高端装备制造类项目. */
const COUNTED = /[一二两三四五六七八九十百千万几多数各]+(?:大|个|条|项|批|类|座|家|所|片|种|处)|类$|类项目|及/;
/** A lone Latin letter glued to Chinese is mirror-site junk (v重点项目), not part of a name. */
const STRAY_LETTER = /(?:^|[^A-Za-z0-9-])[a-z](?=[^A-Za-z0-9-]|$)/;
/** Words that make the head a clause or a plan: 规划及招商项目, 转移项目, 紧邻项目. */
const CLAUSE = /^[地得的]|[东南西北](?:靠|依|临|接|邻)|和(?!平)|[与或、]|规划|招商|转移|紧邻|环抱|定位|产业化|落地|引进|推动|推进|加快|打造|建成|建设|实施|布局|谋划|签约|开工|投产|竣工|一批|若干|系列|多家|各类|环绕|位于|启动|创建/;

/** Parts of speech that open a clause rather than a name: verbs, adverbs, prepositions, numbers, 国家级 … */
const NOT_NAME_START = /^(?!eng)(?:v|d|p|c|u|r|m|q|f|t|a|y|e|o|w|b|z|ad|vn|vd)/;
/**
 * Proper nouns and words the dictionary does not know: what makes a head a name.
 * Not nr: the segmenter reads ordinary words as personal names (智慧, 康复), and
 * project names seldom hold one. Bound morphemes (zg, ng: 湾 in 海棠湾) are what
 * the segmenter leaves of a place name it does not know.
 */
const PROPER = /^(?:ns|nt|nz|nrt|nrfg|ng|zg|eng|j|x)/;

export interface ProjectShapeOptions {
  /** Industry signal words: in the segmenter's dictionary as proper nouns, but 人工智能 names nothing. */
  generic: ReadonlySet<string>;
  /** The short names of known parks whose branches are named after them (天开 of 天开园: 天开津南园). */
  parkStems: readonly string[];
  segmenter: Segmenter;
}

/** The project-shaped names of one article's read sections, in reading order. */
export function findProjectNames(read: readonly ReadSection[], options: ProjectShapeOptions): FoundProject[] {
  const found: FoundProject[] = [];
  read.forEach(({ section, names, orgs, knownOrgs }, index) => {
    // Dictionary organisations are among the names too: each span once.
    const taken = [...names.filter((n) => n.value.target.type !== 'organization'), ...orgs, ...knownOrgs];
    const boundaries = new Set(names.map((n) => n.end));
    // The one expression, not a copy per section: a copy of one this long is compiled again once the
    // engine's cache of expressions has let it go.
    const suffix = PROJECT_SUFFIX;
    suffix.lastIndex = 0;
    let lastEnd = 0;
    for (let m = suffix.exec(section.text); m !== null; m = suffix.exec(section.text)) {
      const end = m.index + m[0].length;
      // 综合体项目: the longer name (ending in 项目) is the one to take; 科技城学校 names a school.
      if (section.text.startsWith('项目', end) || LONGER_NAME.test(section.text.slice(end, end + 5))) continue;
      // 冰雪项目训练基地: a 项目 that a noun or two turn into a base is not where the name ends.
      if (m[0] === '项目' && continuesToSuffix(section.plain, end, options)) continue;
      const begin = scanBack(section.text, m.index, boundaries) ?? m.index;
      let start = Math.max(begin, lastEnd);
      while (start < m.index && CONJUNCTIONS.has(section.text[start]!)) start++;
      // “智慧零碳”码头: a quoted word right before the rest of the name is its proper part.
      const quotedFrom = quotedPrefix(section.text, start, m.index, lastEnd);
      if (quotedFrom === null && start === m.index) continue;
      if (quotedFrom !== null) start = quotedFrom;
      // 备忘录和海尔家居创新创业基地: the name is what follows the conjunction when that reads as a name.
      else start = afterConjunction(section.plain, start, m.index, options);
      // A place inside it is where it is, and an organisation opening it is whose it is (北京化工大学产学研基地);
      // any other known name inside or overlapping it means the taxonomy already covers it.
      const overlapping = taken.filter((t) => t.start < end && t.end > start);
      const places = names.filter((n) => n.value.target.type === 'place' && n.start >= start && n.end <= m.index);
      const owners = [...orgs, ...knownOrgs].filter((o) => o.start >= start && o.end <= m.index);
      const owner = owners.length === 1 && !places.some((p) => p.start < owners[0]!.start) ? owners[0] : undefined;
      if (overlapping.length > places.length + (owner ? 1 : 0)) continue;
      const quoted = QUOTE_OPEN.has(section.text[start - 1] ?? '') && QUOTE_CLOSE.has(section.text[end] ?? '');
      let proper = quotedFrom !== null;
      // A name without a proper noun that the text still treats as one: a national or city designation, a park
      // built with a named partner, the subject of a milestone (see vouchedStart).
      let vouched = quotedFrom !== null;
      if (owner) start = owner.start;
      else if (!quoted && !vouched) {
        const read = properStart(section.plain.slice(start, m.index), options);
        // 天津 is a proper noun, but 天津未来科技城 is named by its designation, not by 天津.
        const designated = DESIGNATION.test(section.plain.slice(start + read.offset, m.index));
        const vouch = (read.proper && !designated) || places.length > 0 ? null : vouchedStart(section.plain, start, m.index, end, options);
        if (!read.proper && places.length === 0 && vouch === null) continue;
        proper = (read.proper && places.length === 0) || vouch !== null;
        vouched = vouch !== null;
        if (vouch !== null) start = vouch;
        else {
          const from = start;
          start = withoutAddress(section.text, start + read.offset, m.index, places);
          // A branch keeps its park's short name, which the segmenter reads as a verb (天开 of 天开津南园).
          const stem = options.parkStems.find((s) => start - s.length >= from && section.text.startsWith(s, start - s.length));
          if (stem && m[0].endsWith('园')) start -= stem.length;
        }
      }
      const inside = places.filter((p) => p.start >= start);
      if (inside.length < places.length && places.some((p) => p.start < start && p.end > start)) continue;
      const head = section.text.slice(start, m.index);
      // What the name says besides its places and its owner: 万达 of 蓟州区万达广场; 重点 of 滨海新区重点项目 names nothing.
      const from = owner ? owner.end : start;
      const rest = inside
        .filter((p) => p.start >= from)
        .reduceRight((h, p) => h.slice(0, p.start - from) + h.slice(p.end - from), section.text.slice(from, m.index))
        .replace(/^天津市?(?=.{2})/, '');
      // A place alone names its own facility (河西公园); an owner alone its base or park (中科曙光 + 产业基地), not its 项目.
      const alone = (inside.length > 0 && FACILITY.test(m[0])) || (owner !== undefined && m[0].length >= 3);
      if (head.length > 20 || !acceptableHead(rest, alone, owner !== undefined || vouched)) continue;
      // A place or an owner vouches for a short description (人口文化主题公园), not for a clause.
      if (!proper && rest.length > MAX_VOUCHED && !properStart(section.plain.slice(m.index - rest.length, m.index), options).proper) continue;
      // After a place, a verb makes a clause (生态城持续吸纳…项目), not a name.
      if (!proper && !owner && inside.length > 0 && options.segmenter.tag(section.plain.slice(m.index - rest.length, m.index)).some((w) => CLAUSE_WORD.test(w.tag))) continue;
      // Read on the printed case: a capital letter is part of a name (C段), a lone small one is junk.
      // 天津港 + 智慧码头, 某集团 + 文旅康养项目, 中关村 + 园区项目: an owner's or a place's plain description.
      if (DESCRIBED_SUFFIX.test(m[0]) && (owner || inside.length > 0) && describes(section.plain.slice(m.index - rest.length, m.index), options)) continue;
      // 巩固商圈, 改建工程: after a verb these words name what is done, not a place.
      if (!owner && !quotedFrom && VERB_BEFORE.test(m[0]) && options.segmenter.tag(head).at(-1)?.tag === 'v') continue;
      if (COUNTED.test(head) || STRAY_LETTER.test(section.plain.slice(start, m.index)) || CLAUSE.test(head)) continue;
      // Named after a place when only a plain word or nothing stands between it and the suffix: 东丽 of 东丽郊野公园,
      // 河西 of 汉沽河西公园; not 静海 of 静海团泊健康城, where 团泊 names it.
      // A place after a name of its own says where that is (未来科技城 + 宁河 + 现代产业区), unless the suffix follows it directly (汉沽 + 河西 + 公园).
      const opensName = (p: { start: number }): boolean => p.start === start || inside.some((q) => q.end === p.start && opensName(q));
      const namedAfter = inside.filter((p) => {
        const between = section.plain.slice(p.end, m.index);
        return between.length === 0 || (opensName(p) && between.length <= 2 && !properStart(between, options).proper);
      });
      found.push({ section: index, start, end, name: section.plain.slice(start, end).replace(QUOTE_MARKS, ''), namedAfter });
      if (SHARED_SUFFIX.test(m[0]) && rest.length <= 4) {
        for (const item of sharedSuffixItems(section.text, section.plain, start, m[0], taken, names, options)) if (item.start >= lastEnd) found.push({ section: index, ...item });
      }
      lastEnd = end;
    }
    // The items of a list of projects (甲中心、乙双塔等项目开工) are projects whether or not they end like one.
    const orgSpans = [...orgs, ...knownOrgs];
    // A list with a company in it (甲集团、乙科技等项目入驻) lists the companies behind the projects, not projects.
    const isCompany = (i: { start: number; end: number }): boolean => orgSpans.some((o) => o.start <= i.start && o.end >= i.end) || INSTITUTION.test(section.plain.slice(i.start, i.end));
    const items = findListItems(section.text, options.segmenter, isCompany);
    const endsInList = new Set(items.filter((i) => ENDS_LIKE_PROJECT.test(section.plain.slice(i.start, i.end))).map((i) => i.list));
    for (const { start, end, list } of items) {
      if (found.some((f) => f.section === index && f.start < end && f.end > start)) continue;
      // A place or an owner inside an item says where or whose it is; any other known name means it is covered.
      const known = taken.filter((t) => t.start < end && t.end > start);
      const within = (t: { start: number; end: number }): boolean => t.start >= start && t.end <= end;
      const placesIn = names.filter((n) => n.value.target.type === 'place' && within(n));
      const saysWhereOrWhose = new Set<object>([...placesIn, ...orgSpans]);
      if (known.some((t) => !within(t) || !saysWhereOrWhose.has(t))) continue;
      const name = section.plain.slice(start, end);
      if (listedName(name, placesIn.length > 0, endsInList.has(list), options)) found.push({ section: index, start, end, name, namedAfter: [] });
    }
    // Rail lines are named after the word for rail: 轨道Z4线, 铁路津静线, 地铁4号线.
    const rail = new RegExp(RAIL_LINE.source, 'g');
    for (let m = rail.exec(section.text); m !== null; m = rail.exec(section.text)) {
      const end = m.index + m[0].length;
      const start = end - m[1]!.length;
      if (NOT_A_LINE.test(m[1]!) || taken.some((t) => t.start < end && t.end > start) || found.some((f) => f.section === index && f.start < end && f.end > start)) continue;
      found.push({ section: index, start, end, name: section.plain.slice(start, end), namedAfter: [] });
    }
  });
  return found.sort((a, b) => a.section - b.section || a.start - b.start);
}

const RAIL_LINE = /(?:铁路|轨道|地铁|城际|轻轨)(?:交通)?((?:[a-z]?\d{1,2}号?|[\u4e00-\u9fff]{2})线)(?![路网上])/;
/** Words for a line that name none: 干线, 沿线, 线网. */
const NOT_A_LINE = /^(?:交通|沿|干|专|一|全|主|支|新|在建|规划|运营|城市)线$/;

/** A head that names something: two characters or more (none, where `alone` says the place or owner before it is enough), not a description (unless an owner's name precedes it), not a count. */
function acceptableHead(head: string, placeAlone: boolean, owned = false): boolean {
  if (head.length === 0) return placeAlone;
  // A number of three digits or more alone is a brand (360科创园, 117项目), never a count or a date.
  if (/^\d{3,}$/.test(head)) return true;
  // After its owner's name a plain description is the name (中科曙光 + 产业基地, 北京化工大学 + 产学研基地).
  if (head.length < 2 || (!owned && (DESCRIPTIVE.test(head) || GENERIC_HEAD.test(head))) || NOT_A_HEAD.test(head)) return false;
  if (/^\d/.test(head) && !/^\d{3,}(?![\d.,%])(?![个家名所项批座条万亿千百平米吨年月日号期届])/.test(head)) return false;
  return !/\d+(?:余|多)?[个家名所项批座条]/.test(head) && /[\u4e00-\u9fff]{2}/.test(head);
}

/** A measure word or 某 opening it (座智谷 of 一座智谷, 某某项目) or a place word closing it (园中园) makes a phrase, not a name. */
const NOT_A_HEAD = /^[座个家条批项所片种处栋某]|[中内外里旁间]$/;

/**
 * Where the name starts once the address in front of it is left out: the city, a
 * district or county written in full (天津市宝坻区, 静海县) and a town (林亭口镇) say
 * where 林亭口工业园 is; a short name glued to it (东丽郊野公园) is part of the name.
 */
function withoutAddress(text: string, start: number, suffixStart: number, places: ReadSection['names']): number {
  for (let at = start; ; ) {
    const city = /^天津市/.exec(text.slice(at, suffixStart));
    const place = places.find((p) => p.start === at);
    const unit = place ? /^[县区市]?/.exec(text.slice(place.end, suffixStart))![0] : '';
    const town = /^[\u4e00-\u9fff]{2,3}[镇乡](?=[\u4e00-\u9fff]{2})/.exec(text.slice(at, suffixStart));
    let next = at;
    if (city && place === undefined) next = at + city[0].length;
    else if (place && (unit.length > 0 || /[区县]$/.test(text.slice(place.start, place.end)))) next = place.end + unit.length;
    else if (town && at > start) next = at + town[0].length;
    if (next === at || suffixStart - next < 2) return at;
    at = next;
  }
}

/**
 * The other items of a list whose last item carries the suffix for all (华苑、南开、北辰科技园:
 * 华苑科技园, 南开科技园): short heads joined by 、 right before `start`, each a name with the
 * same suffix. The first item may carry the clause's verb (包括华苑), which is left out.
 */
function sharedSuffixItems(
  text: string,
  plain: string,
  start: number,
  suffix: string,
  taken: readonly { start: number; end: number }[],
  names: ReadSection['names'],
  options: ProjectShapeOptions,
): Omit<FoundProject, 'section'>[] {
  const items: Omit<FoundProject, 'section'>[] = [];
  for (let at = start; text[at - 1] === '、'; ) {
    const itemEnd = at - 1;
    let itemStart = itemEnd;
    while (itemStart > 0 && itemEnd - itemStart < 8 && /[\u4e00-\u9fff]/.test(text[itemStart - 1]!)) itemStart--;
    const first = text[itemStart - 1] !== '、';
    if (first && itemEnd - itemStart > 6) break;
    if (first) itemStart += properStart(plain.slice(itemStart, itemEnd), options).offset;
    const head = text.slice(itemStart, itemEnd);
    if (head.length < 2 || head.length > 4 || DESCRIPTIVE.test(head) || GENERIC_HEAD.test(head) || CLAUSE.test(head) || NOT_A_HEAD.test(head)) break;
    if (new RegExp(`(?:${PROJECT_SUFFIX.source})$`).test(head)) break;
    const place = (t: { start: number; end: number }): boolean => names.some((n) => n === t && n.value.target.type === 'place');
    if (taken.some((t) => t.start < itemEnd && t.end > itemStart && !place(t))) break;
    items.push({ start: itemStart, end: itemEnd, name: plain.slice(itemStart, itemEnd) + suffix, namedAfter: [{ start: itemStart, end: itemEnd }] });
    at = itemStart;
  }
  return items;
}

/**
 * Offset where the name proper starts in `head` (加快建设 + 国家级… are not part of
 * it), and whether what remains has a proper noun: 重点项目 names nothing, and
 * neither does 人工智能制造产业基地.
 */
function properStart(head: string, { generic, segmenter }: ProjectShapeOptions): { offset: number; proper: boolean } {
  const words = segmenter.tag(head);
  let offset = 0;
  let k = 0;
  // A brand of three digits or more opens a name (360科创园); other numbers count things.
  while (k < words.length && (NOT_NAME_START.test(words[k]!.tag) || DESCRIPTIVE.test(words[k]!.word) || shortCode(words[k]!)) && !/^\d{3,}$/.test(words[k]!.word)) {
    offset += words[k]!.word.length;
    k++;
  }
  const rest = words.slice(k);
  return { offset, proper: rest.some((w) => (PROPER.test(w.tag) && /[\u4e00-\u9fffa-zA-Z]/.test(w.word) && !generic.has(w.word) && !shortCode(w)) || /^\d{3,}$/.test(w.word)) };
}

/** A Latin code of a letter or two (Z8, U4: a plot or a line) names nothing by itself; a Latin word does (eden). */
function shortCode(w: { word: string; tag: string }): boolean {
  return w.tag === 'eng' && w.word.replace(/\d/g, '').length <= 2;
}

/** Where the quoted word right before `start` opens (“智慧零碳”码头, " 站产城 " 融合示范区), or null when none does. */
function quotedPrefix(text: string, start: number, suffixStart: number, lastEnd: number): number | null {
  let close = start - 1;
  while (close >= lastEnd && text[close] === ' ') close--;
  if (close < lastEnd || !QUOTE_CLOSE.has(text[close]!)) return null;
  // “国字号”品牌项目, “双碳”项目: a quoted slogan before 项目 describes; before a place word (码头, 示范区) it names.
  if (text.startsWith('项目', suffixStart) || suffixStart - start > 6) return null;
  for (let open = close - 1; open >= Math.max(lastEnd, close - 12); open--) {
    if (!QUOTE_OPEN.has(text[open]!)) continue;
    const inner = text.slice(open + 1, close).trim();
    // A quoted word that already ends like a project is its own name (“教育小镇”项目).
    return /^[\u4e00-\u9fffA-Za-z0-9]{2,8}$/.test(inner) && !ENDS_LIKE_PROJECT.test(inner) ? open : null;
  }
  return null;
}

const ENDS_LIKE_PROJECT = new RegExp(`(?:${PROJECT_SUFFIX.source})$`);

/** The start of the name after the head's last conjunction, when what follows reads as a name (和 + 海尔家居…); else `start`. */
function afterConjunction(plain: string, start: number, suffixStart: number, options: ProjectShapeOptions): number {
  const head = plain.slice(start, suffixStart);
  const at = Math.max(head.lastIndexOf('和'), head.lastIndexOf('与'));
  if (at < 0 || head.startsWith('和平', at)) return start;
  const tail = head.slice(at + 1);
  if (tail.length < 2) return start;
  const read = properStart(tail, options);
  // 中国与新加坡国家级合作项目: a level word after the conjunction says the two cooperate, not what is built.
  return read.offset === 0 && read.proper && !/国家级|省级|市级/.test(tail) ? start + at + 1 : start;
}

/** Nouns between a 项目 and a base or park suffix (项目 + 训练 + 基地). */
function continuesToSuffix(plain: string, end: number, { segmenter }: ProjectShapeOptions): boolean {
  const next = /^([\u4e00-\u9fff]{1,4}?)(?:基地|园区|中心)/.exec(plain.slice(end, end + 7));
  return next !== null && segmenter.tag(next[1]!).every((w) => /^(?:n|vn)$/.test(w.tag));
}

/** After 是 or 获批 a designation is a title the place holds (是国家循环经济示范区), not a project. */
const TITLE_BEFORE = /(?:(?<![特别尤其还就而都也但只正])是|为|成为|获批|入选|评为|列为|荣获|创建)$/;
/** Words that qualify a project rather than name it: 重点, 一批, 在建 … */
const QUALIFIER = /^(?:重点|重大|标志性|市级|区级|国家级|省级|一批|在建|储备|谋划|签约|优质|新|新建|该|这个|此|其|有关|相关|各类|各|多个|首个|首批|大型|好|大|小|示范|配套|产业|招商|综合|建设)$/;
/** A national, regional or city designation opening a name: 国家级装配式建筑产业园, 天津未来科技城, 京津冀…生态港. */
const DESIGNATION = /^(?:国家级?|中国|天津市?|京津冀)(?![级家])/;
/** A partner named before the verb: 与中海油等共建 …. */
const PARTNER_BUILT = /[与和同][\u4e00-\u9fffA-Za-z]{2,16}(?:等|一道|一起)?(?:共建|合建|联合建设|共同建设)$/;
/** What happens to a project (its milestones), right after the name: …基地项目正式签约落地, …音乐厅今年完工. */
const MILESTONE_VERB = '(?:签约落地|签约|落地|开工|动工|奠基|竣工|完工|落成|投产|投用|投入使用|投入运营|开业|开园|揭牌|启用|亮相|封顶)';
const MILESTONE_AFTER = new RegExp(`^(?:项目)?(?:正式|已经|已|将|顺利|今年|年内|日前|近日|即将|率先|全面|预计){0,2}${MILESTONE_VERB}`);

/** A milestone later in the clause: …产业园在宝坻正式奠基开工. */
const MILESTONE_LATER = new RegExp(`^[^，。；！？,;!?]{0,10}?${MILESTONE_VERB}`);

/**
 * Where a head without a proper noun still names one project, or null: it opens with a
 * designation (国家, 天津, 京津冀) followed by a description of its own; it is what a named
 * partner builds with someone (与中海油等共建 + 海工装备产业园); or it opens a clause and is
 * the subject of a milestone (…音乐厅今年完工). A bare description (重点项目, 产业园) stays out.
 */
function vouchedStart(plain: string, start: number, suffixStart: number, end: number, options: ProjectShapeOptions): number | null {
  const head = plain.slice(start, suffixStart);
  const read = properStart(head, options);
  const described = (h: string): boolean => h.length >= 2 && !DESCRIPTIVE.test(h) && !GENERIC_HEAD.test(h) && !CLAUSE.test(h) && !COUNTED.test(h);
  const titled = TITLE_BEFORE.test(plain.slice(Math.max(0, start - 4), start));
  for (let at = 0; at <= read.offset && at < head.length && !titled; at++) {
    const d = DESIGNATION.exec(head.slice(at));
    // 国家级 is also a rank a plan aims at (打造国家级…基地); it names a park only that something happens to.
    if (d === null || (d[0] === '国家级' && !MILESTONE_LATER.test(plain.slice(end, end + 16)))) continue;
    const rest = head.slice(at + d[0].length);
    const first = options.segmenter.tag(rest)[0];
    // 天津未来科技城: after a designation a plain word names the park, but not a qualifier (天津重点项目).
    const named = described(rest) || (!/^(?:项目|工程|中心)$/.test(plain.slice(suffixStart, end)) && rest.length >= 2 && !QUALIFIER.test(rest) && !GENERIC_HEAD.test(rest));
    if (named && first && !/^(?:d|p|c|u|r|m|q)/.test(first.tag) && !QUALIFIER.test(first.word)) return start + at;
  }
  if (PARTNER_BUILT.test(plain.slice(Math.max(0, start - 24), start)) && described(head)) return start;
  // A milestone vouches for a facility's short name (…音乐厅今年完工), for a 项目 only with a long description of its own.
  const long = suffixStart - start - read.offset >= (/^(?:项目|工程)$/.test(plain.slice(suffixStart, end)) ? 8 : 2);
  const opensClause = /^(?:[，。；：！？,;:!? |]|$)/.test(plain[start - 1] ?? '');
  if (long && opensClause && MILESTONE_AFTER.test(plain.slice(end, end + 8)) && described(head)) return start;
  return null;
}

/** Suffixes after which an owner's plain description (智慧, 文旅康养, 园区) is what it has, not a name. */
const DESCRIBED_SUFFIX = /^(?:项目|码头)$/;

/** Whether every word of `rest` is a qualifier, an industry's word or a park word: 智慧, 文旅康养, 园区. */
function describes(rest: string, { generic, segmenter }: ProjectShapeOptions): boolean {
  const words = segmenter.tag(rest);
  return words.length > 0 && words.every((w) => DESCRIPTIVE.test(w.word) || generic.has(w.word) || /^(?:园区|片区|康养|文旅|产业|基地)$/.test(w.word));
}

/** Suffixes that are also plain nouns a verb can take (巩固商圈, 改建工程, 走向世界). */
const VERB_BEFORE = /^(?:商圈|世界|地块|工程|码头)$/;

/** What makes a list item a count, a remainder or a clause rather than a name: 3个, 其中, 的 … */
const NOT_LISTED = /^(?:\d|[一二两三四五六七八九十几多数各]+[个家条项批类座所片种处]|其中|其他|其余|包括|全国)|\d+个|以及|项目.|[的了]|和(?!平)|与|首批|推进|推动|加快|实施|开展/;
/** An activity, a company's trade or a title is not a project's name (基础设施建设, 意甲智能, 农业强镇), unless the item ends like one. */
const ACTIVITY = /(?:建设|改造|提升|治理|整治|升级|保护|服务|发展|合作|加工|设施|科技|智能|生物|医药|材料|电子|技术|产业|[镇村馆])$/;
/** Institutions a list of projects may name among them (…医院、…大学等项目): organisations, not projects. */
const INSTITUTION = /(?:医院|大学|学院|学校|中学|小学|幼儿园|研究院|研究所|公司|集团)$/;

/** Whether a list item reads like a project's name: a proper noun, a project's ending, a place in it, or a long name of its own. */
function listedName(name: string, hasPlace: boolean, shortOk: boolean, options: ProjectShapeOptions): boolean {
  if (name.length < 3 || !/[\u4e00-\u9fff]{2}/.test(name) || NOT_LISTED.test(name) || STRAY_LETTER.test(name) || INSTITUTION.test(name)) return false;
  if (DESCRIPTIVE.test(name) || GENERIC_HEAD.test(name) || options.generic.has(name)) return false;
  const proper = hasPlace || properStart(name, options).proper;
  // 绿化景观工程 is a kind of work; a long name of its own (…商业广场) or a proper noun makes it one project.
  if (ENDS_LIKE_PROJECT.test(name)) return proper || name.length >= (/(?:项目|工程)$/.test(name) ? 8 : 4);
  // 绿植补种, 汉服旅拍: what visitors or workers do, not a place.
  if (ACTIVITY.test(name) || (!proper && /[型化]/.test(name)) || options.segmenter.tag(name).at(-1)?.tag.startsWith('v')) return false;
  // A short name (渤海明珠) counts beside an item that ends like a project; alone, 大黄鸭 is as likely an attraction as a thing.
  return name.length >= 6 || (proper && (name.length >= 5 || shortOk));
}
