/** A photo caption ending in its credit (……现场。 记者 李四 摄): it stands in the story's body and does not end the story. */
import { asPrinted, photographerNames, uniq } from '../../bylines.ts';
import { startStory, type Handler } from '../state.ts';

export const caption: Handler = (state, unit) => {
  const current = state.current;
  const draft = current && !current.closed ? current : startStory(state, 'credit', unit.line);
  draft.paragraphs.push({ kind: 'caption', text: unit.text, plain: unit.plain, line: unit.line });
  const credit = unit.credit!;
  // A photographer's pictures on one page each carry the same credit; the story lists it once.
  if (!draft.credits.includes(credit.text)) draft.credits.push(credit.text);
  const names = photographerNames(credit.plain.replace(/^[（(]|[）)]$/g, '').replace(/[/／]\s*摄$/, '摄'));
  draft.photographers = uniq([...draft.photographers, ...asPrinted(names, credit.plain, credit.text)]);
  draft.furniture.push({ kind: 'credit', line: unit.line, text: credit.text });
};
