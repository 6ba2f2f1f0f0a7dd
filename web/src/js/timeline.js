// The timeline: incidents per day (or week, month, year when the range is long), stacked by type, drawn
// as plain SVG. layoutTimeline is pure (tested under node); renderTimeline draws it and reports picks.
import { orderTypes, typeColour, label } from './format.js';

const DAY_MS = 86400000;

/** "2025-03-11" → days since 1970-01-01 (UTC); NaN when malformed. */
export function dayNumber(iso) {
  const m = /^(\d{4})-(\d{2})-(\d{2})$/.exec(iso || '');
  return m ? Date.UTC(+m[1], +m[2] - 1, +m[3]) / DAY_MS : NaN;
}

export function dayString(n) {
  return new Date(n * DAY_MS).toISOString().slice(0, 10);
}

/** The bins from first to last day: day bins when they fit maxBins, else weeks, months or years. */
export function makeBins(first, last, maxBins) {
  const days = last - first + 1;
  if (days <= maxBins) {
    return { unit: 'day', bins: Array.from({ length: days }, (_, i) => ({ start: first + i, end: first + i })) };
  }
  if (Math.ceil(days / 7) <= maxBins) {
    const bins = [];
    for (let d = first; d <= last; d += 7) bins.push({ start: d, end: Math.min(d + 6, last) });
    return { unit: 'week', bins };
  }
  const monthly = Math.ceil(days / 30.4) + 1 <= maxBins;
  const bins = [];
  let at = new Date(first * DAY_MS);
  at = monthly ? new Date(Date.UTC(at.getUTCFullYear(), at.getUTCMonth(), 1)) : new Date(Date.UTC(at.getUTCFullYear(), 0, 1));
  while (at.getTime() / DAY_MS <= last) {
    const next = monthly
      ? new Date(Date.UTC(at.getUTCFullYear(), at.getUTCMonth() + 1, 1))
      : new Date(Date.UTC(at.getUTCFullYear() + 1, 0, 1));
    bins.push({ start: Math.max(first, at.getTime() / DAY_MS), end: Math.min(last, next.getTime() / DAY_MS - 1) });
    at = next;
  }
  return { unit: monthly ? 'month' : 'year', bins };
}

/**
 * Lays out GET /api/stats by_day rows ({day, type, count}) in a width × height box.
 *
 * @returns {{unit, bins, types, yMax, bars, ticks, plot}} bars are {day, until, type, count, x, y, w, h}
 *   where day/until are the ISO first and last day of the bar's bin; ticks are {x, text} for the x axis
 */
export function layoutTimeline(rows, { width, height, margin = { left: 32, right: 8, top: 8, bottom: 22 } }) {
  const plot = {
    left: margin.left,
    top: margin.top,
    width: Math.max(10, width - margin.left - margin.right),
    height: Math.max(10, height - margin.top - margin.bottom),
  };
  const good = (rows || []).filter((r) => r && Number.isFinite(dayNumber(r.day)) && r.count > 0);
  if (!good.length) return { unit: 'day', bins: [], types: [], yMax: 0, bars: [], ticks: [], plot };
  const days = good.map((r) => dayNumber(r.day));
  const first = Math.min(...days);
  const last = Math.max(...days);
  const { unit, bins } = makeBins(first, last, Math.max(1, Math.floor(plot.width / 3)));
  const types = orderTypes(good.map((r) => r.type)).filter((t) => good.some((r) => r.type === t));

  // counts[bin][type]
  const counts = bins.map(() => new Map());
  let b = 0;
  const sorted = good.map((r) => ({ ...r, n: dayNumber(r.day) })).sort((x, y) => x.n - y.n);
  for (const r of sorted) {
    while (bins[b].end < r.n) b++;
    counts[b].set(r.type, (counts[b].get(r.type) || 0) + r.count);
  }
  const totals = counts.map((m) => [...m.values()].reduce((a, c) => a + c, 0));
  const yMax = Math.max(...totals);
  const bw = plot.width / bins.length;
  const gap = bw > 4 ? 1 : 0;
  const scale = plot.height / yMax;
  const bars = [];
  bins.forEach((bin, i) => {
    let stacked = 0;
    for (const type of types) {
      const count = counts[i].get(type);
      if (!count) continue;
      const h = count * scale;
      bars.push({
        day: dayString(bin.start),
        until: dayString(bin.end),
        type,
        count,
        x: plot.left + i * bw,
        y: plot.top + plot.height - (stacked + count) * scale,
        w: Math.max(1, bw - gap),
        h,
      });
      stacked += count;
    }
  });
  const tickEvery = Math.max(1, Math.ceil(bins.length / Math.max(1, Math.floor(plot.width / 90))));
  const ticks = [];
  for (let i = 0; i < bins.length; i += tickEvery) {
    const d = dayString(bins[i].start);
    ticks.push({ x: plot.left + i * bw, text: unit === 'year' ? d.slice(0, 4) : unit === 'month' ? d.slice(0, 7) : d });
  }
  return { unit, bins, types, yMax, bars, ticks, plot };
}

/** The index of the bin under plot x, clamped to the bins. */
export function binAt(layout, x) {
  const bw = layout.plot.width / layout.bins.length;
  return Math.max(0, Math.min(layout.bins.length - 1, Math.floor((x - layout.plot.left) / bw)));
}

const SVG = 'http://www.w3.org/2000/svg';

function svgEl(doc, tag, attrs) {
  const el = doc.createElementNS(SVG, tag);
  for (const [k, v] of Object.entries(attrs)) el.setAttribute(k, String(v));
  return el;
}

