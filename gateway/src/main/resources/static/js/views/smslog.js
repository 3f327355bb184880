// SMS log for ADMIN and SUPERVISOR: messages with masked numbers (never their text), filters, paging,
// and the last 30 days' totals by status, template and priority.
import { query } from '../api.js';
import { add, h } from '../dom.js';
import { formatDateTime, t } from '../i18n.js';
import { breadcrumb, errorBox, loading, pager } from '../ui.js';
import { navigate } from '../app.js';
import { consoleNav, may, refusal, rolesOf } from '../editorial-api.js';
import { staffRequest } from '../staff.js';
import { staffSession } from '../session.js';

const STATUSES = ['QUEUED', 'SENDING', 'SUBMITTED', 'DELIVERED', 'FAILED', 'EXPIRED'];
const PAGE_SIZE = 20;

export async function render(page, params) {
  const title = t('smslog.title');
  const session = staffSession();
  add(page, breadcrumb([t('nav.home'), '#/'], [t('signin.title'), '#/staff'], [title]), h('h1', {}, title));
  if (!session || !may.smsLog(rolesOf(session))) {
    refusal(page, Boolean(session));
    return title;
  }
  const filter = { status: params.get('status') || '', template: params.get('template') || '' };
  const current = Math.max(0, parseInt(params.get('page') || '0', 10) || 0);
  const hrefFor = (changes) => '#/sms' + query({ ...filter, ...changes });
  add(page, consoleNav(session), h('p', { class: 'lead' }, t('smslog.lead')));

  const templates = await staffRequest('/api/sms/templates').then((r) => r.body).catch(() => []);
  const statusSelect = h('select', { id: 'sms-status', name: 'status' }, h('option', { value: '' }, t('powers.all')),
    STATUSES.map((s) => h('option', { value: s, selected: s === filter.status }, t(`smslog.status.${s}`))));
  const templateSelect = h('select', { id: 'sms-template', name: 'template' }, h('option', { value: '' }, t('powers.all')),
    templates.map((tpl) => h('option', { value: tpl.code, selected: tpl.code === filter.template }, `${tpl.code}${tpl.description ? '（' + tpl.description + '）' : ''}`)));
  const form = h('form', { class: 'filters sms-filters', onsubmit: (event) => {
    event.preventDefault();
    navigate(hrefFor({ status: statusSelect.value, template: templateSelect.value, page: '' }), true);
  } },
  h('div', { class: 'field' }, h('label', { for: 'sms-status' }, t('smslog.col.status')), statusSelect),
  h('div', { class: 'field' }, h('label', { for: 'sms-template' }, t('smslog.col.template')), templateSelect),
  h('div', { class: 'actions' }, h('button', { type: 'submit' }, t('powers.apply')), h('a', { href: '#/sms', class: 'button secondary' }, t('powers.reset'))));

  const stats = h('section', { class: 'sms-stats' }, h('h2', {}, t('smslog.stats')), loading());
  const log = h('section', { class: 'sms-log', 'aria-live': 'polite' }, h('h2', {}, t('smslog.messages')), form, loading());
  add(page, stats, log);

  const [statsResult, messagesResult] = await Promise.allSettled([
    staffRequest('/api/sms/stats'),
    staffRequest('/api/sms/messages' + query({ ...filter, page: current, size: PAGE_SIZE }))]);
  stats.lastChild.remove();
  if (statsResult.status === 'fulfilled') add(stats, statsView(statsResult.value.body));
  else add(stats, errorBox(statsResult.reason));
  log.lastChild.remove();
  if (messagesResult.status === 'fulfilled') {
    const result = messagesResult.value.body;
    add(log, h('p', { class: 'summary' }, t('smslog.total', result.totalElements)),
      result.content.length ? messageTable(result.content) : h('p', {}, t('smslog.none')),
      pager(result.page, result.size, result.totalElements, (p) => hrefFor({ page: p || '' })));
  } else add(log, errorBox(messagesResult.reason));
  return title;
}

function messageTable(messages) {
  const cols = ['created', 'template', 'phone', 'priority', 'status', 'segments', 'attempts', 'finished', 'failure'];
  return h('div', { class: 'table-wrap' }, h('table', { class: 'work sms' },
    h('thead', {}, h('tr', {}, cols.map((col) => h('th', { scope: 'col' }, t(`smslog.col.${col}`))))),
    h('tbody', {}, messages.map((m) => h('tr', {},
      h('td', {}, formatDateTime(m.createdAt)),
      h('td', {}, `${m.templateCode} v${m.templateVersion}`),
      h('td', { class: 'phone' }, m.phone),
      h('td', {}, t(`smslog.priority.${m.priority}`)),
      h('td', {}, h('span', { class: `badge sms-${m.status}` }, t(`smslog.status.${m.status}`))),
      h('td', { class: 'num' }, String(m.segments)),
      h('td', { class: 'num' }, String(m.attempts)),
      h('td', {}, m.finishedAt ? formatDateTime(m.finishedAt) : '—'),
      h('td', {}, m.failureReason || m.lastError || '—'))))));
}

function statsView(stats) {
  const table = (caption, entries, label) => h('table', { class: 'work counts' }, h('caption', {}, caption),
    h('thead', {}, h('tr', {}, h('th', { scope: 'col' }, label), h('th', { scope: 'col' }, t('smslog.messagesCount')), h('th', { scope: 'col' }, t('smslog.col.segments')))),
    h('tbody', {}, Object.entries(entries || {}).map(([key, counts]) => h('tr', {},
      h('th', { scope: 'row' }, key), h('td', { class: 'num' }, String(counts.messages)), h('td', { class: 'num' }, String(counts.segments))))));
  const named = (entries, prefix) => Object.fromEntries(Object.entries(entries || {}).map(([key, value]) => [t(`${prefix}.${key}`), value]));
  return h('div', {},
    h('p', { class: 'hint' }, t('smslog.period', formatDateTime(stats.from), formatDateTime(stats.to))),
    h('ul', { class: 'cards totals' },
      h('li', { class: 'card' }, h('p', {}, t('smslog.messagesCount')), h('p', { class: 'card-count' }, String(stats.messages))),
      h('li', { class: 'card' }, h('p', {}, t('smslog.col.segments')), h('p', { class: 'card-count' }, String(stats.segments))),
      ['DELIVERED', 'FAILED'].map((s) => h('li', { class: 'card' }, h('p', {}, t(`smslog.status.${s}`)),
        h('p', { class: 'card-count' }, String(((stats.byStatus || {})[s] || { messages: 0 }).messages))))),
    h('div', { class: 'table-wrap counts-grid' },
      table(t('smslog.byStatus'), named(stats.byStatus, 'smslog.status'), t('smslog.col.status')),
      table(t('smslog.byTemplate'), stats.byTemplate, t('smslog.col.template')),
      table(t('smslog.byPriority'), named(stats.byPriority, 'smslog.priority'), t('smslog.col.priority'))));
}
