/** The command line both evaluations share: DIR GOLD [--details] [--json], with the gold checked against DIR. */
import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { parseArgs } from 'node:util';
import type { PaperInput } from '../../src/pipeline/index.ts';
import { loadGold, type Gold } from './gold.ts';

export interface EvalRun {
  gold: Gold;
  goldPath: string;
  dir: string;
  details: boolean;
  json: boolean;
  /** The files the gold names, sorted, as the pipeline takes them. */
  inputs: PaperInput[];
}

/** Exits with a usage line or the gold's problem (a broken entry, a file missing from DIR). */
export function evalRun(command: string): EvalRun {
  const { values, positionals } = parseArgs({ allowPositionals: true, options: { details: { type: 'boolean' }, json: { type: 'boolean' } } });
  const [dir, goldPath] = positionals;
  if (!dir || !goldPath) {
    console.error(`usage: npm run ${command} -- DIR GOLD [--details] [--json]`);
    process.exit(2);
  }
  const gold = loadGold(goldPath);
  const missing = Object.keys(gold).filter((file) => !existsSync(join(dir, file)));
  if (missing.length > 0) {
    console.error(`${goldPath}: files not in ${dir}: ${missing.join(', ')}`);
    process.exit(2);
  }
  const inputs = Object.keys(gold)
    .sort()
    .map((file) => ({ file, bytes: readFileSync(join(dir, file)) }));
  return { gold, goldPath, dir, details: values.details === true, json: values.json === true, inputs };
}
