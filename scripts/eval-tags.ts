/**
 * npm run eval:tags -- DIR GOLD [--details] [--json]
 *
 * Runs the project's own pipeline with the tagger over the files of DIR that GOLD names
 * and prints, per file and in total: districts precision and recall, projects recall,
 * the precision of the projects the tagger discovered itself (those matching the gold
 * are counted; the rest are listed for a human to count), industries recall.
 * `--details` lists each file's missed and extra tags. Not part of `npm test`.
 */
import { createPipeline } from '../src/io/pipeline.ts';
import { loadTaxonomy } from '../src/io/read-taxonomy.ts';
import { evalRun } from './eval/cli.ts';
import { scoreFileTags, tagTotals, type FileTagScore, type Ratio } from './eval/score-tags.ts';

const { gold, goldPath, details, json, inputs } = evalRun('eval:tags');
const untagged = Object.keys(gold).filter((file) => gold[file]!.articles.some((a) => a.tags === undefined));
if (untagged.length > 0) console.error(`${goldPath}: articles without tags are scored as tagging nothing: ${untagged.join(', ')}`);

const taxonomy = loadTaxonomy();
const known = new Set(taxonomy.projects.flatMap((p) => [p.name, ...p.aliases]));
const { parse } = createPipeline({ taxonomy });
const scores: FileTagScore[] = inputs.map((input) => scoreFileTags(input.file, gold[input.file]!, parse(input).articles.map((a) => a.tags), (name) => known.has(name)));
const total = tagTotals(scores);
/** The same figures over the files the parser made records of, so tagging and parsing can be told apart. */
const parsed = tagTotals(scores.filter((s) => s.records > 0));

if (json) {
  process.stdout.write(`${JSON.stringify({ files: scores, totals: total }, null, 2)}\n`);
} else {
  const ratio = (r: { right: number; of: number }): string => `${r.right}/${r.of}`;
  process.stdout.write('file     districts found/gold right/tags  projects found/gold  discovered  industries found/gold\n');
  for (const s of scores) {
    const d = s.districts;
    process.stdout.write(
      `${s.file}${s.records === 0 ? '*' : ' '} ${pad(`${d.found}/${d.gold} ${d.right}/${d.tags}`, 32)}${pad(`${s.projects.found}/${s.projects.gold}`, 21)}${pad(String(s.discovered.right.length + s.discovered.unjudged.length), 12)}${s.industries.found}/${s.industries.gold}\n`,
    );
  }
  const f = (r: Ratio): string => `${ratio(r)} (${r.of === 0 ? '—' : (r.right / r.of).toFixed(3)})`;
  process.stdout.write(
    [
      '',
      `districts precision          ${f(total.districts.precision)}`,
      `districts recall             ${f(total.districts.recall)}`,
      `projects recall              ${f(total.projects.recall)}`,
      `  taxonomy projects right    ${f(total.projects.knownPrecision)} of the taxonomy's project tags`,
      `discovered projects          ${total.discovered.total}, of which ${total.discovered.matchingGold} match the gold; judge the rest below by hand`,
      `industries recall            ${f(total.industries.recall)}`,
      `  industries in the gold     ${f(total.industries.precision)} of industry tags (the gold lists what a reader tags, not every fair tag)`,
      `files without articles       ${total.filesWithoutArticles} (every gold tag of theirs counts as missed); over the other files:`,
      `  districts ${f(parsed.districts.precision)} precision, ${f(parsed.districts.recall)} recall; projects recall ${f(parsed.projects.recall)}; industries recall ${f(parsed.industries.recall)}`,
      '',
      '* no article: the parser made no record of the file',
      '',
      'discovered projects not in the gold (count the real ones by hand):',
      ...scores.flatMap((s) => s.discovered.unjudged.map((name) => `  ${s.file}  ${name}`)),
      '',
    ].join('\n'),
  );
  if (details) {
    for (const s of scores) {
      const lines = (['districts', 'projects', 'industries'] as const).flatMap((kind) => [
        ...s[kind].missed.map((m) => `  ${kind} missed: ${m}`),
        ...s[kind].extra.map((m) => `  ${kind} extra: ${m}`),
      ]);
      if (lines.length > 0) process.stdout.write(`${s.file}\n${lines.join('\n')}\n`);
    }
  }
}

function pad(s: string, n: number): string {
  return s + ' '.repeat(Math.max(1, n - s.length));
}
