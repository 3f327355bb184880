// What the editorial console and the SMS log share: the session's roles, who may open which page, and
// how refusals and field errors are shown.
import { rolesOf } from './session.js';
import { h } from './dom.js';
import { t } from './i18n.js';

export { rolesOf };

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
