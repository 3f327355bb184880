// The public portal: plain DOM code, no build step. Text from the server is inserted with
// textContent; only search highlights (which the search service escapes, keeping <em>) use HTML.
'use strict';

const RISK = { HIGH: '高（红）', MEDIUM: '中（黄）', LOW: '低（橙）' };
const STATUS = { RECEIVED: '已接收', ACCEPTED: '已受理', REJECTED: '不予受理', ASSIGNED: '已转办', REPLIED: '已答复', CLOSED: '已办结', WITHDRAWN: '已撤回' };

const $ = (selector) => document.querySelector(selector);

function element(tag, text, className) {
  const node = document.createElement(tag);
  if (text !== undefined && text !== null) node.textContent = text;
  if (className) node.className = className;
  return node;
}

async function api(path, options = {}) {
  const response = await fetch(path, { ...options, headers: { 'Accept-Language': 'zh-CN', ...(options.headers || {}) } });
  const body = response.status === 204 ? null : await response.json().catch(() => null);
  if (!response.ok) {
    const error = new Error((body && (body.detail || body.title)) || `请求失败（${response.status}）`);
    error.problem = body;
    throw error;
  }
  return body;
}

async function search(event) {
  event.preventDefault();
  const q = $('#q').value.trim();
  const list = $('#search-results');
  list.replaceChildren();
  try {
    const result = await api('/api/search?' + new URLSearchParams({ q, type: 'all' }));
    $('#search-summary').textContent = `共找到 ${result.total} 条结果`;
    for (const hit of result.hits) {
      const item = element('li');
      item.append(element('strong', hit.title));
      item.append(element('div', [hit.docNumber, hit.issuer, hit.date].filter(Boolean).join(' · '), 'meta'));
      for (const fragment of hit.highlights || []) {
        const p = element('p');
        p.innerHTML = fragment; // escaped by the search service except <em>
        item.append(p);
      }
      list.append(item);
    }
  } catch (error) {
    $('#search-summary').textContent = error.message;
  }
}

async function loadCategories() {
  try {
    const categories = await api('/api/power-categories');
    for (const category of categories) {
      const option = element('option', category.name);
      option.value = category.code;
      $('#category').append(option);
    }
  } catch (error) {
    $('#powers-table caption').textContent = error.message;
  }
}

async function loadPowers(event) {
  if (event) event.preventDefault();
  const params = new URLSearchParams({ size: 50 });
  if ($('#category').value) params.set('category', $('#category').value);
  if ($('#riskLevel').value) params.set('riskLevel', $('#riskLevel').value);
  const body = $('#powers-table tbody');
  body.replaceChildren();
  try {
    const page = await api('/api/powers?' + params);
    $('#powers-table caption').textContent = `权力事项（共 ${page.total} 项）`;
    for (const item of page.items) {
      const row = element('tr');
      const nameCell = element('td');
      const link = element('a', item.name);
      link.href = '#powers';
      link.addEventListener('click', () => showPower(item.code));
      nameCell.append(link);
      row.append(element('td', item.code), nameCell, element('td', item.department && item.department.name));
      const risk = element('td');
      risk.append(element('span', RISK[item.risk.level], 'risk risk-' + item.risk.level));
      row.append(risk);
      body.append(row);
    }
  } catch (error) {
    $('#powers-table caption').textContent = error.message;
  }
}

