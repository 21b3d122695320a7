import { describe, expect, it } from 'vitest';
import { classifyLine } from '../../classify.ts';
import { createState, startStory } from '../state.ts';
import { text } from './text.ts';

const unit = (line: number, value: string) => classifyLine({ line, text: value, plain: value })!;

describe('text handler', () => {
  it('mends the paragraph a break cut', () => {
    const state = createState([unit(3, '今年重点工作。')]);
    const story = startStory(state, 'headline', 1);
    story.paragraphs.push({ kind: 'text', text: '会议部署', plain: '会议部署', line: 2 });
    text(state, state.units[0]!);
    expect(story.paragraphs).toEqual([{ kind: 'text', text: '会议部署今年重点工作。', plain: '会议部署今年重点工作。', line: 2 }]);
  });

  it('returns to the story a lead interrupted once the lead is cut', () => {
    const state = createState([unit(4, '项目建成后年交易额将超过300亿元。')]);
    const story = startStory(state, 'headline', 1);
    story.paragraphs.push({ kind: 'text', text: '项目规划了四个功能区。', plain: '项目规划了四个功能区。', line: 2 });
    const interrupting = startStory(state, 'lead', 3);
    interrupting.paragraphs.push({ kind: 'text', text: '我市配套企业', plain: '我市配套企业', line: 3 });
    state.suspended = story;
    text(state, state.units[0]!);
    expect(state.current).toBe(story);
    expect(state.suspended).toBeNull();
    expect(story.paragraphs.at(-1)!.text).toBe('项目建成后年交易额将超过300亿元。');
  });

  it('starts a brief of its own for each marked item, keeping the mark as furniture', () => {
    const state = createState([unit(3, '▲今天上午，新航线开通。')]);
    const story = startStory(state, 'headline', 1);
    story.paragraphs.push({ kind: 'text', text: '第一条简讯。', plain: '第一条简讯。', line: 2 });
    text(state, state.units[0]!);
    expect(state.drafts).toHaveLength(2);
    expect(state.current).toMatchObject({ opener: 'text', line: 3, furniture: [{ kind: 'boilerplate', line: 3, text: '▲' }] });
  });
});
