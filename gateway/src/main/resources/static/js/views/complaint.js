// Filing a complaint: the server's rules checked here first (same limits, same wording), then the
// receipt with the tracking number and the access code, shown this once.
import { api } from '../api.js';
import { $, add, announce, h } from '../dom.js';
import { formatDateTime, t } from '../i18n.js';
import { breadcrumb, field, setFieldError } from '../ui.js';

const TYPES = ['CONDUCT', 'SERVICE', 'RIGHTS', 'INTEGRITY_REPORT', 'SUGGESTION'];
const ID_WEIGHTS = [7, 9, 10, 5, 8, 4, 2, 1, 6, 3, 7, 9, 10, 5, 8, 4, 2];
const ID_CHECK = '10X98765432';

/** GB 11643: 17 digits and a check character, as complaint-service's @ResidentIdNumber. */
export function validIdNumber(value) {
  if (!/^\d{17}[\dXx]$/.test(value)) return false;
  let sum = 0;
  for (let i = 0; i < 17; i++) sum += Number(value[i]) * ID_WEIGHTS[i];
  return value[17].toUpperCase() === ID_CHECK[sum % 11];
}

/** The same rules as FileComplaintRequest and @ValidComplainant; returns { field: message }. */
export function validate(request) {
  const errors = {};
  if (!TYPES.includes(request.type)) errors.type = t('complaint.v.type');
  if (!request.subject.trim()) errors.subject = t('complaint.v.required');
  else if (request.subject.length > 100) errors.subject = t('complaint.v.tooLong', 100);
  if (!request.content.trim()) errors.content = t('complaint.v.required');
  else if (request.content.length > 5000) errors.content = t('complaint.v.tooLong', 5000);
  if (request.powerCode && !/^[A-Z]{2,8}-\d{1,6}$/.test(request.powerCode)) errors.powerCode = t('complaint.v.powerCode');
  if (!request.anonymous) {
    if (!request.name.trim()) errors.name = t('complaint.v.realName');
    else if (request.name.length > 40) errors.name = t('complaint.v.tooLong', 40);
    if (!request.phone.trim()) errors.phone = t('complaint.v.realName');
    else if (!/^1[3-9]\d{9}$/.test(request.phone)) errors.phone = t('complaint.v.phone');
    if (request.idNumber && !validIdNumber(request.idNumber)) errors.idNumber = t('complaint.v.idNumber');
  }
  return errors;
}

function newKey() {
  if (crypto.randomUUID) return crypto.randomUUID();
  return [...crypto.getRandomValues(new Uint8Array(16))].map((b) => b.toString(16).padStart(2, '0')).join('');
}

export async function render(page, params) {
  const departments = await api('/api/departments').catch(() => []);
  const control = {
    type: h('select', { required: true }, h('option', { value: '' }, t('complaint.choose')),
      TYPES.map((type) => h('option', { value: type }, t(`complaint.type.${type}`)))),
    department: h('select', {}, h('option', { value: '' }, t('complaint.noDepartment')),
      departments.map((d) => h('option', { value: d.code, selected: d.code === params.get('department') }, d.name))),
    powerCode: h('input', { maxlength: 20, autocomplete: 'off', value: params.get('powerCode') || '', placeholder: 'XZCF-0001' }),
    subject: h('input', { required: true, maxlength: 100, autocomplete: 'off' }),
    content: h('textarea', { required: true, maxlength: 5000, rows: 7 }),
    anonymous: h('input', { type: 'checkbox', 'aria-describedby': 'anonymous-explained' }),
    name: h('input', { maxlength: 40, autocomplete: 'name' }),
    phone: h('input', { type: 'tel', inputmode: 'numeric', maxlength: 11, autocomplete: 'tel' }),
    idNumber: h('input', { maxlength: 18, autocomplete: 'off', inputmode: 'text' }),
  };
  control.anonymous.id = 'anonymous';
  control.anonymous.name = 'anonymous';
  const counter = h('p', { class: 'hint counter', id: 'content-count', 'aria-live': 'off' }, t('complaint.count', 0, 5000));
  control.content.addEventListener('input', () => { counter.textContent = t('complaint.count', control.content.value.length, 5000); });

  const identity = h('fieldset', { class: 'identity' }, h('legend', {}, t('complaint.identity')),
    field({ id: 'name', label: t('complaint.f.name'), control: control.name }),
    field({ id: 'phone', label: t('complaint.f.phone'), control: control.phone, hint: t('complaint.h.phone') }),
    field({ id: 'idNumber', label: t('complaint.f.idNumber'), control: control.idNumber, optional: true, hint: t('complaint.h.idNumber') }));
  const syncIdentity = () => {
    identity.hidden = control.anonymous.checked;
    for (const name of ['name', 'phone', 'idNumber']) control[name].disabled = control.anonymous.checked;
  };
  control.anonymous.addEventListener('change', syncIdentity);

  const summary = h('div', { class: 'error-summary', role: 'alert', tabindex: -1, hidden: true });
  const submit = h('button', { type: 'submit' }, t('complaint.submit'));
  const form = h('form', { novalidate: true, class: 'complaint-form' },
    summary,
    field({ id: 'type', label: t('complaint.f.type'), control: control.type, hint: t('complaint.h.type') }),
    field({ id: 'department', label: t('complaint.f.department'), control: control.department, optional: true }),
    field({ id: 'powerCode', label: t('complaint.f.powerCode'), control: control.powerCode, optional: true, hint: t('complaint.h.powerCode') }),
    field({ id: 'subject', label: t('complaint.f.subject'), control: control.subject, hint: t('complaint.h.subject') }),
    field({ id: 'content', label: t('complaint.f.content'), control: control.content }),
    counter,
    h('fieldset', { class: 'anonymity' }, h('legend', {}, t('complaint.anonymity')),
      h('div', { class: 'check' }, control.anonymous, h('label', { for: 'anonymous' }, t('complaint.f.anonymous'))),
      h('p', { class: 'hint', id: 'anonymous-explained' }, t('complaint.anonymousExplained'))),
    identity,
    h('p', { class: 'hint' }, t('complaint.privacy')),
    h('div', { class: 'actions' }, submit));
  control.content.setAttribute('aria-describedby', control.content.getAttribute('aria-describedby') + ' content-count');

  // One key per distinct submission: a retry of the same text is recognised, an edited text is new.
  let key = null;
  form.addEventListener('input', () => { key = null; });
  // A field's message goes as soon as it is edited; the summary stays until the next submit.
  for (const [name, element] of Object.entries(control)) {
    if (name === 'anonymous') continue;
    element.addEventListener(element.localName === 'select' ? 'change' : 'input', () => setFieldError(element, null));
  }
  form.addEventListener('submit', async (event) => {
    event.preventDefault();
    const request = {
      type: control.type.value, subject: control.subject.value, content: control.content.value,
      department: control.department.value || null, powerCode: control.powerCode.value.trim() || null,
      anonymous: control.anonymous.checked, name: control.name.value, phone: control.phone.value.trim(), idNumber: control.idNumber.value.trim(),
    };
    const errors = validate(request);
    if (showErrors(form, control, summary, errors)) return;
    const body = { ...request };
    if (body.anonymous) {
      delete body.name; delete body.phone; delete body.idNumber;
    } else if (!body.idNumber) delete body.idNumber;
    key = key || newKey();
    submit.disabled = true;
    submit.textContent = t('complaint.sending');
    try {
      const filed = await api('/api/complaints', { method: 'POST', body, headers: { 'Idempotency-Key': key } });
      key = null;
      showReceipt(page, filed);
    } catch (error) {
      const fromServer = {};
      for (const fieldError of error.fieldErrors) fromServer[fieldError.field] = fieldError.message;
      if (!showErrors(form, control, summary, fromServer)) {
        summary.replaceChildren(h('p', {}, error.message));
        summary.hidden = false;
        summary.focus();
      }
    } finally {
      submit.disabled = false;
      submit.textContent = t('complaint.submit');
    }
  });

  add(page, 
    breadcrumb([t('nav.home'), '#/'], [t('nav.complaint')]),
    h('h1', {}, t('complaint.title')),
    h('p', { class: 'lead' }, t('complaint.lead')),
    h('p', {}, t('complaint.required')),
    form);
  syncIdentity();
  return t('complaint.title');
}

