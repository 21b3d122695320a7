/**
 * One automaton for every name, alias and signal of the taxonomy (Aho–Corasick):
 * built once, then each text is scanned in a single pass whatever the number
 * of names, so tagging stays linear in the article's length.
 */

export interface Hit<T> {
  start: number;
  /** Exclusive. */
  end: number;
  value: T;
}

export interface Matcher<T> {
  /** Every occurrence of every pattern, ordered by start, then longest first. */
  scan(text: string): Hit<T>[];
  readonly size: number;
}

interface Node {
  next: Map<number, number>;
  fail: number;
  /** Pattern ids ending at this node, own and inherited through failure links. */
  out: number[];
}

/** Patterns with the same text are merged by the caller; duplicates here are kept as separate hits. */
export function buildMatcher<T>(patterns: readonly { text: string; value: T }[]): Matcher<T> {
  const nodes: Node[] = [{ next: new Map(), fail: 0, out: [] }];
  const lengths: number[] = [];
  const values: T[] = [];
  patterns.forEach(({ text, value }) => {
    if (text.length === 0) return;
    let at = 0;
    for (let i = 0; i < text.length; i++) {
      const code = text.charCodeAt(i);
      let to = nodes[at]!.next.get(code);
      if (to === undefined) {
        to = nodes.length;
        nodes.push({ next: new Map(), fail: 0, out: [] });
        nodes[at]!.next.set(code, to);
      }
      at = to;
    }
    nodes[at]!.out.push(values.length);
    lengths.push(text.length);
    values.push(value);
  });

  // Breadth-first failure links; each node inherits the outputs of its failure node.
  const queue: number[] = [];
  for (const child of nodes[0]!.next.values()) queue.push(child);
  for (let head = 0; head < queue.length; head++) {
    const at = queue[head]!;
    for (const [code, child] of nodes[at]!.next) {
      let f = nodes[at]!.fail;
      while (f !== 0 && !nodes[f]!.next.has(code)) f = nodes[f]!.fail;
      const target = nodes[f]!.next.get(code);
      nodes[child]!.fail = target !== undefined && target !== child ? target : 0;
      const inherited = nodes[nodes[child]!.fail]!.out;
      if (inherited.length > 0) nodes[child]!.out = [...nodes[child]!.out, ...inherited];
      queue.push(child);
    }
  }

  // The root's edges by code unit: most characters of a text lead back to the root, and an array read there
  // costs less than a map lookup. 0 (the root itself) where the root has no edge.
  const fromRoot = new Int32Array(0x10000);
  for (const [code, child] of nodes[0]!.next) fromRoot[code] = child;

  return {
    size: values.length,
    scan(text: string): Hit<T>[] {
      const hits: Hit<T>[] = [];
      let at = 0;
      for (let i = 0; i < text.length; i++) {
        const code = text.charCodeAt(i);
        // Follows failure links to the longest suffix with an edge for `code` (the root when none has one), one lookup a step.
        for (;;) {
          if (at === 0) {
            at = fromRoot[code]!;
            break;
          }
          const next = nodes[at]!.next.get(code);
          if (next !== undefined) {
            at = next;
            break;
          }
          at = nodes[at]!.fail;
        }
        const out = nodes[at]!.out;
        for (let k = 0; k < out.length; k++) {
          const id = out[k]!;
          hits.push({ start: i + 1 - lengths[id]!, end: i + 1, value: values[id]! });
        }
      }
      return hits.sort((a, b) => a.start - b.start || b.end - a.end);
    },
  };
}

/**
 * Reads the text the way a person does: at each position the longest name
 * wins and the next name starts after it. `accept` vetoes a hit in its context
 * (区 followed by 域 is 区域, not a district); a vetoed hit leaves room for a
 * shorter one at the same place.
 */
export function leftmostLongest<T>(hits: readonly Hit<T>[], accept: (hit: Hit<T>) => boolean = () => true): Hit<T>[] {
  const chosen: Hit<T>[] = [];
  let end = 0;
  for (const hit of hits) {
    if (hit.start < end) continue;
    if (!accept(hit)) continue;
    chosen.push(hit);
    end = hit.end;
  }
  return chosen;
}
