// What the staff pages share: the signed-in session with its roles, calls carrying the bearer token,
// and the deadline badge (colour, a symbol and words).
import { request } from './api.js';
import { h } from './dom.js';
import { t } from './i18n.js';
import { claimsOf, fetchAsStaff, rolesOf, staffSession } from './session.js';

export const COMPLAINT_ROLES = ['CLERK', 'HANDLER', 'UNIT_HEAD', 'SUPERVISOR'];
export const WARNING_ROLES = ['HANDLER', 'UNIT_HEAD', 'SUPERVISOR', 'ADMIN'];
export const OPEN = ['RECEIVED', 'ACCEPTED', 'ASSIGNED'];

/**
 * The session with what its token says (roles, department, name). Decoding the token here only decides
 * what to show; every service checks the signature and the roles again.
 */
export function staff() {
  const session = staffSession();
  if (!session) return null;
  const claims = claimsOf(session);
  const roles = rolesOf(session);
  return { ...session, roles, department: claims.department || '', name: claims.name || session.username,
    has: (...wanted) => wanted.some((role) => roles.includes(role)) };
}

/** A staff call with the session's token (renewed as needed); resolves to { body, etag }. */
export function staffRequest(path, options) {
  return request(path, options, fetchAsStaff);
}

/** A staff call; resolves to the answer's body. */
export async function staffApi(path, options) {
  return (await staffRequest(path, options)).body;
}

/** Shown when nobody is signed in or the sign-in has expired. */
export function signInFirst() {
  return h('div', { class: 'warning', role: 'status' }, h('p', {}, t('console.signInFirst')),
    h('p', {}, h('a', { class: 'button', href: '#/staff' }, t('footer.staff'))));
}

/**
 * How urgent the reply is, graded as the warning scan grades it: RED overdue, YELLOW due today,
 * BLUE two working days or less; nothing urgent otherwise. Open complaints only.
 */
export function urgencyBadge(item) {
  if (!OPEN.includes(item.status)) return null;
  if (item.suspended || item.suspendedAt) return badge('PAUSED', '‖', t('console.u.paused'));
  const left = item.workingDaysLeft;
  if (item.overdue) return badge('RED', '■', left !== null && left < 0 ? t('console.u.redDays', -left) : t('console.u.red'));
  if (left === null || left === undefined) return null;
  if (left <= 0) return badge('YELLOW', '▲', t('console.u.yellow'));
  if (left <= 2) return badge('BLUE', '●', t('console.u.blue', left));
  return badge('NONE', '○', t('console.u.none', left));
}

/** A warning's level: colour, symbol and words. */
export function levelBadge(level) {
  const symbol = { RED: '■', YELLOW: '▲', BLUE: '●', ACCEPTANCE: '◆' }[level] || '';
  return badge(level, symbol, t(`console.level.${level}`));
}

function badge(level, symbol, text) {
  return h('span', { class: `badge urgency urgency-${level}` }, h('span', { 'aria-hidden': 'true' }, symbol + ' '), text);
}

export function statusBadge(status) {
  return h('span', { class: `badge status status-${status}` }, t(`status.${status}`));
}
