// The two draft forms (power item, policy): controls keyed by the server's field paths, so a
// problem+json answer lands on the field it names ("steps[1].name", "risk.controls", "docNumber").
import { $, h } from './dom.js';
import { t } from './i18n.js';
import { field, setFieldError } from './ui.js';

export const POLICY_CATEGORIES = ['最新法规', '优惠政策', '办税指南', '问题解答'];
const CODE = /^[A-Z]{2,8}-\d{1,6}$/;
const PHONE = /^[0-9][0-9 -]{2,19}$/;
const DATE = /^\d{4}-\d{2}-\d{2}$/;

const input = (attributes = {}) => h('input', { autocomplete: 'off', ...attributes });
const textarea = (rows, maxlength) => h('textarea', { rows, maxlength });
const select = (options, value) => h('select', {},
  options.map(([code, text]) => h('option', { value: code, selected: code === value }, text)));
const unitSelect = (value) => select([['WORKING', t('calc.working')], ['CALENDAR', t('calc.calendar')]], value || 'WORKING');

/**
 * A form for a draft. kind 'power' or 'policy'; content is the version's content (to edit) or null;
 * publishAt the version's scheduled publication, if any. Returns { form, controls, read(), check(), showErrors(errors) }.
 */
export function draftForm(kind, content, lookups, publishAt) {
  const made = kind === 'power' ? powerForm(content, lookups) : policyForm(content);
  return scheduled(made, publishAt);
}

/** An instant as the value of a datetime-local input, in Beijing time: "2026-11-27T09:30". */
function inBeijing(instant) {
  const parts = Object.fromEntries(new Intl.DateTimeFormat('en-GB', { timeZone: 'Asia/Shanghai', hourCycle: 'h23',
    year: 'numeric', month: '2-digit', day: '2-digit', hour: '2-digit', minute: '2-digit' })
    .formatToParts(new Date(instant)).map((part) => [part.type, part.value]));
  return `${parts.year}-${parts.month}-${parts.day}T${parts.hour}:${parts.minute}`;
}

/**
 * Optional scheduled publication (定时发布): published at that time once both reviews approved, instead of at
 * once. Entered and shown in the bureau's time (UTC+8), whatever the browser's zone.
 */
function scheduled(made, publishAt) {
  const control = input({ type: 'datetime-local', value: publishAt ? inBeijing(publishAt) : '' });
  made.controls.publishAt = control;
  made.form.append(h('fieldset', {}, h('legend', {}, t('ed.g.publication')),
    field({ id: 'ed-publishAt', label: t('ed.f.publishAt'), control, optional: true, hint: t('ed.h.publishAt') })));
  const read = made.read;
  const check = made.check;
  made.read = () => ({ ...read(), publishAt: control.value ? `${control.value}:00+08:00` : null });
  made.check = (draft) => {
    const errors = check(draft);
    if (draft.publishAt && !(Date.parse(draft.publishAt) > Date.now())) errors.publishAt = t('ed.v.publishAt');
    return errors;
  };
  return made;
}

