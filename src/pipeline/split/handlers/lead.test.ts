import { describe, expect, it } from 'vitest';
import { classifyLine } from '../../classify.ts';
import { createState, startStory } from '../state.ts';
import { lead } from './lead.ts';

const unit = (line: number, text: string) => classifyLine({ line, text, plain: text })!;

describe('lead handler', () => {
  it('opens the story under a headline that has no text yet', () => {
    const state = createState([unit(2, '本报讯（记者 张三）昨天，会议召开。')]);
    const story = startStory(state, 'headline', 1);
    lead(state, state.units[0]!);
    expect(state.drafts).toEqual([story]);
    expect(story).toMatchObject({ dateline: '本报讯（记者 张三）', reporters: ['张三'] });
    expect(story.paragraphs.map((p) => p.text)).toEqual(['昨天，会议召开。']);
    expect(story.furniture).toEqual([{ kind: 'dateline', line: 2, text: '本报讯（记者 张三）' }]);
  });

  it('suspends the story whose text it interrupts and starts its own', () => {
    const state = createState([unit(2, '本报讯（记者 王五）记者昨天获悉，我市配套企业')]);
    const story = startStory(state, 'headline', 0);
    story.paragraphs.push({ kind: 'text', text: '项目规划了四个功能区，', plain: '项目规划了四个功能区，', line: 1 });
    state.previous = unit(1, '项目规划了四个功能区，');
    lead(state, state.units[0]!);
    expect(state.suspended).toBe(story);
    expect(state.current).not.toBe(story);
    expect(state.current).toMatchObject({ opener: 'lead', line: 2, dateline: '本报讯（记者 王五）' });
  });

  it('belongs to the photo story whose caption came first', () => {
    const state = createState([unit(3, '本报讯（记者 张三）昨天，码头开港。')]);
    const photo = startStory(state, 'credit', 1);
    photo.paragraphs.push({ kind: 'caption', text: '码头一角。', plain: '码头一角。', line: 1 });
    photo.closed = true;
    lead(state, state.units[0]!);
    expect(state.drafts).toEqual([photo]);
    expect(photo.dateline).toBe('本报讯（记者 张三）');
  });
});
