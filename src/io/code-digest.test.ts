import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { codeInputs, importClosure } from './code-digest.ts';

const root = mkdtempSync(join(tmpdir(), 'code-'));
afterAll(() => rmSync(root, { recursive: true, force: true }));
const write = (file: string, text: string) => {
  mkdirSync(join(root, file, '..'), { recursive: true });
  writeFileSync(join(root, file), text);
};

describe('the loader cache key', () => {
  it("covers the code the site's loader runs, wherever it lives, and no page code", () => {
    const files = importClosure(['src/content.config.ts']);
    for (const file of ['src/content.config.ts', 'src/io/pipeline.ts', 'src/io/read-papers.ts', 'src/config/site.ts', 'src/schema/article.ts', 'src/loaders/papers-loader.ts', 'src/io/parse-pool.ts', 'src/io/parse-worker.ts', 'src/pipeline/index.ts', 'src/pipeline/tag/jieba.ts']) {
      expect(files).toContain(file);
    }
    expect(files.filter((f) => f.startsWith('src/pages/') || f.endsWith('.test.ts'))).toEqual([]);
  });

  it('changes when any imported file changes (re-exports, dynamic imports, worker URLs), and not for other files', () => {
    write('src/entry.ts', "import { a } from './a.ts';\nimport type { T } from '../lib/types';\nconst w = new URL('./worker.ts', import.meta.url);\nexport const b = () => import('./lazy.ts');\n");
    write('src/a.ts', "export * from './deep/c.ts';\nexport const a = 1;\n");
    write('src/deep/c.ts', 'export const c = 1;\n');
    write('lib/types.ts', 'export type T = number;\n');
    write('src/worker.ts', 'export {};\n');
    write('src/lazy.ts', 'export {};\n');
    write('src/unrelated.ts', 'export {};\n');
    expect(importClosure(['src/entry.ts'], root)).toEqual(['lib/types.ts', 'src/a.ts', 'src/deep/c.ts', 'src/entry.ts', 'src/lazy.ts', 'src/worker.ts']);
    const before = codeInputs('src/entry.ts', root).code;
    write('src/unrelated.ts', 'export const x = 2;\n');
    expect(codeInputs('src/entry.ts', root).code).toBe(before);
    for (const file of ['src/deep/c.ts', 'lib/types.ts', 'src/worker.ts', 'src/lazy.ts']) {
      const was = codeInputs('src/entry.ts', root).code;
      write(file, `export const changed = ${JSON.stringify(file)};\n`);
      expect(codeInputs('src/entry.ts', root).code, file).not.toBe(was);
    }
  });

  it('changes with the installed dependencies', () => {
    write('package-lock.json', '{"v":1}');
    const one = codeInputs('src/entry.ts', root).dependencies;
    write('package-lock.json', '{"v":2}');
    expect(codeInputs('src/entry.ts', root).dependencies).not.toBe(one);
  });
});
