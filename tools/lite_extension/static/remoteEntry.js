// A JupyterLite plugin written by hand as a module-federation container (what
// `jupyter labextension build` would make), so the site needs no build step
// and no CDN. JupyterLite's bootstrap loads this file, calls init(), then
// get("./extension") for the plugins (see tools/lite.py).
//
// The plugin watches every notebook's kernel. Python runs in the browser and
// must first be fetched (Pyodide); without internet, or with its server
// blocked, the kernel would stay "starting" for ever with no word. So when the
// kernel is not ready within the set time (config `academyPythonHelp`), or the
// Pyodide address cannot be reached at all, a Dutch message says what happened
// and links to the other ways to the chapter. It goes away once Python runs.
(function () {
  "use strict";

  const NOTICE_ID = "academy-python-help";
  const READY = new Set(["idle", "busy"]);
  const CHAPTER = /^(\d\d-[^/]+)\/([^/]+)\.ipynb$/;  // a course notebook: <chapter>/<name>.ipynb

  function pageConfig() {
    const script = document.getElementById("jupyter-config-data");
    try {
      return JSON.parse(script.textContent);
    } catch (error) {
      return {};
    }
  }

  function settings() {
    const config = pageConfig();
    const help = config.academyPythonHelp || {};
    const kernel = (config.litePluginSettings || {})["@jupyterlite/pyodide-kernel-extension:kernel"] || {};
    const liteRoot = new URL((script => (script && script.dataset.jupyterLiteRoot) || "..")(
      document.getElementById("jupyter-config-data")) + "/", window.location.href);
    const pyodideUrl = kernel.pyodideUrl || help.pyodideUrl;
    return {
      timeoutMs: 1000 * (help.timeoutSeconds || 60),
      pyodideUrl: pyodideUrl ? new URL(pyodideUrl, window.location.href).href : null,
      siteRoot: new URL(help.siteRoot || "../", liteRoot).href,
      hubPullUrl: help.hubPullUrl || "",
    };
  }

  // Links to the same chapter elsewhere: the page on the site, the hub, the download.
  function ways(path, config) {
    const match = CHAPTER.exec(path || "");
    if (!match) {
      return [["Lees de hoofdstukken op de website van de cursus", config.siteRoot + "index.html"]];
    }
    const page = `book/chapters/${match[1]}/${match[2]}`;
    const links = [["Lees dit hoofdstuk op de website van de cursus", `${config.siteRoot}${page}.html`]];
    if (config.hubPullUrl) {
      links.push(["Open het notebook op de JupyterHub van je organisatie", config.hubPullUrl + encodeURI(path)]);
    }
    links.push(["Download het notebook en open het in Jupyter op je eigen computer",
                `${config.siteRoot}_sources/${page}.ipynb`, true]);
    return links;
  }

  function showNotice(path, reason, config) {
    let notice = document.getElementById(NOTICE_ID);
    if (!notice) {
      notice = document.createElement("section");
      notice.id = NOTICE_ID;
      notice.setAttribute("role", "alert");
      notice.setAttribute("lang", "nl");
      notice.style.cssText = [
        "position:fixed", "z-index:10000", "top:4rem", "left:50%", "transform:translateX(-50%)",
        "max-width:34rem", "width:calc(100% - 2rem)", "box-sizing:border-box", "padding:1rem 1.25rem",
        "background:var(--jp-layout-color0,#fff)", "color:var(--jp-ui-font-color0,#000)",
        "border:2px solid var(--jp-warn-color0,#b35900)", "border-radius:6px",
        "box-shadow:0 4px 16px rgba(0,0,0,.3)", "font:14px/1.5 var(--jp-ui-font-family,sans-serif)",
      ].join(";");
      document.body.appendChild(notice);
    }
    notice.replaceChildren();
    const title = document.createElement("h2");
    title.textContent = "Python start niet";
    title.style.cssText = "margin:0 0 .5rem;font-size:1.2em";
    const what = document.createElement("p");
    what.textContent = "Python draait hier in je browser. Daarvoor haalt je browser Python eerst van internet. "
      + reason;
    const todo = document.createElement("p");
    todo.textContent = "Wat kun je doen?";
    todo.style.marginBottom = "0";
    const list = document.createElement("ul");
    for (const [text, href, download] of ways(path, config)) {
      const item = document.createElement("li");
      const link = document.createElement("a");
      link.textContent = text;
      link.href = href;
      link.target = "_blank";
      link.rel = "noopener";
      link.style.color = "var(--jp-content-link-color,#0645ad)";
      if (download) {
        link.setAttribute("download", "");
      }
      item.appendChild(link);
      list.appendChild(item);
    }
    const wait = document.createElement("p");
    wait.textContent = "Heb je wel internet? Wacht dan nog even, of laad de pagina opnieuw. "
      + "Deze melding verdwijnt zodra Python werkt.";
    const close = document.createElement("button");
    close.type = "button";
    close.textContent = "Sluiten";
    close.addEventListener("click", () => notice.remove());
    notice.append(title, what, todo, list, wait, close);
  }

  function hideNotice() {
    const notice = document.getElementById(NOTICE_ID);
    if (notice) {
      notice.remove();
    }
  }

  // Can the browser reach Pyodide at all? A network error (no internet, a blocked host) says no
  // at once; an answer of any kind says yes, and then only the time limit decides.
  function probe(url) {
    if (!url) {
      return Promise.resolve(true);  // nothing to ask: the time limit decides
    }
    return fetch(url, { mode: "no-cors", cache: "no-store" }).then(() => true, () => false);
  }

  function watch(app) {
    const config = settings();
    const firstSeen = new Map();  // session context -> when its kernel was first asked for
    let reachable = null;  // a promise, made once: whether Pyodide's address answers
    let unreachable = false;
    let closedFor = null;  // the notebook whose message the trainee closed
    const tick = () => {
      let waiting = null;
      for (const widget of app.shell.widgets("main")) {
        const session = widget.sessionContext;
        if (!session || !session.session || !session.session.kernel) {
          continue;
        }
        const status = session.session.kernel.status;
        if (READY.has(status)) {
          firstSeen.set(session, "ready");
          continue;
        }
        if (!firstSeen.has(session)) {
          firstSeen.set(session, Date.now());
        }
        const since = firstSeen.get(session);
        if (since === "ready") {
          continue;  // it ran before: a restart or a long computation, not a failed start
        }
        if (reachable === null) {
          reachable = probe(config.pyodideUrl).then(ok => { unreachable = !ok; });
        }
        const late = Date.now() - since >= config.timeoutMs;
        if (status === "dead" || unreachable || late) {
          waiting = { path: widget.context && widget.context.path, status };
          break;
        }
      }
      const seconds = Math.round(config.timeoutMs / 1000);
      if (waiting === null) {
        hideNotice();
      } else if (!document.getElementById(NOTICE_ID) && closedFor !== waiting.path) {
        const reason = unreachable
          ? "Dat lukt nu niet: je hebt geen internet, of je netwerk blokkeert de server waar Python vandaan komt."
          : `Dat is na ${seconds} seconden nog niet gelukt. Misschien is je internet traag of weg, `
            + "of blokkeert je netwerk de server waar Python vandaan komt.";
        showNotice(waiting.path, reason, config);
        document.querySelector(`#${NOTICE_ID} button`).addEventListener("click", () => {
          closedFor = waiting.path;
        });
      }
    };
    app.restored.then(() => window.setInterval(tick, 1000));
  }

  const plugin = {
    id: "academy-python-help:plugin",
    description: "Says in Dutch when Python cannot start in the browser, and what to do instead.",
    autoStart: true,
    activate: watch,
  };

  const registry = (window._JUPYTERLAB = window._JUPYTERLAB || {});
  registry["academy-python-help"] = {
    init: () => Promise.resolve(),
    get: () => Promise.resolve(() => ({ __esModule: true, default: [plugin] })),
  };
})();
