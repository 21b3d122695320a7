/**
 * Rehype plugin: sets people's names in the body (the dateline's reporters, named
 * people) in a span the 简/繁 switch leaves alone, so they keep their characters.
 */
import type { Element, ElementContent, Parent, Root } from 'hast';
import { KEEP_SCRIPT_CLASS, nameSplitter } from '../utils/person-names.ts';

export interface RehypeKeepNamesOptions {
  names: readonly string[];
}

const kept = (node: Element): boolean => {
  const className = node.properties?.className;
  return Array.isArray(className) && className.includes(KEEP_SCRIPT_CLASS);
};

export default function rehypeKeepNames(options: RehypeKeepNamesOptions) {
  const split = nameSplitter(options.names);
  // A plain walk rather than unist-util-visit: it runs on every article page, and the tree is a few paragraphs deep.
  function walk(parent: Parent): void {
    for (let i = 0; i < parent.children.length; i += 1) {
      const child = parent.children[i]!;
      if (child.type === 'element') {
        if (!kept(child)) walk(child);
        continue;
      }
      if (child.type !== 'text') continue;
      const pieces = split(child.value);
      if (!pieces.some((p) => p.name)) continue;
      const replacement: ElementContent[] = pieces.map((p) =>
        p.name ? { type: 'element', tagName: 'span', properties: { className: [KEEP_SCRIPT_CLASS] }, children: [{ type: 'text', value: p.text }] } : { type: 'text', value: p.text },
      );
      parent.children.splice(i, 1, ...replacement);
      // Go on after the inserted nodes; the spans hold only names.
      i += replacement.length - 1;
    }
  }
  return (tree: Root): void => {
    if (options.names.length === 0) return;
    walk(tree);
  };
}
