import { describe, expect, it } from 'vitest';
import { editorNames, photographerNames, reporterNames } from './bylines.ts';

describe('names', () => {
  it('reads reporters from datelines and bylines', () => {
    expect(reporterNames('本报讯（记者 于春津 刘国栋）')).toEqual(['于春津', '刘国栋']);
    expect(reporterNames('记者 李梅旭 见习记者 苗娜')).toEqual(['李梅旭', '苗娜']);
    expect(reporterNames('■ 本报记者 张清')).toEqual(['张清']);
    expect(reporterNames('（中国日报天津记者站 杨成）')).toEqual(['杨成']);
    expect(reporterNames('新华社天津8月25日电（记者 张三、李四）')).toEqual(['张三', '李四']);
    expect(reporterNames('中新网天津1月29日电')).toEqual([]);
  });
  it('reads photographers from credits', () => {
    expect(photographerNames('记者 周伟 摄')).toEqual(['周伟']);
    expect(photographerNames('新华社记者 李四 摄')).toEqual(['李四']);
    expect(photographerNames('图片由中新天津生态城提供')).toEqual([]);
  });
  it('reads editors', () => {
    expect(editorNames('【责任编辑：陈秋静】')).toEqual(['陈秋静']);
  });
});
