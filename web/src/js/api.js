// The JSON API the page consumes (contract in web/README.md). Paths are relative to the page, so a page
// served at "/" reaches "/api/...".

/** A non-2xx answer: its status and the server's message, when it sent one as {"error": "..."}. */
export class ApiError extends Error {
  constructor(status, message) {
    super(message);
    this.status = status;
  }
}

async function call(path, init = {}) {
  const res = await fetch(path, { credentials: 'same-origin', ...init, headers: { Accept: 'application/json', ...(init.headers || {}) } });
  const body = await res.text();
  let json = null;
  if (body) {
    try {
      json = JSON.parse(body);
    } catch {
      json = null; // an error page that is not JSON: the status alone is reported below
    }
  }
  if (!res.ok) {
    const detail = json && typeof json.error === 'string' ? json.error : res.statusText;
    throw new ApiError(res.status, `${res.status} ${detail}`.trim());
  }
  if (json == null) throw new ApiError(res.status, `${res.status}: the answer was not JSON`);
  return json;
}

export function incidents(query, limit, offset) {
  const q = new URLSearchParams(query);
  q.set('limit', String(limit));
  q.set('offset', String(offset));
  return call(`api/incidents?${q}`);
}

export function incident(id) {
  return call(`api/incidents/${encodeURIComponent(id)}`);
}

export function documentText(id) {
  return call(`api/documents/${encodeURIComponent(id)}`);
}

export function stats() {
  return call('api/stats');
}

export function submitDocument(article, token) {
  return call('api/documents', {
    method: 'POST',
    headers: { 'Content-Type': 'application/json', Authorization: `Bearer ${token}` },
    body: JSON.stringify(article),
  });
}
