/**
 * Newsroom patterns shared by the structural stages. They match the Simplified
 * `plain` view of a line, so Traditional sources need no second copy.
 */

/** Characters that can end a sentence (a closing quote or bracket may follow them). */
const TERMINAL = '。！？…；';
const CLOSERS = '”’」』）》】';

const SIGN_OFF_RE = /[。！？]\s*[（(][^（）()]{1,16}[）)]$/;

/** true when a paragraph ends where a sentence ends, i.e. it was not cut by a column break. */
export function endsSentence(text: string): boolean {
  let end = text.length - 1;
  while (end >= 0 && CLOSERS.includes(text[end]!)) end--;
  if (end < 0) return false;
  const last = text[end]!;
  if (TERMINAL.includes(last)) return true;
  // A brief signed off in brackets after its last sentence: "……正式开通。（王五）".
  if (SIGN_OFF_RE.test(text)) return true;
  // A quotation that closes a paragraph without its own full stop, e.g. …“实验室样品”。 is handled above;
  // a bare closing quote after a colon-introduced quote (表示：“……”) is complete as well.
  return end < text.length - 1 && /[：:]“/.test(text) && text.endsWith('”');
}

/** Roles printed before reporters' names in bylines and datelines. */
export const ROLE =
  '(?:本报记者|本报通讯员|特约记者|摄影记者|见习记者|实习记者|通讯员|实习生|记者)';

const NAME = '[\\u4e00-\\u9fa5·]{2,4}';
const NAMES = `${NAME}(?:[ 、，]+${NAME})*`;

/** A byline standing alone: "记者 李梅旭 见习记者 苗娜", "■ 本报记者 张清", "（中国日报天津记者站 杨成）". */
export const BYLINE_RE = new RegExp(
  // An e-paper byline may print the first reporter without a role: "王五 通讯员 赵六".
  `^(?:■\\s*)?(?:${NAME}\\s+(?=${ROLE}))?(?:${ROLE}[：:]?\\s*${NAMES}\\s*)+$` +
    `|^（[^（）]{0,20}(?:记者站|记者|通讯员)\\s*${NAMES}）$` +
    `|^[（(]?(?:文|文字|撰文)[/／](?:图)?\\s*${ROLE}?\\s*${NAMES}[）)]?$`,
);

/** A photo credit: "记者 周伟 摄", "图片由中新天津生态城提供", "新华社记者 李四 摄". */
export const CREDIT_RE = new RegExp(
  `^(?:[\\u4e00-\\u9fa5]{0,6}${ROLE}\\s*${NAMES}\\s*摄$)` +
    `|^[（(]?(?:图片?|照片|视频)(?:由|为).{2,40}提供[）)]?$` +
    `|^(?:图|摄影|图片|图片来源|供图)[：:]\\s*.{2,40}$` +
    `|^(?:${NAMES}\\s*摄)$` +
    `|^(?:资料图片|新华社发|本报资料图片)$`,
);

/** A photo caption that ends with its credit: "……集装箱码头。 记者 李四 摄", "……现场。（新华社记者 王五 摄）". */
export const CAPTION_CREDIT_RE = new RegExp(`(?:[。）)]\\s*[（(]?|[（(])[\\u4e00-\\u9fa5]{0,6}${ROLE}?\\s*${NAMES}\\s*[/／]?\\s*摄[）)]?$`);

/** The agencies and sites that file wire datelines, by name. */
export const AGENCY_NAMES = '新华社|中新社|中新网|人民网|央视网|中国日报网|津云';

/** Who files a wire dateline: the agencies by name, or any 社/网/台 with an optional channel. */
const AGENCY = `(?:${AGENCY_NAMES}|[\\u4e00-\\u9fa5]{2,6}(?:社|网|台))(?:·[\\u4e00-\\u9fa5]{2,8})?`;

/** A dateline or byline of the home paper itself: 本报讯, 本报记者, 本报天津4月28日电. */
export const HOME_PAPER_RE = /^[【\[]?本报/;

/** Wire-style leads that open a story: 本报讯(记者…), 新华社天津8月25日电(记者…), 中新网天津1月29日电. */
export const DATELINE_RE = new RegExp(
  // A site may print the dateline in brackets: "【新华社天津3月5日电（记者 张三）】".
  '^[【\\[]?(?:本报讯|本报[\\u4e00-\\u9fa5]{2,8}\\d{1,2}月\\d{1,2}日电|' +
    // An agency, a site or a station (with its channel: 人民网·天津视窗), a place, the day: 中评社北京2月12日电, 央广网天津11月8日消息.
    `${AGENCY}[\\u4e00-\\u9fa5]{0,8}\\d{1,2}月\\d{1,2}日(?:电|消息)|` +
    // A site's own report: 天津北方网讯, 中国网·滨海高新讯.
    '[\\u4e00-\\u9fa5]{1,8}网(?:·[\\u4e00-\\u9fa5]{2,8})?讯)' +
    '(?:\\s*（[^（）]{0,40}）)?[】\\]]?\\s*[：:／/]?\\s*',
);

/** A summary a site prints over the story: "内容提要：" and the lead again (or its start). */
export const SUMMARY_RE = /^(?:内容提要|核心提示|内容摘要|摘要|导读|提要)[：:]\s*/;

/** A page number as jump marks print it: 2, 二, 十二, A2. */
const JUMP_PAGE = '第?[A-Za-z]?[0-9一二三四五六七八九十]{1,3}版';
/**
 * Continuation markers printed at the start or end of a story jump, in the forms papers use:
 * （上接第1版） （接第1版） （紧接1版）; （下转第2版） （转第2版） （紧转A2版）. Matched in Simplified.
 */
export const CONTINUED_FROM_RE = new RegExp(`^[（(](?:上|紧)?接${JUMP_PAGE}[）)]\\s*`);
export const CONTINUED_TO_RE = new RegExp(`\\s*[（(](?:下|紧)?转${JUMP_PAGE}[）)]$`);

/** Column labels printed beside headlines. Editors extend this list. */
export const COLUMN_LABELS = new Set([
  '新闻发布厅',
  '津云快评',
  '今晚评论',
  '本报评论员',
  '评论员文章',
  '今日关注',
  '图片新闻',
  '新闻速递',
  '短评',
  '快评',
  '时评',
  '视点',
  '民生',
  '要闻',
]);

/** Verbs that end a kicker (引题) announcing what a leader said. */
export const SPEECH_VERB_END = /(?:强调|指出|表示|要求|寄语|致信|批示|提出)$/;

/** Verbs that end a factual main title ("…仪式举行"). */
export const EVENT_VERB_END =
  /(?:举行|举办|召开|开幕|闭幕|开工|揭牌|签约|落地|公布|揭晓|启动|发布|上榜|竣工|投产|开园|成立|亮相|落户|开通|通车|获批|出炉)$/;

/** A short deck line printed below the title: "刘桂平参加". */
export const SUBTITLE_LINE = /^(?:——|—|－－).+|^[\u4e00-\u9fa5、]{2,12}(?:参加|出席|陪同|主持|参观|会见)$/;

/** Official titles that may end the first line of a headline broken over two lines. */
export const JOB_TITLE_END =
  /(?:主任委员|委员|主任|书记|局长|市长|区长|主席|部长|院长|董事长|总经理|厅长|校长|副市长|秘书长)$/;
