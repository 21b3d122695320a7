/**
 * Runs the "nothing lost" check over the papers of some folders or files (default content/papers)
 * and names, per file, the characters no article, furniture or fragment holds, with the lines
 * they came from. Reads only; exits 1 when anything was lost.
 *
 *   node scripts/check-nothing-lost.ts ../shared/corpus
 */
import { readPaperPaths } from '../src/io/read-papers.ts';
import { createPipeline } from '../src/io/pipeline.ts';
import { accounted, characters, difference, inputLines, type Counts } from './lib/nothing-lost.ts';

const paths = process.argv.slice(2);
const { parse } = createPipeline({ tag: false });
let lossy = 0;
let files = 0;
for (const paper of readPaperPaths(paths.length > 0 ? paths : ['content/papers'])) {
  const read = inputLines(paper.bytes);
  if (!read || paper.notRead !== undefined) continue;
  files++;
  const expected = characters([...read.lines.map((l) => l.text), ...read.setAside]);
  const { missing, extra } = difference(expected, accounted(parse(paper)));
  if (missing.size === 0 && extra.size === 0) continue;
  lossy++;
  const count = (m: Counts): number => [...m.values()].reduce((a, b) => a + b, 0);
  console.log(`${paper.file}: ${count(missing)} characters lost, ${count(extra)} added`);
  // The lines whose characters are missing, most first: where to look.
  const left = new Map(missing);
  const suspects = read.lines
    .map((l) => {
      let n = 0;
      for (const ch of l.text.replace(/\s+/g, '')) if ((left.get(ch) ?? 0) > 0) n++;
      return { l, n };
    })
    .filter((s) => s.n > 0)
    .sort((a, b) => b.n - a.n)
    .slice(0, 5);
  for (const { l, n } of suspects) console.log(`  line ${l.line} (${n}): ${l.text.slice(0, 80)}`);
  if (extra.size > 0) console.log(`  added: ${[...extra].map(([ch, n]) => `${ch}×${n}`).join(' ').slice(0, 200)}`);
}
console.log(`${files} files, ${lossy} with lost or added characters`);
process.exitCode = lossy > 0 ? 1 : 0;
