"""Chapter 4, Verbanden en voorspellen: the source notebook (run to rebuild it)."""

from academy import dutch, overview, prediction
from academy.cards import load_deck, person_table
from tools.authoring import check, code, exercise, how_it_works, md, notebook, reflection, trainer, write

CHAPTER, NAME = "04-verbanden", "verbanden"

# Figures the text states, computed from the deck, so the text follows the data.
PERSONS = person_table(load_deck())
TRAINED = prediction.training_accuracy(PERSONS)  # exercise 4: nauwkeurigheid_training
LEFT_OUT = prediction.leave_one_out_accuracy(PERSONS)  # exercise 4: nauwkeurigheid_loo
RIGHT_TRAINED, RIGHT_LEFT_OUT = round(TRAINED * len(PERSONS)), round(LEFT_OUT * len(PERSONS))  # goed_eigen, goed_apart
# Written as Python prints the trainee's accuracies, the Dutch way: 1,0 and 0,45.
TRAINED_TEXT, LEFT_OUT_TEXT = dutch.number(TRAINED, ""), dutch.number(LEFT_OUT, "")

# The tree's questions the text quotes must be questions the tree asks, with the answer the text gives.
# A line of the rules reads "nee → Migratieachtergrond: Nederlands?"; the line after it is that question's "nee".
RULES = [line.strip() for line in prediction.rules(PERSONS).splitlines()]
ORIGIN = [line.endswith("Migratieachtergrond: Nederlands?") for line in RULES[:-1]]
assert RULES[0] == "Meer dan 3 ziekenhuisbezoeken?", "the text quotes the tree's first question"
assert any(ORIGIN), "the text and the trainer note quote the question 'Migratieachtergrond: Nederlands?'"
assert RULES[ORIGIN.index(True) + 1] == "nee → voorspelling: nog geen werk", \
    "the text says that at 'nee' to 'Migratieachtergrond: Nederlands?' the tree predicts 'nog geen werk'"
assert TRAINED == 1 and LEFT_OUT < 0.5, "the text says the tree learnt the cards by heart"

DIFFERENCES = overview.standardised_differences(PERSONS)["gestandaardiseerd verschil"]
DIFFERENCES_ALT = (
    "Liggend staafdiagram met het gestandaardiseerde verschil (reeks 1 min reeks 2) voor de vijf kenmerken met "
    "getallen, van groot naar klein, zoals in de tabel erboven: "
    + "; ".join(f"{kenmerk} {dutch.number(value, '.2f')}" for kenmerk, value in DIFFERENCES.items())
    + ". Een staaf naar links (een negatief getal) betekent dat reeks 2 gemiddeld meer heeft, een staaf naar "
      "rechts dat reeks 1 gemiddeld meer heeft."
)

