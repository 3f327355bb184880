// Transparency dashboard: the public complaint statistics (GET /api/stats/complaints), as figures,
// charts drawn in SVG and tables. Filters live in the address, so a view can be linked.
import { api, query } from '../api.js';
import { add, h } from '../dom.js';
import { formatDateTime, lang, t } from '../i18n.js';
import { barChart, columnChart, dash } from '../charts.js';
import { breadcrumb, errorBox, field, loading } from '../ui.js';
import { navigate } from '../app.js';

const DAY = /^\d{4}-\d{2}-\d{2}$/;
const CODE = /^[A-Z0-9-]{1,20}$/;
const FLOOR = 70;

export async function render(page, params) {
  const from = DAY.test(params.get('from') || '') ? params.get('from') : '';
  const to = DAY.test(params.get('to') || '') ? params.get('to') : '';
  const department = CODE.test(params.get('department') || '') ? params.get('department') : '';
  const departments = await api('/api/departments').catch(() => []);
  const names = new Map(departments.map((d) => [d.code, d.name]));
  names.set('UNASSIGNED', t('dash.unassigned'));

  const control = {
    from: h('input', { type: 'date', value: from }),
    to: h('input', { type: 'date', value: to }),
    department: h('select', {}, h('option', { value: '' }, t('dash.allDepartments')),
      departments.map((d) => h('option', { value: d.code, selected: d.code === department }, d.name))),
  };
  const form = h('form', { class: 'filters dash-filters', onsubmit: (event) => {
    event.preventDefault();
    navigate('#/dashboard' + query({ from: control.from.value, to: control.to.value, department: control.department.value }), true);
  } },
  field({ id: 'dash-from', label: t('dash.from'), control: control.from, optional: true }),
  field({ id: 'dash-to', label: t('dash.to'), control: control.to, optional: true }),
  field({ id: 'dash-department', label: t('dash.departmentFilter'), control: control.department }),
  h('div', { class: 'actions' }, h('button', { type: 'submit' }, t('dash.apply')),
    h('a', { class: 'button secondary', href: '#/dashboard' }, t('dash.reset'))));
  const body = h('div', { class: 'dash-body', 'aria-live': 'polite' }, loading());
  add(page, breadcrumb([t('nav.home'), '#/'], [t('dash.title')]), h('h1', {}, t('dash.title')),
    h('p', { class: 'lead' }, t('dash.lead')), form, body);

  try {
    const stats = await api('/api/stats/complaints' + query({ from, to, department }));
    body.replaceChildren(...figures(stats, names));
  } catch (error) {
    body.replaceChildren(errorBox(error));
  }
  return t('dash.title');
}

