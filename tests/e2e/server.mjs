// Serves test pages on 127.0.0.1 with a random free port. Nothing else is reachable from the
// browsers the tests start (they get a dead proxy), so every page must come from here.
import { createServer } from 'node:http';
import { readFile } from 'node:fs/promises';
import { join, normalize, extname } from 'node:path';
import { gunzipSync } from 'node:zlib';

const TYPES = { '.html': 'text/html; charset=utf-8', '.css': 'text/css', '.js': 'text/javascript', '.json': 'application/json' };

/** roots: URL prefix -> directory, e.g. { '/fixtures/': 'tests/fixtures/pages' }. */
export async function serve(roots) {
  const server = createServer(async (req, res) => {
    const path = decodeURIComponent(new URL(req.url, 'http://x').pathname);
    for (const [prefix, dir] of Object.entries(roots)) {
      if (!path.startsWith(prefix)) continue;
      const file = normalize(join(dir, path.slice(prefix.length)));
      if (!file.startsWith(normalize(dir))) break;
      try {
        let body = await readFile(file);
        let ext = extname(file);
        if (ext === '.gz') {
          body = gunzipSync(body);
          ext = extname(file.slice(0, -3));
        }
        res.writeHead(200, { 'content-type': TYPES[ext] ?? 'application/octet-stream', 'cache-control': 'no-store' });
        res.end(body);
        return;
      } catch {
        break;
      }
    }
    res.writeHead(404, { 'content-type': 'text/plain' });
    res.end('not found');
  });
  await new Promise((r) => server.listen(0, '127.0.0.1', r));
  const { port } = server.address();
  return { origin: `http://127.0.0.1:${port}`, close: () => new Promise((r) => server.close(r)) };
}

/**
 * The browsers' proxy: every request for anything but loopback comes here, is recorded (with
 * the origin that made it, when the request says) and is refused. Nothing reaches outside the
 * machine; saved real pages still try to load their ads and fonts, and browsers their own
 * services, so tests look at who made each attempt.
 */
export async function trapProxy() {
  const hits = [];
  const server = createServer((req, res) => {
    hits.push({ url: req.url, from: req.headers.origin ?? req.headers.referer ?? '' });
    res.writeHead(502);
    res.end();
  });
  server.on('connect', (req, socket) => {
    hits.push({ url: `CONNECT ${req.url}`, from: '' });
    socket.destroy();
  });
  await new Promise((r) => server.listen(0, '127.0.0.1', r));
  return { port: server.address().port, hits, close: () => new Promise((r) => server.close(r)) };
}
