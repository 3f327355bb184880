// Staff sign-in. The token lives in this tab only (sessionStorage) and is sent by the staff pages.
import { api } from '../api.js';
import { add, h } from '../dom.js';
import { formatDateTime, t } from '../i18n.js';
import { breadcrumb, errorBox, field, setFieldError } from '../ui.js';
import { editorialLinks } from '../editorial-api.js';

const KEY = 'sunshine.staff';

export function staffSession() {
  try {
    const session = JSON.parse(sessionStorage.getItem(KEY));
    return session && session.expiresAt > Date.now() ? session : null;
  } catch {
    return null;
  }
}

export async function render(page) {
  add(page, breadcrumb([t('nav.home'), '#/'], [t('signin.title')]), h('h1', {}, t('signin.title')));
  const session = staffSession();
  if (session) {
    add(page, signedIn(page, session));
    return t('signin.title');
  }
  const username = h('input', { required: true, maxlength: 64, autocomplete: 'username', spellcheck: 'false' });
  const password = h('input', { type: 'password', required: true, maxlength: 128, autocomplete: 'current-password' });
  const message = h('div', { 'aria-live': 'polite' });
  const form = h('form', { novalidate: true, class: 'signin', onsubmit: async (event) => {
    event.preventDefault();
    setFieldError(username, username.value.trim() ? null : t('signin.v.username'));
    setFieldError(password, password.value ? null : t('signin.v.password'));
    if (!username.value.trim() || !password.value) return;
    try {
      const token = await api('/api/auth/token', { method: 'POST', body: { username: username.value.trim(), password: password.value } });
      const next = { username: username.value.trim(), token: token.access_token, expiresAt: Date.now() + token.expires_in * 1000 };
      sessionStorage.setItem(KEY, JSON.stringify(next));
      page.replaceChildren(breadcrumb([t('nav.home'), '#/'], [t('signin.title')]), h('h1', { tabindex: -1 }, t('signin.title')), signedIn(page, next));
      page.querySelector('h1').focus();
    } catch (error) {
      message.replaceChildren(errorBox(error.status === 401 ? new Error(t('signin.bad')) : error));
    }
  } },
  field({ id: 'username', label: t('signin.f.username'), control: username }),
  field({ id: 'password', label: t('signin.f.password'), control: password }),
  h('div', { class: 'actions' }, h('button', { type: 'submit' }, t('signin.submit'))), message);
  add(page, h('p', { class: 'lead' }, t('signin.lead')), form);
  return t('signin.title');
}

function signedIn(page, session) {
  return h('div', { class: 'signed-in' },
    h('p', { role: 'status' }, t('signin.done', session.username, formatDateTime(new Date(session.expiresAt).toISOString()))),
    editorialLinks(session),
    h('button', { type: 'button', class: 'secondary', onclick: () => {
      sessionStorage.removeItem(KEY);
      location.reload();
    } }, t('signin.out')));
}
