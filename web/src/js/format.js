// Pure helpers: no DOM, no network, so node's test runner can load them (see test/format.test.mjs).

/**
 * Incident types in the order the legend and the timeline stack them (org.sitrep.domain.IncidentType,
 * as wire names), each with its colour. Related types share a hue: kidnappings purple, bombings red,
 * attacks orange, fighting green, unrest blue. A type the server sends that is not here is drawn grey.
 */
export const TYPES = [
  ['hijacking', '#6a3d9a'],
  ['hostage_taking', '#8e63b5'],
  ['kidnapping', '#b79ad4'],
  ['suicide_bombing', '#99000d'],
  ['bombing', '#e31a1c'],
  ['assassination', '#4d4d4d'],
  ['armed_assault', '#f16913'],
  ['arson', '#fdae6b'],
  ['infrastructure_attack', '#b8860b'],
  ['armed_clash', '#1a9850'],
  ['security_operation', '#91cf60'],
  ['riot', '#2171b5'],
  ['protest', '#6baed6'],
  ['threat', '#c7c7c7'],
  ['robbery', '#8c510a'],
  ['forced_work_stoppage', '#35978f'],
  ['other_violence', '#969696'],
];

const COLOURS = new Map(TYPES);
const UNKNOWN_COLOUR = '#bbbbbb';

export function typeColour(type) {
  return COLOURS.get(type) ?? UNKNOWN_COLOUR;
}

/** The known types first, in legend order, then any others seen in the data, sorted. */
export function orderTypes(seen) {
  const known = TYPES.map(([t]) => t);
  const extra = [...new Set(seen)].filter((t) => !COLOURS.has(t)).sort();
  return [...known, ...extra];
}

/** "suicide_bombing" → "Suicide bombing"; wire names of groups, outcomes, roles and kinds alike. */
export function label(wire) {
  if (wire == null || wire === '') return '';
  const s = String(wire).replace(/_/g, ' ');
  return s.charAt(0).toUpperCase() + s.slice(1);
}

/**
 * Side of a marker in pixels: grows with the square root of the fatalities consensus, so its area tracks
 * the toll; unknown fatalities get the smallest marker.
 */
export function markerSize(fatalities) {
  const f = Number.isFinite(fatalities) && fatalities > 0 ? fatalities : 0;
  return Math.round(Math.min(48, 12 + 4 * Math.sqrt(f)));
}

const QUALIFIERS = {
  exact: '',
  at_least: 'at least',
  more_than: 'more than',
  nearly: 'nearly',
  about: 'about',
  up_to: 'up to',
  vague: 'vague',
};

/**
 * A claimed figure as the analyst reads it: the interval ("27", "27–30", "35+" where there is no upper
 * bound) and the report's qualifier word ("at least"), kept apart so a table can show both.
 */
export function figure(min, max, qualifier) {
  const lo = Number.isFinite(min) ? min : null;
  const hi = Number.isFinite(max) ? max : null;
  let interval;
  if (lo == null && hi == null) interval = '?';
  else if (lo == null) interval = `≤ ${hi}`;
  else if (hi == null) interval = `${lo}+`;
  else if (lo === hi) interval = String(lo);
  else interval = `${lo}–${hi}`;
  const q = qualifier == null ? '' : (QUALIFIERS[qualifier] ?? label(qualifier).toLowerCase());
  return { interval, qualifier: q };
}

export function figureText(min, max, qualifier) {
  const { interval, qualifier: q } = figure(min, max, qualifier);
  return q ? `${interval} (${q})` : interval;
}

/** An incident date: "2025-03-11", "2025-03-11 – 2025-03-13", "2025-03" for month precision. */
export function dateText(date) {
  if (!date || !date.start) return 'date unknown';
  const cut = (d) => {
    if (!d) return d;
    if (date.precision === 'year') return d.slice(0, 4);
    if (date.precision === 'month') return d.slice(0, 7);
    return d;
  };
  const start = cut(date.start);
  const end = cut(date.end);
  return end && end !== start ? `${start} – ${end}` : start;
}

/** The most specific name a place has, then its country: "Quetta, Balochistan, PK". */
export function placeText(place) {
  if (!place) return 'place unknown';
  const parts = [place.name, place.city, place.admin1, place.country].filter((p) => p != null && p !== '');
  const unique = parts.filter((p, i) => parts.indexOf(p) === i);
  return unique.length ? unique.join(', ') : 'place unknown';
}

/**
 * An absolute http(s) URL from untrusted data, normalised, or null. Everything else (javascript:, data:,
 * relative paths, protocol-relative "//host") is refused, so a link never runs script or leaves the
 * page's origin for anything but the web.
 */
export function safeUrl(value) {
  if (typeof value !== 'string') return null;
  let url;
  try {
    url = new URL(value.trim());
  } catch {
    return null; // not an absolute URL: refused, nothing to repair
  }
  return url.protocol === 'http:' || url.protocol === 'https:' ? url.href : null;
}

/** The filter fields the page sends to GET /api/incidents, in a stable order. */
export const FILTERS = ['since', 'until', 'country', 'type', 'actor', 'q', 'sort'];

/** Filters (an object or URLSearchParams) as a query string without blanks: "type=hijacking&since=2025-03-01". */
export function filterQuery(filters) {
  const get = (k) => (filters instanceof URLSearchParams ? filters.get(k) : filters[k]);
  const params = new URLSearchParams();
  for (const k of FILTERS) {
    const v = get(k);
    if (v != null && String(v).trim() !== '') params.set(k, String(v).trim());
  }
  return params.toString();
}

/** The page's routes, from location.hash: "#/incident/12", "#/submit", otherwise the list "#/?type=…". */
export function parseRoute(hash) {
  const h = (hash || '').replace(/^#/, '');
  const incident = /^\/incident\/(\d+)$/.exec(h);
  if (incident) return { view: 'incident', id: Number(incident[1]) };
  if (h === '/submit') return { view: 'submit' };
  const q = h.indexOf('?');
  return { view: 'list', query: filterQuery(new URLSearchParams(q >= 0 ? h.slice(q + 1) : '')) };
}
