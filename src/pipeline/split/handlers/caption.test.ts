import { describe, expect, it } from 'vitest';
import { classifyLine } from '../../classify.ts';
import { createState, startStory } from '../state.ts';
import { caption } from './caption.ts';

const unit = (line: number, text: string) => classifyLine({ line, text, plain: text })!;

describe('caption handler', () => {
  it('puts the caption in the open story and lists a repeated credit once', () => {
    const state = createState([unit(3, '码头一角。 记者 李四 摄'), unit(4, '航线开通仪式现场。 记者 李四 摄')]);
    const story = startStory(state, 'headline', 1);
    caption(state, state.units[0]!);
    caption(state, state.units[1]!);
    expect(state.drafts).toEqual([story]);
    expect(story.paragraphs.map((p) => [p.kind, p.text])).toEqual([
      ['caption', '码头一角。'],
      ['caption', '航线开通仪式现场。'],
    ]);
    expect(story.credits).toEqual(['记者 李四 摄']);
    expect(story.photographers).toEqual(['李四']);
    expect(story.closed).toBe(false);
  });

  it('starts a photo story after a closed one', () => {
    const state = createState([unit(5, '码头一角。 记者 李四 摄')]);
    startStory(state, 'headline', 1).closed = true;
    caption(state, state.units[0]!);
    expect(state.current).toMatchObject({ opener: 'credit', line: 5 });
  });
});
