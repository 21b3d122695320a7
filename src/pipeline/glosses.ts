/**
 * Inline pinyin glosses that mirror sites insert after characters when they
 * machine-convert a page: 中宏網(wǎng), 區(qū), 天津(tiānjīn), 臨海(hai)(hai)新城.
 * They split names (天開(kāi)園 is not 天開園 to a matcher), so the normalise stage
 * takes them out of the text and keeps them as furniture.
 */

/** One gloss run found in a line: where it stands and what it says ("(kāi)", "(hai)(hai)"). */
export interface Gloss {
  index: number;
  text: string;
}

/** A bracketed run of Latin letters (tone marks included) directly after a character. */
const BRACKETED = /[(（]([A-Za-zÀ-ɏǀ-ǜḀ-ỿ]{1,24})[)）]/g;
const TONE_MARK = /[āáǎàēéěèīíǐìōóǒòūúǔùǖǘǚǜńňǹḿ]/;
/**
 * One or more pinyin syllables, written without tone marks (ü as ü or v). The finals
 * are ordered longest first so the alternation prefers "iang" to "i"+"a"+"ng".
 */
const SYLLABLES =
  /^(?:(?:zh|ch|sh|[bpmfdtnlgkhjqxrzcsyw])?(?:iang|iong|uang|ueng|ang|eng|ing|ong|ian|iao|uai|uan|üan|van|ai|ei|ao|ou|an|en|er|ia|ie|iu|in|ua|uo|ui|un|üe|ve|ün|vn|ue|a|o|e|i|u|ü|v)|ng|n|m)+$/;
/**
 * Toneless glosses ((hai), (qu)) look like short English words in brackets, so they
 * count only on a text that carries at least this many glosses: mirror sites gloss
 * systematically, prose brackets a Latin word now and then.
 */
const TONELESS_MIN = 3;

/** Whether a bracketed word reads as pinyin, and whether it carries a tone mark. */
function pinyin(word: string): 'toned' | 'toneless' | null {
  const lower = word.toLowerCase();
  const toned = TONE_MARK.test(lower);
  // Strip tone marks (NFD splits them off; ü keeps its diaeresis as its own letter).
  const bare = lower
    .replace(/ü/g, 'v')
    .normalize('NFD')
    .replace(/[\u0300-\u036f]/g, '');
  if (!SYLLABLES.test(bare)) return null;
  if (!toned && word !== lower) return null;
  return toned ? 'toned' : 'toneless';
}

/** A gloss follows the character it glosses, a broken character (?, �) or another gloss. */
function glossable(prev: string | undefined): boolean {
  if (prev === undefined) return false;
  const cp = prev.codePointAt(0)!;
  return (cp >= 0x3400 && cp <= 0x9fff) || (cp >= 0xf900 && cp <= 0xfaff) || prev === '?' || prev === '\ufffd' || prev === ')' || prev === '）';
}

interface Candidate {
  line: number;
  index: number;
  length: number;
  toned: boolean;
}

/**
 * The glosses of each line of a text, decided over the whole text (see TONELESS_MIN).
 * Returns per line index the runs to remove, adjacent glosses merged into one run.
 */
export function findGlosses(lines: readonly string[]): Map<number, Gloss[]> {
  const candidates: Candidate[] = [];
  lines.forEach((line, k) => {
    if (!line.includes('(') && !line.includes('（')) return;
    for (const m of line.matchAll(BRACKETED)) {
      const kind = pinyin(m[1]!);
      if (!kind) continue;
      const prev = m.index === 0 ? undefined : line[m.index - 1];
      // A surrogate pair's low half: the character before is outside the BMP (rare Han).
      const before = prev && prev >= '\udc00' && prev <= '\udfff' ? line.slice(m.index - 2, m.index) : prev;
      if (!glossable(before)) continue;
      candidates.push({ line: k, index: m.index, length: m[0].length, toned: kind === 'toned' });
    }
  });
  const keepToneless = candidates.length >= TONELESS_MIN;
  const out = new Map<number, Gloss[]>();
  for (const c of candidates) {
    if (!c.toned && !keepToneless) continue;
    const runs = out.get(c.line) ?? [];
    const last = runs[runs.length - 1];
    const text = lines[c.line]!.slice(c.index, c.index + c.length);
    if (last && last.index + last.text.length === c.index) last.text += text;
    else runs.push({ index: c.index, text });
    out.set(c.line, runs);
  }
  return out;
}

/** The line without its glosses. */
export function withoutGlosses(line: string, glosses: readonly Gloss[]): string {
  let out = '';
  let at = 0;
  for (const g of glosses) {
    out += line.slice(at, g.index);
    at = g.index + g.text.length;
  }
  return out + line.slice(at);
}
