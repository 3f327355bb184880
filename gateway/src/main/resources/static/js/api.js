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

export async function api(path, { method = 'GET', body, headers = {} } = {}) {
  const request = { method, headers: { Accept: 'application/json', 'Accept-Language': lang() === 'en' ? 'en' : 'zh-CN', ...headers } };
  if (body !== undefined) {
    request.body = JSON.stringify(body);
    request.headers['Content-Type'] = 'application/json';
  }
  let response;
  try {
    response = await fetch(path, request);
  } catch {
    throw new ApiError(0, null, t('error.network'));
  }
  const payload = response.status === 204 ? null : await response.json().catch(() => null);
  if (!response.ok) {
    const message = (payload && (payload.detail || payload.title))
      || (response.status === 503 ? t('error.unavailable') : t('error.status', response.status));
    throw new ApiError(response.status, payload, message);
  }
  return payload;
}

export const query = (params) => {
  const clean = Object.entries(params).filter(([, v]) => v !== undefined && v !== null && v !== '');
  return clean.length ? '?' + new URLSearchParams(clean) : '';
};

/** An Idempotency-Key for one attempt of a step (crypto.randomUUID needs a secure context; this does not). */
export function newKey() {
  return [...crypto.getRandomValues(new Uint8Array(16))].map((b) => b.toString(16).padStart(2, '0')).join('');
}
