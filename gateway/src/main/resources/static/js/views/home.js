// Home: what is disclosed, a search box, the complaint entry and live figures.
import { api } from '../api.js';
import { add, h } from '../dom.js';
import { t } from '../i18n.js';
import { barChart } from '../ui.js';
import { navigate } from '../app.js';

export async function render(page) {
  const input = h('input', { id: 'home-q', name: 'q', type: 'search', maxlength: 200, autocomplete: 'off', placeholder: t('home.search.placeholder') });
  const form = h('form', { class: 'search-box', role: 'search', onsubmit: (event) => {
    event.preventDefault();
    const q = input.value.trim();
    navigate('#/search' + (q ? '?q=' + encodeURIComponent(q) : ''));
  } },
  h('label', { for: 'home-q' }, t('home.search.label')),
  h('div', { class: 'inline' }, input, h('button', { type: 'submit' }, t('search.submit'))));

  const counts = { powers: h('span', { class: 'count' }, '…'), policies: h('span', { class: 'count' }, '…') };
  const card = (href, title, text, count) => h('li', { class: 'card' },
    h('a', { href }, h('h3', {}, title)), count ? h('p', { class: 'card-count' }, count) : null, h('p', {}, text));
  const stats = h('section', { class: 'stats', 'aria-labelledby': 'stats-title' }, h('h2', { id: 'stats-title' }, t('home.stats.title')));

  add(page, 
    h('section', { class: 'hero' }, h('h1', {}, t('home.title')), h('p', { class: 'lead' }, t('home.lead')), form),
    h('section', { 'aria-labelledby': 'disclosed-title' },
      h('h2', { id: 'disclosed-title' }, t('home.disclosed')),
      h('ul', { class: 'cards' },
        card('#/powers', t('nav.powers'), t('home.powers.text'), counts.powers),
        card('#/search', t('nav.search'), t('home.policies.text'), counts.policies),
        card('#/complaint', t('nav.complaint'), t('home.complaint.text')),
        card('#/track', t('nav.track'), t('home.track.text')),
        card('#/calculator', t('nav.calculator'), t('home.calculator.text')))),
    stats);

  // Figures load after the page is shown; a failing one leaves the rest of the page working.
  const [powers, policies, powerFacets, policyFacets] = await Promise.allSettled([
    api('/api/powers?size=1'), api('/api/policies?size=1'),
    api('/api/search?type=power&size=1'), api('/api/search?type=policy&size=1')]);
  counts.powers.textContent = powers.status === 'fulfilled' ? t('home.count.items', powers.value.total) : '';
  counts.policies.textContent = policies.status === 'fulfilled' ? t('home.count.docs', policies.value.total) : '';
  const charts = h('div', { class: 'charts' });
  const facetRows = (result) => (result.status === 'fulfilled' && result.value.facets && result.value.facets.category || [])
    .map((facet) => [facet.value, facet.count]);
  const powerRows = facetRows(powerFacets);
  const policyRows = facetRows(policyFacets);
  if (powerRows.length) charts.append(barChart(t('home.stats.powers'), powerRows));
  if (policyRows.length) charts.append(barChart(t('home.stats.policies'), policyRows));
  if (!powerRows.length && !policyRows.length) charts.append(h('p', {}, t('home.stats.none')));
  stats.append(charts, h('p', {}, h('a', { href: '#/dashboard' }, t('home.stats.dashboard'))));
  return t('home.title');
}
