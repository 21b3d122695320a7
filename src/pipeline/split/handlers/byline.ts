/** A byline: a sign-off that closes its story, or an opening byline printed over a feature. */
import { asPrinted, reporterNames, uniq } from '../../bylines.ts';
import { hasBody, type Draft } from '../../draft.ts';
import { startStory, type Handler } from '../state.ts';

/** A byline printed at the top of a story (features): "■ 本报记者 张清". */
const OPENING_BYLINE = /^(?:■|本报记者)/;

export const byline: Handler = (state, unit) => {
  const current = state.current;
  const followsSignOff = state.previous?.kind === 'byline' || state.previous?.kind === 'credit';
  let draft: Draft;
  if (current && followsSignOff) draft = current;
  else if (current && !current.closed && !hasBody(current)) draft = current;
  else if (!current || current.closed || OPENING_BYLINE.test(unit.plain)) draft = startStory(state, 'byline', unit.line);
  else draft = current;
  draft.reporters = uniq([...draft.reporters, ...asPrinted(reporterNames(unit.plain), unit.plain, unit.text)]);
  draft.furniture.push({ kind: 'byline', line: unit.line, text: unit.text });
  // A sign-off closes the story; an opening byline does not.
  if (hasBody(draft)) draft.closed = true;
};
