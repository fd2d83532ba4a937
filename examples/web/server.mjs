#!/usr/bin/env node
// The reference frontend's static server: plain Node, no dependencies. It maps the addresses
// Masthead links to (masthead.frontend.* and masthead.newsletter.*-url) onto the pages here:
//
//   /                          index.html     (home: LATEST and QIOSK)
//   /newsletter/confirm        confirm.html   (?token= from the confirmation mail)
//   /newsletter/unsubscribe    unsubscribe.html
//   /{section}                 section.html
//   /{section}/{slug}          article.html
//   /assets/..., /config.js    the files themselves
//
//   node examples/web/server.mjs            # http://localhost:3000
//   PORT=3001 node examples/web/server.mjs  # another port (add its origin to quarkus.http.cors.origins)
//   MASTHEAD_API=http://localhost:18080 node examples/web/server.mjs
//                                           # serve config.js pointing at another Masthead
import { createServer } from 'node:http';
import { readFile } from 'node:fs/promises';
import { extname, join, normalize } from 'node:path';
import { fileURLToPath } from 'node:url';

const root = fileURLToPath(new URL('.', import.meta.url));
const port = Number(process.env.PORT ?? 3000);
const host = process.env.HOST ?? '127.0.0.1';

const types = {
  '.html': 'text/html; charset=utf-8',
  '.js': 'text/javascript; charset=utf-8',
  '.mjs': 'text/javascript; charset=utf-8',
  '.css': 'text/css; charset=utf-8',
  '.svg': 'image/svg+xml',
};
const slug = '[a-z0-9]+(?:-[a-z0-9]+)*';
const routes = [
  [/^\/$/, 'index.html'],
  [/^\/newsletter\/confirm\/?$/, 'confirm.html'],
  [/^\/newsletter\/unsubscribe\/?$/, 'unsubscribe.html'],
  [new RegExp(`^/${slug}/?$`), 'section.html'],
  [new RegExp(`^/${slug}/${slug}/?$`), 'article.html'],
];

/** Which file answers a path: a page for the routes above, else a file under assets/ or config.js. */
function fileFor(path) {
  for (const [pattern, file] of routes) if (pattern.test(path)) return file;
  if (path === '/config.js' || path === '/favicon.svg') return path.slice(1);
  if (path.startsWith('/assets/')) {
    const file = normalize(path.slice(1));
    if (file.startsWith('assets/') && !file.includes('..')) return file;
  }
  return null;
}

/** config.js as given, or naming MASTHEAD_API when that is set. */
async function read(file) {
  if (file === 'config.js' && process.env.MASTHEAD_API) {
    return `export default { api: ${JSON.stringify(process.env.MASTHEAD_API)} };\n`;
  }
  return readFile(join(root, file));
}

const server = createServer(async (req, res) => {
  let path = '';
  try {
    path = decodeURIComponent(new URL(req.url, 'http://x').pathname);
    const file = req.method === 'GET' || req.method === 'HEAD' ? fileFor(path) : null;
    if (!file) throw Object.assign(new Error('not found'), { code: 'ENOENT' });
    const body = await read(file);
    res.writeHead(200, {
      'Content-Type': types[extname(file)] ?? 'application/octet-stream',
      // Pages and scripts change while you edit them: always ask again (a 200 is cheap locally).
      'Cache-Control': 'no-cache',
      'X-Content-Type-Options': 'nosniff',
    });
    res.end(req.method === 'HEAD' ? undefined : body);
  } catch (e) {
    const missing = e.code === 'ENOENT' || e.code === 'EISDIR' || e instanceof URIError;
    res.writeHead(missing ? 404 : 500, { 'Content-Type': 'text/plain; charset=utf-8' });
    res.end(missing ? `Not found: ${path}\n` : 'Server error\n');
  }
});
server.listen(port, host, () => {
  console.log(`Masthead example frontend on http://${host}:${port}/ (API: see config.js or ?api=)`);
});
for (const signal of ['SIGINT', 'SIGTERM']) process.on(signal, () => server.close(() => process.exit(0)));
