import { describe, expect, it } from 'vitest';
import { judgeLines, lineFeatures } from './boilerplate.ts';
import { findHeadline } from './headline.ts';

const find = (page: string[]) => {
  const features = page.map(lineFeatures);
  return findHeadline(page, features, judgeLines(features));
};

describe('finding a web page headline', () => {
  it('takes the line above the lead that shares its words, past a forum header', () => {
    const page = ['某某社区论坛', '打印 上一主题 下一主题', '滨海新区召开重点项目调度会', '[复制链接]', '积分', '1024', '发表于 2024-5-6 10:02:11 | 只看该作者', '滨海新区重点项目调度会昨日召开，会议听取了二十个重点项目的进展汇报。'];
    expect(find(page)).toMatchObject({ at: 2, lead: 7 });
  });
  it('collapses a headline printed twice into the copy right above the body', () => {
    const page = ['宝坻区新能源产业园开园_津门资讯网', '首页 > 区县 > 正文', '宝坻区新能源产业园开园', '2024-05-06 10:02', '昨天，宝坻区新能源产业园开园，首批十二家企业入驻。'];
    const found = find(page);
    expect(found.at).toBe(2);
    expect(found.copies).toEqual([0]);
  });
  it('prefers a headline repeated in the header over an unrelated line', () => {
    const page = ['专栏 | 一线见闻：创新园区里的年轻人', '0', '分享至', '一线见闻：创新园区里的年轻人', '清晨七点，实验楼里已经亮起灯，几位研究生正在调试新设备。'];
    const found = find(page);
    expect(found.at).toBe(3);
    expect(found.copies).toEqual([0]);
  });
  it('sets a column label before the headline aside', () => {
    const page = ['专栏 | 宝坻区新能源产业园开园', '昨天，宝坻区新能源产业园开园，首批十二家企业入驻。'];
    const found = find(page);
    expect(found.at).toBe(0);
    expect(page[0]!.slice(found.label)).toBe('宝坻区新能源产业园开园');
  });
  it('finds none when the page opens with its prose', () => {
    const page = ['昨天，宝坻区新能源产业园开园，首批十二家企业入驻。', '园区规划面积三平方公里，主攻储能和光伏装备。'];
    expect(find(page).at).toBeNull();
  });
  it('does not take a site name that shares nothing with the lead', () => {
    const page = ['津门资讯网', '昨天，宝坻区新能源产业园开园，首批十二家企业入驻。'];
    expect(find(page).at).toBeNull();
  });
});
