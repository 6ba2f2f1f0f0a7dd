// The map: Leaflet (a global L, loaded before this module) with the Natural Earth countries as a GeoJSON
// layer and no tiles, incident markers clustered by Leaflet.markercluster. Tooltips get DOM nodes, never
// strings: Leaflet would write a string as HTML.
import { h, swatch } from './dom.js';
import { dateText, label, markerSize, placeText, typeColour, TYPES } from './format.js';

export function createMap(element, { onOpen }) {
  const L = window.L;
  const map = L.map(element, { minZoom: 1, maxZoom: 12, zoomSnap: 0.5, worldCopyJump: false });
  map.setView([20, 15], 2);
  map.attributionControl.setPrefix('Leaflet');
  map.attributionControl.addAttribution('Countries: Natural Earth');

  const basemapRenderer = L.canvas({ padding: 0.5 });
  fetch('data/countries.json')
    .then((r) => (r.ok ? r.json() : Promise.reject(new Error(`basemap: ${r.status}`))))
    .then((geojson) => {
      L.geoJSON(geojson, {
        renderer: basemapRenderer,
        interactive: false,
        style: { color: '#8a8a8a', weight: 0.6, fillColor: '#f3f0e6', fillOpacity: 1 },
      }).addTo(map).bringToBack();
    })
    .catch((err) => console.error(err)); // the markers still work on the bare sea colour

  const cluster = L.markerClusterGroup({ showCoverageOnHover: false, maxClusterRadius: 40, chunkedLoading: true });
  map.addLayer(cluster);
  const highlight = L.layerGroup().addTo(map);
  const markers = new Map();
  let focused = null; // the incident the incident view shows: while there is one, fit() leaves the view alone

  function tooltip(incident) {
    return h('div', { class: 'tip' },
      h('strong', {}, label(incident.type)),
      h('div', {}, dateText(incident.date)),
      h('div', {}, placeText(incident.place)),
      incident.fatalities != null ? h('div', {}, `${incident.fatalities} killed`) : null,
      incident.perpetrators?.length ? h('div', {}, `by ${incident.perpetrators.join(', ')}`) : null);
  }

  /** A disc coloured by type, sized by fatalities, that opens the incident; its element carries data-incident-id and data-type. */
  function makeMarker(incident, className) {
    const size = markerSize(incident.fatalities);
    const dot = h('span', { class: 'dot' });
    dot.style.backgroundColor = typeColour(incident.type);
    const marker = L.marker([incident.place.lat, incident.place.lon], {
      icon: L.divIcon({ className, html: dot, iconSize: [size, size] }),
      keyboard: true,
      title: `${label(incident.type)}, ${dateText(incident.date)}`,
      zIndexOffset: className.includes('focused') ? 1000 : 0,
    });
    marker.on('add', () => {
      const el = marker.getElement();
      el.setAttribute('data-incident-id', String(incident.id));
      el.setAttribute('data-type', String(incident.type));
    });
    marker.bindTooltip(tooltip(incident), { direction: 'top', offset: [0, -size / 2] });
    marker.on('click keypress', (e) => {
      if (e.type === 'keypress' && e.originalEvent?.key !== 'Enter') return;
      onOpen(incident.id);
    });
    return marker;
  }

  /** Replaces the markers with these incidents (those without coordinates are left off the map). */
  function setIncidents(items, { append = false } = {}) {
    if (!append) {
      cluster.clearLayers();
      markers.clear();
    }
    const layers = [];
    for (const incident of items) {
      const lat = incident.place?.lat;
      const lon = incident.place?.lon;
      if (!Number.isFinite(lat) || !Number.isFinite(lon) || markers.has(incident.id)) continue;
      const marker = makeMarker(incident, 'incident-marker');
      markers.set(incident.id, marker);
      layers.push(marker);
    }
    cluster.addLayers(layers);
    return layers.length;
  }

  /**
   * Rings an incident's place, draws its marker above the clusters and centres the map on it, or clears
   * the ring. No animation: an animated move is dropped when the markers arrive mid-flight.
   */
  function focus(incident) {
    focused = incident || null;
    highlight.clearLayers();
    const lat = incident?.place?.lat;
    const lon = incident?.place?.lon;
    if (!Number.isFinite(lat) || !Number.isFinite(lon)) return;
    L.circleMarker([lat, lon], { radius: markerSize(incident.fatalities) / 2 + 6, color: '#111', weight: 2, fill: false, interactive: false })
      .addTo(highlight);
    // its own marker, outside the clusters, so a cluster never hides the incident being read
    makeMarker(incident, 'incident-marker focused').addTo(highlight);
    map.setView([lat, lon], Math.max(map.getZoom(), 6), { animate: false });
  }

  /** Fits the view to the markers, if any, unless an incident is in focus. */
  function fit() {
    if (focused) return;
    const bounds = cluster.getBounds();
    if (bounds.isValid()) map.fitBounds(bounds.pad(0.2), { maxZoom: 6, animate: false }); // an animation would undo a focus() made meanwhile
  }

  return { map, setIncidents, focus, fit, invalidate: () => map.invalidateSize() };
}

/** The legend: one entry per type, as a button that filters by it. */
export function renderLegend(container, types, selectedType, onType) {
  container.replaceChildren(
    h('span', { class: 'legend-note' }, 'Marker area ∝ fatalities · click a type to filter:'),
    ...types.map((t) => {
      const b = h('button', { type: 'button', class: t === selectedType ? 'legend-item selected' : 'legend-item', 'data-type': t, 'aria-pressed': String(t === selectedType) },
        swatch(typeColour(t)), label(t));
      b.addEventListener('click', () => onType(t === selectedType ? '' : t));
      return b;
    }));
}

export const LEGEND_TYPES = TYPES.map(([t]) => t);
