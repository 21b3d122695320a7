/**
 * An article's body as HTML: paragraphs → mdast → hast (remark-rehype) → entity
 * links (rehype plugin) → HTML (rehype-stringify). Text only ever travels as text
 * nodes, so the stringifier escapes it.
 */
import type { Heading, Paragraph as MdParagraph, PhrasingContent, Root } from 'mdast';
import rehypeStringify from 'rehype-stringify';
import remarkRehype from 'remark-rehype';
import { unified } from 'unified';
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
  const processor = unified()
    .use(remarkRehype)
    .use(rehypeEntityLinks, options.links ?? { targets: [] })
    .use(rehypeKeepNames, { names: options.names ?? [] })
    .use(rehypeStringify);
  const hast = processor.runSync(paragraphsToMdast(paragraphs, options.dateline ?? null));
  return processor.stringify(hast);
}
