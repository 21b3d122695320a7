import { describe, expect, it } from 'vitest';
import type { Milestone, Money } from '../schema/article.ts';
import { buildEntityIndex, type EntityEntry } from './entities.ts';
import { csvCell, projectRecord, projectsCsv } from './project-export.ts';
import { compareLatestNews, projectStatus, stageLabel } from './project-status.ts';
import { makeArticle, tag } from '../../tests/fixtures/make-article.ts';

const entry = (e: Partial<EntityEntry> & Pick<EntityEntry, 'kind' | 'slug' | 'name'>): EntityEntry => ({
  aliases: [], not: [], type: null, description: null, parent: null, districts: [], industries: [], ...e,
});
const entries: EntityEntry[] = [
  entry({ kind: 'projects', slug: 'base', name: '某某基地', aliases: ['基地一期'], districts: ['eco'], industries: ['ai'] }),
  entry({ kind: 'projects', slug: 'quiet', name: '静悄悄园' }),
  entry({ kind: 'districts', slug: 'binhai', name: '滨海新区', type: 'district' }),
  entry({ kind: 'districts', slug: 'eco', name: '生态城', type: 'functional-zone', parent: 'binhai' }),
  entry({ kind: 'industries', slug: 'ai', name: '人工智能' }),
];
const m = (kind: Milestone['kind'], over: Partial<Milestone> = {}): Milestone => ({ kind, project: '某某基地', when: null, date: null, planned: false, phrase: `${kind}了`, ...over });
const money = (text: string, yuan: number, label: string | null): Money => ({ text, yuan, label, project: '某某基地', organization: null, phrase: `${label}${text}` });
const tags = { projects: [tag('某某基地')], organizations: [tag('甲公司'), tag('乙大学')] };
const articles = [
  makeArticle({ id: 'a1', published: '2025-01-05', tags, milestones: [m('签约')], money: [money('10亿元', 1e9, '总投资')], paragraphs: [{ kind: 'text', text: '甲公司与某某基地签约。', line: 2 }] }),
  makeArticle({ id: 'a2', published: '2025-09-20', tags, milestones: [m('开工', { when: '9月18日', date: '2025-09-18' }), m('竣工', { when: '明年', date: '2026', planned: true })], money: [money('12亿元', 1.2e9, '总投资'), money('30亿元', 3e9, '年产值')], paragraphs: [{ kind: 'text', text: '基地一期由甲公司建设。乙大学在别处。', line: 2 }] }),
  makeArticle({ id: 'a3', published: '2025-11-02', tags, milestones: [m('开工')], paragraphs: [{ kind: 'text', text: '乙大学的专家说起别的事。', line: 2 }] }),
];
const index = buildEntityIndex(entries, articles);
const status = projectStatus(index.get('projects', 'base')!, index);

describe('projectStatus', () => {
  it('takes the furthest stage reported as done, dated by its earliest report', () => {
    expect(stageLabel(status.stage)).toBe('开工');
    expect(status.stageDate).toBe('2025-09-18');
    expect(status.stageSource?.article.id).toBe('a2');
  });

  it('gives the latest reported total investment, not the largest amount', () => {
    expect(status.investment?.fact.text).toBe('12亿元');
    expect(status.investment?.article.id).toBe('a2');
  });

  it('places a project in a zone in the zone and its district', () => {
    expect(status.districts.map((d) => d.name)).toEqual(['滨海新区']);
    expect(status.zones.map((d) => d.name)).toEqual(['生态城']);
  });

  it('names organisations written in the same sentence as the project (or its alias) only', () => {
    expect(status.organizations).toEqual(['甲公司']);
  });

  it('keeps the planned completion and the span of reports', () => {
    expect(status.plannedCompletion?.fact.kind).toBe('竣工');
    expect(status.plannedCompletion?.fact.date).toBe('2026');
    expect([status.firstReported, status.lastReported, status.articleCount]).toEqual(['2025-01-05', '2025-11-02', 3]);
  });

  it('says so when nothing is reported, and sorts it after the news', () => {
    const quiet = projectStatus(index.get('projects', 'quiet')!, index);
    expect([quiet.stage, quiet.investment, quiet.plannedCompletion, quiet.lastReported]).toEqual([null, null, null, null]);
    expect([quiet, status].sort(compareLatestNews).map((s) => s.slug)).toEqual(['base', 'quiet']);
  });
});

describe('project table', () => {
  it('escapes CSV cells: quotes, commas, line breaks, and formula starts', () => {
    expect(csvCell('普通')).toBe('普通');
    expect(csvCell('甲,乙')).toBe('"甲,乙"');
    expect(csvCell('说“好”"是"')).toBe('"说“好”""是"""');
    expect(csvCell('一行\n两行')).toBe('"一行\n两行"');
    expect(csvCell('=HYPERLINK("x")')).toBe(`"'=HYPERLINK(""x"")"`);
    expect(csvCell(['滨海新区', '东丽区'])).toBe('滨海新区、东丽区');
    expect(csvCell(null)).toBe('');
    expect(csvCell(1.2e9)).toBe('1200000000');
  });

  it('writes one header and one row per project, with absolute links', () => {
    const record = projectRecord(status, 'https://example.org/');
    expect(record.url).toBe('https://example.org/projects/base/');
    expect(record.stageArticle).toBe('https://example.org/articles/a2/');
    const csv = projectsCsv([record]);
    expect(csv.startsWith('\uFEFFslug,name,url,stage,')).toBe(true);
    const lines = csv.slice(1).trimEnd().split('\r\n');
    expect(lines).toHaveLength(2);
    expect(lines[1]).toContain('base,某某基地,https://example.org/projects/base/,开工,2025-09-18,');
  });
});
