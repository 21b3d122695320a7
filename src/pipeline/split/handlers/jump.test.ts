import { describe, expect, it } from 'vitest';
import { classifyLine } from '../../classify.ts';
import { createState, startStory } from '../state.ts';
import { jump } from './jump.ts';

const unit = (line: number, text: string) => classifyLine({ line, text, plain: text })!;

describe('jump handler', () => {
  it('sets the mark aside as continuation furniture and closes a story with text', () => {
    const state = createState([unit(3, '（下转第2版）')]);
    const story = startStory(state, 'headline', 1);
    story.paragraphs.push({ kind: 'text', text: '一期年内完工。', plain: '一期年内完工。', line: 2 });
    jump(state, state.units[0]!);
    expect(story.furniture).toEqual([{ kind: 'continuation', line: 3, text: '（下转第2版）' }]);
    expect(story.closed).toBe(true);
  });

  it('leaves a story without text open, and a line without a mark alone', () => {
    const state = createState([unit(2, '（下转第3版）'), unit(3, '一期年内完工。')]);
    const story = startStory(state, 'headline', 1);
    jump(state, state.units[0]!);
    expect(story.closed).toBe(false);
    jump(state, state.units[1]!);
    expect(story.furniture).toHaveLength(1);
  });
});
