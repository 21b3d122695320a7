/**
 * Project milestones: 开工, 主体封顶, 竣工, 投产, 签约, 入驻, 揭牌 … with the
 * time expression as written, the date it resolves to, and whether it is a
 * plan. A milestone is kept when the text ties it to a project or a time;
 * slogans (拿地即开工) and conditions (投产后) are not milestones.
 */
import type { Milestone, MilestoneKind } from '../../schema/article.ts';
import { clauseAt, phraseAt, projectFor, sentenceAt, type FactParagraph } from './text.ts';
import { findTimes, isAfter, type TimeExpr } from './time.ts';

/** Kind → the words that report it, longest first within a kind (the alternation tries them in this order). */
const MILESTONE_TRIGGERS = {
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
} as const satisfies Record<MilestoneKind, readonly string[]>;

/** Trigger word → milestone kind, in the table's order. */
const TRIGGERS: [string, MilestoneKind][] = Object.entries(MILESTONE_TRIGGERS).flatMap(([kind, words]) =>
  words.map((word): [string, MilestoneKind] => [word, kind as MilestoneKind]),
);
const TRIGGER = new RegExp(TRIGGERS.map(([w]) => w).join('|'), 'g');
const KIND = new Map(TRIGGERS);

/** After the trigger: a condition (投产后), a noun it modifies (签约项目, 入驻企业, 开工令), a measure (签约额). */
const NOT_AFTER = /^(?:令|后|以后|之后|即|项目|企业|仪式|活动|额|金额|率|面积|数量|工作|服务|质效|指挥部|以来|手续|许可|时间|计划)/;
/** Before the trigger: slogans (拿地即开工), exhortations (早入驻), business terms (招商入驻). */
const NOT_BEFORE = /(?:即|早|招商|未|尚未|没有|待)$/;
/** Words that make it a plan or forecast. */
const PLANNED = /计划(?!总?投资)|将|预计|力争|拟|争取|有望|即将|确保|准备|目标|全力推动|年内/;

export function extractMilestones(paragraphs: readonly FactParagraph[], published: string | null): Milestone[] {
  const out: Milestone[] = [];
  const seen = new Set<string>();
  paragraphs.forEach((p, index) => {
    const times = findTimes(p.text, published);
    TRIGGER.lastIndex = 0;
    for (let m = TRIGGER.exec(p.text); m !== null; m = TRIGGER.exec(p.text)) {
      const start = m.index;
      const end = start + m[0].length;
      if (NOT_AFTER.test(p.text.slice(end, end + 4))) continue;
      if (NOT_BEFORE.test(p.text.slice(Math.max(0, start - 2), start))) continue;
      if (p.names.some((n) => start < n.end && end > n.start)) continue;

      const time = timeFor(p.text, times, start);
      const project = projectFor(paragraphs, index, start, 'milestone');
      if (!project && !time) continue;

      const clause = clauseAt(p.text, start);
      const lead = p.text.slice(clause.start, start);
      const date = time?.date ?? null;
      const planned = PLANNED.test(lead) || (time !== null && PLANNED.test(time.text)) || (date !== null && published !== null && isAfter(date, published));
      const milestone: Milestone = {
        kind: KIND.get(m[0])!,
        project,
        when: time?.text ?? null,
        date,
        planned,
        phrase: phraseAt(p, start),
      };
      const key = `${milestone.kind}|${milestone.project}|${milestone.when}|${milestone.date}`;
      if (seen.has(key)) continue;
      seen.add(key);
      out.push(milestone);
    }
  });
  return out;
}

/** The time written for a milestone: in its clause (nearest before it, else after it), else earlier in its sentence. */
function timeFor(text: string, times: readonly TimeExpr[], at: number): TimeExpr | null {
  const clause = clauseAt(text, at);
  const inClause = times.filter((t) => t.start >= clause.start && t.end <= clause.end);
  const before = inClause.filter((t) => t.end <= at);
  if (before.length > 0) return before[before.length - 1]!;
  if (inClause.length > 0) return inClause[0]!;
  const sentence = sentenceAt(text, at);
  const earlier = times.filter((t) => t.start >= sentence.start && t.end <= at);
  return earlier.length > 0 ? earlier[earlier.length - 1]! : null;
}
