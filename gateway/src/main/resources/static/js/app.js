// The portal's shell: hash routes, each view loaded on first use (keeps the first page small).
import { $, $$, h, announce } from './dom.js';
import { applyStatic, lang, setLang, t } from './i18n.js';
import { completeProviderSignIn, onSessionChange, signOut, staffSession } from './session.js';

const ROUTES = [
  [/^$/, 'home', 'render'],
  [/^powers$/, 'powers', 'catalog'],
  [/^powers\/([A-Z]{2,8}-\d{1,6})$/, 'powers', 'item'],
  [/^search$/, 'policies', 'search'],
  [/^policies\/([A-Za-z0-9_-]{1,40})$/, 'policies', 'policy'],
  [/^complaint$/, 'complaint', 'render'],
  [/^track$/, 'track', 'render'],
  [/^calculator$/, 'calculator', 'render'],
  [/^staff$/, 'signin', 'render'],
  // editorial console
  [/^editorial$/, 'editorial', 'render'],
  [/^editorial\/new\/(power|policy)$/, 'editorial', 'create'],
  [/^editorial\/(power|policy)\/([A-Za-z0-9_-]{1,40})$/, 'editorial', 'edit'],
  [/^review\/(first|secrecy)$/, 'review', 'queue'],
  [/^review\/(power|policy)\/([A-Za-z0-9_-]{1,40})$/, 'review', 'item'],
  [/^sms$/, 'smslog', 'render'],
  // end of editorial console
  // staff console (complaint side) and transparency dashboard
  [/^dashboard$/, 'dashboard', 'render'],
  [/^console$/, 'console', 'render'],
  [/^console\/complaints\/(T\d{6}-[0-9A-Z]{6})$/, 'case', 'render'],
];

let keepFocus = false;
let firstRender = true;
let generation = 0;

/** Goes to a route; keepFocusHere leaves focus where it is (filters, paging) instead of on the new heading. */
export function navigate(hash, keepFocusHere = false) {
  keepFocus = keepFocusHere;
  if (location.hash === hash) route();
  else location.hash = hash;
}

async function route() {
  const raw = location.hash.replace(/^#\/?/, '');
  const mark = raw.indexOf('?');
  const path = safeDecode(mark < 0 ? raw : raw.slice(0, mark));
  const params = new URLSearchParams(mark < 0 ? '' : raw.slice(mark + 1));
  const section = path.split('/')[0];
  for (const link of $$('nav a[data-route]')) {
    const current = link.dataset.route === section || (section === 'policies' && link.dataset.route === 'search')
      || (section === 'console' && link.dataset.route === 'staff');
    if (current) link.setAttribute('aria-current', 'page');
    else link.removeAttribute('aria-current');
  }
  const main = $('#main');
  const mine = ++generation;
  const found = ROUTES.map(([pattern, module, view]) => [path.match(pattern), module, view]).find(([m]) => m);
  main.setAttribute('aria-busy', 'true');
  let title;
  try {
    if (!found) {
      main.replaceChildren(h('h1', { tabindex: -1 }, t('notFound.title')), h('p', {}, h('a', { href: '#/' }, t('notFound.home'))));
      title = t('notFound.title');
    } else {
      const [match, module, view] = found;
      const loaded = await import(`./views/${module}.js`);
      if (mine !== generation) return;
      const page = document.createElement('div');
      page.className = 'page';
      main.replaceChildren(page);
      title = await loaded[view](page, params, ...match.slice(1));
    }
  } catch (error) {
    main.replaceChildren(h('h1', { tabindex: -1 }, t('error.title')), h('p', { class: 'error', role: 'alert' }, error.message));
    title = t('error.title');
  } finally {
    main.removeAttribute('aria-busy');
  }
  if (mine !== generation) return;
  document.title = `${title ? title + ' · ' : ''}${t('site.name')} · ${t('site.bureau')}`;
  if (!firstRender && !keepFocus) {
    const heading = $('h1', main);
    if (heading) {
      heading.setAttribute('tabindex', '-1');
      heading.focus();
    }
    window.scrollTo(0, 0);
    announce(title || '');
  }
  firstRender = false;
  keepFocus = false;
}

function safeDecode(text) {
  try {
    return decodeURIComponent(text);
  } catch {
    return text;
  }
}

/** Who is signed in, with a way out, in the header of every page (nothing for the public). */
function showStaff() {
  const bar = $('#staff-bar');
  const session = staffSession();
  bar.hidden = !session;
  if (!session) {
    bar.replaceChildren();
    return;
  }
  bar.replaceChildren(h('a', { href: '#/staff' }, t('header.staff', session.username)),
    h('button', { type: 'button', onclick: async () => {
      await signOut();
      navigate('#/staff');
    } }, t('signin.out')));
}

function switchLanguage() {
  setLang(lang() === 'en' ? 'zh-CN' : 'en');
  applyStatic();
  showStaff();
  keepFocus = true;
  route();
}

document.addEventListener('DOMContentLoaded', () => {
  applyStatic();
  showStaff();
  onSessionChange(showStaff);
  $('#lang-switch').addEventListener('click', switchLanguage);
  // The skip link targets an element, not a route.
  $('.skip').addEventListener('click', (event) => {
    event.preventDefault();
    $('#main').focus();
  });
  window.addEventListener('hashchange', route);
  // Back from the provider's sign-in page: finish the sign-in first (it moves the address to #/staff).
  completeProviderSignIn().finally(route);
});
