import { existsSync, mkdirSync, mkdtempSync, readdirSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import type { AstroIntegration } from 'astro';
import { afterAll, describe, expect, it } from 'vitest';
import { clearOutDirInBackground } from './clear-out-dir.ts';

type Hook = (options: unknown) => unknown;
const hook = (integration: AstroIntegration, name: string): Hook => integration.hooks[name as keyof AstroIntegration['hooks']] as unknown as Hook;
const logger = { debug: () => undefined };

describe('clearOutDirInBackground', () => {
  const root = mkdtempSync(join(tmpdir(), 'clear-out-dir-'));
  afterAll(() => rmSync(root, { recursive: true, force: true }));

  it('leaves no old file in dist and none beside it once the build is done, also from a build that was stopped', async () => {
    const dist = join(root, 'dist');
    mkdirSync(join(dist, 'articles/a'), { recursive: true });
    writeFileSync(join(dist, 'articles/a/index.html'), 'old page');
    mkdirSync(join(root, '.dist-stale-1/og'), { recursive: true });
    writeFileSync(join(root, '.dist-stale-1/og/x.png'), 'left by a stopped build');
    mkdirSync(join(root, 'other'));

    const integration = clearOutDirInBackground();
    await hook(integration, 'astro:config:done')({ config: { outDir: pathToFileURL(`${dist}/`) } });
    await hook(integration, 'astro:build:start')({ logger });
    // Astro finds nothing to empty and writes the new site.
    expect(existsSync(dist)).toBe(false);
    mkdirSync(dist);
    writeFileSync(join(dist, 'index.html'), 'new page');
    await hook(integration, 'astro:build:done')({});

    expect(readdirSync(root).sort()).toEqual(['dist', 'other']);
    expect(readdirSync(dist)).toEqual(['index.html']);
  });

  it('does nothing when there is no old dist', async () => {
    const integration = clearOutDirInBackground();
    await hook(integration, 'astro:config:done')({ config: { outDir: pathToFileURL(`${join(root, 'none', 'dist')}/`) } });
    await hook(integration, 'astro:build:start')({ logger });
    await hook(integration, 'astro:build:done')({});
    expect(existsSync(join(root, 'none'))).toBe(false);
  });
});
