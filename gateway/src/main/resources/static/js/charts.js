// Charts as inline SVG built with DOM calls (no library, nothing fetched): each is a <figure> whose
// drawing is one image for assistive technology (role="img" + a text summary) and whose numbers are
// also given in a table anyone can open. Colours come from CSS classes; values are written on the bars,
// so no chart depends on colour alone.
import { h } from './dom.js';
import { t } from './i18n.js';

let counter = 0;
const nextId = (prefix) => `${prefix}-${++counter}`;

/** Shown for a missing figure, instead of "null". */
export const dash = '—';

/**
 * Grouped columns, one group per category (e.g. month), one column per series.
 * series: [{ name, values: [number|null] }]; format(value) writes a value; whole: the values are counts.
 */
export function columnChart({ title, summary, categories, series, format = String, max, whole = false }) {
  // Narrow drawings keep the text readable when a chart is scaled down to a phone's width.
  const width = 420;
  const height = 220;
  const top = 24;
  const bottom = 40;
  const left = 44;
  const plot = height - top - bottom;
  const values = series.flatMap((s) => s.values).filter((v) => v !== null && v !== undefined);
  const nice = niceMax(Math.max(1, ...values));
  // Counts get whole-number grid lines: the top is a multiple of the four steps.
  const top_ = max ?? (whole ? Math.ceil(nice / 4) * 4 : nice);
  const groupWidth = (width - left - 8) / Math.max(1, categories.length);
  const barWidth = Math.min(36, (groupWidth - 10) / Math.max(1, series.length));
  const titleId = nextId('chart-title');
  const descId = nextId('chart-desc');
  const svg = h('svg:svg', { viewBox: `0 0 ${width} ${height}`, class: 'chart', role: 'img', 'aria-labelledby': `${titleId} ${descId}`, preserveAspectRatio: 'xMinYMin meet' },
    h('svg:title', { id: titleId }, title), h('svg:desc', { id: descId }, summary || ''));
  // Grid lines with their values, so the height of a column can be read.
  for (let step = 0; step <= 4; step++) {
    const value = top_ * step / 4;
    const y = top + plot - plot * step / 4;
    svg.append(h('svg:line', { x1: left, x2: width - 4, y1: y, y2: y, class: 'chart-grid' }),
      h('svg:text', { x: left - 6, y: y + 4, 'text-anchor': 'end', class: 'chart-axis' }, format(round(value))));
  }
  categories.forEach((category, index) => {
    const x0 = left + index * groupWidth + (groupWidth - barWidth * series.length) / 2;
    series.forEach((s, position) => {
      const value = s.values[index];
      if (value === null || value === undefined) return;
      const barHeight = Math.max(value > 0 ? 2 : 0, plot * value / top_);
      const x = x0 + position * barWidth;
      svg.append(h('svg:rect', { x: x + 1, y: top + plot - barHeight, width: barWidth - 2, height: barHeight, class: `chart-bar series-${position}` }),
        h('svg:text', { x: x + barWidth / 2, y: top + plot - barHeight - 4, 'text-anchor': 'middle', class: 'chart-value' }, format(value)));
    });
    svg.append(h('svg:text', { x: left + index * groupWidth + groupWidth / 2, y: height - bottom + 18, 'text-anchor': 'middle', class: 'chart-label' }, category));
  });
  svg.append(h('svg:line', { x1: left, x2: width - 4, y1: top + plot, y2: top + plot, class: 'chart-axis-line' }));
  const legend = series.length > 1 ? h('ul', { class: 'chart-legend' }, series.map((s, position) =>
    h('li', {}, h('span', { class: `swatch series-${position}`, 'aria-hidden': 'true' }), s.name))) : null;
  const table = dataTable(title, [t('dash.period'), ...series.map((s) => s.name)],
    categories.map((category, index) => [category, ...series.map((s) => (s.values[index] === null || s.values[index] === undefined ? dash : format(s.values[index])))]));
  return h('figure', { class: 'chart-figure' }, h('figcaption', {}, title), legend, svg, table);
}

