/** Builds fact paragraphs from sample sentences for tests: project names found by plain search. */
import type { FactParagraph } from './text.ts';

export function paragraphs(texts: string[], projects: string[] = [], parks: string[] = []): FactParagraph[] {
  return texts.map((text) => {
    const spans = [...projects, ...parks].flatMap((name) => {
      const out = [];
      for (let i = text.indexOf(name); i >= 0; i = text.indexOf(name, i + name.length)) {
        out.push({ start: i, end: i + name.length, name, host: parks.includes(name) });
      }
      return out;
    });
    spans.sort((a, b) => a.start - b.start);
    return { text, display: text, projects: spans, names: spans.map(({ start, end }) => ({ start, end })) };
  });
}
