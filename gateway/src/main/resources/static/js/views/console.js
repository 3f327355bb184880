// Staff console: the complaint queue (soonest due first) and the live warning feed, each shown only to
// the roles the services let through (complaint-service refuses the rest anyway).
import { query } from '../api.js';
import { add, announce, h } from '../dom.js';
import { formatDateTime, t } from '../i18n.js';
import { breadcrumb, errorBox, field, loading, pager } from '../ui.js';
import { navigate } from '../app.js';
import { COMPLAINT_ROLES, WARNING_ROLES, levelBadge, signInFirst, staff, staffApi, statusBadge, urgencyBadge } from '../staff.js';
import { accessToken, staffSession } from '../session.js';

const STATUSES = ['RECEIVED', 'ACCEPTED', 'ASSIGNED', 'REPLIED', 'CLOSED', 'REJECTED', 'WITHDRAWN'];
const PAGE_SIZE = 20;

/** The one warning stream of the page shown; a new render or leaving the page stops it. */
let live = null;

export async function render(page, params) {
  if (live) live.abort();
  add(page, breadcrumb([t('nav.home'), '#/'], [t('console.title')]), h('h1', {}, t('console.title')));
  const me = staff();
  if (!me) {
    add(page, signInFirst());
    return t('console.title');
  }
  add(page, h('p', { class: 'meta who' }, t('console.who', me.name, me.username),
    me.roles.length ? h('span', {}, t('console.roles', me.roles.map((role) => t(`role.${role}`)).join(t('list.join')))) : null,
    me.department ? h('span', {}, t('console.department', me.department)) : null,
    h('a', { href: '#/staff' }, t('console.account'))));
  const canQueue = me.has(...COMPLAINT_ROLES);
  const canWarn = me.has(...WARNING_ROLES);
  if (!canQueue && !canWarn) {
    add(page, h('p', { class: 'warning' }, t('console.noRole')));
    return t('console.title');
  }
  const layout = h('div', { class: canQueue && canWarn ? 'console-grid' : 'console-single' });
  add(page, layout);
  const work = [];
  if (canQueue) {
    const section = h('section', { class: 'queue-section', 'aria-labelledby': 'queue-title' });
    layout.append(section);
    work.push(queue(section, me, params));
  }
  if (canWarn) {
    const section = h('section', { class: 'warnings-section', 'aria-labelledby': 'warnings-title' });
    layout.append(section);
    work.push(warnings(section, me, params));
  }
  await Promise.all(work);
  return t('console.title');
}

async function queue(section, me, params) {
  const status = STATUSES.includes(params.get('status')) ? params.get('status') : '';
  const overdue = params.get('overdue') === 'true';
  const page = Math.max(0, Number.parseInt(params.get('page'), 10) || 0);
  const statusSelect = h('select', {}, h('option', { value: '' }, t('console.allStatuses')),
    STATUSES.map((s) => h('option', { value: s, selected: s === status }, t(`status.${s}`))));
  const overdueBox = h('input', { type: 'checkbox', id: 'queue-overdue', checked: overdue });
  const filters = h('form', { class: 'filters queue-filters', onsubmit: (event) => {
    event.preventDefault();
    navigate('#/console' + query({ status: statusSelect.value, overdue: overdueBox.checked ? 'true' : '', warnings: params.get('warnings') }), true);
  } },
  field({ id: 'queue-status', label: t('console.status'), control: statusSelect }),
  h('div', { class: 'check' }, overdueBox, h('label', { for: 'queue-overdue' }, t('console.onlyOverdue'))),
  h('div', { class: 'actions' }, h('button', { type: 'submit' }, t('console.filter'))));
  const list = h('div', { 'aria-live': 'polite' }, loading());
  add(section, h('h2', { id: 'queue-title' }, t('console.queue')), h('p', { class: 'hint' }, t('console.queueHint')), filters, list);
  try {
    const result = await staffApi('/api/complaints' + query({ status, overdue: overdue ? 'true' : '', page, size: PAGE_SIZE }));
    if (!result.items.length) {
      list.replaceChildren(h('p', {}, t('console.queueEmpty')));
      return;
    }
    list.replaceChildren(h('p', { class: 'summary' }, t('console.queueCount', result.total)),
      h('ol', { class: 'queue' }, result.items.map((item) => h('li', { class: 'queue-item' },
        h('div', { class: 'queue-head' }, urgencyBadge(item), statusBadge(item.status),
          h('a', { href: `#/console/complaints/${item.trackingNumber}`, class: 'tracking' }, item.trackingNumber)),
        h('p', { class: 'queue-subject' }, item.subject),
        h('p', { class: 'meta' },
          h('span', {}, t(`complaint.type.${item.type}`)),
          h('span', {}, t('console.received', formatDateTime(item.receivedAt))),
          item.dueAt ? h('span', {}, t('console.due', formatDateTime(item.dueAt))) : null,
          item.assignedDepartment ? h('span', {}, t('console.assignedTo', item.assignedDepartment, item.handler || '')) : h('span', {}, t('console.unassigned')))))),
      pager(page, PAGE_SIZE, result.total, (p) => '#/console' + query({ status, overdue: overdue ? 'true' : '', page: p })));
  } catch (error) {
    list.replaceChildren(errorBox(error));
  }
}

