/**
 * The districts and zones an article is about: those it names (not places outside
 * Tianjin), the district of a named project that has exactly one, and the district a
 * zone lies in (生态城 → 滨海新区). Implied places carry 0 mentions.
 *
 * Two kinds of mention do not count. A place's short name that a project is named
 * after is part of that name (东丽 of 东丽郊野公园, 北辰 of 北辰科技园, as 河西 of the
 * taxonomy's 天开河西园); one that qualifies another name still says where (南港 of
 * 南港绿色石化基地), and so does a full name (蓟州区). And a place named only to
 * say where something else lies or leads (与滨海新区衔接, 穿梭于北辰区与…之间, 南侧为…)
 * or whom it serves (承载…滨海新区的产业配套功能) is a passing mention when the
 * article has another place of its own (named, or the district of a project it names);
 * one inside the name of a project the article names (静海 of 静海团泊健康城) is its own.
 */
import type { NameTarget } from './lexicon.ts';
import { bump, imply, type Counts } from './counts.ts';
import { namedProjects, type ArticleProjects } from './projects.ts';
import type { NameHit, ReadSection } from './read.ts';
import type { Tagger } from './tagger.ts';
import { clauseAt, rangeAround } from '../facts/text.ts';

/** Words of a clause that places something relative to other places, or says whom it serves (承载…滨海新区的产业配套功能). */
const RELATION = /距离?|衔接|连接|连通|通往|直通|直达|往返|穿梭|毗邻|紧邻|相邻|接壤|之间|[东南西北]侧(?:为|是|有|紧邻)|辐射|承载|服务于|配套功能/;
const SENTENCE_END = /[。！？；!?;\n]/;

export function getPlaces(read: readonly ReadSection[], tagger: Tagger, projects: ArticleProjects): Counts {
  const own: Counts = new Map();
  const passing: Counts = new Map();
  read.forEach(({ section, names }, index) => {
    const found = projects.found.filter((f) => f.section === index);
    const namedAfter = found.flatMap((f) => f.namedAfter);
    for (const hit of names) {
      const target = hit.value.target;
      if (target.type !== 'place' || target.kind === 'other-place') continue;
      if (!isFullName(hit, target) && namedAfter.some((f) => f.start <= hit.start && hit.end <= f.end)) continue;
      if (target.bare && !amongPlaces(section.text, hit, names)) continue;
      // A place that says where a project of the story lies (穿梭于北辰区与静海团泊健康城之间) is the story's own.
      const locates = found.some((f) => f.start <= hit.start && hit.end <= f.end);
      bump(!locates && inRelationClause(section.text, hit) ? passing : own, target.slug);
    }
  });
  const counts: Counts = new Map(own);
  for (const project of namedProjects(projects.counts, tagger)) if (project.districts.length === 1) imply(counts, project.districts[0]!);
  // Passing mentions count only in an article that names no place of its own (by name or through its projects).
  const alone = counts.size === 0;
  for (const [slug, n] of passing) if (alone || counts.has(slug)) counts.set(slug, (counts.get(slug) ?? 0) + n);
  for (const slug of [...counts.keys()]) {
    for (let parent = tagger.places.get(slug)?.parent ?? null; parent; parent = tagger.places.get(parent)?.parent ?? null) imply(counts, parent);
  }
  return counts;
}

/** A bare word (高新区) counts in a sentence that names another Tianjin place by its name (开发区、保税区、高新区、生态城). */
function amongPlaces(text: string, hit: NameHit, names: readonly NameHit[]): boolean {
  // A line break ends a sentence here too: section text keeps the paragraphs' breaks.
  const { start, end } = rangeAround(text, hit.start, SENTENCE_END);
  return names.some((n) => {
    const t = n.value.target;
    return n !== hit && n.start >= start && n.end <= end && t.type === 'place' && t.kind !== 'other-place' && !t.bare;
  });
}

/** The place's own name as written (蓟州区, 天津市蓟州区), not a short form (蓟州). */
function isFullName(hit: NameHit, target: Extract<NameTarget, { type: 'place' }>): boolean {
  return hit.value.form.replace(/^天津市?/, '') === target.name.replace(/^天津市?/, '');
}

function inRelationClause(text: string, hit: NameHit): boolean {
  const { start, end } = clauseAt(text, hit.start);
  return RELATION.test(text.slice(start, end));
}
