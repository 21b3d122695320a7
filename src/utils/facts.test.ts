import { describe, expect, it } from 'vitest';
import type { Milestone } from '../schema/article.ts';
import { amountsFor, formatYuan, groupBySentence, milestoneTime, projectMilestones } from './facts.ts';
import { makeArticle } from '../../tests/fixtures/make-article.ts';

const milestone = (kind: Milestone['kind'], date: string | null, project: string | null = '117项目') => ({ kind, project, when: date, date, planned: false, phrase: `${kind}${date}` });
const money = (yuan: number, project: string | null, phrase = `p${yuan}`) => ({ text: `${yuan}`, yuan, label: null, project, organization: null, phrase });

describe('facts for entity pages', () => {
  it('orders a project’s milestones by resolved date, unresolved last, and ignores other projects', () => {
    const a = makeArticle({ id: 'a', published: '2025-06-01', milestones: [milestone('竣工', '2026-10'), milestone('开工', '2025-09'), milestone('签约', '2025-01', '天开园')] });
    const b = makeArticle({ id: 'b', published: '2025-05-01', milestones: [milestone('入驻', null), milestone('主体封顶', '2025')] });
    // 入驻 has no time but is reported as done: it stands at its article's date.
    expect(projectMilestones('117项目', [a, b]).map((m) => m.fact.kind)).toEqual(['主体封顶', '入驻', '开工', '竣工']);
  });

  it('resolves 目前 to the article’s date, so a plan for next year comes after what stands today', () => {
    const sentence = '目前该项目已全面开工，明年竣工';
    const a = makeArticle({
      id: 'a',
      published: '2026-04-12',
      milestones: [
        { kind: '开工', project: 'p', when: '目前', date: null, planned: false, phrase: sentence },
        { kind: '竣工', project: 'p', when: '明年', date: '2027', planned: true, phrase: sentence },
        { kind: '开园', project: 'p', when: null, date: null, planned: true, phrase: '将开园' },
      ],
    });
    const sorted = projectMilestones('p', [a]);
    expect(sorted.map((m) => m.fact.kind)).toEqual(['开工', '竣工', '开园']);
    expect(sorted.map((m) => milestoneTime(m.fact, m.article))).toEqual([
      { date: '2026-04-12', label: '截至2026年4月12日' },
      { date: '2027', label: '2027年' },
      { date: null, label: '时间未明' },
    ]);
    // The two from one sentence are one entry.
    expect(groupBySentence(sorted).map((g) => g.map((m) => m.fact.kind))).toEqual([['开工', '竣工'], ['开园']]);
  });

  it('dates 近期, 日前 and 当前 by the article too, saying how they stand to it', () => {
    const fact = (when: string, planned = false): Milestone => ({ kind: '入驻', project: 'p', when, date: null, planned, phrase: when });
    const a = makeArticle({ id: 'a', published: '2026-04-12' });
    expect([fact('近期'), fact('近期', true), fact('日前'), fact('当前'), fact('此前')].map((f) => milestoneTime(f, a))).toEqual([
      { date: '2026-04-12', label: '2026年4月12日前不久' },
      { date: '2026-04-12', label: '近期（2026年4月12日报道）' },
      { date: '2026-04-12', label: '2026年4月12日前不久' },
      { date: '2026-04-12', label: '截至2026年4月12日' },
      { date: null, label: '此前' },
    ]);
  });

  it('lists amounts tied to a project, largest first, once per sentence', () => {
    const a = makeArticle({ id: 'a', money: [money(3.8e8, '117项目'), money(1e9, null), money(5e7, '117项目', 'same')] });
    const b = makeArticle({ id: 'b', money: [money(5e7, '117项目', 'same')] });
    expect(amountsFor([a, b], { project: '117项目' }).map((m) => [m.fact.yuan, m.article.id])).toEqual([
      [3.8e8, 'a'],
      [5e7, 'a'],
    ]);
    expect(amountsFor([a, b], null)).toHaveLength(3);
  });

  it('lists on an industry page only the amounts about that industry', () => {
    const a = makeArticle({
      id: 'a',
      money: [
        { ...money(6.2e11, '世界智能产业博览会'), industries: [] },
        { ...money(3.9e11, null), industries: ['生物医药'] },
        { ...money(2e9, null), industries: ['具身智能与机器人', '人工智能'] },
      ],
    });
    expect(amountsFor([a], { industries: ['具身智能与机器人'] }).map((m) => m.fact.yuan)).toEqual([2e9]);
    expect(amountsFor([a], { industries: ['生物医药', '创新药'] }).map((m) => m.fact.yuan)).toEqual([3.9e11]);
  });

  it('writes amounts in 亿 and 万', () => {
    expect(formatYuan(380_000_000)).toBe('3.8亿元');
    expect(formatYuan(20_788_000_000)).toBe('207.88亿元');
    expect(formatYuan(15_000)).toBe('1.5万元');
    expect(formatYuan(800)).toBe('800元');
  });
});
