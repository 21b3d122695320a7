/**
 * Named people: officials and interviewees, found where the text anchors a
 * name (a title before it, a verb of speech after it, a list of names, an
 * honours list), then counted wherever the article repeats it. Reporters,
 * photographers and editors are not people of the story.
 */
import type { Counts } from './counts.ts';
import type { ReadSection } from './read.ts';
import { compareStrings } from '../../lib/compare.ts';

interface PersonContext {
  /** Spans that are names of something else (organisations, places, projects): no person inside. */
  blocked: (start: number, end: number) => boolean;
}

// Common surnames (single and compound); a name is one of them plus one or two characters.
const SINGLE_SURNAMES = new Set([
  ...'王李张刘陈杨黄赵吴周徐孙马朱胡郭何高林罗郑梁谢宋唐许韩冯邓曹彭曾肖田董袁潘于蒋蔡余杜叶程苏魏吕丁任沈姚卢姜崔钟谭陆汪范金石廖贾夏韦付方白邹孟熊秦邱江尹薛闫段雷侯龙史陶黎贺顾毛郝龚邵万钱严覃武戴莫孔向汤常温康施文牛樊葛邢安齐易乔伍庞颜倪庄聂章鲁岳翟殷詹申欧耿关兰焦俞左柳甘祝包宁尚符舒阮柯纪梅童凌毕单季裴霍涂成苗谷盛曲翁冉骆蓝路游辛靳管柴蒙鲍华喻祁蒲房滕屈饶解牟艾尤阳时穆农司卓古吉缪简车项连芦麦褚娄窦戚岑景党宫费卜冷晏席卫米柏宗瞿桂全佟应臧闵苟邬边卞姬师和仇栾隋商刁沙荣巫寇桑郎甄丛仲虞敖巩明佘池查麻苑迟邝官封谈匡鞠惠荆乐冀郁胥南班储原栗燕楚鄢劳谌奚皮粟冼蔺楼盘满闻位厉伊仝区郜海阚花权强帅屠豆朴盖练廉禹井祖漆巴丰支卿国狄平计索宣晋相初门云容敬来扈晁芮都普阙浦戈伏鹿薄邸雍辜羊阿乌母裘亓修邰赫杭况那宿鲜印逯隆茹诸战慕危玉银亢嵇公哈湛宾戎勾茅利於呼居揭干但尉冶斯元束檀衣信展阴昝智幸奉植衡富尧闭由沐',
]);
const COMPOUND_SURNAMES = ['欧阳', '司马', '上官', '诸葛', '东方', '皇甫', '尉迟', '公孙', '慕容', '令狐', '夏侯', '长孙', '宇文', '司徒', '端木', '独孤', '南宫', '西门', '轩辕'];

/** What a compound surname can start with: most characters start none, and are asked about at every position. */
const COMPOUND_FIRST = new Set(COMPOUND_SURNAMES.map((s) => s[0]!));

/** Titles written right before a name (longest first). */
const TITLES = [
  '市委书记', '市委副书记', '区委书记', '区委副书记', '县委书记', '党委书记', '党委副书记', '党组书记', '党工委书记', '纪委书记', '监委主任',
  '总书记', '书记', '副书记', '市长', '副市长', '区长', '副区长', '县长', '副县长', '省长', '副省长', '镇长', '村长',
  '主任委员', '副主任委员', '主任工程师', '总工程师', '工程师', '主任', '副主任', '董事长', '副董事长', '总经理', '副总经理', '总裁', '副总裁',
  '首席执行官', '首席科学家', '创始人', '联合创始人', '院长', '副院长', '所长', '副所长', '校长', '副校长', '局长', '副局长', '厅长', '副厅长',
  '处长', '副处长', '科长', '部长', '副部长', '组长', '副组长', '秘书长', '副秘书长', '主席', '副主席', '会长', '副会长', '理事长', '副理事长',
  '巡视员', '一级巡视员', '二级巡视员', '调研员', '院士', '教授', '研究员', '副研究员', '博士', '负责人', '总监', '经理', '站长', '馆长', '队长',
  '社长', '总编辑', '主编', '行长', '副行长', '专家', '主持人', '代表', '委员', '常委', '获得者', '选手', '运动员', '教练', '医生', '护士长',
].sort((a, b) => b.length - a.length);

