import { readdirSync, readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { detectScript, toSimplified, toTraditional } from './script.ts';

const papers = new URL('../../content/papers/', import.meta.url);
const samples = readdirSync(papers)
  .filter((f) => f.endsWith('.txt'))
  .sort()
  .map((f) => ({ name: f, text: readFileSync(new URL(f, papers), 'utf8') }));

describe('toSimplified', () => {
  it('converts Taiwan-style Traditional', () => {
    expect(toSimplified('天開高教科創園 寶坻區 智能網聯汽車')).toBe('天开高教科创园 宝坻区 智能网联汽车');
    expect(toSimplified('這裡的麵包')).toBe('这里的面包');
  });

  it('converts Hong Kong variants too', () => {
    expect(toSimplified('衞生 綫路')).toBe('卫生 线路');
  });

  it('respects phrases: 著 is 着 in 著重 but stays in 著名 and 顯著', () => {
    expect(toSimplified('陳敏爾著重強調')).toBe('陈敏尔着重强调');
    expect(toSimplified('著名 顯著')).toBe('著名 显著');
  });

  it('leaves Simplified text, Latin, digits and markup alone', () => {
    const text = '本报讯（记者 于春津 刘国栋）5月9日，<script>alert(1)</script> 1.5亿元 rx@chinadaily.com.cn';
    expect(toSimplified(text)).toBe(text);
    expect(toSimplified('')).toBe('');
  });
});

describe('toTraditional', () => {
  it('converts to the Taiwan standard', () => {
    expect(toTraditional('天开高教科创园 宝坻区 智能网联汽车')).toBe('天開高教科創園 寶坻區 智能網聯汽車');
    expect(toTraditional('后来')).toBe('後來');
    expect(toTraditional('')).toBe('');
  });

  it('round-trips the sample papers through Traditional and back', () => {
    for (const { text } of samples.slice(0, 2)) {
      const there = toTraditional(text);
      expect(there).not.toBe(text);
      expect(there.length).toBe(text.length);
      // Not an identity in general (several Simplified characters merge), but close.
      const back = toSimplified(there);
      let diff = 0;
      for (let i = 0; i < text.length; i++) if (back[i] !== text[i]) diff++;
      expect(diff / text.length).toBeLessThan(0.005);
    }
  });
});

describe('detectScript', () => {
  it('detects Traditional text', () => {
    expect(detectScript('天開高教科創園 寶坻區 智能網聯汽車')).toBe('hant');
  });

  it('detects Traditional versions of the sample papers', () => {
    for (const { text } of samples) expect(detectScript(toTraditional(text))).toBe('hant');
  });

  it('finds every sample paper Simplified', () => {
    for (const { text } of samples) expect(detectScript(text)).toBe('hans');
  });

  it('keeps Simplified text with a stray 著 or 後 Simplified', () => {
    expect(detectScript('陈敏尔著重强调，後来市委书记前往调研并召开会议。')).toBe('hans');
    const [first] = samples;
    expect(detectScript(`${first!.text}\n著名企业家後来表示，顯著成效\n`)).toBe('hans');
  });

  it('keeps a short Simplified line with two strays Simplified, though they pass the share', () => {
    expect(detectScript('後')).toBe('hans');
    expect(detectScript('著作')).toBe('hans');
    expect(detectScript('陈敏尔著重强调,後来市委书记前往调研。')).toBe('hans');
    expect(detectScript('後來這個')).toBe('hant');
  });

  it('calls text without Han characters Simplified', () => {
    expect(detectScript('')).toBe('hans');
    expect(detectScript('<script>alert(1)</script> 2025-03-01')).toBe('hans');
  });

  it('counts supplementary-plane characters without being thrown by them', () => {
    expect(detectScript('𠀀𠀁𠀂這個國家')).toBe('hant');
    expect(detectScript('𠀀𠀁𠀂这个国家')).toBe('hans');
  });
});

describe('detectScript on mirror sites’ broken conversions', () => {
  // Invented lines in the shapes such mirrors produce.
  it('calls a half-converted text Traditional', () => {
    expect(detectScript('河畔新城是天津濱海新區八大功能區之一，規劃面積35平方公里。建成后的新城將以水岸休閑居住為核心，展现天津的海洋文化特色。')).toBe('hant');
  });
  it('calls old variant forms (産 爲 将) mixed in Traditional', () => {
    expect(detectScript('該項目建成後，将成爲天津市高端産業集聚區，吸引相關高新技術産業，形成聚合上下遊高端産業的集群。')).toBe('hant');
  });
  it('keeps Traditional through mojibake, and Simplified with a mojibake run Simplified', () => {
    const simplified = '河畔新区今年以来推进重点项目建设，一批新项目落地开工，园区产业链条不断延伸，发展动能持续增强，全年实现地区生产总值增长。';
    const mojibake = (s: string): string => new TextDecoder('gbk').decode(new TextEncoder().encode(s));
    expect(detectScript('河畔科技城建成15萬平米人才公寓，用北京社??ň涂梢栽趯氎骈T診進行結算，北京學籍和天津學籍可以互認。')).toBe('hant');
    expect(detectScript(simplified + mojibake(simplified))).toBe('hans');
    const traditional = '河畔新區今年以來推進重點項目建設，一批新項目落地開工，園區產業鏈條不斷延伸，發展動能持續增強。';
    expect(detectScript(traditional + mojibake(traditional) + mojibake(traditional))).toBe('hant');
  });
});
