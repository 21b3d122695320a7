/**
 * Where a project stands, from everything reported about it: the stage it has
 * reached (签约 → 开工 → 主体封顶 → 竣工 → 投产/开园/运营) with the article that
 * says so, the latest total investment, its place, the organisations named with
 * it, the planned completion and the first and last reports. Pure; built once per
 * site for every project (see load-site.ts).
 */
import type { Article, Milestone, Money } from '../schema/article.ts';
import { compareChronological } from './articles.ts';
import type { Entity, EntityIndex, EntityRef } from './entities.ts';
import { projectMilestones, type Sourced } from './facts.ts';
import { simplifiedText } from './simplified-text.ts';
import { compareDatesNewestFirst, compareStrings } from '../lib/compare.ts';

/** The stages a reader tracks, in order; each gathers the milestone kinds that show it. */
export const stages = [
  { slug: 'signed', label: '签约', kinds: ['签约'] },
  { slug: 'started', label: '开工', kinds: ['开工'] },
  { slug: 'topped-out', label: '主体封顶', kinds: ['主体封顶'] },
  { slug: 'completed', label: '竣工', kinds: ['竣工', '试生产'] },
  // 启用 and 入驻 are left out: they are said of a part (招商中心已启用) or of tenants long before the whole runs.
  { slug: 'operating', label: '投产/开园/运营', kinds: ['投产', '开园', '开业'] },
] as const;
/** Filter value for projects no milestone speaks of. */
export const NO_STAGE = 'unknown';
export const NO_STAGE_LABEL = '未见进展报道';

/** Index of 竣工 in `stages`: plans from here on are the planned completion. */
const COMPLETION = 3;
const stageOfKind = new Map<string, number>(stages.flatMap((s, i) => s.kinds.map((k) => [k, i] as const)));

/** Labels that give a project's total investment, best first. */
const INVESTMENT_LABELS = ['总投资', '投资', '意向投资'];

export interface ProjectStatus {
  slug: string;
  name: string;
  /** Index into `stages`, or null when no milestone has been reported as done. */
  stage: number | null;
  /** The report of the stage reached: the earliest article saying it happened. */
  stageSource: Sourced<Milestone> | null;
  /** When the stage was reached: the milestone's own date, else the article's. */
  stageDate: string | null;
  investment: Sourced<Money> | null;
  districts: EntityRef[];
  zones: EntityRef[];
  parent: EntityRef | null;
  /** Organisations named in the same sentence as the project, most often first. */
  organizations: string[];
  industries: EntityRef[];
  /** The latest reported plan to finish or start operating. */
  plannedCompletion: Sourced<Milestone> | null;
  firstReported: string | null;
  lastReported: string | null;
  articleCount: number;
}

const byArticleDesc = <T>(a: Sourced<T>, b: Sourced<T>): number => compareChronological(b.article, a.article);
const published = (a: Article): string | null => a.published;
const ref = (e: Entity): EntityRef => ({ kind: e.kind, slug: e.slug, name: e.name });
const MAX_ORGANIZATIONS = 6;

/** Organisation name → the ways the text writes it (name and aliases). */
export type OrganizationForms = ReadonlyMap<string, readonly string[]>;

export function projectStatus(project: Entity, index: EntityIndex, organizationForms: OrganizationForms = new Map()): ProjectStatus {
  const milestones = projectMilestones(project.name, project.articles);

  let stage: number | null = null;
  let stageSource: Sourced<Milestone> | null = null;
  let stageDate: string | null = null;
  for (const item of milestones) {
    const at = stageOfKind.get(item.fact.kind);
    if (at === undefined || item.fact.planned) continue;
    const date = item.fact.date ?? item.article.published;
    // A later stage wins; within the stage, the earliest report says when it was reached.
    const earlier = stageDate === null || (date !== null && date < stageDate);
    if (stage === null || at > stage || (at === stage && earlier)) {
      stage = at;
      stageSource = item;
      stageDate = date;
    }
  }

  // A plan to finish (竣工) or to open (投产 …) still ahead of the stage reached; the latest report counts.
  const ahead = (m: Sourced<Milestone>): boolean => {
    const at = stageOfKind.get(m.fact.kind) ?? -1;
    return at >= COMPLETION && (stage === null || at > stage);
  };
  const plannedCompletion = milestones.filter((m) => m.fact.planned && ahead(m)).sort(byArticleDesc)[0] ?? null;

  let investment: Sourced<Money> | null = null;
  for (const label of INVESTMENT_LABELS) {
    const found: Sourced<Money>[] = [];
    for (const article of project.articles) for (const fact of article.money) if (fact.project === project.name && fact.label === label) found.push({ fact, article });
    if (found.length > 0) {
      investment = found.sort(byArticleDesc)[0]!;
      break;
    }
  }

  const places = project.districts.map((s) => index.get('districts', s)).filter((d) => d !== undefined);
  const zones = places.filter((d) => d.type === 'functional-zone');
  const districtSet = new Map<string, Entity>();
  for (const d of places) {
    const district = d.type === 'functional-zone' && d.parent ? index.get('districts', d.parent) : d;
    if (district) districtSet.set(district.slug, district);
  }
  const parent = project.parent ? index.get('projects', project.parent) : undefined;

  const dates = project.articles.map(published).filter((d) => d !== null).sort();
  return {
    slug: project.slug,
    name: project.name,
    stage,
    stageSource,
    stageDate,
    investment,
    districts: [...districtSet.values()].map(ref),
    zones: zones.map(ref),
    parent: parent ? ref(parent) : null,
    organizations: namedWith(project, organizationForms),
    industries: project.industries.map((s) => index.get('industries', s)).filter((i) => i !== undefined).map(ref),
    plannedCompletion,
    firstReported: dates[0] ?? null,
    lastReported: dates.at(-1) ?? null,
    articleCount: project.articles.length,
  };
}

const SENTENCE_END = /(?<=[。！？；])/;

/** Organisations tagged in the project's articles that stand in a sentence naming the project. */
function namedWith(project: Entity, organizationForms: OrganizationForms): string[] {
  const forms = [project.name, ...project.aliases];
  const counts = new Map<string, number>();
  for (const article of project.articles) {
    const organizations = article.tags.organizations.map((t) => ({ name: t.name, forms: organizationForms.get(t.name) ?? [t.name] }));
    if (organizations.length === 0) continue;
    for (const paragraph of article.paragraphs) {
      const simplified = simplifiedText(article, paragraph.text);
      if (!forms.some((f) => simplified.includes(f))) continue;
      for (const sentence of simplified.split(SENTENCE_END)) {
        if (!forms.some((f) => sentence.includes(f))) continue;
        for (const o of organizations) if (o.forms.some((f) => sentence.includes(f))) counts.set(o.name, (counts.get(o.name) ?? 0) + 1);
      }
    }
  }
  return [...counts.entries()]
    .sort((a, b) => b[1] - a[1] || compareStrings(a[0], b[0]))
    .slice(0, MAX_ORGANIZATIONS)
    .map(([name]) => name);
}

export const stageLabel = (stage: number | null): string => (stage === null ? NO_STAGE_LABEL : stages[stage]!.label);
export const stageSlug = (stage: number | null): string => (stage === null ? NO_STAGE : stages[stage]!.slug);

/** Newest report first; never-reported projects last, by name. */
export function compareLatestNews(a: ProjectStatus, b: ProjectStatus): number {
  return compareDatesNewestFirst(a.lastReported, b.lastReported) || b.articleCount - a.articleCount || compareStrings(a.name, b.name);
}