/** What may follow a name: speech, action, punctuation. */
const FOLLOW =
  /^(?:表示|强调|指出|说|认为|介绍|告诉|等|参加|出席|主持|宣布|荣获|获得|带领|积极|涉嫌|接受|来到|前往|同志|一行|率队|率领|先生|女士|和|与|及|、|，|,|。|：|:|“|"|\(|（|在|的|作|围绕|就|对|为|也|还|是|代表|调研|讲话|致辞|发言|提出|要求|希望|透露|坦言|感慨|称|向|到|赴|深入|察看|考察|会见|听取|指导|主讲|分享|解读|回答|答|收获|\s|$)/;

/** Verbs of speech that anchor a name at the start of a clause (陈敏尔强调). */
const SPEECH = /^(?:表示|强调|指出|认为|介绍|说[:：，,“"]|接受纪律审查|涉嫌)/;

/** Where the text credits its own staff: names after these are not people of the story. */
const STAFF = /(?:记者|见习记者|通讯员|编辑|责任编辑|责编|摄影|摄|实习生|撰稿)[\s:：]*$/;

const CJK = /^[\u4e00-\u9fff]$/;

interface PersonMention {
  name: string;
  start: number;
  end: number;
}

/** Names anchored in `texts` (one article's sections), in order of first appearance. */
function findPeople(texts: readonly string[], contexts: readonly PersonContext[]): string[] {
  const found: string[] = [];
  const known = new Set<string>();
  const add = (name: string): void => {
    if (!known.has(name)) {
      known.add(name);
      found.push(name);
    }
  };
  // Two passes: names anchored anywhere let the second pass read lists that mention them.
  for (let pass = 0; pass < 2; pass++) {
    texts.forEach((text, t) => {
      const ctx = contexts[t]!;
      for (const m of anchoredNames(text, known)) {
        if (!ctx.blocked(m.start, m.end) && !isStaff(text, m.start)) add(m.name);
      }
      for (const m of listedNames(text, known)) {
        if (!ctx.blocked(m.start, m.end) && !isStaff(text, m.start)) add(m.name);
      }
    });
  }
  return found;
}

/** Every mention of the given names in a text, skipping staff credits and blocked spans. */
function countPeople(names: readonly string[], text: string, ctx: PersonContext): Map<string, number> {
  const counts = new Map<string, number>();
  // Longest names first, so 王浩然 is not also counted as 王浩.
  const sorted = [...names].sort((a, b) => b.length - a.length || compareStrings(a, b));
  const taken: [number, number][] = [];
  for (const name of sorted) {
    for (let i = text.indexOf(name); i >= 0; i = text.indexOf(name, i + name.length)) {
      const end = i + name.length;
      if (taken.some(([s, e]) => i < e && end > s)) continue;
      if (ctx.blocked(i, end) || isStaff(text, i)) continue;
      taken.push([i, end]);
      counts.set(name, (counts.get(name) ?? 0) + 1);
    }
  }
  return counts;
}

/** Names the text credits as its own staff (记者 于春津 刘国栋): kept out of people and keywords. */
export function staffNames(text: string): string[] {
  const out: string[] = [];
  const credit = /(?:记者|见习记者|通讯员|编辑|责任编辑|摄影)[\s:：]*((?:[\u4e00-\u9fff]{2,3}[\s、]*){1,4})/g;
  for (let m = credit.exec(text); m !== null; m = credit.exec(text)) {
    for (const name of m[1]!.split(/[\s、]+/)) if (name.length >= 2 && surnameLength(name, 0) > 0) out.push(name);
  }
  return out;
}

function isStaff(text: string, start: number): boolean {
  const before = text.slice(Math.max(0, start - 12), start);
  if (STAFF.test(before)) return true;
  // "本报讯(记者 于春津 刘国栋)": every name inside the dateline's brackets.
  const open = before.lastIndexOf('(');
  return open >= 0 && !before.slice(open).includes(')') && /记者|通讯员/.test(before.slice(open));
}

function surnameLength(text: string, at: number): number {
  if (COMPOUND_FIRST.has(text[at] ?? '') && COMPOUND_SURNAMES.some((s) => text.startsWith(s, at))) return 2;
  return SINGLE_SURNAMES.has(text[at] ?? '') ? 1 : 0;
}

/** The name starting at `at`, if the text around it reads like one. */
function nameAt(text: string, at: number, known: ReadonlySet<string>): string | null {
  for (const name of known) if (text.startsWith(name, at)) return name;
  const sur = surnameLength(text, at);
  if (sur === 0) return null;
  const two = sur + 1;
  const three = sur + 2;
  if (!isCjkRun(text, at, two)) return null;
  if (FOLLOW.test(text.slice(at + two, at + two + 6))) return text.slice(at, at + two);
  if (isCjkRun(text, at, three) && FOLLOW.test(text.slice(at + three, at + three + 6))) return text.slice(at, at + three);
  return null;
}

function isCjkRun(text: string, at: number, length: number): boolean {
  if (at + length > text.length) return false;
  for (let i = at; i < at + length; i++) if (!CJK.test(text[i]!)) return false;
  return true;
}

const TITLE_RE = new RegExp(`(?:${TITLES.join('|')})(?:\\(兼\\))?`, 'g');
const SPEECH_RE = new RegExp(SPEECH.source.slice(1), 'g');
const CLAUSE_START = /[，。；：！？“”、,;:!?\s)]/;

function anchoredNames(text: string, known: ReadonlySet<string>): PersonMention[] {
  const out: PersonMention[] = [];
  // After a title: 市委书记陈敏尔, 主任(兼)王洪海.
  TITLE_RE.lastIndex = 0;
  for (let m = TITLE_RE.exec(text); m !== null; m = TITLE_RE.exec(text)) {
    const at = m.index + m[0].length;
    const name = nameAt(text, at, known);
    if (name) out.push({ name, start: at, end: at + name.length });
  }
  // Before a verb of speech at the start of a clause: 王常松指出.
  SPEECH_RE.lastIndex = 0;
  for (let m = SPEECH_RE.exec(text); m !== null; m = SPEECH_RE.exec(text)) {
    for (const len of [2, 3, 4]) {
      const start = m.index - len;
      if (start < 0) break;
      if (start > 0 && !CLAUSE_START.test(text[start - 1]!)) continue;
      const sur = surnameLength(text, start);
      if (sur === 0 || len - sur < 1 || len - sur > 2 || !isCjkRun(text, start, len)) continue;
      out.push({ name: text.slice(start, m.index), start, end: m.index });
      break;
    }
  }
  return out;
}

/** What ends a clause of a list: a list's names never run across it. */
const CLAUSE_END = /[，。；：！？,;:!?\s“”"()]/;

/**
 * Names in lists: 何国模、杜志荣、孔祥瑞、王希萍、王辅成等 (three or more, ending in 等),
 * 陈敏尔、张工 (one of them already known), 卞文利等60名同志 (an honours list).
 */
function listedNames(text: string, known: ReadonlySet<string>): PersonMention[] {
  const out: PersonMention[] = [];
  // Only the clauses with a 、 in them: found from each 、 outwards instead of matching every clause of the text.
  for (let mark = text.indexOf('、'); mark >= 0; ) {
    let start = mark;
    while (start > 0 && !CLAUSE_END.test(text[start - 1]!)) start--;
    let end = mark + 1;
    while (end < text.length && !CLAUSE_END.test(text[end]!)) end++;
    mark = text.indexOf('、', end);
    const items = listItems(text.slice(start, end), start, known);
    if (!items) continue;
    const last = items[items.length - 1]!;
    const anyKnown = items.some((it) => known.has(it.name));
    if ((items.length >= 3 && text.startsWith('等', last.end)) || anyKnown) out.push(...items);
  }
  const honours = /等\d+名(?:同志|个人|青年|代表)/g;
  for (let m = honours.exec(text); m !== null; m = honours.exec(text)) {
    const name = tailName(text.slice(Math.max(0, m.index - 4), m.index), known);
    if (name) out.push({ name, start: m.index - name.length, end: m.index });
  }
  return out;
}

/** The items of a list clause if every one reads as a name, else null. */
function listItems(clause: string, offset: number, known: ReadonlySet<string>): PersonMention[] | null {
  const parts = clause.split('、');
  const items: PersonMention[] = [];
  let at = offset;
  for (let k = 0; k < parts.length; k++) {
    const part = parts[k]!;
    let name: string | null;
    let start = at;
    if (k === 0) {
      name = tailName(part, known);
      if (name) start = at + part.length - name.length;
    } else if (k === parts.length - 1) {
      name = nameAt(part, 0, known);
    } else {
      name = part.length >= 2 && part.length <= 3 && surnameLength(part, 0) > 0 ? part : known.has(part) ? part : null;
    }
    if (!name) return null;
    items.push({ name, start, end: start + name.length });
    at += part.length + 1;
  }
  return items;
}

/** A name that ends `text`: a known one, else three characters after a surname, else two. */
function tailName(text: string, known: ReadonlySet<string>): string | null {
  for (const name of known) if (text.endsWith(name)) return name;
  if (text.length <= 3 && text.length >= 2 && surnameLength(text, 0) > 0) return text;
  for (const len of [3, 2]) {
    if (text.length < len) continue;
    const start = text.length - len;
    if (isCjkRun(text, start, len) && surnameLength(text, start) > 0) return text.slice(start);
  }
  return null;
}

/**
 * The people an article names: names anchored anywhere in it (never inside a name of
 * something else, never a short name it defines for an organisation), counted wherever it
 * repeats them.
 */
export function getPeople(read: readonly ReadSection[], shortNames: ReadonlyMap<string, string>): Counts {
  const contexts: PersonContext[] = read.map(({ names, orgs, knownOrgs }) => {
    const blockedSpans = [...names, ...orgs, ...knownOrgs];
    return { blocked: (start, end) => blockedSpans.some((s) => start < s.end && end > s.start) };
  });
  const people = findPeople(
    read.map((r) => r.section.text),
    contexts,
  ).filter((name) => !shortNames.has(name));
  const counts: Counts = new Map();
  read.forEach((r, i) => {
    for (const [name, n] of countPeople(people, r.section.text, contexts[i]!)) counts.set(name, (counts.get(name) ?? 0) + n);
  });
  return counts;
}
