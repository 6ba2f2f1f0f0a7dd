// The one way the page builds elements. Children that are not nodes become text nodes, never markup;
// attributes are set one by one, event-handler and style attributes are refused (the page's CSP forbids
// them anyway) and link targets must be the page's own "#/" routes or absolute http(s) URLs.
import { safeUrl } from './format.js';

const URL_ATTRS = new Set(['href', 'src', 'action', 'formaction', 'xlink:href']);

/** A link target the page may write: an internal route ("#/incident/12") or a safe external URL, else null. */
export function linkTarget(value) {
  if (typeof value === 'string' && /^#\/[\w/?=&%.~+-]*$/.test(value)) return value;
  return safeUrl(value);
}

/**
 * h('a', {href: url, class: 'x'}, 'text', childNode, [more]) → an element. null, undefined and false
 * attributes or children are skipped; true writes an empty attribute. A URL attribute that is not a safe
 * target is left out (the element still appears, as plain text).
 */
export function h(tag, attrs = {}, ...children) {
  const el = document.createElement(tag);
  for (const [k, v] of Object.entries(attrs || {})) {
    if (v == null || v === false) continue;
    if (/^on/i.test(k) || k === 'style' || k === 'srcdoc') throw new Error(`dom.h: attribute ${k} is not allowed`);
    if (URL_ATTRS.has(k)) {
      const target = linkTarget(v);
      if (target) el.setAttribute(k, target);
      continue;
    }
    el.setAttribute(k, v === true ? '' : String(v));
  }
  append(el, children);
  return el;
}

export function append(el, children) {
  for (const c of [children].flat(Infinity)) {
    if (c == null || c === false) continue;
    el.appendChild(c instanceof Node ? c : document.createTextNode(String(c)));
  }
  return el;
}

/** A link out of the page to an untrusted URL: a new tab without referrer or opener; plain text when the URL is unsafe. */
export function externalLink(url, text) {
  const safe = safeUrl(url);
  if (!safe) return h('span', { class: 'unsafe-url', title: 'link withheld: not an http(s) URL' }, text);
  return h('a', { href: safe, target: '_blank', rel: 'noopener noreferrer' }, text);
}

/** A small coloured square for an incident type (colour set through the CSSOM, which CSP allows). */
export function swatch(colour) {
  const s = h('span', { class: 'swatch', 'aria-hidden': 'true' });
  s.style.backgroundColor = colour;
  return s;
}
