"""Chapter 6, Linda: the source notebook (run to rebuild it)."""

import textwrap

from academy import dutch, linda
from tools.authoring import check, code, exercise, how_it_works, md, notebook, reflection, trainer, write

CHAPTER, NAME = "06-linda", "linda"


def filled(text: str, **parts: str) -> str:
    """Dedent a cell text first, then fill in lists made from academy.linda (they carry no indent)."""
    return textwrap.dedent(text).strip("\n").format(**parts)


DESCRIPTION = "\n".join(f"- {line}" for line in linda.DESCRIPTION)
OPTIONS = "\n".join(f"- **{letter}.** {text}" for letter, text in linda.OPTIONS.items())
FOLLOW_UP = "\n".join(f"1. {question}" for question in linda.FOLLOW_UP_QUESTIONS)
TK_RANKING = f"{linda.TK_1983_RANKING:.0%}"
TK_TWO = f"{linda.TK_1983_TWO_OPTIONS:.0%}"


# Every figure the text names comes from the population the trainee computes with, so it cannot go stale.
PEOPLE = linda.population()
N_PEOPLE = dutch.number(len(PEOPLE), ",d")
SHARES = {
    "D": PEOPLE["bankbediende"].mean(),
    "F": (PEOPLE["bankbediende"] & PEOPLE["feministe"]).mean(),
    "C": PEOPLE["feministe"].mean(),
}
COUNTS = {letter: round(share * len(PEOPLE)) for letter, share in SHARES.items()}