function policyForm(content) {
  const c = content || {};
  const controls = {
    title: input({ maxlength: 200, value: c.title }),
    docNumber: input({ maxlength: 60, value: c.docNumber, placeholder: '湘中税发〔2026〕1号' }),
    issuer: input({ maxlength: 100, value: c.issuer || '湘中市税务局' }),
    issuedOn: input({ type: 'date', value: c.issuedOn }),
    effectiveOn: input({ type: 'date', value: c.effectiveOn }),
    category: select([['', t('complaint.choose')], ...POLICY_CATEGORIES.map((name) => [name, name])], c.category),
    body: textarea(14, 200000),
  };
  controls.body.value = c.body || '';
  const fields = [
    field({ id: 'ed-title', label: t('ed.f.title'), control: controls.title }),
    field({ id: 'ed-docNumber', label: t('policy.f.docNumber'), control: controls.docNumber, hint: t('ed.h.docNumber') }),
    field({ id: 'ed-issuer', label: t('policy.f.issuer'), control: controls.issuer }),
    h('div', { class: 'field-row' },
      field({ id: 'ed-issuedOn', label: t('policy.f.issuedOn'), control: controls.issuedOn }),
      field({ id: 'ed-effectiveOn', label: t('policy.f.effectiveOn'), control: controls.effectiveOn })),
    field({ id: 'ed-category', label: t('policy.f.category'), control: controls.category }),
    field({ id: 'ed-body', label: t('policy.body'), control: controls.body, hint: t('ed.h.body') }),
  ];
  const read = () => ({
    title: controls.title.value.trim(), docNumber: controls.docNumber.value.trim(), issuer: controls.issuer.value.trim(),
    issuedOn: controls.issuedOn.value, effectiveOn: controls.effectiveOn.value, category: controls.category.value,
    body: controls.body.value,
  });
  const check = (draft) => {
    const errors = {};
    for (const name of ['title', 'docNumber', 'issuer', 'category', 'body']) if (!draft[name].trim()) errors[name] = t('complaint.v.required');
    for (const name of ['issuedOn', 'effectiveOn']) if (!DATE.test(draft[name])) errors[name] = t('ed.v.date');
    if (!errors.effectiveOn && !errors.issuedOn && draft.effectiveOn < draft.issuedOn) errors.effectiveOn = t('ed.v.effectiveBefore');
    return errors;
  };
  return finish(fields, controls, read, check);
}

