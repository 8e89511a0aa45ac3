"""Chapter 1, Het databasespel: the source notebook (run to rebuild it)."""

from tools.authoring import DECIMAL_HINT, GLOSSARY_HINT, check, code, exercise, md, notebook, reflection, trainer, write

CHAPTER, NAME = "01-databasespel", "databasespel"

cells = [
    md("""
    # Hoofdstuk 1 · Het databasespel

    In dit hoofdstuk speel je het databasespel op de computer. Je krijgt een stapel kaarten
    met gegevens over twintig mensen. Jij legt de kaarten op een slimme manier bij elkaar.

    **Wat leer je?**

    - Je weet hoe een database eruitziet: veel losse gegevens over mensen.
    - Je ziet dat gegevens uit verschillende **bronnen** komen.
    - Je kunt de kaarten op verschillende manieren sorteren, en je weet waarom je dat doet.
    - Je kunt een lange lijst kaarten omzetten in een tabel met één rij per persoon.

    **Alle personen in dit spel zijn verzonnen.** Lijkt een naam op iemand die je kent? Dat is toeval.
    """),
    md(f"""
    ## Zo werkt dit hoofdstuk

    - Een grijs vak met code heet een **cel**. Klik erin en druk op **Shift + Enter** om de cel uit te voeren.
      Voer de cellen van boven naar beneden uit.
    - Bij een **oefening** staat `# SCHRIJF HIER JE CODE`. Daar schrijf je je antwoord.
    - Onder elke oefening staat een **controlecel**. Voer die uit. Je ziet dan meteen of je antwoord klopt.
      Klopt het niet? Dan lees je in gewone taal wat er mis is.
    - Kom je er niet uit? Klik op **Hint**. Lukt het nog niet? Ga gewoon verder: de rest van het
      hoofdstuk werkt ook zonder jouw antwoord.
    - Klaar? Sla het notebook op en lever het in zoals je trainer heeft uitgelegd.
    - {DECIMAL_HINT}
    - {GLOSSARY_HINT}
    """),
    md("""
    ## Het spel

    Het spel komt uit het project Re-integratie in BOLD Cities. Het is gemaakt om **datadialogen met cliënten**
    te voeren: gesprekken over hun gegevens (zie hoofdstuk 5). Gemeenten gebruiken het ook in hun
    data-academie. Je krijgt twee sets kaarten:

    - **groene kaarten** (reeks 1): tien verzonnen personen die **wel werk** hebben gevonden;
    - **gele kaarten** (reeks 2): tien verzonnen personen die **nog geen werk** hebben gevonden.

    Van elke persoon zijn er tien kaarten. Op elke kaart staat één kenmerk, bijvoorbeeld de
    leeftijd, het opleidingsniveau, de postcode of het aantal maanden in de uitkering.

    De tekst op de kaarten is in drie kleuren gedrukt. Elke kleur is een **bron**: een organisatie die de
    gegevens heeft vastgelegd. Het spel zegt alleen dát elke kleur een andere bron is. Welke organisatie bij
    welke kleur hoort, en welk kenmerk uit welke bron komt, hebben wij voor deze cursus gekozen:

    | kleur | bron | kenmerken |
    | --- | --- | --- |
    | zwart | Basisregistratie Personen | leeftijd, geslacht, postcode, migratieachtergrond |
    | rood | Werk en Inkomen | maanden in uitkering, interventies, sector |
    | blauw | andere organisaties | opleidingsniveau, studieschuld, ziekenhuisbezoeken |

    Migratieachtergrond staat niet zelf in de Basisregistratie Personen (BRP). Het CBS berekent het uit het
    geboorteland van iemand en van zijn ouders. Die landen staan wel in de BRP.

    Op het scherm staat de bron ook als woord op elke kaart. Zo hoef je de kleuren niet te kunnen zien.
    """),
    code("""
    from academy.cards import load_deck, person_table
    from academy.widgets.card_table import CardTable, view

    kaarten = load_deck()
    kaarten.head()
    """),
    md("""
    De computer ziet de stapel als een lange **tabel**: één rij per kaart. De kolommen zijn de naam
    (zoals de bron die schrijft), de reeks, het kenmerk, de waarde en de bron. De kolom `persoon`
    zet alle schrijfwijzen van één naam gelijk.
    """),
    md("""
    ## Opdracht 2a · Leg de kaarten op een logische manier bij elkaar

    Hieronder ligt de geschudde stapel. Probeer de knoppen:

    - **Schud de kaarten** deelt de stapel opnieuw.
    - **Sorteer op** legt de kaarten bij elkaar per persoon, per kenmerk, per bron of per reeks.
    - **Alleen …** laat een deel van de kaarten zien, bijvoorbeeld alleen de rode kaarten.

    Welke manier helpt jou het meest? Dat hangt af van je vraag. Wil je iets weten over één persoon?
    Of over één kenmerk, zoals leeftijd?
    """),
    code("""
    tafel = CardTable(seed=2024)
    view(tafel)
    """),
    md("""
    ## Oefening 1 · Tel de kaarten

    Maak drie variabelen:

    - `aantal_kaarten`: hoeveel kaarten liggen er op tafel?
    - `aantal_personen`: over hoeveel verschillende personen gaan de kaarten?
    - `aantal_bronnen`: uit hoeveel bronnen komen de gegevens?

    Gebruik de tabel `kaarten`. `len(kaarten)` geeft het aantal rijen.
    `kaarten["bron"].nunique()` telt hoeveel verschillende waarden een kolom heeft.

    <details><summary>Hint</summary>

    Let op bij de namen: de bronnen schrijven dezelfde naam soms anders. Tel daarom de kolom
    `persoon`, niet de kolom `naam`.
    </details>
    """),
    exercise("tel-de-kaarten", """
    # Maak aantal_kaarten, aantal_personen en aantal_bronnen.
    """, """
    aantal_kaarten = len(kaarten)
    aantal_personen = kaarten["persoon"].nunique()
    aantal_bronnen = kaarten["bron"].nunique()
    """),
    check("controle-tel-de-kaarten", 3, """
    from academy.checks import databasespel as controle
    controle.tel_de_kaarten()
    """, """
    assert aantal_kaarten == 200
    assert aantal_personen == 20
    assert aantal_bronnen == 3
    assert not isinstance(aantal_personen, (bool, str))
    """),
    md("""
    ## Oefening 2 · Eén rij per persoon

    Als je de kaarten per persoon sorteert, leg je alle kaarten van één persoon naast elkaar.
    In een tabel heet dat een **draaitabel** (pivot): elke persoon wordt één rij, en elk kenmerk een kolom.

    Maak de tabel `per_persoon` met één rij per persoon en één kolom per kenmerk. Gebruik
    `kaarten.pivot(index=..., columns=..., values=...)`.

    <details><summary>Hint</summary>

    De rijen zijn de personen (kolom `persoon`), de kolommen zijn de kenmerken (kolom `kenmerk`) en
    in de vakjes staat de `waarde`.
    </details>
    """),
    exercise("per-persoon", """
    # Maak de tabel per_persoon.
    """, """
    per_persoon = kaarten.pivot(index="persoon", columns="kenmerk", values="waarde")
    """),
    check("controle-per-persoon", 3, """
    from academy.checks import databasespel as controle
    controle.per_persoon()
    """, """
    import pandas as pd
    _juist = person_table(kaarten).set_index("persoon")
    _tabel = per_persoon.reset_index() if "persoon" not in per_persoon.columns else per_persoon
    _tabel = _tabel.set_index("persoon")
    assert sorted(_tabel.index) == sorted(_juist.index)
    for _kenmerk in ["Leeftijd", "Postcode", "Sector", "Aantal interventies"]:
        for _persoon in _juist.index:
            assert str(_tabel.loc[_persoon, _kenmerk]) == str(_juist.loc[_persoon, _kenmerk])
    """),
    md("""
    Zo ziet de hele tabel eruit. De functie `person_table` doet hetzelfde als jouw pivot, en zet
    ook de reeks erbij. Nu kun je per persoon alles in één oogopslag zien.
    """),
    code("""
    person_table(kaarten)
    """),
    md("""
    ## Oefening 3 · Welke bron weet wat?

    Maak een woordenboek `kenmerken_per_bron`. De sleutels zijn de bronnen (`"zwart"`, `"rood"` en
    `"blauw"`). Bij elke bron staat een lijst met de kenmerken uit die bron. Bijvoorbeeld:

    ```python
    kenmerken_per_bron = {"zwart": ["Leeftijd", ...], "rood": [...], "blauw": [...]}
    ```

    Je mag de lijsten overtypen uit de tabel hierboven, of ze laten maken met code.

    <details><summary>Hint</summary>

    `kaarten.groupby("bron")["kenmerk"].unique()` geeft per bron de kenmerken.
    Met `.to_dict()` maak je er een woordenboek van.
    </details>
    """),
    exercise("kenmerken-per-bron", """
    # Maak het woordenboek kenmerken_per_bron.
    """, """
    kenmerken_per_bron = {
        bron: sorted(set(groep["kenmerk"])) for bron, groep in kaarten.groupby("bron")
    }
    """),
    check("controle-kenmerken-per-bron", 2, """
    from academy.checks import databasespel as controle
    controle.kenmerken_per_bron()
    """, """
    assert set(kenmerken_per_bron) == {"rood", "zwart", "blauw"}
    assert set(kenmerken_per_bron["zwart"]) == {"Leeftijd", "Geslacht", "Postcode", "Migratieachtergrond"}
    assert set(kenmerken_per_bron["rood"]) == {"Aantal maanden in uitkering", "Aantal interventies", "Sector"}
    assert set(kenmerken_per_bron["blauw"]) == {"Opleidingsniveau", "Studieschuld", "Aantal ziekenhuisbezoeken"}
    assert all(len(list(v)) == len(set(v)) for v in kenmerken_per_bron.values())
    """),
    md("""
    ## Vraag 1 · Waarom zo?

    Kijk naar hoe jij de kaarten hebt gelegd met de knoppen.
    **Waarom heb je de kaarten zo neergelegd als ze nu liggen?** Schrijf in een paar zinnen op
    welke volgorde je koos en voor welke vraag die volgorde handig is.
    Schrijf je antwoord in de cel hieronder (dubbelklik om te typen).
    """),
    reflection("vraag-1-waarom-zo", 2, """
    **Voorbeeldantwoord en beoordeling (trainer)**

    Verwacht inzicht (handleiding, opdracht 2, vraag 1): *de kaarten kunnen op verschillende manieren
    gesorteerd worden, afhankelijk van waar je de nadruk op legt. Als je iets over een individueel persoon
    wilt weten, sorteer je ze waarschijnlijk anders dan wanneer je iets over bepaalde kenmerken wilt weten.*

    - 2 punten: noemt de gekozen volgorde én koppelt die aan een vraag (persoon of kenmerk), of ziet
      dat een andere vraag een andere volgorde vraagt.
    - 1 punt: beschrijft alleen de volgorde, zonder het doel.
    - 0 punten: geen antwoord of alleen "zo was het handig".
    """),
    md("""
    ## Samenvatting

    - Een database is een grote stapel losse gegevens: één kaart per kenmerk per persoon.
    - De gegevens komen uit verschillende bronnen. Elke bron weet maar een deel.
    - Je kunt dezelfde kaarten op veel manieren sorteren. De beste manier hangt af van je vraag.
    - Kaarten per persoon naast elkaar leggen is een **draaitabel**: één rij per persoon.
    - Dezelfde persoon kan in elke bron anders geschreven staan. Daar gaat hoofdstuk 3 over.

    In het volgende hoofdstuk vervang je de namen door nummers: **pseudonimiseren**.
    """),
    trainer("""
    ## Voor de trainer

    **Tijd:** ongeveer 45 minuten: 5 min uitleg van het spel, 15 min sorteren (widget of papieren kaarten),
    15 min oefeningen, 10 min nabespreking van vraag 1.

    **Antwoorden:** 200 kaarten, 20 personen, 3 bronnen. Wie de kolom `naam` telt, vindt 34 namen: een goed
    bruggetje naar hoofdstuk 3 (datakoppeling). Zwart: leeftijd, geslacht, postcode, migratieachtergrond;
    rood: maanden in uitkering, interventies, sector; blauw: opleidingsniveau, studieschuld, ziekenhuisbezoeken.

    **Bespreekvragen:**
    - Wie sorteerde per persoon, wie per kenmerk? Welke vraag hadden jullie in je hoofd?
    - Welke bron weet het meest over een persoon? Mag die bron alles zien?
    - Wat valt je al op als je groen en geel naast elkaar legt? (Bewaar het antwoord voor hoofdstuk 4.)
    """),
]

if __name__ == "__main__":
    print(write(notebook(cells), CHAPTER, NAME))
