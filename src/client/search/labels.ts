/** Chinese labels the search UI shows. */
import type { Facet, NameKind } from '../../search/model.ts';

export const kindLabel: Record<NameKind, string> = {
  projects: '项目',
  districts: '区域',
  industries: '产业',
  people: '人物',
};

export const facetLabel: Record<Facet, string> = {
  district: '区域',
  industry: '产业',
  project: '项目',
  year: '年份',
};

