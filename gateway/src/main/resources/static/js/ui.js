// Pieces shared by the views.
import { h } from './dom.js';
import { t } from './i18n.js';

/** Risk level as colour, a symbol and words, so it never depends on colour alone. */
export function riskBadge(level) {
  if (!level) return null;
  const symbol = { HIGH: '▲', MEDIUM: '◆', LOW: '●' }[level] || '';
  return h('span', { class: `badge risk risk-${level}` }, h('span', { 'aria-hidden': 'true' }, symbol + ' '), t(`risk.${level}`));
}

export function validityBadge(validity) {
  if (!validity) return null;
  return h('span', { class: `badge validity validity-${validity}` }, t(`validity.${validity}`));
}

export function errorBox(error) {
  return h('p', { class: 'error', role: 'alert' }, error.message || String(error));
}

export function loading() {
  return h('p', { class: 'loading', role: 'status' }, t('loading'));
}

/** Previous / next links and "page x of y"; hrefFor(page) builds each link. */
export function pager(page, size, total, hrefFor) {
  const pages = Math.max(1, Math.ceil(total / size));
  if (pages <= 1) return document.createDocumentFragment(); // nothing, safe to append
  return h('nav', { class: 'pager', 'aria-label': t('pager.label') },
    page > 0 ? h('a', { href: hrefFor(page - 1), rel: 'prev' }, '← ', t('pager.prev')) : h('span', { class: 'disabled' }, '← ', t('pager.prev')),
    h('span', { class: 'pager-status' }, t('pager.status', page + 1, pages)),
    page + 1 < pages ? h('a', { href: hrefFor(page + 1), rel: 'next' }, t('pager.next'), ' →') : h('span', { class: 'disabled' }, t('pager.next'), ' →'));
}

/** A labelled form field with a hint and a place for its error message, wired with aria-describedby. */
export function field({ id, label, control, hint, optional }) {
  const described = [];
  const hintNode = hint ? h('p', { class: 'hint', id: `${id}-hint` }, hint) : null;
  if (hintNode) described.push(hintNode.id);
  const errorNode = h('p', { class: 'field-error', id: `${id}-error`, hidden: true });
  described.push(errorNode.id);
  control.id = id;
  if (!control.name) control.name = id;
  control.setAttribute('aria-describedby', described.join(' '));
  return h('div', { class: 'field' },
    h('label', { for: id }, label, optional ? h('span', { class: 'optional' }, t('form.optional')) : null),
    hintNode, control, errorNode);
}

/** Shows or clears the error message of a field made by field(). */
export function setFieldError(control, message) {
  const errorNode = document.getElementById(`${control.id}-error`);
  if (message) {
    control.setAttribute('aria-invalid', 'true');
    errorNode.textContent = message;
    errorNode.hidden = false;
  } else {
    control.removeAttribute('aria-invalid');
    errorNode.textContent = '';
    errorNode.hidden = true;
  }
}

/**
 * The page asking once more before a step that cannot be undone: a box with the question and a confirm and a
 * cancel button, hidden until ask(question). ask(null) or cancel hides it; onToggle(asking) lets the caller hide
 * what started it and put the focus back. onConfirm runs the step, with the confirm button disabled meanwhile.
 */
export function confirmation({ id, confirmLabel, cancelLabel, onToggle, onConfirm }) {
  const question = h('p', { id });
  const confirm = h('button', { type: 'button' }, confirmLabel);
  const cancel = h('button', { type: 'button', class: 'secondary' }, cancelLabel);
  const box = h('div', { class: 'confirm', role: 'group', 'aria-labelledby': id, hidden: true },
    question, h('div', { class: 'actions' }, confirm, cancel));
  const ask = (text) => {
    box.hidden = text === null;
    if (text !== null) question.textContent = text;
    onToggle(text !== null);
    if (text !== null) confirm.focus();
  };
  cancel.addEventListener('click', () => ask(null));
  confirm.addEventListener('click', async () => {
    confirm.disabled = true;
    try {
      await onConfirm();
    } finally {
      confirm.disabled = false;
    }
  });
  return { box, ask };
}

/** A timeline step's note; a recorded complaint's is its channel (HOTLINE, LETTER…), shown in words. */
export function stepNote(step) {
  return step.action === 'RECORDED' ? t(`case.channel.${step.note}`) : step.note;
}

export function facts(rows) {
  const list = h('dl', { class: 'facts' });
  for (const [term, value] of rows) {
    if (value === undefined || value === null || value === '') continue;
    list.append(h('div', {}, h('dt', {}, term), h('dd', {}, value)));
  }
  return list;
}

export function breadcrumb(...links) {
  return h('nav', { class: 'breadcrumb', 'aria-label': t('breadcrumb') },
    h('ol', {}, links.map(([text, href]) => h('li', {}, href ? h('a', { href }, text) : h('span', { 'aria-current': 'page' }, text)))));
}

/** A horizontal bar chart drawn as SVG, with the numbers also given as a table for screen readers. */
export function barChart(title, rows) {
  const max = Math.max(1, ...rows.map(([, value]) => value));
  const barHeight = 22;
  const gap = 8;
  const labelWidth = 130;
  const width = 460;
  const height = rows.length * (barHeight + gap);
  const svg = h('svg:svg', { viewBox: `0 0 ${width} ${height}`, class: 'chart', 'aria-hidden': 'true', focusable: 'false', preserveAspectRatio: 'xMinYMin meet' });
  rows.forEach(([label, value], index) => {
    const y = index * (barHeight + gap);
    const barWidth = Math.round((width - labelWidth - 50) * value / max);
    svg.append(
      h('svg:text', { x: labelWidth - 8, y: y + barHeight * 0.72, 'text-anchor': 'end', class: 'chart-label' }, label),
      h('svg:rect', { x: labelWidth, y, width: Math.max(barWidth, 2), height: barHeight, rx: 3, class: 'chart-bar' }),
      h('svg:text', { x: labelWidth + Math.max(barWidth, 2) + 6, y: y + barHeight * 0.72, class: 'chart-value' }, String(value)));
  });
  const table = h('table', { class: 'visually-hidden' }, h('caption', {}, title),
    h('tbody', {}, rows.map(([label, value]) => h('tr', {}, h('th', { scope: 'row' }, label), h('td', {}, String(value))))));
  return h('figure', { class: 'chart-figure' }, h('figcaption', {}, title), svg, table);
}
