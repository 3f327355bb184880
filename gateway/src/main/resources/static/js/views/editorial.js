// The editor's desk: my versions in work, new drafts (power item or policy), editing and submitting.
import { api, newKey } from '../api.js';
import { add, announce, h } from '../dom.js';
import { formatDateTime, t } from '../i18n.js';
import { breadcrumb, confirmation, errorBox, field, loading, setFieldError } from '../ui.js';
import { navigate } from '../app.js';
import { consoleNav, fieldErrorsOf, may, refusal, rolesOf, stateBadge } from '../editorial-api.js';
import { staffRequest } from '../staff.js';
import { draftForm } from '../editorial-forms.js';
import { staffSession } from '../session.js';

const BASE = { power: '/api/powers', policy: '/api/policies' };

function guard(page, title) {
  const session = staffSession();
  add(page, breadcrumb([t('nav.home'), '#/'], [t('signin.title'), '#/staff'], [title]), h('h1', {}, title));
  if (!session || !may.edit(rolesOf(session))) {
    refusal(page, Boolean(session));
    return null;
  }
  add(page, consoleNav(session));
  return session;
}

/** #/editorial: what I have in work, newest change first, and the two "new draft" buttons. */
export async function render(page) {
  const title = t('ed.title');
  if (!guard(page, title)) return title;
  add(page, h('p', { class: 'lead' }, t('ed.lead')),
    h('div', { class: 'actions' },
      h('a', { class: 'button', href: '#/editorial/new/power' }, t('ed.newPower')),
      h('a', { class: 'button', href: '#/editorial/new/policy' }, t('ed.newPolicy'))),
    h('h2', {}, t('ed.mine')));
  const list = h('div', { class: 'my-drafts', 'aria-live': 'polite' }, loading());
  add(page, list, amendForm(), repealForm());
  try {
    const [powers, policies] = await Promise.all([
      staffRequest('/api/powers/drafts?size=100'), staffRequest('/api/policies/drafts?size=100')]);
    const rows = [
      ...powers.body.items.map((item) => ({ ...item, kind: 'power' })),
      ...policies.body.items.map((item) => ({ ...item, kind: 'policy' }))]
      .sort((a, b) => String(b.waitingSince).localeCompare(String(a.waitingSince)));
    list.replaceChildren(rows.length ? workTable(rows, (row) => `#/editorial/${row.kind}/${encodeURIComponent(row.id)}`)
      : h('p', {}, t('ed.none')));
  } catch (error) {
    list.replaceChildren(errorBox(error));
  }
  return title;
}

/** A new version of a published item (修订): same reviews again; the public version stays until then. */
function amendForm() {
  const kind = h('select', {}, ['power', 'policy'].map((k) => h('option', { value: k }, t(`ed.kind.${k}`))));
  const id = h('input', { maxlength: 40, autocomplete: 'off', spellcheck: 'false', placeholder: 'XZCF-0001' });
  const message = h('div', { 'aria-live': 'polite' });
  const form = h('form', { novalidate: true, class: 'amend filters' },
    field({ id: 'amend-kind', label: t('ed.col.kind'), control: kind }),
    field({ id: 'amend-id', label: t('ed.amend.id'), control: id, hint: t('ed.amend.hint') }),
    h('div', { class: 'actions' }, h('button', { type: 'submit', class: 'secondary' }, t('ed.amend.submit'))), message);
  form.addEventListener('submit', async (event) => {
    event.preventDefault();
    const value = id.value.trim();
    setFieldError(id, /^[A-Za-z0-9_-]{1,40}$/.test(value) ? null : t('complaint.v.required'));
    if (!/^[A-Za-z0-9_-]{1,40}$/.test(value)) return;
    try {
      await staffRequest(`${BASE[kind.value]}/${encodeURIComponent(value)}/amend`, { method: 'POST' });
      navigate(`#/editorial/${kind.value}/${encodeURIComponent(value)}`);
    } catch (error) {
      message.replaceChildren(errorBox(error));
    }
  });
  return h('section', {}, h('h2', {}, t('ed.amend.title')), form);
}

/**
 * Repealing (废止/取消) takes effect at once and cannot be taken back, so the reason is required here and
 * the page asks once more; the item stays readable, marked repealed, and the reason goes into its history.
 */