async function warnings(section, me, params) {
  const showAll = params.get('warnings') === 'all';
  const state = h('p', { class: 'feed-state', role: 'status' }, t('console.feed.connecting'));
  const list = h('ul', { class: 'warnings' });
  const toggle = h('a', { href: '#/console' + query({ status: params.get('status'), overdue: params.get('overdue'), warnings: showAll ? '' : 'all' }) },
    showAll ? t('console.warnings.open') : t('console.warnings.all'));
  add(section, h('h2', { id: 'warnings-title' }, t('console.warnings')), h('p', { class: 'hint' }, t('console.warningsHint')), state,
    h('p', {}, toggle), list);
  const shown = new Set();
  const show = (warning, fresh) => {
    if (shown.has(warning.id)) return;
    shown.add(warning.id);
    list.querySelector('.empty')?.remove();
    const item = warningItem(me, warning, fresh);
    if (fresh) list.prepend(item);
    else list.append(item);
  };
  try {
    const result = await staffApi('/api/complaints/warnings' + query({ acknowledged: showAll ? '' : 'false', size: 50 }));
    result.items.forEach((warning) => show(warning, false));
    if (!result.items.length) list.append(h('li', { class: 'empty' }, t('console.warnings.none')));
  } catch (error) {
    section.append(errorBox(error));
  }
  const controller = new AbortController();
  live = controller;
  window.addEventListener('hashchange', () => controller.abort(), { once: true });
  follow(controller, section, (warning) => {
    show(warning, true);
    announce(t('console.feed.new', t(`console.level.${warning.level}`), warning.trackingNumber));
  }, (key, ...args) => { state.textContent = t(`console.feed.${key}`, ...args); state.dataset.state = key; });
}

function warningItem(me, warning, fresh) {
  const item = h('li', { class: `warning-item level-${warning.level}`, 'data-tracking-number': warning.trackingNumber, 'data-warning-id': warning.id },
    h('div', { class: 'queue-head' }, levelBadge(warning.level), fresh ? h('span', { class: 'badge fresh' }, t('console.warnings.fresh')) : null,
      warning.occurrence > 1 ? h('span', {}, t('console.warnings.occurrence', warning.occurrence)) : null,
      h('a', { href: `#/console/complaints/${warning.trackingNumber}`, class: 'tracking' }, warning.trackingNumber)),
    h('p', { class: 'meta' }, h('span', {}, t('console.warnings.raised', formatDateTime(warning.raisedAt))),
      warning.dueAt ? h('span', {}, t(warning.level === 'ACCEPTANCE' ? 'console.acceptDue' : 'console.due', formatDateTime(warning.dueAt))) : null,
      warning.department ? h('span', {}, t('console.assignedTo', warning.department, warning.handler || '')) : null),
    warning.recipients && warning.recipients.length ? h('p', { class: 'meta' }, t('console.warnings.to',
      warning.recipients.map((r) => t('console.recipient', r.username, t(`console.recipient.${r.role}`))).join(t('list.join')))) : null);
  item.append(warning.acknowledged ? acknowledged(warning) : ackForm(me, warning));
  return item;
}

