/** A valid Article record for unit tests; override only what a test is about. */
import { headlineFor } from '../../pipeline/record.ts';
import { articleSchema, emptyTags, type Article, type Tags } from '../../schema/article.ts';

export function makeArticle(overrides: Partial<Omit<Article, 'tags'>> & { tags?: Partial<Tags> } = {}): Article {
  const { tags, ...rest } = overrides;
  const article: Article = {
    id: 'a-1',
    file: '000_a.txt',
    line: 1,
    order: 0,
    source: '天津日报',
    url: null,
    page: null,
    title: '标题',
    headline: { text: '标题', from: 'title' },
    kicker: null,
    subtitle: null,
    column: null,
    dateline: null,
    published: '2025-05-10',
    dateInferred: false,
    dateEvidence: [],
    reporters: [],
    photographers: [],
    editors: [],
    credit: null,
    paragraphs: [{ kind: 'text', text: '正文第一段。', line: 2 }],
    continued: false,
    script: 'hans',
    tags: { ...emptyTags(), ...tags },
    keywords: [],
    money: [],
    milestones: [],
    ...rest,
  };
  article.headline = rest.headline ?? headlineFor(article.title, article.paragraphs);
  return articleSchema.parse(article);
}

export const tag = (name: string, mentions = 1) => ({ name, mentions });
