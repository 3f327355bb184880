// Small DOM helpers. Server text always goes in as text nodes; the only HTML taken from the
// server is search highlights, rebuilt by highlight() from text and <em> alone.

export const $ = (selector, root = document) => root.querySelector(selector);
export const $$ = (selector, root = document) => [...root.querySelectorAll(selector)];

/** h('a', { href: '#/', class: 'x', onclick: fn }, 'text', child) */
export function h(tag, attributes = {}, ...children) {
  const svg = tag.startsWith('svg:');
  const node = svg ? document.createElementNS('http://www.w3.org/2000/svg', tag.slice(4)) : document.createElement(tag);
  for (const [name, value] of Object.entries(attributes || {})) {
    if (value === undefined || value === null || value === false) continue;
    if (name.startsWith('on') && typeof value === 'function') node.addEventListener(name.slice(2), value);
    else if (name === 'class' && !svg) node.className = value;
    else if (name === 'for') node.htmlFor = value;
    else if (name === 'value') node.value = value;
    else if (name === 'checked') node.checked = value;
    else node.setAttribute(name, value === true ? '' : String(value));
  }
  append(node, children);
  return node;
}

/** node.append() that skips null, undefined and false instead of writing them out as text. */
export function add(node, ...children) {
  append(node, children);
  return node;
}

function append(node, children) {
  for (const child of children.flat(Infinity)) {
    if (child === undefined || child === null || child === false) continue;
    node.append(child instanceof Node ? child : document.createTextNode(String(child)));
  }
}

/** A highlight fragment as nodes: text, with <em> kept as the only element. */
export function highlight(fragment) {
  const template = document.createElement('template');
  template.innerHTML = fragment; // inert: nothing in a template runs or loads
  const out = document.createDocumentFragment();
  const walk = (parent, into) => {
    for (const child of parent.childNodes) {
      if (child.nodeType === Node.TEXT_NODE) into.append(child.textContent);
      else if (child.nodeType === Node.ELEMENT_NODE) {
        if (child.localName === 'em') {
          const em = document.createElement('mark');
          walk(child, em);
          into.append(em);
        } else walk(child, into);
      }
    }
  };
  walk(template.content, out);
  return out;
}

let announceTimer;
/** Says something to screen readers through the page's polite live region. */
export function announce(message) {
  const region = document.getElementById('announcer');
  region.textContent = '';
  clearTimeout(announceTimer);
  announceTimer = setTimeout(() => { region.textContent = message; }, 50);
}
