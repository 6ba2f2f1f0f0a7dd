// The filterable list of incidents (one <li data-incident-id> each) and the small summary card it shares
// with the submit view.
import { h, swatch } from './dom.js';
import { dateText, label, placeText, typeColour } from './format.js';

/** A one-incident summary: type, date, place, actors, fatalities, sources, linking to the incident view. */
export function incidentItem(incident) {
  const li = h('li', { 'data-incident-id': String(incident.id), 'data-type': incident.type, class: incident.status === 'background' ? 'background' : null },
    h('a', { href: `#/incident/${Number(incident.id)}`, class: 'item-link' },
      h('span', { class: 'item-head' }, swatch(typeColour(incident.type)), h('strong', {}, label(incident.type)),
        ' · ', dateText(incident.date)),
      h('span', { class: 'item-place' }, placeText(incident.place)),
      incident.perpetrators?.length ? h('span', { class: 'item-actors' }, 'by ', incident.perpetrators.join(', ')) : null,
      incident.targets?.length ? h('span', { class: 'item-actors' }, 'against ', incident.targets.join(', ')) : null,
      h('span', { class: 'item-meta' },
        incident.fatalities != null ? `${incident.fatalities} killed · ` : '',
        `${incident.report_count ?? 0} report${incident.report_count === 1 ? '' : 's'}`,
        incident.sources?.length ? ` (${incident.sources.join(', ')})` : '')));
  return li;
}

/** Shows a page of GET /api/incidents: append adds to the items already listed ("load more"). */
export function renderList(list, countLine, page, { append = false } = {}) {
  if (!append) list.replaceChildren();
  for (const incident of page.items) list.appendChild(incidentItem(incident));
  const shown = list.children.length;
  countLine.textContent = page.total === 0
    ? 'No incident matches these filters.'
    : `${shown} of ${page.total} incident${page.total === 1 ? '' : 's'}`;
  return shown;
}
