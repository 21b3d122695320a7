/**
 * One row of the downloadable project table (/data/projects.json and .csv):
 * where a project stands, flat so that a spreadsheet reads it as it is.
 */
import { z } from 'zod';

const url = z.string().url();

export const projectRecordSchema = z.object({
  slug: z.string(),
  name: z.string(),
  /** The project's page on the site. */
  url,
  /** 签约, 开工, 主体封顶, 竣工 or 投产/开园/运营; null when no milestone is reported as done. */
  stage: z.string().nullable(),
  /** YYYY, YYYY-MM or YYYY-MM-DD. */
  stageDate: z.string().nullable(),
  stageArticle: url.nullable(),
  /** The latest reported total investment, in yuan. */
  investmentYuan: z.number().nonnegative().nullable(),
  /** As printed, e.g. "18亿元". */
  investmentText: z.string().nullable(),
  /** 总投资, 投资 or 意向投资. */
  investmentLabel: z.string().nullable(),
  investmentArticle: url.nullable(),
  districts: z.array(z.string()),
  zones: z.array(z.string()),
  parent: z.string().nullable(),
  organizations: z.array(z.string()),
  industries: z.array(z.string()),
  /** The milestone planned (竣工, 投产 …), its time as written and resolved. */
  plannedCompletion: z.string().nullable(),
  plannedCompletionWhen: z.string().nullable(),
  plannedCompletionDate: z.string().nullable(),
  plannedCompletionArticle: url.nullable(),
  firstReported: z.string().nullable(),
  lastReported: z.string().nullable(),
  articles: z.number().int().nonnegative(),
});
export type ProjectRecord = z.infer<typeof projectRecordSchema>;
