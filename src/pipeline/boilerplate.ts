/**
 * Tells site chrome from story text, line by line, in the spirit of jusText: each line is
 * first judged on its own features (length, sentence punctuation, separators, short items,
 * words typical of navigation and tool bars, markup, bare numbers), then lines that the
 * features leave undecided take the side of their neighbours, the page's edges counting as
 * chrome. A line that reads as prose is never judged chrome, whatever words it contains.
 */
import { BYLINE_RE, CAPTION_CREDIT_RE, CONTINUED_FROM_RE, CREDIT_RE, DATELINE_RE, endsSentence } from './patterns.ts';

export type LineClass = 'prose' | 'chrome' | 'neutral';

export interface LineFeatures {
  /** Non-space characters. */
  chars: number;
  /** CJK ideographs. */
  cjk: number;
  /** Commas, full stops and semicolons: the marks only running text has. */
  commas: number;
  /** Ends like a sentence. */
  ends: boolean;
  /** Ends with a full stop. */
  fullStop: boolean;
  /** Navigation separators: > » | 丨 • ~~~ and the like. */
  separators: number;
  /** Items between spaces and separators, and how many of them are short (≤ 4 characters). */
  items: number;
  shortItems: number;
  /** Share of the characters covered by words of site chrome. */
  chromeShare: number;
  /** Only digits, times and date punctuation ("2024", "05/10", "467", "2013-02-28 203 0"). */
  numeric: boolean;
  /** Image file names, template placeholders, links, markdown images. */
  markup: boolean;
  /** A label with nothing after it ("关键词：", "当前位置："). */
  bareLabel: boolean;
  /** A label that only spam and tag clouds print ("最佳答案：", "标签："). */
  spamLabel: boolean;
  /** A headline-sized line ending in a date: an item of a related-news list. */
  datedItem: boolean;
  /** An e-paper page header ("第07版：要闻"). */
  pageHeader: boolean;
  /** "发文部门：市政府办公厅", "所属区域：天津": a field of a metadata table (a colon headline has this shape too). */
  keyValue: boolean;
  /** Carries a 来源/时间/作者/点击 label: a story's meta line or a site's. */
  meta: boolean;
  /** Only separators and punctuation ("|", "|||", "~~~"): a table's ruling, transparent to its neighbours. */
  bare: boolean;
  /** A newsroom line (dateline, byline, credit, continuation) that later stages read. */
  newsroom: boolean;
}

/**
 * Words of navigation bars, tool bars, forum furniture, login boxes and footers. They only
 * weigh in together with a line's shape: a line of prose that uses them stays prose.
 */
const CHROME_WORDS = [
  '首页', '首 页', '网站首页', '回到首页', '设为首页', '添加收藏', '加入收藏', '收藏本页', '收藏', '网站地图', '联系我们', '关于我们',
  '登录', '注册', '立即注册', '找回密码', '用户名', '密码', '匿名发表', 'QQ登录', '只需一步', '快速开始', '退出',
  '当前位置', '您的位置', '您当前的位置', '所在位置', '位置', '正文', '频道', '栏目', '资讯中心', '新闻中心', '资讯', '新闻', '要闻', '国内新闻',
  '分享', '分享至', '分享到', '微信', '微博', '朋友圈', 'QQ空间', '扫一扫', '手机打开', '手机看', '二维码', '客户端', '下载', '打开', 'APP', 'App',
  '打印', '关闭', '纠错', '字号', '放大', '缩小', '默认', '全文复制', '复制链接', '返回', '返回目录', '返回顶部', '目录', '标题导航',
  '上一篇', '下一篇', '上一版', '下一版', '上一主题', '下一主题', '上一页', '下一页', '更多', '查看更多', '点击', '进入',
  '评论', '网友评论', '发表评论', '评论人次', '回复', '回帖', '举报', '点赞', '反对', '阅读', '阅读人次', '阅读模式', '阅读数', '浏览', '倒序浏览', '查看',
  '只看该作者', '显示全部楼层', '跳转到指定楼层', '楼主', '主题', '帖子', '积分', '论坛元老', '使用道具', '本版积分规则', '回帖奖励', '来自',
  '推荐', '推荐内容', '推荐阅读', '相关新闻', '相关阅读', '相关报道', '相关文章', '热门', '热门搜索', '热点', '站内搜索', '搜索', '排行', '排行榜',
  '关键词', '标签', '精彩图片', '资料图', '资料图片', '图片', '视频', '专题', '深度', '圈点', '申请入驻', '网易号', '切换',
  '满意度', '非常满意', '基本满意', '不太满意', '很不满意', '不做评价', '评价', '留言', '商务合作', '请致电', '了解更多', '欢迎光临', '网站', '门户网站',
  '无障碍', '关怀版', '关爱版', '长者版', 'English', '繁体', '简体', '版权所有', '举报电话', '备案', 'ICP',
];
const CHROME_RE = new RegExp([...CHROME_WORDS].sort((a, b) => b.length - a.length).map(escape).join('|'), 'g');

