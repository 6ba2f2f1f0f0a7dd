// Builds sitrep's analyst page into a folder of static files (see README.md).
//
//   node build.mjs <out-dir>
//
// The Maven build of sitrep-app runs it at generate-resources with
// <out-dir> = sitrep-app/target/generated-resources/web/web, so the files land on the classpath under /web.
//
// What it writes:
//   index.html, app.css, js/*.js          the page's own files, copied from src/
//   vendor/leaflet/                      leaflet.js, leaflet.css, images/ (from the pinned npm package)
//   vendor/markercluster/                leaflet.markercluster.js and its two style sheets
//   vendor/LICENSES.txt                  the licences of everything under vendor/ and data/
//   data/countries.json                  the basemap: world-atlas countries-50m TopoJSON turned into GeoJSON
//
// Nothing is fetched at run time and nothing here names a network host: the page works with no internet.
// A file is rewritten only when it is missing or older than its source, this script or package-lock.json,
// so a second Maven build is a no-op. Files removed from src/ are not removed from <out-dir>; `mvn clean`
// does that.
import { createRequire } from 'node:module';
import { copyFileSync, existsSync, mkdirSync, readdirSync, readFileSync, statSync, writeFileSync } from 'node:fs';
import { dirname, join, relative } from 'node:path';
import { fileURLToPath } from 'node:url';

const here = dirname(fileURLToPath(import.meta.url));
const require = createRequire(import.meta.url);

const out = process.argv[2];
if (!out || out.startsWith('--')) {
  console.error('usage: node build.mjs <out-dir>');
  process.exit(2);
}

/** The folder of an installed package, found through its package.json (its "exports" may hide other paths). */
function pkgDir(name) {
  return dirname(require.resolve(`${name}/package.json`));
}

/** Every file under dir, as paths relative to dir, in a stable order. */
function walk(dir, prefix = '') {
  return readdirSync(join(dir, prefix), { withFileTypes: true })
    .sort((a, b) => a.name.localeCompare(b.name))
    .flatMap((e) => (e.isDirectory() ? walk(dir, join(prefix, e.name)) : [join(prefix, e.name)]));
}

const lock = join(here, 'package-lock.json');
const self = fileURLToPath(import.meta.url);

/**
 * Whether target must be (re)written from source. npm unpacks files with a fixed 1985 mtime, so a vendored
 * file is also stale when package-lock.json (a changed pin) or this script is newer than it.
 */
function newer(source, target) {
  if (!existsSync(target)) return true;
  const t = statSync(target).mtimeMs;
  return [source, lock, self].some((f) => statSync(f).mtimeMs > t);
}

let written = 0;
function copy(source, target) {
  if (!newer(source, target)) return;
  mkdirSync(dirname(target), { recursive: true });
  copyFileSync(source, target);
  written++;
}

// ---- the page and its vendored libraries ------------------------------------------------------
const src = join(here, 'src');
for (const f of walk(src)) copy(join(src, f), join(out, f));

const leaflet = join(pkgDir('leaflet'), 'dist');
for (const f of ['leaflet.js', 'leaflet.css']) copy(join(leaflet, f), join(out, 'vendor/leaflet', f));
for (const f of walk(join(leaflet, 'images'))) copy(join(leaflet, 'images', f), join(out, 'vendor/leaflet/images', f));

const cluster = join(pkgDir('leaflet.markercluster'), 'dist');
for (const f of ['leaflet.markercluster.js', 'MarkerCluster.css', 'MarkerCluster.Default.css']) {
  copy(join(cluster, f), join(out, 'vendor/markercluster', f));
}