/**
 * Horizontal bars, one per row (e.g. department), on a 0–max scale with an optional threshold line
 * (e.g. the 70 % satisfaction floor). rows: [{ label, value|null, flag }]; a flagged row gets a marker and words.
 */
export function barChart({ title, summary, rows, format = String, max, threshold, thresholdLabel, flagText }) {
  const width = 420;
  const rowHeight = 30;
  const labelWidth = 110;
  const right = 100;
  const top = threshold !== undefined ? 20 : 4;
  const height = top + rows.length * rowHeight + 4;
  const values = rows.map((row) => row.value).filter((v) => v !== null && v !== undefined);
  const scaleMax = max ?? niceMax(Math.max(1, ...values));
  const span = width - labelWidth - right;
  const titleId = nextId('chart-title');
  const descId = nextId('chart-desc');
  const svg = h('svg:svg', { viewBox: `0 0 ${width} ${height}`, class: 'chart', role: 'img', 'aria-labelledby': `${titleId} ${descId}`, preserveAspectRatio: 'xMinYMin meet' },
    h('svg:title', { id: titleId }, title), h('svg:desc', { id: descId }, summary || ''));
  rows.forEach((row, index) => {
    const y = top + index * rowHeight;
    svg.append(h('svg:text', { x: labelWidth - 8, y: y + 19, 'text-anchor': 'end', class: 'chart-label' }, truncate(row.label, 7)));
    if (row.value == null) {
      svg.append(h('svg:text', { x: labelWidth + 4, y: y + 19, class: 'chart-value muted' }, t('dash.noData')));
      return;
    }
    const barWidth = Math.max(row.value > 0 ? 2 : 0, span * row.value / scaleMax);
    svg.append(h('svg:rect', { x: labelWidth, y: y + 4, width: barWidth, height: rowHeight - 10, rx: 2, class: row.flag ? 'chart-bar flagged' : 'chart-bar' }),
      h('svg:text', { x: labelWidth + barWidth + 6, y: y + 19, class: row.flag ? 'chart-value flagged' : 'chart-value' },
        format(row.value) + (row.flag && flagText ? ` ▼ ${flagText}` : '')));
  });
  if (threshold !== undefined) {
    const x = labelWidth + span * threshold / scaleMax;
    svg.append(h('svg:line', { x1: x, x2: x, y1: top - 4, y2: height, class: 'chart-threshold' }),
      h('svg:text', { x, y: top - 8, 'text-anchor': 'middle', class: 'chart-axis' }, thresholdLabel || format(threshold)));
  }
  const table = dataTable(title, [t('dash.department'), title],
    rows.map((row) => [row.label, row.value == null ? t('dash.noData')
      : format(row.value) + (row.flag && flagText ? ` ▼ ${flagText}` : '')]));
  return h('figure', { class: 'chart-figure' }, h('figcaption', {}, title), svg, table);
}

/** The numbers of a chart as a table, folded away under a summary that opens it. */
function dataTable(title, headings, rows) {
  return h('details', { class: 'chart-data' }, h('summary', {}, t('dash.table')),
    h('div', { class: 'table-scroll' }, h('table', {}, h('caption', { class: 'visually-hidden' }, title),
      h('thead', {}, h('tr', {}, headings.map((heading) => h('th', { scope: 'col' }, heading)))),
      h('tbody', {}, rows.map(([first, ...rest]) => h('tr', {}, h('th', { scope: 'row' }, first), rest.map((cell) => h('td', {}, cell))))))));
}

function niceMax(value) {
  const magnitude = 10 ** Math.floor(Math.log10(value));
  for (const step of [1, 2, 2.5, 5, 10]) if (step * magnitude >= value) return step * magnitude;
  return 10 * magnitude;
}

const round = (value) => Math.round(value * 10) / 10;
const truncate = (text, length) => (String(text).length > length ? String(text).slice(0, length - 1) + '…' : String(text));
