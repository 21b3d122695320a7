/** The three kinds of entity readers follow, with their Chinese labels. */
export const entityKinds = ['projects', 'districts', 'industries'] as const;
export type EntityKind = (typeof entityKinds)[number];

export const entityLabels: Record<EntityKind, { one: string; all: string }> = {
  projects: { one: '项目', all: '项目' },
  districts: { one: '区域', all: '区域' },
  industries: { one: '产业', all: '产业' },
};
