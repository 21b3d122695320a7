/**
 * What the fact extractors read: an article's paragraphs with the project
 * names the tagger found in them, and the sentence and clause boundaries
 * around any offset.
 */

export interface ProjectSpan {
  start: number;
  /** Exclusive. */
  end: number;
  /** Canonical project name. */
  name: string;
  /** Parks host other projects: when a sentence names both, the money and milestones belong to the project. */
  host: boolean;
  /** The project's own industries (from the taxonomy). */
  industries?: string[];
}

/** An industry signal in the text (商业航天), with the industries it stands for (商业航天, 航空航天). */
export interface IndustrySpan {
  start: number;
  end: number;
  names: string[];
}

export interface FactParagraph {
  /** Folded Simplified text: what the patterns match. */
  text: string;
  /** Same length as `text`: what phrases are quoted from. */
  display: string;
  projects: ProjectSpan[];
  /** Every name in the paragraph (places, projects, organisations): no milestone word inside one (天开园 is not 开园). */
  names: Range[];
  /** Industry signals outside names. */
  industries?: IndustrySpan[];
  /** Organisations named in the paragraph: an amount with no project may measure one. */
  organizations?: OrgMention[];
}

const SENTENCE_END = /[。！？；!?;]/;
const CLAUSE_END = /[，。！？；,!?;：:]/;

export interface Range {
  start: number;
  end: number;
}

/** The run of `text` around `at` up to and including the next `boundary` character. */
export function rangeAround(text: string, at: number, boundary: RegExp): Range {
  let start = at;
  while (start > 0 && !boundary.test(text[start - 1]!)) start--;
  let end = at;
  while (end < text.length && !boundary.test(text[end]!)) end++;
  if (end < text.length) end++;
  return { start, end };
}

export const sentenceAt = (text: string, at: number): Range => rangeAround(text, at, SENTENCE_END);
export const clauseAt = (text: string, at: number): Range => rangeAround(text, at, CLAUSE_END);

/** The phrase to quote for a fact at `at`: its sentence, or when that is long, the clause with the one before it. */
export function phraseAt(p: FactParagraph, at: number, max = 90): string {
  const sentence = sentenceAt(p.text, at);
  if (sentence.end - sentence.start <= max) return p.display.slice(sentence.start, sentence.end).trim();
  const clause = clauseAt(p.text, at);
  const before = clause.start > sentence.start ? clauseAt(p.text, clause.start - 1).start : clause.start;
  return p.display.slice(Math.max(before, sentence.start), clause.end).trim();
}

/**
 * A sentence that refers back to a project it does not name: 该项目…, 项目建成后…,
 * 这座…生产基地建成后 (a description may stand between the demonstrative and the noun).
 */
const ANAPHOR = /(?:该|这个|此|这一|这座|这处)[^，。；,;！？]{0,30}?(?:项目|基地|园区|产业园|工厂)|(?:^|[，。；,;])\s*(?:项目|基地|园区)(?!数量|总数|个数)/;
/** …and one that refers back to a company: 公司实现产值…, 2023年该企业…. */
const COMPANY_ANAPHOR = /(?:^|[，。；,;])\s*(?:\d+年(?:\d+月)?|今年|去年|目前|届时)?(?:该|这家|此)?(?:公司|企业)(?!数量|总数)/;
/** A clause that lists projects: what stands before 等项目 in it is an item of the list. */
const LIST_ITEM = /等(?:\d+(?:余|多)?[个项])?[^，。；,;、]{0,6}项目/;
/** Projects or companies entering the park a clause refers back to: 入驻园区, 落户该园区. */
const INTO_PARK = /(?:入驻|进驻|落户|落地)(?:于|到|在)?(?:该|本)?(?:园区|产业园|基地)/;
/** A number of projects or a list of them (287个重大项目, …等项目, 这批项目, 均): no single project is the subject. */
const COLLECTIVE = new RegExp(`\\d+(?:余|多)?[个项][^，。；,;]{0,6}项目|${LIST_ITEM.source}|这批项目|这些项目|一批[^，。；,;]{0,6}项目|[^平]均(?:达|超|在|为)`);
/** Amounts that measure a place, not a project or a company: 地区生产总值, 全区规模以上工业总产值. */
const REGION = /全区|全市|全县|全镇|全省|全国|地区生产总值|生产总值|GDP|一般公共预算|规模以上工业|规上工业/;

