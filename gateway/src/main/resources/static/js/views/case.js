// One complaint in the staff console: its facts, content, replies, ratings and timeline, and the
// handling steps this staff member may take now (accept, reject, assign/reassign, reply, close, stop
// and restart the clock), and unsealing a real-name complainant's identity for those allowed to.
// Each step is sent with If-Match (the version shown), so a complaint changed meanwhile is refused
// instead of overwritten, and with an Idempotency-Key, so a retried click is applied once.
import { api, newKey } from '../api.js';
import { add, announce, h } from '../dom.js';
import { formatDateTime, t } from '../i18n.js';
import { breadcrumb, errorBox, facts, field, setFieldError, stepNote } from '../ui.js';
import { signInFirst, staff, staffApi, statusBadge, urgencyBadge } from '../staff.js';

export async function render(page, params, trackingNumber) {
  add(page, breadcrumb([t('nav.home'), '#/'], [t('console.title'), '#/console'], [trackingNumber]));
  const me = staff();
  if (!me) {
    add(page, h('h1', {}, trackingNumber), signInFirst());
    return trackingNumber;
  }
  const [view, departments] = await Promise.all([
    staffApi(`/api/complaints/${encodeURIComponent(trackingNumber)}/details`),
    api('/api/departments').catch(() => []),
  ]);
  const names = new Map(departments.map((d) => [d.code, d.name]));
  const body = h('div', { class: 'case' });
  const show = (current, notice) => {
    body.replaceChildren();
    add(body, sections(me, current, names, departments, show));
    if (notice) {
      body.prepend(h('p', { class: 'notice', role: 'status' }, notice));
      announce(notice);
    }
  };
  show(view);
  add(page, body);
  return view.subject;
}

function sections(me, view, names, departments, show) {
  const department = (code) => (code ? `${names.get(code) || code}（${code}）` : null);
  return [
    h('h1', {}, view.subject),
    h('p', { class: 'meta' }, h('span', { class: 'tracking' }, view.trackingNumber), statusBadge(view.status), urgencyBadge(view)),
    facts([
      [t('track.type'), t(`complaint.type.${view.type}`)],
      [t('case.channel'), t(`case.channel.${view.channel}`)],
      [t('track.received'), formatDateTime(view.receivedAt)],
      [t('case.acceptDue'), view.acceptedAt ? null : formatDateTime(view.acceptDueAt)],
      [t('case.accepted'), formatDateTime(view.acceptedAt)],
      [t('track.due'), formatDateTime(view.dueAt)],
      [t('track.limit'), t(view.replyLimitUnit === 'WORKING' ? 'limit.working' : 'limit.calendar', view.replyLimitDays)],
      [t('case.daysLeft'), view.workingDaysLeft == null ? null : String(view.workingDaysLeft)],
      [t('case.complainedAbout'), department(view.department)],
      [t('case.powerCode'), view.powerCode],
      [t('case.assignedDepartment'), department(view.assignedDepartment)],
      [t('case.handler'), view.handler],
      [t('case.complainant'), complainant(view.complainant)],
      [t('case.reopened'), view.reopenCount ? String(view.reopenCount) : null],
    ]),
    view.complainant && view.complainant.canUnseal ? unsealing(view) : null,
    h('section', {}, h('h2', {}, t('track.content')), h('p', { class: 'pre' }, view.content)),
    (view.supplements || []).length ? h('section', {}, h('h2', {}, t('case.supplements')), h('ul', { class: 'plain' }, view.supplements.map((s) =>
      h('li', {}, h('time', { datetime: s.at }, formatDateTime(s.at)), h('p', { class: 'pre' }, s.text))))) : null,
    (view.replies || []).length ? h('section', {}, h('h2', {}, t('case.replies')), view.replies.map((reply) => h('div', { class: 'reply-entry' },
      h('p', { class: 'meta' }, h('time', { datetime: reply.at }, formatDateTime(reply.at)), h('span', {}, reply.by),
        h('span', { class: `badge ${reply.onTime ? 'on-time' : 'late'}` }, reply.onTime ? t('case.onTime') : t('case.late'))),
      h('blockquote', { class: 'reply pre' }, reply.text)))) : null,
    (view.ratings || []).length ? h('section', {}, h('h2', {}, t('case.ratings')), h('ul', { class: 'plain' }, view.ratings.map((rating) =>
      h('li', {}, h('strong', {}, t(`rating.${rating.grade}`)), ' · ', h('time', { datetime: rating.at }, formatDateTime(rating.at)),
        rating.comment ? h('p', { class: 'pre' }, rating.comment) : null)))) : null,
    actions(me, view, departments, show),
    h('section', {}, h('h2', {}, t('track.timeline')), h('ol', { class: 'timeline' }, (view.timeline || []).map((step) =>
      h('li', {}, h('time', { datetime: step.at }, formatDateTime(step.at)), ' ', h('strong', {}, t(`action.${step.action}`)),
        step.actor ? h('span', { class: 'actor' }, ' · ', step.actor === 'PUBLIC' ? t('case.byComplainant') : step.actor) : null,
        step.note ? h('p', { class: 'pre' }, stepNote(step)) : null)))),
  ];
}

