/**
 * Each module of the pipeline imports only from modules below it: the shared shapes and
 * patterns first, then the stages in the order parsePaper runs them. A stage that needs
 * something of a later (or a sibling) stage shows that it belongs lower down.
 * The tagger (tag/, facts/) runs on finished records and is not listed here.
 */
import { readdirSync, readFileSync } from 'node:fs';
import { dirname, join, relative } from 'node:path';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';

const here = dirname(fileURLToPath(import.meta.url));

/** Lowest first. Modules on one line may not import each other. */
const LAYERS: string[][] = [
  ['types', 'lines', 'patterns', 'similarity'],
  ['script', 'bylines', 'file-names', 'draft'],
  ['decode'],
  ['frontmatter'],
  ['html'],
  ['glosses'],
  ['normalize'],
  ['boilerplate'],
  ['headline'],
  ['furniture'],
  ['classify'],
  ['deck'],
  ['split/state'],
  ['split/handlers/byline', 'split/handlers/caption', 'split/handlers/continuation', 'split/handlers/credit', 'split/handlers/heading', 'split/handlers/jump', 'split/handlers/lead', 'split/handlers/text'],
  ['split/handlers/index'],
  ['split/index'],
  ['assemble'],
  ['dates'],
  ['record'],
  ['index'],
];
const rank = new Map(LAYERS.flatMap((names, k) => names.map((name) => [name, k] as const)));

function modules(dir: string): string[] {
  return readdirSync(dir, { withFileTypes: true }).flatMap((entry) => {
    const path = join(dir, entry.name);
    if (entry.isDirectory()) return entry.name === 'tag' || entry.name === 'facts' ? [] : modules(path);
    return entry.name.endsWith('.ts') && !entry.name.endsWith('.test.ts') ? [relative(here, path).replace(/\.ts$/, '')] : [];
  });
}

function pipelineImports(module: string): string[] {
  const source = readFileSync(join(here, `${module}.ts`), 'utf8');
  return [...source.matchAll(/^(?:import|export)\b[^;]*?from '(\.[^']+)\.ts'/gms)]
    .map((m) => relative(here, join(here, dirname(module), m[1]!)))
    .filter((target) => !target.startsWith('..'));
}

describe('pipeline layers', () => {
  const all = modules(here);

  it('lists every module of the pipeline', () => {
    expect(all.filter((m) => !rank.has(m))).toEqual([]);
  });

  it('imports only from below', () => {
    const upward = all.flatMap((module) =>
      pipelineImports(module)
        .filter((target) => !(rank.get(target)! < rank.get(module)!))
        .map((target) => `${module} → ${target}`),
    );
    expect(upward).toEqual([]);
  });
});
