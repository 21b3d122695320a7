/**
 * Discovery: names that look like projects (a proper name followed by 项目,
 * 基地, 产业园, 园区, 中心, 科技城, 交易中心, 综合体 …) but are not in the
 * taxonomy, with how often they occur and a sentence to judge them by. The
 * report lists them for an editor; nothing is added to the taxonomy here.
 */
import type { Article } from '../../schema/article.ts';
import type { Taxonomy } from '../../schema/taxonomy.ts';
import { createTagger, readArticle, type Tagger } from './index.ts';
import { tagWords } from './jieba.ts';
import { CONJUNCTIONS, GENERIC_HEAD, scanBack } from './organizations.ts';

export interface Candidate {
  name: string;
  /** Occurrences over all articles. */
  count: number;
  /** Ids of the articles it occurs in, sorted. */
  articles: string[];
  /** The first sentence it occurs in, as printed. */
  sample: string;
  /** Where that sentence is: "002_a64ee2d8bd336b9e.txt:105". */
  source: string;
}

const PROJECT_SUFFIX =
  /(?:项目|产业基地|生产基地|研发基地|创新基地|基地|产业园|科技园|创新园|主题园|园区|科技城|交易中心|创新中心|联创中心|研发中心|综合体|小镇|聚集区|集聚区|科创服务区|示范区|孵化器)/g;

/** Heads that describe rather than name (重点项目, 一批新项目, 城市更新项目). */
const DESCRIPTIVE =
  /^(?:重点|重大|标志性|市级|区级|国家级|省级|一批|在建|储备|谋划|签约|优质|新|新建|该|这个|此|其|城市更新|产业|招商|综合|建设|有关|相关|先进|大型|全国|各类|各|多个|首个|首批|盘活|更新|水上|文旅|合作|试点|好|大|小|示范|配套|服务|功能|创新|创业|研发|生产|就业|学生|科技|实验|中试|孵化|载体|产业化|产学研|双创)$/;

const SENTENCE = /[^。！？；!?;]*[。！？；!?;]?/g;

export function discoverCandidates(articles: readonly Article[], taxonomy: Taxonomy, reader: Tagger = createTagger(taxonomy)): Candidate[] {
  const found = new Map<string, Candidate>();
  for (const article of articles) {
    const read = readArticle(article, reader);
    read.forEach(({ section, names, orgs, knownOrgs }, index) => {
      const taken = [...names, ...orgs, ...knownOrgs];
      const boundaries = new Set(names.map((n) => n.end));
      PROJECT_SUFFIX.lastIndex = 0;
      for (let m = PROJECT_SUFFIX.exec(section.text); m !== null; m = PROJECT_SUFFIX.exec(section.text)) {
        const end = m.index + m[0].length;
        // 综合体项目: the longer name (ending in 项目) is the one to list.
        if (section.text.startsWith('项目', end)) continue;
        const begin = scanBack(section.text, m.index, boundaries);
        if (begin === null) continue;
        let start = begin;
        while (start < m.index && CONJUNCTIONS.has(section.text[start]!)) start++;
        // A known name inside or overlapping it means the taxonomy already covers it (or it is an organisation).
        if (taken.some((t) => t.start < end && t.end > start)) continue;
        const properFrom = properStart(section.plain.slice(start, m.index));
        if (properFrom === null) continue;
        start += properFrom;
        const head = section.text.slice(start, m.index);
        if (head.length < 2 || head.length > 20 || DESCRIPTIVE.test(head) || GENERIC_HEAD.test(head)) continue;
        if (/^\d|\d+[个家名所项批座条]/.test(head) || !/[\u4e00-\u9fff]{2}/.test(head)) continue;
        const name = section.display.slice(start, end);
        const entry = found.get(name);
        if (entry) {
          entry.count++;
          if (!entry.articles.includes(article.id)) entry.articles.push(article.id);
          continue;
        }
        const paragraph = article.paragraphs[index - (read.length - article.paragraphs.length)];
        found.set(name, {
          name,
          count: 1,
          articles: [article.id],
          sample: sentenceAround(section.display, start),
          source: `${article.file}:${paragraph?.line ?? article.line}`,
        });
      }
    });
  }
  return [...found.values()]
    .map((c) => ({ ...c, articles: [...c.articles].sort() }))
    .sort((a, b) => b.count - a.count || (a.name < b.name ? -1 : a.name > b.name ? 1 : 0));
}

/** Parts of speech that open a clause rather than a name: verbs, adverbs, prepositions, numbers, 国家级 … */
const NOT_NAME_START = /^(?:v|d|p|c|u|r|m|q|f|t|a|y|e|o|w|b|z|ad|vn|vd)/;
/** Proper nouns and words the dictionary does not know: what makes a head a name. */
const PROPER = /^(?:nr|ns|nt|nz|eng|j|x)/;

/**
 * Offset where the name proper starts in `head` (加快建设 + 国家级… are not part of
 * it), or null when what remains has no proper noun: 重点项目 names nothing.
 */
function properStart(head: string): number | null {
  const words = tagWords(head);
  let offset = 0;
  let k = 0;
  while (k < words.length && (NOT_NAME_START.test(words[k]!.tag) || DESCRIPTIVE.test(words[k]!.word))) {
    offset += words[k]!.word.length;
    k++;
  }
  const rest = words.slice(k);
  if (!rest.some((w) => PROPER.test(w.tag) && /[\u4e00-\u9fffa-zA-Z]/.test(w.word))) return null;
  return offset;
}

function sentenceAround(text: string, at: number): string {
  SENTENCE.lastIndex = 0;
  for (let m = SENTENCE.exec(text); m !== null && m[0].length > 0; m = SENTENCE.exec(text)) {
    if (at >= m.index && at < m.index + m[0].length) return m[0].trim();
  }
  return text.trim();
}
