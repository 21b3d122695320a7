/**
 * Hostile input text (a script tag, both quotes, an ampersand) goes through every
 * emitter a reader's browser or feed reader sees; none may come out as markup.
 */
import { getRssString } from '@astrojs/rss';
import { describe, expect, it } from 'vitest';
import { renderArticleBody } from '../markdown/article-body.ts';
import { buildArticlesExport } from './data-export.ts';
import { feedItem } from './feed.ts';
import { newsArticleJsonLd, serializeJsonLd } from './json-ld.ts';
import { makeArticle, tag } from '../../tests/fixtures/make-article.ts';

const EVIL = `<script>alert("x")</script> & 'q' </title><!--`;
const article = makeArticle({
  id: 'evil',
  title: EVIL,
  subtitle: EVIL,
  reporters: [EVIL],
  paragraphs: [
    { kind: 'text', text: `正文${EVIL}117项目`, line: 1 },
    { kind: 'subhead', text: EVIL, line: 2 },
  ],
  tags: { projects: [tag('117项目')] },
});
const site = { name: '站', url: 'https://example.org/' };

describe('escaping of input text', () => {
  it('body HTML carries the text as text', () => {
    const html = renderArticleBody(article.paragraphs, { dateline: EVIL, links: { targets: [{ href: '/projects/p117/', names: ['117项目'], title: `"><script>` }] } });
    // Attribute values are quoted with " and cannot contain a raw one, so outside them is all markup.
    const markup = html.replace(/="[^"]*"/g, '=""');
    expect(markup).not.toMatch(/<script|<\/title|<!--/i);
    expect(html).toContain('&#x3C;script>alert("x")&#x3C;/script> &#x26; \'q\'');
    expect(html).toContain('title="&#x22;><script>"');
  });

  it('JSON-LD cannot close its script element and parses back to the same text', () => {
    const json = serializeJsonLd(newsArticleJsonLd(article, { url: 'https://example.org/articles/evil/', siteName: site.name, siteUrl: site.url }));
    expect(json).not.toMatch(/[<>&]/);
    expect(json).toContain('\\u003cscript\\u003e');
    const parsed = JSON.parse(json) as { headline: string; author: { name: string }[] };
    expect(parsed.headline).toBe(EVIL);
    expect(parsed.author[0]!.name).toBe(EVIL);
  });

  it('RSS escapes titles and descriptions', async () => {
    const xml = await getRssString({ title: `站${EVIL}`, description: EVIL, site: site.url, items: [feedItem(article, site.url)] });
    expect(xml).not.toMatch(/<script|<\/title><!--/i);
    expect(xml).toContain('&lt;script&gt;alert(&quot;x&quot;)&lt;/script&gt; &amp;');
  });

  it('RSS descriptions are HTML escaped, then XML escaped: a reader that renders them as HTML shows the text', async () => {
    const markup = '<img src=x onerror=alert(1)> & <b>粗</b>';
    const hostile = makeArticle({ id: 'img', title: '标题', paragraphs: [{ kind: 'text', text: markup, line: 1 }] });
    const xml = await getRssString({ title: '站', description: '站', site: site.url, items: [feedItem(hostile, site.url)] });
    const item = /<item>[\s\S]*?<description>([\s\S]*?)<\/description>/.exec(xml)![1]!;
    // What a feed reader gets after reading the XML: the HTML it renders.
    const html = decodeEntities(item);
    expect(html).not.toMatch(/<[a-z/!]/i);
    // Rendered, that HTML is the text as written.
    expect(decodeEntities(html)).toContain(markup);
  });

  it('the JSON export round-trips the text unchanged', () => {
    const text = JSON.stringify(buildArticlesExport('2026-05', [article], site));
    const back = JSON.parse(text) as { articles: { title: string; url: string }[] };
    expect(back.articles[0]!.title).toBe(EVIL);
    expect(back.articles[0]!.url).toBe('https://example.org/articles/evil/');
  });
});

/** The five XML/HTML entities and numeric references, as a parser reads them. */
function decodeEntities(text: string): string {
  const CDATA = /^<!\[CDATA\[([\s\S]*)\]\]>$/.exec(text);
  if (CDATA) return CDATA[1]!;
  const named: Record<string, string> = { lt: '<', gt: '>', amp: '&', quot: '"', apos: "'" };
  return text.replace(/&(#x[0-9a-f]+|#\d+|[a-z]+);/gi, (whole, ref: string) => {
    if (ref[0] === '#') return String.fromCodePoint(ref[1] === 'x' || ref[1] === 'X' ? Number.parseInt(ref.slice(2), 16) : Number(ref.slice(1)));
    return named[ref] ?? whole;
  });
}
