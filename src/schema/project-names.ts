/**
 * What makes two written names one project, and the URL name that follows from
 * it. Shared by the taxonomy (a project listed without a slug), the tagger's
 * discovered projects and their merge across articles, so a project found in
 * the news keeps its page address when an editor adds it to projects.yml.
 */
import { pinyin } from 'pinyin-pro';

/** A short parenthesis inside a name says where, not which: 玉湖冷链(天津)交易中心. */
const PLACE_NOTE = /[(（][^()（）]{1,8}[)）]/g;
const NOISE = /[\s“”"‘’'《》〈〉「」『』·・•‧∙]/g;
/** The city's name in front adds nothing: 天津未来科技城 is 未来科技城. */
const CITY = /^(?:天津市|天津)(?=.{3})/;
/** 交易中心项目 is the 交易中心: 项目 after a name that already says what it is. */
const PROJECT_TAIL = /(?<=(?:基地|园|园区|中心|城|港|综合体|工厂|小镇|示范区|集聚区|聚集区))项目$/;
const PARK_TAIL = /(?<=(?:科技|产业|工业|创新|物流|软件))园区$/;

/** The name two articles must share to be read as one project. */
export function projectKey(name: string): string {
  return name
    .normalize('NFKC')
    .replace(PLACE_NOTE, '')
    .replace(NOISE, '')
    .replace(CITY, '')
    .replace(PROJECT_TAIL, '')
    .replace(PARK_TAIL, '园')
    .toLowerCase();
}

/** FNV-1a, 32 bits: a short stable checksum with no dependency on the platform's crypto. */
function fnv1a(text: string): string {
  let hash = 0x811c9dc5;
  for (let i = 0; i < text.length; i++) {
    hash ^= text.charCodeAt(i);
    hash = Math.imul(hash, 0x01000193) >>> 0;
  }
  return hash.toString(16).padStart(8, '0');
}

const MAX_SYLLABLES = 8;

/**
 * The URL name of a project the taxonomy gives no slug: pinyin of its key (at most
 * eight syllables) and a checksum of the whole key, so two names that share their
 * first syllables still differ. Depends on the name alone, never on other articles.
 */
export function projectSlug(name: string): string {
  const key = projectKey(name);
  const syllables = pinyin(key, { toneType: 'none', type: 'array', nonZh: 'consecutive', v: true })
    .map((s) => s.toLowerCase().replace(/[^a-z0-9]+/g, ''))
    .filter((s) => s.length > 0)
    .slice(0, MAX_SYLLABLES);
  return [...syllables, fnv1a(key).slice(0, 6)].join('-');
}
