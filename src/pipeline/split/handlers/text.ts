/**
 * Body text: more of the current story (mending a paragraph a break cut), the story a lead
 * interrupted once that lead's paragraph is cut, or a story of its own.
 */
import { addText, hasBody, isCut, lastParagraph } from '../../draft.ts';
import { startStory, type Handler } from '../state.ts';

export const text: Handler = (state, unit) => {
  if (state.suspended && state.current && state.current.opener === 'lead' && isCut(lastParagraph(state.current))) {
    state.current = state.suspended;
  }
  state.suspended = null;
  const current = state.current;
  // "▲今天上午，……": each marked item of a column of briefs is a brief of its own.
  const brief = unit.marker !== undefined && current !== null && hasBody(current);
  const draft = current && !current.closed && !brief ? current : startStory(state, 'text', unit.line);
  if (unit.marker) draft.furniture.push({ kind: 'boilerplate', line: unit.line, text: unit.marker.text });
  addText(draft, { kind: 'text', text: unit.text, plain: unit.plain, line: unit.line });
};
