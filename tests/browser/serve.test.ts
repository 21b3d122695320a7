/**
 * The browser tests' server: each test gets an `astro preview` of its own that serves this dist/,
 * never one started earlier (for an older build, or by another test file) that astro's lock file
 * .astro/preview.json names, and never another server that answers on the port.
 */
import { spawn } from 'node:child_process';
import { readFileSync } from 'node:fs';
import { createServer } from 'node:http';
import { afterAll, describe, expect, it } from 'vitest';
import { freePort, hasBuild, ROOT, startPreview, type Preview } from './serve.ts';

const stops: (() => Promise<void>)[] = [];
afterAll(async () => {
  for (const stop of stops) await stop();
});

const home = (): string => readFileSync(`${ROOT}dist/index.html`, 'utf8');

/** An `astro preview` as a reader starts it (lock file and all), as another run left it. */
async function otherPreview(): Promise<string> {
  const port = await freePort();
  const child = spawn(process.execPath, [`${ROOT}node_modules/astro/bin/astro.mjs`, 'preview', '--host', '127.0.0.1', '--port', String(port)], {
    cwd: ROOT,
    stdio: 'ignore',
    env: { ...process.env, ASTRO_TELEMETRY_DISABLED: '1' },
  });
  stops.push(() => new Promise((resolve) => (child.exitCode !== null ? resolve() : (child.once('exit', () => resolve()), child.kill('SIGTERM')))));
  const origin = `http://127.0.0.1:${port}`;
  for (const deadline = Date.now() + 30_000; Date.now() < deadline; await new Promise((r) => setTimeout(r, 200))) {
    if ((await fetch(`${origin}/`).catch(() => null))?.ok) return origin;
  }
  throw new Error('the other preview did not start');
}

describe.skipIf(!hasBuild())('startPreview', () => {
  it('starts a server of its own while another preview of this site holds the lock file, also under a coding agent', async () => {
    const other = await otherPreview();
    expect(JSON.parse(readFileSync(`${ROOT}.astro/preview.json`, 'utf8')).url).toBe(other);
    for (const agent of [undefined, '1']) {
      // astro preview backgrounds itself and defers to a running server when it sees an agent (CLAUDECODE).
      const saved = process.env.CLAUDECODE;
      if (agent) process.env.CLAUDECODE = agent;
      let preview: Preview;
      try {
        preview = await startPreview();
      } finally {
        if (saved === undefined) delete process.env.CLAUDECODE;
        else process.env.CLAUDECODE = saved;
      }
      stops.push(preview.stop);
      expect(preview.origin).not.toBe(other);
      expect(await (await fetch(`${preview.origin}/`)).text()).toBe(home());
      await preview.stop();
    }
  }, 120_000);

  it('refuses a port where another server answers with something else than this dist/', async () => {
    const server = createServer((_, response) => response.end('<!doctype html><title>an older build</title>'));
    const port = await new Promise<number>((resolve) => server.listen(0, '127.0.0.1', () => resolve((server.address() as { port: number }).port)));
    stops.push(() => new Promise((resolve) => server.close(() => resolve())));
    const attempt = startPreview(port);
    attempt.then((preview) => stops.push(preview.stop), () => undefined);
    await expect(attempt).rejects.toThrow(/not with this build's dist\/index\.html/);
  }, 60_000);
});