function repealForm() {
  const kind = h('select', {}, ['power', 'policy'].map((k) => h('option', { value: k }, t(`ed.kind.${k}`))));
  const id = h('input', { maxlength: 40, autocomplete: 'off', spellcheck: 'false', placeholder: 'XZCF-0001' });
  const reason = h('textarea', { rows: 2, maxlength: 2000 });
  const message = h('div', { 'aria-live': 'polite' });
  const start = h('button', { type: 'submit', class: 'secondary' }, t('ed.repeal.submit'));
  const form = h('form', { novalidate: true, class: 'repeal filters' },
    field({ id: 'repeal-kind', label: t('ed.col.kind'), control: kind }),
    field({ id: 'repeal-id', label: t('ed.amend.id'), control: id }),
    field({ id: 'repeal-reason', label: t('ed.repeal.reason'), control: reason, hint: t('ed.repeal.hint') }),
    h('div', { class: 'actions' }, start));
  const asking = confirmation({
    id: 'repeal-question', confirmLabel: t('ed.repeal.confirm'), cancelLabel: t('ed.repeal.cancel'),
    onToggle: (asked) => {
      start.hidden = asked;
      for (const control of [kind, id, reason]) control.disabled = asked;
      if (!asked) start.focus();
    },
    onConfirm: async () => {
      const value = id.value.trim();
      try {
        await staffRequest(`${BASE[kind.value]}/${encodeURIComponent(value)}/repeal`,
          { method: 'POST', body: { reason: reason.value.trim() } });
        const publicPage = kind.value === 'power' ? `#/powers/${encodeURIComponent(value)}` : `#/policies/${encodeURIComponent(value)}`;
        message.replaceChildren(h('p', { class: 'notice', role: 'status' }, t('ed.repeal.done', value), ' ',
          h('a', { href: publicPage }, t('ed.repeal.view'))));
        id.value = '';
        reason.value = '';
      } catch (error) {
        message.replaceChildren(errorBox(error));
      } finally {
        asking.ask(null);
      }
    },
  });
  form.addEventListener('submit', (event) => {
    event.preventDefault();
    const wellFormed = /^[A-Za-z0-9_-]{1,40}$/.test(id.value.trim());
    setFieldError(id, wellFormed ? null : t('complaint.v.required'));
    setFieldError(reason, reason.value.trim() ? null : t('ed.repeal.v.reason'));
    if (!wellFormed || !reason.value.trim()) return;
    message.replaceChildren();
    asking.ask(t('ed.repeal.question', t(`ed.kind.${kind.value}`), id.value.trim()));
  });
  return h('section', {}, h('h2', {}, t('ed.repeal.title')), form, asking.box, message);
}

/** A table of versions in work (my drafts, a review queue); hrefFor(row) is where each one opens. */
export function workTable(rows, hrefFor) {
  return h('div', { class: 'table-wrap' }, h('table', { class: 'work' },
    h('thead', {}, h('tr', {}, [t('ed.col.title'), t('ed.col.kind'), t('ed.col.version'), t('ed.col.state'), t('ed.col.authors'), t('ed.col.changed')]
      .map((text) => h('th', { scope: 'col' }, text)))),
    h('tbody', {}, rows.map((row) => h('tr', {},
      h('th', { scope: 'row' }, h('a', { href: hrefFor(row) }, row.title || row.id), h('br'), h('small', { class: 'code-id' }, row.id)),
      h('td', {}, t(`ed.kind.${row.kind}`)),
      h('td', {}, String(row.version)),
      h('td', {}, stateBadge(row.state)),
      h('td', {}, (row.authors || []).join('、')),
      h('td', {}, formatDateTime(row.waitingSince)))))));
}

/** #/editorial/new/(power|policy) */
export async function create(page, params, kind) {
  const title = t(kind === 'power' ? 'ed.newPower' : 'ed.newPolicy');
  if (!guard(page, title)) return title;
  const lookups = kind === 'power' ? await powerLookups() : {};
  const editor = draftForm(kind, null, lookups);
  const save = h('button', { type: 'submit' }, t('ed.saveDraft'));
  add(editor.form, h('div', { class: 'actions' }, save, h('a', { class: 'button secondary', href: '#/editorial' }, t('ed.cancel'))));
  // One key per distinct draft: a retry after a lost answer creates nothing twice; an edited draft is new.
  let key = null;
  editor.form.addEventListener('input', () => { key = null; });
  editor.form.addEventListener('submit', async (event) => {
    event.preventDefault();
    const draft = editor.read();
    if (editor.showErrors(editor.check(draft))) return;
    key = key || newKey();
    save.disabled = true;
    try {
      const created = await staffRequest(BASE[kind], { method: 'POST', body: draft, headers: { 'Idempotency-Key': key } });
      announce(t('ed.saved'));
      navigate(`#/editorial/${kind}/${encodeURIComponent(created.body.id)}?saved=1`);
    } catch (error) {
      editor.showErrors(fieldErrorsOf(error), error.message);
    } finally {
      save.disabled = false;
    }
  });
  add(page, h('p', {}, t('complaint.required')), editor.form);
  return title;
}

