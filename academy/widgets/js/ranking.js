// The Linda ranking (academy/widgets/ranking.py): move options up and down in the browser.
// State: `order` (letters, most probable first), `options` (letter -> text), `question`,
// `answer_name` (the variable the line to copy sets).

function render({ model, el }) {
  const root = widgetRoot("ranking");
  addStyle(root);
  const options = model.get("options");
  const list = h("ol", { style: "list-style:none;padding:0;margin:0.5rem 0" });
  const line = h("pre", { "aria-label": "Regel om te kopiëren" });
  const status = h("p", { role: "status", "aria-live": "polite", class: "academy-sr-only",
                          style: "position:absolute;width:1px;height:1px;overflow:hidden;clip:rect(0 0 0 0)" });

  function move(letter, step, direction) {
    const order = [...model.get("order")];
    const at = order.indexOf(letter);
    const to = at + step;
    if (to < 0 || to >= order.length) return;
    [order[at], order[to]] = [order[to], order[at]];
    model.set("order", order);
    model.save_changes();
    draw();
    // Keep the focus on the moved option (its same button, or the other one at the edge).
    const row = list.querySelector(`[data-letter="${letter}"]`);
    const same = row.querySelector(`[data-direction="${direction}"]`);
    (same.disabled ? row.querySelector("button:not(:disabled)") : same).focus();
    status.textContent = `${letter} staat nu op plaats ${to + 1}.`;
  }

  function draw() {
    const order = model.get("order");
    list.replaceChildren(...order.map((letter, at) => h("li", { "data-letter": letter,
        style: "display:flex;gap:0.4rem;align-items:center;margin:0.2rem 0" },
      h("span", { style: "min-width:1.6rem" }, `${at + 1}.`),
      h("button", { type: "button", "data-direction": "up", "aria-label": `${letter} hoger (waarschijnlijker)`,
                    title: `${letter} hoger (waarschijnlijker)`, disabled: at === 0,
                    onclick: () => move(letter, -1, "up") }, "▲"),
      h("button", { type: "button", "data-direction": "down", "aria-label": `${letter} lager (minder waarschijnlijk)`,
                    title: `${letter} lager (minder waarschijnlijk)`, disabled: at === order.length - 1,
                    onclick: () => move(letter, 1, "down") }, "▼"),
      h("span", {}, `${letter}. ${options[letter]}`))));
    line.textContent = `${model.get("answer_name")} = [${order.map((letter) => `'${letter}'`).join(", ")}]`;
  }

  model.on("change:order", draw);
  root.append(
    h("p", {}, h("strong", {}, model.get("question")), h("br"), "Bovenaan: het meest waarschijnlijk."),
    list, status,
    h("p", {}, "Kopieer deze regel naar de antwoordcel hieronder:"), line,
    shareControls(model, () => model.get("order")),
    withoutPythonNote(model, "Op deze webpagina kun je de volgorde uitproberen. Je antwoord laten controleren kan alleen in het notebook."),
  );
  draw();
  el.append(root);
}

export default { render };
