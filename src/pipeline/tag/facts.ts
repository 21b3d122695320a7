/**
 * The facts pass: the article's body paragraphs handed to src/pipeline/facts with the
 * names the tagger read in them (no milestone word inside a name), the projects (a park
 * hosts the projects in it) and the industry signals, so that each amount and milestone
 * goes to what it measures. Headlines repeat what the body says and are left out.
 */
import type { Milestone, Money } from '../../schema/article.ts';
import { extractFacts, type FactParagraph, type OrgMention } from '../facts/index.ts';
import { withParent } from './industries.ts';
import type { FoundSpan } from './projects.ts';
import type { ReadSection } from './read.ts';
import { isHeadline } from './sections.ts';
import type { Tagger } from './tagger.ts';

/** A project name followed by these names something else (南开中学京津中关村科技城学校): not the project's own fact. */
const PART_OF_LONGER_NAME = /^(?:学校|中学|小学|党工委|管委会|管理委员会|发展论坛|论坛|推介会|有限公司|公司|集团)/;

/** A found name that ends like a park hosts the projects named with it. */
const HOST = /(?:园|园区|城|谷|示范区|集聚区|聚集区)$/;

export function getFacts(
  read: readonly ReadSection[],
  tagger: Tagger,
  found: readonly FoundSpan[],
  organizations: readonly OrgMention[][],
  published: string | null,
): { money: Money[]; milestones: Milestone[] } {
  const paragraphs: FactParagraph[] = read
    .map((r, index) => ({ r, index }))
    .filter(({ r }) => !isHeadline(r.section.kind))
    .map(({ r, index }) => {
      const own = found.filter((f) => f.section === index);
      const signals = r.signals
        .filter((h) => !h.value.target.weak)
        .map((h) => ({ start: h.start, end: h.end, names: h.value.target.industries.flatMap((i) => withParent(tagger, i.slug)) }));
      // A signal inside a discovered project's name (海洋科技园) is that project's industry, not its clause's.
      const within = (s: { start: number; end: number }, f: FoundSpan): boolean => s.start >= f.start && s.end <= f.end;
      return {
        text: r.section.text,
        display: r.section.display,
        organizations: organizations[index] ?? [],
        names: [...r.names, ...r.orgs, ...r.knownOrgs, ...own].map(({ start, end }) => ({ start, end })),
        industries: signals.filter((s) => !own.some((f) => within(s, f))),
        projects: [
          ...r.names
            .filter((h) => h.value.target.type === 'project' && !PART_OF_LONGER_NAME.test(r.section.text.slice(h.end, h.end + 6)))
            .map((h) => {
              const target = h.value.target as { slug: string; name: string };
              const project = tagger.projects.get(target.slug)!;
              return { start: h.start, end: h.end, name: target.name, host: project.kind === 'park', industries: project.industries.flatMap((i) => withParent(tagger, i)) };
            }),
          ...own.map((f) => ({
            start: f.start,
            end: f.end,
            name: f.name,
            host: HOST.test(f.name),
            industries: [...new Set(signals.filter((s) => within(s, f)).flatMap((s) => s.names))],
          })),
        ].sort((a, b) => a.start - b.start),
      };
    });
  return extractFacts(paragraphs, published);
}
