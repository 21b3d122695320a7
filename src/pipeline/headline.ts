/**
 * Finds a web page's headline: the line the page's prose is about. It sits above the lead,
 * shares words with it and is not chrome; copies of it (a `<title>`-like line, a breadcrumb's
 * last item, a second print of the h1) collapse into the one nearest the lead.
 */
import { lineFeatures, type LineClass, type LineFeatures } from './boilerplate.ts';
import { BYLINE_RE, CREDIT_RE, SUBTITLE_LINE, SUMMARY_RE } from './patterns.ts';
import { bigrams, containment, type Bigrams } from './similarity.ts';

export interface PageHeadline {
  /** Index of the headline line, or null when the page prints none. */
  at: number | null;
  /** Other lines that repeat the headline. */
  copies: number[];
  /** Length of a label printed before the headline on its line ("天工开物 | ", "标题："), 0 when none. */
  label: number;
  /** Index of the lead, the first line of prose; -1 when the page has none. */
  lead: number;
}

/** How far above the lead a headline may sit (web headers run to a few dozen lines). */
const HEADER_REACH = 60;
/** The lead: this many prose lines after the first one are what the headline must be about. */
const LEAD_LINES = 3;
const MIN_SCORE = 0.3;
/** Share of the headline's bigrams another line must hold to be a copy of it. */
const COPY_MATCH = 0.8;
const LONGEST = 64;

/** `features` and `classes` (the context-free verdicts) are those of `lines`, index for index. */
export function findHeadline(lines: string[], features: LineFeatures[], classes: LineClass[]): PageHeadline {
  const lead = lines.findIndex((plain, i) => classes[i] === 'prose' && isLead(plain, features[i]!));
  const none = { at: null, copies: [], label: 0, lead };
  if (lead < 0) return none;
  const leadGrams = bigrams(
    lines
      .slice(lead)
      .filter((plain, k) => plain.trim() !== '' && classes[lead + k] === 'prose')
      .slice(0, LEAD_LINES)
      .join('\n'),
  );

  const candidates: number[] = [];
  for (let i = Math.max(0, lead - HEADER_REACH); i < lead; i++) {
    if (classes[i] !== 'chrome' && isCandidate(lines[i]!, features[i]!)) candidates.push(i);
  }
  const grams = candidates.map((at) => bigrams(withoutLabel(lines[at]!)));
  let best: { at: number; score: number } | null = null;
  candidates.forEach((at, k) => {
    const own = grams[k]!;
    const rank = candidates.length - 1 - k; // 0 for the candidate nearest the lead
    const nearness = rank === 0 ? 0.2 : rank === 1 ? 0.1 : 0;
    // A headline printed twice in the header (a <title>-like line and the h1) is the headline.
    const repeated = grams.some((other, j) => j !== k && isCopy(own, other)) ? 0.3 : 0;
    // Short lines match a lead by chance: weigh the match by how much there is to match.
    const match = containment(own, leadGrams) * Math.min(1, own.size / 10);
    const score = match + nearness + repeated - features[at]!.chromeShare;
    if (score >= MIN_SCORE && (!best || score > best.score)) best = { at, score };
  });
  if (!best) return none;

  const chosen = (best as { at: number }).at;
  const headline = bigrams(withoutLabel(lines[chosen]!));
  const cluster = lines
    .map((_, i) => i)
    .filter((i) => i === chosen || (classes[i] !== 'prose' && isCandidate(lines[i]!, features[i]!) && isCopy(headline, bigrams(withoutLabel(lines[i]!)), i > lead)));
  // The copy printed right above the body is the page's own headline; the others are echoes.
  const above = cluster.filter((i) => i < lead);
  const at = above.length > 0 ? above[above.length - 1]! : chosen;
  return { at, copies: cluster.filter((i) => i !== at), label: labelLength(lines[at]!), lead };
}

/** "天工开物 | 标题", "《某报》头版报道 | 标题", "标题：某某": a column or form label, then the headline. */
const LABEL_RE = /^\s*(?:[^|｜丨]{1,12}?\s*[|｜丨]\s*|(?:发文)?(?:标题|题目)[：:]\s*)(?=\S)/;

function labelLength(plain: string): number {
  const m = /[|｜丨：:]/.test(plain) ? LABEL_RE.exec(plain) : null;
  if (!m) return 0;
  const rest = plain.slice(m[0].length);
  return lineFeatures(rest).cjk >= 6 ? m[0].length : 0;
}

function withoutLabel(plain: string): string {
  return plain.slice(labelLength(plain));
}

function isLead(plain: string, f: LineFeatures): boolean {
  const text = plain.trim();
  // A summary over the story restates the lead; the lead is what follows it.
  return f.cjk >= 15 && f.commas >= 1 && !BYLINE_RE.test(text) && !CREDIT_RE.test(text) && !SUMMARY_RE.test(text);
}

function isCandidate(plain: string, f: LineFeatures): boolean {
  const text = plain.trim();
  if (f.cjk < 4 || f.newsroom || text.length > LONGEST * 2 || /[。；]/.test(text) || withoutLabel(text).length > LONGEST) return false;
  return !SUBTITLE_LINE.test(text);
}

/**
 * One line repeats the other when it holds nearly all of the headline's bigrams, or (in the
 * header only) when it is most of the headline: a cut `<title>` or a breadcrumb's last item.
 */
function isCopy(headline: Bigrams, other: Bigrams, wholeOnly = false): boolean {
  if (headline.size < 6 || other.size < 4) return false;
  if (containment(headline, other) >= COPY_MATCH) return true;
  return !wholeOnly && other.size * 2 >= headline.size && containment(other, headline) >= COPY_MATCH;
}
