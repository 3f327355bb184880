// Policy search (highlights, facets, paging, doc-number lookup) and the policy page.
import { api, query } from '../api.js';
import { add, h, highlight } from '../dom.js';
import { formatDate, formatDateTime, t } from '../i18n.js';
import { breadcrumb, errorBox, facts, pager, riskBadge, validityBadge } from '../ui.js';
import { navigate } from '../app.js';

const PAGE_SIZE = 10;
const FACETS = ['type', 'category', 'issuer', 'year', 'validity'];

export async function search(page, params) {
  const criteria = { q: params.get('q') || '' };
  for (const facet of FACETS) criteria[facet] = params.get(facet) || '';
  const current = Math.max(0, parseInt(params.get('page') || '0', 10) || 0);
  const hrefFor = (changes) => '#/search' + query({ ...criteria, ...changes });

  const input = h('input', { type: 'search', maxlength: 200, autocomplete: 'off', value: criteria.q, placeholder: t('search.placeholder') });
  const searchForm = h('form', { role: 'search', class: 'search-box', onsubmit: (event) => {
    event.preventDefault();
    navigate(hrefFor({ q: input.value.trim(), page: '' }), true);
  } }, h('label', { for: 'q' }, t('search.label')), h('div', { class: 'inline' }, input, h('button', { type: 'submit' }, t('search.submit'))));
  input.id = 'q';
  input.name = 'q';

  const docNumber = h('input', { id: 'doc-number', name: 'docNumber', maxlength: 60, autocomplete: 'off', placeholder: t('search.docNumber.placeholder') });
  const lookupResult = h('div', { 'aria-live': 'polite' });
  const lookupForm = h('form', { class: 'search-box', onsubmit: async (event) => {
    event.preventDefault();
    lookupResult.replaceChildren();
    const value = docNumber.value.trim();
    if (!value) {
      lookupResult.append(h('p', { class: 'error', role: 'alert' }, t('search.docNumber.empty')));
      return;
    }
    try {
      const policy = await api('/api/policies/by-number' + query({ docNumber: value }));
      navigate('#/policies/' + encodeURIComponent(policy.id));
    } catch (error) {
      lookupResult.append(h('p', { class: 'error', role: 'alert' }, error.status === 404 ? t('search.docNumber.notFound', value) : error.message));
    }
  } }, h('label', { for: 'doc-number' }, t('search.docNumber.label')),
  h('div', { class: 'inline' }, docNumber, h('button', { type: 'submit' }, t('search.docNumber.submit'))), lookupResult);

  const facetsBox = h('aside', { class: 'facets', 'aria-labelledby': 'facets-title' }, h('h2', { id: 'facets-title' }, t('search.facets')));
  const results = h('div', { class: 'results', 'aria-live': 'polite' });
  add(page, 
    breadcrumb([t('nav.home'), '#/'], [t('nav.search')]),
    h('h1', {}, t('search.title')),
    h('div', { class: 'two-forms' }, searchForm, lookupForm),
    h('div', { class: 'with-sidebar' }, facetsBox, results));

  let result;
  try {
    result = await api('/api/search' + query({ ...criteria, page: current, size: PAGE_SIZE }));
  } catch (error) {
    add(results, errorBox(error));
    return t('search.title');
  }
  add(results, h('p', { class: 'summary' }, criteria.q ? t('search.summary', criteria.q, result.total, result.took) : t('search.browse', result.total)));
  if (!result.hits.length) add(results, h('p', {}, t('search.none')));
  add(results, h('ol', { class: 'item-list hits', start: current * PAGE_SIZE + 1 }, result.hits.map(hitItem)));
  add(results, pager(result.page, result.size, result.total, (p) => hrefFor({ page: p || '' })));

  for (const facet of FACETS) {
    const values = (result.facets && result.facets[facet]) || [];
    if (!values.length && !criteria[facet]) continue;
    const list = h('ul', {});
    if (criteria[facet]) list.append(h('li', {}, h('a', { href: hrefFor({ [facet]: '', page: '' }) }, t('search.clear'))));
    for (const value of values) {
      const selected = criteria[facet] === String(value.value);
      list.append(h('li', {}, h('a', { href: hrefFor({ [facet]: selected ? '' : value.value, page: '' }), 'aria-current': selected ? 'true' : null },
        selected ? h('span', { 'aria-hidden': 'true' }, '✓ ') : null, facetLabel(facet, value.value), h('span', { class: 'count' }, ` (${value.count})`))));
    }
    facetsBox.append(h('section', {}, h('h3', {}, t(`search.facet.${facet}`)), list));
  }
  return t('search.title');
}

function facetLabel(facet, value) {
  if (facet === 'type') return t(`search.type.${value}`);
  if (facet === 'validity') return t(`validity.${value}`);
  return String(value);
}

function hitItem(hit) {
  const href = hit.type === 'power' ? `#/powers/${encodeURIComponent(hit.id)}` : `#/policies/${encodeURIComponent(hit.id)}`;
  return h('li', { class: 'item' },
    h('h3', {}, h('a', { href }, hit.title)),
    h('p', { class: 'meta' }, h('span', { class: 'tag' }, t(`search.type.${hit.type}`)),
      hit.docNumber ? h('span', {}, hit.docNumber) : null, hit.issuer ? h('span', {}, hit.issuer) : null,
      hit.date ? h('span', {}, formatDate(hit.date)) : null, hit.category ? h('span', {}, hit.category) : null,
      validityBadge(hit.validity), riskBadge(hit.riskLevel)),
    (hit.highlights || []).map((fragment) => h('p', { class: 'highlight' }, highlight(fragment))));
}

export async function policy(page, params, id) {
  let policy;
  try {
    policy = await api('/api/policies/' + encodeURIComponent(id));
  } catch (error) {
    add(page, breadcrumb([t('nav.home'), '#/'], [t('nav.search'), '#/search'], [id]), h('h1', {}, id), errorBox(error));
    return id;
  }
  add(page, 
    breadcrumb([t('nav.home'), '#/'], [t('nav.search'), '#/search'], [policy.docNumber || policy.title]),
    h('h1', {}, policy.title),
    h('p', { class: 'meta' }, h('span', {}, policy.docNumber), validityBadge(policy.validity)),
    h('p', { class: 'as-of' }, t('policy.asOf', policy.version, formatDateTime(policy.publishedAt))),
    facts([
      [t('policy.f.docNumber'), policy.docNumber], [t('policy.f.issuer'), policy.issuer], [t('policy.f.category'), policy.category],
      [t('policy.f.issuedOn'), formatDate(policy.issuedOn)], [t('policy.f.effectiveOn'), formatDate(policy.effectiveOn)],
      [t('policy.f.repealedOn'), policy.repealedOn ? formatDate(policy.repealedOn) : null],
      [t('policy.f.validity'), validityBadge(policy.validity)]]),
    h('section', { class: 'policy-body', lang: 'zh-CN' }, h('h2', {}, t('policy.body')),
      (policy.body || '').split('\n').filter((line) => line.trim()).map((line) => h('p', {}, line))));
  return policy.title;
}
