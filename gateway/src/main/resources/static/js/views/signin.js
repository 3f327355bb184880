// Staff sign-in and sign-out; the session itself (tokens, renewal) is session.js's.
import { add, h } from '../dom.js';
import { t } from '../i18n.js';
import { breadcrumb, errorBox, field, setFieldError } from '../ui.js';
import { editorialLinks } from '../editorial-api.js';
import { signIn, signInOptions, signOut, staffSession, startProviderSignIn, takeProviderFailure } from '../session.js';

export async function render(page) {
  add(page, breadcrumb([t('nav.home'), '#/'], [t('signin.title')]), h('h1', {}, t('signin.title')));
  const session = staffSession();
  if (session) {
    add(page, signedIn(page, session));
    return t('signin.title');
  }
  const failure = takeProviderFailure();
  let options;
  try {
    options = await signInOptions();
  } catch (error) {
    add(page, errorBox(error));
    return t('signin.title');
  }
  if (options.mode === 'provider') {
    add(page, h('p', { class: 'lead' }, t('signin.provider.lead')), failure ? errorBox(new Error(failure)) : null,
      h('div', { class: 'actions' }, h('button', { type: 'button', id: 'provider-sign-in', onclick: () => startProviderSignIn(options) },
        t('signin.provider.go'))));
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
      const next = await signIn(username.value.trim(), password.value);
      page.replaceChildren(breadcrumb([t('nav.home'), '#/'], [t('signin.title')]), h('h1', { tabindex: -1 }, t('signin.title')), signedIn(page, next));
      page.querySelector('h1').focus();
    } catch (refused) {
      message.replaceChildren(errorBox(await signInError(refused)));
    }
  } },
  field({ id: 'username', label: t('signin.f.username'), control: username }),
  field({ id: 'password', label: t('signin.f.password'), control: password }),
  h('div', { class: 'actions' }, h('button', { type: 'submit' }, t('signin.submit'))), message);
  add(page, h('p', { class: 'lead' }, t('signin.lead')), form);
  return t('signin.title');
}

/** Why a password sign-in failed, in the page's language (the gateway's Response, or a network error). */
async function signInError(refused) {
  if (!(refused instanceof Response)) return new Error(t('error.network'));
  if (refused.status === 401) return new Error(t('signin.bad'));
  const problem = await refused.json().catch(() => null);
  return new Error((problem && (problem.detail || problem.title)) || t('error.status', refused.status));
}

function signedIn(page, session) {
  return h('div', { class: 'signed-in' },
    h('p', { role: 'status' }, t('signin.done', session.username)),
    editorialLinks(session),
    h('button', { type: 'button', class: 'secondary', onclick: async () => {
      await signOut();
      location.reload();
    } }, t('signin.out')));
}
