/**
 * The gold files the evaluation scripts score against: what a careful reader finds in
 * each text of a folder (titles, first body words, the date, the script, junk lines,
 * and per article the tags). Declared once here; the format is described in README.
 */
import { readFileSync } from 'node:fs';
import { parse as parseYaml } from 'yaml';
import { z } from 'zod';
import { isoDate, scriptSchema } from '../../src/schema/article.ts';

/** Entity names a reader tags; each entry is a name with its accepted aliases ("天开园|天开高教科创园"). */
const names = z.array(z.string().min(1)).default([]);

export const goldTagsSchema = z.strictObject({
  districts: names,
  projects: names,
  industries: names,
});
export type GoldTags = z.output<typeof goldTagsSchema>;

export const goldArticleSchema = z.strictObject({
  /** The headline as a reader names it; null for a text that prints none. */
  title: z.string().min(1).nullable(),
  /** Other forms of the headline a reader would accept. */
  titleAlso: z.array(z.string().min(1)).default([]),
  /** The first words of the body: its first text paragraph, an inline dateline included. */
  body: z.string().min(2),
  tags: goldTagsSchema.optional(),
});
export type GoldArticle = z.output<typeof goldArticleSchema>;

export const goldFileSchema = z
  .strictObject({
    script: scriptSchema,
    date: isoDate.nullable(),
    /** How the date was found, or why none can be. */
    why: z.string().min(1),
    /** The year, when only the year is determinable. */
    year: z.number().int().min(1900).max(2100).optional(),
    articles: z.array(goldArticleSchema).min(1),
    junk: z.array(z.string().min(1)).default([]),
  })
  .refine((f) => f.date === null || f.year === undefined, { message: 'year is only for files whose date is null' });
export type GoldFile = z.output<typeof goldFileSchema>;

export const goldSchema = z.record(z.string().min(1), goldFileSchema);
export type Gold = z.output<typeof goldSchema>;

/** Reads and validates a gold file; a broken entry throws with the file and entry named. */
export function loadGold(path: string): Gold {
  const data: unknown = parseYaml(readFileSync(path, 'utf8'));
  const parsed = goldSchema.safeParse(data);
  if (!parsed.success) {
    const issue = parsed.error.issues[0]!;
    throw new Error(`${path}: ${issue.path.join('.')}: ${issue.message}`);
  }
  return parsed.data;
}
