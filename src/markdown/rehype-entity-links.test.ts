import type { Root } from 'hast';
import rehypeStringify from 'rehype-stringify';
import { unified } from 'unified';
import { describe, expect, it } from 'vitest';
import rehypeEntityLinks, { type RehypeEntityLinksOptions } from './rehype-entity-links.ts';

const h = (tagName: string, ...children: Root['children']): Root['children'][number] => ({ type: 'element', tagName, properties: {}, children: children as never });
const t = (value: string): Root['children'][number] => ({ type: 'text', value });

function run(tree: Root, options: RehypeEntityLinksOptions): string {
  const processor = unified().use(rehypeEntityLinks, options).use(rehypeStringify);
  return processor.stringify(processor.runSync(tree) as Root);
}

const targets: RehypeEntityLinksOptions['targets'] = [
  { href: '/projects/p117/', names: ['117项目', '117大厦'], title: '项目：117项目' },
  { href: '/districts/nankai/', names: ['南开区', '南开'] },
  { href: '/districts/teda/', names: ['天津经济技术开发区', '开发区'] },
];

describe('rehype-entity-links', () => {
  it('links only the first mention of each entity, by any of its names', () => {
    const html = run({ type: 'root', children: [h('p', t('117大厦在南开。117项目与南开区')), h('p', t('又见117项目'))] }, { targets });
    expect(html).toBe(
      '<p><a href="/projects/p117/" class="entity-link" title="项目：117项目">117大厦</a>在<a href="/districts/nankai/" class="entity-link">南开</a>。117项目与南开区</p><p>又见117项目</p>',
    );
  });

  it('prefers the longest name so an alias inside a longer name does not win', () => {
    const html = run({ type: 'root', children: [h('p', t('天津经济技术开发区和开发区'))] }, { targets });
    expect(html).toBe('<p><a href="/districts/teda/" class="entity-link">天津经济技术开发区</a>和开发区</p>');
  });

  it('does not link inside avoided phrases, and links the next real mention', () => {
    const html = run({ type: 'root', children: [h('p', t('南开大学的学生来到南开区'))] }, { targets, avoid: ['南开大学'] });
    expect(html).toBe('<p>南开大学的学生来到<a href="/districts/nankai/" class="entity-link">南开区</a></p>');
  });

  it('leaves headings and existing links alone, counting the first mention in the text after them', () => {
    const tree: Root = { type: 'root', children: [h('h2', t('117项目')), h('p', h('a', t('117项目')), t('，117项目'))] };
    expect(run(tree, { targets })).toBe('<h2>117项目</h2><p><a>117项目</a>，<a href="/projects/p117/" class="entity-link" title="项目：117项目">117项目</a></p>');
  });

  it('keeps names with regex characters literal and applies the given class', () => {
    const html = run({ type: 'root', children: [h('p', t('A+B园区与AxB园区'))] }, { targets: [{ href: '/p/', names: ['A+B园区'] }], className: ['x'] });
    expect(html).toBe('<p><a href="/p/" class="x">A+B园区</a>与AxB园区</p>');
  });

  it('does nothing without targets', () => {
    expect(run({ type: 'root', children: [h('p', t('117项目'))] }, { targets: [] })).toBe('<p>117项目</p>');
  });
});
