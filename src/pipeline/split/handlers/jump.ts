/**
 * A jump mark (（下转第2版）): the story goes on on another page, so what follows here is
 * another story. The mark is the story's continuation furniture. A line that is only the
 * mark has this role; a mark at the end of a body line is read after that line (handlers/index.ts).
 */
import { hasBody } from '../../draft.ts';
import { startStory, type Handler } from '../state.ts';

export const jump: Handler = (state, unit) => {
  if (!unit.jump) return;
  const owner = state.current ?? startStory(state, 'text', unit.line);
  owner.furniture.push({ kind: 'continuation', line: unit.line, text: unit.jump.text });
  if (hasBody(owner)) owner.closed = true;
};
