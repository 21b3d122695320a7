/**
 * Walks a page's classified lines in reading order and cuts them into stories: each line
 * goes to the handler of its role (handlers/), over one shared state (state.ts).
 * Decisions that need the whole page (pieces a layout scattered) are left to assemble.
 */
import type { ClassifiedLine } from '../classify.ts';
import type { Draft } from '../draft.ts';
import { handlers } from './handlers/index.ts';
import { createState, type SplitOptions } from './state.ts';

export function splitStories(units: ClassifiedLine[], options: SplitOptions = {}): Draft[] {
  const state = createState(units, options);
  for (; state.at < units.length; state.at++) {
    const unit = units[state.at]!;
    handlers[unit.kind](state, unit);
    state.previous = units[state.at];
  }
  return state.drafts;
}
