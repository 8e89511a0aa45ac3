"""What the trainer's live page shows, and the export for the discussion's notes.

The counting is the course's own (as ``make class-results`` counts handed-in notebooks):
``academy.linda.class_share``, ``academy.widgets.poll.class_spread`` and
``academy.widgets.maturity.class_average``. Below ``minimum`` answers to a question only the
number of answers is shown, so nobody in a small group is recognisable from the results.
The page is Dutch and shows no names (there are none to show).
"""

from __future__ import annotations

import csv
import io
import json
from dataclasses import dataclass, field
from html import escape

from academy import linda
from academy.dialogue import STATEMENTS
from academy_trainer.class_results import MIN_GROUP, QUESTIONS
from academy_trainer.live_store import Session
from academy.widgets import maturity, poll

REFRESH_SECONDS = 3
TK_RANGE = f"{linda.TK_1983_TWO_OPTIONS:.0%}–{linda.TK_1983_RANKING:.0%}".replace("%–", "–")


@dataclass
class Part:
    """One question's results: the count always, the rest only from ``minimum`` answers on."""

    key: str
    title: str
    answered: int
    shown: bool
    rows: list[tuple[str, str, object]] = field(default_factory=list)  # (item, measure, value): the export
    text: str = ""  # one Dutch sentence
    detail: object = None  # the poll's spread (a DataFrame) or the scan's averages, for the page


def results(session: Session, minimum: int = MIN_GROUP) -> list[Part]:
    parts = []
    for key, question in QUESTIONS.items():
        values = list(session.answers[key].values())
        part = Part(key, question.title, len(values), len(values) >= minimum)
        part.rows.append(("", "antwoorden", len(values)))
        if not part.shown:
            part.text = (f"Nog te weinig antwoorden om iets te laten zien (vanaf {minimum}, zodat niemand "
                         "herkenbaar is).")
        else:
            COUNTERS[key](values, part)
        parts.append(part)
    return parts


def _linda(values, part: Part) -> None:
    share = linda.class_share(values)
    part.rows += [("F boven D", "aantal", share.fallacy), ("F boven D", "aandeel", round(share.share, 3)),
                  ("Tversky & Kahneman (1983)", "aandeel", TK_RANGE)]
    verb = "zet" if share.fallacy == 1 else "zetten"
    part.text = (f"{share.fallacy} van de {share.valid} {verb} F (bankbediende en feministe) boven D "
                 f"(bankbediende): {share.share:.0%}. Bij Tversky en Kahneman (1983) was dat {TK_RANGE}.")


def _poll(values, part: Part) -> None:
    spread = poll.class_spread(values, skip_invalid=True)
    for statement_id, row in spread.iterrows():
        part.rows += [(statement_id, label, int(count)) for label, count in row.items()]
    part.text = f"Posities van {len(values)} cursisten per stelling."
    part.detail = spread


def _maturity(values, part: Part) -> None:
    average = maturity.class_average(values, skip_invalid=True)
    part.rows += [(maturity.CATEGORIES[c][0], "gemiddeld niveau", v) for c, v in average.items()]
    part.text = f"Gemiddelde van {len(values)} scans, niveau 1 (Initieel) tot en met 5 (Innovatief)."
    part.detail = average


COUNTERS = {"linda": _linda, "dialoog": _poll, "volwassenheid": _maturity}


def radar_script(average: dict) -> str:
    """The group's radar, drawn in the page by the maturity widget's own code (academy/widgets/js/scale.js)."""
    from academy.widgets.browser import esm

    radar = {"title": "Datavolwassenheid: gemiddelde van de groep", "label": "Gemiddelde van de groep",
             "labels": [maturity.CATEGORIES[c][0] for c in maturity.CATEGORY_IDS], "compare": None}
    values = [average[c] for c in maturity.CATEGORY_IDS]
    alt = maturity.radar_alt(average, label="Gemiddelde van de groep")
    code = esm("scale").replace("export default { render };", "")  # its helpers, as a plain script
    assert "export " not in code, "scale.js ends differently now: update how the page takes its radar"
    call = (f"const chart = radarChart({json.dumps(radar)}, {json.dumps(values)}, "
            f"{json.dumps(list(maturity.LEVELS.values()))});\n"
            f"chart.setAttribute('aria-label', {json.dumps(alt)});\n"
            "document.getElementById('radar').append(chart);")
    return f'<div id="radar"></div><script>{code}\n{call}</script>'


