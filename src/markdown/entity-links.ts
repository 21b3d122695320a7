/**
 * What the body's entity linker gets for one article: its tagged projects and
 * districts, every name they go by, and the phrases that only look like them.
 */
import type { RehypeEntityLinksOptions } from './rehype-entity-links.ts';
import type { Article } from '../schema/article.ts';
import type { EntityIndex } from '../utils/entities.ts';
import { entityLabels, type EntityKind } from '../utils/entity-kinds.ts';
import { entityPath } from '../utils/urls.ts';

const LINKED_KINDS: EntityKind[] = ['projects', 'districts'];

/**
 * `variants` adds other spellings of each name, e.g. the Traditional forms for an
 * article printed in Traditional characters.
 */
export function entityLinkOptions(article: Article, index: EntityIndex, variants?: (name: string) => string): RehypeEntityLinksOptions {
  const targets: RehypeEntityLinksOptions['targets'][number][] = [];
  const avoid = new Set<string>();
  const widen = (names: string[]): string[] => [...new Set(variants ? names.flatMap((n) => [n, variants(n)]) : names)];
  for (const kind of LINKED_KINDS) {
    for (const tag of article.tags[kind]) {
      const entity = index.byName(kind, tag.name);
      if (!entity) continue;
      // The taxonomy reads "天津"/"天津市" before a place name as part of it.
      const names = [entity.name, ...entity.aliases];
      if (kind === 'districts') names.push(...names.flatMap((n) => [`天津${n}`, `天津市${n}`]));
      targets.push({ href: entityPath(kind, entity.slug), names: widen(names), title: `${entityLabels[kind].one}：${entity.name}` });
      for (const phrase of widen(entity.not)) avoid.add(phrase);
    }
  }
  return { targets, avoid: [...avoid].sort() };
}
