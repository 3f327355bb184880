// The power catalog (权力清单): browse by category, department and risk level; one item per page.
import { api, query } from '../api.js';
import { add, h } from '../dom.js';
import { formatDateTime, limitText, t } from '../i18n.js';
import { breadcrumb, errorBox, facts, pager, riskBadge } from '../ui.js';
import { navigate } from '../app.js';

const PAGE_SIZE = 10;

export async function catalog(page, params) {
  const filter = {
    category: params.get('category') || '', department: params.get('department') || '',
    riskLevel: params.get('riskLevel') || '', q: params.get('q') || '',
  };
  const current = Math.max(0, parseInt(params.get('page') || '0', 10) || 0);
  const hrefFor = (changes) => '#/powers' + query({ ...filter, ...changes });

  const [categories, departments] = await Promise.all([
    api('/api/power-categories').catch(() => []), api('/api/departments').catch(() => [])]);

  const select = (id, label, options, value) => {
    const control = h('select', { id, name: id },
      options.map(([code, text]) => h('option', { value: code, selected: code === value }, text)));
    return h('div', { class: 'field' }, h('label', { for: id }, label), control);
  };
  const keyword = h('input', { id: 'power-q', name: 'q', type: 'search', maxlength: 100, value: filter.q });
  const form = h('form', { class: 'filters', onsubmit: (event) => {
    event.preventDefault();
    const data = new FormData(form);
    navigate(hrefFor({ department: data.get('department'), riskLevel: data.get('riskLevel'), q: data.get('q').trim(), page: '' }), true);
  } },
  h('div', { class: 'field' }, h('label', { for: 'power-q' }, t('powers.keyword')), keyword),
  select('department', t('powers.department'), [['', t('powers.all')], ...departments.map((d) => [d.code, d.name])], filter.department),
  select('riskLevel', t('powers.risk'), [['', t('powers.all')], ...['HIGH', 'MEDIUM', 'LOW'].map((level) => [level, t(`risk.${level}`)])], filter.riskLevel),
  h('div', { class: 'actions' }, h('button', { type: 'submit' }, t('powers.apply')),
    h('a', { href: '#/powers', class: 'button secondary' }, t('powers.reset'))));

  const chips = h('ul', { class: 'chips' },
    h('li', {}, h('a', { href: hrefFor({ category: '', page: '' }), 'aria-current': filter.category ? null : 'true' }, t('powers.allCategories'))),
    categories.map((category) => h('li', {}, h('a', {
      href: hrefFor({ category: category.code, page: '' }),
      'aria-current': category.code === filter.category ? 'true' : null,
    }, category.name))));

  const results = h('div', { class: 'results', 'aria-live': 'polite' });
  add(page, 
    breadcrumb([t('nav.home'), '#/'], [t('nav.powers')]),
    h('h1', {}, t('powers.title')),
    h('p', { class: 'lead' }, t('powers.lead')),
    h('nav', { 'aria-label': t('powers.byCategory') }, h('h2', { class: 'small-heading' }, t('powers.byCategory')), chips),
    form, results);

  try {
    const result = await api('/api/powers' + query({ ...filter, page: current, size: PAGE_SIZE }));
    const categoryName = (categories.find((c) => c.code === filter.category) || {}).name;
    add(results, h('p', { class: 'summary' }, t('powers.summary', result.total, categoryName || t('powers.allCategories'))));
    if (!result.items.length) add(results, h('p', {}, t('powers.none')));
    add(results, h('ul', { class: 'item-list' }, result.items.map(summaryCard)));
    add(results, pager(result.page, result.size, result.total, (p) => hrefFor({ page: p || '' })));
  } catch (error) {
    add(results, errorBox(error));
  }
  return t('powers.title');
}

function summaryCard(item) {
  return h('li', { class: 'item' },
    h('h3', {}, h('a', { href: `#/powers/${item.code}` }, item.name)),
    h('p', { class: 'meta' },
      h('span', {}, item.code), h('span', {}, item.category.name), h('span', {}, item.department && item.department.name),
      item.committedLimit ? h('span', {}, t('powers.committed'), limitText(item.committedLimit)) : null),
    h('p', {}, riskBadge(item.risk && item.risk.level)));
}

export async function item(page, params, code) {
  let item;
  try {
    item = await api('/api/powers/' + encodeURIComponent(code));
  } catch (error) {
    add(page, breadcrumb([t('nav.home'), '#/'], [t('nav.powers'), '#/powers'], [code]), h('h1', {}, code), errorBox(error));
    return code;
  }
  const flow = h('ol', { class: 'flow' }, (item.steps || []).slice().sort((a, b) => a.order - b.order).map((step) =>
    h('li', {},
      h('span', { class: 'step-no', 'aria-hidden': 'true' }, String(step.order)),
      h('div', {}, h('strong', {}, step.name), h('span', {}, step.post),
        step.timeLimitDays ? h('span', { class: 'step-limit' }, t('powers.stepLimit', step.timeLimitDays)) : null))));

  add(page, 
    breadcrumb([t('nav.home'), '#/'], [t('nav.powers'), '#/powers'],
      [item.category.name, '#/powers?category=' + encodeURIComponent(item.category.code)], [item.code]),
    h('h1', {}, item.name),
    h('p', { class: 'meta' }, h('span', {}, item.code), h('span', {}, item.category.name), riskBadge(item.risk && item.risk.level),
      item.status === 'REPEALED' ? h('span', { class: 'badge validity-REPEALED' }, t('powers.repealed')) : null),
    h('p', { class: 'as-of' }, t('powers.asOf', item.version, formatDateTime(item.publishedAt))),
    facts([
      [t('powers.f.code'), item.code],
      [t('powers.f.category'), item.category.name + (item.subItem ? ' · ' + item.subItem : '')],
      [t('powers.f.department'), item.department && item.department.name],
      [t('powers.f.post'), item.responsiblePost],
      [t('powers.f.statutory'), limitText(item.statutoryLimit)],
      [t('powers.f.committed'), limitText(item.committedLimit)],
      [t('powers.f.fees'), item.fees + (item.feeBasis ? `（${item.feeBasis}）` : '')],
      [t('powers.f.phone'), item.supervisionPhone ? h('a', { href: 'tel:' + item.supervisionPhone }, item.supervisionPhone) : null],
    ]),
    section(t('powers.steps'), flow),
    item.conditions ? section(t('powers.conditions'), h('p', {}, item.conditions)) : null,
    item.materials && item.materials.length ? section(t('powers.materials'), h('ul', {}, item.materials.map((m) => h('li', {}, m)))) : null,
    section(t('powers.legalBasis'), h('ul', { class: 'basis' }, (item.legalBasis || []).map((law) =>
      h('li', {}, h('strong', {}, `《${law.law}》`, law.article), h('blockquote', {}, law.text))))),
    item.risk ? section(t('powers.riskTitle'), h('div', {}, h('p', {}, riskBadge(item.risk.level)), facts([
      [t('powers.f.riskPoint'), item.risk.description], [t('powers.f.controls'), item.risk.controls], [t('powers.f.watchedBy'), item.risk.watchedBy]]))) : null,
    h('p', { class: 'complain-link' }, h('a', { href: '#/complaint?powerCode=' + encodeURIComponent(item.code) + (item.department ? '&department=' + encodeURIComponent(item.department.code) : '') }, t('powers.complain'))));
  return item.name;
}

function section(title, body) {
  return h('section', {}, h('h2', {}, title), body);
}
