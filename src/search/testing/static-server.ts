/**
 * A small static file server for the built site, for the search browser test and
 * the search evaluation: serves a folder on a free 127.0.0.1 port, gzips text
 * responses as a real host would (so measured transfer sizes are honest), and
 * stops when asked. Pagefind's index files are gzipped already and go out as stored.
 */
import { readFile, stat } from 'node:fs/promises';
import { createServer, type Server } from 'node:http';
import { extname, join, normalize, sep } from 'node:path';
import { gzipSync } from 'node:zlib';

const TYPES: Record<string, string> = {
  '.html': 'text/html; charset=utf-8',
  '.js': 'text/javascript; charset=utf-8',
  '.css': 'text/css; charset=utf-8',
  '.json': 'application/json; charset=utf-8',
  '.txt': 'text/plain; charset=utf-8',
  '.xml': 'application/xml; charset=utf-8',
  '.svg': 'image/svg+xml',
  '.wasm': 'application/wasm',
};
const COMPRESSIBLE = new Set(['.html', '.js', '.css', '.json', '.txt', '.xml', '.svg']);

export interface ServedRequest {
  path: string;
  status: number;
  /** Bytes of the response body as sent (after compression). */
  bytes: number;
}

export interface StaticServer {
  origin: string;
  /** Requests answered so far, in order (for tests and measurements of what was loaded). */
  requests: ServedRequest[];
  stop: () => Promise<void>;
}

/**
 * Serves `root`; `mounts` maps URL prefixes ("/plain-pagefind/") to other folders,
 * so a second index can be served beside the site from the same origin.
 */
export async function serveStatic(root: string, mounts: Record<string, string> = {}): Promise<StaticServer> {
  const requests: ServedRequest[] = [];
  const server: Server = createServer((req, res) => {
    void (async () => {
      const url = new URL(req.url ?? '/', 'http://localhost');
      const send = (status: number, headers: Record<string, string>, body: Buffer | string): void => {
        requests.push({ path: url.pathname, status, bytes: Buffer.byteLength(body) });
        res.writeHead(status, headers).end(body);
      };
      const mount = Object.keys(mounts).find((prefix) => url.pathname.startsWith(prefix));
      const base = normalize(mount ? mounts[mount]! : root);
      const rest = mount ? url.pathname.slice(mount.length - 1) : url.pathname;
      let path = normalize(join(base, decodeURIComponent(rest)));
      if (path !== base && !path.startsWith(base + sep)) {
        send(403, {}, '');
        return;
      }
      try {
        if ((await stat(path)).isDirectory()) path = join(path, 'index.html');
        let body = await readFile(path);
        const ext = extname(path);
        const headers: Record<string, string> = { 'Content-Type': TYPES[ext] ?? 'application/octet-stream', 'Cache-Control': 'no-cache' };
        if (COMPRESSIBLE.has(ext) && /\bgzip\b/.test(String(req.headers['accept-encoding'] ?? ''))) {
          body = gzipSync(body);
          headers['Content-Encoding'] = 'gzip';
        }
        headers['Content-Length'] = String(body.length);
        send(200, headers, body);
      } catch {
        try {
          send(404, { 'Content-Type': TYPES['.html']! }, await readFile(join(normalize(root), '404.html')));
        } catch {
          send(404, {}, 'not found');
        }
      }
    })();
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const address = server.address();
  if (!address || typeof address === 'string') throw new Error('static server: no port');
  return {
    origin: `http://127.0.0.1:${address.port}`,
    requests,
    stop: () => new Promise<void>((resolve) => server.close(() => resolve())),
  };
}
