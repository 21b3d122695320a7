/**
 * Page-level passes after split: puts back together the pieces of a story that
 * the layout scattered, marks photo captions, and sets aside what belongs nowhere.
 * Pure: the drafts it is given are copied first and never changed; the passes below
 * work on the page's own copies, which come out as its stories.
 */
import { addText, copyDraft, draftText, hasBody, isCut, lastParagraph, type Draft, type DraftParagraph } from './draft.ts';
import { bigramCodes, bigrams, containment, HEADLINE_MATCH, inverseFrequency, type Bigrams } from './similarity.ts';
import type { SetAside } from './types.ts';

export interface DraftFragment {
  line: number;
  text: string;
  /** The story the fragment was added to, or null when it fits none. */
  placedIn: Draft | null;
}

export interface Assembled {
  stories: Draft[];
  fragments: DraftFragment[];
  /** Furniture of pieces that made no story (a byline under a stray caption line): kept, with no article. */
  furniture: SetAside[];
}

/** A story keeps at least its opening paragraphs: overflow is only ever found after them. */
const MIN_KEPT = 2;
/** How clearly a paragraph must be about another story before it moves (TF-IDF cosine, and ratio to its own). */
const CONTINUATION_SIMILARITY = 0.06;
const OVERFLOW_SIMILARITY = 0.17;
const TOPIC_MARGIN = 1.5;

export function assemblePage(drafts: readonly Readonly<Draft>[]): Assembled {
  const fragments: DraftFragment[] = [];
  const furniture: SetAside[] = [];
  let stories = joinScatteredOpenings(drafts.map(copyDraft));
  moveStrayTails(stories, fragments);
  for (const story of stories) markCaption(story);
  // A page without a headline, lead or byline anywhere is one headless story, not a pile of fragments.
  const candidates = stories.some(isStory) ? stories.filter(isStory) : stories.filter(hasBody);
  const kept = withoutRepeats(candidates);
  for (const story of stories) {
    if (kept.includes(story)) continue;
    furniture.push(...story.furniture);
    for (const p of story.paragraphs) fragments.push({ line: p.line, text: p.text, placedIn: null });
    if (story.title !== null) fragments.push({ line: story.line, text: [story.kicker, story.title, story.subtitle].filter(Boolean).join(' '), placedIn: null });
  }
  stories = kept;
  fragments.sort((a, b) => a.line - b.line);
  return { stories, fragments, furniture };
}

/**
 * Pieces of one printed page lie near each other in the dump; looking only this many
 * stories either way keeps a huge file linear.
 */
const NEIGHBOURS = 30;

function neighbours<T>(items: T[], at: number): T[] {
  return items.slice(Math.max(0, at - NEIGHBOURS), at + NEIGHBOURS + 1);
}

/**
 * A lead or opening byline printed without its headline (the headline sits elsewhere on
 * the page) is the opening of the headline's story when its text restates the headline.
 */
function joinScatteredOpenings(drafts: Draft[]): Draft[] {
  const absorbed = new Set<Draft>();
  const titles = new Map<Draft, Bigrams>();
  for (const d of drafts) if (d.titlePlain !== null) titles.set(d, bigrams(d.titlePlain));
  drafts.forEach((piece, at) => {
    if (piece.title !== null || (piece.opener !== 'lead' && piece.opener !== 'byline')) return;
    const text = bigrams(draftText(piece));
    let best: Draft | null = null;
    let bestScore = HEADLINE_MATCH;
    for (const story of neighbours(drafts, at)) {
      const title = titles.get(story);
      if (!title || story.dateline !== null || absorbed.has(story)) continue;
      const score = containment(title, text);
      if (score >= bestScore) {
        best = story;
        bestScore = score;
      }
    }
    if (!best) return;
    absorbed.add(piece);
    const body = best.paragraphs;
    best.paragraphs = piece.paragraphs.map((p) => ({ ...p }));
    for (const p of body) addText(best, p);
    best.dateline = piece.dateline;
    best.datelinePlain = piece.datelinePlain;
    best.reporters = [...new Set([...piece.reporters, ...best.reporters])];
    best.furniture.push(...piece.furniture);
  });
  return drafts.filter((d) => !absorbed.has(d));
}

/**
 * Layout scatters the end of a story: its last column can land after another story.
 * Two signals put such overflow back, both only at the open end of a story (no sign-off):
 * a story that stops mid-sentence takes the run that continues its topic, and a run
 * that is clearly about another story on the page goes there.
 */