function powerForm(content, { categories = [], departments = [] }) {
  const c = content || {};
  const controls = {};
  const put = (path, control) => { controls[path] = control; return control; };
  const id = (path) => 'ed-' + path.replace(/[[\].]+/g, '-').replace(/-$/, '');
  const f = (path, label, control, extra = {}) => field({ id: id(path), label, control: put(path, control), ...extra });

  const basisRows = h('div', { class: 'repeat' });
  const stepRows = h('div', { class: 'repeat' });
  const addBasis = (law = {}) => {
    const n = basisRows.children.length;
    const text = textarea(3, 5000);
    text.value = law.text || '';
    basisRows.append(h('fieldset', { class: 'row' }, h('legend', {}, t('ed.basisN', n + 1)),
      f(`legalBasis[${n}].law`, t('ed.f.law'), input({ maxlength: 200, value: law.law, placeholder: '中华人民共和国税收征收管理法' })),
      f(`legalBasis[${n}].article`, t('ed.f.article'), input({ maxlength: 100, value: law.article, placeholder: '第六十条' }), { optional: true }),
      f(`legalBasis[${n}].text`, t('ed.f.lawText'), text, { optional: true })));
  };
  const addStep = (step = {}) => {
    const n = stepRows.children.length;
    stepRows.append(h('fieldset', { class: 'row' }, h('legend', {}, t('ed.stepN', n + 1)),
      f(`steps[${n}].name`, t('ed.f.stepName'), input({ maxlength: 100, value: step.name, placeholder: '受理' })),
      f(`steps[${n}].post`, t('powers.f.post'), input({ maxlength: 100, value: step.post }), { optional: true }),
      f(`steps[${n}].timeLimitDays`, t('ed.f.stepDays'), input({ type: 'number', min: 0, max: 365, inputmode: 'numeric', value: step.timeLimitDays }), { optional: true })));
  };
  (c.legalBasis && c.legalBasis.length ? c.legalBasis : [{}]).forEach(addBasis);
  (c.steps && c.steps.length ? c.steps : [{}]).forEach(addStep);

  const conditions = textarea(3, 5000);
  conditions.value = c.conditions || '';
  const materials = textarea(3, 5000);
  materials.value = (c.materials || []).join('\n');
  const riskDescription = textarea(3, 2000);
  riskDescription.value = (c.risk && c.risk.description) || '';
  const riskControls = textarea(3, 2000);
  riskControls.value = (c.risk && c.risk.controls) || '';
  const limit = (name, value) => [
    f(`${name}.days`, t(name === 'statutoryLimit' ? 'powers.f.statutory' : 'powers.f.committed') + t('ed.f.days'),
      input({ type: 'number', min: 0, max: 3650, inputmode: 'numeric', value: value && value.days }), { optional: name === 'committedLimit' }),
    f(`${name}.unit`, t(name === 'statutoryLimit' ? 'powers.f.statutory' : 'powers.f.committed') + t('ed.f.unit'), unitSelect(value && value.unit)),
  ];

  const fields = [
    h('fieldset', {}, h('legend', {}, t('ed.g.basic')),
      f('code', t('powers.f.code'), input({ maxlength: 16, value: c.code, placeholder: 'XZJL-0101', readonly: content ? true : null }),
        { hint: t('ed.h.code') }),
      f('name', t('ed.f.name'), input({ maxlength: 200, value: c.name })),
      f('category.code', t('powers.f.category'), select([['', t('complaint.choose')], ...categories.map((x) => [x.code, `${x.name}（${x.code}）`])],
        c.category && c.category.code)),
      f('subItem', t('ed.f.subItem'), input({ maxlength: 200, value: c.subItem }), { optional: true }),
      f('department.code', t('powers.f.department'), select([['', t('complaint.choose')], ...departments.map((d) => [d.code, d.name])],
        c.department && c.department.code)),
      f('responsiblePost', t('powers.f.post'), input({ maxlength: 100, value: c.responsiblePost })),
      f('supervisionPhone', t('powers.f.phone'), input({ type: 'tel', maxlength: 20, value: c.supervisionPhone, placeholder: '0738-12366' }))),
    h('fieldset', {}, h('legend', {}, t('powers.legalBasis')), basisRows,
      h('button', { type: 'button', class: 'secondary small', onclick: () => addBasis() }, t('ed.addBasis'))),
    h('fieldset', {}, h('legend', {}, t('powers.steps')), stepRows,
      h('button', { type: 'button', class: 'secondary small', onclick: () => addStep() }, t('ed.addStep'))),
    h('fieldset', {}, h('legend', {}, t('ed.g.limits')),
      h('div', { class: 'field-row' }, limit('statutoryLimit', c.statutoryLimit)),
      h('div', { class: 'field-row' }, limit('committedLimit', c.committedLimit)),
      f('fees', t('powers.f.fees'), input({ maxlength: 500, value: c.fees || '不收费' })),
      f('feeBasis', t('ed.f.feeBasis'), input({ maxlength: 1000, value: c.feeBasis }), { optional: true }),
      f('conditions', t('powers.conditions'), conditions, { optional: true }),
      f('materials', t('powers.materials'), materials, { optional: true, hint: t('ed.h.materials') })),
    h('fieldset', {}, h('legend', {}, t('powers.riskTitle')),
      f('risk.level', t('powers.risk'), select([['', t('complaint.choose')], ...['HIGH', 'MEDIUM', 'LOW'].map((l) => [l, t(`risk.${l}`)])],
        c.risk && c.risk.level)),
      f('risk.description', t('powers.f.riskPoint'), riskDescription),
      f('risk.controls', t('powers.f.controls'), riskControls),
      f('risk.watchedBy', t('powers.f.watchedBy'), input({ maxlength: 200, value: c.risk && c.risk.watchedBy }), { optional: true })),
  ];

  const value = (path) => (controls[path] ? controls[path].value.trim() : '');
  const number = (path) => (value(path) === '' ? null : Number(value(path)));
  const read = () => {
    const committedDays = number('committedLimit.days');
    return {
      code: value('code'), name: value('name'), category: { code: value('category.code') }, subItem: value('subItem') || null,
      legalBasis: [...basisRows.children].map((_, i) => ({
        law: value(`legalBasis[${i}].law`), article: value(`legalBasis[${i}].article`) || null, text: value(`legalBasis[${i}].text`) || null,
      })).filter((law, i) => i === 0 || law.law || law.article || law.text),
      steps: [...stepRows.children].map((_, i) => ({
        order: i + 1, name: value(`steps[${i}].name`), post: value(`steps[${i}].post`) || null, timeLimitDays: number(`steps[${i}].timeLimitDays`),
      })).filter((step, i) => i === 0 || step.name || step.post || step.timeLimitDays !== null),
      conditions: value('conditions') || null,
      materials: value('materials').split('\n').map((line) => line.trim()).filter(Boolean),
      statutoryLimit: { days: number('statutoryLimit.days'), unit: value('statutoryLimit.unit') },
      committedLimit: committedDays === null ? null : { days: committedDays, unit: value('committedLimit.unit') },
      fees: value('fees'), feeBasis: value('feeBasis') || null, department: { code: value('department.code') },
      responsiblePost: value('responsiblePost'), supervisionPhone: value('supervisionPhone'),
      risk: { level: value('risk.level'), description: value('risk.description'), controls: value('risk.controls'), watchedBy: value('risk.watchedBy') || null },
    };
  };
  const check = (draft) => {
    const errors = {};
    const required = (path, present) => { if (!present) errors[path] = t('complaint.v.required'); };
    if (!CODE.test(draft.code)) errors.code = t('ed.v.code');
    else if (draft.category.code && !draft.code.startsWith(draft.category.code + '-')) errors.code = t('ed.v.codeCategory', draft.category.code);
    required('name', draft.name);
    if (!draft.category.code) errors['category.code'] = t('ed.v.choose');
    if (!draft.department.code) errors['department.code'] = t('ed.v.choose');
    required('responsiblePost', draft.responsiblePost);
    if (!PHONE.test(draft.supervisionPhone)) errors.supervisionPhone = t('ed.v.phone');
    draft.legalBasis.forEach((law, i) => required(`legalBasis[${i}].law`, law.law));
    draft.steps.forEach((step, i) => {
      required(`steps[${i}].name`, step.name);
      if (step.timeLimitDays !== null && !(Number.isInteger(step.timeLimitDays) && step.timeLimitDays >= 0 && step.timeLimitDays <= 365)) {
        errors[`steps[${i}].timeLimitDays`] = t('ed.v.days', 365);
      }
    });
    const days = draft.statutoryLimit.days;
    if (days === null) errors['statutoryLimit.days'] = t('complaint.v.required');
    else if (!(Number.isInteger(days) && days >= 0 && days <= 3650)) errors['statutoryLimit.days'] = t('ed.v.days', 3650);
    if (draft.committedLimit && !(Number.isInteger(draft.committedLimit.days) && draft.committedLimit.days >= 0 && draft.committedLimit.days <= 3650)) {
      errors['committedLimit.days'] = t('ed.v.days', 3650);
    }
    required('fees', draft.fees);
    if (!draft.risk.level) errors['risk.level'] = t('ed.v.choose');
    required('risk.description', draft.risk.description);
    required('risk.controls', draft.risk.controls);
    return errors;
  };
  return finish(fields, controls, read, check);
}