/** #/editorial/(power|policy)/{id}: the version in work; a draft can be edited and submitted. */
export async function edit(page, params, kind, id) {
  const title = t('ed.draftTitle');
  if (!guard(page, title)) return title;
  const base = `${BASE[kind]}/${encodeURIComponent(id)}`;
  let current;
  try {
    current = await staffRequest(`${base}/draft`);
  } catch (error) {
    add(page, errorBox(error.status === 409 ? new Error(t('ed.notInWork')) : error), publicLink(kind, id));
    return title;
  }
  const version = current.body;
  const status = h('div', { role: 'status', class: 'status-line' });
  if (params.get('saved')) status.append(h('p', { class: 'ok' }, t('ed.saved')));
  add(page, h('h2', { class: 'draft-name' }, version.title || id),
    h('p', { class: 'meta' }, h('span', {}, `${t(`ed.kind.${kind}`)} ${id}`), h('span', {}, t('ed.versionN', version.version)), stateBadge(version.state),
      h('span', {}, `${t('ed.col.authors')}：${version.authors.join('、')}`)),
    status);
  if (version.state !== 'DRAFT') {
    add(page, h('p', {}, t(`ed.waiting.${version.state}`)), publicLink(kind, id));
  } else {
    const lookups = kind === 'power' ? await powerLookups() : {};
    const editor = draftForm(kind, version.content, lookups, version.publishAt);
    let etag = current.etag;
    const save = h('button', { type: 'submit' }, t('ed.saveDraft'));
    const submit = h('button', { type: 'button', class: 'submit-review' }, t('ed.submit'));
    add(editor.form, h('div', { class: 'actions' }, save, submit));
    const put = async () => {
      const draft = editor.read();
      if (editor.showErrors(editor.check(draft))) return false;
      try {
        const saved = await staffRequest(base, { method: 'PUT', body: draft, headers: { 'If-Match': etag } });
        etag = saved.etag;
        return true;
      } catch (error) {
        editor.showErrors(fieldErrorsOf(error), error.message);
        return false;
      }
    };
    editor.form.addEventListener('submit', async (event) => {
      event.preventDefault();
      save.disabled = true;
      if (await put()) {
        status.replaceChildren(h('p', { class: 'ok' }, t('ed.saved')));
        announce(t('ed.saved'));
      }
      save.disabled = false;
    });
    submit.addEventListener('click', async () => {
      submit.disabled = true;
      try {
        if (!(await put())) return;
        await staffRequest(`${base}/submit`, { method: 'POST', headers: { 'If-Match': etag } });
        announce(t('ed.submitted'));
        navigate(`#/editorial/${kind}/${encodeURIComponent(id)}`);
      } catch (error) {
        editor.showErrors({}, error.message);
      } finally {
        submit.disabled = false;
      }
    });
    add(page, editor.form);
  }
  add(page, await historySection(base));
  return title;
}

/** Who did what, when and why (a returned draft shows the reviewer's reason here). */
export async function historySection(base) {
  const section = h('section', { class: 'history' }, h('h2', {}, t('ed.history')));
  try {
    const { body } = await staffRequest(`${base}/history`);
    add(section, h('ol', { class: 'timeline' }, body.map((entry) => h('li', {},
      h('time', { datetime: entry.at }, formatDateTime(entry.at)),
      h('p', {}, h('strong', {}, t(`ed.tr.${entry.transition}`)), ` · ${entry.actor} · ${t('ed.versionN', entry.version)}`),
      entry.reason ? h('p', { class: 'reason' }, `${t('ed.reason')}：${entry.reason}`) : null))));
  } catch (error) {
    add(section, errorBox(error));
  }
  return section;
}

function publicLink(kind, id) {
  return h('p', {}, h('a', { href: kind === 'power' ? `#/powers/${id}` : `#/policies/${id}` }, t('ed.publicPage')));
}

async function powerLookups() {
  const [categories, departments] = await Promise.all([
    api('/api/power-categories').catch(() => []), api('/api/departments').catch(() => [])]);
  return { categories, departments };
}
