// Staff calls for the editorial console and the SMS log: the signed-in token, its roles, and answers
// with their ETag (workflow steps send it back in If-Match so nobody acts on a version changed since).
import { ApiError } from './api.js';
import { claimsOf } from './staff.js';
import { h } from './dom.js';
import { lang, t } from './i18n.js';
import { staffSession } from './views/signin.js';

/** The roles carried by the session's token (read for the menus only; every service checks them again). */
export function rolesOf(session) {
  const roles = session ? claimsOf(session).roles : null;
  return Array.isArray(roles) ? roles : [];
}

export const hasAny = (roles, ...wanted) => wanted.some((role) => roles.includes(role));

/** Who may open which staff page; ADMIN may open every one (the services let ADMIN act in any role). */
export const may = {
  edit: (roles) => hasAny(roles, 'EDITOR', 'ADMIN'),
  firstReview: (roles) => hasAny(roles, 'REVIEWER', 'ADMIN'),
  secrecyReview: (roles) => hasAny(roles, 'SECRECY_REVIEWER', 'ADMIN'),
  smsLog: (roles) => hasAny(roles, 'ADMIN', 'SUPERVISOR'),
  complaints: (roles) => hasAny(roles, 'CLERK', 'HANDLER', 'UNIT_HEAD', 'SUPERVISOR', 'ADMIN'),
};

/** The staff consoles this person may open, as links (empty when none). */
export function editorialLinks(session) {
  const roles = rolesOf(session);
  const links = [
    may.complaints(roles) && ['#/console', t('console.open')],
    may.edit(roles) && ['#/editorial', t('ed.nav.drafts')],
    may.firstReview(roles) && ['#/review/first', t('ed.nav.first')],
    may.secrecyReview(roles) && ['#/review/secrecy', t('ed.nav.secrecy')],
    may.smsLog(roles) && ['#/sms', t('ed.nav.sms')],
  ].filter(Boolean);
  if (!links.length) return null;
  return h('nav', { class: 'console-links', 'aria-label': t('ed.nav.label') },
    h('ul', {}, links.map(([href, text]) => h('li', {}, h('a', { href, class: 'button secondary' }, text)))));
}

/** The staff navigation shown on every console page: where else this person may go. */
export function consoleNav(session) {
  return editorialLinks(session) || document.createDocumentFragment();
}

/** A staff request; resolves to { body, etag }. A 401 means the sign-in ran out. */
export async function staffApi(path, { method = 'GET', body, headers = {} } = {}) {
  const session = staffSession();
  if (!session) throw new ApiError(401, null, t('ed.expired'));
  const request = {
    method,
    headers: {
      Accept: 'application/json', 'Accept-Language': lang() === 'en' ? 'en' : 'zh-CN',
      Authorization: `Bearer ${session.token}`,
    },
  };
  // An If-Match the caller could not fill (no ETag seen) is left out rather than sent as "null".
  for (const [name, value] of Object.entries(headers)) if (value) request.headers[name] = value;
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
    let message = (payload && (payload.detail || payload.title)) || t('error.status', response.status);
    if (response.status === 401) message = t('ed.expired');
    if (response.status === 412) message = t('ed.stale');
    throw new ApiError(response.status, payload, message);
  }
  return { body: payload, etag: response.headers.get('ETag') };
}

/** Field errors of a problem: the validation list, or the one field a workflow problem names. */
export function fieldErrorsOf(error) {
  const found = {};
  for (const fieldError of error.fieldErrors || []) found[fieldError.field] = fieldError.message;
  if (error.problem && typeof error.problem.field === 'string' && !found[error.problem.field]) {
    found[error.problem.field] = error.problem.detail || error.message;
  }
  return found;
}

/** The page for someone not signed in, or without the role the page needs. */
export function refusal(page, signedIn) {
  page.append(h('p', { class: 'warning', role: 'alert' }, signedIn ? t('ed.forbidden') : t('ed.signInFirst')),
    h('p', {}, h('a', { href: '#/staff', class: 'button' }, t('ed.toSignIn'))));
}

/** A workflow state as a badge with words. */
export function stateBadge(state) {
  return h('span', { class: `badge state state-${state}` }, t(`ed.state.${state}`));
}
