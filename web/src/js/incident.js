// The incident view: type and codes, date, place, actors, every toll claim side by side with the
// consensus, range and latest figure, background incidents, and each report's text with the evidence
// spans highlighted. Every string from the API reaches the page as a text node (dom.h) or attribute value.
import { documentText } from './api.js';
import { append, externalLink, h, swatch } from './dom.js';
import { dateText, figure, figureText, label, placeText, typeColour } from './format.js';
import { renderHighlighted } from './highlight.js';

const CLAIM_COLUMNS = ['Figure', 'As reported', 'Attributed to', 'Report'];

/** Fills the article element with GET /api/incidents/{id}; the reports' texts arrive afterwards. */
export function renderIncident(article, incident) {
  const reports = new Map((incident.reports || []).map((r) => [r.document_id, r]));
  article.replaceChildren();
  append(article, [
    h('p', { class: 'back' }, h('a', { href: '#/' }, '← all incidents')),
    h('h2', {}, swatch(typeColour(incident.type)), label(incident.type),
      h('span', { class: `status status-${incident.status}` }, incident.status)),
    incident.subtypes?.length ? h('p', { class: 'subtypes' }, 'Also: ', incident.subtypes.map(label).join(', ')) : null,
    facts(incident),
    h('h3', {}, 'Codes'),
    codes(incident.codes || {}),
    h('h3', {}, 'Tolls and the claims behind them'),
    claimsTable(incident, reports),
    participants(incident.participants || [], reports),
    background(incident.background || []),
    h('h3', {}, 'Reports'),
    h('div', { id: 'reports' }, (incident.reports || []).map((r) => reportSection(r))),
  ]);
  article.setAttribute('data-incident-id', String(incident.id));
  loadDocuments(article, incident);
}

function facts(incident) {
  const place = incident.place || {};
  const rows = [
    ['Date', `${dateText(incident.date)}${incident.date?.precision ? ` (${incident.date.precision})` : ''}`],
    ['Place', `${placeText(place)}${place.precision ? ` (${place.precision})` : ''}`],
    ['Coordinates', Number.isFinite(place.lat) && Number.isFinite(place.lon) ? `${place.lat.toFixed(3)}, ${place.lon.toFixed(3)}` : 'unknown'],
    ['Perpetrators', (incident.perpetrators || []).join('; ') || 'unknown'],
    ['Targets', (incident.targets || []).join('; ') || 'unknown'],
    ['Fatalities', incident.fatalities != null ? String(incident.fatalities) : 'unknown'],
    ['Reports', `${incident.report_count ?? (incident.reports || []).length}${incident.sources?.length ? ` from ${incident.sources.join(', ')}` : ''}`],
  ];
  return h('dl', { class: 'facts' }, rows.map(([k, v]) => [h('dt', {}, k), h('dd', {}, v)]));
}

function codes(c) {
  const rows = [
    ['GTD attack type', c.gtd], ['ACLED event type', c.acled], ['ACLED sub-event type', c.acled_sub],
    ['CAMEO', c.cameo], ['MUC-4', c.muc4],
  ];
  return h('table', { id: 'codes-table', class: 'codes' },
    h('tbody', {}, rows.map(([k, v]) => h('tr', {}, h('th', { scope: 'row' }, k), h('td', {}, v ?? '—')))));
}

const tollKey = (group, outcome) => `${group}\u0000${outcome}`;

/**
 * One tbody per toll (a group and an outcome): a summary row with its consensus, range and latest
 * figure, then one row per claim, so the reports' figures can be read side by side. Claims that match
 * no toll (another kind, or a toll the server did not summarise) follow in a last tbody.
 */
function claimsTable(incident, reports) {
  const claims = incident.claims || [];
  const tolls = incident.tolls || [];
  const byToll = new Map(tolls.map((t) => [tollKey(t.group, t.outcome), []]));
  const rest = [];
  for (const c of claims) {
    const list = c.kind === 'toll' || c.kind == null ? byToll.get(tollKey(c.group, c.outcome)) : null;
    (list || rest).push(c);
  }
  const table = h('table', { id: 'claims-table', class: 'claims' },
    h('thead', {}, h('tr', {}, CLAIM_COLUMNS.map((c) => h('th', { scope: 'col' }, c)))));
  for (const t of tolls) {
    const own = byToll.get(tollKey(t.group, t.outcome));
    const count = t.claims ?? own.length;
    const latest = t.latest;
    const summary = h('tr', { class: 'toll-summary' },
      h('td', { class: 'consensus', title: 'consensus' }, t.consensus != null ? String(t.consensus) : '?'),
      h('th', { scope: 'rowgroup', colspan: CLAIM_COLUMNS.length - 1 },
        h('span', { class: 'toll-name' }, `${label(t.group)} ${t.outcome}`),
        h('span', { class: 'toll-stats' },
          `consensus ${t.consensus ?? '?'} · range ${figure(t.min, t.max, null).interval}`,
          latest ? ` · latest ${figureText(latest.min, latest.max, latest.qualifier)}${latest.source ? ` from ${latest.source}` : ''}${latest.document_id != null ? ` (${docName(reports, latest.document_id)})` : ''}` : '',
          ` · ${count} claim${count === 1 ? '' : 's'}`)));
    table.appendChild(h('tbody', { 'data-group': t.group, 'data-outcome': t.outcome }, summary, own.map((c) => claimRow(c, reports))));
  }
  if (rest.length) {
    table.appendChild(h('tbody', { class: 'other-claims' },
      h('tr', { class: 'toll-summary' }, h('td', {}), h('th', { scope: 'rowgroup', colspan: CLAIM_COLUMNS.length - 1 }, 'Other claims')),
      rest.map((c) => claimRow(c, reports, true))));
  }
  if (!tolls.length && !rest.length) {
    table.appendChild(h('tbody', {}, h('tr', {}, h('td', { colspan: CLAIM_COLUMNS.length }, 'No toll was reported.'))));
  }
  return table;
}

