import { readdirSync, readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { assemblePage } from './assemble.ts';
import { classifyLines } from './classify.ts';
import { setAsideFurniture } from './furniture.ts';
import { normalize } from './normalize.ts';
import { splitStories } from './split/index.ts';

const papers = new URL('../../content/papers/', import.meta.url);

/** The drafts split makes of a page, as parsePaper hands them to assemble. */
function draftsOf(text: string) {
  const page = setAsideFurniture(normalize(text).lines);
  return splitStories(classifyLines(page.lines, page.headline), { webPage: page.setAside.length > 0 });
}

function deepFreeze<T>(value: T): T {
  if (value !== null && typeof value === 'object' && !Object.isFrozen(value)) {
    Object.freeze(value);
    for (const child of Object.values(value)) deepFreeze(child);
  }
  return value;
}

// A lead printed away from its headline, a headless photo caption, a story printed twice and a
// stray line: most passes of assemble have work to do here, and the samples give them more.
const scattered = `别的版面转来的半句话。

西青区物流枢纽建设提速

本报讯（记者 孙七）西青区物流枢纽项目建设顺利推进。

枢纽规划了三个作业区。

本报讯（记者 孙七）记者昨天获悉，我市生物医药企业数量突破

枢纽建成后年吞吐量将超过500万吨。

生物医药企业数量突破八百家

八百家。

以滨海新区为例，医药企业集聚发展。

记者 孙七

园区一角。 记者 周八 摄

城际铁路新线开通

本报讯（记者 吴九）昨天，城际铁路新线开通。

城际铁路新线开通

本报讯（记者 吴九）昨天，城际铁路新线开通。`;

describe('assemblePage', () => {
  const pages = [
    { name: 'scattered', text: scattered },
    ...readdirSync(papers)
      .filter((f) => f.endsWith('.txt'))
      .sort()
      .map((f) => ({ name: f, text: readFileSync(new URL(f, papers), 'utf8') })),
  ];

  it('leaves the drafts it is given unchanged and gives new ones', () => {
    for (const { name, text } of pages) {
      const drafts = draftsOf(text);
      const before = structuredClone(drafts);
      deepFreeze(drafts);
      const { stories } = assemblePage(drafts);
      expect(drafts, name).toEqual(before);
      for (const story of stories) expect(drafts, name).not.toContain(story);
    }
  });

  it('gives the same stories for frozen drafts as for fresh ones', () => {
    for (const { name, text } of pages) {
      expect(assemblePage(deepFreeze(draftsOf(text))), name).toEqual(assemblePage(draftsOf(text)));
    }
  });
});
