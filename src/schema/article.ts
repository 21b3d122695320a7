/**
 * The data shapes of the pipeline, declared once. The Astro content collection,
 * the CLIs, the pages and the tests all import from here.
 */
import { z } from 'zod';
import type { Warning } from './warning.ts';

/** YYYY-MM-DD */
export const isoDate = z.string().regex(/^\d{4}-\d{2}-\d{2}$/);

/** The script a source is written in: Simplified or Traditional characters. */
export const scriptSchema = z.enum(['hans', 'hant']);
export type Script = z.infer<typeof scriptSchema>;

const paragraphKind = z.enum(['text', 'subhead', 'caption']);
export type ParagraphKind = z.infer<typeof paragraphKind>;

const paragraphSchema = z.object({
  kind: paragraphKind,
  /** Display text, in the script of the source (see `Article.script`). */
  text: z.string(),
  /** 1-based line in the source file where this paragraph starts. */
  line: z.number().int().positive(),
});
export type Paragraph = z.infer<typeof paragraphSchema>;

/** A canonical entity name with how often the article mentions it. */
const tagRefSchema = z.object({
  name: z.string(),
  mentions: z.number().int().nonnegative(),
  /** A project found in the text by the shape of its name, not listed in the taxonomy (see README, Tagging). */
  discovered: z.literal(true).optional(),
});
export type TagRef = z.infer<typeof tagRefSchema>;

const tagsSchema = z.object({
  projects: z.array(tagRefSchema),
  districts: z.array(tagRefSchema),
  industries: z.array(tagRefSchema),
  organizations: z.array(tagRefSchema),
  people: z.array(tagRefSchema),
});
export type Tags = z.infer<typeof tagsSchema>;

const moneySchema = z.object({
  /** The amount as written, e.g. "3.8亿元". */
  text: z.string(),
  /** Normalised to yuan. */
  yuan: z.number().nonnegative(),
  /** What the amount measures, e.g. 总投资, 年营收, 年产值; null when the text does not say. */
  label: z.string().nullable(),
  /** Canonical project the amount belongs to, when the sentence names one. */
  project: z.string().nullable(),
  /**
   * Without a project, the organisation the amount measures (a company's revenue, what it
   * raised), by the name its tags show; null for a place's figures and for amounts of nobody in particular.
   */
  organization: z.string().nullable(),
  /**
   * Industries the amount is about: those its own clause (else its sentence) names, and its
   * project's. An industry page lists only these amounts.
   */
  industries: z.array(z.string()).optional(),
  /** The sentence (or clause) the amount stands in. */
  phrase: z.string(),
});
export type Money = z.infer<typeof moneySchema>;

/**
 * What a milestone reports of a project. The words that report each kind are the extractor's
 * trigger table (src/pipeline/facts/milestones.ts), keyed by this list: the compiler checks
 * that every kind has its words and no word reports another kind.
 */
const milestoneKind = z.enum(['开工', '主体封顶', '竣工', '投产', '试生产', '签约', '开园', '开业', '入驻', '揭牌', '启用']);
export type MilestoneKind = z.infer<typeof milestoneKind>;

const milestoneSchema = z.object({
  kind: milestoneKind,
  project: z.string().nullable(),
  /** Time expression as written ("2025年9月", "今年10月前"), null when none. */
  when: z.string().nullable(),
  /** Resolved date: YYYY, YYYY-MM or YYYY-MM-DD; null when it does not resolve. */
  date: z.string().nullable(),
  /** true for plans and forecasts (计划, 将, 预计 …). */
  planned: z.boolean(),
  phrase: z.string(),
});
export type Milestone = z.infer<typeof milestoneSchema>;

export const emptyTags = (): Tags => ({
  projects: [],
  districts: [],
  industries: [],
  organizations: [],
  people: [],
});

export const articleSchema = z.object({
  /** Stable and URL-safe: derived from the file name (see fileSlug) and the article's own text only. */
  id: z.string().regex(/^[a-z0-9_-]+$/),
  /** Path of the source file relative to the papers folder, e.g. "000_42694d7dabae5c0f.txt". */
  file: z.string(),
  /** 1-based line of the article's first line in the file. */
  line: z.number().int().positive(),
  /** Position of the article in reading order within its file (0-based). */
  order: z.number().int().nonnegative(),
  source: z.string().nullable(),
  url: z.string().nullable(),
  page: z.string().nullable(),
  /** The headline as printed; null for a text that prints none (a brief, a photo item, a page of prose). */
  title: z.string().nullable(),
  /**
   * What pages, lists, feeds and search show as the headline. `from` says where it comes from:
   * the printed title, the lead's opening words (a text without a headline), or 图片新闻 for a
   * photo item without one. Pages mark a headline that was not printed.
   */
  headline: z.object({ text: z.string(), from: z.enum(['title', 'lead', 'photo']) }),
  /** 引题: the deck line above the title. */
  kicker: z.string().nullable(),
  /** 副题: the deck line below the title. */
  subtitle: z.string().nullable(),
  /** Column label printed with the headline, e.g. 新闻发布厅. */
  column: z.string().nullable(),
  /** The lead's dateline as printed, e.g. "本报讯(记者 于春津 刘国栋)". */
  dateline: z.string().nullable(),
  published: isoDate.nullable(),
  dateInferred: z.boolean(),
  /** Human-readable reasons for `published`, most decisive first. */
  dateEvidence: z.array(z.string()),
  reporters: z.array(z.string()),
  photographers: z.array(z.string()),
  editors: z.array(z.string()),
  /** Photo and picture credits as printed ("图片由…提供", "记者 周伟 摄"), joined by a newline. */
  credit: z.string().nullable(),
  paragraphs: z.array(paragraphSchema),
  /** true for the continuation of a story from another page (上接第N版). */
  continued: z.boolean(),
  script: scriptSchema,
  tags: tagsSchema,
  keywords: z.array(z.string()),
  money: z.array(moneySchema),
  milestones: z.array(milestoneSchema),
});
export type Article = z.infer<typeof articleSchema>;

/** Text the pipeline set aside: recognised, not lost. */
const furnitureKind = z.enum([
  'byline',
  'credit',
  'editor',
  'dateline',
  'source-line',
  'continuation',
  'column',
  'duplicate-title',
  'share',
  'copyright',
  /** Inline pinyin a mirror site inserted after characters: 網(wǎng). */
  'gloss',
  /** Site chrome found by its features: menus, breadcrumbs, tool bars, forum and login furniture, footers. */
  'boilerplate',
]);
export type FurnitureKind = z.infer<typeof furnitureKind>;

const furnitureSchema = z.object({
  file: z.string(),
  line: z.number().int().positive(),
  kind: furnitureKind,
  text: z.string(),
  /** The article it belongs to, when it belongs to one. */
  article: z.string().nullable(),
});
export type Furniture = z.infer<typeof furnitureSchema>;

/** A run of text that belongs to no article it could be placed in with confidence. */
const fragmentSchema = z.object({
  file: z.string(),
  line: z.number().int().positive(),
  text: z.string(),
  /** When the fragment was matched to an article (and its text added there), that article's id. */
  placedIn: z.string().nullable(),
});
export type Fragment = z.infer<typeof fragmentSchema>;

export interface ParseResult {
  articles: Article[];
  furniture: Furniture[];
  fragments: Fragment[];
  warnings: Warning[];
}
