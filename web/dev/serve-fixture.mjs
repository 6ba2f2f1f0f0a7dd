// A tiny stand-in for sitrep's HTTP server, to look at the page without Java: it serves the built page at
// "/" and the answers in dev/fixture/ under "/api", with the CSP the real server sends.
//
//   node dev/serve-fixture.mjs [built-page-dir] [--port 8080]
//
// built-page-dir defaults to ../sitrep-app/target/generated-resources/web/web (what `mvn generate-resources
// -pl sitrep-app` or `node build.mjs <dir>` writes). The token for POST /api/documents is "dev-token"
// (or $FIXTURE_TOKEN). GET /api/incidents filters the fixture's items roughly as the real API would;
// an incident without a file in fixture/incident/ gets its list item with no reports or claims.
import { createServer } from 'node:http';
import { existsSync, readFileSync, statSync } from 'node:fs';
import { dirname, extname, join, normalize, resolve, sep } from 'node:path';
import { fileURLToPath } from 'node:url';

const here = dirname(fileURLToPath(import.meta.url));
const args = process.argv.slice(2);
const portAt = args.indexOf('--port');
const port = portAt >= 0 ? Number(args[portAt + 1]) : 8080;
const root = resolve(args.find((a, i) => !a.startsWith('--') && i !== portAt + 1) || join(here, '../../sitrep-app/target/generated-resources/web/web'));
const fixture = join(here, 'fixture');
const token = process.env.FIXTURE_TOKEN || 'dev-token';
const MAX_BODY = 1 << 20;

if (!existsSync(join(root, 'index.html'))) {
  console.error(`serve-fixture: no index.html in ${root}; build the page first (see web/README.md)`);
  process.exit(2);
}

const TYPES = {
  '.html': 'text/html; charset=utf-8', '.js': 'text/javascript; charset=utf-8', '.css': 'text/css; charset=utf-8',
  '.json': 'application/json', '.png': 'image/png', '.txt': 'text/plain; charset=utf-8', '.svg': 'image/svg+xml',
};
const HEADERS = { 'Content-Security-Policy': "default-src 'self'", 'X-Content-Type-Options': 'nosniff', 'Referrer-Policy': 'no-referrer' };

const load = (rel) => JSON.parse(readFileSync(join(fixture, rel), 'utf8'));

function send(res, status, body, type = 'application/json') {
  const data = typeof body === 'string' || Buffer.isBuffer(body) ? body : JSON.stringify(body);
  res.writeHead(status, { ...HEADERS, 'Content-Type': type, 'Cache-Control': 'no-store' });
  res.end(data);
}

function matches(it, p) {
  const day = it.date?.start || '';
  const has = (list, needle) => (list || []).some((s) => s.toLowerCase().includes(needle));
  if (p.get('since') && day < p.get('since')) return false;
  if (p.get('until') && day > p.get('until')) return false;
  if (p.get('country') && it.place?.country !== p.get('country')) return false;
  if (p.get('type') && it.type !== p.get('type')) return false;
  const actor = p.get('actor')?.toLowerCase();
  if (actor && !has(it.perpetrators, actor) && !has(it.targets, actor)) return false;
  const q = p.get('q')?.toLowerCase();
  if (q && !JSON.stringify([it.type, it.place, it.perpetrators, it.targets, it.sources]).toLowerCase().includes(q)) return false;
  return true;
}

const SORTS = {
  '-date': (a, b) => b.date.start.localeCompare(a.date.start) || b.id - a.id,
  date: (a, b) => a.date.start.localeCompare(b.date.start) || a.id - b.id,
  '-fatalities': (a, b) => (b.fatalities ?? -1) - (a.fatalities ?? -1) || b.id - a.id,
  '-reports': (a, b) => b.report_count - a.report_count || b.id - a.id,
};

function api(req, res, url) {
  const p = url.searchParams;
  const items = load('incidents.json').items;
  let m;
  if (req.method === 'GET' && url.pathname === '/api/incidents') {
    const sort = SORTS[p.get('sort') || '-date'];
    if (!sort) return send(res, 400, { error: `unknown sort ${p.get('sort')}` });
    const all = items.filter((it) => matches(it, p)).sort(sort);
    const limit = Math.min(Number(p.get('limit') || 50), 500);
    const offset = Number(p.get('offset') || 0);
    return send(res, 200, { items: all.slice(offset, offset + limit), total: all.length, limit, offset });
  }
  if (req.method === 'GET' && (m = /^\/api\/incidents\/(\d+)$/.exec(url.pathname))) {
    const file = `incident/${m[1]}.json`;
    if (existsSync(join(fixture, file))) return send(res, 200, load(file));
    const it = items.find((i) => i.id === Number(m[1]));
    return it ? send(res, 200, { ...it, reports: [], claims: [], participants: [], background: [] }) : send(res, 404, { error: `no incident ${m[1]}` });
  }
  if (req.method === 'GET' && (m = /^\/api\/documents\/(\d+)$/.exec(url.pathname))) {
    const file = `document/${m[1]}.json`;
    return existsSync(join(fixture, file)) ? send(res, 200, load(file)) : send(res, 404, { error: `no document ${m[1]}` });
  }
  if (req.method === 'GET' && url.pathname === '/api/stats') return send(res, 200, load('stats.json'));
  if (req.method === 'GET' && url.pathname === '/api/search') return send(res, 200, { items: items.filter((it) => matches(it, new URLSearchParams({ q: p.get('q') || '' }))) });
  if (req.method === 'POST' && url.pathname === '/api/documents') {
    if (req.headers.authorization !== `Bearer ${token}`) return send(res, 401, { error: 'a valid bearer token is needed' });
    const chunks = [];
    let size = 0;
    let over = false;
    req.on('data', (c) => {
      size += c.length;
      if (size > MAX_BODY) over = true;
      else chunks.push(c);
    });
    req.on('end', () => {
      if (over) return send(res, 413, { error: `over ${MAX_BODY} bytes` });
      let body;
      try {
        body = JSON.parse(Buffer.concat(chunks).toString('utf8'));
      } catch (err) {
        return send(res, 400, { error: `not JSON: ${err.message}` });
      }
      if (typeof body.text !== 'string' || !body.text.trim()) return send(res, 400, { error: 'text is required' });
      console.log(`serve-fixture: POST /api/documents "${body.title}" (${body.text.length} chars)`);
      return send(res, 200, load('submit.json'));
    });
    return undefined;
  }
  return send(res, 404, { error: `no such API path: ${req.method} ${url.pathname}` });
}

function file(req, res, url) {
  const rel = normalize(decodeURIComponent(url.pathname === '/' ? '/index.html' : url.pathname)).replace(/^[/\\]+/, '');
  const path = resolve(root, rel);
  if (!path.startsWith(root + sep) || !existsSync(path) || !statSync(path).isFile()) return send(res, 404, 'not found', 'text/plain');
  return send(res, 200, readFileSync(path), TYPES[extname(path)] || 'application/octet-stream');
}

createServer((req, res) => {
  const url = new URL(req.url, 'http://localhost');
  if (url.pathname.startsWith('/api/')) return api(req, res, url);
  if (req.method !== 'GET' && req.method !== 'HEAD') return send(res, 405, 'method not allowed', 'text/plain');
  return file(req, res, url);
}).listen(port, '127.0.0.1', () => console.log(`serve-fixture: http://127.0.0.1:${port}/ serving ${root}`));