const SEPARATOR_RE = /[>＞»›|｜丨•●◆▪]|~~~|-{2,}|·{2,}/g;
const EDGE_SEPARATORS_RE = /^[\s>＞»›|｜丨•●◆▪]+|[\s>＞»›|｜丨•●◆▪]+$/g;
const ITEM_SPLIT_RE = /[\s>＞»›|｜丨•●◆▪~]+/;
/** Commas, full stops and semicolons, full-width and ASCII. */
const COMMAS = new Set([...'，。；,;'].map((c) => c.charCodeAt(0)));
const CJK_TEST_RE = /[\u4e00-\u9fa5]/;
const NUMERIC_RE = /^[\d\s:：\-/.|年月日时分秒星期周一二三四五六日天]+$/;
const MARKUP_RE = /!\[[^\]]*\]\(|\{\{|\}\}|\.(?:png|jpe?g|gif|webp|bmp)\b|https?:\/\/|www\.|Rank:\s*\d/i;
const BARE_LABEL_RE = /^[\u4e00-\u9fa5]{2,8}[：:]$/;
const SPAM_LABEL_RE = /^(?:最佳答案|相关问题|热门标签|标签|关键词|关键字|tags?)[：:]/i;
/** An e-paper's page header: "第07版：要闻", "第 3 版". */
const EPAPER_PAGE_RE = /^第\s*[0-9A-Z一二三四五六七八九十]{1,3}\s*版/;
const KEY_VALUE_RE = /^[\u4e00-\u9fa5]{2,6}[：:]\s*\S.{0,30}$/;
const META_LABEL_RE = /(?:来源|稿源|时间|日期|作者|点击|浏览|阅读|发布)[：:]/;
const DATED_ITEM_RE = /(?:\d{4}[-/.年]\d{1,2}[-/.月]\d{1,2}日?|\d{1,2}[-/]\d{1,2})(?:\s+\d{1,2}:\d{2})?\s*[）)\]】]?$/;

function escape(word: string): string {
  return word.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
}

function count(text: string, re: RegExp): number {
  re.lastIndex = 0;
  let n = 0;
  while (re.exec(text)) n++;
  return n;
}

const BLANK: LineFeatures = lineFeaturesOf('');

export function lineFeatures(plain: string): LineFeatures {
  return plain.trim() === '' ? BLANK : lineFeaturesOf(plain);
}

function lineFeaturesOf(plain: string): LineFeatures {
  const compact = plain.replace(/\s+/g, ' ').trim();
  const chars = compact.replace(/ /g, '').length;
  let cjk = 0;
  let commas = 0;
  for (let i = 0; i < compact.length; i++) {
    const code = compact.charCodeAt(i);
    if (code >= 0x4e00 && code <= 0x9fa5) cjk++;
    else if (COMMAS.has(code)) commas++;
  }
  const ends = endsSentence(compact) || /[!?]$/.test(compact);
  // A sentence's full stop, or a brief's bracketed sign-off after one.
  const fullStop = ends && /。[”’」』）》】)]*$|。\s*[（(][^（）()]{1,16}[）)]$/.test(compact);
  const plain_ = { chars, cjk, commas, ends, fullStop };
  // Running text needs no further look: most of a page is this, and chrome words cannot outvote it.
  if (cjk >= 40 && commas >= 2) {
    return { ...plain_, separators: 0, items: 1, shortItems: 0, chromeShare: 0, numeric: false, markup: false, bareLabel: false, spamLabel: false, datedItem: false, pageHeader: false, keyValue: false, meta: false, bare: false, newsroom: false };
  }
  let covered = 0;
  CHROME_RE.lastIndex = 0;
  for (let m = CHROME_RE.exec(compact); m; m = CHROME_RE.exec(compact)) covered += m[0].replace(/ /g, '').length;
  const items = compact.split(ITEM_SPLIT_RE).filter(Boolean);
  return {
    ...plain_,
    // Separators framing the line ("| 标题 |") are a table's border, not a menu's.
    separators: count(compact.replace(EDGE_SEPARATORS_RE, ''), SEPARATOR_RE),
    items: items.length,
    shortItems: items.filter((item) => item.length <= 4 && CJK_TEST_RE.test(item)).length,
    chromeShare: chars === 0 ? 0 : covered / chars,
    numeric: NUMERIC_RE.test(compact),
    markup: MARKUP_RE.test(compact),
    bareLabel: BARE_LABEL_RE.test(compact),
    spamLabel: SPAM_LABEL_RE.test(compact),
    datedItem: cjk >= 6 && cjk <= 40 && DATED_ITEM_RE.test(compact) && !/[，。；]/.test(compact),
    pageHeader: EPAPER_PAGE_RE.test(compact),
    newsroom: DATELINE_RE.test(compact) || BYLINE_RE.test(compact) || CREDIT_RE.test(compact) || CAPTION_CREDIT_RE.test(compact) || CONTINUED_FROM_RE.test(compact),
    keyValue: KEY_VALUE_RE.test(compact) && !/[，。；]/.test(compact),
    meta: META_LABEL_RE.test(compact),
    bare: chars > 0 && !/[\p{L}\p{N}]/u.test(compact),
  };
}

