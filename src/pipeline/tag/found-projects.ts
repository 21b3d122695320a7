/**
 * Projects the taxonomy has never heard of, found by their shape: a proper name
 * followed by 项目, 基地, 产业园, 园区, 科技城, 交易中心, 综合体, 工厂 … Read per
 * article, from the sections the tagger already read, so a found name never
 * overlaps a known place, project or organisation. Guards keep descriptions
 * (重点项目, 八大生产园区, 高端装备制造类项目) and clauses (南靠…基地) out.
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
}

const PROJECT_SUFFIX =
  /(?:项目|产业基地|生产基地|研发基地|创新基地|总部基地|储备基地|基地|产业园区|产业园|科技园|创新园|主题园|园区|科技城|科学城|航天城|产业城|产业新城|交易中心|数据中心|算力中心|计算中心|物流中心|会展中心|创新中心|联创中心|研发中心|综合体|超级工厂|工厂|小镇|聚集区|集聚区|科创服务区|示范区|孵化器|物流港|产业港|生态港|滑雪场|雪场|度假区|工业园|科创园|文化园|产业园|公园|商业广场|广场|购物中心|商品城|商贸城|金融城|医学城|健康城|新城|印象城|大厦|双塔|音乐厅|体育馆|体育场|足球场|图书馆|档案馆|博物馆|美术馆|大剧院|剧院|动物园|乐园|改造工程|一期工程|二期工程|工程|码头|交付中心|金融中心|金融街|商务区|航站楼|项目集群|养老社区|无人仓)/g;

/** Heads that describe rather than name (重点项目, 一批新项目, 城市更新项目). */
const DESCRIPTIVE =
  /^(?:重点|重大|标志性|市级|区级|国家级|省级|一批|在建|储备|谋划|签约|优质|新|新建|该|这个|此|其|城市更新|产业|招商|综合|建设|有关|相关|先进|大型|全国|各类|各|多个|首个|首批|盘活|更新|水上|文旅|合作|试点|好|大|小|示范|配套|服务|功能|创新|创业|研发|生产|就业|学生|科技|实验|中试|孵化|载体|产业化|产学研|双创|国家|零碳|低碳|智能|数字化|绿色|灯塔|智慧|未来|标杆|新兴产业|战略性新兴产业|未来产业|优势产业|主导产业|特色产业|健康产业)$/;

/** Counted or classed things are not names: 八大生产园区, 两条一级河道, 高端装备制造类项目. */
const COUNTED = /[一二两三四五六七八九十百千万几多数各]+(?:大|个|条|项|批|类|座|家|所|片|种|处)|类$|类项目|及/;
/** A lone Latin letter glued to Chinese is mirror-site junk (v重点项目), not part of a name. */
const STRAY_LETTER = /(?:^|[^a-z0-9])[a-z](?=[^a-z0-9]|$)/;
/** Words that make the head a clause or a plan: 规划及招商项目, 转移项目, 紧邻项目. */
const CLAUSE = /^[地得的]|[东南西北](?:靠|依|临|接|邻)|[和与或、]|规划|招商|转移|紧邻|环抱|定位|产业化|落地|引进|推动|推进|加快|打造|建成|建设|实施|布局|谋划|签约|开工|投产|竣工|一批|若干|系列|多家|各类|环绕|位于/;

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
  segmenter: Segmenter;
}

/** The project-shaped names of one article's read sections, in reading order. */
export function findProjectNames(read: readonly ReadSection[], options: ProjectShapeOptions): FoundProject[] {
  const found: FoundProject[] = [];
  read.forEach(({ section, names, orgs, knownOrgs }, index) => {
    const taken = [...names, ...orgs, ...knownOrgs];
    const boundaries = new Set(names.map((n) => n.end));
    const suffix = new RegExp(PROJECT_SUFFIX.source, 'g');
    let lastEnd = 0;
    for (let m = suffix.exec(section.text); m !== null; m = suffix.exec(section.text)) {
      const end = m.index + m[0].length;
      // 综合体项目: the longer name (ending in 项目) is the one to take.
      if (section.text.startsWith('项目', end)) continue;
      const begin = scanBack(section.text, m.index, boundaries);
      if (begin === null) continue;
      let start = Math.max(begin, lastEnd);
      while (start < m.index && CONJUNCTIONS.has(section.text[start]!)) start++;
      // A known name inside or overlapping it means the taxonomy already covers it (or it is an organisation).
      if (taken.some((t) => t.start < end && t.end > start)) continue;
      const properFrom = properStart(section.plain.slice(start, m.index), options);
      if (properFrom === null) continue;
      start += properFrom;
      const head = section.text.slice(start, m.index);
      if (head.length < 2 || head.length > 20 || DESCRIPTIVE.test(head) || GENERIC_HEAD.test(head)) continue;
      if (/^\d|\d+[个家名所项批座条]/.test(head) || !/[\u4e00-\u9fff]{2}/.test(head)) continue;
      if (COUNTED.test(head) || STRAY_LETTER.test(head) || CLAUSE.test(head)) continue;
      found.push({ section: index, start, end, name: section.plain.slice(start, end) });
      lastEnd = end;
    }
  });
  return found;
}

/**
 * Offset where the name proper starts in `head` (加快建设 + 国家级… are not part of
 * it), or null when what remains has no proper noun: 重点项目 names nothing, and
 * neither does 人工智能制造产业基地.
 */
function properStart(head: string, { generic, segmenter }: ProjectShapeOptions): number | null {
  const words = segmenter.tag(head);
  let offset = 0;
  let k = 0;
  while (k < words.length && (NOT_NAME_START.test(words[k]!.tag) || DESCRIPTIVE.test(words[k]!.word))) {
    offset += words[k]!.word.length;
    k++;
  }
  const rest = words.slice(k);
  if (!rest.some((w) => PROPER.test(w.tag) && /[\u4e00-\u9fffa-zA-Z]/.test(w.word) && !generic.has(w.word))) return null;
  return offset;
}