function moveStrayTails(stories: Draft[], fragments: DraftFragment[]): void {
  // Only an open end can hold overflow; a page of signed-off stories needs no vectors.
  if (!stories.some((s) => !s.closed && s.paragraphs.length > MIN_KEPT)) return;
  const topics = new TopicSpace(stories);
  const place = (to: Draft, run: DraftParagraph[]) => {
    for (const paragraph of run) {
      addText(to, paragraph);
      fragments.push({ line: paragraph.line, text: paragraph.text, placedIn: to });
    }
  };

  /** Length of the run at the end of `story` whose paragraphs all pass `moves`, given their similarity to what precedes them. */
  const tailRun = (story: Draft, moves: (paragraph: DraftParagraph, own: number) => boolean): number => {
    const head = topics.head(story);
    let at = story.paragraphs.length - 1;
    for (; at >= MIN_KEPT; at--) {
      const paragraph = story.paragraphs[at]!;
      head.remove(paragraph);
      if (paragraph.kind !== 'text' || !moves(paragraph, head.similarity(paragraph))) break;
    }
    return story.paragraphs.length - 1 - at;
  };

  // A story cut off mid-sentence takes the run at the open end of another story that is about it.
  stories.forEach((cut, at) => {
    if (!isCut(lastParagraph(cut))) return;
    let best: { story: Draft; run: number } | null = null;
    for (const story of neighbours(stories, at)) {
      if (story === cut || story.closed) continue;
      const run = tailRun(story, (paragraph, own) => {
        const closest = topics.closest(paragraph, neighbours(stories, at), story);
        return closest?.story === cut && closest.score >= CONTINUATION_SIMILARITY && closest.score >= own * TOPIC_MARGIN;
      });
      if (run > (best?.run ?? 0)) best = { story, run };
    }
    if (best) place(cut, best.story.paragraphs.splice(best.story.paragraphs.length - best.run));
  });

  // A run at the open end of a story that is clearly about another story.
  stories.forEach((story, at) => {
    if (story.closed) return;
    const targets: Draft[] = [];
    const run = tailRun(story, (paragraph, own) => {
      const closest = topics.closest(paragraph, neighbours(stories, at), story);
      if (!closest || closest.score < OVERFLOW_SIMILARITY || closest.score < own * TOPIC_MARGIN) return false;
      targets.unshift(closest.story);
      return true;
    });
    story.paragraphs.splice(story.paragraphs.length - run).forEach((paragraph, k) => place(targets[k]!, [paragraph]));
  });
}

/**
 * TF-IDF weighted bigram vectors over one page: words every story uses (发展, 产业) count
 * for little. Story vectors are of the page before anything moves (each paragraph's text is
 * kept as it was then): moves are rare and small. The passes only ever look at stories near
 * each other, so vectors are made when asked for and only the recent ones are kept: a page
 * of 50 MB would otherwise hold a map of every bigram of every paragraph, several times its
 * size. Bigrams are numbers (`bigramCodes`) and weights sit in typed arrays, so the page's
 * millions of bigrams make no string or boxed number each. Heads shrink through an overlay
 * of changed weights rather than a copy of the story's vector, so each comparison costs the
 * size of one paragraph, not of a story.
 */
class TopicSpace {
  private readonly idf: Map<number, number>;
  /** Each paragraph's text as it was when the space was made; a paragraph not in here has no vector. */
  private readonly plains = new Map<DraftParagraph, string>();
  /** Each story's paragraphs as they were then. */
  private readonly members = new Map<Draft, DraftParagraph[]>();
  private readonly paragraphs = new RecentCache<DraftParagraph, Vector>(16 * (2 * NEIGHBOURS + 1));
  private readonly stories = new RecentCache<Draft, Vector>(4 * (2 * NEIGHBOURS + 1));

  constructor(stories: Draft[]) {
    for (const story of stories) {
      this.members.set(story, [...story.paragraphs]);
      for (const p of story.paragraphs) this.plains.set(p, p.plain);
    }
    this.idf = inverseFrequency((function* (plains) {
      for (const plain of plains) yield bigramCodes(plain);
    })(this.plains.values()));
  }

  private paragraph(paragraph: DraftParagraph): Vector {
    return this.paragraphs.get(paragraph, () => {
      const plain = this.plains.get(paragraph);
      return vectorOf(plain === undefined ? [] : [plain], this.idf);
    });
  }

  private story(story: Draft): Vector | undefined {
    const members = this.members.get(story);
    if (!members) return undefined;
    return this.stories.get(story, () => vectorOf(members.map((p) => this.plains.get(p)!), this.idf));
  }

