// The two review queues (审核, 保密审查): what waits for me, the change against the public version,
// and approve or return with a reason. The second approval publishes (at once or at publishAt).
import { add, announce, h } from '../dom.js';
import { formatDateTime, t } from '../i18n.js';
import { breadcrumb, errorBox, field, loading, setFieldError } from '../ui.js';
import { navigate } from '../app.js';
import { consoleNav, may, refusal, rolesOf, stateBadge } from '../editorial-api.js';
import { staffRequest } from '../staff.js';
import { historySection, workTable } from './editorial.js';
import { staffSession } from '../session.js';

const BASE = { power: '/api/powers', policy: '/api/policies' };
const QUEUE = {
  first: { state: 'SUBMITTED', allowed: may.firstReview, step: 'review' },
  secrecy: { state: 'REVIEWED', allowed: may.secrecyReview, step: 'secrecy-review' },
};

/** #/review/(first|secrecy) */
export async function queue(page, params, which) {
  const title = t(`rv.title.${which}`);
  const session = staffSession();
  add(page, breadcrumb([t('nav.home'), '#/'], [t('signin.title'), '#/staff'], [title]), h('h1', {}, title));
  if (!session || !QUEUE[which].allowed(rolesOf(session))) {
    refusal(page, Boolean(session));
    return title;
  }
  add(page, consoleNav(session), h('p', { class: 'lead' }, t(`rv.lead.${which}`)));
  const list = h('div', { class: 'queue', 'aria-live': 'polite' }, loading());
  add(page, list);
  try {
    // One queue endpoint per kind answers both reviews the caller may do; this page keeps its own.
    const [powers, policies] = await Promise.all([
      staffRequest('/api/powers/review-queue?size=100'), staffRequest('/api/policies/review-queue?size=100')]);
    const rows = [
      ...powers.body.items.map((item) => ({ ...item, kind: 'power' })),
      ...policies.body.items.map((item) => ({ ...item, kind: 'policy' }))]
      .filter((row) => row.state === QUEUE[which].state)
      .sort((a, b) => String(a.waitingSince).localeCompare(String(b.waitingSince)));
    list.replaceChildren(h('p', { class: 'summary' }, t('rv.count', rows.length)),
      rows.length ? workTable(rows, (row) => `#/review/${row.kind}/${encodeURIComponent(row.id)}`) : h('p', {}, t('rv.empty')));
  } catch (error) {
    list.replaceChildren(errorBox(error));
  }
  return title;
}

/** #/review/(power|policy)/{id}: the diff and the decision. */
export async function item(page, params, kind, id) {
  const title = t('rv.itemTitle');
  const session = staffSession();
  add(page, breadcrumb([t('nav.home'), '#/'], [t('signin.title'), '#/staff'], [title]), h('h1', {}, title));
  const roles = rolesOf(session);
  if (!session || !(may.firstReview(roles) || may.secrecyReview(roles))) {
    refusal(page, Boolean(session));
    return title;
  }
  add(page, consoleNav(session));
  const base = `${BASE[kind]}/${encodeURIComponent(id)}`;
  let current;
  let diff;
  try {
    [current, diff] = await Promise.all([staffRequest(`${base}/draft`), staffRequest(`${base}/draft/diff`)]);
  } catch (error) {
    add(page, errorBox(error));
    return title;
  }
  const version = current.body;
  const which = version.state === 'SUBMITTED' ? 'first' : version.state === 'REVIEWED' ? 'secrecy' : null;
  add(page, h('h2', { class: 'draft-name' }, version.title || id),
    h('p', { class: 'meta' }, h('span', {}, `${t(`ed.kind.${kind}`)} ${id}`), h('span', {}, t('ed.versionN', version.version)), stateBadge(version.state),
      h('span', {}, `${t('ed.col.authors')}：${version.authors.join('、')}`),
      version.reviewer ? h('span', {}, `${t('rv.firstReviewer')}：${version.reviewer}`) : null,
      version.publishAt ? h('span', {}, t('rv.publishAt', formatDateTime(version.publishAt))) : null),
    diffSection(kind, diff.body));
  if (which && QUEUE[which].allowed(roles)) add(page, decisionForm(kind, id, base, which, current.etag));
  else add(page, h('p', { class: 'warning' }, t('rv.notYours')));
  add(page, await historySection(base));
  return title;
}

