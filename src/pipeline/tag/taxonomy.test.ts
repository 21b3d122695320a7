import { describe, expect, it } from 'vitest';
import { loadTaxonomy, parseTaxonomy, TaxonomyError } from '../../io/read-taxonomy.ts';

const districts = `
- slug: hexi
  name: 河西区
  kind: district
  aliases: [河西]
- slug: binhai
  name: 滨海新区
  kind: district
- slug: eco-city
  name: 中新天津生态城
  kind: functional-zone
  parent: 滨海新区
  aliases: [生态城]
`;
const industries = `
- slug: finance
  name: 金融
  source: 现代服务业
  signals: [金融业, 银行]
  weak: [金融]
- slug: leasing
  name: 融资租赁
  parent: 金融
  signals: [融资租赁]
`;
const projects = `
- slug: tiankai-hexi-park
  name: 天开河西园
  kind: park
  district: hexi
  industries: [金融]
  parent: 天开高教科创园
- slug: tiankai-park
  name: 天开高教科创园
  kind: park
`;

const files = (over: Partial<Record<'districts' | 'projects' | 'industries', string>> = {}) => [
  { path: 'content/taxonomy/districts.yml', text: over.districts ?? districts },
  { path: 'content/taxonomy/projects.yml', text: over.projects ?? projects },
  { path: 'content/taxonomy/industries.yml', text: over.industries ?? industries },
];

function problems(run: () => unknown): string[] {
  try {
    run();
  } catch (error) {
    expect(error).toBeInstanceOf(TaxonomyError);
    return (error as TaxonomyError).problems;
  }
  throw new Error('expected a TaxonomyError');
}

