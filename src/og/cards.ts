/** What each kind of page's share image says. */
import { site } from '../config/site.ts';
import type { Article } from '../schema/article.ts';
import { displayTitle } from '../utils/articles.ts';
import { formatDate } from '../utils/dates.ts';
import type { Entity } from '../utils/entities.ts';
import { entityLabels } from '../utils/entity-kinds.ts';
import type { OgCard } from './card.ts';

/** Title, then paper, date and page as the article page shows them. */
export function articleCard(article: Article, pageLabel: string): OgCard {
  return {
    kicker: site.name,
    title: displayTitle(article),
    footer: [article.source ?? '来源不详', article.published ? formatDate(article.published) : '日期不详', pageLabel].join(' · '),
  };
}

/** The entity's name, with its stage for a project (when one is reported), and how much and how recent the news is. */
export function entityCard(entity: Entity, stage: string | null): OgCard {
  const latest = entity.articles.find((a) => a.published)?.published ?? null;
  return {
    kicker: `${site.name} · ${entityLabels[entity.kind].one}`,
    title: entity.name,
    footer: [stage, `${entity.articles.length} 篇报道`, latest && `最新 ${formatDate(latest)}`].filter(Boolean).join(' · '),
  };
}
