/**
 * What the article page (/articles/<id>/) shows, made from the site data built once
 * per build (load-site.ts): the page only lays it out.
 */
import { site } from '../config/site.ts';
import type { OgCard } from '../og/card.ts';
import { articleCard } from '../og/cards.ts';
import type { Article, Milestone, Money } from '../schema/article.ts';
import { displayTitle, excerpt, headlineNote, prevNext } from '../utils/articles.ts';
import type { EntityIndex } from '../utils/entities.ts';
import { sortMilestones, type Sourced } from '../utils/facts.ts';
import { newsArticleJsonLd, serializeJsonLd } from '../utils/json-ld.ts';
import { articlePeople, KEEP_SCRIPT_CLASS, splitNames, type NamePiece } from '../utils/person-names.ts';
import { announceShareQrs } from '../utils/qr-codes.ts';
import { absoluteUrl, articlePath } from '../utils/urls.ts';
import { announceArticles, articleParts } from './article-ahead.ts';
import { loadSite } from './load-site.ts';

export interface ArticleLink {
  href: string;
  title: string;
}

export interface ArticleView {
  article: Article;
  title: string;
  description: string;
  /** Absolute URL of the page. */
  url: string;
  jsonLd: string;
  shareImage: OgCard;
  /** The printed page it is on: link and label (天津日报 · 第1版 …). */
  printed: { href: string; label: string };
  /** `zh-Hant` for text printed in Traditional, which the 简/繁 switch leaves alone. */
  textLang: string | undefined;
  headlineNote: string | null;
  /** Reporters, photographers and editors, each group with its label. */
  people: { label: string; names: string[] }[];
  /** The body as HTML, with entity links. */
  body: string;
  /** The credit line cut into pieces, people's names marked. */
  credit: NamePiece[] | null;
  /** The class that keeps a name's characters in the 繁 view. */
  keepClass: string;
  entities: EntityIndex;
  milestones: Sourced<Milestone>[];
  money: Sourced<Money>[];
  related: Article[];
  prev: ArticleLink | null;
  next: ArticleLink | null;
}

export async function articlePaths(): Promise<{ params: { id: string } }[]> {
  const data = await loadSite();
  const { articles } = data;
  // Pages render in this order: their bodies, related lists and share boxes' QR codes can be made ahead of them.
  announceArticles(data);
  announceShareQrs(articles.map((a) => absoluteUrl(articlePath(a.id), String(site.url))));
  return articles.map((a) => ({ params: { id: a.id } }));
}

const link = (a: Article | null): ArticleLink | null => (a ? { href: articlePath(a.id), title: displayTitle(a) } : null);

/** `astroSite` is Astro.site (the configured URL), the site's own URL when unset. */
export async function articleView(id: string, astroSite?: URL): Promise<ArticleView> {
  const siteUrl = String(astroSite ?? site.url);
  const data = await loadSite();
  const { articles, byId, entities, papers, position } = data;
  const article = byId.get(id);
  if (!article) throw new Error(`no article ${id}`);
  const printed = papers.pageOf(article)!;
  const url = absoluteUrl(articlePath(article.id), siteUrl);
  const hant = article.script === 'hant';
  // People's names keep their characters in the 繁 view (于春津 is not 於春津), in the credit line as in the body.
  const names = articlePeople(article);
  const { prev, next } = prevNext(article, articles, position);
  const parts = await articleParts(article, data);
  return {
    article,
    title: displayTitle(article),
    description: excerpt(article, 100),
    url,
    jsonLd: serializeJsonLd(newsArticleJsonLd(article, { url, siteName: site.name, siteUrl })),
    shareImage: articleCard(article, printed.page.label),
    printed: { href: printed.href, label: printed.page.label },
    // Text printed in Traditional stays as printed: the 简/繁 switch converts only zh-CN text.
    textLang: hant ? 'zh-Hant' : undefined,
    headlineNote: headlineNote(article),
    people: [
      { label: '记者', names: article.reporters },
      // A credit line under the body names its photographers already.
      { label: '摄影', names: article.photographers.filter((name) => !article.credit?.includes(name)) },
      { label: '编辑', names: article.editors },
    ].filter((p) => p.names.length > 0),
    body: parts.body,
    credit: article.credit ? splitNames(article.credit, names) : null,
    keepClass: KEEP_SCRIPT_CLASS,
    entities,
    milestones: sortMilestones(article.milestones.map((fact) => ({ fact, article }))),
    money: article.money.map((fact) => ({ fact, article })),
    related: parts.related,
    prev: link(prev),
    next: link(next),
  };
}
