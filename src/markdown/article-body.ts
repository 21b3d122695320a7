/**
 * An article's body as HTML: paragraphs → hast → entity links and kept names (rehype
 * plugins' transforms) → HTML (hast-util-to-html, what rehype-stringify runs). Text only
 * ever travels as text nodes, so the stringifier escapes it. The steps are called
 * directly rather than through a unified processor: one is built per article (the
 * plugins take the article's names), and its setup cost as much as the rendering on
 * every article page. The tree is built as remark-rehype would build it from the
 * paragraphs as markdown (blocks apart by a line break, text trimmed at line ends), but
 * directly: going through mdast cost a walk of the whole tree for link definitions, which
 * a body never has, on every article page.
 */
import type { Element, ElementContent, Root, Text } from 'hast';
import { toHtml } from 'hast-util-to-html';
import { trimLines } from 'trim-lines';
import type { Paragraph } from '../schema/article.ts';
import rehypeEntityLinks, { type RehypeEntityLinksOptions } from './rehype-entity-links.ts';
import rehypeKeepNames from './rehype-keep-names.ts';

export interface BodyOptions {
  /** The lead's dateline as printed ("本报讯（记者 …）"), set before the first text paragraph as in the paper. */
  dateline?: string | null;
  links?: RehypeEntityLinksOptions;
  /** People's names, set so the 简/繁 switch leaves them as printed. */
  names?: readonly string[];
}

const text = (value: string): Text => ({ type: 'text', value: trimLines(value) });

/** Text paragraphs as <p>, subheads as <h2>, captions as <p class="caption">; the dateline in a span before the lead's text. */
export function paragraphsToHast(paragraphs: readonly Paragraph[], dateline: string | null = null): Root {
  const leadIndex = dateline ? paragraphs.findIndex((p) => p.kind === 'text') : -1;
  const children: Root['children'] = [];
  for (const [i, p] of paragraphs.entries()) {
    if (i > 0) children.push({ type: 'text', value: '\n' });
    const content: ElementContent[] = [text(p.text)];
    if (i === leadIndex) content.unshift({ type: 'element', tagName: 'span', properties: { className: ['dateline'] }, children: [text(dateline!)] });
    const block: Element =
      p.kind === 'subhead'
        ? { type: 'element', tagName: 'h2', properties: {}, children: content }
        : { type: 'element', tagName: 'p', properties: p.kind === 'caption' ? { className: ['caption'] } : {}, children: content };
    children.push(block);
  }
  return { type: 'root', children };
}

export function renderArticleBody(paragraphs: readonly Paragraph[], options: BodyOptions = {}): string {
  const hast = paragraphsToHast(paragraphs, options.dateline ?? null);
  rehypeEntityLinks(options.links ?? { targets: [] })(hast);
  rehypeKeepNames({ names: options.names ?? [] })(hast);
  return toHtml(hast);
}
