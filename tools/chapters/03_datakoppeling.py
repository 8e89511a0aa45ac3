"""Chapter 3, Datakoppeling: the source notebook (run to rebuild it)."""

from tools.authoring import check, code, exercise, how_it_works, md, notebook, reflection, trainer, write

CHAPTER, NAME = "03-datakoppeling", "datakoppeling"

cells = [
    md("""
    # Hoofdstuk 3 · Datakoppeling

    De kaarten van het spel komen uit drie bronnen: zwart, rood en blauw. Elke bron weet maar een deel over
    een persoon. In dit hoofdstuk leg je de bronnen naast elkaar: je **koppelt** ze. Zo ontstaat een
    **profiel** van een persoon. Je ontdekt ook waarom koppelen op naam misgaat, en hoe het CBS dat oplost.

    **Wat leer je?**

    - Je ziet dat elke bron een eigen **tabel** is, met een eigen manier om namen te schrijven.
    - Je kunt twee tabellen **koppelen** op een sleutel, en tellen wie niet gekoppeld is.
    - Je kunt namen eerst **gelijk maken** (normaliseren), zodat meer personen gekoppeld worden.
    - Je kunt koppelen op een **pseudoniem** (zoals het RIN-nummer van het CBS), zonder namen.
    - Je weet wat koppelen laat zien dat geen enkele bron alleen laat zien, en je kunt afwegen of dat wenselijk is.

    **Alle personen in dit hoofdstuk zijn verzonnen**: de twintig personen van het spel en ook de
    100.000 inwoners verderop. Lijkt een naam op iemand die je kent? Dat is toeval.
    """),
    how_it_works(),
    code("""
    import time

    import pandas as pd

    from academy.cards import SOURCE_NAMES
    from academy.datasets.population import make_population, make_sources
    from academy.dutch import number, short
    from academy.linkage import (
        canonical_name, link, link_all, linkage_report, name_key, name_keys, pseudonymise_table, source_tables,
    )
    from academy.privacy import postcode_digits, pseudonymise

    bronnen = source_tables()
    zwart, rood, blauw = bronnen["zwart"], bronnen["rood"], bronnen["blauw"]
    SOURCE_NAMES
    """),
    md("""
    ## De drie bronnen

    In hoofdstuk 1 lag alles op één stapel. In het echt heeft elke organisatie haar eigen bestand: de
    Basisregistratie Personen (zwart), Werk en Inkomen (rood) en andere organisaties (blauw). Hier zijn die
    drie bestanden, elk als een tabel met één rij per persoon. Kijk goed naar de kolom `naam`.
    """),
    code("""
    zwart.head(8)
    """),
    code("""
    rood.head(8)
    """),
    code("""
    blauw.head(8)
    """),
    md("""
    Elke bron schrijft een naam op haar eigen manier. Zwart zet de achternaam voorop ("Dongen, F. van"), rood
    laat de spatie na de voorletter weg ("F.van Dongen") en blauw schrijft "F. van Dongen". Namen zonder
    tussenvoegsel, zoals "B. Bos", zijn overal gelijk.

    ## Koppelen

    **Koppelen** betekent: twee tabellen naast elkaar leggen, zodat de rijen van dezelfde persoon in één rij
    komen. Daarvoor heb je een **sleutel** nodig: een kolom die in beide tabellen staat en voor dezelfde
    persoon gelijk is. De functie `link(links, rechts, on="kolom")` doet dat. Alleen de rijen waarvan de
    sleutel in beide tabellen voorkomt, komen in de uitkomst.

    ## Oefening 1 · Koppel op de gedrukte naam

    Koppel de tabel `zwart` aan de tabel `rood` op de kolom `"naam"`, precies zoals de namen gedrukt zijn.
    Maak twee variabelen:

    - `exact`: de gekoppelde tabel;
    - `niet_gekoppeld`: hoeveel personen uit `zwart` **niet** gekoppeld zijn (een getal).

    <details><summary>Hint</summary>

    `link(zwart, rood, on="naam")` geeft de gekoppelde tabel. `len(tabel)` telt de rijen. Er staan twintig
    personen in `zwart`: hoeveel daarvan staan er in `exact`?
    </details>
    """),
    exercise("exact-koppelen", """
    # Maak exact en niet_gekoppeld.
    """, """
    exact = link(zwart, rood, on="naam")
    niet_gekoppeld = len(zwart) - len(exact)
    """),
    check("controle-exact-koppelen", 3, """
    from academy.checks import datakoppeling as controle
    controle.exact_koppelen()
    """, """
    assert len(exact) == 13
    assert niet_gekoppeld == 7 and not isinstance(niet_gekoppeld, (bool, str))
    assert set(exact["naam"]) == set(zwart["naam"]) & set(rood["naam"])
    assert {"Leeftijd", "Sector"} <= set(exact.columns)
    """),
    md("""
    Gaat het bij zwart en blauw net zo? Een **koppelrapport** laat zien wat gelukt is en wat niet, en wie er
    niet gekoppeld is:
    """),
    code("""
    rapport = linkage_report(zwart, blauw, on="naam")
    print(rapport)
    rapport.unlinked["zwart"][["naam"]]
    """),
    md("""
    Het zijn precies de personen met een tussenvoegsel ("van", "de", "El"). De computer ziet "Dongen, F. van"
    en "F. van Dongen" als twee verschillende mensen. Een mens ziet meteen dat het dezelfde persoon is.

    ## Namen gelijk maken (normaliseren)

    Je kunt de namen eerst op één manier schrijven. Dat heet **normaliseren**. `canonical_name` zet een naam in
    de vorm "F. van Dongen". `name_key` maakt er een sleutel van: kleine letters, zonder spaties, punten en accenten (ö wordt o).
    """),
    code("""
    for naam in ["Dongen, F. van", "F.van Dongen", "F. van Dongen"]:
        print(f"{naam:16} -> {canonical_name(naam):16} -> {name_key(naam)}")
    """),
    md("""
    `name_keys(kolom)` doet dat voor een hele kolom. Met `tabel.assign(sleutel=...)` zet je de sleutel als
    nieuwe kolom in een kopie van de tabel:
    """),
    code("""
    zwart.assign(sleutel=name_keys(zwart["naam"]))[["naam", "sleutel"]].head(6)
    """),
    md("""
    ## Oefening 2 · Koppel op de genormaliseerde naam

    Maak `genormaliseerd`: de tabellen `zwart` en `rood` gekoppeld op de genormaliseerde naam. Geef daarvoor
    **beide** tabellen eerst een kolom `sleutel` met `name_keys`, en koppel dan op `"sleutel"`.

    <details><summary>Hint</summary>

    Maak eerst `zwart_s = zwart.assign(sleutel=name_keys(zwart["naam"]))` en net zo `rood_s` voor rood.
    Koppel daarna `zwart_s` en `rood_s` met `link(..., ..., on="sleutel")`.
    </details>
    """),
    exercise("genormaliseerd-koppelen", """
    # Maak de tabel genormaliseerd.
    """, """
    zwart_met_sleutel = zwart.assign(sleutel=name_keys(zwart["naam"]))
    rood_met_sleutel = rood.assign(sleutel=name_keys(rood["naam"]))
    genormaliseerd = link(zwart_met_sleutel, rood_met_sleutel, on="sleutel")
    """),
    check("controle-genormaliseerd-koppelen", 3, """
    from academy.checks import datakoppeling as controle
    controle.genormaliseerd_koppelen()
    """, """
    assert len(genormaliseerd) == 20
    assert {"Leeftijd", "Sector", "Aantal maanden in uitkering"} <= set(genormaliseerd.columns)
    _paren = set(zip(genormaliseerd["Leeftijd"].astype(int), genormaliseerd["Aantal maanden in uitkering"].astype(int)))
    assert len(_paren) == 20
    """),
    md("""
    Nu zijn alle twintig personen gekoppeld. Maar let op: met 20 mensen gaat dat goed. In een stad wonen veel
    mensen met dezelfde naam. Twee keer "J. de Jong" is niet te onderscheiden. En een naam met een tikfout
    wordt nog steeds gemist. Verderop zie je hoe groot dat probleem is bij 100.000 inwoners.

    ## Koppelen zonder namen: het RIN-nummer

    Het CBS koppelt niet op naam. Het vervangt naam, adres en BSN door een **RIN-nummer**. Dat is een pseudoniem.
    Het CBS maakt het met een sleutel die alleen het CBS heeft (zie hoofdstuk 2). Omdat elke bron met **dezelfde sleutel**
    wordt bewerkt, krijgt dezelfde persoon in elke bron hetzelfde nummer. Zo kun je koppelen zonder een naam
    te zien.

    Het CBS maakt het RIN uit het BSN. Onze kaarten hebben geen BSN. Daarom maakt `pseudonymise_table` het
    nummer hier uit de genormaliseerde naam. De kolom `naam` verdwijnt; er komt een kolom `rin` voor in de plaats.
    """),
    code("""
    RIN_SLEUTEL = b"cbs-geheim-2024"

    zwart_rin = pseudonymise_table(zwart, RIN_SLEUTEL, new_column="rin")
    zwart_rin.head()
    """),
    md("""
    `pseudonymise_table` maakt de naam eerst gelijk (met `name_key`) en maakt er dan een nummer van. Zo krijgt
    dezelfde persoon hetzelfde nummer, hoe een bron de naam ook schrijft. Met een **andere sleutel** krijgt hij
    een ander nummer:
    """),
    code("""
    print("Dongen, F. van (zwart) met RIN_SLEUTEL:       ", pseudonymise(name_key("Dongen, F. van"), RIN_SLEUTEL))
    print("F.van Dongen (rood)    met RIN_SLEUTEL:       ", pseudonymise(name_key("F.van Dongen"), RIN_SLEUTEL))
    print("F.van Dongen (rood)    met een andere sleutel:", pseudonymise(name_key("F.van Dongen"), b"een-andere-sleutel"))
    """),
    md("""
    Gebruikt een bron een andere sleutel, dan heeft iedereen in die bron een ander nummer. Dan wordt niemand
    gekoppeld.

    ## Oefening 3 · Koppel op het RIN-nummer

    Een andere organisatie geeft je het bestand `blauw`. Maak `op_rin`: de tabel `zwart_rin` gekoppeld aan
    `blauw`, op het RIN-nummer. Daarvoor krijgt `blauw` eerst een kolom `rin` in plaats van de naam, gemaakt
    op dezelfde manier en met dezelfde sleutel als bij `zwart_rin`. In `op_rin` staat dus geen naam meer.

    <details><summary>Hint</summary>

    Maak eerst een tabel `blauw_rin` met `pseudonymise_table`, net zoals `zwart_rin` hierboven is gemaakt.
    Koppel die daarna met `link` aan `zwart_rin`, op de kolom `"rin"`.
    </details>
    """),
    exercise("rin-koppelen", """
    # Maak de tabel op_rin.
    """, """
    blauw_rin = pseudonymise_table(blauw, RIN_SLEUTEL, new_column="rin")
    op_rin = link(zwart_rin, blauw_rin, on="rin")
    """),
    check("controle-rin-koppelen", 3, """
    from academy.checks import datakoppeling as controle
    controle.rin_koppelen()
    """, """
    assert len(op_rin) == 20
    assert "naam" not in op_rin.columns
    assert set(map(str, op_rin["rin"])) == set(map(str, pseudonymise(name_keys(zwart["naam"]), b"cbs-geheim-2024")))
    assert {"Leeftijd", "Opleidingsniveau", "Aantal ziekenhuisbezoeken"} <= set(op_rin.columns)
    """),
    md("""
    ## Het volledige profiel van één persoon

    Koppel je alle drie de bronnen op het RIN-nummer, dan heb je per persoon alle tien kenmerken in één rij.
    Dat heet een **profiel**. Hieronder het profiel van de persoon die in de sector Motorvoertuigen werkte:
    """),
    code("""
    # Zo geeft het CBS de drie bronnen: met een RIN-nummer in plaats van de naam.
    rin_bronnen = source_tables(key=RIN_SLEUTEL)
    profielen = link_all(rin_bronnen, on="rin")
    print("Kenmerken per bron:", {bron: tabel.shape[1] - 1 for bron, tabel in bronnen.items()})
    print("Kenmerken na koppelen:", profielen.shape[1] - 1)
    profielen[profielen["Sector"] == "Motorvoertuigen"].T
    """),
    md("""
    Geen enkele bron wist dit allemaal. De Basisregistratie kent de leeftijd en postcode, Werk en Inkomen kent
    de uitkering en de sector, een andere organisatie kent de ziekenhuisbezoeken. Pas na het koppelen staat er:
    *een man van 52 uit postcode 3582, 16 maanden in de uitkering, die één keer in het ziekenhuis was*. En in
    hoofdstuk 2 zag je al: wie als enige in Motorvoertuigen werkte, is voor een collega direct te herkennen.

    Koppelen laat ook **verbanden tussen bronnen** zien. Bijvoorbeeld: hoe vaak gaan mensen per buurt naar het
    ziekenhuis? De buurt staat in zwart, de ziekenhuisbezoeken in blauw. Alleen samen geven ze het antwoord:
    """),
    code("""
    buurt = postcode_digits(profielen["Postcode"], 3).rename("buurt (postcode)")
    profielen.groupby(buurt)["Aantal ziekenhuisbezoeken"].agg(["count", "mean"]).rename(
        columns={"count": "personen", "mean": "gemiddeld aantal bezoeken"})
    """),
    md("""
    Zo'n uitkomst kan helpen: een wijkteam ziet dan in welke buurt gezondheid de meeste aandacht nodig heeft.
    Maar het kan ook een buurt een stempel geven. En met groepjes van één of twee personen gaat het weer over herkenbare
    mensen.

    ## Vraag 7 · Wel of niet koppelen?

    De kenmerken komen uit verschillende bronnen. **Is het wel of niet wenselijk om informatie uit verschillende
    bronnen te koppelen voor cliënten?** Geef je mening en noem minstens één voordeel en één nadeel of
    voorwaarde. Schrijf je antwoord in de cel hieronder.
    """),
    reflection("vraag-7-koppelen", 2, """
    **Voorbeeldantwoord en beoordeling (trainer)**

    De handleiding geeft bij vraag 7 (datakoppeling) geen vast antwoord: het gaat om de afweging. Punten uit de
    werkwijzer (§9 en §10) en Smart Start die een goed antwoord kan noemen:

    - **voordelen**: beter inzicht in de situatie van (groepen) cliënten, beter passende re-integratie, cliënten
      hoeven niet steeds dezelfde informatie te geven;
    - **nadelen en zorgen**: een profiel kan tot een 'automatische' beslissing leiden, mensen worden herkenbaar
      (Motorvoertuigen), een buurt of groep krijgt een stempel, wantrouwen van cliënten ("de gemeente weet toch
      al alles van ons");
    - **voorwaarden**: alleen voor een helder doel (AVG), passende waarborgen (AVG artikel 89), gepseudonimiseerd
      koppelen zoals het CBS met het RIN doet, alleen naar groepen kijken en geen aantallen
      onder tien tonen (het uitgangspunt van Smart Start; het CBS controleert elke uitkomst op
      onthullingsrisico),
      transparantie: wie, wanneer en waarom in de gegevens kijkt, en dat een cliënt kan zeggen "dit wil ik niet,
      of ben ik niet".

    Voorbeeldantwoord: *Koppelen kan wenselijk zijn, omdat je dan ziet welke groepen cliënten welke hulp nodig
    hebben. Maar alleen als het doel duidelijk is, de gegevens gepseudonimiseerd zijn en je naar groepen kijkt.
    Een profiel mag nooit vanzelf beslissen over één cliënt, en cliënten moeten weten wat er met hun gegevens
    gebeurt.*

    - 2 punten: neemt een standpunt in én weegt minstens één voordeel tegen minstens één nadeel of voorwaarde.
    - 1 punt: alleen een standpunt met één kant (alleen voordelen of alleen bezwaren).
    - 0 punten: geen antwoord, of geen argument.
    """),
    md("""
    ## Op de schaal van een gemeente

    Werkt dit ook voor een hele stad? Hieronder maakt de computer 100.000 verzonnen inwoners, elk met een
    BSN en een naam, en verdeelt ze over de drie bronnen. Zwart (de Basisregistratie) kent iedereen; rood en
    blauw kennen elk 95 procent van de inwoners. Net als op de kaarten schrijft elke bron de namen op haar eigen
    manier. We koppelen zwart en rood op drie manieren:
    op de gedrukte naam, op de genormaliseerde naam en op een RIN-nummer. Dat nummer is uit het BSN gemaakt.
    """),
    code("""
    start = time.perf_counter()
    inwoners = make_population(100_000)
    stad = make_sources(inwoners)

    def met_rin(tabel):
        # De tabel met een RIN-nummer in plaats van het BSN, en zonder naam.
        return tabel.assign(rin=pseudonymise(tabel["bsn"], RIN_SLEUTEL)).drop(columns=["bsn", "naam"])

    stad_zwart, stad_rood = met_rin(stad["zwart"]), met_rin(stad["rood"])
    manieren = {
        "gedrukte naam": linkage_report(stad["zwart"], stad["rood"], on="naam"),
        "genormaliseerde naam": linkage_report(
            stad["zwart"].assign(sleutel=name_keys(stad["zwart"]["naam"])),
            stad["rood"].assign(sleutel=name_keys(stad["rood"]["naam"])), on="sleutel"),
        "RIN-nummer": linkage_report(stad_zwart, stad_rood, on="rin"),
    }
    print(f"Klaar in {short(time.perf_counter() - start, 1)} seconden.")
    pd.DataFrame({
        manier: {
            "zeker gekoppeld": rapport.linked,
            "rijen van zwart zonder partner": len(rapport.unlinked["zwart"]),
            "rijen van zwart met een dubbele sleutel": rapport.ambiguous_records["zwart"],
        }
        for manier, rapport in manieren.items()
    })
    """),
    md("""
    Rood kent 95.000 van de 100.000 inwoners. Op de gedrukte naam worden er maar ruim 5.000 zeker gekoppeld.
    Normaliseren helpt (bijna 9.000), maar de meeste namen komen in een stad meer dan eens voor: er wonen veel
    mensen die "J. de Jong" heten. Welke J. de Jong uit zwart hoort bij welke uit rood? Dat weet je niet. Op het RIN-nummer worden alle
    95.000 gekoppeld, zonder twijfel, en zonder dat iemand een naam of BSN ziet.

    En alle drie de bronnen tegelijk, voor de hele stad?
    """),
    code("""
    start = time.perf_counter()
    stad_profielen = link_all(stad_zwart, stad_rood, met_rin(stad["blauw"]), on="rin")
    seconden = short(time.perf_counter() - start, 1)
    print(f"{number(len(stad_profielen), ',')} profielen met {stad_profielen.shape[1] - 1} kenmerken, in {seconden} seconden.")
    """),
    md("""
    Een paar seconden voor een hele stad. Koppelen is dus technisch makkelijk. De echte vraag is of het mag en
    of het wenselijk is. Daarom werkt het CBS met een beveiligde omgeving, alleen met pseudoniemen, en laat het
    alleen resultaten over groepen naar buiten.

    ## Samenvatting

    - Elke bron is een eigen **tabel**, met een eigen manier om namen te schrijven.
    - **Koppelen** legt rijen van dezelfde persoon naast elkaar, op een **sleutel** die in beide tabellen gelijk is.
    - Koppelen op de **gedrukte naam** mist mensen van wie de naam anders geschreven is.
    - **Normaliseren** (namen op één manier schrijven) vindt ze terug. Maar in een stad hebben veel mensen
      dezelfde naam: dan weet je niet wie bij wie hoort.
    - Een **pseudoniem met één sleutel** (zoals het RIN-nummer van het CBS) koppelt betrouwbaar, zonder namen.
      Met een andere sleutel wordt niemand gekoppeld.
    - Gekoppelde bronnen geven een **profiel**: meer dan elke bron alleen weet. Dat kan helpen, en het kan
      schaden. Koppel alleen met een duidelijk doel, gepseudonimiseerd, en kijk naar groepen.

    In het volgende hoofdstuk vergelijk je de twee groepen van het spel: wat hebben de mensen die werk vonden
    gemeen?
    """),
    trainer("""
    ## Voor de trainer

    **Tijd:** ongeveer 60 minuten: 5 min de drie bronnen, 10 min oefening 1 en het koppelrapport, 10 min
    normaliseren en oefening 2, 10 min het RIN-nummer en oefening 3, 5 min het profiel, 15 min vraag 7 in de
    groep, 5 min de gemeente-schaal.

    **Antwoorden:**
    - Oefening 1: `link(zwart, rood, on="naam")` geeft 13 rijen; `niet_gekoppeld` is 7: precies de personen met een
      tussenvoegsel (van Dongen, de Vries, de Jong, van den Berg, El Amrani, de Groot, van Leeuwen).
    - Oefening 2: met `name_keys` in beide tabellen en `on="sleutel"`: 20 rijen.
    - Oefening 3: `pseudonymise_table(blauw, RIN_SLEUTEL, new_column="rin")` en `link(zwart_rin, ..., on="rin")`:
      20 rijen, geen namen. Met een andere sleutel: 0 rijen (de controle zegt dat). Ook goed:
      `source_tables(key=RIN_SLEUTEL)["blauw"]`, zoals het notebook na de oefening laat zien.
    - Gemeente-schaal (100.000 inwoners): op de gedrukte naam ongeveer 5.200 zeker gekoppeld, na normaliseren
      ongeveer 8.900, op het RIN-nummer alle 95.000 die in rood staan. Het verschil komt door namen die vaker
      voorkomen (dubbelzinnig), niet door de spelling alleen.

    **Vraag 7** (handleiding, opdracht 2): *Is het wel of niet wenselijk om informatie uit verschillende bronnen
    te koppelen voor cliënten?* De handleiding geeft geen vast antwoord. Laat de groep voor- en tegenstanders
    verzamelen. Breng in wat cliënten in de datadialogen zeiden (werkwijzer §9): weinig zorg over koppelen
    ("de gemeente weet toch al alles"), wél wantrouwen en zorg over automatische beslissingen, en een duidelijke
    wens tot transparantie: wie kijkt wanneer en waarom in mijn gegevens?

    **Bespreekvragen:**
    - Welke bronnen koppelen jullie nu al (BRP, uitkering, schuldhulp, Wmo)? Op welke sleutel?
    - Wat zou een cliënt zeggen als hij het profiel hierboven van zichzelf zag?
    - Het CBS koppelt in een beveiligde omgeving en laat alleen groepen naar buiten. Wat zou dat bij jullie betekenen?
    - Is het bij de ziekenhuisbezoeken per buurt nog wel veilig, met groepjes van twee of drie personen?
    """),
]

if __name__ == "__main__":
    print(write(notebook(cells), CHAPTER, NAME))
