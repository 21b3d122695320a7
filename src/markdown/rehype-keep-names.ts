/**
 * Rehype plugin: sets people's names in the body (the dateline's reporters, named
 * people) in a span the 简/繁 switch leaves alone, so they keep their characters.
 */
import type { Element, ElementContent, Root, Text } from 'hast';
import { SKIP, visit } from 'unist-util-visit';
import { KEEP_SCRIPT_CLASS, splitNames } from '../utils/person-names.ts';

export interface RehypeKeepNamesOptions {
  names: readonly string[];
}

const kept = (node: Element): boolean => {
  const className = node.properties?.className;
  return Array.isArray(className) && className.includes(KEEP_SCRIPT_CLASS);
};

export default function rehypeKeepNames(options: RehypeKeepNamesOptions) {
  return (tree: Root): void => {
    if (options.names.length === 0) return;
    visit(tree, (node, index, parent) => {
      if (node.type === 'element' && kept(node)) return SKIP;
      if (node.type !== 'text' || !parent || index === undefined) return;
      const pieces = splitNames((node as Text).value, options.names);
      if (!pieces.some((p) => p.name)) return;
      const replacement: ElementContent[] = pieces.map((p) =>
        p.name ? { type: 'element', tagName: 'span', properties: { className: [KEEP_SCRIPT_CLASS] }, children: [{ type: 'text', value: p.text }] } : { type: 'text', value: p.text },
      );
      parent.children.splice(index, 1, ...replacement);
      // Continue after the inserted nodes; the spans hold only names.
      return index + replacement.length;
    });
  };
}
