import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { runInNewContext } from 'node:vm';
import { describe, expect, it } from 'vitest';
import { bundleInlineScript } from './inline-script.ts';

describe('inline scripts', () => {
  it('bundles a TypeScript module and its imports into one classic script that runs where it is put, the same each time', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'inline-script-'));
    writeFileSync(join(dir, 'shared.ts'), 'export const greet = (name: string): string => `你好，${name}`;\n');
    writeFileSync(join(dir, 'entry.ts'), "import { greet } from './shared.ts';\n(globalThis as { said?: string }).said = greet('天津');\n");
    const { code, inputs } = await bundleInlineScript(join(dir, 'entry.ts'));
    expect(code).not.toMatch(/\bimport\b|\bexport\b/);
    expect(inputs.sort()).toEqual([join(dir, 'entry.ts'), join(dir, 'shared.ts')]);
    const scope: { said?: string } = {};
    runInNewContext(code, { globalThis: scope });
    expect(scope.said).toBe('你好，天津');
    expect((await bundleInlineScript(join(dir, 'entry.ts'))).code).toBe(code);
  });
});
