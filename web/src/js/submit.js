// The submit-an-article form: POST /api/documents with a bearer token. The token lives in this tab's
// sessionStorage only (gone when the tab closes), never in localStorage, a cookie or the URL.
import { ApiError, submitDocument } from './api.js';
import { h } from './dom.js';
import { incidentItem } from './list.js';

const TOKEN_KEY = 'sitrep.token';

export function setupSubmit(form, result, { onSubmitted }) {
  const token = form.elements.namedItem('token');
  token.value = sessionStorage.getItem(TOKEN_KEY) || '';
  form.querySelector('#forget-token').addEventListener('click', () => {
    sessionStorage.removeItem(TOKEN_KEY);
    token.value = '';
  });

  form.addEventListener('submit', async (e) => {
    e.preventDefault();
    const field = (name) => form.elements.namedItem(name).value.trim();
    const article = { title: field('title'), source: field('source'), published: field('published') || null, url: field('url') || null, text: form.elements.namedItem('text').value };
    const bearer = field('token');
    if (!bearer) {
      result.replaceChildren(h('p', { class: 'error', role: 'alert' }, 'A token is needed to submit.'));
      token.focus();
      return;
    }
    sessionStorage.setItem(TOKEN_KEY, bearer);
    const button = form.querySelector('button[type=submit]');
    button.disabled = true;
    result.replaceChildren(h('p', { class: 'pending' }, 'Submitting and extracting…'));
    try {
      const answer = await submitDocument(article, bearer);
      const incidents = answer.incidents || [];
      result.replaceChildren(
        h('p', { class: 'ok', 'data-document-id': String(answer.document_id) },
          `Stored as document ${answer.document_id}; `,
          incidents.length ? `${incidents.length} incident${incidents.length === 1 ? '' : 's'} found or updated:` : 'no incident found in it.'),
        h('ul', { class: 'incidents' }, incidents.map(incidentItem)));
      onSubmitted(answer);
    } catch (err) {
      const why = err instanceof ApiError && err.status === 401 ? 'The token was refused (401).'
        : err instanceof ApiError && err.status === 413 ? 'The article is too large for the server (413).'
          : `Submitting failed: ${err.message}`;
      result.replaceChildren(h('p', { class: 'error', role: 'alert' }, why));
    } finally {
      button.disabled = false;
    }
  });
}