  /** The story minus paragraphs taken off its end, one at a time. */
  head(story: Draft): { remove: (paragraph: DraftParagraph) => void; similarity: (paragraph: DraftParagraph) => number } {
    const whole = this.story(story) ?? vectorOf([], this.idf);
    /** Weights changed by removals; 0 where a weight went. */
    const changed = new Map<number, number>();
    const weight = (gram: number): number => changed.get(gram) ?? whole.weight(gram);
    let squared = whole.norm;
    squared *= squared;
    return {
      remove: (paragraph) => {
        const own = this.paragraph(paragraph);
        for (let k = 0; k < own.grams.length; k++) {
          const gram = own.grams[k]!;
          const before = weight(gram);
          const after = Math.max(0, before - own.weights[k]!);
          squared += after * after - before * before;
          changed.set(gram, after > 1e-9 ? after : 0);
        }
      },
      similarity: (paragraph) => this.cosine(paragraph, weight, Math.sqrt(Math.max(0, squared))),
    };
  }

  closest(paragraph: DraftParagraph, candidates: Draft[], except: Draft): { story: Draft; score: number } | null {
    let best: { story: Draft; score: number } | null = null;
    for (const story of candidates) {
      if (story === except || story.title === null) continue;
      const entry = this.story(story);
      if (!entry) continue;
      const score = this.cosine(paragraph, entry.weight, entry.norm);
      if (!best || score > best.score) best = { story, score };
    }
    return best;
  }

  private cosine(paragraph: DraftParagraph, other: (gram: number) => number, otherNorm: number): number {
    const own = this.paragraph(paragraph);
    if (own.norm === 0 || otherNorm === 0) return 0;
    let dot = 0;
    for (let k = 0; k < own.grams.length; k++) dot += own.weights[k]! * other(own.grams[k]!);
    return dot / (own.norm * otherNorm);
  }
}

/** A weighted bigram vector: bigrams in the order they first occur, weights beside them. */
interface Vector {
  grams: Int32Array;
  weights: Float64Array;
  norm: number;
  weight: (gram: number) => number;
}

/** The sum of the texts' weighted bigram counts, added up in text order (as a map of weights would). */
function vectorOf(texts: readonly string[], idf: ReadonlyMap<number, number>): Vector {
  const slots = new Map<number, number>();
  const counted = texts.map(bigramCodes);
  const capacity = counted.reduce((n, grams) => n + grams.size, 0);
  const grams = new Int32Array(capacity);
  const weights = new Float64Array(capacity);
  for (const counts of counted) {
    for (const [gram, count] of counts) {
      let slot = slots.get(gram);
      if (slot === undefined) {
        slot = slots.size;
        slots.set(gram, slot);
        grams[slot] = gram;
      }
      weights[slot] = weights[slot]! + count * (idf.get(gram) ?? 0);
    }
  }
  let sum = 0;
  for (let k = 0; k < slots.size; k++) sum += weights[k]! * weights[k]!;
  const used = slots.size;
  return {
    grams: grams.subarray(0, used),
    weights: weights.subarray(0, used),
    norm: Math.sqrt(sum),
    weight: (gram) => {
      const slot = slots.get(gram);
      return slot === undefined ? 0 : weights[slot]!;
    },
  };
}

/**
 * Values recently asked for, at least the last `size` and at most twice that many: two generations,
 * the older dropped when the newer fills, so a hit is one map lookup (an LRU's reordering on every
 * hit cost more than the vectors it kept).
 */
class RecentCache<K, V> {
  private newer = new Map<K, V>();
  private older = new Map<K, V>();
  private readonly size: number;

  constructor(size: number) {
    this.size = size;
  }

  get(key: K, make: () => V): V {
    const hit = this.newer.get(key);
    if (hit !== undefined) return hit;
    const value = this.older.get(key) ?? make();
    if (this.newer.size >= this.size) {
      this.older = this.newer;
      this.newer = new Map();
    }
    this.newer.set(key, value);
    return value;
  }
}

/**
 * A story a web page prints twice or more (the same body again) is one story: the copies'
 * bodies are reported as fragments (never hidden as furniture), their bylines and other
 * furniture go to the first copy.
 */
function withoutRepeats(stories: Draft[]): Draft[] {
  const first = new Map<string, Draft>();
  return stories.filter((story) => {
    const body = story.paragraphs.filter((p) => p.kind !== 'subhead').map((p) => p.plain.replace(/\s+/g, '')).join('\n');
    const original = body ? first.get(body) : undefined;
    if (!original) {
      if (body) first.set(body, story);
      return true;
    }
    original.furniture.push(...story.furniture);
    story.furniture = [];
    return false;
  });
}

/** A headless piece signed by a photographer is a photo caption. */
function markCaption(story: Draft): void {
  if (story.title !== null || story.dateline !== null || story.photographers.length === 0) return;
  if (story.paragraphs.length > 2) return;
  for (const p of story.paragraphs) p.kind = 'caption';
}

/** A story has a headline, a lead, a byline or a credit; bare text is a fragment of something else. */
function isStory(draft: Draft): boolean {
  if (!hasBody(draft)) return false;
  return draft.title !== null || draft.dateline !== null || draft.reporters.length > 0 || draft.credits.length > 0 || draft.continued;
}