cells = [
    md("""
    # Hoofdstuk 4 · Verbanden en voorspellen

    In hoofdstuk 1 legde je de kaarten per persoon bij elkaar. Nu vergelijk je de twee groepen:
    de mensen die wel werk vonden (reeks 1, groen) en de mensen die nog geen werk hebben (reeks 2, geel).
    Wat hebben ze gemeen? Waarin verschillen ze? En kun je met die verschillen voorspellen wie werk vindt?

    **Wat leer je?**

    - Je kunt per groep een gemiddelde en een aantal uitrekenen.
    - Je kunt verschillen tussen groepen eerlijk vergelijken, ook als de eenheden anders zijn.
    - Je weet wat een **verband** is, en waarom een verband nog geen **oorzaak** is.
    - Je ziet hoe **selectie** een interventie beter laat lijken dan die is.
    - Je weet waarom een model dat op zijn eigen gegevens perfect scoort, nog niets kan voorspellen.

    **Alle personen in dit spel zijn verzonnen.** Lijkt een naam op iemand die je kent? Dat is toeval.
    """),
    how_it_works("""
    De oefeningen van dit notebook heten **Oefening 1** tot en met **Oefening 4**. *Opdracht 2b* is de
    opdracht uit het kaartspel: die gaat over het hele hoofdstuk.
    """),
    code("""
    import pandas as pd
    from matplotlib import pyplot as plt

    from academy import cards, overview, prediction, selection
    from academy.cards import load_deck, person_table
    from academy.plotting import use_course_style
    from academy.widgets.selection import SelectionExperiment, view

    use_course_style()
    pd.set_option("display.max_colwidth", None)
    kaarten = load_deck()
    personen = person_table(kaarten)
    personen
    """),
    md("""
    Dit is de tabel uit hoofdstuk 1: één rij per persoon, één kolom per kenmerk. De kolom `reeks` zegt in
    welke groep iemand zit: **1** is werk gevonden, **2** is nog geen werk.

    ## Opdracht 2b uit het spel · Zoek de verbanden

    De handleiding van het spel zegt: *"Bespreek de overeenkomsten en verschillen tussen de personen die
    wel een baan hebben gevonden en de personen die geen baan hebben gevonden."* Daar horen deze vragen bij:

    2. Wat zijn de verbanden?
    3. Wat hebben de personen binnen een groep met elkaar gemeen?
    4. Op welke manier verschillen de personen van de ene groep met de personen van de andere groep?
    5. Wat valt op als je kijkt naar wie wel of niet een baan heeft gevonden?

    Een **verband** betekent: twee dingen komen vaak samen voor. Bijvoorbeeld: in de groep die werk vond,
    zitten meer hoger opgeleiden. Je gaat eerst rekenen, daarna beantwoord je de vragen.

    Met `groupby` maak je groepen. Zo krijg je de gemiddelde leeftijd per reeks:
    """),
    code("""
    personen.groupby("reeks")["Leeftijd"].mean()
    """),
    md("""
    ## Oefening 1 · Gemiddelden per reeks

    Vijf kenmerken zijn getallen: leeftijd, studieschuld, ziekenhuisbezoeken, maanden in uitkering en
    interventies. Hun namen staan in de lijst `cards.NUMERIC`.

    Maak de tabel `gemiddelden`: per reeks (de rijen) het gemiddelde van elk van die vijf kenmerken
    (de kolommen).

    <details><summary>Hint</summary>

    Doe hetzelfde als in de cel hierboven. Zet alleen de lijst `cards.NUMERIC` op de plek van `"Leeftijd"`.
    Je krijgt dan een tabel met twee rijen (reeks 1 en reeks 2) en vijf kolommen.
    </details>
    """),
    exercise("gemiddelden-per-reeks", """
    # Maak de tabel gemiddelden.
    """, """
    gemiddelden = personen.groupby("reeks")[cards.NUMERIC].mean()
    gemiddelden
    """),
    check("controle-gemiddelden-per-reeks", 2, """
    from academy.checks import verbanden as controle
    controle.gemiddelden_per_reeks()
    """, """
    from academy.feedback import close_enough
    _tabel = gemiddelden.set_index("reeks") if "reeks" in gemiddelden.columns else gemiddelden
    assert sorted(int(_r) for _r in _tabel.index) == [1, 2]
    _tabel = _tabel.rename(index=int)
    assert close_enough(_tabel.loc[1, "Leeftijd"], 39.5) and close_enough(_tabel.loc[2, "Leeftijd"], 50)
    assert close_enough(_tabel.loc[1, "Studieschuld"], 7600) and close_enough(_tabel.loc[2, "Studieschuld"], 4600)
    assert close_enough(_tabel.loc[1, "Aantal ziekenhuisbezoeken"], 1.5)
    assert close_enough(_tabel.loc[2, "Aantal ziekenhuisbezoeken"], 4.9)
    assert close_enough(_tabel.loc[1, "Aantal maanden in uitkering"], 13.5)
    assert close_enough(_tabel.loc[2, "Aantal maanden in uitkering"], 11.9)
    assert close_enough(_tabel.loc[1, "Aantal interventies"], 3.8)
    assert close_enough(_tabel.loc[2, "Aantal interventies"], 3.1)
    """),
    md("""
    ## Oefening 2 · Tellen per reeks

    Niet alles is een getal. Bij opleidingsniveau en migratieachtergrond **tel** je hoeveel personen in elke
    reeks iets hebben. Een kruistabel (`pd.crosstab`) zet de aantallen op een rij:
    """),
    code("""
    pd.crosstab(personen["reeks"], personen["Opleidingsniveau"])
    """),
    md("""
    Maak twee woordenboeken, met de reeks als sleutel en een aantal personen als waarde:

    - `wo_hbo_per_reeks`: hoeveel personen per reeks hebben WO of HBO?
    - `nederlands_per_reeks`: hoeveel personen per reeks hebben een Nederlandse migratieachtergrond
      (in de tabel: `"Nederlands"`)?

    Zo ziet een woordenboek eruit: `{1: 4, 2: 6}`. Je mag de getallen uit de kruistabel overnemen, of ze met
    code laten tellen.

    <details><summary>Hint</summary>

    Tel bij `wo_hbo_per_reeks` de kolommen WO en HBO bij elkaar op. Voor de migratieachtergrond maak je
    een kruistabel zoals hierboven, met `personen["Migratieachtergrond"]`.
    </details>
    """),
    exercise("aantallen-per-reeks", """
    # Maak wo_hbo_per_reeks en nederlands_per_reeks.
    """, """
    hoger_opgeleid = personen["Opleidingsniveau"].isin(["WO", "HBO"])
    wo_hbo_per_reeks = hoger_opgeleid.groupby(personen["reeks"]).sum().to_dict()
    nederlandse_achtergrond = personen["Migratieachtergrond"] == "Nederlands"
    nederlands_per_reeks = nederlandse_achtergrond.groupby(personen["reeks"]).sum().to_dict()
    """),
    check("controle-aantallen-per-reeks", 2, """
    from academy.checks import verbanden as controle
    controle.aantallen_per_reeks()
    """, """
    _wo = {int(_k): _v for _k, _v in dict(wo_hbo_per_reeks).items()}
    _nl = {int(_k): _v for _k, _v in dict(nederlands_per_reeks).items()}
    assert _wo == {1: 9, 2: 3}
    assert _nl == {1: 8, 2: 3}
    assert not any(isinstance(_v, (bool, str)) for _v in [*_wo.values(), *_nl.values()])
    """),
    md("""
    ## Het overzicht van de trainer

    De handleiding van het spel heeft een overzicht van de verschillen tussen reeks 1 en reeks 2. Bij elk
    kenmerk staat een **aanname**: een idee over wat het verschil zou kunnen betekenen. De handleiding zegt
    er zelf bij: *"Deze aannames hoeven niet te kloppen maar zijn bedoeld om te bespreken."*

    Hieronder zijn de getallen van dat overzicht niet overgetypt, maar uitgerekend uit de kaarten. Jouw
    getallen uit oefening 1 en 2 staan er ook in. De aannames en opmerkingen zijn **letterlijk** uit de
    handleiding overgenomen, ook met de taalfoutjes die erin staan. Bij elke aanname hoort dezelfde vraag:
    **steunen de gegevens deze aanname?**
    """),
    code("""
    overzicht = overview.overview(kaarten)
    overzicht.rename(columns=overview.QUOTED_COLUMNS)
    """),
    md("""
    Een paar dingen om op te letten als je de aannames leest:

    - **Kleine groepen.** Elke reeks heeft maar tien personen. Eén persoon meer of minder verandert een
      gemiddelde al flink.
    - **Verband of oorzaak?** De aanname *"hoger opgeleiden vinden sneller een baan"* zegt dat opleiding
      de **oorzaak** is. De gegevens laten alleen zien dat opleiding en werk **samen** voorkomen.
    - **Kenmerken hangen samen.** Wie hoger is opgeleid, heeft vaker een studieschuld. Is de studieschuld
      dan de reden dat iemand werk vindt? Of de opleiding? Of iets wat niet op de kaarten staat?
    - **Wat staat er niet op de kaarten?** Motivatie, netwerk, gezondheid thuis, de consulent die iemand
      had. Die kunnen allemaal meespelen.

    ## De verschillen in beeld

    **Figuur 1** (beschrijving): een staafdiagram van het opleidingsniveau per reeks. Op de verticale as staan
    de niveaus van basisonderwijs tot WO, op de horizontale as het aantal personen. Reeks 1 heeft vooral
    HBO en WO. Reeks 2 heeft ook VMBO, MBO en basisonderwijs. De legenda zegt welke staaf bij welke reeks hoort.
    """),
    code("""
    overview.plot_by_series(personen, "Opleidingsniveau")
    plt.show()
    """, alt="Staafdiagram van het opleidingsniveau per reeks: in reeks 1 hebben 9 van de 10 personen WO of HBO, "
             "in reeks 2 3 van de 10. Reeks 2 heeft ook VMBO, MBO en basisonderwijs."),
    md("""
    **Figuur 2** (beschrijving): twee stippendiagrammen naast elkaar. Elke stip is één persoon; de zwarte
    streep is het gemiddelde van de reeks. Links de leeftijd: reeks 1 is gemiddeld 39,5 jaar, reeks 2
    gemiddeld 50 jaar. Rechts het aantal ziekenhuisbezoeken: in reeks 1 liggen bijna alle stippen laag,
    in reeks 2 liggen ze verder uit elkaar en hoger.
    """),
    code("""
    fig, (links, rechts) = plt.subplots(1, 2, figsize=(10, 4))
    overview.plot_by_series(personen, "Leeftijd", ax=links)
    overview.plot_by_series(personen, "Aantal ziekenhuisbezoeken", ax=rechts)
    fig.tight_layout()
    plt.show()
    """, alt="Twee stippendiagrammen, één stip per persoon. Links de leeftijd: reeks 1 is gemiddeld 39,5 jaar, "
             "reeks 2 gemiddeld 50 jaar. Rechts de ziekenhuisbezoeken: reeks 1 gemiddeld 1,5, reeks 2 gemiddeld "
             "4,9, met de stippen hoger en verder uit elkaar."),
    md("""
    ## Vraag 2 · Wat zijn de verbanden?

    Kies **twee** aannames uit het overzicht. Schrijf bij elk:

    - welk verband je ziet in de gegevens (noem de getallen);
    - of de gegevens de aanname steunen;
    - of het een oorzaak is, of alleen een verband. Kun je een andere verklaring bedenken?

    Schrijf je antwoord in de cel hieronder.
    """),
    reflection("vraag-2-verbanden", 2, """
    **Voorbeeldantwoord en beoordeling (trainer)**

    Kernpunt uit de handleiding (vraag 2): *"Let op, verband is niet altijd een causale relatie maar
    misschien alleen een correlatie."*

    Voorbeeld: "In reeks 1 zijn 9 van de 10 mensen WO/HBO opgeleid, in reeks 2 maar 3. Dat past bij de
    aanname dat hoger opgeleiden sneller werk vinden, maar het bewijst het niet: het zijn tien mensen per
    groep, en opleiding hangt samen met andere dingen, zoals leeftijd en migratieachtergrond. De
    studieschuld is in reeks 1 hoger (7600 tegen 4600), maar een schuld helpt je niet aan werk: die hangt
    samen met de opleiding."

    - 2 punten: twee verbanden met de juiste richting (liefst met getallen) én het onderscheid tussen
      verband en oorzaak, of een andere verklaring (samenhang met een ander kenmerk, kleine groepen,
      kenmerken die niet op de kaarten staan).
    - 1 punt: verbanden goed beschreven, maar de aanname als bewezen gezien; of maar één verband met
      een goede kanttekening.
    - 0 punten: geen verband genoemd, of verbanden in de verkeerde richting.
    """),
    md("""
    ## Oefening 3 · Welk kenmerk verschilt het meest?

    Reeks 2 is gemiddeld 10,5 jaar ouder. De studieschuld verschilt 3000 euro. Welk verschil is groter?
    Dat kun je niet zomaar zeggen: jaren en euro's zijn andere eenheden.

    Daarom deel je het verschil door de **standaardafwijking**. De standaardafwijking zegt hoe ver de
    getallen gemiddeld uit elkaar liggen (hier: van alle 20 personen samen). Het resultaat heet het
    **gestandaardiseerde verschil**:

    > gestandaardiseerd verschil = (gemiddelde reeks 1 − gemiddelde reeks 2) / standaardafwijking van alle 20 personen

    Een gestandaardiseerd verschil van 1 of meer (of −1 of minder) is groot. Het min-teken zegt alleen welke
    reeks hoger is. Voor leeftijd ziet dat er zo uit:
    """),
    code("""
    reeks_1 = personen[personen["reeks"] == 1]
    reeks_2 = personen[personen["reeks"] == 2]
    (reeks_1["Leeftijd"].mean() - reeks_2["Leeftijd"].mean()) / personen["Leeftijd"].std()
    """),
    md("""
    Reken het gestandaardiseerde verschil uit voor alle vijf kenmerken met getallen. Welk kenmerk verschilt
    het meest (zonder op het min-teken te letten)? Zet de naam van dat kenmerk in `grootste_verschil`,
    precies zoals in de tabel, tussen aanhalingstekens. Bijvoorbeeld: `grootste_verschil = "Leeftijd"`.

    <details><summary>Hint</summary>

    Je kunt alle vijf tegelijk doen. Maak de gemiddelden per reeks zoals in oefening 1. Het verschil van
    twee rijen maak je met `.loc[1]` en `.loc[2]`. De standaardafwijking van de vijf kolommen krijg je met
    `personen[cards.NUMERIC].std()`. Met `.abs()` haal je de min-tekens weg, en `.idxmax()` geeft de naam
    van het grootste getal. Of reken de vijf één voor één uit zoals bij leeftijd.
    </details>
    """),
    exercise("grootste-verschil", """
    # Maak grootste_verschil.
    """, """
    per_reeks = personen.groupby("reeks")[cards.NUMERIC].mean()
    gestandaardiseerd = (per_reeks.loc[1] - per_reeks.loc[2]) / personen[cards.NUMERIC].std()
    grootste_verschil = gestandaardiseerd.abs().idxmax()
    grootste_verschil
    """),
    check("controle-grootste-verschil", 2, """
    from academy.checks import verbanden as controle
    controle.grootste_verschil()
    """, """
    assert isinstance(grootste_verschil, str)
    assert grootste_verschil.strip() == "Aantal ziekenhuisbezoeken"
    """),
    md("""
    Heb je de controle gedaan? Hieronder kun je je uitkomst vergelijken: de tabel en de figuur tonen alle vijf
    gestandaardiseerde verschillen, van groot naar klein.

    **Figuur 3** (beschrijving): een liggend staafdiagram met één staaf per kenmerk. Hoe langer de staaf, hoe
    groter het verschil tussen de reeksen. Een staaf naar links betekent: reeks 2 heeft gemiddeld meer. Een staaf
    naar rechts betekent: reeks 1 heeft gemiddeld meer. De lengte van elke staaf is het getal uit de tabel.
    """),
    code("""
    overview.standardised_differences(personen).round(2)
    """),
    code("""
    overview.plot_standardised_differences(personen)
    plt.show()
    """, alt=DIFFERENCES_ALT),
    md("""
    ## Vragen 3, 4 en 5 · Wat valt op?

    Kijk naar het overzicht, de figuren en je eigen getallen. Beantwoord in een paar zinnen:

    3. Wat hebben de personen binnen een groep met elkaar gemeen?
    4. Op welke manier verschillen de personen van de ene groep met de personen van de andere groep?
    5. Wat valt op als je kijkt naar wie wel of niet een baan heeft gevonden?
    """),
    reflection("vragen-3-4-5-wat-valt-op", 3, """
    **Voorbeeldantwoord en beoordeling (trainer)**

    Verwacht (overzicht van de trainer in de handleiding):

    - Gemeen binnen reeks 1: bijna allemaal WO/HBO (9 van 10), vaak een Nederlandse achtergrond (8 van 10),
      wonen vaak in 3582/3583, weinig ziekenhuisbezoeken (15 samen), gemiddeld 39,5 jaar.
    - Gemeen binnen reeks 2: lager opgeleid (3 van 10 WO/HBO), ouder (gemiddeld 50), meer
      ziekenhuisbezoeken (49 samen), verschillende migratieachtergronden, wonen vaak in 3531–3534.
    - Overeenkomsten: de sector (geen opvallend verschil), evenveel mannen als vrouwen.
    - Opvallend: reeks 1 zat gemiddeld **langer** in de uitkering (13,5 tegen 11,9 maanden) en kreeg meer
      interventies (3,8 tegen 3,1). Dat is tegen de verwachting in. De handleiding merkt op dat de duur van
      de uitkering niet lijkt samen te hangen met leeftijd. Ook goed: de groepen zijn klein; postcode kan
      staan voor opleiding of achtergrond.

    Beoordeling (1 punt per vraag):

    - Vraag 3: minstens twee dingen die een groep gemeen heeft, in de goede richting.
    - Vraag 4: minstens twee verschillen tussen de groepen, liefst met getallen.
    - Vraag 5: iets wat opvalt en een kanttekening (bijvoorbeeld de langere uitkering of de interventies
      in reeks 1, of dat tien personen per groep weinig is).
    """),
    md("""
    ## Samenhang is geen oorzaak

    Reeks 1 kreeg gemiddeld 3,8 interventies, reeks 2 gemiddeld 3,1. Een **interventie** is een activiteit
    die iemand helpt om aan het werk te gaan, zoals een training, een sollicitatiecursus of een
    werkervaringsplek. De aanname in het overzicht is: *hoe meer interventies, hoe sneller je aan een baan
    komt.*

    Maar is dat zo? De werkwijzer van het project *Re-integratie in BOLD Cities* waarschuwt:

    > *"Wanneer alleen gekeken wordt naar uitstroomcijfers van specifieke interventies, bestaat het risico
    > dat onterecht de conclusie wordt getrokken dat interventie X effectiever is dan interventie Y. Mogelijk
    > is er sprake van selectie van cliënten met méér arbeidspotentieel naar interventie X."*

    **Selectie** betekent hier: consulenten geven de interventie vaker aan mensen die al betere kansen
    hebben. Dan vinden mensen met veel interventies vaker werk, ook als de interventie zelf niets doet.

    ### Probeer het zelf

    Hieronder staat een simulatie van 2000 verzonnen cliënten. Elke cliënt heeft kansen op de arbeidsmarkt
    die je niet op een kaart ziet. Of iemand werk vindt, hangt **alleen** af van die kansen. De interventies
    doen in deze simulatie **helemaal niets**: het echte effect is nul.

    Met de schuif stel je in hoe sterk consulenten kiezen: bij 0 krijgt iedereen interventies door loting,
    bij 1 krijgen alleen de mensen met de beste kansen veel interventies. Schuif langzaam van 0 naar 1.
    Let op het **schijnbare effect**: hoeveel vaker mensen met veel interventies werk vinden.
    """),
    code("""
    view(SelectionExperiment(selection_strength=0.0))
    """),
    md("""
    **Figuur 4** (beschrijving): twee staafdiagrammen naast elkaar, met op de horizontale as het aantal
    interventies (0 tot 6). Links: welk deel van de mensen goede kansen heeft. Rechts: welk deel werk vond.
    Bij sterkte 0 zijn alle staven ongeveer even hoog. Hoe sterker de consulenten kiezen, hoe meer de staven
    naar rechts oplopen, in beide diagrammen. De titel noemt het schijnbare en het echte effect.

    Werkt de schuif niet (bijvoorbeeld in de online boekversie)? Dan zie je het ook in deze tabel.
    Een **procentpunt** is het verschil tussen twee percentages: van 40% naar 60% is 20 procentpunt.
    """),
    code("""
    rijen = []
    for sterkte in [0.0, 0.2, 0.4, 0.6, 0.8, 1.0]:
        groep = selection.simulate(2000, sterkte)
        rijen.append({
            "hoe sterk consulenten kiezen": selection.strength_text(sterkte),
            "schijnbaar effect": selection.percentage_points(selection.apparent_effect(groep)),
            "echt effect": selection.percentage_points(selection.true_effect(groep)),
        })
    pd.DataFrame(rijen)
    """),
    md("""
    Bij sterkte 0 is het schijnbare effect ongeveer nul (een paar procentpunt door toeval). Hoe sterker
    de consulenten kiezen, hoe groter het schijnbare effect, tot ongeveer 50 procentpunt. Het echte effect
    blijft nul. De gegevens laten een **verband** zien, maar de interventie is niet de **oorzaak**.

    Onderzoekers lossen dit op door groepen te vergelijken die op elkaar lijken, bijvoorbeeld
    cliënten die door toeval bij een andere consulent terechtkwamen (een *quasi-experiment*). Daar zijn
    veel gegevens voor nodig, veel meer dan twintig kaarten.

    ## Vraag 8 · Wat zeggen data nu eigenlijk wel of niet?

    Denk aan het aantal interventies in het overzicht en aan de simulatie. Reeks 1 kreeg gemiddeld meer
    interventies dan reeks 2. **Zijn veel interventies goed of niet?** Wat vertellen deze gegevens je
    wél? En wat vertellen ze je **niet**? Schrijf een paar zinnen.
    """),
    reflection("vraag-8-wat-zeggen-data", 2, """
    **Voorbeeldantwoord en beoordeling (trainer)**

    Voorbeeld uit de handleiding (vraag 8): *"Het aantal interventies zegt niet zoveel over hoe goed die
    hebben gewerkt. Zijn veel interventies goed of niet? Dat weten we eigenlijk niet."*

    Verder goed: data zeggen wat is vastgelegd (hoeveel interventies, hoe oud, welke postcode), niet
    waarom. Ze zeggen niet wie een interventie kreeg en waarom (selectie: kansrijke mensen krijgen er
    misschien meer), en niets over wat niet geregistreerd is (motivatie, netwerk). Een verband is geen
    oorzaak; met 20 personen is zelfs het verband onzeker.

    - 2 punten: ziet dat de gegevens het aantal laten zien maar niet het effect (of de kwaliteit) van de
      interventies, én noemt een reden (selectie, ontbrekende kenmerken, kleine groep, verband is geen oorzaak).
    - 1 punt: zegt alleen dat data "niet alles zeggen", zonder voorbeeld of reden.
    - 0 punten: concludeert dat meer interventies tot werk leiden.
    """),
    md("""
    ## Vraag 6 · Kun je voorspellen wie snel werk vindt?

    De handleiding vraagt: *"Kan je op basis van deze informatie voorspellen wat voor mensen (met welke
    kenmerken) heel snel een baan vinden en welke niet?"* Dat heet **voorspellende statistiek**.

    Een computer kan zoeken naar regels die reeks 1 en reeks 2 uit elkaar houden. Hieronder doet een
    **beslisboom** dat: een reeks ja/nee-vragen, zoals *"Meer dan 3 ziekenhuisbezoeken?"*.
    De boom leert van de 20 personen (we zeggen: het model wordt **getraind**). Dit zijn de regels die hij vond.
    Lees ze van boven naar beneden: bij elke vraag ga je verder bij *nee* of bij *ja*, tot je bij een
    voorspelling komt.
    """),
    code("""
    print(prediction.rules(personen))
    """),
    md("""
    Eén van de vragen is *"Migratieachtergrond: Nederlands?"*. Bij *nee* voorspelt de boom: *nog geen werk*.
    De boom weet niet **waarom** mensen met een andere achtergrond in deze kaarten minder vaak werk vonden.
    Misschien nemen werkgevers hen minder vaak aan (een vooroordeel), misschien speelt iets anders mee.
    Een model neemt het patroon uit de gegevens gewoon over, **ook als er een vooroordeel in zit**.
    Daarover gaan hoofdstuk 6 en 7.

    ## Hoe goed voorspelt de boom?

    Je kunt de boom op twee manieren testen.

    - **Op de eigen gegevens.** De boom voorspelt de 20 personen waarop hij getraind is. Dat is een
      oneerlijke toets: de boom kent deze mensen al.
    - **Met leave-one-out** (één apart leggen). Dat is de eerlijke toets: hoe goed voorspelt de boom iemand
      die hij **nog niet** kent?
      1. Leg één persoon apart.
      2. Train de boom op de andere 19.
      3. Laat de boom de persoon voorspellen die apart lag.
      4. Doe dat voor alle 20 personen, één voor één.

    Twee hulpjes voorspellen één persoon voor je:

    - `prediction.predict_known(personen, persoon)`: wat een boom zegt die alle 20 personen kent, ook deze persoon;
    - `prediction.predict_left_out(personen, persoon)`: wat een boom zegt die deze persoon **niet** kent.
      Die boom leerde alleen van de andere 19 (stap 1 tot en met 3).

    Zo werkt het voor één persoon, B. Bos:
    """),
    code("""
    werkelijk = prediction.outcomes(personen)  # per persoon: "werk gevonden" of "nog geen werk"
    persoon = "B. Bos"
    print("Werkelijk:                     ", werkelijk[persoon])
    print("Boom die B. Bos kent:          ", prediction.predict_known(personen, persoon))
    print("Boom die B. Bos niet kent:     ", prediction.predict_left_out(personen, persoon))
    """),
    md("""
    Nu voor alle 20 personen. Met een **lus** (`for`) doe je iets voor elke persoon, één voor één.
    De cel hieronder telt hoe vaak de boom die iedereen kent het goed heeft. Regel voor regel:

    - `goed_eigen = 0`: begin met tellen bij 0.
    - `for persoon in personen["persoon"]:`: doe het volgende voor elke persoon. De regels eronder die
      met vier spaties beginnen, horen bij de lus.
    - `voorspeld = ...`: vraag wat de boom voor deze persoon voorspelt.
    - `if voorspeld == werkelijk[persoon]:`: klopt de voorspelling? (`==` betekent: is gelijk aan.)
    - `goed_eigen = goed_eigen + 1`: zo ja, tel er één bij.

    De cel laat niets zien. Het aantal goede voorspellingen staat daarna in `goed_eigen`.
    """),
    code("""
    goed_eigen = 0
    for persoon in personen["persoon"]:
        voorspeld = prediction.predict_known(personen, persoon)
        if voorspeld == werkelijk[persoon]:
            goed_eigen = goed_eigen + 1
    """),
    md("""
    ## Oefening 4 · Hoe vaak heeft de boom het goed?

    De **nauwkeurigheid** is het deel van de voorspellingen dat klopt: een getal van 0 (nooit goed) tot en
    met 1 (altijd goed). Maak twee variabelen:

    - `nauwkeurigheid_training`: de nauwkeurigheid van de boom die alle 20 personen kent. Gebruik `goed_eigen`.
    - `nauwkeurigheid_loo`: de nauwkeurigheid met leave-one-out. Daarvoor tel je eerst zelf. Kopieer dit
      stukje naar de antwoordcel en vul de twee plekken met `...` in:

    ```python
    goed_apart = 0
    for persoon in personen["persoon"]:
        voorspeld = ...
        if voorspeld == werkelijk[persoon]:
            goed_apart = goed_apart + 1
    nauwkeurigheid_loo = ...
    ```

    <details><summary>Hint</summary>

    - De nauwkeurigheid is het aantal goed, gedeeld door het aantal personen (20).
    - Bij `voorspeld = ...` schrijf je bijna dezelfde regel als in de lus hierboven. Gebruik alleen
      `prediction.predict_left_out` in plaats van `prediction.predict_known`.
    - Let op de spaties: de regels in de lus beginnen met vier spaties, net als hierboven.
    </details>
    """),
    # The model answer writes the loop a little differently from the skeleton above (`naam`, `+= 1`): the
    # skeleton's lines are in the released notebook, so the same lines in a solution would trip the leak scan
    # (tests/leaks.py). The trainer note says both are right.
    exercise("nauwkeurigheid", """
    # Maak nauwkeurigheid_training en nauwkeurigheid_loo.
    # Kopieer voor nauwkeurigheid_loo het stukje code uit de uitleg hierboven en vul de ... in.
    """, """
    nauwkeurigheid_training = goed_eigen / 20

    goed_apart = 0
    for naam in personen["persoon"]:
        voorspeld = prediction.predict_left_out(personen, naam)
        if voorspeld == werkelijk[naam]:
            goed_apart += 1
    nauwkeurigheid_loo = goed_apart / 20
    """),
    check("controle-nauwkeurigheid", 2, """
    from academy.checks import verbanden as controle
    controle.nauwkeurigheid()
    """, """
    from academy.feedback import close_enough
    assert close_enough(float(nauwkeurigheid_training), 1.0)
    assert close_enough(float(nauwkeurigheid_loo), 0.45)
    assert not isinstance(nauwkeurigheid_loo, (bool, str))
    """),
    md("""
    Vergelijk je twee getallen. Is de boom bij mensen die hij niet kent net zo goed als bij mensen die hij
    al kent? Scoort een model op zijn eigen gegevens veel beter dan met leave-one-out, dan heeft het de
    kaarten **uit zijn hoofd geleerd**. Het heeft dan geen regel gevonden die ook voor nieuwe mensen werkt.
    Een hoge score op de eigen gegevens zegt dus niets over nieuwe cliënten.

    Vraag je daarom altijd af, als iemand zegt dat een model goed voorspelt: **goed op welke mensen?**

    ## Vraag 6 · Jouw antwoord

    Kan je op basis van deze informatie voorspellen wat voor mensen (met welke kenmerken) heel snel een baan
    vinden en welke niet? Gebruik je uitkomsten van oefening 4 in je antwoord. En stel dat een model wél
    goed voorspelt: mag je dan zeggen dat die kenmerken de **oorzaak** zijn?
    """),
    reflection("vraag-6-voorspellen", 2, f"""
    **Voorbeeldantwoord en beoordeling (trainer)**

    Antwoord in de handleiding (vraag 6): *"Niet altijd. Let op verband is geen causale relatie maar
    misschien alleen correlatie."*

    Verwacht: nee, niet met deze gegevens. De boom scoort {TRAINED_TEXT} op de eigen {len(PERSONS)} personen
    maar {LEFT_OUT_TEXT} met leave-one-out: hij heeft de kaarten uit zijn hoofd geleerd. Twintig personen zijn te
    weinig.
    En ook een model dat wel goed voorspelt, vindt verbanden, geen oorzaken: je weet niet waarom iemand
    werk vindt. (Brug naar hoofdstuk 5: een klantprofiel mag nooit zelf beslissen, alleen de consulent
    ondersteunen.)

    - 2 punten: zegt dat voorspellen hier niet lukt en gebruikt het verschil tussen {TRAINED_TEXT} en
      {LEFT_OUT_TEXT} (of het uit het hoofd leren), én ziet dat een voorspelling nog geen oorzaak is.
    - 1 punt: één van de twee.
    - 0 punten: "ja, hoger opgeleiden vinden werk" zonder kanttekening.
    """),
    md("""
    ## Samenvatting

    - Je vergelijkt groepen met **gemiddelden** (bij getallen) en **aantallen** (bij categorieën).
    - Verschillen in andere eenheden vergelijk je eerlijk met het **gestandaardiseerde verschil**: het
      verschil gedeeld door de standaardafwijking. Ziekenhuisbezoeken en leeftijd verschillen hier het meest.
    - Een **verband** is nog geen **oorzaak**. Kenmerken hangen met elkaar samen, en veel staat niet op de kaarten.
    - **Selectie** kan een interventie die niets doet laten lijken alsof die werkt.
    - Een model dat op zijn eigen gegevens perfect scoort, kan nieuwe mensen slecht voorspellen. Test het
      op mensen die het niet kent (**leave-one-out**).
    - Een model leert het patroon in de gegevens, **ook een vooroordeel** dat erin zit.

    In het volgende hoofdstuk praat je over de vraag wat een gemeente met zulke gegevens en profielen
    mag en wil: **de datadialoog**.
    """),
    trainer(f"""
    ## Voor de trainer

    **Tijd:** ongeveer 95 minuten. Oefeningen 1 en 2 (15 min); overzicht en figuren, vraag 2 (20 min);
    oefening 3 en vragen 3–5 (15 min); selectie-simulatie en vraag 8 (20 min); beslisboom, oefening 4 en
    vraag 6 (25 min: wie nooit code schreef, heeft tijd nodig voor de lus). Wie het papieren spel speelt, kan
    opdracht 2b eerst met de kaarten op tafel doen.

    **Antwoorden (uit de kaarten berekend, gelijk aan de handleiding):**

    - Gemiddelden reeks 1 / reeks 2: leeftijd 39,5 / 50; studieschuld 7600 / 4600; ziekenhuisbezoeken
      1,5 / 4,9 (15 / 49 in totaal); maanden in uitkering 13,5 / 11,9; interventies 3,8 / 3,1 (38 / 31).
    - WO/HBO 9 / 3 (alleen WO: 3 / 1, alleen HBO: 6 / 2); Nederlandse achtergrond 8 / 3.
    - Grootste gestandaardiseerde verschil: ziekenhuisbezoeken (−1,28), net voor leeftijd (−1,17);
      daarna studieschuld (0,57), interventies (0,55), maanden in uitkering (0,35). Wie "Studieschuld"
      antwoordt, keek naar het ruwe verschil in euro's of vergat `.abs()`.
    - Beslisboom: nauwkeurigheid {TRAINED_TEXT} op de eigen gegevens (`goed_eigen` is {RIGHT_TRAINED}), {LEFT_OUT_TEXT}
      met leave-one-out (`goed_apart` is {RIGHT_LEFT_OUT}). Typische fouten: delen door 19, `predict_known` laten
      staan in de tweede lus (dan komt er {TRAINED_TEXT} uit), of `voorspeld = ...` niet ingevuld (dan 0). De
      controle noemt elk daarvan. Het model-antwoord schrijft de lus iets anders (`naam`, `+= 1`) dan het stukje
      in de uitleg; beide goed.

    **Steunen de gegevens de aannames? (bespreking per kenmerk)**

    - Opleiding (9 tegen 3 WO/HBO): duidelijk verband, maar tien personen per groep en opleiding hangt
      samen met leeftijd, achtergrond en postcode.
    - Postcode (7 in 3582/3583 tegen 7 in 3531–3534): een wijk kan staan voor opleiding, inkomen of
      achtergrond. Wie op postcode selecteert, selecteert misschien indirect op afkomst.
    - Leeftijd (39,5 tegen 50): past bij de aanname; ouderen hebben hier ook meer ziekenhuisbezoeken.
    - Sector: geen opvallend verschil (in elke reeks 9 sectoren, hoogstens 2 personen per sector).
    - Migratieachtergrond (8 tegen 3): verband, geen oorzaak; gevoelig kenmerk, let op discriminatie
      (hoofdstuk 6 en 7).
    - Ziekenhuisbezoeken (15 tegen 49): het grootste verschil; gezondheid beïnvloedt de kans op werk
      (de werkwijzer noemt chronische aandoeningen), maar ziekenhuisbezoeken zijn een ruwe maat.
    - Studieschuld (7600 tegen 4600): het schoolvoorbeeld van een kenmerk dat meeloopt met opleiding.
    - Maanden in uitkering (13,5 tegen 11,9): klein verschil, in de "verkeerde" richting; de handleiding
      merkt op dat het niet lijkt samen te hangen met leeftijd (in de kaarten is de correlatie met leeftijd
      wel 0,64: goed om samen na te gaan).
    - Interventies (3,8 tegen 3,1): de aanname "meer interventies, sneller werk" is precies wat de
      selectie-simulatie ontkracht (werkwijzer §2 en §8).

    **Bespreekvragen:**

    - Welke aanname vond je het meest overtuigend, en waarom is die toch niet bewezen?
    - Wat zou je nodig hebben om te weten of een interventie werkt? (Veel cliënten, vergelijkbare groepen,
      toeval in wie de interventie krijgt: het quasi-experiment uit de werkwijzer.)
    - Als een beslisboom op een groot bestand wel goed voorspelt: mag de gemeente die dan gebruiken om
      cliënten door te verwijzen? (Opstap naar hoofdstuk 5: nooit automatisch, alleen ter ondersteuning.)
    - De boom vraagt *"Migratieachtergrond: Nederlands?"* en voorspelt bij *nee*: nog geen werk. Wat leert
      een model dan eigenlijk? Het patroon in de gegevens, ook als dat patroon ontstaat door vooroordelen of
      discriminatie (bijvoorbeeld van werkgevers). Een model dat zo'n kenmerk gebruikt, herhaalt het
      vooroordeel en maakt het groter: wie "nog geen werk" voorspeld krijgt, krijgt misschien minder hulp.
      Helpt het om de kolom weg te laten? (Nee, niet vanzelf: postcode en opleiding kunnen de achtergrond
      verraden.) Dit is de brug naar hoofdstuk 6 (stereotypen en vooroordelen bij mensen: Linda) en
      hoofdstuk 7 (bias in algoritmes). Let op de toon: de personen op de kaarten zijn verzonnen, maar in de
      groep zitten misschien mensen met een migratieachtergrond.
    """),
]

if __name__ == "__main__":
    print(write(notebook(cells), CHAPTER, NAME))
