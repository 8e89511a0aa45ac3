"""Chapter 2, Pseudonimiseren: the source notebook (run to rebuild it)."""

from academy import dutch
from academy.privacy import count_valid_bsns
from tools.authoring import check, code, exercise, how_it_works, md, notebook, reflection, trainer, write

CHAPTER, NAME = "02-pseudonimiseren", "pseudonimiseren"

cells = [
    md("""
    # Hoofdstuk 2 · Pseudonimiseren

    In het databasespel staat op elke kaart een naam. In dit hoofdstuk vervang je die namen door
    nummers. Dat heet **pseudonimiseren**. Daarna onderzoek je of de mensen dan echt onherkenbaar zijn.

    **Wat leer je?**

    - Je weet wat **pseudonimiseren** is, en wat het verschil is met **anonimiseren**.
    - Je kunt namen vervangen door nummers met een geheime **sleutel**.
    - Je weet wat een **quasi-identificator** is en wat **k-anonimiteit** betekent.
    - Je kunt gegevens **algemener** maken en kleine aantallen **verbergen**, zodat niemand meer opvalt.
    - Je weet waarom een BSN dat alleen "gehasht" is, terug te vinden is.
    - Je weet hoe het CBS namen, adressen en BSN's vervangt door een **RIN-nummer**.
    - Je kent drie uitgangspunten van **privacy by design**.

    **Alle personen in dit hoofdstuk zijn verzonnen**: de twintig personen van het spel en ook de
    100.000 inwoners verderop. Lijkt een naam op iemand die je kent? Dat is toeval.
    """),
    how_it_works(),
    code("""
    import time

    import pandas as pd
    from matplotlib import pyplot as plt

    from academy.cards import choose_pseudonyms, load_deck, person_table, pseudonymise_persons
    from academy.datasets.population import make_population
    from academy.dutch import number, short
    from academy.plotting import PALETTE, finish, use_course_style
    from academy.privacy import (
        age_band, count_valid_bsns, find_bsn_by_hash, group_sizes, hash_rate, is_valid_bsn, k_anonymity,
        plain_hash, postcode_digits, pseudonymise, suppress, suppress_small_counts, unique_rows, valid_bsns,
    )

    use_course_style()
    kaarten = load_deck()
    personen = person_table(kaarten)
    personen.head()
    """),
    md("""
    `personen` is de tabel uit hoofdstuk 1: één rij per persoon, één kolom per kenmerk. `kaarten` is de stapel
    kaarten: één rij per kaart.

    ## Opdracht 1 uit het spel · Vervang elke naam door een nummer

    In het spel vervangen de deelnemers op elk van hun kaarten de naam door een nummer. Als hint zijn in de
    gele set (reeks 2) al een paar personen gepseudonimiseerd. Op al hun kaarten staat een nummer in plaats
    van de naam. Dit zijn die personen, met hun nummer:
    """),
    code("""
    hint = choose_pseudonyms(kaarten)
    hint
    """),
    md("""
    Zo zien de kaarten van die personen eruit. Op elke kaart staat het nummer, niet de naam:
    """),
    code("""
    met_hint = pseudonymise_persons(kaarten, hint)
    met_hint[met_hint["naam"].isin(hint.values())].drop(columns="persoon").head(10)
    """),
    md("""
    ## Pseudonimiseren en anonimiseren

    De handleiding van het spel geeft deze twee uitleggen:

    > **Pseudonimiseren** is een procedure waarbij wordt gezorgd dat de informatie in een dataset niet meer
    > direct herleidbaar is tot een persoon. Er wordt een pseudoniem (cijfer in dit geval) gegeven aan
    > informatie (proces is met een sleutel onomkeerbaar).

    > **Anonimiseren** is een procedure waarbij ervoor wordt gezorgd dat de informatie in een dataset
    > helemaal niet meer te herleiden is tot een persoon. Onomkeerbaar proces.

    Het verschil zit in twee woorden: **niet meer direct** (pseudonimiseren) tegenover **helemaal niet meer**
    (anonimiseren). Na pseudonimiseren kan iemand met de sleutel hetzelfde nummer opnieuw maken. Zo kun je
    bestanden nog aan elkaar koppelen. Na anonimiseren kan dat niet meer.

    Let op het woord "onomkeerbaar" bij pseudonimiseren. Dat geldt alleen voor wie de sleutel **niet** heeft.
    Wie de sleutel wel heeft, kan een nummer weer bij een persoon zoeken. Daarom zegt de AVG:
    gepseudonimiseerde gegevens zijn nog steeds **persoonsgegevens** (overweging 26 van de AVG). Alle regels
    voor persoonsgegevens blijven dus gelden.

    ## Een nummer maken met een sleutel

    De computer maakt het nummer met een rekenrecept en een geheime **sleutel**. Dat werkt zo:

    - dezelfde naam met dezelfde sleutel geeft **altijd hetzelfde nummer**;
    - met een andere sleutel krijgt dezelfde naam **een ander nummer**;
    - uit het nummer kun je de naam **niet terugrekenen**. Wie de sleutel niet heeft, kan ook niet alle namen
      proberen: hij kan de nummers niet namaken;
    - wie de sleutel **wel** heeft, kan alle namen proberen en zo een nummer weer bij een persoon vinden.

    De sleutel is een stukje geheime tekst. Let op de `b` voor de aanhalingstekens. Die zet de tekst om in de
    vorm waarin de computer met de sleutel rekent. Een sleutel schrijf je daarom altijd met een `b` ervoor.

    Met `digits=6` krijg je een nummer van zes cijfers. Dat kun je op een kaart goed lezen. Het lijkt ook niet op
    iets anders op de kaarten: een postcode heeft vier cijfers, een studieschuld hooguit vijf.
    """),
    code("""
    SLEUTEL = b"databasespel-2024"

    print(pseudonymise("B. Bos", SLEUTEL, digits=6))
    print(pseudonymise("B. Bos", SLEUTEL, digits=6))
    print(pseudonymise("B. Bos", b"een-andere-sleutel", digits=6))
    """),
    md("""
    Twee keer dezelfde naam met dezelfde sleutel: twee keer hetzelfde nummer. Met een andere sleutel: een ander
    nummer. De makers van het spel kozen voor de hint hun eigen nummers. Jouw nummers zijn dus anders.
    """),
    md("""
    ## Oefening 1 · Vervang de naam op elke kaart

    Nu doe je opdracht 1 uit het spel zelf. In de tabel `kaarten` staat de naam in de kolom `naam`, zoals de bron
    hem schrijft. In de kolom `persoon` staat de naam nog een keer, op één manier geschreven. Die kolom maakten we
    in hoofdstuk 1 om de kaarten te sorteren.

    Maak de tabel `zonder_namen`: een kopie van `kaarten` waarin

    - in de kolom `naam` een nummer staat in plaats van de naam: het nummer dat `pseudonymise` maakt met de
      sleutel `SLEUTEL` en `digits=6`;
    - de kolom `persoon` weg is, want daar staan ook namen.

    Dit heb je nodig:

    - `pseudonymise(kolom, SLEUTEL, digits=6)` geeft een nummer voor elke waarde in een kolom;
    - `kaarten.assign(naam=...)` maakt een kopie van de tabel waarin de kolom `naam` iets anders krijgt;
    - `tabel.drop(columns="persoon")` haalt een kolom weg.

    <details><summary>Hint</summary>

    Zet de stukken achter elkaar: `kaarten.assign(naam=...).drop(columns="persoon")`. Op de puntjes komen de
    nummers van `pseudonymise` voor de kolom `kaarten["naam"]`. Gebruik de sleutel `SLEUTEL`, geen andere.
    </details>
    """),
    exercise("zonder-namen", """
    # Maak de tabel zonder_namen.
    """, """
    zonder_namen = kaarten.assign(naam=pseudonymise(kaarten["naam"], SLEUTEL, digits=6)).drop(columns="persoon")
    """),
    check("controle-zonder-namen", 3, """
    from academy.checks import pseudonimiseren as controle
    controle.zonder_namen()
    """, """
    from academy.checks.pseudonimiseren import card_pseudonyms as _goede_nummers, card_rows as _kaarten_als_tekst

    _namen = set(kaarten["naam"]) | set(kaarten["persoon"])
    assert len(zonder_namen) == len(kaarten) == 200
    assert not {_waarde for _waarde in zonder_namen.values.ravel() if isinstance(_waarde, str)} & _namen
    _goed = [_kaarten_als_tekst(kaarten, _nummers) for _nummers in _goede_nummers(kaarten).values()]
    assert _kaarten_als_tekst(zonder_namen, zonder_namen["naam"]) in _goed
    """),
    md("""
    Heb je de namen vervangen zoals elke bron ze schrijft? Dan heeft een persoon met een tussenvoegsel nu
    drie nummers: voor de computer zijn "Dongen, F. van", "F.van Dongen" en "F. van Dongen" drie verschillende
    namen. In hoofdstuk 3 zie je wat dat betekent als je bronnen aan elkaar koppelt.
    """),
    md("""
    ## Vraag 1 · Waarom pseudonimiseren?

    **Waarom zou je een database willen pseudonimiseren?** Schrijf in een paar zinnen je antwoord.
    Denk aan de mensen in de database, en aan de medewerker die met de gegevens werkt.
    """),
    reflection("vraag-waarom-pseudonimiseren", 2, """
    **Voorbeeldantwoord en beoordeling (trainer)**

    Verwacht antwoord (handleiding, opdracht 1): *niet herkenbaar, dus je kunt mensen niet voortrekken of
    achterstellen.* Ook goed: je beschermt de privacy van de mensen (AVG), terwijl je de gegevens wel kunt
    gebruiken voor onderzoek en ze nog kunt koppelen (met dezelfde sleutel krijgt dezelfde persoon hetzelfde nummer).

    - 2 punten: noemt dat de personen niet (direct) herkenbaar zijn én waarom dat telt (niet voortrekken of
      achterstellen, privacy beschermen), of dat je de gegevens toch kunt blijven gebruiken.
    - 1 punt: alleen "voor de privacy", zonder uitleg.
    - 0 punten: geen antwoord, of een antwoord dat niets met herkenbaarheid te maken heeft.
    """),
    md("""
    ## Herkenbaar zonder naam

    Zo ziet de tabel `personen` eruit als elke persoon een nummer krijgt in plaats van een naam. Het nummer
    staat in de kolom `nummer`. Het is gemaakt met dezelfde sleutel als hierboven: B. Bos heeft hetzelfde
    nummer als in het voorbeeld.
    """),
    code("""
    geen_namen = personen.drop(columns="persoon")
    geen_namen.insert(0, "nummer", pseudonymise(personen["persoon"], SLEUTEL, digits=6))
    geen_namen
    """),
    md("""
    Er staat geen naam meer in de tabel. Toch is er maar één persoon die in de sector Motorvoertuigen werkt:
    """),
    code("""
    geen_namen[geen_namen["Sector"] == "Motorvoertuigen"]
    """),
    md("""
    Een collega bij de gemeente weet waarschijnlijk meteen wie dat is. Dan weet die collega ook de rest:
    het aantal ziekenhuisbezoeken, de studieschuld, hoe lang deze persoon in de uitkering zat.

    ## Vraag 2 · Echt onherkenbaar?

    **Zijn mensen ook echt onherkenbaar als je pseudonimiseert?** Motorvoertuigen is één voorbeeld. Zoek in de
    tabel `geen_namen` zelf een **ander** voorbeeld: een kenmerk, of een combinatie van kenmerken, waaraan een
    collega iemand toch kan herkennen. Leg uit wat die collega dan nog meer over die persoon te weten komt.
    """),
    reflection("vraag-echt-onherkenbaar", 2, """
    **Voorbeeldantwoord en beoordeling (trainer)**

    Verwacht antwoord (handleiding, opdracht 1): *waarschijnlijk niet, ze zijn alleen niet meer DIRECT
    herleidbaar. Er zit bijvoorbeeld maar 1 persoon in waar bij sector staat 'motorvoertuigen'. Als medewerker
    van de gemeente weet je dan waarschijnlijk meteen over wie het gaat.*

    Het voorbeeld van de handleiding staat al in de tekst; de cursist zoekt een eigen voorbeeld. Bijvoorbeeld:
    de enige in de sector Overheid, Bouw of Schoonmaak; de enige van 61 jaar; de enige met een Poolse of
    Antilliaanse migratieachtergrond; de enige met alleen basisonderwijs; of een combinatie, zoals de enige vrouw
    met postcode 3572. Wie dat kenmerk herkent, weet ook de uitkering, de ziekenhuisbezoeken en de studieschuld.

    - 2 punten: nee (of: niet altijd, alleen niet meer *direct*), met een eigen voorbeeld (niet Motorvoertuigen)
      én wat iemand dan nog meer te weten komt.
    - 1 punt: nee, maar alleen met Motorvoertuigen, of een voorbeeld zonder uitleg; of alleen "je kunt de
      sleutel stelen".
    - 0 punten: ja, of geen antwoord.
    """),
    md("""
    ## Quasi-identificatoren

    Een kenmerk dat zelf geen naam is, maar samen met andere kenmerken iemand kan aanwijzen, heet een
    **quasi-identificator** (in de begrippenlijst: quasi-identificerend kenmerk). Voorbeelden: leeftijd,
    geslacht, postcode, sector.

    ## k-anonimiteit

    Leg de personen die op de quasi-identificatoren precies gelijk zijn in één groep. Hoe groot is de
    kleinste groep? Dat getal heet **k**.

    - **k = 1**: er is minstens één persoon die als enige zo is. Die persoon is **uniek**, en dus herkenbaar.
    - **k = 2**: iedereen lijkt op minstens één ander. Je weet dan nooit zeker wie van de twee het is.

    Hoe groter k, hoe beter iemand verstopt is tussen anderen. Hieronder zie je per persoon hoe groot
    zijn of haar groep is, als je alleen naar de sector kijkt:
    """),
    code("""
    per_sector = personen.assign(groepsgrootte=group_sizes(personen, ["Sector"]))
    per_sector[["persoon", "Sector", "groepsgrootte"]].sort_values("groepsgrootte").head(8)
    """),
    code("""
    print("k op sector:", k_anonymity(personen, ["Sector"]))
    unique_rows(personen, ["Sector"])[["persoon", "Sector"]]
    """),
    md("""
    Vier personen zijn uniek op hun sector. De functie `unique_rows(tabel, kenmerken)` geeft die rijen.

    ## Oefening 2 · Wie is uniek op geslacht en postcode?

    Maak `unieke_personen`: een lijst met de namen van de personen die als enige hun combinatie van
    **geslacht** en **postcode** hebben.

    <details><summary>Hint</summary>

    Gebruik `unique_rows` zoals hierboven, maar met de twee kenmerken `["Geslacht", "Postcode"]`.
    Neem daarvan de kolom `"persoon"` en maak er een lijst van met `.tolist()`.
    </details>
    """),
    exercise("unieke-personen", """
    # Maak de lijst unieke_personen.
    """, """
    unieke_personen = unique_rows(personen, ["Geslacht", "Postcode"])["persoon"].tolist()
    """),
    check("controle-unieke-personen", 2, """
    from academy.checks import pseudonimiseren as controle
    controle.unieke_personen()
    """, """
    from academy.linkage import canonical_name as _gewoon

    _uniek = set(personen.loc[group_sizes(personen, ["Geslacht", "Postcode"]) == 1, "persoon"])
    assert isinstance(unieke_personen, (list, tuple, set, pd.Series, pd.Index))
    assert {_gewoon(_naam) for _naam in unieke_personen} == _uniek
    assert len(list(unieke_personen)) == len(_uniek)
    """),
    md("""
    ## Algemener maken

    Hoe maak je de tabel veiliger? Je kunt de kenmerken **algemener** maken (generaliseren):

    - de leeftijd wordt een **leeftijdsgroep**: 34 wordt "30-39". Dat doet `age_band(leeftijden, 10)`.
      Met `top=` worden alle hogere leeftijden één groep, bijvoorbeeld "60+".
    - de postcode wordt **korter**: 3582 wordt "358" (een groter gebied). Dat doet `postcode_digits(postcodes, 3)`.
    """),
    code("""
    voorbeeld = personen.assign(
        Leeftijd=age_band(personen["Leeftijd"], 10),
        Postcode=postcode_digits(personen["Postcode"], 3),
    )
    kenmerken = ["Leeftijd", "Geslacht", "Postcode"]
    print("Precies: k =", k_anonymity(personen, kenmerken), "en uniek:", len(unique_rows(personen, kenmerken)))
    print("Algemener: k =", k_anonymity(voorbeeld, kenmerken), "en uniek:", len(unique_rows(voorbeeld, kenmerken)))
    voorbeeld[["persoon", *kenmerken]].head()
    """),
    md("""
    Met de precieze leeftijd, het geslacht en de postcode is **iedereen** uniek. Met groepen van tien jaar
    en drie cijfers van de postcode zijn er nog tien unieke personen. Dat is nog niet genoeg.

    ## Oefening 3 · Maak de tabel algemener tot k ≥ 2

    Maak de tabel `algemener`: een kopie van `personen`. Maak daarin de kolommen `Leeftijd` en `Postcode` zo
    algemeen dat niemand meer uniek is op leeftijd, geslacht en postcode samen (k is 2 of meer).
    Laat geen personen weg, laat `Geslacht` zoals het is, en houd een beetje informatie over de leeftijd over.

    Probeer het stap voor stap: maak de groepen groter en kijk steeds met
    `k_anonymity(algemener, ["Leeftijd", "Geslacht", "Postcode"])` hoe groot k is.

    <details><summary>Hint</summary>

    Begin met leeftijdsgroepen van 20 jaar en 2 cijfers van de postcode. Kijk met `unique_rows` wie er dan nog
    uniek is. Is dat iemand die ouder is dan de rest? Met `top=` zet je alle oudere mensen in één groep:
    `age_band(leeftijden, 20, top=50)` maakt groepen als "20-39", "40-49" en "50+". Groepen van 25 jaar werken ook.
    </details>
    """),
    exercise("algemener", """
    # Maak de tabel algemener.
    """, """
    algemener = personen.assign(
        Leeftijd=age_band(personen["Leeftijd"], 20, top=50),
        Postcode=postcode_digits(personen["Postcode"], 2),
    )
    """),
    check("controle-algemener", 3, """
    from academy.checks import pseudonimiseren as controle
    controle.algemener()
    """, """
    assert len(algemener) == 20
    assert sorted(map(str, algemener["Geslacht"])) == sorted(map(str, personen["Geslacht"]))
    assert k_anonymity(algemener, ["Leeftijd", "Geslacht", "Postcode"]) >= 2
    assert algemener["Leeftijd"].dropna().nunique() >= 2
    assert sorted(map(str, algemener["Leeftijd"])) != sorted(map(str, personen["Leeftijd"]))
    """),
    md("""
    Kijk wat er in jouw tabel overblijft van de postcode: waarschijnlijk maar een of twee cijfers. Dat is bijna
    de hele stad. Bij twintig personen moet je
    heel ver gaan voordat niemand meer opvalt. Hoe meer mensen in een bestand staan, hoe minder ver je hoeft te
    gaan. Dat zie je verderop, bij 100.000 inwoners.

    ## Onderdrukken

    Een andere manier is **onderdrukken**: een zeldzame waarde haal je weg, of je zet hem bij "overig".
    `suppress(tabel, columns=[...], fill="overig")` doet dat met elke waarde die maar één keer voorkomt.
    Daarna valt de persoon uit Motorvoertuigen niet meer op:
    """),
    code("""
    onderdrukt = suppress(personen, columns=["Sector"], fill="overig")
    print("k op sector na onderdrukken:", k_anonymity(onderdrukt, ["Sector"]))
    onderdrukt["Sector"].value_counts()
    """),
    md("""
    ## Waarom een gehasht BSN geen pseudoniem is

    Soms lees je: "we hebben het BSN gehasht, dus het is anoniem". Een **hash** is een rekenrecept dat van een
    getal een lange, onleesbare code maakt, maar dan **zonder geheime sleutel**. Iedereen kan dat recept
    uitvoeren. Dat is het probleem.

    Een burgerservicenummer (BSN) heeft negen cijfers en moet voldoen aan de **elfproef**. Tel 9 × het eerste
    cijfer, 8 × het tweede, … , 2 × het achtste. Trek het laatste cijfer er één keer van af. De uitkomst moet
    deelbaar zijn door 11. Daardoor is maar ongeveer 1 op de 11 getallen een geldig BSN.
    """),
    code("""
    print(is_valid_bsn(111222333), is_valid_bsn(123456789))
    print("Zoveel geldige BSN's bestaan er:", number(count_valid_bsns(), ","))
    """),
    md("""
    Stel: in een bestand staat alleen deze hash van een BSN.
    """),
    code("""
    hash_in_bestand = plain_hash(100770009)
    hash_in_bestand
    """),
    md("""
    Wie wil weten welk BSN erachter zit, rekent gewoon de hash uit van elk geldig BSN, tot er een gelijk is.
    Voor deze les proberen we alleen de geldige BSN's van 100.000.000 tot 101.000.000:
    """),
    code("""
    kandidaten = valid_bsns(100_000_000, 101_000_000)
    print("We proberen", len(kandidaten), "geldige BSN's.")
    print("Gevonden BSN:", find_bsn_by_hash(hash_in_bestand, kandidaten))
    """),
    md("""
    En **alle** geldige BSN's? Dat meet de computer hieronder. Het duurt hooguit een paar minuten, geen jaren:
    """),
    code("""
    print(hash_rate(100_000))
    """),
    md("""
    Een hash zonder sleutel beschermt een BSN dus niet. Met `pseudonymise` en een geheime sleutel lukt dit
    niet: zonder de sleutel kan niemand de nummers namaken, dus ook niet alle BSN's proberen. Daarom moet
    de sleutel ook echt geheim blijven, bij één organisatie.

    ## Hoe het CBS het doet: het RIN-nummer

    Gemeenten kunnen hun gegevens laten koppelen aan bestanden van het CBS met gegevens per persoon
    (**microdata**). Het Werkwijzer-rapport
    beschrijft hoe dat gaat:

    > Wanneer data van een of meerdere organisaties worden ge-upload naar het CBS, vervangt het CBS alle
    > persoonsgegevens (naam, adres, BSN) en geeft ieder individu een persoonlijk identificatie nummer, het
    > zogenaamde RIN nummer. Door de databestanden te koppelen op basis van het RIN nummer kan inzicht worden
    > verkregen in de gezondheid en leefomstandigheden van bijstandsgerechtigden, zonder dat de gegevens te
    > herleiden zijn tot individuele personen.

    Het CBS mag zo'n bestand alleen koppelen als de gegevens **rechtmatig** zijn verzameld. Geeft een
    organisatie persoonsgegevens aan het CBS? Dan moet dat volgens de AVG mogen. Het CBS helpt zo ook om
    persoonsgegevens te beschermen. De organisaties hoeven hun gegevens niet **aan elkaar** te geven. Ze geven
    ze alleen aan het CBS, en het CBS koppelt.

    De werkwijzer noemt ook bestanden van het CBS die handig zijn in het sociaal domein:

    - **SECMBUS**: de grootste inkomensbron van iemand per maand, zoals bijstand of werk;
    - **GBApersoontab**: algemene gegevens, zoals geslacht, geboortejaar en geboorteland;
    - **HOOGSTEOPLTAB**: de hoogste opleiding van iemand;
    - **GBAHUISHOUDENSBUS**: het huishouden, zoals het type en het aantal kinderen;
    - **WANBZVWTAB**: mensen die minstens zes maanden hun zorgverzekering niet betaalden;
    - **Medicijntab**: geneesmiddelen, en daarmee chronische ziektes zoals diabetes.

    Smart Start, dat met CBS-microdata werkt, legt het zo uit: *"Omdat wij niet weten welk nummer bij welk
    persoon hoort, kunnen we dus nooit weten om wie het precies gaat."* Het CBS werkt in een beveiligde
    omgeving. Een resultaat mag daar pas uit als het CBS het heeft gecontroleerd op het **onthullingsrisico**:
    de kans dat je toch kunt achterhalen wie iemand is. Smart Start heeft daarnaast een eigen regel voor zijn
    onderzoeksresultaten: *"Uitgangspunt is dat aantallen kleiner dan tien niet worden gerapporteerd."*

    Het RIN-nummer is dus een pseudoniem met een sleutel die alleen het CBS heeft. In hoofdstuk 3 koppel
    je zelf bestanden op zo'n nummer.

    ## Op de schaal van een gemeente

    Werkt dit ook voor meer dan twintig mensen? Hieronder maakt de computer 100.000 verzonnen inwoners, met
    een BSN, een naam en de kenmerken van het spel. We vervangen het BSN door een pseudoniem (zoals het RIN)
    en halen naam en BSN weg. Daarna tellen we hoeveel inwoners uniek zijn op vier quasi-identificatoren.

    Het pseudoniem heeft hier 16 cijfers: zo maakt `pseudonymise` het als je geen `digits` meegeeft. Zes cijfers
    zijn genoeg voor twintig personen, maar niet voor een stad: dan zouden duizenden inwoners hetzelfde nummer
    krijgen als een ander.
    """),
    code("""
    start = time.perf_counter()
    inwoners = make_population(100_000)
    inwoners["rin"] = pseudonymise(inwoners["bsn"], SLEUTEL)
    inwoners = inwoners.drop(columns=["bsn", "naam"])

    vier = ["Leeftijd", "Geslacht", "Postcode", "Migratieachtergrond"]
    stappen = {
        "precies": inwoners,
        "leeftijd in groepen\\nvan 10 jaar": inwoners.assign(Leeftijd=age_band(inwoners["Leeftijd"], 10, top=80)),
        "en postcode\\n4 cijfers": inwoners.assign(Leeftijd=age_band(inwoners["Leeftijd"], 10, top=80),
                                                   Postcode=postcode_digits(inwoners["Postcode"], 4)),
        "en postcode\\n3 cijfers": inwoners.assign(Leeftijd=age_band(inwoners["Leeftijd"], 10, top=80),
                                                   Postcode=postcode_digits(inwoners["Postcode"], 3)),
    }
    uniek = {stap: len(unique_rows(tabel, vier)) for stap, tabel in stappen.items()}
    print(f"Klaar in {short(time.perf_counter() - start, 1)} seconden.")
    uniek
    """),
    code("""
    fig, ax = plt.subplots()
    staven = ax.bar(list(uniek), list(uniek.values()), color=PALETTE[0])
    ax.bar_label(staven, labels=[number(n, ",") for n in uniek.values()])
    ax.set_yscale("log")
    finish(ax, "Hoeveel van de 100.000 inwoners zijn uniek?", "Hoe algemeen de kenmerken zijn",
           "Unieke inwoners (logaritmische schaal)")
    plt.show()
    """, alt="Staafdiagram met een logaritmische schaal: met precieze gegevens zijn 95.300 van de 100.000 "
             "inwoners uniek, met leeftijdsgroepen 64.668. Met ook een postcode van 4 cijfers zijn het er nog 239, "
             "met een postcode van 3 cijfers nog maar 4."),
    md("""
    De verticale as is **logaritmisch**: elke streep omhoog is tien keer zo veel. Zo passen grote en kleine
    aantallen in één figuur. Met de precieze gegevens is bijna iedereen uniek, ook zonder naam en BSN. Met leeftijdsgroepen en een
    postcode van vier cijfers zijn het er nog een paar honderd. Met drie cijfers nog maar een handvol.
    Die laatsten kun je onderdrukken.

    Onderzoekers publiceren meestal geen rijen per persoon, maar **tabellen met aantallen**. Hieronder: hoeveel
    inwoners met een uitkering zijn er per wijk en per sector?
    """),
    code("""
    in_uitkering = inwoners[inwoners["Aantal maanden in uitkering"] > 0]
    tabel = pd.crosstab(in_uitkering["wijk"], in_uitkering["Sector"])
    tabel
    """),
    md("""
    Kijk naar de kolom Motorvoertuigen: daar staan kleine aantallen. Een klein aantal in een kleine groep kan
    iemand verraden: dat is een onthullingsrisico. Daarom volg je hier de regel van Smart Start: een aantal onder
    de tien laat je niet zien. Je schrijft dan "<10".

    ## Oefening 4 · Verberg de kleine aantallen

    Maak `veilige_tabel`: dezelfde tabel als `tabel`, maar elk aantal onder de 10 is vervangen door "<10".

    <details><summary>Hint</summary>

    Gebruik de functie `suppress_small_counts` op de tabel `tabel`. De drempel van 10 is de standaard: die hoef
    je niet mee te geven.
    </details>
    """),
    exercise("veilige-tabel", """
    # Maak de tabel veilige_tabel.
    """, """
    veilige_tabel = suppress_small_counts(tabel)
    """),
    check("controle-veilige-tabel", 2, """
    from academy.checks import pseudonimiseren as controle
    controle.veilige_tabel()
    """, """
    assert veilige_tabel.shape == tabel.shape
    for _wijk in tabel.index:
        for _sector in tabel.columns:
            _n = tabel.loc[_wijk, _sector]
            _shown = str(veilige_tabel.loc[_wijk, _sector])
            assert _shown == ("<10" if _n < 10 else str(_n))
    """),
    md("""
    ## Privacy by design

    De gemeente Zaanstad werkt met data volgens drie uitgangspunten. Samen heten ze **privacy by design**:
    privacy zit vanaf het begin in het ontwerp, niet achteraf.

    - **zo min mogelijk data**: neem alleen de kolommen die je voor je vraag nodig hebt. Hierboven hadden we naam
      en BSN niet nodig, dus haalden we die weg.
    - **zo hoog mogelijk aggregatieniveau**: werk met groepen en tabellen met aantallen (per wijk, per
      leeftijdsgroep) in plaats van met losse personen.
    - **zo min mogelijk gebruik van persoonsgegevens**: gebruik een pseudoniem in plaats van een naam of BSN,
      en maak kenmerken algemener waar het kan.

    ## Samenvatting

    - **Pseudonimiseren**: je vervangt de naam door een nummer. De gegevens zijn dan niet meer *direct*
      herleidbaar tot een persoon. **Anonimiseren**: de gegevens zijn *helemaal niet meer* te herleiden.
    - Een pseudoniem maak je met een **geheime sleutel**: dezelfde naam krijgt steeds hetzelfde nummer, en zonder
      sleutel kun je niet terug. Met de sleutel kan het wel. Daarom blijven het **persoonsgegevens** (AVG).
    - Zonder naam kun je toch herkenbaar zijn door een zeldzame combinatie van gewone kenmerken: de
      **quasi-identificatoren**.
    - **k** is de grootte van de kleinste groep gelijken. k = 1 betekent: iemand is uniek.
    - **Algemener maken** (leeftijdsgroepen, kortere postcode) en **onderdrukken** (zeldzame waarden weg,
      aantallen onder 10 als "<10") maken een tabel veiliger.
    - Een BSN hashen **zonder sleutel** beschermt niet: alle geldige BSN's proberen duurt hooguit een paar minuten.
    - Het CBS vervangt naam, adres en BSN door een **RIN-nummer** en laat alleen veilige resultaten naar buiten.
    - **Privacy by design**: zo min mogelijk data, zo hoog mogelijk aggregatieniveau, zo min mogelijk
      persoonsgegevens.

    In het volgende hoofdstuk koppel je de drie bronnen van het spel aan elkaar: **datakoppeling**.
    """),
    trainer(f"""
    ## Voor de trainer

    **Tijd:** ongeveer 75 minuten: 10 min opdracht 1 uit het spel (op papier met de gepseudonimiseerde
    kaarten, of hier), 10 min oefening 1 in het notebook, 15 min vraag 1 en 2 met nabespreking, 15 min
    k-anonimiteit en oefening 2 en 3, 10 min het BSN en het RIN-nummer, 15 min de gemeente-schaal, oefening 4
    en privacy by design.

    **Antwoorden:**
    - Oefening 1: `kaarten.assign(naam=pseudonymise(kaarten["naam"], SLEUTEL, digits=6)).drop(columns="persoon")`.
      Ook goed: de nummers maken uit `kaarten["persoon"]` (of uit `name_keys(kaarten["naam"])`); dan heeft elke
      persoon één nummer. Uit `kaarten["naam"]` krijgen de zeven personen met een tussenvoegsel drie nummers, één
      per schrijfwijze: een goede opstap naar hoofdstuk 3. Met een andere sleutel of zonder `digits=6` zegt de
      controle wat er anders is.
    - Oefening 2: zeven personen zijn uniek op geslacht en postcode: E. Meijer, M. de Vries, P. Visser, A. Blom,
      D. Bakker, O. van Leeuwen en W. de Groot.
    - Oefening 3: bijvoorbeeld leeftijdsgroepen van 20 jaar met `top=50` en 2 cijfers van de postcode (k = 2), of
      groepen van 25 jaar. Met 20 jaar zonder `top` blijft O. van Leeuwen (61, man) uniek. Elke oplossing met
      k ≥ 2, twintig rijen, een ongewijzigde kolom Geslacht en minstens twee leeftijdswaarden is goed.
    - Oefening 4: `suppress_small_counts(tabel)`; negen aantallen worden "<10", allemaal in de kolom
      Motorvoertuigen.
    - Hash-snelheid: de uitvoer van `hash_rate(100_000)` in het notebook geeft de snelheid van de computer waarop
      het draait, en hoe lang het hashen van alle {dutch.number(count_valid_bsns(), ",")} geldige BSN's daar duurt:
      op een laptop hooguit een paar minuten. Met snellere code of een videokaart: seconden.

    **Verwachte antwoorden op de vragen (handleiding, opdracht 1):**
    - Waarom pseudonimiseren? *Niet herkenbaar, dus je kunt mensen niet voortrekken of achterstellen.*
    - Echt onherkenbaar? *Waarschijnlijk niet, ze zijn alleen niet meer DIRECT herleidbaar. Er zit maar 1 persoon
      in met sector 'motorvoertuigen'; als medewerker van de gemeente weet je dan waarschijnlijk meteen over wie
      het gaat.* Omdat Motorvoertuigen in de tekst staat, vraagt het notebook om een eigen voorbeeld (zie de
      beoordeling bij vraag 2).

    **Bespreekvragen:**
    - Wie in jullie organisatie zou de sleutel moeten bewaren? Wat gebeurt er als die uitlekt?
    - Welke quasi-identificatoren zitten in de bestanden waar jullie mee werken (wijk, leeftijd, gezinssamenstelling)?
    - Oefening 3: hoeveel informatie bleef er over? Is de tabel dan nog bruikbaar voor jullie vraag?
    - Waarom werkt het CBS met een beveiligde omgeving én een controle op de resultaten, en niet alleen met een RIN?
    - Welk van de drie uitgangspunten van Zaanstad is in jullie werk het lastigst?
    """),
]

if __name__ == "__main__":
    print(write(notebook(cells), CHAPTER, NAME))
