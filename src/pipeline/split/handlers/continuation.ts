/** A continuation mark (（上接第1版）……): the story comes from another page; it goes on under its headline or starts here. */
import { addText, hasBody } from '../../draft.ts';
import { startStory, type Handler } from '../state.ts';

export const continuation: Handler = (state, unit) => {
  const current = state.current;
  const draft = current && !current.closed && !hasBody(current) && current.opener === 'headline' ? current : startStory(state, 'continuation', unit.line);
  draft.continued = true;
  draft.furniture.push({ kind: 'continuation', line: unit.line, text: unit.marker!.text });
  if (unit.text) addText(draft, { kind: 'text', text: unit.text, plain: unit.plain, line: unit.line });
};
