// A plain static file server, as a school's web host would be: files only, no
// rewriting, no headers beyond the content type. The end-to-end tests use it, and
// scripts/serve.sh runs it:  node scripts/static-server.mjs <folder> [port] [/sub/path/]
import http from 'node:http';
import fs from 'node:fs/promises';
import path from 'node:path';
import { fileURLToPath } from 'node:url';

const TYPES = {
  '.html': 'text/html; charset=utf-8', '.js': 'text/javascript', '.wasm': 'application/wasm',
  '.css': 'text/css', '.svg': 'image/svg+xml', '.json': 'application/json', '.txt': 'text/plain; charset=utf-8',
};

/**
 * Serves `root` under the URL path `prefix` (which starts and ends with "/") on
 * 127.0.0.1:`port` (0: any free port); resolves to { url, close }, where `url` is
 * the served folder's address.
 */
export async function serve(root, { port = 0, prefix = '/' } = {}) {
  const server = http.createServer(async (req, res) => {
    const { pathname } = new URL(req.url, 'http://localhost');
    if (!pathname.startsWith(prefix)) { res.writeHead(404).end('not found'); return; }
    let file = path.join(root, decodeURIComponent(pathname.slice(prefix.length)));
    if (!file.startsWith(root)) { res.writeHead(403).end(); return; }
    try {
      if ((await fs.stat(file)).isDirectory()) file = path.join(file, 'index.html');
      const body = await fs.readFile(file);
      res.writeHead(200, { 'content-type': TYPES[path.extname(file)] ?? 'application/octet-stream' }).end(body);
    } catch {
      res.writeHead(404).end('not found');
    }
  });
  await new Promise((resolve) => server.listen(port, '127.0.0.1', resolve));
  return {
    url: `http://127.0.0.1:${server.address().port}${prefix}`,
    close: () => new Promise((resolve) => server.close(resolve)),
  };
}

if (process.argv[1] === fileURLToPath(import.meta.url)) {
  const [root = 'dist', port = '8080', prefix = '/'] = process.argv.slice(2);
  const { url } = await serve(path.resolve(root), { port: Number(port), prefix });
  console.log(`Framelens is served at ${url} (Ctrl+C stops it)`);
}