/** Running text: long enough and punctuated like sentences, or long whatever its marks. */
function isProse(f: LineFeatures): boolean {
  if (f.cjk >= 40 && f.commas >= 2) return true;
  if (f.markup) return false;
  // A full stop ends a sentence; tool bars and slogans end with nothing or with an exclamation.
  if (f.fullStop && f.cjk >= 4 && f.chromeShare < 0.5) return true;
  if (f.chromeShare >= 0.3) return false;
  // A short line with a comma but no sentence end is as often a wrapped menu item or headline.
  return (f.cjk >= 12 && f.commas >= 1 && (f.ends || f.cjk >= 30)) || (f.cjk >= 8 && f.ends && f.commas >= 1) || (f.cjk >= 50 && (f.commas >= 1 || f.ends));
}

/** The context-free verdict on one line. */
export function judgeLine(f: LineFeatures): LineClass {
  if (f.newsroom) return 'prose';
  if (f.spamLabel && !(f.cjk >= 40 && f.commas >= 2)) return 'chrome';
  if (isProse(f)) return 'prose';
  if (f.chars === 0) return 'neutral';
  if (f.numeric || f.markup || f.bareLabel || f.datedItem || f.pageHeader) return 'chrome';
  // No ideograph at all: "0", "|||", "Rank: 8", stray punctuation.
  if (f.cjk === 0) return 'chrome';
  if (f.separators >= 2 || (f.separators >= 1 && f.chromeShare > 0)) return 'chrome';
  // A menu: many short items and no sentence.
  if (f.items >= 4 && f.shortItems * 2 >= f.items && f.commas === 0) return 'chrome';
  // Short meta lines: "【网站名】 时间：… 来源：本站整理 【收藏本页".
  if (f.meta && f.cjk <= 40) return 'chrome';
  if (f.chromeShare >= 0.5) return 'chrome';
  return 'neutral';
}

/** An undecided line that still looks a little like chrome joins chrome next to chrome. */
function leansChrome(f: LineFeatures): boolean {
  return f.chromeShare > 0 || f.separators > 0 || f.cjk <= 2 || f.keyValue;
}

/** The context-free verdict on every line (blank lines are 'neutral'). */
export function judgeLines(features: LineFeatures[]): LineClass[] {
  return features.map((f) => (f.chars === 0 ? 'neutral' : judgeLine(f)));
}

/**
 * Decides each line from its features and its context-free verdict. `anchors` are line
 * indexes known to be story text (a headline found by its lead), which count as prose for
 * their neighbours. Returns one class per line; blank lines are 'neutral'.
 */
export function classifyBoilerplate(features: LineFeatures[], judged: LineClass[] = judgeLines(features), anchors: ReadonlySet<number> = new Set()): LineClass[] {
  const classes: LineClass[] = judged.map((c, i) => (anchors.has(i) ? 'prose' : c));
  return smooth(classes, features, features.map((f) => f.chars === 0 || f.bare));
}

/**
 * Runs of undecided lines between two chrome lines (or a chrome line and the page's edge)
 * are chrome; between prose they stay; between prose and chrome, those that lean to chrome go.
 */
function smooth(classes: LineClass[], features: LineFeatures[], blank: boolean[]): LineClass[] {
  const out = [...classes];
  let i = 0;
  while (i < out.length) {
    if (blank[i] || out[i] !== 'neutral') {
      i++;
      continue;
    }
    let j = i;
    while (j < out.length && (blank[j] || out[j] === 'neutral')) j++;
    const before = previousDecided(out, blank, i);
    const after = j < out.length ? out[j]! : 'chrome';
    for (let k = i; k < j; k++) {
      if (blank[k]) continue;
      if (before === 'chrome' && after === 'chrome') out[k] = 'chrome';
      else if ((before === 'chrome' || after === 'chrome') && leansChrome(features[k]!)) out[k] = 'chrome';
    }
    i = j;
  }
  return out;
}

function previousDecided(classes: LineClass[], blank: boolean[], at: number): LineClass {
  for (let k = at - 1; k >= 0; k--) if (!blank[k] && classes[k] !== 'neutral') return classes[k]!;
  return 'chrome';
}
