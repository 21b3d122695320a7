/** Tallies of the tagger's passes: how often an article names each entity; 0 for one it only implies. */
export type Counts = Map<string, number>;

export function bump(counts: Counts, key: string): void {
  counts.set(key, (counts.get(key) ?? 0) + 1);
}

/** Tagged without a mention (a zone's district, a park's parent), unless the article names it. */
export function imply(counts: Counts, key: string): void {
  if (!counts.has(key)) counts.set(key, 0);
}
