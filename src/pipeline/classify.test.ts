import { describe, expect, it } from 'vitest';
import { classifyLine, classifyLines } from './classify.ts';

const kind = (text: string) => classifyLine({ line: 1, text, plain: text })?.kind;

describe('classifyLine', () => {
  it('knows bylines, opening bylines and bureau bylines', () => {
    expect(kind('记者 李梅旭 见习记者 苗娜')).toBe('byline');
    expect(kind('■ 本报记者 张清')).toBe('byline');
    expect(kind('（中国日报天津记者站 杨成）')).toBe('byline');
  });
  it('knows photo credits', () => {
    expect(kind('记者 周伟 摄')).toBe('credit');
    expect(kind('图片由中新天津生态城提供')).toBe('credit');
  });
  it('splits the dateline off a lead', () => {
    const unit = classifyLine({ line: 7, text: '本报讯（记者 于春津 刘国栋）5月9日，市委书记陈敏尔', plain: '本报讯（记者 于春津 刘国栋）5月9日，市委书记陈敏尔' })!;
    expect(unit.kind).toBe('lead');
    expect(unit.marker?.text).toBe('本报讯（记者 于春津 刘国栋）');
    expect(unit.text).toBe('5月9日，市委书记陈敏尔');
  });
  it('knows wire datelines', () => {
    expect(kind('新华社天津8月25日电（记者 张三、李四）今天，天津港……')).toBe('lead');
    expect(kind('中新网天津1月29日电 天津市发布……')).toBe('lead');
    expect(kind('本报天津2月12日电（记者 王五）……')).toBe('lead');
  });
  it('splits a jump mark off its text', () => {
    const unit = classifyLine({ line: 1, text: '（上接第1版）希望发挥好科研人员集聚优势。', plain: '（上接第1版）希望发挥好科研人员集聚优势。' })!;
    expect(unit.kind).toBe('continuation');
    expect(unit.text).toBe('希望发挥好科研人员集聚优势。');
  });
  it('tells headlines from prose cut by a break', () => {
    expect(kind('承接北京资源 加速项目落地')).toBe('heading');
    expect(kind('作为实验室方面的代表，天津市')).toBe('text');
    expect(kind('超过120家。')).toBe('text');
  });
  it('knows column labels and ignores blank lines', () => {
    expect(kind('新闻发布厅')).toBe('column');
    expect(kind('   ')).toBeUndefined();
  });
  it('reads a headline after a continuation mark as a headline when a lead follows, else as the continued text', () => {
    const lines = ['（上接第3版）码头二期扩建工程顺利封顶', '本报讯（记者 李某）码头二期扩建工程昨日封顶。', '（上接第1版）在码头二期扩建现场', '工人们正在紧张施工。'];
    const units = classifyLines(lines.map((text, k) => ({ line: k + 1, text, plain: text })));
    expect(units.map((u) => [u.kind, u.marker?.text, u.text])).toEqual([
      ['heading', '（上接第3版）', '码头二期扩建工程顺利封顶'],
      ['lead', '本报讯（记者 李某）', '码头二期扩建工程昨日封顶。'],
      ['continuation', '（上接第1版）', '在码头二期扩建现场'],
      ['text', undefined, '工人们正在紧张施工。'],
    ]);
  });
});
