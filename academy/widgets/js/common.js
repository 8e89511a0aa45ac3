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

// "Deel met de groep" (academy/share.py): sends only this widget's answer, without a name, to the
// trainer's live page. In a room the browser sends it to the address with the session code the
// trainee typed (kept in this browser, so it is typed once); on the course's hub (`share_hub`)
// Python sends it with the trainee's hub token. The status line says what happened, in Dutch.
const SHARE_ADDRESS_KEY = "academy-share-address";
const SHARE_TRAINEE_KEY = "academy-share-trainee";

function remembered(key, make = null) {
  try {
    let value = window.localStorage.getItem(key);
    if (value === null && make) { value = make(); window.localStorage.setItem(key, value); }
    return value;
  } catch (error) {  // storage switched off: then a new id per page, a code typed per page
    return make ? make() : null;
  }
}

function randomId() {
  return [...crypto.getRandomValues(new Uint8Array(16))].map((b) => b.toString(16).padStart(2, "0")).join("");
}

// "192.168.1.20:8765/K7P2QX" (with or without http://) -> {server, code}; as academy/share.py parse_address.
function shareAddress(text) {
  const found = /^\s*(https?:\/\/)?([^/\s]+)\/+([A-Za-z0-9 -]{4,20})\/?\s*$/.exec(text || "");
  return found ? { server: `${found[1] || "http://"}${found[2]}`, code: found[3] } : null;
}

function shareControls(model, answer) {
  const messages = model.get("share_messages");
  const manager = model.widget_manager;
  const viaKernel = model.get("share_hub") && !(manager && manager.withoutKernel);
  const status = h("p", { role: "status", "aria-live": "polite", class: "academy-share-status" });
  const input = viaKernel ? null : h("input", { type: "text", size: 26, spellcheck: "false", autocomplete: "off",
    placeholder: "bijv. 192.168.1.20:8765/K7P2QX", value: remembered(SHARE_ADDRESS_KEY) || "" });
  const show = (reply) => { status.dataset.status = reply.status; status.textContent = reply.message; };
  model.on("msg:custom", (message) => { if (message.type === "shared") show(message); });

  async function share() {
    if (viaKernel) {
      show({ status: "busy", message: messages.busy });
      model.send({ type: "share" });
      return;
    }
    const address = shareAddress(input.value);
    if (!address) {
      show({ status: "no_code", message: messages.no_code });
      input.focus();
      return;
    }
    try { window.localStorage.setItem(SHARE_ADDRESS_KEY, input.value.trim()); } catch (error) { /* typed again next time */ }
    show({ status: "busy", message: messages.busy });
    try {
      const response = await fetch(`${address.server}/share`, { method: "POST", headers: { "Content-Type": "application/json" },
        body: JSON.stringify({ code: address.code, question: model.get("share_question"),
                               trainee: remembered(SHARE_TRAINEE_KEY, randomId), answer: answer() }) });
      show(await response.json());
    } catch (error) {
      show({ status: "no_connection", message: messages.no_connection });
    }
  }

  return h("div", { class: "academy-share" },
    h("p", {}, viaKernel ? messages.intro_hub : messages.intro_room),
    h("div", { class: "academy-controls" },
      input ? h("label", {}, "Adres met sessiecode van de docent", input) : null,
      h("button", { type: "button", onclick: share }, "Deel met de groep")),
    status);
}
