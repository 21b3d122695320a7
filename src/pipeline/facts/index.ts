/**
 * Facts of an article: money and project milestones, read from its paragraphs
 * with the project names the tagger found.
 */
import type { Milestone, Money } from '../../schema/article.ts';
import { extractMilestones } from './milestones.ts';
import { extractMoney } from './money.ts';
import type { FactParagraph } from './text.ts';

export type { FactParagraph, OrgMention } from './text.ts';

export function extractFacts(paragraphs: readonly FactParagraph[], published: string | null): { money: Money[]; milestones: Milestone[] } {
  return { money: extractMoney(paragraphs), milestones: extractMilestones(paragraphs, published) };
}