function acknowledged(warning) {
  return h('p', { class: 'acked' }, h('span', { 'aria-hidden': 'true' }, '✓ '),
    t('console.ack.done', warning.acknowledgedBy, formatDateTime(warning.acknowledgedAt)), warning.note ? `：${warning.note}` : '');
}

function ackForm(me, warning) {
  const note = h('textarea', { rows: 2, maxlength: 500 });
  const message = h('div', { 'aria-live': 'polite' });
  const button = h('button', { type: 'submit', class: 'secondary' }, t('console.ack.submit'));
  const form = h('form', { class: 'ack-form', novalidate: true, onsubmit: async (event) => {
    event.preventDefault();
    button.disabled = true;
    try {
      const done = await staffApi(`/api/complaints/warnings/${encodeURIComponent(warning.id)}/ack`,
        { method: 'POST', body: { note: note.value.trim() || null } });
      form.replaceWith(acknowledged(done));
      announce(t('console.ack.announce', warning.trackingNumber));
    } catch (error) {
      button.disabled = false;
      message.replaceChildren(errorBox(error));
    }
  } },
  field({ id: `ack-note-${warning.id}`, label: t('console.ack.note'), control: note, optional: true }),
  h('div', { class: 'actions' }, button), message);
  return form;
}

/**
 * Follows the server-sent warning stream. EventSource cannot send the bearer token, so this reads the
 * stream with fetch(), parses the events itself and reconnects with Last-Event-ID (doubling the pause,
 * up to 30 s) until the page is left or the sign-in ends.
 */
async function follow(controller, section, onWarning, onState) {
  const { signal } = controller;
  let lastId = null;
  let pause = 1000;
  while (!signal.aborted) {
    onState('connecting');
    try {
      // A token renewed at each (re)connection: the stream outlives any one access token.
      const token = await accessToken();
      if (!token) {
        onState('expired');
        return;
      }
      const headers = { Accept: 'text/event-stream', Authorization: `Bearer ${token}` };
      if (lastId) headers['Last-Event-ID'] = lastId;
      const response = await fetch('/api/complaints/warnings/stream', { headers, signal, cache: 'no-store' });
      if (response.status === 401 || response.status === 403) {
        onState('refused');
        return;
      }
      if (!response.ok || !response.body) throw new Error(String(response.status));
      onState('live');
      pause = 1000;
      const reader = response.body.pipeThrough(new TextDecoderStream()).getReader();
      let buffer = '';
      for (;;) {
        const { value, done } = await reader.read();
        if (done) break;
        if (!section.isConnected) {
          controller.abort();
          return;
        }
        buffer += value.replace(/\r\n?/g, '\n');
        let end;
        while ((end = buffer.indexOf('\n\n')) >= 0) {
          const event = parseEvent(buffer.slice(0, end));
          buffer = buffer.slice(end + 2);
          if (event.id) lastId = event.id;
          if (event.event === 'warning' && event.data) onWarning(JSON.parse(event.data));
        }
      }
    } catch {
      // Aborted, or the connection dropped: decided below.
    }
    if (signal.aborted || !section.isConnected) return;
    if (!staffSession()) {
      onState('expired');
      return;
    }
    onState('retry', Math.round(pause / 1000));
    await new Promise((resolve) => {
      const timer = setTimeout(resolve, pause);
      signal.addEventListener('abort', () => { clearTimeout(timer); resolve(); }, { once: true });
    });
    pause = Math.min(pause * 2, 30000);
  }
}

/** One server-sent event block: its id, event name and data lines (comments ignored). */
function parseEvent(block) {
  const event = { id: null, event: 'message', data: null };
  const data = [];
  for (const line of block.split('\n')) {
    if (!line || line.startsWith(':')) continue;
    const colon = line.indexOf(':');
    const name = colon < 0 ? line : line.slice(0, colon);
    const value = colon < 0 ? '' : line.slice(colon + 1).replace(/^ /, '');
    if (name === 'id') event.id = value;
    else if (name === 'event') event.event = value;
    else if (name === 'data') data.push(value);
  }
  if (data.length) event.data = data.join('\n');
  return event;
}
