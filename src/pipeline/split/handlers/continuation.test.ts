import { describe, expect, it } from 'vitest';
import { classifyLine } from '../../classify.ts';
import { createState, startStory } from '../state.ts';
import { continuation } from './continuation.ts';

const unit = (line: number, text: string) => classifyLine({ line, text, plain: text })!;

describe('continuation handler', () => {
  it('continues the story under its headline, marked as continued', () => {
    const state = createState([unit(2, '（上接第1版）园区二期年内开工。')]);
    const story = startStory(state, 'headline', 1);
    continuation(state, state.units[0]!);
    expect(state.drafts).toEqual([story]);
    expect(story.continued).toBe(true);
    expect(story.paragraphs.map((p) => p.text)).toEqual(['园区二期年内开工。']);
    expect(story.furniture).toEqual([{ kind: 'continuation', line: 2, text: '（上接第1版）' }]);
  });

  it('starts a story of its own after a story with text', () => {
    const state = createState([unit(5, '（上接第1版）园区二期年内开工。')]);
    const story = startStory(state, 'headline', 1);
    story.paragraphs.push({ kind: 'text', text: '会议召开。', plain: '会议召开。', line: 2 });
    continuation(state, state.units[0]!);
    expect(state.drafts).toHaveLength(2);
    expect(state.current).toMatchObject({ opener: 'continuation', line: 5, continued: true });
  });
});
