import { describe, expect, it } from 'vitest';
import { goldFileSchema } from './gold.ts';
import { sameProject, scoreFileTags, tagTotals } from './score-tags.ts';

// Invented gold and tags in the corpus's shapes: a park page with a discovered project and a zone with its parent.
const gold = goldFileSchema.parse({
  script: 'hans',
  date: null,
  why: 'invented',
  articles: [
    {
      title: '河畔物流园开工',
      body: '3日,河畔物流园',
      tags: {
        districts: ['河畔新区', '河畔港区|河畔港'],
        projects: ['河畔冷链(天津)交易中心|河畔冷链交易中心', '星河科创园|星河园'],
        industries: ['冷链物流', '商业航天|航天'],
      },
    },
  ],
});
const known = (name: string): boolean => name === '星河科创园';

describe('sameProject', () => {
  it('accepts an alias, a dropped bracket and a name with an owner added or dropped', () => {
    expect(sameProject('星河园', '星河科创园|星河园')).toBe(true);
    expect(sameProject('河畔冷链交易中心', '河畔冷链(天津)交易中心')).toBe(true);
    expect(sameProject('河畔星河科创园', '星河科创园')).toBe(true);
    expect(sameProject('河畔集团星河科创园', '星河科创园')).toBe(false);
  });
  it('refuses a short or generic part of a longer name', () => {
    expect(sameProject('交易中心', '河畔冷链交易中心')).toBe(false);
    expect(sameProject('科创园', '星河科创园')).toBe(false);
  });
});

describe('scoreFileTags', () => {
  it('counts recall against the gold and precision over the tags, telling discovered projects apart', () => {
    const s = scoreFileTags(
      'a.txt',
      gold,
      [
        { districts: [{ name: '河畔新区' }, { name: '河畔港' }], projects: [{ name: '星河科创园' }, { name: '河畔冷链交易中心', discovered: true }], industries: [{ name: '冷链物流' }] },
        { districts: [{ name: '山前区' }], projects: [{ name: '会议中心' }], industries: [{ name: '文旅' }] },
      ],
      known,
    );
    expect(s.districts).toMatchObject({ found: 2, gold: 2, right: 2, tags: 3, extra: ['山前区'] });
    expect(s.projects).toMatchObject({ found: 2, gold: 2, right: 2, tags: 3 });
    expect(s.discovered).toEqual({ right: ['河畔冷链交易中心'], unjudged: ['会议中心'] });
    expect(s.industries).toMatchObject({ found: 1, gold: 2, missed: ['商业航天|航天'] });

    const none = scoreFileTags('b.txt', gold, [], known);
    expect(none.records).toBe(0);
    expect(none.projects.found).toBe(0);

    const t = tagTotals([s, none]);
    expect(t.districts.precision).toEqual({ right: 2, of: 3 });
    expect(t.districts.recall).toEqual({ right: 2, of: 4 });
    expect(t.projects.recall).toEqual({ right: 2, of: 4 });
    expect(t.projects.knownPrecision).toEqual({ right: 1, of: 1 });
    expect(t.discovered).toEqual({ matchingGold: 1, total: 2 });
    expect(t.filesWithoutArticles).toBe(1);
  });
});