/** An organisation the text names, with the name its tags show. */
export interface OrgMention {
  start: number;
  end: number;
  name: string;
  company: boolean;
}

/** What an amount or milestone belongs to: a project, else an organisation, else nothing. */
export interface Subject {
  project: string | null;
  organization: string | null;
}

/**
 * What is looked for. An amount may measure a project, a company or a place, and a
 * list of projects shares it (…等项目总投资…); a milestone is a project's, and every
 * project of a list reaches it.
 */
export type FactKind = 'amount' | 'milestone';

/**
 * The subject of a fact at `at` in paragraph `index`: the project its clause names,
 * else the one its sentence names (a project over the park that hosts it; none when the
 * sentence names several "分别", or counts or lists projects, 287个重大项目, …等项目,
 * where only a park that hosts them may be the subject), else, when the sentence
 * refers back (该项目), the last project named before it in the article. Without a
 * project, an amount may measure an organisation: the one its clause names, the one
 * its sentence names, or the company 公司 refers back to. An amount of a place
 * (全区…总产值, 地区生产总值) has neither.
 */
export function subjectFor(paragraphs: readonly FactParagraph[], index: number, at: number, fact: FactKind): Subject {
  const p = paragraphs[index]!;
  const clause = clauseAt(p.text, at);
  const sentence = sentenceAt(p.text, at);
  // What the sentence says up to the end of the fact's clause: later clauses do not change its subject.
  const upTo = p.text.slice(sentence.start, clause.end);
  const none: Subject = { project: null, organization: null };
  if (fact === 'amount' && REGION.test(p.text.slice(clause.start, at))) return none;

  const collective = COLLECTIVE.test(upTo);
  const inClause = p.projects.filter((s) => s.start >= clause.start && s.end <= clause.end);
  const inSentence = p.projects.filter((s) => s.start >= sentence.start && s.end <= sentence.end);
  if (collective && fact === 'amount') {
    // The projects of a count or a list are examples; the park that hosts them is the subject,
    // unless it only qualifies an item of the list (…、滨海高新区某某园配套设施等项目).
    const hosts = inSentence.filter((s) => s.host && !LIST_ITEM.test(p.text.slice(s.end, clauseAt(p.text, s.start).end)));
    return { project: nearest(hosts, at), organization: null };
  }
  const pick = nearest(inClause, at);
  if (pick) return { project: pick, organization: null };
  // The clause's own list of projects, none of them known (甲、乙等项目开工), is its subject, unless
  // they enter the park it refers back to (甲、乙等项目入驻园区).
  const clauseText = p.text.slice(clause.start, clause.end);
  const entrants = INTO_PARK.test(clauseText);
  if (LIST_ITEM.test(clauseText) && !entrants) return none;

  const distinct = new Set(inSentence.map((s) => s.name));
  if (distinct.size > 1 && p.text.slice(sentence.start, sentence.end).includes('分别')) return none;
  const fromSentence = nearest(inSentence, at);
  if (fromSentence) return { project: fromSentence, organization: null };

  // A count of projects is no reference back to one of them.
  if (collective && !entrants) return none;
  if (fact === 'amount') {
    const org = organizationFor(paragraphs, index, at, clause, sentence, upTo);
    if (org) return { project: null, organization: org };
  }

  const anaphor = ANAPHOR.exec(upTo);
  if (!anaphor) {
    // A milestone without a subject of its own continues its paragraph's project (另外两条产线也将投产).
    const earlier = fact === 'milestone' ? p.projects.filter((s) => s.end <= sentence.start) : [];
    return earlier.length > 0 ? { project: earlier[earlier.length - 1]!.name, organization: null } : none;
  }
  // 该项目 is a project, never the park that hosted the one it refers to; 该园区 may be a park.
  const parkWord = /园区|产业园|基地$/.test(anaphor[0]);
  for (let i = index; i >= 0; i--) {
    const named = paragraphs[i]!.projects.filter((s) => i < index || s.end <= sentence.start);
    if (named.length === 0) continue;
    const last = named[named.length - 1]!;
    return { project: last.host && !parkWord ? null : last.name, organization: null };
  }
  return none;
}

