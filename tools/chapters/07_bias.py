"""Chapter 7, Bias in algoritmes: the source notebook (run to rebuild it)."""

import math

from academy import dutch, fairness
from academy.datasets import compas, load_compas
from tools.authoring import check, code, exercise, how_it_works, md, notebook, reflection, trainer, write

CHAPTER, NAME = "07-bias", "bias"
GROUP, SCORE, TRUTH, PREDICTION = "groep", "risicoscore", "recidive", "hoog_risico"


def truth_tables(tables: dict) -> str:
    """Published truth tables as the trainer note lists them: 'Zwart 990 / 805 / 532 / 1369, Wit ...'."""
    cells = [(False, False), (False, True), (True, False), (True, True)]  # not reoffended low/high, reoffended
    return ", ".join(f"{group} {' / '.join(str(table[cell]) for cell in cells)}" for group, table in tables.items())


def ratio(table, column: str) -> float:
    """How many times the rate of group Zwart is that of group Wit."""
    return table.loc["Zwart", column] / table.loc["Wit", column]


# Every figure the text names is computed here: from the course data, or from ProPublica's published
# tables in academy.datasets.compas. Regenerating the chapter updates them; tests/test_sources.py fails
# when the committed chapter no longer matches.
DATA = load_compas()
METRICS = fairness.group_metrics(DATA, GROUP, TRUTH, PREDICTION)
PUBLISHED = fairness.group_metrics(compas.truth_table_frame(compas.PROPUBLICA_TRUTH_TABLES), GROUP, TRUTH, PREDICTION)
FILTERED = fairness.group_metrics(compas.truth_table_frame(compas.PROPUBLICA_FILTERED_TRUTH_TABLES),
                                  GROUP, TRUTH, PREDICTION)
CALIBRATION = fairness.calibration(DATA, GROUP, SCORE, TRUTH)["aandeel_ja"].unstack(GROUP)
THRESHOLDS = range(2, 11)
BY_THRESHOLD = fairness.threshold_table(DATA, GROUP, SCORE, TRUTH, THRESHOLDS)
BEST = fairness.closest_fpr_threshold(DATA, GROUP, SCORE, TRUTH, THRESHOLDS)
BEST_BY_RATIO = fairness.closest_fpr_threshold(DATA, GROUP, SCORE, TRUTH, THRESHOLDS, measure="ratio")
AT_BEST = BY_THRESHOLD.xs(BEST, level=fairness.THRESHOLD)
AT_RATIO = BY_THRESHOLD.xs(BEST_BY_RATIO, level=fairness.THRESHOLD)
# The truncated axis of "the same data drawn two ways": from just below the lower PPV to just above the higher.
AXIS_FROM = math.floor(METRICS["ppv"].min() * 100) - 2
AXIS_TO = math.ceil(METRICS["ppv"].max() * 100) + 2

# The words of the text must still fit the figures.
CLAIMS = {
    "our data follow ProPublica's published truth tables": METRICS[["tp", "fp", "tn", "fn"]].equals(
        PUBLISHED[["tp", "fp", "tn", "fn"]]),
    "'groep Zwart is groter dan groep Wit'": METRICS.loc["Zwart", "n"] > METRICS.loc["Wit", "n"],
    "'in groep Zwart ging een groter deel opnieuw de fout in'": ratio(METRICS, "base_rate") > 1,
    "'bijna twee keer zo vaak onterecht hoog'": 1.6 < ratio(METRICS, "fpr") < 2,
    "'veel vaker onterecht laag bij witte verdachten'": ratio(METRICS, "fnr") < 2 / 3,
    "'in beide groepen ongeveer even vaak' (PPV)": abs(METRICS["ppv"].diff().iloc[-1]) < 0.05,
    "'de lijnen liggen dicht bij elkaar' (calibration)": (CALIBRATION["Zwart"] - CALIBRATION["Wit"]).abs().max() < 0.1,
    "'pas dicht bij elkaar als bijna niemand nog hoog risico krijgt'": (
        ((AT_BEST["tp"] + AT_BEST["fp"]) / AT_BEST["n"]).max() < 0.1 and AT_BEST["fnr"].min() > 0.85),
    "'ook daar ... nog ruim twee keer zo groot'": ratio(AT_BEST, "fpr") > 2.2,
    "'met de verhouding kom je op een andere drempel uit'": BEST_BY_RATIO != BEST,
}
for claim, holds in CLAIMS.items():
    assert holds, f"Chapter 7 says {claim}, which the data no longer show: change the text."