function figures(stats, names) {
  const all = stats.overall;
  const period = stats.from || stats.to ? t('dash.periodRange', stats.from || '…', stats.to || '…') : t('dash.periodAll');
  const scope = stats.department ? (names.get(stats.department) || stats.department) : t('dash.allDepartments');
  // The service adds the figures up at most every half minute; say when these were.
  const nodes = [h('p', { class: 'summary' }, t('dash.scope', period, scope),
    stats.asOf ? h('span', { class: 'as-of' }, ' ' + t('dash.asOf', formatDateTime(stats.asOf))) : null)];
  if (!all.received) {
    nodes.push(h('p', {}, t('dash.none')));
    return nodes;
  }
  const tile = (label, value, note) => h('li', { class: 'tile' }, h('span', { class: 'tile-label' }, label),
    h('strong', { class: 'tile-value' }, value), note ? h('span', { class: 'tile-note' }, note) : null);
  nodes.push(h('ul', { class: 'tiles' },
    tile(t('dash.received'), String(all.received)),
    tile(t('dash.accepted'), String(all.accepted)),
    tile(t('dash.closed'), String(all.closed)),
    tile(t('dash.onTime'), percent(all.closedOnTimeRate), t('dash.onTimeNote', all.closedOnTime, all.closed)),
    tile(t('dash.avgReply'), days(all.averageReplyWorkingDays), all.p90ReplyWorkingDays == null ? null : t('dash.p90', all.p90ReplyWorkingDays)),
    tile(t('dash.overdue'), String(all.overdueNow)),
    tile(t('dash.satisfaction'), percent(all.satisfactionRate), t('dash.rated', all.rated))));

  const months = stats.byMonth || [];
  const monthNames = months.map((m) => monthLabel(m.month));
  const charts = h('div', { class: 'charts dash-charts' });
  if (months.length) {
    charts.append(
      columnChart({ title: t('dash.chart.volume'), summary: summarize(monthNames, months, (f) => t('dash.sum.volume', f.received, f.closed)),
        categories: monthNames, whole: true, series: [
          { name: t('dash.received'), values: months.map((m) => m.figures.received) },
          { name: t('dash.closed'), values: months.map((m) => m.figures.closed) }] }),
      columnChart({ title: t('dash.chart.onTime'), summary: summarize(monthNames, months, (f) => percent(f.closedOnTimeRate)),
        categories: monthNames, max: 100, format: (v) => `${v}%`, series: [
          { name: t('dash.onTime'), values: months.map((m) => m.figures.closedOnTimeRate) }] }),
      columnChart({ title: t('dash.chart.reply'), summary: summarize(monthNames, months, (f) => days(f.averageReplyWorkingDays)),
        categories: monthNames, series: [
          { name: t('dash.avgReply'), values: months.map((m) => m.figures.averageReplyWorkingDays) }] }));
  }
  const byDepartment = stats.byDepartment || [];
  if (byDepartment.length) {
    const rows = byDepartment.map((d) => ({ label: names.get(d.department) || d.department, value: d.figures.satisfactionRate, flag: d.figures.belowSatisfactionFloor }));
    charts.append(barChart({ title: t('dash.chart.satisfaction'), max: 100, threshold: FLOOR, thresholdLabel: t('dash.floor', FLOOR),
      flagText: t('dash.flag'), format: (v) => `${v}%`,
      summary: rows.map((row) => t('dash.item', row.label, (row.value == null ? t('dash.noData') : row.value + '%') + (row.flag ? ' ' + t('dash.flag') : ''))).join(t('dash.join')),
      rows }));
  }
  nodes.push(h('section', { 'aria-labelledby': 'dash-charts' }, h('h2', { id: 'dash-charts' }, t('dash.charts')), charts));
  if (byDepartment.length) nodes.push(departmentTable(byDepartment, names));
  nodes.push(h('p', { class: 'hint' }, t('dash.method', FLOOR)));
  return nodes;
}

function departmentTable(rows, names) {
  return h('section', { 'aria-labelledby': 'dash-departments' }, h('h2', { id: 'dash-departments' }, t('dash.byDepartment')),
    h('div', { class: 'table-scroll' }, h('table', { class: 'data' },
      h('thead', {}, h('tr', {}, [t('dash.department'), t('dash.received'), t('dash.closed'), t('dash.onTime'), t('dash.avgReply'), t('dash.overdue'), t('dash.satisfaction')]
        .map((heading) => h('th', { scope: 'col' }, heading)))),
      h('tbody', {}, rows.map((row) => {
        const f = row.figures;
        return h('tr', { class: f.belowSatisfactionFloor ? 'flagged' : null }, h('th', { scope: 'row' }, names.get(row.department) || row.department),
          h('td', {}, String(f.received)), h('td', {}, String(f.closed)), h('td', {}, percent(f.closedOnTimeRate)),
          h('td', {}, days(f.averageReplyWorkingDays)), h('td', {}, String(f.overdueNow)),
          h('td', {}, percent(f.satisfactionRate), f.belowSatisfactionFloor ? h('span', { class: 'badge flag' }, '▼ ', t('dash.flag')) : null));
      })))));
}

const percent = (value) => (value == null ? dash : `${value}%`);
const days = (value) => (value == null ? dash : t('dash.days', value));

function monthLabel(month) {
  const [year, number] = String(month).split('-');
  return lang() === 'en' ? `${year}-${number}` : `${year}年${Number(number)}月`;
}

function summarize(names, months, describe) {
  return months.map((m, index) => t('dash.item', names[index], describe(m.figures))).join(t('dash.join'));
}
