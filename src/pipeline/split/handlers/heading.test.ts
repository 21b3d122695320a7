import { describe, expect, it } from 'vitest';
import { classifyLine } from '../../classify.ts';
import { createState, startStory } from '../state.ts';
import { heading } from './heading.ts';

const unit = (line: number, text: string) => classifyLine({ line, text, plain: text })!;

describe('heading handler', () => {
  it('reads a run of deck lines as a new story, and moves past the run', () => {
    const state = createState([unit(1, '新闻发布厅'), unit(2, '港口建设提速'), unit(3, '本报讯（记者 张三）昨天，会议召开。')]);
    heading(state, state.units[0]!);
    expect(state.drafts).toHaveLength(1);
    expect(state.current).toMatchObject({ opener: 'headline', title: '港口建设提速', column: '新闻发布厅', line: 1 });
    expect(state.current!.furniture).toEqual([{ kind: 'column', line: 1, text: '新闻发布厅' }]);
    expect(state.at).toBe(1);
  });

  it('reads a short headline inside a story as its subhead', () => {
    const state = createState([unit(1, '智慧港口 加快建设'), unit(2, '港口自动化码头投入运营。')]);
    const story = startStory(state, 'headline', 0);
    story.paragraphs.push({ kind: 'text', text: '会议召开。', plain: '会议召开。', line: 0 });
    heading(state, state.units[0]!);
    expect(state.drafts).toEqual([story]);
    expect(story.paragraphs.at(-1)).toEqual({ kind: 'subhead', text: '智慧港口 加快建设', plain: '智慧港口 加快建设', line: 1 });
  });

  it('opens the body with a numbered section heading printed under the headline', () => {
    const state = createState([unit(1, '示例区工作报告'), unit(2, '一、总体情况'), unit(3, '今年全区经济平稳运行。')]);
    heading(state, state.units[0]!);
    expect(state.current!.title).toBe('示例区工作报告');
    expect(state.current!.paragraphs).toEqual([{ kind: 'subhead', text: '一、总体情况', plain: '一、总体情况', line: 2 }]);
  });

  it('keeps a jump mark on a deck line as the story’s continuation furniture, and leaves the story open', () => {
    const state = createState([unit(1, '港口建设提速（下转第2版）'), unit(2, '本报讯（记者 张三）昨天，会议召开。')]);
    heading(state, state.units[0]!);
    expect(state.current).toMatchObject({ title: '港口建设提速', closed: false, continued: false });
    expect(state.current!.furniture).toEqual([{ kind: 'continuation', line: 1, text: '（下转第2版）' }]);
  });

  it('starts a continued story with a deck that carries a continuation mark, even inside another story', () => {
    const mark = { ...unit(1, '（上接第1版）港口建设提速'), kind: 'heading' as const };
    const state = createState([mark, unit(2, '本报讯（记者 张三）昨天，会议召开。')]);
    const story = startStory(state, 'headline', 0);
    story.paragraphs.push({ kind: 'text', text: '会议召开。', plain: '会议召开。', line: 0 });
    heading(state, state.units[0]!);
    expect(state.drafts).toHaveLength(2);
    expect(state.current).toMatchObject({ title: '港口建设提速', continued: true });
    expect(state.current!.furniture).toEqual([{ kind: 'continuation', line: 1, text: '（上接第1版）' }]);
  });
});