function docName(reports, id) {
  const r = reports.get(id);
  return r ? `${r.source || 'unknown source'}, document ${id}` : `document ${id}`;
}

function claimRow(c, reports, other = false) {
  const { interval, qualifier } = figure(c.min, c.max, c.qualifier);
  const report = reports.get(c.document_id);
  const quote = h('button', { type: 'button', class: 'quote', title: 'show in the report' }, `“${c.text ?? ''}”`);
  quote.addEventListener('click', () => showEvidence(c.document_id, c.evidence));
  const doc = h('button', { type: 'button', class: 'doc-link', title: 'show the report' }, report ? `${report.source}: ${report.title}` : `document ${c.document_id}`);
  doc.addEventListener('click', () => showEvidence(c.document_id, null));
  return h('tr', { class: 'claim', 'data-document-id': c.document_id != null ? String(c.document_id) : null },
    h('td', { class: 'figure' }, h('span', { class: 'interval' }, interval), qualifier ? h('span', { class: 'qualifier' }, qualifier) : null),
    h('td', {}, other ? h('span', { class: 'claim-kind' }, `${c.kind ?? ''} ${label(c.group)} ${c.outcome ?? ''}`.trim()) : null, quote),
    h('td', {}, c.source || '—'),
    h('td', {}, doc, h('span', { class: 'published' }, c.published || report?.published || '')));
}

/** Scrolls to a report, and to the first highlighted piece inside evidence when given; flashes it. */
function showEvidence(documentId, evidence) {
  const section = document.getElementById(`doc-${documentId}`);
  if (!section) return;
  let target = section;
  if (evidence && Number.isInteger(evidence.start)) {
    const marks = [...section.querySelectorAll('mark[data-start]')];
    target = marks.find((m) => +m.dataset.start < evidence.end && +m.dataset.end > evidence.start) || section;
  }
  target.scrollIntoView({ behavior: 'smooth', block: 'center' });
  target.classList.remove('flash');
  void target.offsetWidth; // restart the animation
  target.classList.add('flash');
}

function participants(list, reports) {
  if (!list.length) return null;
  return [
    h('h3', {}, 'Participants'),
    h('table', { id: 'participants-table' },
      h('thead', {}, h('tr', {}, ['Name', 'Also called', 'Role', 'Kind', 'Claimed responsibility', 'Document'].map((c) => h('th', { scope: 'col' }, c)))),
      h('tbody', {}, list.map((p) => h('tr', {},
        h('td', {}, p.name),
        h('td', {}, (p.aliases || []).join(', ')),
        h('td', {}, label(p.role)),
        h('td', {}, label(p.kind)),
        h('td', {}, p.claimed ? 'yes' : ''),
        h('td', {}, p.document_id != null ? docName(reports, p.document_id) : ''))))),
  ];
}

function background(list) {
  if (!list.length) return null;
  return [
    h('h3', {}, 'Background incidents'),
    h('ul', { id: 'background' }, list.map((b) => h('li', { 'data-incident-id': String(b.id) },
      h('a', { href: `#/incident/${Number(b.id)}` }, label(b.type), ' · ', dateText(b.date), ' · ', placeText(b.place))))),
  ];
}

function reportSection(r) {
  return h('section', { class: 'report', id: `doc-${Number(r.document_id)}`, 'data-document-id': String(r.document_id) },
    h('h4', {}, r.url ? externalLink(r.url, r.title || '(untitled)') : (r.title || '(untitled)')),
    h('p', { class: 'report-meta' }, [r.source, r.published, r.status].filter(Boolean).join(' · ')),
    h('div', { class: 'doc-text', 'aria-busy': 'true' }, 'Loading the text…'));
}

/** Fetches each report's document and writes its text with this incident's spans and claims highlighted. */
function loadDocuments(article, incident) {
  for (const r of incident.reports || []) {
    const box = article.querySelector(`#doc-${Number(r.document_id)} .doc-text`);
    documentText(r.document_id)
      .then((doc) => {
        const claimSpans = (incident.claims || [])
          .filter((c) => c.document_id === r.document_id && c.evidence)
          .map((c) => ({ start: c.evidence.start, end: c.evidence.end, kind: c.kind || 'toll', incident_id: incident.id }));
        const seen = new Set();
        const spans = [...(doc.spans || []), ...claimSpans].filter((s) => {
          const key = `${s.start}:${s.end}:${s.kind}:${s.incident_id}`;
          return seen.has(key) ? false : seen.add(key);
        });
        box.replaceChildren();
        box.removeAttribute('aria-busy');
        renderHighlighted(box, String(doc.text ?? ''), spans, incident.id);
      })
      .catch((err) => {
        box.removeAttribute('aria-busy');
        box.replaceChildren(h('span', { class: 'error' }, `The text could not be loaded: ${err.message}`));
      });
  }
}
