// fetch() with the portal's language and RFC 9457 problems turned into errors carrying their fields.
import { lang, t } from './i18n.js';

export class ApiError extends Error {
  constructor(status, problem, message) {
    super(message);
    this.status = status;
    this.problem = problem;
    this.fieldErrors = (problem && Array.isArray(problem.errors)) ? problem.errors : [];
  }
}

/**
 * One call; resolves to { body, etag } (a workflow step sends the ETag back in If-Match). Header values
 * left empty (an If-Match nobody could fill) are not sent. `send` is fetch(), or the staff session's.
 */
export async function request(path, { method = 'GET', body, headers = {} } = {}, send = fetch) {
  const init = { method, headers: { Accept: 'application/json', 'Accept-Language': lang() } };
  for (const [name, value] of Object.entries(headers)) if (value) init.headers[name] = value;
  if (body !== undefined) {
    init.body = JSON.stringify(body);
    init.headers['Content-Type'] = 'application/json';
  }
  let response;
  try {
    response = await send(path, init);
  } catch {
    throw new ApiError(0, null, t('error.network'));
  }
  const payload = response.status === 204 ? null : await response.json().catch(() => null);
  if (!response.ok) {
    let message = (payload && (payload.detail || payload.title))
      || (response.status === 503 ? t('error.unavailable') : t('error.status', response.status));
    if (response.status === 401) message = t('ed.expired');
    if (response.status === 412) message = t('ed.stale');
    throw new ApiError(response.status, payload, message);
  }
  return { body: payload, etag: response.headers.get('ETag') };
}

/** A public call; resolves to the answer's body. */
export async function api(path, options) {
  return (await request(path, options)).body;
}

export const query = (params) => {
  const clean = Object.entries(params).filter(([, v]) => v !== undefined && v !== null && v !== '');
  return clean.length ? '?' + new URLSearchParams(clean) : '';
};

/** An Idempotency-Key for one attempt of a step (crypto.randomUUID needs a secure context; this does not). */
export function newKey() {
  return [...crypto.getRandomValues(new Uint8Array(16))].map((b) => b.toString(16).padStart(2, '0')).join('');
}