function decisionForm(kind, id, base, which, etag) {
  const approve = h('input', { type: 'radio', name: 'decision', id: 'decision-approve', value: 'APPROVE', checked: true });
  const ret = h('input', { type: 'radio', name: 'decision', id: 'decision-return', value: 'RETURN' });
  const reason = h('textarea', { rows: 3, maxlength: 2000 });
  const message = h('div', { 'aria-live': 'polite' });
  const send = h('button', { type: 'submit' }, t(`rv.send.${which}`));
  const form = h('form', { novalidate: true, class: 'decision' },
    h('fieldset', { class: 'radios' }, h('legend', {}, t(`rv.decide.${which}`)),
      h('div', { class: 'check' }, approve, h('label', { for: 'decision-approve' }, t(`rv.approve.${which}`))),
      h('div', { class: 'check' }, ret, h('label', { for: 'decision-return' }, t('rv.return')))),
    field({ id: 'reason', label: t('rv.reason'), control: reason, hint: t('rv.h.reason'), optional: true }),
    h('div', { class: 'actions' }, send), message);
  reason.addEventListener('input', () => setFieldError(reason, null));
  form.addEventListener('submit', async (event) => {
    event.preventDefault();
    const decision = ret.checked ? 'RETURN' : 'APPROVE';
    if (decision === 'RETURN' && !reason.value.trim()) {
      setFieldError(reason, t('rv.v.reason'));
      reason.focus();
      return;
    }
    send.disabled = true;
    try {
      const done = await staffRequest(`${base}/${QUEUE[which].step}`, {
        method: 'POST', body: { decision, reason: reason.value.trim() || null }, headers: { 'If-Match': etag },
      });
      const state = done.body.state;
      const publicHref = kind === 'power' ? `#/powers/${id}` : `#/policies/${id}`;
      form.replaceWith(h('div', { class: 'outcome', role: 'status', tabindex: -1 },
        h('p', { class: 'ok' }, t(`rv.done.${state}`) || state),
        state === 'PUBLISHED' ? h('p', {}, h('a', { href: publicHref }, t('ed.publicPage'))) : null,
        h('p', {}, h('a', { href: `#/review/${which}` }, t('rv.back')))));
      announce(t(`rv.done.${state}`));
      document.querySelector('.outcome').focus();
    } catch (error) {
      if (error.status === 412) {
        message.replaceChildren(errorBox(error), h('button', { type: 'button', class: 'secondary', onclick: () => navigate(location.hash) }, t('rv.reload')));
      } else {
        const reasonError = (error.fieldErrors || []).find((e) => e.field === 'reason');
        if (reasonError) setFieldError(reason, reasonError.message);
        message.replaceChildren(errorBox(error));
      }
    } finally {
      send.disabled = false;
    }
  });
  return form;
}

/** Field by field: before and after; long texts as removed and added lines. */
function diffSection(kind, diff) {
  const section = h('section', { class: 'diff' }, h('h2', {}, t('rv.diff')),
    h('p', { class: 'hint' }, diff.previousVersion ? t('rv.diffAgainst', diff.previousVersion) : t('rv.diffFirst')));
  if (!diff.changes.length) {
    add(section, h('p', {}, t('rv.noChanges')));
    return section;
  }
  add(section, h('dl', { class: 'changes' }, diff.changes.map((change) => h('div', { class: 'change' },
    h('dt', {}, fieldLabel(kind, change.field)),
    change.lines
      ? h('dd', {}, h('ol', { class: 'lines' }, change.lines.map((line) => h('li', { class: `line-${line.op}` },
        h('span', { class: 'op' }, line.op === 'ADDED' ? t('rv.added') : t('rv.removed')), ` ${line.number}: `, h('span', { class: 'text' }, line.text)))))
      : h('dd', {},
        change.before !== null && change.before !== undefined ? h('p', { class: 'before' }, h('span', { class: 'op' }, t('rv.before')), ' ', show(change.before)) : null,
        h('p', { class: 'after' }, h('span', { class: 'op' }, t('rv.after')), ' ', show(change.after)))))));
  return section;
}

function show(value) {
  if (value === null || value === undefined) return '—';
  if (typeof value !== 'object') return String(value);
  if (Array.isArray(value)) return value.map(show).join('；');
  if ('days' in value && 'unit' in value) return t(value.unit === 'WORKING' ? 'limit.working' : 'limit.calendar', value.days);
  if ('law' in value) return `《${value.law}》${value.article || ''}${value.text ? '：' + value.text : ''}`;
  if ('order' in value && 'name' in value) return `${value.order}. ${value.name}${value.post ? '（' + value.post + '）' : ''}${value.timeLimitDays != null ? ' ' + t('powers.stepLimit', value.timeLimitDays) : ''}`;
  if ('level' in value && 'description' in value) return `${t('risk.' + value.level)}：${value.description}；${value.controls}${value.watchedBy ? '；' + value.watchedBy : ''}`;
  if ('name' in value) return value.name || value.code;
  return Object.values(value).filter((v) => v !== null && v !== undefined).map(show).join('，');
}

const POWER_LABELS = {
  code: 'powers.f.code', name: 'ed.f.name', category: 'powers.f.category', subItem: 'ed.f.subItem', legalBasis: 'powers.legalBasis',
  steps: 'powers.steps', conditions: 'powers.conditions', materials: 'powers.materials', statutoryLimit: 'powers.f.statutory',
  committedLimit: 'powers.f.committed', fees: 'powers.f.fees', feeBasis: 'ed.f.feeBasis', department: 'powers.f.department',
  responsiblePost: 'powers.f.post', supervisionPhone: 'powers.f.phone', risk: 'powers.riskTitle',
};
const POLICY_LABELS = {
  title: 'ed.f.title', docNumber: 'policy.f.docNumber', issuer: 'policy.f.issuer', category: 'policy.f.category', issuedOn: 'policy.f.issuedOn',
  effectiveOn: 'policy.f.effectiveOn', repealedOn: 'policy.f.repealedOn', body: 'policy.body',
};

function fieldLabel(kind, name) {
  const key = (kind === 'power' ? POWER_LABELS : POLICY_LABELS)[name];
  return key ? t(key) : name;
}
