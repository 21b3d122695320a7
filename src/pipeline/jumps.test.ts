import { describe, expect, it } from 'vitest';
import { parsePaper } from './index.ts';

// An invented daily page: a story that jumps to another page, then a headless brief.
const page = [
  '河畔物流园全面开工',
  '',
  '本报讯（记者 王某）昨天，河畔物流园全面开工，总投资30亿元，建成后将服务京津冀冷链物流需求。园区分三期建设，一期年内完工。（下转第2版）',
  '',
  '新区第二批项目签约，涉及智能制造、新材料等领域，协议投资额15亿元，签约企业均已完成注册。',
  '',
  '河畔港新航线开通',
  '',
  '本报讯（记者 李某）昨天，河畔港开通至东南亚的集装箱新航线，每周两班。',
  '（下转第3版）',
].join('\n');

const parse = (text: string) => parsePaper({ file: 'jump.txt', bytes: new TextEncoder().encode(text) }, { homePaper: '河畔日报' });

describe('jump marks (下转第N版)', () => {
  const result = parse(page);
  const logistics = result.articles.find((a) => a.title === '河畔物流园全面开工');
  const port = result.articles.find((a) => a.title === '河畔港新航线开通');

  it('are set aside as continuation furniture of their story, at the end of a line or alone', () => {
    expect(logistics!.paragraphs.map((p) => p.text).join('')).not.toContain('下转');
    expect(logistics!.paragraphs.at(-1)!.text.endsWith('一期年内完工。')).toBe(true);
    const marks = result.furniture.filter((f) => f.kind === 'continuation');
    expect(marks.map((f) => [f.line, f.text, f.article])).toEqual([
      [3, '（下转第2版）', logistics!.id],
      [10, '（下转第3版）', port!.id],
    ]);
  });

  it('close the story they end, so the next text on the page is not more of it', () => {
    expect(logistics!.paragraphs.map((p) => p.text).join('')).not.toContain('新区第二批项目签约');
    // Whether a headless brief is an article of its own or a reported fragment is the splitter's call; it is not the jumped story's.
    const brief = [...result.articles.flatMap((a) => a.paragraphs.map((p) => ({ text: p.text, in: a.id }))), ...result.fragments.map((f) => ({ text: f.text, in: f.placedIn }))].find((p) => p.text.startsWith('新区第二批项目签约'));
    expect(brief).toBeDefined();
    expect(brief!.in).not.toBe(logistics!.id);
    expect(port!.paragraphs).toHaveLength(1);
  });

  it('are read in Traditional text too', () => {
    const traditional = parse('河畔物流園全面開工\n\n本報訊（記者 王某）昨天，河畔物流園全面開工，總投資30億元，建成後將服務京津冀。（下轉第2版）\n');
    expect(traditional.articles[0]!.paragraphs.map((p) => p.text).join('')).not.toContain('下轉');
    expect(traditional.furniture.find((f) => f.kind === 'continuation')?.text).toBe('（下轉第2版）');
  });
});

describe('jump and continuation marks on headline lines', () => {
  const result = parse(
    [
      '河畔新城科创走廊全面提速（下转第2版）',
      '',
      '本报讯（记者 王某）昨天，河畔新城科创走廊建设推进会召开，首批三十家企业签约入驻。',
      '',
      '（上接第3版）码头二期扩建工程顺利封顶',
      '',
      '本报讯（记者 李某）码头二期扩建工程主体结构昨日封顶，预计年内投入使用。',
    ].join('\n'),
  );
  const corridor = result.articles.find((a) => a.title === '河畔新城科创走廊全面提速');
  const dock = result.articles.find((a) => a.title === '码头二期扩建工程顺利封顶');

  it('keep the headline as the title and the mark as the story’s continuation furniture', () => {
    expect(corridor).toBeDefined();
    expect(result.furniture.filter((f) => f.kind === 'continuation').map((f) => [f.line, f.text, f.article])).toEqual([
      [1, '（下转第2版）', corridor!.id],
      [5, '（上接第3版）', dock?.id],
    ]);
  });

  it('read a headline after a continuation mark as the headline of a continued story', () => {
    expect(dock).toBeDefined();
    expect(dock!.continued).toBe(true);
    expect(dock!.paragraphs.map((p) => p.text)).toEqual(['码头二期扩建工程主体结构昨日封顶，预计年内投入使用。']);
  });
});

describe('the other ways papers print jump marks', () => {
  it.each(['（转第2版）', '（下转2版）', '（紧转第3版）', '（下转第二版）', '（转A2版）', '(下转第2版)'])('%s ends a story and is set aside', (mark) => {
    const result = parse(`河畔物流园全面开工\n\n本报讯（记者 王某）昨天，河畔物流园全面开工，一期年内完工。${mark}\n`);
    expect(result.articles[0]!.paragraphs.at(-1)!.text).toBe('昨天，河畔物流园全面开工，一期年内完工。');
    // Normalisation gives ASCII brackets between Chinese characters their full width.
    expect(result.furniture.find((f) => f.kind === 'continuation')?.text).toBe(mark.replace('(', '（').replace(')', '）'));
  });
  it('is set aside when printed alone on its line in ASCII brackets', () => {
    const result = parse('河畔物流园全面开工\n\n本报讯（记者 王某）昨天，河畔物流园全面开工，一期年内完工。\n(下转第2版)\n');
    expect(result.articles[0]!.paragraphs.map((p) => p.text).join('')).not.toContain('下转');
    expect(result.furniture.find((f) => f.kind === 'continuation')?.text).toMatch(/^[(（]下转第2版[)）]$/);
  });
  it.each(['（接第1版）', '（上接1版）', '（紧接第1版）', '(上接第1版)'])('%s opens a continued story', (mark) => {
    const result = parse(`${mark}园区分三期建设，一期年内完工，二期明年启动。\n`);
    expect(result.articles[0]!.continued).toBe(true);
    expect(result.articles[0]!.paragraphs[0]!.text).toBe('园区分三期建设，一期年内完工，二期明年启动。');
  });
});
