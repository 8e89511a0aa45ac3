// A slider over fixed stops (academy/widgets/browser.py SliderView): each stop's table and chart
// come from Python (`views`). On the static site all were drawn beforehand; with a kernel a stop
// still empty is drawn by Python once the slider reaches it, and shown when it arrives.

function render({ model, el }) {
  const root = widgetRoot("slider");
  addStyle(root);
  const stops = model.get("stops");
  const at = () => Math.max(0, stops.findIndex(([, value]) => value === model.get("value")));
  const input = h("input", { type: "range", min: 0, max: stops.length - 1, step: 1, value: at(),
                             style: "width:min(320px,60vw)" });
  const readout = h("output", { style: "min-width:2.5rem;font-weight:bold" });
  const shown = h("div", { "aria-live": "polite" });

  function show(index) {
    readout.textContent = stops[index][0];
    input.setAttribute("aria-valuetext", stops[index][0]);
    const view = model.get("views")[index];
    if (view) shown.innerHTML = view;
    else if (model.widget_manager && model.widget_manager.withoutKernel)
      shown.innerHTML = "<p class='academy-note'>Deze stand is niet vooraf getekend. Open het hoofdstuk in JupyterLab om hem te zien.</p>";
    else {
      shown.innerHTML = "<p class='academy-note'>Even geduld: Python tekent deze stand.</p>";
      choose(index);
    }
  }
  function choose(index) {
    if (model.get("value") === stops[index][1]) return;
    model.set("value", stops[index][1]);
    model.save_changes();
  }
  input.addEventListener("input", () => show(Number(input.value)));
  input.addEventListener("change", () => choose(Number(input.value)));
  model.on("change:value", () => { input.value = at(); show(at()); });
  model.on("change:views", () => show(Number(input.value)));

  root.append(h("div", { class: "academy-controls" }, h("label", {}, model.get("label"), input), readout), shown);
  show(at());
  el.append(root);
}

export default { render };