cells = [
    md("""
    # Hoofdstuk 7 · Bias in algoritmes

    In hoofdstuk 6 zag je hoe snel mensen een beeld vormen van iemand. Nu kijk je naar een computermodel
    dat voorspelt wie opnieuw een misdrijf pleegt: **COMPAS**. Rechters in de Verenigde Staten gebruiken
    het. Journalisten van ProPublica ontdekten dat het model bij de ene groep vaker fouten maakt dan bij de
    andere. De maker was het daar niet mee eens. Wie had gelijk? Allebei. En dat is precies het probleem.

    **Wat leer je?**

    - Je kunt een **kruistabel** lezen: wie kreeg terecht of onterecht een hoog of laag risico?
    - Je kunt per groep de **FPR**, de **FNR** en de **PPV** uitrekenen en uitleggen wat ze betekenen.
    - Je ziet wat er gebeurt als je de **drempel** voor "hoog risico" verschuift.
    - Je kunt uitleggen waarom een model niet op alle manieren tegelijk eerlijk kan zijn als groepen verschillen.
    - Je weet waarom data, modellen en grafieken nooit helemaal neutraal zijn.
    - Je kent voorbeelden uit Nederland: de toeslagenaffaire, SyRI en het risicomodel van Rotterdam.

    **De verdachten in dit hoofdstuk zijn verzonnen.** De computer heeft ze gemaakt. De aantallen en de
    uitkomsten per groep volgen de echte cijfers van ProPublica, maar geen enkele rij is een echt persoon.
    """),
    how_it_works(),
    code("""
    import pandas as pd
    from matplotlib import pyplot as plt

    from academy import fairness
    from academy.datasets import load_compas
    from academy.plotting import PALETTE, finish, use_course_style
    from academy.widgets.threshold import ThresholdExplorer, view

    use_course_style()
    verdachten = load_compas()
    verdachten.head()
    """),
    md("""
    ## Wat is COMPAS?

    COMPAS is software van het bedrijf Northpointe. Verdachten in de Verenigde Staten vullen een vragenlijst
    in. De software maakt daar een **risicoscore** van, van 1 (laag risico) tot 10 (hoog risico): hoe groot
    is de kans dat deze persoon opnieuw de fout in gaat? Rechters gebruiken die score, bijvoorbeeld bij de
    vraag of iemand tot de rechtszaak vrij mag blijven.

    In 2016 onderzochten journalisten van **ProPublica** de scores van ruim 10.000 verdachten in Broward
    County (Florida). Ze keken twee jaar lang wie er opnieuw werd opgepakt. ProPublica vergeleek zwarte en
    witte verdachten. In onze tabel heten die groepen `Zwart` en `Wit`. Elke rij is één (verzonnen) verdachte:

    | kolom | betekenis |
    | --- | --- |
    | `groep` | `Zwart` of `Wit` |
    | `geslacht`, `leeftijd` | man of vrouw; leeftijd in jaren |
    | `eerdere_delicten` | aantal eerdere delicten |
    | `risicoscore` | de score van COMPAS, van 1 tot en met 10 |
    | `risicocategorie` | `Laag` (score 1–4), `Middel` (5–7) of `Hoog` (8–10) |
    | `hoog_risico` | `True` als de score 5 of hoger is (Middel of Hoog), zoals ProPublica het telde |
    | `recidive` | `True` als iemand binnen twee jaar opnieuw de fout in ging (ProPublica: opnieuw gearresteerd) |

    Hoeveel verdachten zijn er per groep, en welk deel ging opnieuw de fout in?
    """),
    code("""
    verdachten.groupby("groep")["recidive"].agg(aantal="size", deel_opnieuw_in_de_fout="mean").round(3)
    """),
    md("""
    Let op dat laatste getal: in groep `Zwart` ging een groter deel opnieuw de fout in dan in groep `Wit`.
    Dat deel heet de **basisratio**. Het speelt straks een grote rol.

    ## Wat vond ProPublica?

    ProPublica keek op twee manieren. Eerst rekenden ze uit of zwarte verdachten vaker een hogere score
    kregen, ook bij dezelfde leeftijd, hetzelfde geslacht en evenveel eerdere delicten. Dat bleek zo, ook als
    je meetelde wie echt opnieuw de fout in ging. Daarna keken ze naar de **fouten** van het model. Dat deel
    is het bekendst. Hun conclusie:

    - Zwarte verdachten die **niet** opnieuw de fout in gingen, kregen bijna twee keer zo vaak toch het label
      "hoog risico" als witte verdachten.
    - Witte verdachten die **wel** opnieuw de fout in gingen, kregen veel vaker het label "laag risico" dan
      zwarte verdachten.

    In de presentatie van de data-academy staat het kort: "Het algoritme bleek ‘racistisch’ ten opzichte van
    donkere mensen." ProPublica en onze tabel spreken van zwarte verdachten. Die conclusie ga je nu zelf
    narekenen.
    """),
    md("""
    ## Vier uitkomsten: de kruistabel

    Het model zegt "hoog risico" of "laag risico". Achteraf weet je of iemand opnieuw de fout in ging. Zo
    krijg je vier vakjes:

    | | kreeg **laag** risico | kreeg **hoog** risico |
    | --- | --- | --- |
    | ging **niet** opnieuw de fout in | terecht laag | **onterecht hoog** (fout-positief) |
    | ging **wel** opnieuw de fout in | **onterecht laag** (fout-negatief) | terecht hoog |

    Met die vakjes maak je drie maten:

    - **FPR** (false positive rate): van wie **niet** opnieuw de fout in ging, welk deel kreeg toch hoog
      risico? FPR = onterecht hoog / (onterecht hoog + terecht laag).
    - **FNR** (false negative rate): van wie **wel** opnieuw de fout in ging, welk deel kreeg toch laag
      risico? FNR = onterecht laag / (onterecht laag + terecht hoog).
    - **PPV** (positive predictive value): van wie **hoog risico** kreeg, welk deel ging echt opnieuw de
      fout in? PPV = terecht hoog / (terecht hoog + onterecht hoog).

    Zo ziet de kruistabel eruit voor alle verdachten samen. De rijen zijn `recidive` (nee/ja), de kolommen
    `hoog_risico` (nee/ja):
    """),
    code("""
    pd.crosstab(verdachten["recidive"], verdachten["hoog_risico"])
    """),
    md("""
    En zo maak je dezelfde tabel **per groep**: zet de groep en `recidive` samen in de rijen.
    """),
    code("""
    pd.crosstab([verdachten["groep"], verdachten["recidive"]], verdachten["hoog_risico"])
    """),
    md("""
    ## Oefening 1 · Onterecht hoog, per groep

    Maak een woordenboek `onterecht_hoog`. Zet daarin per groep het **aantal** mensen dat niet opnieuw de fout
    in ging, maar toch hoog risico kreeg. Zo:

    ```python
    onterecht_hoog = {"Zwart": ..., "Wit": ...}
    ```

    <details><summary>Hint</summary>

    Zoek in de kruistabel per groep de rij `recidive = False` en de kolom `hoog_risico = True`. Je mag de
    getallen overtypen. Met code kan het ook: `~` betekent "niet", `&` betekent "en". Selecteer de rijen met
    `verdachten[~verdachten["recidive"] & verdachten["hoog_risico"]]` en tel per groep met
    `["groep"].value_counts()`.
    </details>
    """),
    exercise("onterecht-hoog", """
    # Maak het woordenboek onterecht_hoog.
    """, """
    onterecht = verdachten[~verdachten["recidive"] & verdachten["hoog_risico"]]
    onterecht_hoog = onterecht["groep"].value_counts().to_dict()
    """),
    check("controle-onterecht-hoog", 2, """
    from academy.checks import bias as controle
    controle.onterecht_hoog()
    """, """
    _juist = fairness.group_metrics(load_compas(), "groep", "recidive", "hoog_risico")
    assert int(onterecht_hoog["Zwart"]) == _juist.loc["Zwart", "fp"]
    assert int(onterecht_hoog["Wit"]) == _juist.loc["Wit", "fp"]
    assert len(onterecht_hoog) == 2
    """),
    md("""
    ## Oefening 2 · De FPR per groep

    Groep `Zwart` is groter dan groep `Wit`. Daarom zeggen aantallen nog niet zoveel. Reken nu met delen.

    Maak een woordenboek `fpr` met per groep de FPR: van wie **niet** opnieuw de fout in ging, welk deel kreeg
    toch hoog risico? Geef een getal van 0 tot 1 (dus `0.25`, niet 25%).

    ```python
    fpr = {"Zwart": ..., "Wit": ...}
    ```

    <details><summary>Hint</summary>

    Met de getallen uit de kruistabel: onterecht hoog / (onterecht hoog + terecht laag), voor elke groep
    apart. Met code: neem eerst alleen de mensen die niet opnieuw de fout in gingen,
    `verdachten[~verdachten["recidive"]]`. Het deel met hoog risico per groep krijg je dan met
    `.groupby("groep")["hoog_risico"].mean()`. Met `.to_dict()` maak je er een woordenboek van.
    </details>
    """),
    exercise("fpr", """
    # Maak het woordenboek fpr.
    """, """
    niet_opnieuw = verdachten[~verdachten["recidive"]]
    fpr = niet_opnieuw.groupby("groep")["hoog_risico"].mean().to_dict()
    """),
    check("controle-fpr", 2, """
    from academy.checks import bias as controle
    controle.fpr()
    """, """
    from academy.feedback import close_enough
    _juist = fairness.group_metrics(load_compas(), "groep", "recidive", "hoog_risico")
    assert close_enough(fpr["Zwart"], _juist.loc["Zwart", "fpr"])
    assert close_enough(fpr["Wit"], _juist.loc["Wit", "fpr"])
    assert len(fpr) == 2
    """),
    md("""
    ## Oefening 3 · De FNR per groep

    Maak een woordenboek `fnr` met per groep de FNR: van wie **wel** opnieuw de fout in ging, welk deel kreeg
    toch laag risico? Geef weer een getal van 0 tot 1.

    <details><summary>Hint</summary>

    Met de getallen uit de kruistabel: onterecht laag / (onterecht laag + terecht hoog). Met code: neem nu
    alleen de mensen die wel opnieuw de fout in gingen, `verdachten[verdachten["recidive"]]`. Het deel met
    hoog risico per groep is dan het deel dat terecht hoog kreeg. Wat is het deel dat laag kreeg? (Tip: 1 min ...)
    </details>
    """),
    exercise("fnr", """
    # Maak het woordenboek fnr.
    """, """
    wel_opnieuw = verdachten[verdachten["recidive"]]
    fnr = (1 - wel_opnieuw.groupby("groep")["hoog_risico"].mean()).to_dict()
    """),
    check("controle-fnr", 2, """
    from academy.checks import bias as controle
    controle.fnr()
    """, """
    from academy.feedback import close_enough
    _juist = fairness.group_metrics(load_compas(), "groep", "recidive", "hoog_risico")
    assert close_enough(fnr["Zwart"], _juist.loc["Zwart", "fnr"])
    assert close_enough(fnr["Wit"], _juist.loc["Wit", "fnr"])
    assert len(fnr) == 2
    """),
    md("""
    ## Wat ProPublica zag

    De functie `fairness.group_metrics` rekent alles in één keer uit: de vier vakjes (`tp` terecht hoog,
    `fp` onterecht hoog, `tn` terecht laag, `fn` onterecht laag) en de maten als deel van 1. De kolom
    `base_rate` is de basisratio.
    """),
    code("""
    tabel = fairness.group_metrics(verdachten, "groep", "recidive", "hoog_risico")
    tabel
    """),
    md(f"""
    Dit zijn precies de cijfers uit het artikel van ProPublica ("How We Analyzed the COMPAS Recidivism
    Algorithm", 2016). Onze verzonnen data volgen de kruistabellen die daarin staan:

    - **FPR**: {dutch.percent(METRICS.loc["Zwart", "fpr"], 2)} bij zwarte verdachten,
      {dutch.percent(METRICS.loc["Wit", "fpr"], 2)} bij witte verdachten. Bijna twee keer zo vaak onterecht hoog.
    - **FNR**: {dutch.percent(METRICS.loc["Zwart", "fnr"], 2)} bij zwarte verdachten,
      {dutch.percent(METRICS.loc["Wit", "fnr"], 2)} bij witte verdachten. Veel vaker onterecht laag bij witte
      verdachten.

    ProPublica deed daarnaast een analyse op een kleiner, opgeschoond deel van de data
    ({dutch.number(compas.PROPUBLICA_FILTERED_ROWS, ",d")} verdachten). Daar komen de cijfers iets anders uit,
    met hetzelfde beeld: een FPR van {dutch.percent(FILTERED.loc["Zwart", "fpr"], 2)} tegen
    {dutch.percent(FILTERED.loc["Wit", "fpr"], 2)} en een FNR van {dutch.percent(FILTERED.loc["Zwart", "fnr"], 2)}
    tegen {dutch.percent(FILTERED.loc["Wit", "fnr"], 2)}.
    """),
    md(f"""
    ## Het antwoord van Northpointe

    Northpointe, de maker van COMPAS, vond de score wel eerlijk. Hun argument: kijk naar wie een **hoog**
    risico kreeg. In beide groepen ging ongeveer even vaak iemand echt opnieuw de fout in. Dat is de PPV:
    {dutch.percent(METRICS.loc["Zwart", "ppv"], 0)} bij groep `Zwart`, {dutch.percent(METRICS.loc["Wit", "ppv"], 0)} bij
    groep `Wit` (de kolom `ppv` hierboven).

    Het geldt ook per score. Een score is **gekalibreerd** als hij voor iedereen hetzelfde betekent: van alle
    mensen met score 7 gaat in elke groep ongeveer even vaak iemand opnieuw de fout in. De functie
    `fairness.calibration` telt dat per groep en per score: het aantal mensen (`n`), hoeveel van hen opnieuw
    de fout in gingen (`aantal_ja`) en welk deel dat is (`aandeel_ja`). De figuur laat per score dat deel
    zien, met een lijn per groep (rondjes: `Wit`, vierkantjes: `Zwart`). De lijnen liggen dicht bij elkaar.
    """),
    code("""
    kalibratie = fairness.calibration(verdachten, "groep", "risicoscore", "recidive")["aandeel_ja"].unstack("groep")
    fig, ax = plt.subplots()
    for groep, kleur, vorm in [("Wit", PALETTE[0], "o"), ("Zwart", PALETTE[1], "s")]:
        ax.plot(kalibratie.index, kalibratie[groep], marker=vorm, color=kleur, label=f"groep {groep}")
    ax.set_xticks(range(1, 11))
    ax.set_ylim(0, 1)
    ax.yaxis.set_major_formatter(lambda waarde, _: f"{waarde:.0%}")
    ax.legend()
    finish(ax, "Zelfde score, zelfde kans?", "Risicoscore (1 = laag, 10 = hoog)", "Deel opnieuw in de fout")
    plt.show()
    """, alt="Lijndiagram: per risicoscore het deel dat opnieuw in de fout ging, met een lijn voor groep Wit "
             "(rondjes) en een voor groep Zwart (vierkantjes). Beide lijnen stijgen, van "
             f"{dutch.percent(CALIBRATION.loc[1].min(), 0)} tot {dutch.percent(CALIBRATION.loc[1].max(), 0)} "
             f"bij score 1 naar {dutch.percent(CALIBRATION.loc[10].min(), 0)} tot "
             f"{dutch.percent(CALIBRATION.loc[10].max(), 0)} bij score 10, "
             "en liggen dicht bij elkaar: de score is gekalibreerd."),
    md("""
    Dus: ProPublica zegt dat het model **oneerlijk** is, want de fouten (FPR en FNR) verschillen per groep.
    Northpointe zegt dat het model **eerlijk** is, want de score betekent in beide groepen hetzelfde (PPV en
    kalibratie). Allebei rekenen ze goed. Ze bedoelen iets anders met "eerlijk".

    ## Schuif met de drempel

    ProPublica telde iemand als "hoog risico" vanaf score 5. Dat is een keuze. Met de schuif hieronder kies je
    zelf de drempel: vanaf welke score krijgt iemand "hoog risico"? De tabel en de figuur laten per groep zien
    hoe de FPR, de FNR en de PPV meebewegen. De groepen hebben een eigen kleur én een eigen patroon.

    Probeer het: wat gebeurt er met de FPR als je de drempel hoger zet? En met de FNR? Vind je een drempel
    waarbij alles in beide groepen gelijk is?
    """),
    code("""
    view(ThresholdExplorer(verdachten))
    """),
    md("""
    ## Oefening 4 · Waar liggen de FPR's het dichtst bij elkaar?

    Bij welke drempel van **2 tot en met 10** ligt de FPR van groep `Zwart` het dichtst bij de FPR van groep
    `Wit`? "Het dichtst bij elkaar" betekent hier: het **verschil** is het kleinst. Het verschil is de grootste
    FPR min de kleinste. Drempel 1 telt niet mee: dan krijgt iedereen hoog risico.

    Maak `drempel`: een heel getal van 2 tot en met 10.

    <details><summary>Hint</summary>

    Schuif de drempel van 2 naar 10 en schrijf bij elke drempel het verschil op. Of laat de computer het doen:
    `fairness.metrics_at_threshold(verdachten, "groep", "risicoscore", "recidive", 7)` geeft de tabel bij
    drempel 7. Daarin staat de FPR van groep `Zwart` in `.loc["Zwart", "fpr"]`. Gebruik `abs(...)` voor een
    verschil zonder minteken, en een `for`-lus over `range(2, 11)`.
    </details>
    """),
    exercise("drempel", """
    # Maak drempel.
    """, """
    verschil = {}
    for d in range(2, 11):
        bij_d = fairness.metrics_at_threshold(verdachten, "groep", "risicoscore", "recidive", d)
        verschil[d] = abs(bij_d.loc["Zwart", "fpr"] - bij_d.loc["Wit", "fpr"])
    drempel = min(verschil, key=verschil.get)
    """),
    check("controle-drempel", 2, """
    from academy.checks import bias as controle
    controle.drempel()
    """, """
    _verschillen = fairness.fpr_gaps(load_compas(), "groep", "risicoscore", "recidive", range(2, 11))
    assert drempel == _verschillen.idxmin()
    assert int(drempel) == drempel and not isinstance(drempel, bool)
    """),
    md("""
    Hieronder staan de FPR en de FNR bij elke drempel, in procenten. Zoek de drempel uit oefening 4. Liggen de
    FPR's daar echt dicht bij elkaar? Kijk ook naar de FNR bij die drempel: hoeveel mensen die wel opnieuw de
    fout in gingen, krijgen dan nog "hoog risico"?
    """),
    code("""
    per_drempel = fairness.threshold_table(verdachten, "groep", "risicoscore", "recidive", range(2, 11))
    (per_drempel[["fpr", "fnr"]].unstack("groep") * 100).round(1)
    """),
    md("""
    De FPR's komen pas dicht bij elkaar als bijna niemand nog "hoog risico" krijgt. Dan mist het model bijna
    iedereen die wel opnieuw de fout in gaat. En let op: ook daar is de FPR van de ene groep nog ruim twee keer
    zo groot als die van de andere. Meet je "dicht bij elkaar" als **verhouding** (hoeveel keer zo groot), dan
    kom je op een andere drempel uit dan met het **verschil**. Ook de maat is dus een keuze.

    ## Waarom kan niet alles tegelijk gelijk zijn?

    Een voorbeeld met ronde getallen. Twee groepen van elk 100 mensen. In groep A gaan 50 mensen opnieuw de
    fout in, in groep B 20. Het model is in beide groepen eerlijk zoals Northpointe het bedoelt: van wie hoog
    risico krijgt, gaat in elke groep 3 op de 4 echt opnieuw de fout in (PPV 75%). En het vindt in elke groep
    60% van wie opnieuw de fout in gaat (FNR 40%).

    | | groep A | groep B |
    | --- | --- | --- |
    | mensen | 100 | 100 |
    | gaan opnieuw de fout in (basisratio) | 50 | 20 |
    | terecht hoog (60% daarvan) | 30 | 12 |
    | hoog risico in totaal (3 op de 4 terecht) | 40 | 16 |
    | onterecht hoog | 10 | 4 |
    | gaan niet opnieuw de fout in | 50 | 80 |
    | **FPR** | 10 van 50 = **20%** | 4 van 80 = **5%** |

    De PPV is gelijk en de FNR is gelijk, maar de FPR is in groep A vier keer zo groot. Dat komt alleen door
    de basisratio: in groep A gaan meer mensen opnieuw de fout in, dus krijgen er ook meer hoog risico, en
    daar zitten ook meer mensen tussen die het niet verdienen.

    Wiskundigen hebben bewezen dat dit altijd zo is (Chouldechova, 2017; Kleinberg, Mullainathan en Raghavan,
    2016). Verschilt de basisratio tussen groepen, dan kan een model niet tegelijk gelijke FPR, gelijke FNR én
    gelijke PPV hebben. Behalve als het model nooit een fout maakt, en dat bestaat niet.

    Voor wie het precies wil zien: de FPR volgt uit de drie andere getallen.
    FPR = basisratio / (1 − basisratio) × (1 − PPV) / PPV × (1 − FNR). Met de cijfers van COMPAS:
    """),
    code("""
    p = tabel["base_rate"]
    pd.DataFrame({
        "basisratio": p,
        "PPV": tabel["ppv"],
        "FNR": tabel["fnr"],
        "FPR volgens de formule": p / (1 - p) * (1 - tabel["ppv"]) / tabel["ppv"] * (1 - tabel["fnr"]),
        "FPR uit de kruistabel": tabel["fpr"],
    }).round(4)
    """),
    md(f"""
    ## Dezelfde data, twee keer getekend

    "Seeing is believing": zien is geloven. Maar begrijpen we wat we zien? **Visualisaties zijn niet objectief.**
    Hieronder staat twee keer dezelfde PPV van de twee groepen. Links begint de as bij {AXIS_FROM}%, rechts bij 0%.
    """),
    code(f"""
    ppv = tabel["ppv"]
    fig, (links, rechts) = plt.subplots(1, 2, figsize=(8, 4))
    for ax, onder, boven in [(links, {AXIS_FROM / 100}, {AXIS_TO / 100}), (rechts, 0, 1)]:
        staven = ax.bar(ppv.index, ppv, color=[PALETTE[0], PALETTE[1]])
        ax.bar_label(staven, labels=[f"{{waarde:.0%}}" for waarde in ppv], padding=2)
        ax.set_ylim(onder, boven)
        ax.yaxis.set_major_formatter(lambda waarde, _: f"{{waarde:.0%}}")
        finish(ax, f"As begint bij {{onder:.0%}}", "Groep", "PPV")
    fig.suptitle("Dezelfde PPV, twee keer getekend", fontweight="bold")
    fig.tight_layout()
    plt.show()
    """, alt=f"Twee staafdiagrammen met dezelfde PPV: groep Zwart {dutch.percent(METRICS.loc['Zwart', 'ppv'], 0)}, "
             f"groep Wit {dutch.percent(METRICS.loc['Wit', 'ppv'], 0)}. Links begint de as bij {AXIS_FROM}% en "
             "lijkt het verschil groot; rechts begint de as bij 0% en zijn de staven bijna even hoog."),
    md("""
    Links lijkt de PPV van groep `Zwart` veel hoger dan die van groep `Wit`. Rechts lijken ze bijna gelijk. Beide
    figuren kloppen. Wie een punt wil maken, kiest de figuur die het beste past. Kijk dus altijd waar de as
    begint, en vraag je af wat de maker je wil laten zien.

    ## Ruwe data bestaat niet

    "Raw data is an oxymoron", schreef Geoffrey Bowker: ruwe data is een tegenstrijdigheid. Data zijn altijd
    **gemaakt**, door iemand, voor een bepaald doel.

    Neem de kolom `recidive`. ProPublica telde iemand als recidivist als hij of zij binnen twee jaar opnieuw
    werd **gearresteerd**. Maar een arrestatie hangt ook af van waar en bij wie de politie kijkt. Wie vaker
    wordt gecontroleerd, wordt ook vaker betrapt. Zo kan een verschil in de data ook een verschil in
    controle zijn. In het sociaal domein is het net zo: "fraude" in een bestand is de fraude die **gevonden**
    is, op de plekken waar iemand zocht.

    ## Modellen zijn ingebedde meningen

    "Models are embedded opinions", zegt wiskundige Cathy O'Neil: in elk model zitten meningen. Modellen en
    algoritmes hebben sociale impact. Kijk maar naar de keuzes in dit hoofdstuk:

    - **Wat voorspel je?** Een nieuwe arrestatie, niet een nieuw misdrijf.
    - **Waar leg je de drempel?** Bij score 5, of ergens anders?
    - **Welke groepen vergelijk je?** En wie bepaalt in welke groep iemand hoort?
    - **Wat is eerlijk?** Gelijke fouten (ProPublica) of een gelijke betekenis van de score (Northpointe)?
      Meet je een verschil, of een verhouding?

    Geen van die keuzes volgt uit de data. Het zijn keuzes van mensen, en ze hebben gevolgen voor mensen.

    ## Ook in Nederland

    Dit is geen ver-van-mijn-bed-verhaal. Ook in het Nederlandse sociaal domein ging het mis:

    - **De toeslagenaffaire.** De Belastingdienst zag duizenden ouders ten onrechte als fraudeur bij de
      kinderopvangtoeslag. De Autoriteit Persoonsgegevens (AP) oordeelde in juli 2020 dat de Belastingdienst
      de (dubbele) nationaliteit van aanvragers onrechtmatig en discriminerend verwerkte, onder meer als
      kenmerk in een systeem dat aanvragen automatisch als risicovol aanwees. In december 2021 kreeg de
      Belastingdienst daarvoor een boete van 2,75 miljoen euro van de AP. Het kabinet-Rutte III trad in
      januari 2021 af vanwege de affaire.
    - **SyRI.** Met het Systeem Risico Indicatie koppelde de overheid gegevens van verschillende instanties om
      te voorspellen wie mogelijk fraudeerde, bijvoorbeeld met uitkeringen of toeslagen. Op 5 februari 2020
      oordeelde de rechtbank Den Haag dat de wet achter SyRI in strijd is met artikel 8 van het Europees
      Verdrag voor de Rechten van de Mens: het recht op respect voor het privéleven.
    - **Rotterdam.** De gemeente Rotterdam gebruikte een risicomodel om bijstandsontvangers te kiezen voor een
      extra controle (heronderzoek). De Rekenkamer Rotterdam waarschuwde in april 2021 dat het model kon leiden
      tot vooringenomen uitkomsten, bijvoorbeeld omdat het meewoog hoe goed iemand Nederlands spreekt. De
      gemeente stopte in 2021 met het model.

    **Bronnen** (meer in *Over deze cursus*):

    - Autoriteit Persoonsgegevens: onderzoeksrapport over de verwerking van de nationaliteit van aanvragers
      van kinderopvangtoeslag door Belastingdienst/Toeslagen (17 juli 2020), en het persbericht over de boete
      (7 december 2021).
    - NRC, "Kabinet-Rutte III gevallen om Toeslagenaffaire", 15 januari 2021.
    - Rechtbank Den Haag, 5 februari 2020, ECLI:NL:RBDHA:2020:865 (SyRI).
    - Rekenkamer Rotterdam, *Gekleurde technologie* (15 april 2021).
    - Vers Beton, "Wethouder 'pauzeert' ontwikkeling algoritme voor bijstandsfraude" (juli 2023): het
      risicomodel stopte in 2021.
    """),
    md("""
    ## Vraag 1 · Eerlijk voor wie?

    Stel: jouw gemeente wil een risicomodel gebruiken om te kiezen welke inwoners met een bijstandsuitkering
    een extra controle krijgen. Welke fout vind jij het ergst: onterecht hoog of onterecht laag? Welke maat
    moet dan in elke groep gelijk zijn: de FPR, of de PPV (de score betekent overal hetzelfde)? Leg uit wat
    een fout betekent voor de inwoner. Schrijf je antwoord in een paar zinnen in de cel hieronder.
    """),
    reflection("vraag-1-eerlijk-voor-wie", 2, """
    **Voorbeeldantwoord en beoordeling (trainer)**

    Voorbeeld: onterecht hoog vind ik het ergst. Die inwoner heeft niets verkeerd gedaan, maar krijgt een
    stressvol heronderzoek en moet al zijn papieren laten zien. Dan wil ik dat de FPR in elke groep gelijk is,
    zodat geen groep vaker onterecht wordt verdacht. Maar als de groepen een andere basisratio hebben, is de
    PPV dan niet meer gelijk: een hoge score betekent dan niet in elke groep hetzelfde. Die keuze is een
    waardeoordeel, geen rekensom, en hoort bij het bestuur en de raad, niet alleen bij de bouwer van het model.

    - 2 punten: kiest een fout én legt de gevolgen voor de inwoner uit, én koppelt de keuze aan een maat
      (FPR of PPV) of ziet dat niet alles tegelijk gelijk kan zijn (andere basisratio), of dat het een
      keuze is en geen rekensom.
    - 1 punt: kiest een fout of een maat met een reden, maar zonder gevolgen voor de inwoner of zonder de maat.
    - 0 punten: geen antwoord, of alleen "het model moet eerlijk zijn".
    """),
    md("""
    ## Vraag 2 · Wie heeft de data gemaakt?

    Kies een gegeven uit je eigen werk, bijvoorbeeld "fraude", "aantal maanden in de uitkering" of "aantal
    interventies". Wie legt het vast, en met welk doel? Wat zie je er níet in? Schrijf je antwoord in een paar
    zinnen in de cel hieronder.
    """),
    reflection("vraag-2-wie-heeft-de-data-gemaakt", 2, """
    **Voorbeeldantwoord en beoordeling (trainer)**

    Verwacht inzicht (dia's data-academy, "Data zijn niet neutraal"): data zijn altijd gemaakt, door iemand,
    voor een bepaald doel. Voorbeeld: "fraude" wordt vastgelegd door handhavers, als uitkomst van een
    controle. Je ziet alleen de fraude bij wie gecontroleerd is; wie nooit gecontroleerd wordt, staat er niet
    in. Een model dat op die gegevens leert, wijst weer de groepen aan die al vaker gecontroleerd werden.

    - 2 punten: noemt wie het gegeven vastlegt én met welk doel, én wat er daardoor niet in de data zit
      (selectie, definitie, wie niet gezien wordt).
    - 1 punt: noemt wie het vastlegt of het doel, maar niet wat er ontbreekt.
    - 0 punten: geen antwoord, of "de data zijn gewoon de feiten".
    """),
    md("""
    ## Samenvatting

    - Een kruistabel heeft vier vakjes: terecht en onterecht hoog, terecht en onterecht laag.
    - De **FPR** is het deel van wie niet opnieuw de fout in ging dat toch hoog risico kreeg. De **FNR** is het
      deel van wie wel opnieuw de fout in ging dat toch laag risico kreeg. De **PPV** is het deel van de
      "hoog risico"-groep dat echt opnieuw de fout in ging.
    - ProPublica: de FPR en de FNR van COMPAS verschillen sterk per groep. Northpointe: de PPV en de
      kalibratie zijn in beide groepen bijna gelijk. Allebei kloppen ze.
    - Verschilt de basisratio tussen groepen, dan kan een model niet op alle manieren tegelijk eerlijk zijn.
      Welke eerlijkheid je kiest, is een keuze van mensen.
    - De drempel, de maat en de grafiek zijn ook keuzes. Ruwe data bestaat niet; modellen zijn ingebedde meningen.
    - In Nederland lieten de toeslagenaffaire, SyRI en het Rotterdamse risicomodel zien wat er mis kan gaan.
    """),
    trainer(f"""
    ## Voor de trainer

    **Tijd:** ongeveer 75 minuten: 10 min COMPAS en de kruistabel, 20 min oefeningen 1 tot en met 3, 10 min
    Northpointe en de schuif, 10 min oefening 4 en de onmogelijkheid, 10 min grafieken, ruwe data en meningen,
    15 min Nederlandse voorbeelden en de vragen 1 en 2.

    **Antwoorden:** `onterecht_hoog` = Zwart {METRICS.loc["Zwart", "fp"]}, Wit {METRICS.loc["Wit", "fp"]}.
    `fpr` = Zwart {dutch.number(METRICS.loc["Zwart", "fpr"], ".4f")},
    Wit {dutch.number(METRICS.loc["Wit", "fpr"], ".4f")}.
    `fnr` = Zwart {dutch.number(METRICS.loc["Zwart", "fnr"], ".4f")},
    Wit {dutch.number(METRICS.loc["Wit", "fnr"], ".4f")}.
    `drempel` = {BEST} (verschil {dutch.number(100 * AT_BEST["fpr"].diff().abs().iloc[-1], ".1f")} procentpunt;
    FPR {dutch.percent(AT_BEST.loc["Zwart", "fpr"])} tegen {dutch.percent(AT_BEST.loc["Wit", "fpr"])},
    FNR {dutch.percent(AT_BEST.loc["Zwart", "fnr"])} tegen {dutch.percent(AT_BEST.loc["Wit", "fnr"])}). Meet je met de
    verhouding in plaats van het verschil, dan wint drempel {BEST_BY_RATIO}
    ({dutch.percent(AT_RATIO.loc["Zwart", "fpr"], 0)} tegen {dutch.percent(AT_RATIO.loc["Wit", "fpr"], 0)}):
    daarom noemt de oefening het verschil. Een goed gesprek: welke maat is "eerlijker"?

    **Over de data:** `data/compas.csv` is synthetisch. Per groep is de kruistabel hoog/laag × wel/niet
    recidive gelijk aan de tabellen in ProPublica's artikel (hele bestand,
    {dutch.number(compas.PROPUBLICA_ROWS, ",d")} rijen; {truth_tables(compas.PROPUBLICA_TRUTH_TABLES)}), en het deel
    recidive per score en groep gelijk aan de echte data. ProPublica's eigen analyse filtert
    ({dutch.number(compas.PROPUBLICA_FILTERED_ROWS, ",d")} rijen) en komt op
    FPR {dutch.percent(FILTERED.loc["Zwart", "fpr"], 2)} / {dutch.percent(FILTERED.loc["Wit", "fpr"], 2)} en FNR
    {dutch.percent(FILTERED.loc["Zwart", "fnr"], 2)} / {dutch.percent(FILTERED.loc["Wit", "fnr"], 2)}.
    Wie ProPublica's bestand `compas-scores-two-years.csv` downloadt, kan het met
    `academy.datasets.load_propublica_compas(pad)` inlezen en dezelfde functies gebruiken.

    **Bespreekvragen:**
    - ProPublica of Northpointe: wie heeft gelijk? (Allebei; ze meten een andere eerlijkheid.)
    - De dia's zeggen dat het algoritme "racistisch" bleek. Volgens Northpointe vraagt COMPAS niet naar
      afkomst. Hoe kan een model dan toch groepen verschillend behandelen? (Via kenmerken die samenhangen met
      de groep, zoals eerdere arrestaties, en via de basisratio.)
    - Welke fout kost in jullie werk het meest, en voor wie?
    - Laat bij "visualisaties zijn niet objectief" zo mogelijk de twee platen uit de presentatie zien: de
      infographic van de Rijksoverheid (2016) en dezelfde plaat door ontwerper Ruben Pater.
    - Toeslagen, SyRI, Rotterdam: wat hadden die organisaties anders kunnen doen? (Hoofdstuk 5: een profiel
      mag de consulent ondersteunen, niet het besluit nemen.)
    """),
]

if __name__ == "__main__":
    print(write(notebook(cells), CHAPTER, NAME))
