// Answers on a five-point scale (academy/widgets/scale.py): the poll of chapter 5 and the
// maturity scan of chapter 9. Per item a group of radio buttons (arrow keys move within it),
// the status, and the line to copy into the answer cell; for the scan also a radar chart.
// State: `items` ({id, before, text}), `labels` ([number, name]), `tooltips`, `answers`
// (id -> number or null), `answer_name`, `items_word`, `done_text`, `intro` (HTML), `radar`.

function pythonLiteral(name, ids, answers) {
  const value = (id) => (answers[id] === null || answers[id] === undefined ? "None" : String(answers[id]));
  return `${name} = {${ids.map((id) => `'${id}': ${value(id)}`).join(", ")}}`;
}

const RADAR_SIZE = 460;

function radarChart(radar, values, levelNames) {
  const ns = "http://www.w3.org/2000/svg";
  const svg = (tag, attributes = {}, text = null) => {
    const el = document.createElementNS(ns, tag);
    for (const [name, value] of Object.entries(attributes)) el.setAttribute(name, value);
    if (text !== null) el.textContent = text;
    return el;
  };
  const centre = RADAR_SIZE / 2;
  const reach = centre - 95;
  const angle = (at) => -Math.PI / 2 + (2 * Math.PI * at) / radar.labels.length;  // the first at the top, clockwise
  const point = (at, level) => [centre + Math.cos(angle(at)) * reach * (level / 5), centre + Math.sin(angle(at)) * reach * (level / 5)];
  const shape = (levels) => levels.map((level, at) => point(at, level).map((n) => n.toFixed(1)).join(",")).join(" ");
  const chart = svg("svg", { viewBox: `0 0 ${RADAR_SIZE} ${RADAR_SIZE + 40}`, width: RADAR_SIZE, role: "img",
                             style: "max-width:100%;height:auto", class: "academy-radar" });
  chart.append(svg("text", { x: centre, y: 18, "text-anchor": "middle", "font-size": 16, "font-weight": "bold" }, radar.title));
  for (let level = 1; level <= 5; level += 1) {
    chart.append(svg("polygon", { points: shape(radar.labels.map(() => level)), fill: "none", stroke: "#bbb" }));
    chart.append(svg("text", { x: centre + 3, y: point(0, level)[1] + 11, "font-size": 9, fill: "#444" }, `${level} ${levelNames[level - 1]}`));
  }
  radar.labels.forEach((label, at) => {
    const [x, y] = point(at, 5);
    const [lx, ly] = point(at, 5.9);
    chart.append(svg("line", { x1: centre, y1: centre, x2: x, y2: y, stroke: "#bbb" }));
    const anchor = Math.abs(lx - centre) < 5 ? "middle" : lx < centre ? "end" : "start";
    chart.append(svg("text", { x: lx, y: ly + 4, "text-anchor": anchor, "font-size": 11 }, label));
  });
  const series = [[radar.label, values, "#0072b2", null]];
  if (radar.compare) series.push([radar.compare_label, radar.compare, "#e69f00", "6 4"]);
  series.forEach(([name, levels, colour, dash], at) => {
    const line = svg("polygon", { points: shape(levels), fill: colour, "fill-opacity": 0.12, stroke: colour, "stroke-width": 2 });
    if (dash) line.setAttribute("stroke-dasharray", dash);
    chart.append(line);
    const y = RADAR_SIZE + 20;
    const x = centre - 150 + at * 170;
    const key = svg("line", { x1: x, y1: y, x2: x + 28, y2: y, stroke: colour, "stroke-width": 3 });
    if (dash) key.setAttribute("stroke-dasharray", dash);
    chart.append(key, svg("text", { x: x + 34, y: y + 4, "font-size": 12 }, name));
  });
  return chart;
}

function render({ model, el }) {
  const root = widgetRoot("scale");
  addStyle(root);
  const items = model.get("items");
  const ids = items.map((item) => item.id);
  const labels = model.get("labels");
  const tooltips = model.get("tooltips");
  const status = h("p", { role: "status", "aria-live": "polite", style: "font-weight:bold" });
  const line = h("pre", { "aria-label": "Regel om te kopiëren" });
  const chart = h("div");
  const radar = model.get("radar");

  const intro = h("div");
  intro.innerHTML = model.get("intro");
  root.append(intro);
  for (const item of items) {
    if (item.before) root.append(h("h4", {}, item.before));
    root.append(h("fieldset", { style: "border:0;padding:0;margin:0.6rem 0" },
      h("legend", { style: "padding:0" }, item.text),
      h("div", { class: "academy-controls", style: "gap:0.3rem 0.5rem" }, labels.map(([number, name], at) =>
        h("label", { title: tooltips[at], style: "border:1px solid #888;border-radius:4px;padding:0.15rem 0.5rem;white-space:nowrap" },
          h("input", { type: "radio", name: `${model.get("answer_name")}-${item.id}`, value: number, "data-item": item.id,
                       onchange: () => {
                         model.set("answers", { ...model.get("answers"), [item.id]: number });
                         model.save_changes();
                       } }),
          `${number} ${name}`)))));
  }
  root.append(status, chart, h("p", {}, "Kopieer deze regel naar de antwoordcel:"), line,
    shareControls(model, () => model.get("answers")),
    withoutPythonNote(model, "Op deze webpagina kun je alles uitproberen. Je antwoord laten controleren kan alleen in het notebook."));

  function draw() {
    const answers = model.get("answers");
    for (const input of root.querySelectorAll("input[type=radio]")) {
      input.checked = answers[input.dataset.item] === Number(input.value);
    }
    const left = ids.filter((id) => answers[id] === null || answers[id] === undefined).length;
    status.textContent = left ? `Nog ${left} van de ${ids.length} ${model.get("items_word")} te gaan.` : model.get("done_text");
    line.textContent = pythonLiteral(model.get("answer_name"), ids, answers);
    if (!radar) return;
    if (left) {
      chart.replaceChildren(h("p", {}, radar.waiting));
      return;
    }
    const values = ids.map((id) => answers[id]);
    const drawn = radarChart(radar, values, labels.map(([, name]) => name));
    const described = ids.map((id, at) => `${radar.labels[at]} ${values[at]} (${labels[values[at] - 1][1]})`).join("; ");
    drawn.setAttribute("aria-label", `${radar.alt_start} ${radar.label}: ${described}.${radar.compare_alt}`);
    chart.replaceChildren(drawn);
  }

  model.on("change:answers", draw);
  draw();
  el.append(root);
}

export default { render };