STYLE = """
body { font-family: system-ui, sans-serif; max-width: 60rem; margin: 1rem auto; padding: 0 1rem; color: #111; }
.code { font-size: 2.2rem; letter-spacing: 0.3rem; font-weight: bold; }
.bar { background: #0072b2; height: 1.4rem; } .bar.tk { background: #e69f00; }
.bars td { padding: 0.2rem 0.5rem; } table.spread { border-collapse: collapse; font-size: 0.9rem; }
table.spread th, table.spread td { border: 1px solid #ccc; padding: 0.2rem 0.4rem; text-align: center; }
table.spread th[scope=row] { text-align: left; font-weight: normal; }
svg { max-width: 100%; height: auto; }
"""


def _linda_html(part: Part) -> str:
    share = dict(((item, measure), value) for item, measure, value in part.rows)[("F boven D", "aandeel")]
    bars = [("Onze groep", share, ""), (f"Tversky & Kahneman (1983): {TK_RANGE}", linda.TK_1983_RANKING, "tk")]
    rows = "".join(f'<tr><td>{escape(name)}</td><td style="width:20rem"><div class="bar {kind}" '
                   f'style="width:{value * 100:.0f}%"></div></td><td>{value:.0%}</td></tr>'
                   for name, value, kind in bars)
    return f'<table class="bars" aria-hidden="true">{rows}</table>'


def _poll_html(part: Part) -> str:
    spread = part.detail
    head = "".join(f'<th scope="col">{escape(label)}</th>' for label in spread.columns)
    body = "".join(
        f'<tr><th scope="row">{escape(STATEMENTS[sid].text)}</th>'
        + "".join(f"<td>{int(count)}</td>" for count in row) + "</tr>"
        for sid, row in spread.iterrows())
    return f'<table class="spread"><tr><th scope="col">Stelling</th>{head}</tr>{body}</table>'


def page(session: Session, parts: list[Part], close_form: str, code_needed: bool = True) -> str:
    """The trainer's page: the code to show the group (not on the hub), how many answered, the results."""
    status = ("<p><strong>Deze sessie is gesloten.</strong> Nieuwe antwoorden worden geweigerd.</p>"
              if session.closed else
              f'<p>Sessiecode voor de groep: <span class="code">{session.code}</span></p>' if code_needed else "")
    sections = []
    for part in parts:
        extra = ""
        if part.shown and part.key == "linda":
            extra = _linda_html(part)
        elif part.shown and part.key == "dialoog":
            extra = _poll_html(part)
        elif part.shown and part.key == "volwassenheid":
            extra = radar_script(part.detail)
        sections.append(f'<section id="{part.key}"><h2>{escape(part.title)}</h2>'
                        f'<p class="answered">Geantwoord: <strong data-count="{part.key}">{part.answered}</strong></p>'
                        f"<p>{escape(part.text)}</p>{extra}</section>")
    refresh = "" if session.closed else f'<meta http-equiv="refresh" content="{REFRESH_SECONDS}">'
    return (f'<!doctype html><html lang="nl"><head><meta charset="utf-8">{refresh}'
            f"<title>Live resultaten van de groep</title><style>{STYLE}</style></head><body>"
            f"<h1>Live resultaten van de groep</h1>{status}"
            f"<p>Geen namen: je ziet alleen aantallen en gemiddelden. De pagina ververst zichzelf.</p>"
            f"{''.join(sections)}{close_form}</body></html>")


def export_csv(session: Session, parts: list[Part]) -> str:
    out = io.StringIO()
    writer = csv.writer(out)
    writer.writerow(["sessie", "vraag", "onderdeel", "maat", "waarde"])
    for part in parts:
        for item, measure, value in part.rows:
            writer.writerow([session.code, part.key, item, measure, value])
    return out.getvalue()


def export_markdown(session: Session, parts: list[Part]) -> str:
    lines = [f"# Resultaten van de groep (sessie {session.code}, gestart {session.started})", ""]
    for part in parts:
        lines += [f"## {part.title}", "", f"Geantwoord: {part.answered}. {part.text}", ""]
        if part.shown and len(part.rows) > 1:
            lines += ["| onderdeel | maat | waarde |", "| --- | --- | --- |"]
            lines += [f"| {item} | {measure} | {value} |" for item, measure, value in part.rows[1:]]
            lines.append("")
    return "\n".join(lines)
