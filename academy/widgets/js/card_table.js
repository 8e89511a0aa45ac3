// The card table (academy/widgets/card_table.py): shuffle, sort and filter the pile in the browser.
// State: `tiles` (each card's HTML, in deck order), `fields` (per card the values a filter looks at),
// `ranks` (per sort order a rank per card: equal ranks keep the pile's order), `pile` (deck
// positions in the order they lie), `sort_by`, `filters`, and the choices for the menus.

function shuffled(pile) {
  const order = [...pile];
  for (let i = order.length - 1; i > 0; i -= 1) {
    const j = Math.floor(Math.random() * (i + 1));
    [order[i], order[j]] = [order[j], order[i]];
  }
  return order;
}

function render({ model, el }) {
  const root = widgetRoot("cards");
  addStyle(root);
  const filterChoices = model.get("filter_choices");
  const all = model.get("all_label");

  const shuffle = h("button", { type: "button", onclick: () => {
    model.set("pile", shuffled(model.get("pile")));
    model.set("sort_by", model.get("sort_choices")[0]);
    model.save_changes();
  } }, h("span", { "aria-hidden": "true" }, "🔀 "), "Schud de kaarten");
  const sort = h("select", { onchange: () => { model.set("sort_by", sort.value); model.save_changes(); } },
    model.get("sort_choices").map((choice) => h("option", { value: choice }, choice)));
  const pickers = Object.entries(filterChoices).map(([column, values]) => {
    const picker = h("select", { "data-column": column, onchange: () => {
      const filters = { ...model.get("filters") };
      if (picker.value === "") delete filters[column];
      else filters[column] = values[Number(picker.value)];
      model.set("filters", filters);
      model.save_changes();
    } }, h("option", { value: "" }, all), values.map((value, at) => h("option", { value: String(at) }, String(value))));
    return [column, picker];
  });
  const status = h("p", { role: "status", "aria-live": "polite" });
  const table = h("div", { role: "list", "aria-label": "Kaarten", style: "display:flex;flex-wrap:wrap;gap:4px" });

  root.append(
    h("div", { class: "academy-controls" }, shuffle, h("label", {}, "Sorteer op", sort)),
    h("div", { class: "academy-controls" }, pickers.map(([column, picker]) => h("label", {}, `Alleen ${column}`, picker))),
    status, table,
  );

  function draw() {
    const tiles = model.get("tiles");
    const fields = model.get("fields");
    const filters = model.get("filters");
    const sortBy = model.get("sort_by");
    const ranks = model.get("ranks")[sortBy];
    let shown = model.get("pile").filter((card) =>
      Object.entries(filters).every(([column, value]) => fields[card][column] === value));
    if (ranks) shown = shown.sort((a, b) => ranks[a] - ranks[b]);  // stable: ties keep the pile's order
    table.innerHTML = shown.map((card) => tiles[card]).join("");
    sort.value = sortBy;
    for (const [column, picker] of pickers) {
      const at = column in filters ? filterChoices[column].indexOf(filters[column]) : -1;
      picker.value = at < 0 ? "" : String(at);
    }
    const described = Object.entries(filters).map(([column, value]) => `${column} = ${value}`).join(", ") || "geen";
    status.textContent = `${shown.length} van de ${tiles.length} kaarten, gesorteerd: ${sortBy}, filter: ${described}`;
  }

  model.on("change:pile", draw);
  model.on("change:sort_by", draw);
  model.on("change:filters", draw);
  draw();
  el.append(root);
}

export default { render };
