/**
 * Page-level passes after split: puts back together the pieces of a story that
 * the layout scattered, marks photo captions, and sets aside what belongs nowhere.
 */
import { addText, draftText, hasBody, isCut, lastParagraph, type Draft, type DraftParagraph } from './draft.ts';
import { bigrams, containment, cosine, inverseFrequency, merge, weigh, type Bigrams } from './similarity.ts';
import { HEADLINE_MATCH } from './split.ts';

export interface DraftFragment {
  line: number;
  text: string;
  /** The story the fragment was added to, or null when it fits none. */
  placedIn: Draft | null;
}

export interface Assembled {
  stories: Draft[];
  fragments: DraftFragment[];
}

/** A story keeps at least its opening paragraphs: overflow is only ever found after them. */
const MIN_KEPT = 2;
/** How clearly a paragraph must be about another story before it moves (TF-IDF cosine, and ratio to its own). */
const CONTINUATION_SIMILARITY = 0.06;
const OVERFLOW_SIMILARITY = 0.17;
const TOPIC_MARGIN = 1.5;

export function assemblePage(drafts: Draft[]): Assembled {
  const fragments: DraftFragment[] = [];
  let stories = joinScatteredOpenings(drafts);
  moveStrayTails(stories, fragments);
  for (const story of stories) markCaption(story);
  stories = stories.filter((story) => {
    if (isStory(story)) return true;
    for (const p of story.paragraphs) fragments.push({ line: p.line, text: p.text, placedIn: null });
    if (story.title !== null) fragments.push({ line: story.line, text: [story.kicker, story.title, story.subtitle].filter(Boolean).join(' '), placedIn: null });
    return false;
  });
  fragments.sort((a, b) => a.line - b.line);
  return { stories, fragments };
}

/**
 * A lead or opening byline printed without its headline (the headline sits elsewhere on
 * the page) is the opening of the headline's story when its text restates the headline.
 */
function joinScatteredOpenings(drafts: Draft[]): Draft[] {
  const absorbed = new Set<Draft>();
  for (const piece of drafts) {
    if (piece.title !== null || (piece.opener !== 'lead' && piece.opener !== 'byline')) continue;
    const text = bigrams(draftText(piece));
    let best: Draft | null = null;
    let bestScore = HEADLINE_MATCH;
    for (const story of drafts) {
      if (story === piece || story.titlePlain === null || story.dateline !== null || absorbed.has(story)) continue;
      const score = containment(bigrams(story.titlePlain), text);
      if (score >= bestScore) {
        best = story;
        bestScore = score;
      }
    }
    if (!best) continue;
    absorbed.add(piece);
    const body = best.paragraphs;
    best.paragraphs = piece.paragraphs.map((p) => ({ ...p }));
    for (const p of body) addText(best, p);
    best.dateline = piece.dateline;
    best.reporters = [...new Set([...piece.reporters, ...best.reporters])];
    best.furniture.push(...piece.furniture);
  }
  return drafts.filter((d) => !absorbed.has(d));
}

/**
 * Layout scatters the end of a story: its last column can land after another story.
 * Two signals put such overflow back, both only at the open end of a story (no sign-off):
 * a story that stops mid-sentence takes the run that continues its topic, and a run
 * that is clearly about another story on the page goes there.
 */
function moveStrayTails(stories: Draft[], fragments: DraftFragment[]): void {
  const topics = new TopicSpace(stories);
  const place = (to: Draft, run: DraftParagraph[]) => {
    for (const paragraph of run) {
      addText(to, paragraph);
      fragments.push({ line: paragraph.line, text: paragraph.text, placedIn: to });
    }
  };

  // A story cut off mid-sentence takes the run at the open end of another story that is about it.
  for (const cut of stories) {
    if (!isCut(lastParagraph(cut))) continue;
    let best: { story: Draft; run: number } | null = null;
    for (const story of stories) {
      if (story === cut || story.closed) continue;
      const run = tailRun(story, (paragraph, own) => {
        const closest = topics.closest(paragraph, stories, story);
        return closest?.story === cut && closest.score >= CONTINUATION_SIMILARITY && closest.score >= own * TOPIC_MARGIN;
      });
      if (run > (best?.run ?? 0)) best = { story, run };
    }
    if (best) place(cut, best.story.paragraphs.splice(best.story.paragraphs.length - best.run));
  }

  // A run at the open end of a story that is clearly about another story.
  for (const story of stories) {
    if (story.closed) continue;
    const targets: Draft[] = [];
    const run = tailRun(story, (paragraph, own) => {
      const closest = topics.closest(paragraph, stories, story);
      if (!closest || closest.score < OVERFLOW_SIMILARITY || closest.score < own * TOPIC_MARGIN) return false;
      targets.unshift(closest.story);
      return true;
    });
    story.paragraphs.splice(story.paragraphs.length - run).forEach((paragraph, k) => place(targets[k]!, [paragraph]));
  }

  /** Length of the run at the end of `story` whose paragraphs all pass `moves` (given their similarity to what precedes them). */
  function tailRun(story: Draft, moves: (paragraph: DraftParagraph, own: number) => boolean): number {
    let at = story.paragraphs.length - 1;
    for (; at >= MIN_KEPT; at--) {
      const paragraph = story.paragraphs[at]!;
      if (paragraph.kind !== 'text' || !moves(paragraph, topics.similarity(paragraph, story.paragraphs.slice(0, at)))) break;
    }
    return story.paragraphs.length - 1 - at;
  }
}

/** TF-IDF weighted bigram vectors over one page: words every story uses (发展, 产业) count for little. */
class TopicSpace {
  private readonly grams = new Map<DraftParagraph, Bigrams>();
  private readonly idf: Map<string, number>;

  constructor(stories: Draft[]) {
    for (const story of stories) for (const p of story.paragraphs) this.grams.set(p, bigrams(p.plain));
    this.idf = inverseFrequency([...this.grams.values()]);
  }

  private vector(paragraphs: DraftParagraph[]): Bigrams {
    let sum: Bigrams = new Map();
    for (const p of paragraphs) sum = merge(sum, this.grams.get(p) ?? bigrams(p.plain));
    return weigh(sum, this.idf);
  }

  similarity(paragraph: DraftParagraph, others: DraftParagraph[]): number {
    return cosine(this.vector([paragraph]), this.vector(others.filter((p) => p !== paragraph)));
  }

  closest(paragraph: DraftParagraph, stories: Draft[], except: Draft): { story: Draft; score: number } | null {
    let best: { story: Draft; score: number } | null = null;
    for (const story of stories) {
      if (story === except || story.title === null) continue;
      const score = this.similarity(paragraph, story.paragraphs);
      if (!best || score > best.score) best = { story, score };
    }
    return best;
  }
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

