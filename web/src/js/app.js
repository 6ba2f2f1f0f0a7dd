// The page's entry point: routes (#/, #/incident/ID, #/submit), the filter form, and the wiring between
// map, timeline, list, incident view and submit form. Filters live in the list route's query
// ("#/?type=hijacking&since=2025-03-01") so back, forward and reload keep them.
import * as api from './api.js';
import { h } from './dom.js';
import { FILTERS, filterQuery, label, orderTypes, parseRoute } from './format.js';
import { renderIncident } from './incident.js';
import { renderList } from './list.js';
import { createMap, renderLegend } from './map.js';
import { setupSubmit } from './submit.js';
import { renderTimeline } from './timeline.js';

/** Incidents fetched per request; the list and the map show the same ones ("load more" fetches the next). */
const PAGE_SIZE = 200;

const $ = (id) => document.getElementById(id);
const form = $('filters');
const state = { query: null, loaded: null, offset: 0, stats: null, routeSeq: 0 };

const map = createMap($('map'), { onOpen: (id) => { location.hash = `#/incident/${id}`; } });

function status(text, kind = 'info') {
  const box = $('status');
  box.replaceChildren(text ? h('span', { class: kind, role: kind === 'error' ? 'alert' : null }, text) : '');
}

function readForm() {
  const out = {};
  for (const k of FILTERS) out[k] = form.elements.namedItem(k).value;
  return out;
}

function writeForm(params) {
  for (const k of FILTERS) {
    const el = form.elements.namedItem(k);
    const v = params.get(k) || '';
    if (el instanceof HTMLSelectElement && v && ![...el.options].some((o) => o.value === v)) {
      el.appendChild(h('option', { value: v }, v)); // a value from the URL the stats did not list
    }
    el.value = v;
  }
}

function applyFilters(filters) {
  const q = filterQuery(filters);
  const target = q ? `#/?${q}` : '#/';
  if (location.hash === target) route();
  else location.hash = target;
}

form.addEventListener('submit', (e) => {
  e.preventDefault();
  applyFilters(readForm());
});
form.addEventListener('reset', (e) => {
  e.preventDefault();
  applyFilters({});
});

function fillSelect(select, options) {
  const current = select.value;
  select.replaceChildren(select.options[0], ...options.map(([value, text]) => h('option', { value }, text)));
  select.value = current;
}

const regionNames = typeof Intl.DisplayNames === 'function' ? new Intl.DisplayNames(['en'], { type: 'region' }) : null;
function countryName(code) {
  return regionNames && /^[A-Z]{2}$/.test(code) ? `${regionNames.of(code)} (${code})` : code;
}

async function loadStats() {
  try {
    state.stats = await api.stats();
  } catch (err) {
    status(`Statistics could not be loaded: ${err.message}`, 'error');
    return;
  }
  const { stats } = state;
  $('totals').textContent = `${stats.incidents ?? '?'} incidents from ${stats.documents ?? '?'} documents`;
  const byType = stats.by_type || {};
  fillSelect($('type-filter'), orderTypes(Object.keys(byType)).map((t) => [t, `${label(t)}${byType[t] ? ` (${byType[t]})` : ''}`]));
  const byCountry = stats.by_country || {};
  fillSelect($('country-filter'), Object.keys(byCountry).map((c) => [c, `${countryName(c)} · ${byCountry[c]}`])
    .sort((a, b) => a[1].localeCompare(b[1])));
  writeForm(new URLSearchParams(parseRoute(location.hash).query || filterQuery(readForm())));
  drawDecorations();
}

/** The legend and the timeline, which both show the current filters. */
function drawDecorations() {
  const f = readForm();
  const seen = Object.keys(state.stats?.by_type || {});
  const types = orderTypes(seen).filter((t) => seen.includes(t) || t === f.type);
  renderLegend($('legend'), types, f.type, (type) => applyFilters({ ...readForm(), type }));
  renderTimeline($('timeline'), state.stats?.by_day || [], f, {
    onPick: ({ since, until, type }) => applyFilters({ ...readForm(), since, until, type }),
    onBrush: ({ since, until }) => applyFilters({ ...readForm(), since, until }),
  });
}

async function loadList(query, append = false) {
  state.query = query;
  status('Loading incidents…');
  try {
    const page = await api.incidents(query, PAGE_SIZE, append ? state.offset : 0);
    if (state.query !== query) return; // the filters changed while this page was on its way
    state.offset = (append ? state.offset : 0) + page.items.length;
    state.loaded = query;
    renderList($('list'), $('list-count'), page, { append });
    const placed = map.setIncidents(page.items, { append });
    if (!append) map.fit();
    $('list-more').hidden = state.offset >= page.total || page.items.length === 0;
    status(page.items.length && !placed ? 'None of these incidents has coordinates to map.' : '');
  } catch (err) {
    if (state.query === query) status(`Incidents could not be loaded: ${err.message}`, 'error');
  }
}

$('list-more').addEventListener('click', () => loadList(state.query, true));

function show(view) {
  $('list-view').hidden = view !== 'list';
  $('incident').hidden = view !== 'incident';
  $('submit-view').hidden = view !== 'submit';
  for (const a of document.querySelectorAll('#nav a')) {
    if (a.dataset.view === view) a.setAttribute('aria-current', 'page');
    else a.removeAttribute('aria-current');
  }
}

async function route() {
  const seq = ++state.routeSeq;
  const r = parseRoute(location.hash);
  if (r.view === 'list') {
    writeForm(new URLSearchParams(r.query));
    drawDecorations();
    show('list');
    map.focus(null);
    if (r.query !== state.loaded) await loadList(r.query);
    return;
  }
  if (state.loaded == null && state.query == null) loadList(filterQuery(readForm())); // the map needs markers
  if (r.view === 'submit') {
    show('submit');
    map.focus(null);
    return;
  }
  const article = $('incident');
  article.replaceChildren(h('p', { class: 'pending' }, `Loading incident ${r.id}…`));
  show('incident');
  try {
    const incident = await api.incident(r.id);
    if (seq !== state.routeSeq) return;
    renderIncident(article, incident);
    article.scrollTop = 0;
    map.focus(incident);
  } catch (err) {
    if (seq === state.routeSeq) article.replaceChildren(h('p', { class: 'error', role: 'alert' }, `Incident ${r.id} could not be loaded: ${err.message}`));
  }
}

setupSubmit($('submit-form'), $('submit-result'), {
  onSubmitted: () => {
    state.loaded = null;
    loadStats();
    loadList(state.query ?? '');
  },
});

let pending = 0;
new ResizeObserver(() => {
  cancelAnimationFrame(pending);
  pending = requestAnimationFrame(drawDecorations);
}).observe($('timeline'));

window.addEventListener('hashchange', route);
loadStats();
route();