/**
 * The full name, phone and ID number, asked for with a reason. Each unseal is recorded on the complaint
 * and in the audit trail, so it is a deliberate step and never part of loading the page.
 */
function unsealing(view) {
  const reason = h('textarea', { rows: 2, maxlength: 500 });
  const button = h('button', { type: 'submit', class: 'secondary' }, t('case.unseal'));
  const result = h('div', { 'aria-live': 'polite' });
  const form = h('form', { class: 'step-form unseal-form', novalidate: true, onsubmit: async (event) => {
    event.preventDefault();
    const value = reason.value.trim();
    setFieldError(reason, value ? null : t('case.v.unsealReason'));
    if (!value) {
      reason.focus();
      return;
    }
    button.disabled = true;
    result.replaceChildren();
    try {
      const identity = await staffApi(`/api/complaints/${encodeURIComponent(view.trackingNumber)}/identity`,
        { method: 'POST', body: { reason: value } });
      // Focus moves to what replaced the form (its button is gone), so a keyboard user stays in place.
      const shown = h('div', { tabindex: -1, class: 'unsealed' }, facts([[t('case.unsealed.name'), identity.name],
        [t('case.unsealed.phone'), identity.phone], [t('case.unsealed.idNumber'), identity.idNumber || t('case.unsealed.none')]]));
      form.replaceWith(shown);
      shown.focus();
      announce(t('case.unsealed.done'));
    } catch (error) {
      button.disabled = false;
      result.replaceChildren(errorBox(error));
    }
  } },
  h('p', { class: 'hint' }, t('case.unsealLead')),
  field({ id: 'unseal-reason', label: t('case.f.unsealReason'), control: reason }),
  h('div', { class: 'actions' }, button), result);
  return h('section', { class: 'unseal' }, h('h2', {}, t('case.unsealTitle')), form);
}

function complainant(person) {
  if (!person) return null;
  if (person.identity === 'REAL_NAME') return [person.name, person.phone].filter(Boolean).join(' ');
  return t(`case.identity.${person.identity}`);
}

