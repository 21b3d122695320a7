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
  /(?:项目|产业基地|生产基地|研发基地|创新基地|总部基地|储备基地|基地|产业园区|产业园|科技园|创新园|主题园|园区|科技城|科学城|航天城|产业城|产业新城|交易中心|数据中心|算力中心|计算中心|物流中心|会展中心|创新中心|联创中心|研发中心|综合体|超级工厂|工厂|小镇|聚集区|集聚区|科创服务区|示范区|孵化器|物流港|产业港|生态港|滑雪场|雪场|度假区|工业园|科创园|文化园|产业园|公园|商业广场|广场|购物中心|商品城|商贸城|金融城|医学城|健康城|新城|印象城|大厦|双塔|音乐厅|体育馆|体育场|足球场|图书馆|档案馆|博物馆|美术馆|大剧院|剧院|动物园|乐园|改造工程|一期工程|二期工程|工程|码头|交付中心|金融中心|金融街|商务区|航站楼|项目集群|养老社区|无人仓|示范线|生产线|(?<![山峡河低深空幽硅])谷(?![物子歌底])|(?<![家校花田庄果菜乐公陵墓茶物学庭开入建])园(?![林艺丁长所区]))/g;

/** Parts of speech that make a clause of what follows a place: verbs, adverbs, prepositions, conjunctions. */
const CLAUSE_WORD = /^(?:v|d|p|c)$/;

/** The longest description a place or an owner vouches for without a proper noun of its own. */
const MAX_VOUCHED = 8;

/** What makes a project-shaped name part of an organisation's name (南开中学科技城学校). */
const LONGER_NAME = /^(?:学校|中学|小学|分校|校区|医院|有限公司|公司|集团|管委会|管理委员会|党工委)/;

/** Suffixes that a place alone can name (河西公园, 泰达足球场, 北辰科技园); 生态城项目 names nothing. */
const FACILITY = /^(?:科技园|工业园|产业园|公园|广场|商业广场|购物中心|体育馆|体育场|足球场|图书馆|档案馆|博物馆|美术馆|大剧院|剧院|音乐厅|动物园|乐园)$/;
/** Suffixes a list of short heads may share: 华苑、南开、北辰科技园 are three parks. */
const SHARED_SUFFIX = /^(?:科技园|工业园|产业园|园区|产业园区|科创园|创新园|基地|产业基地)$/;
const QUOTE_OPEN = new Set([...'“"「『']);
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
const NOT_NAME_START = /^(?:v|d|p|c|u|r|m|q|f|t|a|y|e|o|w|b|z|ad|vn|vd)/;
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
    const suffix = new RegExp(PROJECT_SUFFIX.source, 'g');
    let lastEnd = 0;
    for (let m = suffix.exec(section.text); m !== null; m = suffix.exec(section.text)) {
      const end = m.index + m[0].length;
      // 综合体项目: the longer name (ending in 项目) is the one to take; 科技城学校 names a school.
      if (section.text.startsWith('项目', end) || LONGER_NAME.test(section.text.slice(end, end + 5))) continue;
      const begin = scanBack(section.text, m.index, boundaries);
      if (begin === null) continue;
      let start = Math.max(begin, lastEnd);
      while (start < m.index && CONJUNCTIONS.has(section.text[start]!)) start++;
      // A place inside it is where it is, and an organisation opening it is whose it is (北京化工大学产学研基地);
      // any other known name inside or overlapping it means the taxonomy already covers it.
      const overlapping = taken.filter((t) => t.start < end && t.end > start);
      const places = names.filter((n) => n.value.target.type === 'place' && n.start >= start && n.end <= m.index);
      const owners = [...orgs, ...knownOrgs].filter((o) => o.start >= start && o.end <= m.index);
      const owner = owners.length === 1 && !places.some((p) => p.start < owners[0]!.start) ? owners[0] : undefined;
      if (overlapping.length > places.length + (owner ? 1 : 0)) continue;
      const quoted = QUOTE_OPEN.has(section.text[start - 1] ?? '') && QUOTE_CLOSE.has(section.text[end] ?? '');
      let proper = false;
      if (owner) start = owner.start;
      else if (!quoted) {
        const read = properStart(section.plain.slice(start, m.index), options);
        if (!read.proper && places.length === 0) continue;
        proper = read.proper && places.length === 0;
        const from = start;
        start = withoutAddress(section.text, start + read.offset, m.index, places);
        // A branch keeps its park's short name, which the segmenter reads as a verb (天开 of 天开津南园).
        const stem = options.parkStems.find((s) => start - s.length >= from && section.text.startsWith(s, start - s.length));
        if (stem && m[0].endsWith('园')) start -= stem.length;
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
      if (head.length > 20 || !acceptableHead(rest, alone, owner !== undefined)) continue;
      // A place or an owner vouches for a short description (人口文化主题公园), not for a clause.
      if (!proper && rest.length > MAX_VOUCHED && !properStart(section.plain.slice(m.index - rest.length, m.index), options).proper) continue;
      // After a place, a verb makes a clause (生态城持续吸纳…项目), not a name.
      if (!proper && !owner && inside.length > 0 && options.segmenter.tag(section.plain.slice(m.index - rest.length, m.index)).some((w) => CLAUSE_WORD.test(w.tag))) continue;
      // Read on the printed case: a capital letter is part of a name (C段), a lone small one is junk.
      if (COUNTED.test(head) || STRAY_LETTER.test(section.plain.slice(start, m.index)) || CLAUSE.test(head)) continue;
      // Named after a place when only a plain word or nothing stands between it and the suffix: 东丽 of 东丽郊野公园,
      // 河西 of 汉沽河西公园; not 静海 of 静海团泊健康城, where 团泊 names it.
      const namedAfter = inside.filter((p) => {
        const between = section.plain.slice(p.end, m.index);
        return between.length === 0 || (between.length <= 2 && !properStart(between, options).proper);
      });
      found.push({ section: index, start, end, name: section.plain.slice(start, end), namedAfter });
      if (SHARED_SUFFIX.test(m[0]) && rest.length <= 4) {
        for (const item of sharedSuffixItems(section.text, section.plain, start, m[0], taken, names, options)) if (item.start >= lastEnd) found.push({ section: index, ...item });
      }
      lastEnd = end;
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
  while (k < words.length && (NOT_NAME_START.test(words[k]!.tag) || DESCRIPTIVE.test(words[k]!.word)) && !/^\d{3,}$/.test(words[k]!.word)) {
    offset += words[k]!.word.length;
    k++;
  }
  const rest = words.slice(k);
  return { offset, proper: rest.some((w) => (PROPER.test(w.tag) && /[\u4e00-\u9fffa-zA-Z]/.test(w.word) && !generic.has(w.word)) || /^\d{3,}$/.test(w.word)) };
}
