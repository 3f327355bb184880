// Following a complaint by tracking number and access code: status, timeline, reply, and the due
// date with the working days that make it up.
import { api, query } from '../api.js';
import { add, h } from '../dom.js';
import { formatDate, formatDateTime, t } from '../i18n.js';
import { breadcrumb, errorBox, facts, field, setFieldError, stepNote } from '../ui.js';
import { followUp, supplements } from './followup.js';
import { rating } from './rating.js';

const ORDER = ['RECEIVED', 'ACCEPTED', 'ASSIGNED', 'REPLIED', 'CLOSED'];

export async function render(page, params) {
  const number = h('input', { required: true, maxlength: 20, autocomplete: 'off', value: params.get('n') || '', spellcheck: 'false' });
  const code = h('input', { required: true, maxlength: 64, autocomplete: 'off', spellcheck: 'false' });
  const result = h('div', { class: 'track-result', 'aria-live': 'polite' });
  const form = h('form', { novalidate: true, class: 'track-form', onsubmit: async (event) => {
    event.preventDefault();
    // Both are printed in capitals, grouped for reading; typed any way, they mean the same.
    const n = number.value.replace(/\s+/g, '').toUpperCase();
    const c = code.value.replace(/\s+/g, '').toUpperCase();
    setFieldError(number, n ? null : t('track.v.number'));
    setFieldError(code, c ? null : t('track.v.code'));
    if (!n || !c) {
      (n ? code : number).focus();
      return;
    }
    result.replaceChildren(h('p', { role: 'status' }, t('loading')));
    try {
      // The access code travels in a header, never in the address bar or history.
      const complaint = await api('/api/complaints/' + encodeURIComponent(n), { headers: { 'X-Access-Code': c } });
      result.replaceChildren(...await view(complaint, c, result));
      const heading = result.querySelector('h2');
      heading.setAttribute('tabindex', '-1');
      heading.focus();
    } catch (error) {
      result.replaceChildren(errorBox(error));
    }
  } },
  field({ id: 'trackingNumber', label: t('track.f.number'), control: number, hint: t('track.h.number') }),
  field({ id: 'accessCode', label: t('track.f.code'), control: code, hint: t('track.h.code') }),
  h('div', { class: 'actions' }, h('button', { type: 'submit' }, t('track.submit'))));

  add(page, breadcrumb([t('nav.home'), '#/'], [t('nav.track')]), h('h1', {}, t('track.title')), h('p', { class: 'lead' }, t('track.lead')), form, result);
  return t('track.title');
}

async function view(complaint, accessCode, result, notice) {
  const redraw = async (changed, message) => {
    result.replaceChildren(...await view(changed, accessCode, result, message));
    result.querySelector('.notice').focus();
  };
  // The latest reply; older ones (before a reopening) stay in the timeline.
  const reply = (complaint.replies || []).at(-1);
  const reached = ORDER.indexOf(complaint.status);
  const progress = h('ol', { class: 'progress' }, ORDER.map((status, index) => h('li', {
    class: index < reached ? 'done' : index === reached ? 'current' : 'todo',
    'aria-current': index === reached ? 'step' : null,
  }, h('span', { 'aria-hidden': 'true' }, index < reached ? '✓' : index === reached ? '●' : '○'), ' ', t(`status.${status}`))));
  const nodes = [
    h('h2', {}, complaint.subject),
    h('p', { class: 'meta' }, h('span', { class: `badge status status-${complaint.status}` }, t('track.status'), t(`status.${complaint.status}`))),
    reached >= 0 ? progress : null,
    facts([
      [t('track.f.number'), complaint.trackingNumber], [t('track.type'), t(`complaint.type.${complaint.type}`)],
      [t('track.received'), formatDateTime(complaint.receivedAt)], [t('track.due'), formatDateTime(complaint.dueAt)],
      [t('track.limit'), t(complaint.replyLimitUnit === 'WORKING' ? 'limit.working' : 'limit.calendar', complaint.replyLimitDays)]]),
    notice ? h('p', { class: 'notice', role: 'status', tabindex: -1 }, notice) : null,
    h('section', {}, h('h3', {}, t('track.reply')), reply ? h('blockquote', { class: 'reply pre' }, reply.text) : h('p', {}, t('track.noReply'))),
    rating(complaint, accessCode, redraw),
    followUp(complaint, accessCode, redraw),
    supplements(complaint),
    h('section', {}, h('h3', {}, t('track.timeline')), h('ol', { class: 'timeline' }, (complaint.timeline || []).map((step) =>
      h('li', {}, h('time', { datetime: step.at }, formatDateTime(step.at)), h('strong', {}, t(`action.${step.action}`, step.action)),
        step.note ? h('p', {}, stepNote(step)) : null)))),
  ];
  nodes.push(await dueExplanation(complaint));
  nodes.push(h('section', {}, h('h3', {}, t('track.content')), h('p', { class: 'pre' }, complaint.content)));
  return nodes.filter(Boolean);
}

/** Why the due date is that day: the calendar service counts the working days again, showing its work. */
async function dueExplanation(complaint) {
  const limit = complaint.replyLimitUnit === 'WORKING' ? { workingDays: complaint.replyLimitDays } : { calendarDays: complaint.replyLimitDays };
  const box = h('section', { class: 'due-why' }, h('h3', {}, t('track.why')));
  try {
    const due = await api('/api/calendar/due-date' + query({ from: complaint.receivedAt, ...limit }));
    box.append(explain(due, complaint.replyLimitDays, complaint.replyLimitUnit === 'WORKING'));
  } catch (error) {
    box.append(errorBox(error));
  }
  return box;
}

/** The explanation of one due date, shared with the deadline calculator. */
export function explain(due, days, working) {
  const parts = [h('p', {}, working ? t('due.ruleWorking', days) : t('due.ruleCalendar', days)),
    h('p', { class: 'due-date' }, t('due.result'), h('strong', {}, formatDateTime(due.due)))];
  if (due.workingDaysCounted && due.workingDaysCounted.length) {
    parts.push(h('h4', {}, t('due.counted', due.workingDaysCounted.length)),
      h('ol', { class: 'days' }, due.workingDaysCounted.map((day) => h('li', {}, formatDate(day, true)))));
  }
  if (due.skipped && due.skipped.length) {
    parts.push(h('h4', {}, t('due.skipped', due.skipped.length)),
      h('ul', { class: 'days skipped' }, due.skipped.map((day) => h('li', {}, formatDate(day.date, true), '：', day.reason))));
  }
  if (due.estimated) parts.push(h('p', { class: 'warning' }, t('due.estimated', (due.missingYears || []).join('、'))));
  return h('div', {}, parts);
}
