// A slider over fixed stops (academy/widgets/browser.py SliderView): every stop's table and chart
// were computed in Python beforehand (`views`), so moving the slider only swaps them in.

function render({ model, el }) {
  const root = widgetRoot("slider");
  addStyle(root);
  const stops = model.get("stops");
  const views = model.get("views");
  const at = () => Math.max(0, stops.findIndex(([, value]) => value === model.get("value")));
  const input = h("input", { type: "range", min: 0, max: stops.length - 1, step: 1, value: at(),
                             style: "width:min(320px,60vw)" });
  const readout = h("output", { style: "min-width:2.5rem;font-weight:bold" });
  const shown = h("div", { "aria-live": "polite" });

  function show(index) {
    readout.textContent = stops[index][0];
    input.setAttribute("aria-valuetext", stops[index][0]);
    shown.innerHTML = views[index];
  }
  input.addEventListener("input", () => show(Number(input.value)));
  input.addEventListener("change", () => {
    model.set("value", stops[Number(input.value)][1]);
    model.save_changes();
  });
  model.on("change:value", () => { input.value = at(); show(at()); });

  root.append(h("div", { class: "academy-controls" }, h("label", {}, model.get("label"), input), readout), shown);
  show(at());
  el.append(root);
}

export default { render };