cells = [
    md(filled("""
    # Hoofdstuk 6 · Linda

    In dit hoofdstuk doe je een bekende denkoefening. Je leest een korte beschrijving van een vrouw:
    Linda. Daarna zet je zes uitspraken over haar in volgorde. Dan bekijk je samen wat de groep heeft
    gekozen, en waarom. En je ziet wat dat te maken heeft met stereotypen en met voorspellende modellen.

    **Wat leer je?**

    - Je merkt hoe snel je een beeld vormt van iemand, op basis van een paar kenmerken.
    - Je leert een rekenregel over kansen. Die volgt pas nadat je je eigen volgorde hebt gekozen.
    - Je kunt een kans uitrekenen als een aandeel in een tabel.
    - Je kent het verschil tussen een **stereotype** en een **vooroordeel**.
    - Je kunt uitleggen waarom dit belangrijk is als een organisatie voorspellende modellen gebruikt.

    **Linda is verzonnen, en de {n_people} vrouwen waarmee je straks rekent ook.** Ze bestaan alleen in
    de computer.
    """, n_people=N_PEOPLE)),
    how_it_works("""
    Lees nog niet vooruit. De oefening werkt het best als je eerst zelf je volgorde kiest.
    """),
    code("""
    import pandas as pd
    from matplotlib import pyplot as plt

    from academy import linda
    from academy.dutch import percent
    from academy.plotting import PALETTE, finish, use_course_style
    from academy.widgets.ranking import Ranking, view

    use_course_style()
    """),
    md(filled("""
    ## Dit is Linda

    {description}

    Kun je je een beeld vormen van Linda?
    """, description=DESCRIPTION)),
    md(filled("""
    ## Zes uitspraken over Linda

    {options}

    **{question}** Zet bovenaan de uitspraak die volgens jou het meest waarschijnlijk is, en onderaan de
    minst waarschijnlijke. Schrijf op wat jij denkt: het gaat om jouw eerste indruk. Later in dit
    hoofdstuk volgt uitleg.

    Gebruik de knoppen ▲ (hoger) en ▼ (lager) in het schema hieronder.
    """, options=OPTIONS, question=linda.QUESTION)),
    code("""
    view(Ranking())
    """),
    md("""
    ## Oefening 1 · Jouw rangorde

    Je trainer wil straks zien hoe de groep de uitspraken heeft geordend. Maar wat je in het schema
    klikt, wordt niet opgeslagen in het notebook. Onder het schema staat daarom een regel die begint met
    `rangorde = [`. Kopieer die regel en plak hem in de cel hieronder, op de plek van `# SCHRIJF HIER JE CODE`.
    Voer daarna de cel en de controlecel uit.

    <details><summary>Hint</summary>

    Selecteer de hele regel onder het schema en kopieer hem (Ctrl + C, op een Mac Cmd + C). Wil je hem
    liever zelf typen? Zet dan elke letter tussen aanhalingstekens, met komma's ertussen, en vierkante
    haken eromheen. Alle zes letters (A tot en met F) moeten er precies één keer in staan, de meest
    waarschijnlijke eerst.
    </details>
    """),
    exercise("rangorde", """
    # Plak hier de regel uit het schema: rangorde = [...]
    """, """
    rangorde = ['C', 'E', 'B', 'A', 'D', 'F']
    """),
    check("controle-rangorde", 1, """
    from academy.checks import linda as controle
    controle.rangorde()
    """, """
    _letters = [str(_letter).strip().upper() for _letter in rangorde]
    assert sorted(_letters) == ["A", "B", "C", "D", "E", "F"]
    assert isinstance(rangorde, (list, tuple))
    """),
    md(filled("""
    ## Drie vragen aan de groep

    In de training stelt de trainer nu drie vragen:

    {questions}

    Kijk nog eens naar de beschrijving van Linda. Staat daar iets over haar werk? Staat daar dat ze
    feministe is? Of vulde je dat zelf in?
    """, questions=FOLLOW_UP)),
    md("""
    ## Vraag 1 · Had ik daar iets over gezegd?

    Welke uitspraak zette jij bovenaan, en welke woorden uit de beschrijving brachten je daarop?
    Stond dat er echt, of maakte je het zelf af? Schrijf je antwoord in een paar zinnen in de cel hieronder.
    """),
    reflection("vraag-1-had-ik-daar-iets-over-gezegd", 2, """
    **Voorbeeldantwoord en beoordeling (trainer)**

    Verwacht inzicht (dia's data-academie, "Had ik daar iets over gezegd?"): de beschrijving zegt niets over
    Linda's werk en niets over feminisme. Wie C of F hoog zet, vult dat zelf in vanuit het beeld dat de
    kenmerken oproepen (filosofie, sociale rechtvaardigheid, demonstraties).
    De dia's noemen dat een rationele denkfout én een stereotype afleiding.

    - 2 punten: noemt de eigen keuze én ziet dat de beschrijving daar niets over zegt: het beeld komt van
      de lezer zelf (stereotype, "past bij").
    - 1 punt: noemt alleen de keuze en de woorden die daartoe leidden, zonder te zien dat het een aanname is.
    - 0 punten: geen antwoord, of alleen de volgorde.
    """),
    md("""
    ## De en-regel

    Denk aan alle bankbediendes in Nederland. Een deel van hen is ook actief feministe. Dat deel is een
    **deel** van de bankbediendes. Het kan dus nooit groter zijn dan de hele groep bankbediendes.

    Voor kansen betekent dat: Linda is bankbediende **én** feministe (uitspraak F). De kans daarop is nooit
    groter dan de kans dat ze bankbediende is (uitspraak D). Hoe goed F ook past bij het beeld dat je van
    Linda hebt. Wie F boven D zet, maakt de **conjunctiefout** (conjunctie betekent: "en").

    In het kort: **kans(A én B) ≤ kans(A)**. Dat teken ≤ betekent "kleiner dan of gelijk aan".
    """),
    md(filled("""
    ## Rekenen in een verzonnen bevolking

    Je kunt de regel ook zien door te tellen. De computer maakt {n_people} verzonnen vrouwen die op Linda lijken.
    Voor elke vrouw loot hij haar beroep, en of ze actief feministe en yogabeoefenaar is. De aandelen hebben
    we zelf gekozen. Het zijn dus **geen echte cijfers**, maar de rekenregel geldt voor elke bevolking.
    """, n_people=N_PEOPLE)),
    code("""
    bevolking = linda.population()
    bevolking.head()
    """),
    md("""
    Elke rij is één vrouw. In de kolommen staat `True` (ja) of `False` (nee). Vrouw 1 is bijvoorbeeld
    feministe als in haar rij bij `feministe` het woord `True` staat.

    Zo reken je een kans uit als een **aandeel**: tel hoeveel vrouwen `True` hebben, en deel door het
    aantal vrouwen. De computer doet dat in één keer met `.mean()` (het gemiddelde): `True` telt als 1,
    `False` als 0. Dit is het aandeel yogabeoefenaars:
    """),
    code("""
    print(bevolking["yogabeoefenaar"].mean())
    """),
    md("""
    Wil je weten wie **twee** dingen tegelijk is? Zet dan `&` (en) tussen twee kolommen, met haakjes
    eromheen. Dit is het aandeel vrouwen dat feministe én yogabeoefenaar is:
    """),
    code("""
    print((bevolking["feministe"] & bevolking["yogabeoefenaar"]).mean())
    """),
    md("""
    ## Oefening 2 · De kans op bankbediende

    Maak de variabele `p_bankbediende`: het aandeel vrouwen in `bevolking` dat bankbediende is. Geef het als
    een getal van 0 tot 1 (dus `0.25`, niet 25%).

    <details><summary>Hint</summary>

    Kijk naar het voorbeeld met `yogabeoefenaar` hierboven. Gebruik nu de kolom `bankbediende`.
    </details>
    """),
    exercise("p-bankbediende", """
    # Maak p_bankbediende.
    """, """
    p_bankbediende = bevolking["bankbediende"].mean()
    """),
    check("controle-p-bankbediende", 1, """
    from academy.checks import linda as controle
    controle.p_bankbediende()
    """, """
    from academy.feedback import close_enough
    _bevolking = linda.population()
    assert close_enough(p_bankbediende, _bevolking["bankbediende"].mean())
    assert not isinstance(p_bankbediende, (bool, str))
    """),
    md("""
    ## Oefening 3 · De kans op bankbediende én feministe

    Maak de variabele `p_bankbediende_en_feministe`: het aandeel vrouwen dat bankbediende **én** feministe is.
    Vergelijk je antwoord daarna met `p_bankbediende`. Welke is groter?

    <details><summary>Hint</summary>

    Kijk naar het voorbeeld met `feministe` en `yogabeoefenaar` hierboven. Zet `&` tussen de kolom
    `bankbediende` en de kolom `feministe`, zet haakjes om het geheel en neem dan `.mean()`.
    </details>
    """),
    exercise("p-bankbediende-en-feministe", """
    # Maak p_bankbediende_en_feministe.
    """, """
    p_bankbediende_en_feministe = (bevolking["bankbediende"] & bevolking["feministe"]).mean()
    """),
    check("controle-p-bankbediende-en-feministe", 2, """
    from academy.checks import linda as controle
    controle.p_bankbediende_en_feministe()
    """, """
    from academy.feedback import close_enough
    _bevolking = linda.population()
    _beide = _bevolking["bankbediende"] & _bevolking["feministe"]
    assert close_enough(p_bankbediende_en_feministe, _beide.mean())
    assert not isinstance(p_bankbediende_en_feministe, (bool, str))
    """),
    md("""
    ## Nooit groter

    De figuur hieronder zet drie kansen naast elkaar: D (bankbediende), F (bankbediende én feministe) en
    C (feministe). De balk van F is korter dan die van D, en ook korter dan die van C. Dat moet ook wel:
    iedere vrouw die bij F hoort, hoort ook bij D en bij C.
    """),
    code("""
    kansen = linda.conjunction_probabilities(bevolking)
    balken = {
        "D. Bankbediende": kansen["bankbediende"],
        "F. Bankbediende en feministe": kansen["bankbediende en feministe"],
        "C. Feministe": bevolking["feministe"].mean(),
    }
    fig, ax = plt.subplots(figsize=(7, 3))
    staven = ax.barh(list(balken), list(balken.values()), color=PALETTE[0])
    ax.bar_label(staven, labels=[percent(kans) for kans in balken.values()], padding=3)
    ax.invert_yaxis()
    ax.set_xlim(0, 1)
    ax.xaxis.set_major_formatter(lambda waarde, _: f"{waarde:.0%}")
    finish(ax, "Kansen in de verzonnen bevolking", "Percentage van alle vrouwen in de bevolking", "")
    plt.show()
    """, alt="Liggend staafdiagram van drie kansen in de verzonnen bevolking: "
             f"D (bankbediende) {dutch.percent(SHARES['D'])}, F (bankbediende en feministe) "
             f"{dutch.percent(SHARES['F'])} en C (feministe) {dutch.percent(SHARES['C'])}. De balk van F is korter "
             "dan die van D en die van C."),
    md("""
    Is dit toeval, omdat we deze bevolking zo hebben gemaakt? Nee. Hieronder maakt de computer vijf andere
    bevolkingen, elk met een ander lot. De kans op F is telkens kleiner dan de kans op D. Dat komt niet door
    de aandelen die we kozen, maar door de rekenregel.
    """),
    code("""
    pd.DataFrame(
        [linda.conjunction_probabilities(linda.population(seed=lot)) for lot in range(1, 6)],
        index=pd.Index(range(1, 6), name="bevolking"),
    ).round(4)
    """),
    md(filled("""
    ## Wat deden andere mensen?

    Je bent niet de enige die twijfelt. De psychologen Amos Tversky en Daniel Kahneman legden in 1983 een
    vergelijkbare beschrijving van Linda voor aan veel mensen.

    | wie | zette "bankbediende en feministe" boven "bankbediende" |
    | --- | --- |
    | proefpersonen zonder statistiek-opleiding, met een lijst van acht uitspraken | {tk_ranking} |
    | proefpersonen die alleen uit die twee uitspraken mochten kiezen | {tk_two} |
    | jouw groep | dat laat je trainer zien in de bespreking |
    | jij | dat zag je bij de controle van oefening 1 |

    Bron: {source}.
    """, tk_ranking=TK_RANKING, tk_two=TK_TWO, source=linda.TK_1983_SOURCE)),
    md("""
    ## Waarom maken we deze fout?

    De beschrijving van Linda roept een beeld op: een betrokken, kritische vrouw. "Actief feministe" past bij
    dat beeld. "Bankbediende" past er niet zo goed bij. "Bankbediende en actief feministe" past er weer een
    beetje bij. Ons brein kiest dan wat het **best past**, en niet wat het **meest waarschijnlijk** is.

    In de data-academie heet dat: een **rationele denkfout** en een **stereotype afleiding**. Rationeel,
    omdat het tegen de rekenregel ingaat. Stereotype, omdat je uit een paar kenmerken afleidt bij welke
    groep iemand hoort, en wat daar dan bij hoort.
    """),
    md("""
    ## Stereotype en vooroordeel

    Twee woorden die op elkaar lijken, maar niet hetzelfde zijn:

    - Een **stereotype** is een link tussen lid zijn van een groep en **kennis** over die groep.
      Bijvoorbeeld: een hardrocker heeft lang haar.
    - Een **vooroordeel** hangt daarmee samen. Het is een link tussen een groep en een bepaald **gevoel**,
      positief of negatief. Bijvoorbeeld: een skinhead en angst.

    Stereotypen zitten diep in onze natuur:

    - We hebben ze nodig.
    - Ze helpen je om snel in te spelen op wat er om je heen gebeurt.
    - Maar onterechte aannames kunnen leiden tot **discriminatie**.

    Daarom is dit belangrijk voor beroepen die een eerlijk oordeel over mensen moeten vormen. Denk aan de
    politie en de rechter. En in het sociaal domein: aan de consulent, de klantmanager of de handhaver die
    beslist wie extra hulp of een extra controle krijgt.
    """),
    md("""
    ## Van mens naar model

    Maar... **wat gebeurt er als je deze menselijke eigenschap in een voorspellend model stopt?**

    Een voorspellend model leert van gegevens uit het verleden. Die gegevens zijn vaak gemaakt door mensen:
    wie werd gecontroleerd, wie kreeg een interventie, wie werd als fraudeur geregistreerd. Zaten daar
    stereotypen in, dan leert het model die ook. En een model past ze daarna toe op duizenden mensen tegelijk,
    met een getal dat objectief lijkt. Daarover gaat hoofdstuk 7.
    """),
    md("""
    ## Vraag 2 · Van mens naar model

    Denk aan je eigen werk. Noem een stereotype dat een rol kan spelen als iemand een oordeel vormt over een
    inwoner of klant. Hoe kan dat stereotype in de gegevens terechtkomen, en wat gebeurt er als een model
    van die gegevens leert? Schrijf je antwoord in een paar zinnen in de cel hieronder.
    """),
    reflection("vraag-2-van-mens-naar-model", 2, """
    **Voorbeeldantwoord en beoordeling (trainer)**

    Verwacht inzicht (dia's data-academie, "Stereotyperen en vooroordelen in model"): stereotypen zijn
    menselijk en vaak handig, maar onterechte aannames leiden tot discriminatie. Mensen leggen hun oordelen
    vast in dossiers en registraties (wie wordt gecontroleerd, wie krijgt een interventie). Een model dat
    daarvan leert, neemt het stereotype over, past het op grote schaal toe en laat het objectief lijken.
    Voorbeeld: een wijk waar vaker wordt gecontroleerd, levert meer geregistreerde fraude op, dus wijst het
    model die wijk weer aan.

    - 2 punten: een concreet stereotype uit het eigen werk, én hoe het in de gegevens komt, én wat een model
      ermee doet (overnemen, herhalen, versterken of verbergen achter een getal).
    - 1 punt: een stereotype of een algemene zorg over modellen, zonder de weg van oordeel naar gegevens
      naar model.
    - 0 punten: geen antwoord, of een antwoord dat niet over stereotypen of modellen gaat.
    """),
    md("""
    ## Samenvatting

    - Een paar kenmerken zijn genoeg om een beeld van iemand te vormen. Dat beeld vult dingen in die niemand
      heeft gezegd.
    - De en-regel: de kans op "A én B" is nooit groter dan de kans op "A" alleen. Wie F boven D zet, maakt
      de conjunctiefout. De meeste mensen maken hem.
    - Een kans kun je uitrekenen als een aandeel: tel wie `True` heeft en deel door het totaal (`.mean()`).
    - Een **stereotype** koppelt een groep aan kennis, een **vooroordeel** koppelt een groep aan een gevoel.
      We hebben stereotypen nodig, maar onterechte aannames leiden tot discriminatie.
    - Een model dat leert van menselijke oordelen, kan die stereotypen overnemen.

    In het volgende hoofdstuk kijk je naar zo'n model: **bias in algoritmes**.
    """),
    trainer(filled("""
    ## Voor de trainer

    **Tijd:** ongeveer 45 minuten: 5 min lezen en rangschikken (laat iedereen eerst zelf kiezen, zonder
    overleggen), 10 min de drie vragen aan de groep en de uitslag van de groep, 15 min de en-regel en
    oefeningen 2 en 3, 15 min stereotype en vooroordeel en de brug naar hoofdstuk 7.

    **Antwoorden:** oefening 1 krijgt het punt voor elke geldige volgorde van A tot en met F; de volgorde zelf
    wordt niet beoordeeld. Oefening 2: `p_bankbediende` = {p_d} ({count_d} van de {n_people}). Oefening 3:
    `p_bankbediende_en_feministe` = {p_f} ({count_f} van de {n_people}).

    **De uitslag van de groep.** Verzamel de ingeleverde notebooks (`collect` of `zip-collect`) en laat dan
    zien hoeveel mensen F boven D zetten, naast de {tk_ranking} van Tversky en Kahneman:

    ```
    python -m academy_trainer class-results
    ```

    Dat telt met `academy.linda.class_share`; ongeldige of lege rangordes tellen niet mee. Handopsteken werkt
    ook: dat zijn precies de vragen van de dia's.

    **Bespreekvragen** (de dia's van de data-academie):
    - Wie heeft F boven D? Wie heeft C hoog? Heb ik iets gezegd over haar werk of over feminisme?
    - Rationele denkfout en stereotype afleiding: waar kwam jouw beeld van Linda vandaan?
    - Welke stereotypen kom je tegen in je eigen werk? Wanneer helpen ze, wanneer worden ze een vooroordeel?
    - Wat gebeurt er als je deze menselijke eigenschap in een voorspellend model stopt? (Brug naar hoofdstuk 7.)

    **Let op:** deelnemers zien in de controle van oefening 1 of ze F boven D zetten. Vraag ze hun volgorde
    daarna niet meer te veranderen; zo klopt de uitslag van de groep.
    """, p_d=dutch.number(SHARES["D"], ".4f"), p_f=dutch.number(SHARES["F"], ".4f"), count_d=COUNTS["D"],
        count_f=COUNTS["F"], n_people=N_PEOPLE, tk_ranking=TK_RANKING)),
]

if __name__ == "__main__":
    print(write(notebook(cells), CHAPTER, NAME))
