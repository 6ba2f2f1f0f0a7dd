// Evidence highlighting by offsets. The text is never parsed as HTML: it is cut into plain strings at
// span boundaries and each piece becomes a text node, inside a <mark> where some span covers it.

/**
 * Cuts text at every span boundary. Offsets are UTF-16 indices into the raw document, end exclusive (as
 * sitrep's Evidence stores them, and as JavaScript strings count); spans may nest or overlap, so a piece
 * lists every span that covers it. Offsets outside the text are clamped; empty or malformed spans are
 * dropped rather than trusted.
 *
 * @returns {{start:number, end:number, text:string, spans:object[]}[]} pieces covering the whole text, in order
 */
export function segments(text, spans) {
  const len = text.length;
  const clamp = (n) => Math.max(0, Math.min(len, n));
  const valid = (spans || [])
    .filter((s) => s && Number.isInteger(s.start) && Number.isInteger(s.end))
    .map((s) => ({ ...s, start: clamp(s.start), end: clamp(s.end) }))
    .filter((s) => s.start < s.end);
  const cuts = [...new Set([0, len, ...valid.flatMap((s) => [s.start, s.end])])].sort((a, b) => a - b);
  const out = [];
  for (let i = 0; i + 1 < cuts.length; i++) {
    const [a, b] = [cuts[i], cuts[i + 1]];
    out.push({ start: a, end: b, text: text.slice(a, b), spans: valid.filter((s) => s.start <= a && s.end >= b) });
  }
  return out;
}

/**
 * Appends text to container with the spans of one incident highlighted: <mark class="evidence"> for its
 * spans, <mark class="span-other"> for spans of other incidents in the same document. Each mark carries
 * data-kind (the span kinds, space-separated), data-start and data-end (its piece's offsets).
 */
export function renderHighlighted(container, text, spans, incidentId) {
  const doc = container.ownerDocument;
  for (const piece of segments(text, spans)) {
    const node = doc.createTextNode(piece.text);
    if (!piece.spans.length) {
      container.appendChild(node);
      continue;
    }
    const mine = piece.spans.filter((s) => s.incident_id == null || s.incident_id === incidentId);
    const mark = doc.createElement('mark');
    mark.className = mine.length ? 'evidence' : 'span-other';
    const kinds = [...new Set((mine.length ? mine : piece.spans).map((s) => String(s.kind || 'evidence')))];
    mark.setAttribute('data-kind', kinds.join(' '));
    mark.setAttribute('data-start', String(piece.start));
    mark.setAttribute('data-end', String(piece.end));
    mark.title = kinds.join(', ');
    mark.appendChild(node);
    container.appendChild(mark);
  }
}
