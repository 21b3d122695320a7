/**
 * An article's body as HTML: paragraphs → mdast → hast (mdast-util-to-hast, what
 * remark-rehype runs) → entity links and kept names (rehype plugins' transforms) →
 * HTML (hast-util-to-html, what rehype-stringify runs). Text only ever travels as
 * text nodes, so the stringifier escapes it. The steps are called directly rather
 * than through a unified processor: one is built per article (the plugins take the
 * article's names), and its setup cost as much as the rendering on every article page.
 */
import type { Root as HastRoot } from 'hast';
import { toHtml } from 'hast-util-to-html';
import type { Heading, Paragraph as MdParagraph, PhrasingContent, Root } from 'mdast';
import { toHast } from 'mdast-util-to-hast';
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

/** Text paragraphs as <p>, subheads as <h2>, captions as <p class="caption">. */
export function paragraphsToMdast(paragraphs: readonly Paragraph[], dateline: string | null = null): Root {
  const leadIndex = dateline ? paragraphs.findIndex((p) => p.kind === 'text') : -1;
  return {
    type: 'root',
    children: paragraphs.map((p, i): Heading | MdParagraph => {
      const children: PhrasingContent[] = [{ type: 'text', value: p.text }];
      if (i === leadIndex) children.unshift({ type: 'strong', data: { hName: 'span', hProperties: { className: ['dateline'] } }, children: [{ type: 'text', value: dateline! }] });
      if (p.kind === 'subhead') return { type: 'heading', depth: 2, children };
      if (p.kind === 'caption') return { type: 'paragraph', children, data: { hProperties: { className: ['caption'] } } };
      return { type: 'paragraph', children };
    }),
  };
}

export function renderArticleBody(paragraphs: readonly Paragraph[], options: BodyOptions = {}): string {
  const hast = toHast(paragraphsToMdast(paragraphs, options.dateline ?? null)) as HastRoot;
  rehypeEntityLinks(options.links ?? { targets: [] })(hast);
  rehypeKeepNames({ names: options.names ?? [] })(hast);
  return toHtml(hast);
}
