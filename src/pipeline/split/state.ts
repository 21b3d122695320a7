/**
 * What split's handlers share while they walk a page in reading order: the stories started
 * so far, the one being written, the one a lead interrupted, and the line read before.
 * Each line role has its handler (handlers/); a handler reads the state and changes it.
 */
import type { ClassifiedLine } from '../classify.ts';
import { newDraft, type Draft, type Opener } from '../draft.ts';

export interface SplitOptions {
  /**
   * The page came wrapped in site chrome: a web page carries one story, so a short deck
   * inside its body (a section heading over two lines) is a subhead, not a new story.
   */
  webPage?: boolean;
}

export interface SplitState {
  /** The page's classified lines, in reading order. */
  readonly units: readonly ClassifiedLine[];
  readonly options: SplitOptions;
  /** Every story started so far, in reading order. */
  readonly drafts: Draft[];
  /** Index of the unit being handled; a handler that reads a run of units leaves it at the run's last one. */
  at: number;
  /** The story being written, which the next line may continue. */
  current: Draft | null;
  /** The story a lead interrupted; it resumes after the lead's cut paragraph. */
  suspended: Draft | null;
  /** The unit handled before this one (for a run, its last unit). */
  previous: ClassifiedLine | undefined;
}

/** A handler reads one line (or a run starting there) into the state. */
export type Handler = (state: SplitState, unit: ClassifiedLine) => void;

export function createState(units: readonly ClassifiedLine[], options: SplitOptions = {}): SplitState {
  return { units, options, drafts: [], at: 0, current: null, suspended: null, previous: undefined };
}

/** Starts a story on `line`; it becomes the current story. */
export function startStory(state: SplitState, opener: Opener, line: number): Draft {
  const draft = newDraft(opener, line);
  state.drafts.push(draft);
  state.current = draft;
  return draft;
}