/**
 * Draws the timeline into container (replacing what was there).
 *
 * @param selection {since, until, type} the current filters: the range is shaded, bars outside it dimmed
 * @param onPick    called with {since, until, type} when a bar is clicked (or Enter on a focused bar)
 * @param onBrush   called with {since, until} when a range is dragged across the plot
 */
export function renderTimeline(container, rows, selection, { onPick, onBrush }) {
  const doc = container.ownerDocument;
  const width = Math.max(200, Math.floor(container.clientWidth || 600));
  const height = 150;
  const layout = layoutTimeline(rows, { width, height });
  container.replaceChildren();
  if (!layout.bars.length) {
    const p = doc.createElement('p');
    p.className = 'empty';
    p.textContent = 'No incidents to draw yet.';
    container.appendChild(p);
    return layout;
  }
  const svg = svgEl(doc, 'svg', { width, height, viewBox: `0 0 ${width} ${height}`, role: 'img', 'aria-label': `Incidents per ${layout.unit}, by type` });
  const { plot } = layout;
  svg.appendChild(svgEl(doc, 'rect', { class: 'tl-bg', x: plot.left, y: plot.top, width: plot.width, height: plot.height }));

  // the selected date range
  const since = selection.since ? dayString(dayNumber(selection.since)) : null;
  const until = selection.until ? dayString(dayNumber(selection.until)) : null;
  if (since || until) {
    const lo = layout.bins.findIndex((bn) => !since || dayString(bn.end) >= since);
    const hiFound = layout.bins.map((bn) => !until || dayString(bn.start) <= until).lastIndexOf(true);
    if (lo >= 0 && hiFound >= lo) {
      const bw = plot.width / layout.bins.length;
      svg.appendChild(svgEl(doc, 'rect', { class: 'tl-selected', x: plot.left + lo * bw, y: plot.top, width: (hiFound - lo + 1) * bw, height: plot.height }));
    }
  }

  // y axis: zero and the maximum
  for (const [v, y] of [[0, plot.top + plot.height], [layout.yMax, plot.top]]) {
    const t = svgEl(doc, 'text', { class: 'tl-axis', x: plot.left - 4, y: y + 4, 'text-anchor': 'end' });
    t.textContent = String(v);
    svg.appendChild(t);
  }
  svg.appendChild(svgEl(doc, 'line', { class: 'tl-baseline', x1: plot.left, x2: plot.left + plot.width, y1: plot.top + plot.height, y2: plot.top + plot.height }));
  for (const tick of layout.ticks) {
    const t = svgEl(doc, 'text', { class: 'tl-axis', x: tick.x, y: plot.top + plot.height + 15 });
    t.textContent = tick.text;
    svg.appendChild(t);
  }

  for (const bar of layout.bars) {
    const rect = svgEl(doc, 'rect', {
      class: (selection.type && selection.type !== bar.type) || (since && bar.until < since) || (until && bar.day > until) ? 'tl-bar dim' : 'tl-bar',
      x: bar.x, y: bar.y, width: bar.w, height: bar.h,
      fill: typeColour(bar.type),
      'data-day': bar.day, 'data-until': bar.until, 'data-type': bar.type, 'data-count': bar.count,
      tabindex: 0,
    });
    const title = svgEl(doc, 'title', {});
    const when = bar.day === bar.until ? bar.day : `${bar.day} – ${bar.until}`;
    title.textContent = `${when} · ${label(bar.type)}: ${bar.count}`;
    rect.appendChild(title);
    rect.addEventListener('keydown', (e) => {
      if (e.key === 'Enter' || e.key === ' ') {
        e.preventDefault();
        onPick({ since: bar.day, until: bar.until, type: bar.type });
      }
    });
    svg.appendChild(rect);
  }

  const brush = svgEl(doc, 'rect', { class: 'tl-brush', x: 0, y: plot.top, width: 0, height: plot.height });
  brush.style.display = 'none';
  svg.appendChild(brush);

  const toX = (e) => {
    const box = svg.getBoundingClientRect();
    return ((e.clientX - box.left) * width) / (box.width || width);
  };
  let start = null;
  svg.addEventListener('pointerdown', (e) => {
    if (e.button !== 0) return;
    start = { x: toX(e), target: e.target };
    svg.setPointerCapture(e.pointerId);
  });
  svg.addEventListener('pointermove', (e) => {
    if (!start) return;
    const x = toX(e);
    if (Math.abs(x - start.x) < 3) return;
    brush.style.display = '';
    brush.setAttribute('x', String(Math.max(plot.left, Math.min(x, start.x))));
    brush.setAttribute('width', String(Math.abs(x - start.x)));
  });
  const end = (e) => {
    if (!start) return;
    const from = start;
    start = null;
    brush.style.display = 'none';
    const x = toX(e);
    if (Math.abs(x - from.x) < 3) {
      const d = from.target?.getAttribute?.('data-day');
      if (d) onPick({ since: d, until: from.target.getAttribute('data-until'), type: from.target.getAttribute('data-type') });
      return;
    }
    const [a, b] = [binAt(layout, Math.min(x, from.x)), binAt(layout, Math.max(x, from.x))];
    onBrush({ since: dayString(layout.bins[a].start), until: dayString(layout.bins[b].end) });
  };
  svg.addEventListener('pointerup', end);
  svg.addEventListener('pointercancel', () => { start = null; brush.style.display = 'none'; });
  container.appendChild(svg);
  return layout;
}