/** The project of a fact (see subjectFor). */
export function projectFor(paragraphs: readonly FactParagraph[], index: number, at: number, fact: FactKind): string | null {
  return subjectFor(paragraphs, index, at, fact).project;
}

/** The organisation a clause names (nearest before `at`), else the one its sentence names, else the company 公司 refers back to. */
function organizationFor(paragraphs: readonly FactParagraph[], index: number, at: number, clause: Range, sentence: Range, upTo: string): string | null {
  const p = paragraphs[index]!;
  const orgs = p.organizations ?? [];
  const inClause = orgs.filter((o) => o.start >= clause.start && o.end <= clause.end);
  const before = inClause.filter((o) => o.end <= at);
  if (before.length > 0) return before[before.length - 1]!.name;
  if (inClause.length > 0) return inClause[0]!.name;
  const inSentence = orgs.filter((o) => o.start >= sentence.start && o.end <= at);
  // Two organisations earlier in the sentence (A与B签约): neither alone is what the amount measures.
  if (new Set(inSentence.map((o) => o.name)).size === 1) return inSentence[0]!.name;
  if (inSentence.length > 0) return null;
  if (!COMPANY_ANAPHOR.test(upTo)) return null;
  for (let i = index; i >= 0; i--) {
    const named = (paragraphs[i]!.organizations ?? []).filter((o) => o.company && (i < index || o.end <= sentence.start));
    if (named.length > 0) return named[named.length - 1]!.name;
  }
  return null;
}

/** Prefer projects over the parks that host them; then the nearest before `at`, else the first after. */
function nearest(spans: readonly ProjectSpan[], at: number): string | null {
  if (spans.length === 0) return null;
  const own = spans.filter((s) => !s.host);
  const pool = own.length > 0 ? own : spans;
  const before = pool.filter((s) => s.end <= at);
  if (before.length > 0) return before[before.length - 1]!.name;
  return pool[0]!.name;
}

/**
 * The industries an amount at `at` is about: the signals of its own clause, else, when its
 * sentence holds no other amount (a sentence listing several amounts gives each its own
 * subject) and the amount is not a place's, those of the sentence's first signal before it
 * (its topic: 智能汽车涉及…, not the technologies listed after it) or else of the first
 * one after it that is named as an industry (…智能网联汽车产业); and the
 * industries of the project it belongs to.
 */
export function industriesFor(p: FactParagraph, at: number, amounts: readonly number[], project: string | null): string[] {
  const signals = p.industries ?? [];
  const inside = (r: Range) => signals.filter((s) => s.start >= r.start && s.end <= r.end).flatMap((s) => s.names);
  const clause = clauseAt(p.text, at);
  let names = inside(clause);
  if (names.length === 0 && !REGION.test(p.text.slice(clause.start, at))) {
    const sentence = sentenceAt(p.text, at);
    const alone = amounts.filter((a) => a >= sentence.start && a < sentence.end).length === 1;
    // The sentence's first signal is its topic; what it lists after (涉及…、人工智能等领域) is not what the amount measures.
    // After the amount, only an industry named as one (形成…智能网联汽车产业发展生态), not a technology (车载人工智能安全基准).
    const first =
      signals.find((s) => s.start >= sentence.start && s.end <= at) ??
      signals.find((s) => s.start > at && s.end <= sentence.end && /^(?:产业|行业)/.test(p.text.slice(s.end, s.end + 2)));
    if (alone && first) names = first.names;
  }
  const own = project === null ? [] : (p.projects.find((s) => s.name === project)?.industries ?? []);
  return [...new Set([...names, ...own])].sort();
}
