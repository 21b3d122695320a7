/**
 * npm run eval:parse -- DIR GOLD [--details] [--json]
 *
 * Runs the project's own pipeline over the files of DIR that GOLD names and prints,
 * per file and in total: titles found, dates right (of those a reader can determine),
 * body starts found, junk lines left in articles (share of all article lines),
 * Traditional recognised, files without articles. `--details` lists what each file
 * got wrong; `--json` prints the scores as JSON instead of the table.
 * Not part of `npm test`: the corpus it measures is not in the project.
 */
import { readdirSync } from 'node:fs';
import { createPipeline } from '../src/io/pipeline.ts';
import { evalRun } from './eval/cli.ts';
import { scoreFile, totals, type FileScore, type Totals } from './eval/score-parse.ts';

const { gold, dir, details: showDetails, json, inputs } = evalRun('eval:parse');
const unscored = readdirSync(dir).filter((name) => /\.txt$/i.test(name) && !(name in gold));

const { parse } = createPipeline({ tag: false });
const scores: FileScore[] = inputs.map((input) => scoreFile(input.file, gold[input.file]!, parse(input).articles));
const total = totals(scores, gold);

if (json) {
  process.stdout.write(`${JSON.stringify({ files: scores, totals: total }, null, 2)}\n`);
} else {
  process.stdout.write(table(scores));
  process.stdout.write(summary(total));
  if (showDetails) process.stdout.write(details(scores));
  if (unscored.length > 0) process.stdout.write(`\nnot in the gold, not scored: ${unscored.join(', ')}\n`);
}

function table(rows: readonly FileScore[]): string {
  const head = ['file', 'articles', 'titles', 'date', 'bodies', 'junk left/lines', 'script'];
  const body = rows.map((s) => [
    s.file,
    `${s.articles.found}/${s.articles.gold}`,
    `${s.titles.right}/${s.titles.of}`,
    s.date ? (s.date.right ? 'right' : `WRONG ${s.date.found ?? '—'}`) : s.dateClaimed ? `(${s.year ? (s.year.right ? 'year ok' : 'year wrong') : 'claimed'})` : '—',
    `${s.bodies.right}/${s.bodies.of}`,
    `${s.junk.left}/${s.junk.lines}`,
    s.traditional === null ? (s.falseTraditional ? 'hant?!' : 'hans') : s.traditional ? 'hant' : 'MISSED hant',
  ]);
  const widths = head.map((h, k) => Math.max(width(h), ...body.map((r) => width(r[k]!))));
  const line = (cells: string[]): string => `${cells.map((c, k) => c + ' '.repeat(widths[k]! - width(c))).join('  ')}\n`;
  return line(head) + line(widths.map((w) => '-'.repeat(w))) + body.map(line).join('');
}

/** Display width in a monospaced terminal: CJK characters take two columns. */
function width(s: string): number {
  let n = 0;
  for (const ch of s) n += /[\u1100-\u115f\u2e80-\ua4cf\uac00-\ud7a3\uf900-\ufaff\ufe30-\ufe4f\uff00-\uff60\uffe0-\uffe6]/.test(ch) ? 2 : 1;
  return n;
}

function summary(t: Totals): string {
  const pct = (right: number, of: number): string => `${right}/${of} (${of === 0 ? '—' : `${((100 * right) / of).toFixed(1)} %`})`;
  return [
    '',
    `files                        ${t.files}`,
    `titles found                 ${pct(t.titles.right, t.titles.of)}`,
    `dates right                  ${pct(t.dates.right, t.dates.of)} of those a reader can determine`,
    `  years right                ${pct(t.years.right, t.years.of)} where only the year is determinable`,
    `  dates given, none printed  ${t.datesClaimed} files`,
    `body starts found            ${pct(t.bodies.right, t.bodies.of)}`,
    `junk lines left in articles  ${pct(t.junk.left, t.junk.lines)} of all article lines (gold junk quotes left: ${t.junk.quotesLeft}/${t.junk.quotes})`,
    `Traditional recognised       ${pct(t.traditional.right, t.traditional.of)} (Simplified files called Traditional: ${t.falseTraditional})`,
    `files without articles       ${t.noArticles}`,
    `articles                     ${t.articles.found} found, ${t.articles.gold} in the gold; count right in ${t.articles.filesMatching} files`,
    '',
  ].join('\n');
}

function details(rows: readonly FileScore[]): string {
  const out = rows.flatMap((s) => {
    const items = [...s.misses, ...s.junk.quotesLeft.map((q) => `junk left: “${q}”`)];
    return items.length === 0 ? [] : [`${s.file}`, ...items.map((m) => `  ${m}`)];
  });
  return `\n${out.join('\n')}\n`;
}
