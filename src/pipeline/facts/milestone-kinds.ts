/**
 * The milestones news reports of a project, each with the words that report it: the one
 * table the extractor (milestones.ts) reads and the record schema's `MilestoneKind` is built
 * from (src/schema/article.ts). A leaf module, so the schema can import it.
 */
import { z } from 'zod';

/** Kind → trigger words, longest first within a kind (the extractor tries them in this order). */
export const MILESTONE_TRIGGERS = {
  开工: ['全面开工', '开工建设', '破土动工', '开工', '动工'],
  主体封顶: ['主体封顶', '结构封顶', '封顶'],
  竣工: ['竣工验收', '竣工', '完工'],
  投产: ['建成投产', '投产'],
  试生产: ['试生产', '试运行'],
  签约: ['签约落户', '签约'],
  开园: ['开园'],
  开业: ['开业'],
  入驻: ['入驻', '进驻', '落户'],
  揭牌: ['揭牌'],
  启用: ['启用', '投入使用'],
} as const satisfies Record<string, readonly string[]>;

export type MilestoneKind = keyof typeof MILESTONE_TRIGGERS;

export const milestoneKind = z.enum(Object.keys(MILESTONE_TRIGGERS) as [MilestoneKind, ...MilestoneKind[]]);
