// Shared by the course's widget views: academy/widgets/browser.py puts this file in front of
// each view's own file, so every widget is one ES module (anywidget's `_esm`).

// An element with attributes (`on*` functions become listeners) and children (text or nodes).
function h(tag, attributes = {}, ...children) {
  const el = document.createElement(tag);
  for (const [name, value] of Object.entries(attributes)) {
    if (value === null || value === undefined || value === false) continue;
    if (name.startsWith("on")) el.addEventListener(name.slice(2), value);
    else el.setAttribute(name, value === true ? "" : value);
  }
  el.append(...children.flat().filter((child) => child !== null && child !== undefined));
  return el;
}

// The widget's root: keys pressed inside it stay inside it. In JupyterLab an arrow key in a
// select would otherwise also move the notebook's active cell (Lumino's shortcuts listen on
// the document; JupyterLab lets a widget stop the event, and skips elements marked with
// data-lm-suppress-shortcuts).
function widgetRoot(name) {
  const root = h("div", { class: `academy-widget academy-${name}`, "data-lm-suppress-shortcuts": "true" });
  root.addEventListener("keydown", (event) => event.stopPropagation());
  return root;
}

// On the static site there is no Python: say so beside a widget whose answer Python checks.
function withoutPythonNote(model, text) {
  const manager = model.widget_manager;
  if (!manager || !manager.withoutKernel) return null;
  return h("p", { class: "academy-note" }, text);
}

const STYLE = `
.academy-widget { font-size: 0.95rem; line-height: 1.4; max-width: 100%; }
.academy-widget button, .academy-widget select, .academy-widget input { font: inherit; }
.academy-widget button { min-height: 2rem; padding: 0.2rem 0.7rem; border: 1px solid #555; border-radius: 4px;
  background: #f4f4f4; color: #111; cursor: pointer; }
.academy-widget button:disabled { opacity: 0.45; cursor: default; }
.academy-widget :focus-visible { outline: 3px solid #1a5fb4; outline-offset: 2px; }
.academy-widget .academy-controls { display: flex; flex-wrap: wrap; gap: 0.5rem 1rem; align-items: center; margin: 0.3rem 0; }
.academy-widget label { display: inline-flex; gap: 0.4rem; align-items: center; }
.academy-widget .academy-note { font-style: italic; color: #333; border-left: 4px solid #1a5fb4; padding-left: 0.5rem; }
.academy-widget pre { white-space: pre-wrap; word-break: break-all; user-select: all; }
`;

function addStyle(root) {
  root.append(h("style", {}, STYLE));
}
