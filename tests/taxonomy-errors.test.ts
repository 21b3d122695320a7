/**
 * A broken taxonomy file as an editor meets it in `astro build`: the build stops (exit 1) and prints the
 * file, line and entry with what is wrong and a hint, and no stack trace, since the fault is in the
 * data, not the code. The build runs in a scratch project folder whose code is the project's own
 * (links) and whose taxonomy is a copy with one entry broken.
 */
import { spawnSync } from 'node:child_process';
import { cpSync, mkdirSync, mkdtempSync, readdirSync, readFileSync, rmSync, symlinkSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';

const project = mkdtempSync(join(tmpdir(), 'taxonomy-errors-'));
for (const name of ['src', 'public', 'astro.config.mjs', 'package.json', 'tsconfig.json']) symlinkSync(resolve(name), join(project, name));
// A folder of links, not a link to node_modules: Vite keeps its dependency cache in the project's node_modules/.vite.
mkdirSync(join(project, 'node_modules'));
for (const name of readdirSync('node_modules')) if (!name.startsWith('.')) symlinkSync(resolve('node_modules', name), join(project, 'node_modules', name));
mkdirSync(join(project, 'content'));
symlinkSync(resolve('content/papers'), join(project, 'content/papers'));
cpSync('content/taxonomy', join(project, 'content/taxonomy'), { recursive: true });
afterAll(() => rmSync(project, { recursive: true, force: true }));

/** Rewrites one taxonomy file of the scratch project; returns the 1-based line of `needle` in it. */
function edit(file: string, change: (text: string) => string, needle: string): number {
  const path = join(project, 'content/taxonomy', file);
  const text = change(readFileSync(resolve('content/taxonomy', file), 'utf8'));
  writeFileSync(path, text);
  const at = text.indexOf(needle);
  if (at < 0) throw new Error(`${needle} is not in the edited ${file}`);
  return text.slice(0, at).split('\n').length;
}

function build(): { status: number | null; output: string } {
  const run = spawnSync(process.execPath, [join(project, 'node_modules/astro/bin/astro.mjs'), 'build'], {
    cwd: project,
    encoding: 'utf8',
    env: { ...process.env, ASTRO_TELEMETRY_DISABLED: '1', NO_COLOR: '1', FORCE_COLOR: '0' },
  });
  return { status: run.status, output: `${run.stdout}${run.stderr}` };
}

describe('a broken taxonomy stops the build with a clear message and no stack trace', () => {
  const clear = (output: string): void => {
    expect(output).toContain('Fix the taxonomy entries named above');
    expect(output).not.toMatch(/Stack trace|^\s+at /m);
    expect(output).not.toMatch(/read-taxonomy\.ts|content-layer\.js/);
  };

  it('names the file, line and column of YAML that does not parse, and only that', () => {
    const line = edit('industries.yml', (text) => text.replace(/\n- slug: /, '\n- slug: [unclosed\n  oops: ]]\n- slug: '), '[unclosed');
    const { status, output } = build();
    expect(status).toBe(1);
    // yaml finds the bracket unclosed on its line or the next.
    expect(output).toMatch(new RegExp(`content/taxonomy/industries\\.yml:(?:${line}|${line + 1}):\\d+: cannot be read: `));
    expect(output).not.toContain('is not a known');
    clear(output);
  }, 180_000);

  it('names the file, line and entry of a project whose parent is unknown', () => {
    edit('industries.yml', (text) => text, '- slug');
    const entry = readFileSync('content/taxonomy/projects.yml', 'utf8').match(/^- slug: .*\n(?:  .*\n)*?  parent: (.+)$/m)!;
    const broken = entry[0].replace(`parent: ${entry[1]}`, 'parent: 不存在的园区');
    const line = edit('projects.yml', (text) => text.replace(entry[0], broken), broken);
    const { status, output } = build();
    expect(status).toBe(1);
    expect(output).toMatch(new RegExp(`content/taxonomy/projects\\.yml:${line}: entry #\\d+ "[^"]+": parent "不存在的园区" is not a known project`));
    clear(output);
  }, 180_000);
});
