/** The handler of each line role: what split does with a line of that kind. */
import type { LineRole } from '../../classify.ts';
import type { Handler } from '../state.ts';
import { byline } from './byline.ts';
import { caption } from './caption.ts';
import { continuation } from './continuation.ts';
import { credit } from './credit.ts';
import { heading } from './heading.ts';
import { jump } from './jump.ts';
import { lead } from './lead.ts';
import { text } from './text.ts';

/** A line of the body may end in a jump mark (……（下转第2版）): its role first, then the mark. */
const thenJump =
  (handle: Handler): Handler =>
  (state, unit) => {
    handle(state, unit);
    jump(state, unit);
  };

export const handlers: Record<LineRole, Handler> = {
  // A deck is read as a whole, column labels and the marks on its lines too.
  heading,
  column: heading,
  lead: thenJump(lead),
  continuation: thenJump(continuation),
  text: thenJump(text),
  byline: thenJump(byline),
  caption: thenJump(caption),
  credit: thenJump(credit),
  jump,
};
