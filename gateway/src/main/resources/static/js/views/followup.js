// What the complainant can still do while the bureau handles the complaint, on the tracking page: add
// information (which also restarts a clock stopped for it) and withdraw. The server says which is open.
import { api, newKey } from '../api.js';
import { h } from '../dom.js';
import { formatDateTime, t } from '../i18n.js';
import { confirmation, errorBox, field, setFieldError } from '../ui.js';

const MAX_TEXT = 5000;

/** The complainant's own additions, shown back to them. */
export function supplements(complaint) {
  const given = complaint.supplements || [];
  if (!given.length) return null;
  return h('section', { class: 'supplements' }, h('h3', {}, t('follow.given')),
    h('ul', { class: 'plain' }, given.map((supplement) => h('li', {},
      h('time', { datetime: supplement.at }, formatDateTime(supplement.at)), h('p', { class: 'pre' }, supplement.text)))));
}

/** onChanged(complaint, notice) redraws the page with the complaint as the step left it. */
export function followUp(complaint, accessCode, onChanged) {
  if (!complaint.canSupplement && !complaint.canWithdraw) return null;
  const step = (path, body, key) => api(`/api/complaints/${encodeURIComponent(complaint.trackingNumber)}/${path}`, {
    method: 'POST', body, headers: { 'X-Access-Code': accessCode, 'Idempotency-Key': key },
  });
  return h('section', { class: 'follow-up' }, h('h3', {}, t('follow.title')),
    complaint.canSupplement ? supplementForm(step, onChanged) : null,
    complaint.canWithdraw ? withdrawal(step, onChanged) : null);
}

function supplementForm(step, onChanged) {
  const text = h('textarea', { rows: 4, maxlength: MAX_TEXT });
  const message = h('div', { 'aria-live': 'polite' });
  const button = h('button', { type: 'submit', class: 'secondary' }, t('follow.submit'));
  // A retry of the same text (say after a lost answer) reuses its key, so it is added once; other text is another step.
  let attempt = { body: null, key: null };
  const form = h('form', { class: 'supplement-form', novalidate: true, onsubmit: async (event) => {
    event.preventDefault();
    const value = text.value.trim();
    const problem = !value ? t('follow.v.required') : value.length > MAX_TEXT ? t('complaint.v.tooLong', MAX_TEXT) : null;
    setFieldError(text, problem);
    if (problem) {
      text.focus();
      return;
    }
    if (attempt.body !== value) attempt = { body: value, key: newKey() };
    button.disabled = true;
    message.replaceChildren();
    try {
      await onChanged(await step('supplements', { text: value }, attempt.key), t('follow.added'));
    } catch (error) {
      button.disabled = false;
      const textError = (error.fieldErrors || []).find((e) => e.field === 'text');
      if (textError) setFieldError(text, textError.message);
      message.replaceChildren(errorBox(error));
    }
  } },
  field({ id: 'supplement-text', label: t('follow.text'), control: text, hint: t('follow.hint') }),
  h('div', { class: 'actions' }, button), message);
  return form;
}

/** Withdrawing cannot be undone, so it asks once more on the page before it is sent. */
function withdrawal(step, onChanged) {
  const key = newKey();
  const message = h('div', { 'aria-live': 'polite' });
  const start = h('button', { type: 'button', class: 'secondary', onclick: () => asking.ask(t('follow.question')) },
    t('follow.withdraw'));
  const asking = confirmation({
    id: 'withdraw-question', confirmLabel: t('follow.confirm'), cancelLabel: t('follow.cancel'),
    onToggle: (asked) => {
      start.hidden = asked;
      if (!asked) start.focus();
    },
    onConfirm: async () => {
      message.replaceChildren();
      try {
        await onChanged(await step('withdraw', undefined, key), t('follow.withdrawn'));
      } catch (error) {
        message.replaceChildren(errorBox(error));
      }
    },
  });
  return h('div', { class: 'withdrawal' }, h('h4', {}, t('follow.withdrawTitle')), h('p', { class: 'hint' }, t('follow.withdrawLead')),
    start, asking.box, message);
}
