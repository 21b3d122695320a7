import { describe, expect, it } from 'vitest';
import { renderArticleBody } from './article-body.ts';
import { buildEntityIndex } from '../utils/entities.ts';
import { linkEntries as entries } from '../../tests/fixtures/entity-entries.ts';
import { entityLinkOptions } from './entity-links.ts';
import { makeArticle, tag } from '../../tests/fixtures/make-article.ts';
import { toTraditional } from '../pipeline/script.ts';


describe('entity links for an article', () => {
  it('links tagged projects and districts (not industries, not untagged places) by name, alias or 天津市 form', () => {
    const article = makeArticle({
      paragraphs: [{ kind: 'text', text: '南开大学师生走进天开园，天津市南开区和西青区发展生物医药。', line: 1 }],
      tags: { projects: [tag('天开高教科创园')], districts: [tag('南开区')], industries: [tag('生物医药')] },
    });
    const index = buildEntityIndex(entries, [article]);
    const html = renderArticleBody(article.paragraphs, { links: entityLinkOptions(article, index) });
    expect(html).toBe(
      '<p>南开大学师生走进<a href="/projects/tiankai/" class="entity-link" title="项目：天开高教科创园">天开园</a>，<a href="/districts/nankai/" class="entity-link" title="区域：南开区">天津市南开区</a>和西青区发展生物医药。</p>',
    );
  });

  it('matches Traditional spellings in an article printed in Traditional characters', () => {
    const article = makeArticle({
      script: 'hant',
      paragraphs: [{ kind: 'text', text: '天開園位於南開區。', line: 1 }],
      tags: { projects: [tag('天开高教科创园')], districts: [tag('南开区')] },
    });
    const index = buildEntityIndex(entries, [article]);
    const html = renderArticleBody(article.paragraphs, { links: entityLinkOptions(article, index, toTraditional) });
    expect(html.match(/<a /g)).toHaveLength(2);
    expect(html).toContain('>天開園</a>');
    expect(html).toContain('>南開區</a>');
  });
});
