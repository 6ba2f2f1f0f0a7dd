// Drives the built page in headless Chromium through chromedriver (plain WebDriver over HTTP, no npm
// package) against serve-fixture.mjs, and checks what a person would: markers, clusters, the timeline,
// filtering, the incident view with its claims and highlighted evidence, hostile text shown as text, the
// submit form, no request leaving the origin, and no console error (a CSP violation is one).
//
//   node dev/browser-check.mjs [built-page-dir] [--shots DIR]
//
// Needs chromium and chromedriver on the PATH (Debian: apt-get install chromium chromium-driver). Not run by
// Maven: the build must not need a browser. Prints "N passed, M failed" and exits non-zero on a failure.
import { spawn } from 'node:child_process';
import { mkdirSync, writeFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';

const here = dirname(fileURLToPath(import.meta.url));
const args = process.argv.slice(2);
const shotsAt = args.indexOf('--shots');
const shots = shotsAt >= 0 ? args[shotsAt + 1] : null;
const pageDir = args.find((a, i) => !a.startsWith('--') && i !== shotsAt + 1);
const PORT = 8799;
const DRIVER = 9519;
const base = `http://127.0.0.1:${PORT}/`;

const children = [];
function start(cmd, argv) {
  const p = spawn(cmd, argv, { stdio: ['ignore', 'pipe', 'pipe'] });
  children.push(p);
  return p;
}
const stopAll = () => { for (const p of children) p.kill(); };
process.on('exit', stopAll);

const server = start(process.execPath, [join(here, 'serve-fixture.mjs'), ...(pageDir ? [pageDir] : []), '--port', String(PORT)]);
server.stderr.on('data', (d) => process.stderr.write(d));
start('chromedriver', [`--port=${DRIVER}`]);
const sleep = (ms) => new Promise((r) => setTimeout(r, ms));

async function wd(method, path, body) {
  const res = await fetch(`http://127.0.0.1:${DRIVER}${path}`, { method, headers: { 'Content-Type': 'application/json' }, body: body && JSON.stringify(body) });
  const json = await res.json();
  if (!res.ok) throw new Error(`webdriver ${method} ${path}: ${JSON.stringify(json.value).slice(0, 300)}`);
  return json.value;
}

for (let i = 0; ; i++) {
  try {
    await fetch(`http://127.0.0.1:${DRIVER}/status`);
    await fetch(base);
    break;
  } catch (err) {
    if (i > 50) throw err;
    await sleep(200);
  }
}

const session = await wd('POST', '/session', {
  capabilities: {
    alwaysMatch: {
      browserName: 'chrome',
      'goog:chromeOptions': { binary: '/usr/bin/chromium', args: ['--headless', '--no-sandbox', '--disable-gpu', '--window-size=1400,900'] },
      'goog:loggingPrefs': { browser: 'ALL' },
    },
  },
});
const S = `/session/${session.sessionId}`;
const js = (script, ...a) => wd('POST', `${S}/execute/sync`, { script, args: a });
const go = (url) => wd('POST', `${S}/url`, { url });
async function until(what, script, timeout = 8000) {
  const t0 = Date.now();
  for (;;) {
    const v = await js(script);
    if (v) return v;
    if (Date.now() - t0 > timeout) throw new Error(`timed out waiting for ${what}`);
    await sleep(100);
  }
}
async function shot(name) {
  if (!shots) return;
  mkdirSync(shots, { recursive: true });
  writeFileSync(join(shots, `${name}.png`), Buffer.from(await wd('GET', `${S}/screenshot`), 'base64'));
}

let passed = 0;
let failed = 0;
async function check(name, fn) {
  try {
    await fn();
    passed++;
    console.log(`ok   ${name}`);
  } catch (err) {
    failed++;
    console.log(`FAIL ${name}: ${err.message}`);
  }
}
function expect(cond, msg) {
  if (!cond) throw new Error(msg);
}

try {
  await go(base);
  await until('the list', "return document.querySelectorAll('#list li[data-incident-id]').length > 0");
  await until('markers', "return document.querySelectorAll('.leaflet-marker-icon').length > 0");
  await sleep(500);
  await shot('1-list');

  await check('list, markers, clusters, timeline, type filter and basemap are drawn', async () => {
    const v = await js(`return {
      items: document.querySelectorAll('#list li[data-incident-id]').length,
      count: document.getElementById('list-count').textContent,
      markers: document.querySelectorAll('.leaflet-marker-icon[data-incident-id]').length,
      clusters: document.querySelectorAll('.leaflet-marker-icon.marker-cluster').length,
      bars: document.querySelectorAll('#timeline rect[data-type][data-day]').length,
      types: document.querySelectorAll('#type-filter option').length,
      basemap: !!document.querySelector('#map canvas'),
    }`);
    expect(v.items === 40, `40 items listed, got ${v.items}`);
    expect(v.count === '40 of 40 incidents', v.count);
    expect(v.markers > 0 && v.clusters > 0, `markers ${v.markers}, clusters ${v.clusters}`);
    expect(v.bars > 10, `timeline bars ${v.bars}`);
    expect(v.types > 5, `type options ${v.types}`);
    expect(v.basemap, 'no canvas basemap');
  });

  await check('clicking a timeline bar filters the list by its day and type', async () => {
    const bar = await js(`const r = document.querySelector('#timeline rect[data-type="hijacking"]');
      const b = r.getBoundingClientRect();
      for (const type of ['pointerdown', 'pointerup']) r.dispatchEvent(new PointerEvent(type, { bubbles: true, clientX: b.x + b.width / 2, clientY: b.y + b.height / 2, button: 0, pointerId: 1 }));
      return { day: r.getAttribute('data-day'), type: r.getAttribute('data-type') };`);
    await until('the filtered list', `return location.hash.includes('type=hijacking') && document.getElementById('list-count').textContent.startsWith('1 of 1')`);
    const v = await js(`return { hash: location.hash, types: [...document.querySelectorAll('#list li')].map((li) => li.dataset.type),
      since: document.getElementById('since-filter').value, selected: document.getElementById('type-filter').value,
      markers: document.querySelectorAll('.leaflet-marker-icon[data-incident-id]').length }`);
    expect(v.hash.includes(`since=${bar.day}`) && v.hash.includes(`until=${bar.day}`), v.hash);
    expect(v.types.length === 1 && v.types[0] === 'hijacking', JSON.stringify(v.types));
    expect(v.since === bar.day && v.selected === 'hijacking', `form ${v.since} ${v.selected}`);
    expect(v.markers === 1, `markers ${v.markers}`);
  });

  await check('brushing across the timeline filters by the date range', async () => {
    await js("document.querySelector('#filters button[type=reset]').click()");
    await until('the full list', "return document.getElementById('list-count').textContent === '40 of 40 incidents'");
    await js(`const svg = document.querySelector('#timeline svg'); const b = svg.getBoundingClientRect();
      const at = (type, x) => svg.dispatchEvent(new PointerEvent(type, { bubbles: true, clientX: b.x + x, clientY: b.y + 50, button: 0, pointerId: 1 }));
      at('pointerdown', b.width * 0.8); at('pointermove', b.width * 0.9); at('pointerup', b.width * 0.9);`);
    await until('a range', "return location.hash.includes('since=') && location.hash.includes('until=')");
    await until('the list', "return !document.getElementById('list-count').textContent.startsWith('40 of')");
    const v = await js(`return { since: document.getElementById('since-filter').value, until: document.getElementById('until-filter').value,
      hash: location.hash, n: document.querySelectorAll('#list li').length }`);
    expect(v.since && v.until && v.since < v.until && !v.hash.includes('type='), JSON.stringify(v));
    expect(v.n > 0 && v.n < 40, `items ${v.n}`);
    await shot('2-brushed');
  });

  await check('the type filter and free text go to the API and narrow the list', async () => {
    await js("document.querySelector('#filters button[type=reset]').click()");
    await until('the full list', "return document.getElementById('list-count').textContent === '40 of 40 incidents'");
    await js(`document.getElementById('type-filter').value = 'bombing'; document.getElementById('q-filter').value = 'Peshawar';
      document.getElementById('filters').requestSubmit();`);
    await until('one bombing', "return document.getElementById('list-count').textContent.startsWith('1 of 1')");
    const id = await js("return document.querySelector('#list li').dataset.incidentId");
    expect(id === '19', `incident ${id}`);
  });

  await go(`${base}#/incident/12`);
  await until('the claims table', "return document.querySelector('#incident #claims-table')");
  await until('highlighted reports', "return document.querySelectorAll('#doc-3 mark.evidence').length > 0 && document.querySelectorAll('#doc-5 mark.evidence').length > 0");
  await shot('3-incident');

  await check('the incident view shows codes, tolls with every claim, background and reports', async () => {
    const v = await js(`const t = document.getElementById('claims-table');
      return { codes: document.getElementById('codes-table').textContent, tbodies: [...t.tBodies].map((b) => [b.dataset.group, b.dataset.outcome, b.querySelectorAll('tr.claim').length]),
        killed: [...t.querySelectorAll('tbody[data-group=hostages][data-outcome=killed] tr.claim td.figure .interval')].map((td) => td.textContent),
        summary: t.querySelector('tbody[data-group=hostages][data-outcome=killed] .consensus').textContent,
        background: [...document.querySelectorAll('#background a')].map((a) => a.getAttribute('href')),
        reports: document.querySelectorAll('#reports .report').length }`);
    expect(v.codes.includes('Hijacking') && v.codes.includes('181') && v.codes.includes('Abduction/forced disappearance'), v.codes);
    expect(JSON.stringify(v.tbodies) === JSON.stringify([['hostages', 'rescued', 1], ['hostages', 'killed', 4], ['perpetrators', 'killed', 2], ['passengers', 'rescued', 1]]), JSON.stringify(v.tbodies));
    expect(JSON.stringify(v.killed) === JSON.stringify(['27', '26', '27', '31+']), JSON.stringify(v.killed));
    expect(v.summary === '27', v.summary);
    expect(JSON.stringify(v.background) === '["#/incident/7"]', JSON.stringify(v.background));
    expect(v.reports === 3, `reports ${v.reports}`);
  });

  await check('evidence marks cover exactly the claimed phrases, other incidents are not marked as evidence', async () => {
    const v = await js(`const doc = document.querySelector('#doc-3 .doc-text');
      return { text: doc.textContent, marks: [...doc.querySelectorAll('mark.evidence')].map((m) => [m.textContent, m.dataset.kind]),
        other: [...doc.querySelectorAll('mark.span-other')].map((m) => m.textContent) }`);
    const joined = v.marks.map(([t]) => t).join('|');
    for (const phrase of ['Nearly 350 hostages', '27 hostages were killed', 'At least 33 militants were killed']) {
      expect(v.marks.some(([t, k]) => t === phrase && k === 'toll'), `no toll mark "${phrase}" in ${joined}`);
    }
    expect(v.marks.some(([t, k]) => t === 'the Jaffer Express' && k.split(' ').sort().join(' ') === 'participant trigger'), `overlap not split: ${joined}`);
    expect(v.marks.some(([t, k]) => t === 'hijacked ' && k === 'trigger'), `overlap not split: ${joined}`);
    expect(JSON.stringify(v.other) === '["suicide bombing at Quetta railway station"]', JSON.stringify(v.other));
    expect(v.text.startsWith('QUETTA, Pakistan 🚆 — Nearly 350'), v.text.slice(0, 40));
  });

  await check('hostile titles and texts stay text; javascript: links are withheld', async () => {
    const v = await js(`const r = document.getElementById('doc-5');
      return { imgs: document.querySelectorAll('#incident img, #incident script, #incident b').length,
        title: r.querySelector('h4').textContent, link: r.querySelector('h4 a'), text: r.querySelector('.doc-text').textContent,
        hrefs: [...document.querySelectorAll('#right a[href], #top a[href]')].map((a) => a.getAttribute('href')), alerted: window.__alerted === true }`);
    expect(v.imgs === 0, `${v.imgs} elements made from data`);
    expect(v.title === 'Wire: <img src=x onerror=alert(1)> train attack "update" & more', v.title);
    expect(v.link === null, 'the javascript: URL became a link');
    expect(v.text.includes('<script>alert("x")</script>') && v.text.includes('&amp;'), v.text.slice(0, 80));
    const bad = v.hrefs.filter((h) => !/^(#\/|https?:\/\/)/.test(h));
    expect(!bad.length, `unsafe hrefs: ${bad}`);
  });

  await check('a marker opens its incident, and the incident is ringed on the map', async () => {
    await go(`${base}#/`);
    await until('markers', "return document.querySelector('.leaflet-marker-icon[data-incident-id]')");
    const id = await js("const m = document.querySelector('.leaflet-marker-icon[data-incident-id]'); m.click(); return m.dataset.incidentId");
    await until('the incident view', `return location.hash === '#/incident/${id}' && document.querySelector('#incident[data-incident-id="${id}"]')`);
    await until('the ring', "return document.querySelectorAll('#map path.leaflet-interactive, #map svg path').length > 0");
  });

  await check('the submit form: 401 without a good token, then the resulting incident', async () => {
    await go(`${base}#/submit`);
    await until('the form', "return !document.getElementById('submit-view').hidden");
    const fill = (token) => js(`const f = document.getElementById('submit-form');
      f.elements.title.value = 'Train seized'; f.elements.source.value = 'Test'; f.elements.published.value = '2025-03-12';
      f.elements.text.value = 'Militants seized a train. 27 hostages were killed.'; f.elements.token.value = arguments[0]; f.requestSubmit();`, token);
    await fill('wrong');
    await until('the refusal', "return document.querySelector('#submit-result .error')");
    const refused = await js("return document.querySelector('#submit-result').textContent");
    expect(refused.includes('401'), refused);
    await fill('dev-token');
    await until('the result', "return document.querySelector('#submit-result li[data-incident-id]')");
    const v = await js("return { text: document.getElementById('submit-result').textContent, id: document.querySelector('#submit-result li').dataset.incidentId, token: sessionStorage.getItem('sitrep.token') }");
    expect(v.id === '12' && v.text.includes('document 42'), JSON.stringify(v));
    expect(v.token === 'dev-token', 'token not kept in sessionStorage');
    await shot('4-submit');
  });

  await check('every request stayed on the origin', async () => {
    const names = await js("return performance.getEntriesByType('resource').map((e) => e.name)");
    const out = names.filter((n) => !n.startsWith(base));
    expect(names.length > 5 && !out.length, `outside: ${out}`);
  });

  await check('no console error and no CSP violation', async () => {
    const logs = await wd('POST', `${S}/se/log`, { type: 'browser' });
    // the 401 the submit check provokes on purpose is logged by Chromium as a failed resource load
    const bad = logs.filter((l) => (l.level === 'SEVERE' && !/api\/documents - Failed to load resource: the server responded with a status of 401/.test(l.message))
      || /Content Security Policy|Refused to/.test(l.message));
    expect(!bad.length, bad.map((l) => l.message).join('\n'));
  });
} finally {
  await wd('DELETE', S).catch((err) => console.error(`closing the session: ${err.message}`));
  stopAll();
}
console.log(`${passed} passed, ${failed} failed`);
process.exit(failed ? 1 : 0);
