/**
 * The project table for download: the status of every project as JSON records
 * and as CSV (RFC 4180, UTF-8 with a byte-order mark so spreadsheets read the
 * Chinese, cells that a spreadsheet would run as a formula neutralised).
 */
import { projectRecordSchema, type ProjectRecord } from '../schema/project-record.ts';
import { stageLabel, type ProjectStatus } from './project-status.ts';
import { absoluteUrl, articlePath, entityPath } from './urls.ts';

export function projectRecord(status: ProjectStatus, siteUrl: string): ProjectRecord {
  const link = (id: string | undefined): string | null => (id ? absoluteUrl(articlePath(id), siteUrl) : null);
  const plan = status.plannedCompletion;
  return {
    slug: status.slug,
    name: status.name,
    url: absoluteUrl(entityPath('projects', status.slug), siteUrl),
    stage: status.stage === null ? null : stageLabel(status.stage),
    stageDate: status.stageDate,
    stageArticle: link(status.stageSource?.article.id),
    investmentYuan: status.investment?.fact.yuan ?? null,
    investmentText: status.investment?.fact.text ?? null,
    investmentLabel: status.investment?.fact.label ?? null,
    investmentArticle: link(status.investment?.article.id),
    districts: status.districts.map((d) => d.name),
    zones: status.zones.map((d) => d.name),
    parent: status.parent?.name ?? null,
    organizations: status.organizations,
    industries: status.industries.map((i) => i.name),
    plannedCompletion: plan?.fact.kind ?? null,
    plannedCompletionWhen: plan?.fact.when ?? null,
    plannedCompletionDate: plan?.fact.date ?? null,
    plannedCompletionArticle: link(plan?.article.id),
    firstReported: status.firstReported,
    lastReported: status.lastReported,
    articles: status.articleCount,
  };
}

export interface ProjectsExport {
  site: { name: string; url: string };
  count: number;
  projects: ProjectRecord[];
}

export function projectsJson(records: readonly ProjectRecord[], site: { name: string; url: string }): string {
  const data: ProjectsExport = { site: { name: site.name, url: absoluteUrl('/', site.url) }, count: records.length, projects: records.map((r) => projectRecordSchema.parse(r)) };
  return `${JSON.stringify(data, null, 2)}\n`;
}

const columns = Object.keys(projectRecordSchema.shape) as (keyof ProjectRecord)[];
/** Lists within a cell, the way Chinese text lists names. */
const LIST_SEPARATOR = '、';

/** One CSV cell: quoted when it holds a separator, quote or line break; a leading = + - @ or tab is made inert. */
export function csvCell(value: string | number | null | readonly string[]): string {
  if (value === null) return '';
  if (typeof value === 'number') return String(value);
  let text = typeof value === 'string' ? value : value.join(LIST_SEPARATOR);
  if (/^[=+\-@\t\r]/.test(text)) text = `'${text}`;
  return /[",\r\n]/.test(text) ? `"${text.replace(/"/g, '""')}"` : text;
}

export function projectsCsv(records: readonly ProjectRecord[]): string {
  const lines = [columns.join(','), ...records.map((r) => columns.map((c) => csvCell(r[c])).join(','))];
  return `\uFEFF${lines.join('\r\n')}\r\n`;
}