async function showPower(code) {
  const detail = $('#power-detail');
  const item = await api('/api/powers/' + encodeURIComponent(code));
  detail.replaceChildren(element('h3', `${item.name}（${item.code}）`));
  const facts = [
    ['权力类别', `${item.category.name}${item.subItem ? ' · ' + item.subItem : ''}`],
    ['承办部门', item.department.name + (item.responsiblePost ? ' · ' + item.responsiblePost : '')],
    ['法定时限', limit(item.statutoryLimit)], ['承诺时限', limit(item.committedLimit)],
    ['收费', item.fees], ['监督电话', item.supervisionPhone],
    ['廉政风险', `${RISK[item.risk.level]}：${item.risk.description}`], ['防控措施', item.risk.controls],
  ];
  const list = element('dl');
  for (const [term, value] of facts) {
    if (!value) continue;
    list.append(element('dt', term), element('dd', value));
  }
  detail.append(list, element('h4', '法律依据'));
  const basis = element('ul');
  for (const law of item.legalBasis || []) basis.append(element('li', `《${law.law}》${law.article}：${law.text}`));
  detail.append(basis, element('h4', '办理流程'));
  const steps = element('ol');
  for (const step of item.steps || []) steps.append(element('li', `${step.name}（${step.post}${step.timeLimitDays ? '，' + step.timeLimitDays + ' 日' : ''}）`));
  detail.append(steps);
  detail.hidden = false;
  detail.scrollIntoView();
}

function limit(value) {
  return value ? `${value.days} 个${value.unit === 'WORKING' ? '工作日' : '自然日'}` : '';
}

async function fileComplaint(event) {
  event.preventDefault();
  const errors = $('#complaint-errors');
  errors.replaceChildren();
  const anonymous = $('#anonymous').checked;
  const request = { type: $('#type').value, subject: $('#subject').value, content: $('#content').value, anonymous };
  if (!anonymous) Object.assign(request, { name: $('#name').value, phone: $('#phone').value });
  const form = event.target;
  form.dataset.key = form.dataset.key || crypto.randomUUID(); // the same key if the user presses again
  try {
    const filed = await api('/api/complaints', {
      method: 'POST', body: JSON.stringify(request),
      headers: { 'Content-Type': 'application/json', 'Idempotency-Key': form.dataset.key },
    });
    delete form.dataset.key;
    const receipt = $('#complaint-receipt');
    receipt.className = 'receipt';
    receipt.replaceChildren(element('p', '投诉已提交。请记下查询编号和查询码，查询码只显示这一次。'),
      element('p', '查询编号：'), element('p', filed.trackingNumber, 'code'),
      element('p', '查询码：'), element('p', filed.accessCode, 'code'),
      element('p', `答复期限：${new Date(filed.dueAt).toLocaleString('zh-CN', { timeZone: 'Asia/Shanghai' })}`));
    receipt.hidden = false;
    form.reset();
  } catch (error) {
    errors.append(element('p', error.message, 'error'));
    for (const field of (error.problem && error.problem.errors) || []) {
      errors.append(element('p', `${fieldLabel(field.field)}：${field.message}`, 'error'));
    }
  }
}

function fieldLabel(field) {
  const label = document.querySelector(`label[for="${field}"]`);
  return label ? label.textContent : field;
}

async function track(event) {
  event.preventDefault();
  const result = $('#track-result');
  try {
    const complaint = await api('/api/complaints/' + encodeURIComponent($('#trackingNumber').value.trim()),
      { headers: { 'X-Access-Code': $('#accessCode').value.trim() } });
    const list = element('dl');
    list.append(element('dt', '标题'), element('dd', complaint.subject),
      element('dt', '状态'), element('dd', STATUS[complaint.status] || complaint.status),
      element('dt', '答复期限'), element('dd', new Date(complaint.dueAt).toLocaleString('zh-CN', { timeZone: 'Asia/Shanghai' })));
    result.replaceChildren(list);
  } catch (error) {
    result.replaceChildren(element('p', error.message, 'error'));
  }
}

document.addEventListener('DOMContentLoaded', () => {
  $('#search-form').addEventListener('submit', search);
  $('#powers-form').addEventListener('submit', loadPowers);
  $('#complaint-form').addEventListener('submit', fileComplaint);
  $('#track-form').addEventListener('submit', track);
  $('#anonymous').addEventListener('change', (event) => { $('#identity').hidden = event.target.checked; });
  loadCategories();
  loadPowers();
});
