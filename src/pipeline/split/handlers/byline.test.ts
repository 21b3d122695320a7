import { describe, expect, it } from 'vitest';
import { classifyLine } from '../../classify.ts';
import { createState, startStory } from '../state.ts';
import { byline } from './byline.ts';

const unit = (line: number, text: string) => classifyLine({ line, text, plain: text })!;

describe('byline handler', () => {
  it('signs off the story it ends and closes it', () => {
    const state = createState([unit(3, '记者 张三')]);
    const story = startStory(state, 'headline', 1);
    story.paragraphs.push({ kind: 'text', text: '会议召开。', plain: '会议召开。', line: 2 });
    byline(state, state.units[0]!);
    expect(state.drafts).toEqual([story]);
    expect(story).toMatchObject({ reporters: ['张三'], closed: true, furniture: [{ kind: 'byline', line: 3, text: '记者 张三' }] });
  });

  it('starts a feature with an opening byline, left open for its text', () => {
    const state = createState([unit(3, '■ 本报记者 张清')]);
    const story = startStory(state, 'headline', 1);
    story.paragraphs.push({ kind: 'text', text: '会议召开。', plain: '会议召开。', line: 2 });
    byline(state, state.units[0]!);
    expect(state.drafts).toHaveLength(2);
    expect(state.current).toMatchObject({ opener: 'byline', reporters: ['张清'], closed: false });
  });
});
