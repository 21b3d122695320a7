/**
 * Serves the built site (dist/) with `astro preview` on a free loopback port for
 * browser tests and the screenshot script, and stops it afterwards. Each caller gets a
 * server of its own, checked to serve this dist/, so no test reads an older build.
 */
import { spawn, type ChildProcess } from 'node:child_process';
import { existsSync, readFileSync } from 'node:fs';
import { createServer } from 'node:net';
import { fileURLToPath } from 'node:url';

export const ROOT = fileURLToPath(new URL('../../', import.meta.url));
export { CHROMIUM, CHROMIUM_ARGS, hasChromium } from '../fixtures/chromium.ts';
export const hasBuild = (): boolean => existsSync(`${ROOT}dist/index.html`);

export function freePort(): Promise<number> {
  return new Promise((resolve, reject) => {
    const server = createServer();
    server.once('error', reject);
    server.listen(0, '127.0.0.1', () => {
      const address = server.address();
      server.close(() => (typeof address === 'object' && address ? resolve(address.port) : reject(new Error('no port'))));
    });
  });
}

export interface Preview {
  origin: string;
  stop: () => Promise<void>;
}

/**
 * Starts `astro preview` (with the Node running this file, so the version matches) and waits until it
 * answers with this build's home page.
 */
export async function startPreview(port?: number): Promise<Preview> {
  const chosen = port ?? (await freePort());
  // --ignore-lock: always a server of our own. Without it astro preview defers to the one its lock file
  // (.astro/preview.json) names, started for an older build or another test file: it refuses to start, or
  // under a coding agent goes to the background and leaves that one answering.
  const child: ChildProcess = spawn(process.execPath, [`${ROOT}node_modules/astro/bin/astro.mjs`, 'preview', '--ignore-lock', '--host', '127.0.0.1', '--port', String(chosen)], {
    cwd: ROOT,
    stdio: ['ignore', 'pipe', 'pipe'],
    env: { ...process.env, ASTRO_TELEMETRY_DISABLED: '1' },
  });
  let output = '';
  child.stdout?.on('data', (d: Buffer) => (output += d.toString()));
  child.stderr?.on('data', (d: Buffer) => (output += d.toString()));
  const origin = `http://127.0.0.1:${chosen}`;
  const stop = (): Promise<void> =>
    new Promise((resolve) => {
      if (child.exitCode !== null || child.signalCode !== null) return resolve();
      child.once('exit', () => resolve());
      child.kill('SIGTERM');
    });

  const home = readFileSync(`${ROOT}dist/index.html`, 'utf8');
  const deadline = Date.now() + 30_000;
  while (Date.now() < deadline) {
    if (child.exitCode !== null) throw new Error(`astro preview exited early:\n${output}`);
    let body: string | null = null;
    try {
      const response = await fetch(`${origin}/`);
      if (response.ok) body = await response.text();
    } catch {
      // not listening yet
    }
    if (body === home) return { origin, stop };
    if (body !== null) {
      // Whatever answers there is not our preview of this dist/ (another server took the port).
      await stop();
      throw new Error(`${origin} answers, but not with this build's dist/index.html: another server holds the port\n${output}`);
    }
    await new Promise((r) => setTimeout(r, 200));
  }
  await stop();
  throw new Error(`astro preview did not answer on ${origin} within 30 s:\n${output}`);
}