describe('parseTaxonomy', () => {
  it('resolves cross-references (names or slugs) to slugs', () => {
    const t = parseTaxonomy(files());
    expect(t.districts.find((d) => d.slug === 'eco-city')!.parent).toBe('binhai');
    expect(t.projects[0]).toMatchObject({ districts: ['hexi'], industries: ['finance'], parent: 'tiankai-park', aliases: [], not: [], description: null });
    expect(t.industries.map((i) => [i.slug, i.parent, i.source])).toEqual([
      ['finance', null, '现代服务业'],
      ['leasing', 'finance', null],
    ]);
  });

  it('keeps industries to two levels, each top level with its source', () => {
    const deeper = `${industries}- slug: aircraft-leasing\n  name: 飞机租赁\n  parent: 融资租赁\n  signals: [飞机租赁]\n`;
    expect(problems(() => parseTaxonomy(files({ industries: deeper })))).toEqual([
      'content/taxonomy/industries.yml:11: entry #3 "飞机租赁": parent "融资租赁" is itself a sub-industry (two levels only)',
    ]);
    const unsourced = industries.replace('  source: 现代服务业\n', '');
    expect(problems(() => parseTaxonomy(files({ industries: unsourced })))).toEqual([
      'content/taxonomy/industries.yml:2: entry #1 "金融": a top-level industry needs a source (the classification its name comes from)',
    ]);
  });

  it('names an unknown or looping parent project', () => {
    const unknown = projects.replace('parent: 天开高教科创园', 'parent: 天开园');
    expect(problems(() => parseTaxonomy(files({ projects: unknown })))).toEqual([
      'content/taxonomy/projects.yml:2: entry #1 "天开河西园": parent "天开园" is not a known project',
    ]);
    const loop = `${projects}  parent: 天开河西园\n`;
    expect(problems(() => parseTaxonomy(files({ projects: loop })))).toContain('content/taxonomy/projects.yml:2: entry #1 "天开河西园": parent chain loops: 天开河西园 → 天开高教科创园 → 天开河西园');
  });

  it('names the file and entry of an unknown district', () => {
    const bad = projects.replace('district: hexi', 'district: 河西');
    expect(problems(() => parseTaxonomy(files({ projects: bad })))).toEqual([
      'content/taxonomy/projects.yml:2: entry #1 "天开河西园": district "河西" is not a known district',
    ]);
  });

  it('reports a missing field, a bad slug and an unknown kind with their entry', () => {
    const bad = `
- slug: Hexi Park
  name: 天开河西园
  kind: garden
- slug: x
  kind: park
`;
    const found = problems(() => parseTaxonomy(files({ projects: bad })));
    expect(found.some((p) => p.startsWith('content/taxonomy/projects.yml:2: entry #1 "天开河西园": slug:'))).toBe(true);
    expect(found.some((p) => p.startsWith('content/taxonomy/projects.yml:2: entry #1 "天开河西园": kind:'))).toBe(true);
    expect(found.some((p) => p.startsWith('content/taxonomy/projects.yml:5: entry #2: name:'))).toBe(true);
  });

  it('rejects duplicate slugs, names, and an alias two entities claim', () => {
    const bad = `${districts}
- slug: hexi
  name: 河西新区
  kind: district
- slug: hexi-2
  name: 河西区
  kind: district
- slug: hexi-3
  name: 河西三区
  kind: district
  aliases: [生态城]
`;
    const found = problems(() => parseTaxonomy(files({ districts: bad })));
    expect(found).toContain('content/taxonomy/districts.yml:15: entry #4 "河西新区": slug "hexi" is already used by content/taxonomy/districts.yml:2: entry #1 "河西区"');
    expect(found).toContain('content/taxonomy/districts.yml:18: entry #5 "河西区": name "河西区" is already used by content/taxonomy/districts.yml:2: entry #1 "河西区"');
    expect(found).toContain('content/taxonomy/districts.yml:21: entry #6 "河西三区": "生态城" is already a name or alias of content/taxonomy/districts.yml:9: entry #3 "中新天津生态城"');
  });

  it('rejects unknown parents, loops and unknown industries', () => {
    const loop = districts.replace('kind: district\n  aliases: [河西]', 'kind: district\n  parent: 中新天津生态城\n  aliases: [河西]').replace('parent: 滨海新区', 'parent: 河西区');
    expect(problems(() => parseTaxonomy(files({ districts: loop })))).toContain('content/taxonomy/districts.yml:2: entry #1 "河西区": parent chain loops: 河西区 → 中新天津生态城 → 河西区');
    const noParent = districts.replace('parent: 滨海新区', 'parent: 塘沽区');
    expect(problems(() => parseTaxonomy(files({ districts: noParent })))).toEqual(['content/taxonomy/districts.yml:9: entry #3 "中新天津生态城": parent "塘沽区" is not a known district']);
    const noIndustry = projects.replace('industries: [金融]', 'industries: [航运]');
    expect(problems(() => parseTaxonomy(files({ projects: noIndustry })))).toEqual(['content/taxonomy/projects.yml:2: entry #1 "天开河西园": industry "航运" is not a known industry']);
  });

  it('reports YAML that does not parse, a file that is not a list, and a missing file', () => {
    // The file, line and column first, then yaml's reason without its own "at line…" and snippet.
    // Only that: the projects' references to industries it holds are not reported as unknown on top.
    expect(problems(() => parseTaxonomy(files({ industries: '- slug: a\n  name: [unclosed' })))).toEqual([
      'content/taxonomy/industries.yml:2:18: cannot be read: Flow sequence in block collection must be sufficiently indented and end with a ]',
    ]);
    expect(problems(() => parseTaxonomy(files({ industries: 'slug: a' })))).toContain('content/taxonomy/industries.yml: must be a list of entries (each starting with "- slug:")');
    expect(problems(() => parseTaxonomy(files().slice(0, 2)))).toContain('industries.yml: missing from the taxonomy folder');
  });

  it('validates the taxonomy editors keep in content/taxonomy', () => {
    const t = loadTaxonomy();
    const districts = t.districts.filter((d) => d.kind === 'district').map((d) => d.name);
    expect(districts).toHaveLength(16);
    expect(districts).toEqual(expect.arrayContaining(['和平区', '河东区', '河西区', '南开区', '河北区', '红桥区', '东丽区', '西青区', '津南区', '北辰区', '武清区', '宝坻区', '宁河区', '静海区', '蓟州区', '滨海新区']));
    for (const zone of t.districts.filter((d) => d.kind === 'functional-zone' && d.slug !== 'binhai-hitech')) expect(zone.parent, zone.name).not.toBeNull();
    expect(t.projects.find((p) => p.name === '天开高教科创园')!.aliases).toEqual(expect.arrayContaining(['天开园', '天开高教科技园']));
  });
});
