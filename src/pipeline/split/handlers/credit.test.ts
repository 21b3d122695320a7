import { describe, expect, it } from 'vitest';
import { classifyLine } from '../../classify.ts';
import { createState, startStory } from '../state.ts';
import { credit } from './credit.ts';

const unit = (line: number, text: string) => classifyLine({ line, text, plain: text })!;

describe('credit handler', () => {
  it('credits the current story and closes it', () => {
    const state = createState([unit(3, '记者 周伟 摄')]);
    const story = startStory(state, 'headline', 1);
    credit(state, state.units[0]!);
    expect(story).toMatchObject({ credits: ['记者 周伟 摄'], photographers: ['周伟'], closed: true });
    expect(story.furniture).toEqual([{ kind: 'credit', line: 3, text: '记者 周伟 摄' }]);
  });

  it('starts a photo story at the top of a page', () => {
    const state = createState([unit(1, '记者 周伟 摄')]);
    credit(state, state.units[0]!);
    expect(state.drafts).toHaveLength(1);
    expect(state.current).toMatchObject({ opener: 'credit', line: 1, closed: true });
  });
});
