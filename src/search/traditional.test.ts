import { Converter } from 'opencc-js';
import { describe, expect, it } from 'vitest';
import { buildCharMap, traditionalForms } from './traditional.ts';

describe('traditionalForms', () => {
  it('gives the Taiwan and Hong Kong spellings readers type', () => {
    expect(traditionalForms('天开园')).toContain('天開園');
    expect(traditionalForms('宝坻')).toContain('寶坻');
    expect(traditionalForms('智能网联汽车')).toEqual(expect.arrayContaining(['智能網聯汽車', '智慧網聯汽車']));
  });

  it('leaves out the name itself when it is the same in both scripts', () => {
    expect(traditionalForms('张工')).toEqual(['張工']);
    expect(traditionalForms('具身')).toEqual([]);
  });

  it("spells a name as OpenCC's own Taiwan, Taiwan-phrase and Hong Kong converters do (one set of shared tables)", () => {
    const converters = ['tw', 'twp', 'hk'].map((to) => Converter({ from: 'cn', to }));
    const names = ['滨海新区软件园', '项目里的发面馆', '干部出台了一系列措施', '智能网联汽车产业集群', '後台程序员说了算', '鬥智', '天津港保税区', '里程碑式的签约仪式', 'PN结 与 SQL注入', ''];
    for (const name of names) {
      const forms = new Set(converters.map((convert) => convert(name)));
      forms.delete(name);
      expect(traditionalForms(name), name).toEqual([...forms].sort());
    }
  });
});

describe('buildCharMap', () => {
  const texts = ['天开园与宝坻区的智能网联产业', '里面'];
  const map = buildCharMap(texts);

  it('maps the Traditional form of every character the texts use back to it', () => {
    for (const [t, s] of [['開', '开'], ['園', '园'], ['寶', '宝'], ['區', '区'], ['網', '网'], ['聯', '联'], ['業', '业'], ['裡', '里'], ['裏', '里']]) {
      expect(map[t!]).toBe(s);
    }
  });

  it('lists only characters of the texts, and none the texts use themselves', () => {
    expect(map['發']).toBeUndefined();
    for (const simplified of Object.values(map)) expect(texts.join('')).toContain(simplified);
    for (const traditional of Object.keys(map)) expect(texts.join('')).not.toContain(traditional);
  });

  it('is the same for the same texts', () => {
    expect(JSON.stringify(buildCharMap([...texts].reverse()))).toBe(JSON.stringify(map));
  });
});
