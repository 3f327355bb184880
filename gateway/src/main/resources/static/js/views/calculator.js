// The deadline calculator on /api/calendar/due-date: the same rule the bureau applies to complaints.
import { api, query } from '../api.js';
import { add, h } from '../dom.js';
import { t } from '../i18n.js';
import { breadcrumb, errorBox, field, setFieldError } from '../ui.js';
import { explain } from './track.js';

/** Now in Beijing time as a datetime-local value. */
function beijingNow() {
  const parts = Object.fromEntries(new Intl.DateTimeFormat('en-CA', {
    timeZone: 'Asia/Shanghai', year: 'numeric', month: '2-digit', day: '2-digit', hour: '2-digit', minute: '2-digit', hourCycle: 'h23',
  }).formatToParts(new Date()).map((p) => [p.type, p.value]));
  return `${parts.year}-${parts.month}-${parts.day}T${parts.hour}:${parts.minute}`;
}

export async function render(page) {
  const from = h('input', { type: 'datetime-local', required: true, value: beijingNow() });
  const days = h('input', { type: 'number', min: 0, max: 365, step: 1, required: true, value: 5, inputmode: 'numeric' });
  const working = h('input', { type: 'radio', name: 'unit', id: 'unit-working', value: 'WORKING', checked: true });
  const calendar = h('input', { type: 'radio', name: 'unit', id: 'unit-calendar', value: 'CALENDAR' });
  const result = h('div', { class: 'calc-result', 'aria-live': 'polite' });
  const form = h('form', { novalidate: true, onsubmit: async (event) => {
    event.preventDefault();
    const count = Number(days.value);
    const badFrom = !/^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}/.test(from.value);
    const badDays = days.value === '' || !Number.isInteger(count) || count < 0 || count > 365;
    setFieldError(from, badFrom ? t('calc.v.from') : null);
    setFieldError(days, badDays ? t('calc.v.days') : null);
    if (badFrom || badDays) return;
    const limit = working.checked ? { workingDays: count } : { calendarDays: count };
    try {
      // The form's time is Beijing time, whatever the visitor's own zone.
      const due = await api('/api/calendar/due-date' + query({ from: from.value.slice(0, 16) + ':00+08:00', ...limit }));
      result.replaceChildren(h('h2', {}, t('calc.result')), explain(due, count, working.checked));
    } catch (error) {
      result.replaceChildren(errorBox(error));
    }
  } },
  field({ id: 'from', label: t('calc.f.from'), control: from, hint: t('calc.h.from') }),
  field({ id: 'days', label: t('calc.f.days'), control: days }),
  h('fieldset', { class: 'radios' }, h('legend', {}, t('calc.f.unit')),
    h('div', { class: 'check' }, working, h('label', { for: 'unit-working' }, t('calc.working'))),
    h('div', { class: 'check' }, calendar, h('label', { for: 'unit-calendar' }, t('calc.calendar')))),
  h('div', { class: 'actions' }, h('button', { type: 'submit' }, t('calc.submit'))));

  add(page, breadcrumb([t('nav.home'), '#/'], [t('nav.calculator')]), h('h1', {}, t('calc.title')), h('p', { class: 'lead' }, t('calc.lead')), form, result);
  return t('calc.title');
}