/** The steps the workflow allows this staff member now (complaint-service's Workflow decides again). */
function actions(me, view, departments, show) {
  const mine = me.has('HANDLER') && view.handler === me.username;
  const message = h('div', { class: 'action-message', 'aria-live': 'polite' });
  const forms = [];
  // One key per step and body while this version is shown: a retry after a lost answer gets the first
  // answer replayed instead of a 412; the page is drawn again (new keys) once a step went through.
  const keys = new Map();
  const keyFor = (action, body) => {
    const id = action + JSON.stringify(body ?? null);
    if (!keys.has(id)) keys.set(id, newKey());
    return keys.get(id);
  };
  const step = async (action, body, button, done) => {
    button.disabled = true;
    message.replaceChildren();
    try {
      const next = await staffApi(`/api/complaints/${encodeURIComponent(view.trackingNumber)}/${action}`,
        { method: 'POST', body, headers: { 'If-Match': `"${view.version}"`, 'Idempotency-Key': keyFor(action, body) } });
      show(next, done(next));
    } catch (error) {
      button.disabled = false;
      message.replaceChildren(errorBox(error));
    }
  };
  const simple = (action, label, done, secondary) => {
    const button = h('button', { type: 'button', class: secondary ? 'secondary' : null, onclick: () => step(action, undefined, button, done) }, label);
    return h('div', { class: 'actions' }, button);
  };
  /** A form with one required text and a submit button. */
  const withText = (action, id, label, submit, key, rows, max, done) => {
    const text = h('textarea', { rows, maxlength: max, required: true });
    const button = h('button', { type: 'submit' }, submit);
    return h('form', { class: `step-form step-${action}`, novalidate: true, onsubmit: (event) => {
      event.preventDefault();
      const value = text.value.trim();
      setFieldError(text, value ? null : t('complaint.v.required'));
      if (!value) {
        text.focus();
        return;
      }
      step(action, { [key]: value }, button, done);
    } }, field({ id, label, control: text }), h('div', { class: 'actions' }, button));
  };
  const assignForm = (reassign) => {
    const department = h('select', { required: true }, h('option', { value: '' }, t('complaint.choose')),
      departments.map((d) => h('option', { value: d.code, selected: reassign && d.code === view.assignedDepartment }, `${d.name}（${d.code}）`)));
    const handler = h('input', { required: true, maxlength: 64, autocomplete: 'off', spellcheck: 'false', value: reassign ? view.handler : '' });
    const button = h('button', { type: 'submit' }, reassign ? t('case.reassign') : t('case.assign'));
    return h('form', { class: 'step-form step-assign', novalidate: true, onsubmit: (event) => {
      event.preventDefault();
      setFieldError(department, department.value ? null : t('case.v.department'));
      setFieldError(handler, handler.value.trim() ? null : t('case.v.handler'));
      if (!department.value || !handler.value.trim()) return;
      step('assign', { department: department.value, handler: handler.value.trim() }, button,
        (next) => t('case.done.assigned', next.assignedDepartment, next.handler));
    } },
    h('h3', {}, reassign ? t('case.reassignTitle') : t('case.assignTitle')),
    field({ id: 'assign-department', label: t('case.f.department'), control: department }),
    field({ id: 'assign-handler', label: t('case.f.handler'), control: handler, hint: t('case.h.handler') }),
    h('div', { class: 'actions' }, button));
  };
  const clerkish = me.has('CLERK', 'SUPERVISOR');
  // Asking the complainant for missing information (补正) stops the clock; their answer or staff restart it.
  const clock = () => {
    if (!(me.has('CLERK', 'UNIT_HEAD', 'SUPERVISOR') || mine)) return [];
    if (view.suspendedAt) {
      const current = (view.suspensions || []).at(-1);
      return [h('h3', {}, t('case.resumeTitle')),
        h('p', {}, t('case.suspendedSince', formatDateTime(view.suspendedAt), current ? current.reason : '')),
        simple('resume', t('case.resume'), () => t('case.done.resumed'), true)];
    }
    return [h('h3', {}, t('case.suspendTitle')),
      withText('suspend', 'suspend-reason', t('case.f.suspendReason'), t('case.suspend'), 'reason', 3, 1000, () => t('case.done.suspended'))];
  };
  switch (view.status) {
    case 'RECEIVED':
      if (clerkish) {
        forms.push(simple('accept', t('case.accept'), () => t('case.done.accepted')),
          h('h3', {}, t('case.rejectTitle')),
          withText('reject', 'reject-reason', t('case.f.reason'), t('case.reject'), 'reason', 3, 1000, () => t('case.done.rejected')));
      }
      break;
    case 'ACCEPTED':
      if (clerkish) forms.push(assignForm(false));
      forms.push(...clock());
      break;
    case 'ASSIGNED':
      if ((me.has('UNIT_HEAD') || mine) && !view.suspendedAt) {
        forms.push(withText('reply', 'reply-text', t('case.f.reply'), t('case.reply'), 'text', 6, 5000, () => t('case.done.replied')));
      }
      if (me.has('SUPERVISOR', 'UNIT_HEAD')) forms.push(assignForm(true));
      forms.push(...clock());
      break;
    case 'REPLIED':
      if (me.has('CLERK', 'UNIT_HEAD', 'SUPERVISOR')) {
        forms.push(h('p', { class: 'hint' }, t('case.closeHint')), simple('close', t('case.close'), () => t('case.done.closed'), true));
      }
      break;
    default:
      break;
  }
  if (!forms.length) forms.push(h('p', {}, t('case.noActions')));
  return h('section', { class: 'case-actions', 'aria-labelledby': 'case-actions-title' },
    h('h2', { id: 'case-actions-title' }, t('case.actions')), forms, message);
}
