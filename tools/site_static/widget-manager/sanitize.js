// Stand-in for sanitize-html (200 kB with its HTML and CSS parsers) in the site's widget
// bundle. ManagerBase calls it, with a list of allowed tags and attributes, only for a
// description with description_allow_html. The browser parses the HTML into an inert
// template; disallowed elements are unwrapped (their text kept) or, for script-like ones,
// dropped; disallowed attributes and unsafe URLs (javascript: and the like) are removed.
const DROP_WITH_CONTENT = new Set(['script', 'style', 'textarea', 'option', 'noscript', 'iframe', 'title', 'template']);
const URL_ATTRIBUTES = new Set(['href', 'src']);
const SAFE_SCHEMES = new Set(['http', 'https', 'ftp', 'mailto', 'tel']);

function allowedAttribute(tag, name, allowedAttributes) {
  const patterns = [...(allowedAttributes['*'] || []), ...(allowedAttributes[tag] || [])];
  return patterns.some((p) => (p.endsWith('*') ? name.startsWith(p.slice(0, -1)) : p === name));
}

function safeUrl(value) {
  const url = value.replace(/[\u0000-\u0020\u007f]/g, '');
  const scheme = /^([a-z][a-z0-9+.-]*):/i.exec(url);
  return scheme === null || SAFE_SCHEMES.has(scheme[1].toLowerCase());
}

function clean(parent, allowedTags, allowedAttributes) {
  for (const node of [...parent.childNodes]) {
    if (node.nodeType === Node.TEXT_NODE) continue;
    if (node.nodeType !== Node.ELEMENT_NODE) {
      node.remove();
      continue;
    }
    const tag = node.localName;
    if (DROP_WITH_CONTENT.has(tag) && !allowedTags.has(tag)) {
      node.remove();
      continue;
    }
    clean(node, allowedTags, allowedAttributes);
    if (!allowedTags.has(tag)) {
      node.replaceWith(...node.childNodes);
      continue;
    }
    for (const { name, value } of [...node.attributes]) {
      if (!allowedAttribute(tag, name, allowedAttributes) || (URL_ATTRIBUTES.has(name) && !safeUrl(value))) {
        node.removeAttribute(name);
      }
    }
  }
}

export default function sanitize(html, { allowedTags = [], allowedAttributes = {} } = {}) {
  const template = document.createElement('template');
  template.innerHTML = html;
  clean(template.content, new Set(allowedTags), allowedAttributes);
  return template.innerHTML;
}