/** Marks each field in error and lists them at the top; true when there were errors. */
function showErrors(form, control, summary, errors) {
  for (const name of Object.keys(control)) if (name !== 'anonymous') setFieldError(control[name], errors[name]);
  const names = Object.keys(errors);
  if (!names.length) {
    summary.hidden = true;
    summary.replaceChildren();
    return false;
  }
  summary.replaceChildren(h('h2', {}, t('complaint.errors', names.length)),
    h('ul', {}, names.map((name) => {
      const target = control[name];
      const label = target ? $(`label[for="${target.id}"]`, form) : null;
      const text = `${label ? label.firstChild.textContent : name}：${errors[name]}`;
      return h('li', {}, target ? h('a', { href: '#' + target.id, onclick: (event) => { event.preventDefault(); target.focus(); } }, text) : text);
    })));
  summary.hidden = false;
  summary.focus();
  return true;
}

function showReceipt(page, filed) {
  const copyStatus = h('p', { class: 'hint', role: 'status' });
  const copy = (text) => async () => {
    try {
      await navigator.clipboard.writeText(text);
      copyStatus.textContent = t('receipt.copied');
    } catch {
      copyStatus.textContent = t('receipt.copyFailed');
    }
  };
  const both = `${t('receipt.number')}：${filed.trackingNumber}\n${t('receipt.code')}：${filed.accessCode}`;
  page.replaceChildren(
    breadcrumb([t('nav.home'), '#/'], [t('nav.complaint')]),
    h('section', { class: 'receipt', 'aria-labelledby': 'receipt-title' },
      h('h1', { id: 'receipt-title', tabindex: -1 }, t('receipt.title')),
      h('p', { class: 'warning' }, h('strong', {}, t('receipt.once'))),
      h('dl', { class: 'codes' },
        h('div', {}, h('dt', {}, t('receipt.number')), h('dd', { class: 'code', id: 'tracking-number' }, filed.trackingNumber),
          h('dd', { class: 'no-print' }, h('button', { type: 'button', class: 'secondary', onclick: copy(filed.trackingNumber) }, t('receipt.copyNumber')))),
        h('div', {}, h('dt', {}, t('receipt.code')), h('dd', { class: 'code', id: 'access-code' }, filed.accessCode.replace(/(.{5})(?=.)/g, '$1 ')),
          h('dd', { class: 'no-print' }, h('button', { type: 'button', class: 'secondary', onclick: copy(filed.accessCode) }, t('receipt.copyCode'))))),
      h('p', {}, t('receipt.due', formatDateTime(filed.dueAt))),
      h('div', { class: 'actions no-print' },
        h('button', { type: 'button', onclick: copy(both) }, t('receipt.copyBoth')),
        h('button', { type: 'button', class: 'secondary', onclick: () => window.print() }, t('receipt.print')),
        h('a', { class: 'button secondary', href: '#/track?n=' + encodeURIComponent(filed.trackingNumber) }, t('receipt.track'))),
      copyStatus));
  $('#receipt-title', page).focus();
  announce(t('receipt.title'));
}

