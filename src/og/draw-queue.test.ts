import { existsSync, mkdtempSync, readdirSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { drawQueue, localWriter } from './draw-queue.ts';

const folders: string[] = [];
afterEach(() => {
  for (const folder of folders.splice(0)) rmSync(folder, { recursive: true, force: true });
});

function setup(concurrency: number, key = 'k') {
  const cacheDir = join(mkdtempSync(join(tmpdir(), 'og-queue-')), 'cache');
  folders.push(join(cacheDir, '..'));
  const calls: string[] = [];
  let running = 0;
  let most = 0;
  const draw = async (svg: string): Promise<Buffer> => {
    calls.push(svg);
    running += 1;
    most = Math.max(most, running);
    await new Promise((resolve) => setTimeout(resolve, 5));
    running -= 1;
    return Buffer.from(`png of ${svg}`);
  };
  return { cacheDir, calls, most: () => most, queue: drawQueue({ cacheDir, key, writer: localWriter(draw, concurrency) }) };
}

describe('drawQueue', () => {
  it('starts drawing as soon as a card is added, before finish()', async () => {
    const { queue, calls } = setup(1);
    const file = queue.add('<svg>a</svg>', '<svg>a</svg>');
    // Polled rather than a fixed wait: a loaded machine may take longer than the drawing's 5 ms.
    for (let waited = 0; !existsSync(file) && waited < 5000; waited += 10) await new Promise((resolve) => setTimeout(resolve, 10));
    expect(calls).toEqual(['<svg>a</svg>']);
    expect(readFileSync(file, 'utf8')).toBe('png of <svg>a</svg>');
    await expect(queue.finish()).resolves.toEqual({ drawn: 1, cached: 0 });
  });

  it('draws no more at once than asked, and every card by finish()', async () => {
    const { queue, most, calls } = setup(2);
    for (let i = 0; i < 6; i++) queue.add(`<svg>${i}</svg>`, `<svg>${i}</svg>`);
    await expect(queue.finish()).resolves.toEqual({ drawn: 6, cached: 0 });
    expect(most()).toBe(2);
    expect(calls).toHaveLength(6);
  });

  it('draws the same SVG once, and one already in the cache not at all', async () => {
    const first = setup(2);
    const a = first.queue.add('<svg>same</svg>', '<svg>same</svg>');
    expect(first.queue.add('<svg>same</svg>', '<svg>same</svg>')).toBe(a);
    await expect(first.queue.finish()).resolves.toEqual({ drawn: 1, cached: 0 });
    const again = drawQueue({ cacheDir: first.cacheDir, key: 'k', writer: localWriter(() => Promise.reject(new Error('drawn again'))) });
    expect(again.add('<svg>same</svg>', '<svg>same</svg>')).toBe(a);
    await expect(again.finish()).resolves.toEqual({ drawn: 0, cached: 1 });
    // Nothing but the image: no temporary file is left beside it.
    expect(readdirSync(first.cacheDir)).toEqual([a.slice(first.cacheDir.length + 1)]);
  });

  it('names the file by the key too: a new font or renderer draws again', () => {
    const { queue, cacheDir } = setup(1, 'font A');
    const other = drawQueue({ cacheDir, key: 'font B', writer: localWriter(async () => Buffer.from('')) });
    expect(other.add('<svg/>', '<svg/>')).not.toBe(queue.add('<svg/>', '<svg/>'));
  });

  it('finishes at once when nothing was added, and reports a failed drawing', async () => {
    const { queue } = setup(1);
    await expect(queue.finish()).resolves.toEqual({ drawn: 0, cached: 0 });
    const cacheDir = join(folders[0]!, 'failing');
    const failing = drawQueue({ cacheDir, key: 'k', writer: localWriter(() => Promise.reject(new Error('no librsvg'))) });
    const file = failing.add('<svg/>', '<svg/>');
    await expect(failing.finish()).rejects.toThrow('no librsvg');
    expect(existsSync(file)).toBe(false);
  });
});
