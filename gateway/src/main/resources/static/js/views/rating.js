// The complainant's rating of a reply on the tracking page (opened by the same access code), and the
// rating once given. "Dissatisfied" the first time reopens the complaint with a new deadline.
import { api, newKey } from '../api.js';
import { h } from '../dom.js';
import { formatDateTime, t } from '../i18n.js';
import { errorBox, field } from '../ui.js';

const GRADES = ['SATISFIED', 'BASICALLY_SATISFIED', 'DISSATISFIED'];

export function rating(complaint, accessCode, onRated) {
  const given = (complaint.timeline || []).filter((step) => step.action.startsWith('RATED_'));
  const section = h('section', { class: 'rating' }, h('h3', {}, t('rate.title')));
  for (const step of given) {
    const grade = step.action.slice('RATED_'.length);
    section.append(h('p', { class: 'rated' }, h('span', { 'aria-hidden': 'true' }, '✓ '),
      t('rate.given', t(`rating.${grade}`), formatDateTime(step.at))));
  }
  if (!complaint.canRate) {
    if (!given.length) return null;
    if (complaint.status === 'ASSIGNED') section.append(h('p', {}, t('rate.reopened', formatDateTime(complaint.dueAt))));
    return section;
  }
  const gradeError = h('p', { class: 'field-error', id: 'grade-error', hidden: true });
  const radios = GRADES.map((grade) => h('div', { class: 'check' },
    h('input', { type: 'radio', name: 'grade', id: `grade-${grade}`, value: grade, required: true, onchange: () => { gradeError.hidden = true; } }),
    h('label', { for: `grade-${grade}` }, t(`rating.${grade}`))));
  const comment = h('textarea', { rows: 3, maxlength: 1000 });
  const message = h('div', { 'aria-live': 'polite' });
  const button = h('button', { type: 'submit' }, t('rate.submit'));
  const form = h('form', { class: 'rating-form', novalidate: true, onsubmit: async (event) => {
    event.preventDefault();
    const chosen = form.querySelector('input[name=grade]:checked');
    gradeError.hidden = Boolean(chosen);
    gradeError.textContent = chosen ? '' : t('rate.v.grade');
    if (!chosen) {
      form.querySelector('input[name=grade]').focus();
      return;
    }
    button.disabled = true;
    try {
      const rated = await api(`/api/complaints/${encodeURIComponent(complaint.trackingNumber)}/rating`, {
        method: 'POST', body: { grade: chosen.value, comment: comment.value.trim() || null },
        headers: { 'X-Access-Code': accessCode, 'Idempotency-Key': newKey() },
      });
      await onRated(rated, rated.status === 'CLOSED' ? t('rate.thanksClosed') : t('rate.thanksReopened'));
    } catch (error) {
      button.disabled = false;
      message.replaceChildren(errorBox(error));
    }
  } },
  h('fieldset', { 'aria-describedby': 'grade-hint grade-error' }, h('legend', {}, t('rate.grade')),
    h('p', { class: 'hint', id: 'grade-hint' }, t('rate.hint')), radios, gradeError),
  field({ id: 'rating-comment', label: t('rate.comment'), control: comment, optional: true }),
  h('div', { class: 'actions' }, button), message);
  section.append(h('p', {}, t('rate.lead')), form);
  return section;
}
