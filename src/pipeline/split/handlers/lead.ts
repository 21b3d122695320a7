/**
 * A lead with its dateline (本报讯（记者 …）……): it opens the story under a headline that
 * has no text yet, or the photo story whose caption came first, or a story of its own; a
 * lead that breaks into a story's cut paragraph suspends that story, to resume after it.
 */
import { asPrinted, reporterNames, uniq } from '../../bylines.ts';
import { addText, hasBody, type Draft } from '../../draft.ts';
import { startStory, type Handler } from '../state.ts';

export const lead: Handler = (state, unit) => {
  const current = state.current;
  let draft: Draft;
  if (current && !current.closed && !hasBody(current) && current.dateline === null && current.opener === 'headline') {
    draft = current;
  } else if (current && current.opener === 'credit' && current.dateline === null && current.paragraphs.every((p) => p.kind === 'caption')) {
    // The photo printed over the story, its caption first: the lead is that story's.
    draft = current;
  } else if (current && !current.closed && hasBody(current) && state.previous?.kind === 'text' && state.suspended === null) {
    state.suspended = current;
    draft = startStory(state, 'lead', unit.line);
  } else {
    draft = startStory(state, 'lead', unit.line);
  }
  const marker = unit.marker!;
  draft.dateline = marker.text;
  draft.datelinePlain = marker.plain;
  draft.reporters = uniq([...draft.reporters, ...asPrinted(reporterNames(marker.plain), marker.plain, marker.text)]);
  draft.furniture.push({ kind: 'dateline', line: unit.line, text: marker.text });
  if (unit.text) addText(draft, { kind: 'text', text: unit.text, plain: unit.plain, line: unit.line });
};
