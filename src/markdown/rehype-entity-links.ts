/**
 * rehype plugin: link the first mention of each entity in the text to its page.
 *
 * One walk over the tree in document order. Text inside links, headings and code is
 * left alone. Names are matched longest first, so "天津经济技术开发区" is one mention
 * rather than a shorter alias inside it; phrases in `avoid` (e.g. "南开大学" for
 * 南开区) are consumed without linking so an alias inside them never matches.
 */
import type { Element, ElementContent, Parent, Root, Text } from 'hast';
import { compareStrings } from '../lib/compare.ts';

export interface EntityLinkTarget {
  href: string;
  /** Canonical name first, then aliases; any of them counts as a mention. */
  names: readonly string[];
  /** Tooltip for the link, e.g. "项目：117项目". */
  title?: string;
}

export interface RehypeEntityLinksOptions {
  targets: readonly EntityLinkTarget[];
  /** Phrases that contain a name but do not mean the entity; never linked. */
  avoid?: readonly string[];
  /** Elements whose text is never linked. */
  skip?: readonly string[];
  /** Class names of the links made. */
  className?: readonly string[];
}

const DEFAULT_SKIP = ['a', 'h1', 'h2', 'h3', 'h4', 'h5', 'h6', 'code', 'pre', 'script', 'style', 'button'];

const escapeRegExp = (s: string): string => s.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');

export default function rehypeEntityLinks(options: RehypeEntityLinksOptions) {
  const byName = new Map<string, EntityLinkTarget | null>();
  for (const phrase of options.avoid ?? []) if (phrase) byName.set(phrase, null);
  for (const target of options.targets) {
    for (const name of target.names) if (name && !byName.has(name)) byName.set(name, target);
  }
  const skip = new Set(options.skip ?? DEFAULT_SKIP);
  const className = options.className ? [...options.className] : ['entity-link'];
  const names = [...byName.keys()].sort((a, b) => b.length - a.length || compareStrings(a, b));
  const pattern = names.length ? new RegExp(names.map(escapeRegExp).join('|'), 'g') : null;

  return (tree: Root): void => {
    if (!pattern) return;
    const linked = new Set<EntityLinkTarget>();
    const done = (): boolean => linked.size === options.targets.length;

    function linkText(node: Text): ElementContent[] | null {
      const out: ElementContent[] = [];
      let last = 0;
      pattern!.lastIndex = 0;
      for (let m = pattern!.exec(node.value); m; m = pattern!.exec(node.value)) {
        const target = byName.get(m[0]);
        if (!target || linked.has(target)) continue;
        linked.add(target);
        if (m.index > last) out.push({ type: 'text', value: node.value.slice(last, m.index) });
        const properties: Element['properties'] = { href: target.href, className: [...className] };
        if (target.title) properties.title = target.title;
        out.push({ type: 'element', tagName: 'a', properties, children: [{ type: 'text', value: m[0] }] });
        last = m.index + m[0].length;
        if (done()) break;
      }
      if (last === 0) return null;
      if (last < node.value.length) out.push({ type: 'text', value: node.value.slice(last) });
      return out;
    }

    function walk(parent: Parent): void {
      for (let i = 0; i < parent.children.length && !done(); i += 1) {
        const child = parent.children[i]!;
        if (child.type === 'text') {
          const replacement = linkText(child);
          if (replacement) {
            parent.children.splice(i, 1, ...replacement);
            i += replacement.length - 1;
          }
        } else if (child.type === 'element' && !skip.has(child.tagName)) {
          walk(child);
        }
      }
    }

    walk(tree);
  };
}
