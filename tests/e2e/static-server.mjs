/**
 * A static file server for the fixture pages on 127.0.0.1 (random port),
 * with an index page linking them. Used by the e2e harness and `npm run demo`.
 * Plain ESM JavaScript so that `node scripts/demo.mjs` can import it.
 */
import fs from 'node:fs';
import http from 'node:http';
import path from 'node:path';

const TYPES = {
  '.html': 'text/html; charset=utf-8',
  '.json': 'application/json',
  '.css': 'text/css',
  '.js': 'text/javascript',
  '.png': 'image/png',
  '.svg': 'image/svg+xml',
};

function escapeHtml(s) {
  return s.replace(
    /[&<>"']/g,
    (c) => ({ '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;', "'": '&#39;' })[c],
  );
}

/** The index page: a link per .html fixture, with its <title> and what its expected file says. */
function indexPage(dir) {
  const items = fs
    .readdirSync(dir)
    .filter((f) => f.endsWith('.html'))
    .sort()
    .map((f) => {
      const html = fs.readFileSync(path.join(dir, f), 'utf8');
      const title = /<title>([^<]*)<\/title>/i.exec(html)?.[1] ?? f;
      let description = '';
      try {
        description =
          JSON.parse(fs.readFileSync(path.join(dir, f.replace(/\.html$/, '.expected.json')), 'utf8'))
            .description ?? '';
      } catch {
        // no expected file: no description
      }
      return `<li><a href="/${encodeURIComponent(f)}">${escapeHtml(title)}</a><br><small>${escapeHtml(description)}</small></li>`;
    })
    .join('\n');
  return `<!doctype html><html lang="en"><head><meta charset="utf-8"><title>Mali Crosscheck — fixture pages</title>
<style>body{font:15px/1.5 system-ui,sans-serif;max-width:760px;margin:2em auto;padding:0 1em}li{margin:.6em 0}small{color:#555}</style></head>
<body><h1>Mali Crosscheck — invented news pages</h1>
<p>Every attack on these pages is invented for testing. Open one, then click the Mali Crosscheck button in the toolbar.</p>
<ul>${items}</ul></body></html>`;
}

/**
 * Serves `dir` on 127.0.0.1. Resolves to { origin, url(name), close() }.
 * Paths outside `dir` are refused.
 */
export function startStaticServer(dir, port = 0) {
  const root = path.resolve(dir);
  const server = http.createServer((req, res) => {
    const pathname = decodeURIComponent(new URL(req.url ?? '/', 'http://x').pathname);
    if (pathname === '/' || pathname === '/index.html') {
      res.writeHead(200, { 'content-type': TYPES['.html'] });
      res.end(indexPage(root));
      return;
    }
    const file = path.resolve(root, `.${pathname}`);
    if (!file.startsWith(root + path.sep) || !fs.existsSync(file) || !fs.statSync(file).isFile()) {
      res.writeHead(404, { 'content-type': 'text/plain' });
      res.end('not found');
      return;
    }
    res.writeHead(200, { 'content-type': TYPES[path.extname(file)] ?? 'application/octet-stream' });
    fs.createReadStream(file).pipe(res);
  });
  return new Promise((resolve, reject) => {
    server.once('error', reject);
    server.listen(port, '127.0.0.1', () => {
      const { port: p } = server.address();
      const origin = `http://127.0.0.1:${p}`;
      resolve({
        origin,
        url: (name) => `${origin}/${name}`,
        close: () => new Promise((r) => server.close(() => r())),
      });
    });
  });
}
