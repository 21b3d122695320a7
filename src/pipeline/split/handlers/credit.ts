/** A photo credit on a line of its own (记者 周伟 摄, 图片由…提供): it signs off the current story. */
import { asPrinted, photographerNames, uniq } from '../../bylines.ts';
import { startStory, type Handler } from '../state.ts';

export const credit: Handler = (state, unit) => {
  const draft = state.current ?? startStory(state, 'credit', unit.line);
  draft.credits.push(unit.text);
  draft.photographers = uniq([...draft.photographers, ...asPrinted(photographerNames(unit.plain), unit.plain, unit.text)]);
  draft.furniture.push({ kind: 'credit', line: unit.line, text: unit.text });
  draft.closed = true;
};