function finish(fields, controls, read, check) {
  const summary = h('div', { class: 'error-summary', role: 'alert', tabindex: -1, hidden: true });
  const form = h('form', { novalidate: true, class: 'draft-form' }, summary, fields);
  form.addEventListener('input', (event) => {
    if (event.target.id && document.getElementById(`${event.target.id}-error`)) setFieldError(event.target, null);
  });
  /** Marks each field named in errors, lists them all at the top (links to the fields); true when any. */
  const showErrors = (errors, fallback) => {
    for (const control of Object.values(controls)) setFieldError(control, null);
    const names = Object.keys(errors);
    if (!names.length && !fallback) {
      summary.hidden = true;
      summary.replaceChildren();
      return false;
    }
    const items = names.map((name) => {
      const target = controls[name];
      if (target) setFieldError(target, errors[name]);
      const label = target ? $(`label[for="${target.id}"]`, form) : null;
      const text = `${label ? label.firstChild.textContent : name}：${errors[name]}`;
      return h('li', {}, target ? h('a', { href: '#' + target.id, onclick: (event) => { event.preventDefault(); target.focus(); } }, text) : text);
    });
    summary.replaceChildren(h('h2', {}, names.length ? t('complaint.errors', names.length) : fallback), items.length ? h('ul', {}, items) : null);
    summary.hidden = false;
    summary.focus();
    return true;
  };
  return { form, controls, read, check, showErrors };
}
