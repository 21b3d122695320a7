import { describe, expect, it } from 'vitest';
import { parseTaxonomy, TaxonomyError } from '../../io/read-taxonomy.ts';

const industries = '- slug: finance\n  name: 金融\n  source: 现代服务业\n  signals: [金融业]\n';

function problems(districts: string): string[] {
  try {
    parseTaxonomy([
      { path: 'content/taxonomy/districts.yml', text: districts },
      { path: 'content/taxonomy/projects.yml', text: '' },
      { path: 'content/taxonomy/industries.yml', text: industries },
    ]);
  } catch (error) {
    if (error instanceof TaxonomyError) return error.problems;
    throw error;
  }
  return [];
}

const place = (slug: string, name: string, parent?: string) =>
  `- slug: ${slug}\n  name: ${name}\n  kind: functional-zone\n${parent ? `  parent: ${parent}\n` : ''}`;

describe('taxonomy parent cycles', () => {
  it('reports a two-node cycle once, at its first entry, however many places hang below it', () => {
    const text = [place('a', '甲区', '乙区'), place('b', '乙区', '甲区'), place('c', '丙区', '甲区'), place('d', '丁区', '丙区'), place('e', '戊区', '乙区')].join('');
    expect(problems(text)).toEqual(['content/taxonomy/districts.yml:1: entry #1 "甲区": parent chain loops: 甲区 → 乙区 → 甲区']);
  });

  it('reports each separate cycle once', () => {
    const text = [place('a', '甲区', '乙区'), place('b', '乙区', '甲区'), place('c', '丙区', '丁区'), place('d', '丁区', '戊区'), place('e', '戊区', '丙区')].join('');
    expect(problems(text)).toEqual([
      'content/taxonomy/districts.yml:1: entry #1 "甲区": parent chain loops: 甲区 → 乙区 → 甲区',
      'content/taxonomy/districts.yml:9: entry #3 "丙区": parent chain loops: 丙区 → 丁区 → 戊区 → 丙区',
    ]);
  });
});