// ---- licences ---------------------------------------------------------------------------------
const licences = join(out, 'vendor/LICENSES.txt');
if (newer(lock, licences)) {
  const parts = [['leaflet', 'LICENSE'], ['leaflet.markercluster', 'MIT-LICENCE.txt'], ['world-atlas', 'LICENSE']]
    .map(([name, file]) => {
      const dir = pkgDir(name);
      const { version, license } = JSON.parse(readFileSync(join(dir, 'package.json'), 'utf8'));
      const text = existsSync(join(dir, file)) ? readFileSync(join(dir, file), 'utf8').trim() : `(${license})`;
      return `== ${name} ${version} (${license})\n\n${text}\n`;
    });
  parts.push('== Natural Earth (countries, via world-atlas)\n\nMade with Natural Earth. Free vector and raster map data; public domain.\n');
  mkdirSync(dirname(licences), { recursive: true });
  writeFileSync(licences, parts.join('\n'));
  written++;
}

// ---- basemap ----------------------------------------------------------------------------------
// countries-50m (1:50m Natural Earth) rather than 110m: 110m drops small states and islands an incident
// may sit on (Bahrain, Malta, most of the Caribbean) and draws coasts too coarse for a zoomed-in country.
// Coordinates are rounded to 1e-3 degree (about 100 m, finer than the 1:50m scale can show), which
// with dropped repeats makes the file about 1.7 MB instead of 3.9 MB.
const basemap = join(out, 'data/countries.json');
if (newer(lock, basemap)) {
  const { feature } = require('topojson-client');
  const topology = JSON.parse(readFileSync(join(pkgDir('world-atlas'), 'countries-50m.json'), 'utf8'));
  const world = feature(topology, topology.objects.countries);
  const features = world.features
    // Antarctica: no incident is placed there, its ring runs round the pole, and Web Mercator cannot draw it.
    .filter((f) => f.properties.name !== 'Antarctica')
    .map((f) => ({ type: 'Feature', id: f.id, properties: { name: f.properties.name }, geometry: simplify(f.geometry) }));
  // A ring that goes round the globe cannot be unwrapped and would not close: fail rather than draw it.
  const open = features.flatMap((f) => rings(f.geometry).filter((r) => !closed(r)).map(() => f.properties.name));
  if (open.length) throw new Error(`basemap: rings that do not close after unwrapping: ${open.join(', ')}`);
  mkdirSync(dirname(basemap), { recursive: true });
  writeFileSync(basemap, JSON.stringify({ type: 'FeatureCollection', features }));
  written++;
}

function rings(geometry) {
  return geometry.type === 'Polygon' ? geometry.coordinates : geometry.coordinates.flat();
}

function closed(ring) {
  const [first, last] = [ring[0], ring[ring.length - 1]];
  return ring.length >= 4 && first[0] === last[0] && first[1] === last[1]
    && ring.every((p, i) => i === 0 || Math.abs(p[0] - ring[i - 1][0]) <= 180);
}

function simplify(geometry) {
  const polygon = (rs) => rs.map(ring);
  return geometry.type === 'Polygon'
    ? { type: 'Polygon', coordinates: polygon(geometry.coordinates) }
    : { type: 'MultiPolygon', coordinates: geometry.coordinates.map(polygon) };
}

/**
 * Rounds a ring, drops repeated points and unwraps its longitudes. world-atlas stitches Russia and Fiji
 * back together across the antimeridian, so a ring may step from 179.9 to -180; planar Leaflet would draw
 * that step as a line across the whole map. Each point is shifted by 360 degrees where that keeps it
 * within 180 degrees of the one before, so Chukotka is drawn east of 180 (up to about 190) instead.
 */
function ring(points) {
  const unwrapped = [];
  for (const [lon, lat] of points) {
    const before = unwrapped.length ? unwrapped[unwrapped.length - 1][0] : lon;
    const shifted = lon + 360 * Math.round((before - lon) / 360);
    unwrapped.push([Math.round(shifted * 1000) / 1000, Math.round(lat * 1000) / 1000]);
  }
  const kept = unwrapped.filter((p, i) => i === 0 || p[0] !== unwrapped[i - 1][0] || p[1] !== unwrapped[i - 1][1]);
  return kept.length < 4 ? unwrapped : kept; // a ring needs four points; tiny islands keep their repeats
}

console.log(`web: ${written} file(s) written to ${relative(process.cwd(), out) || '.'}`);
