"""Chapter 9, Afronding: datavolwassenheid: the source notebook (run to rebuild it)."""

from tools.authoring import check, code, exercise, how_it_works, md, notebook, reflection, trainer, write

CHAPTER, NAME = "09-afronding", "afronding"

cells = [
    md("""
    # Hoofdstuk 9 · Afronding: datavolwassenheid

    Dit is het laatste hoofdstuk. Je kijkt nu niet naar de gegevens van inwoners, maar naar je eigen organisatie.
    Hoe ver is jouw gemeente met datagedreven werken? En aan welke voorwaarden moet een goed dataproject voldoen?

    **Wat leer je?**

    - Je weet wat **datavolwassenheid** is, en je kent de vijf niveaus en de zeven categorieën van een korte scan.
    - Je kunt de datavolwassenheid van je eigen organisatie inschatten en tekenen in een **radardiagram**.
    - Je kunt uit de scans van een team afleiden waar de meeste winst zit.
    - Je kent de vier sets kwaliteitsnormen **FAIR**, **FACT**, **ROBUST** en **SHARED**.
    - Je kent de tips voor gemeenten die met data aan de slag willen.
    - Je kijkt terug op de hele cursus.

    **De collega's in dit hoofdstuk zijn verzonnen.**
    """),
    how_it_works(),
    code("""
    import pandas as pd
    from matplotlib import pyplot as plt

    from academy.plotting import use_course_style
    from academy.widgets.maturity import LEVELS, TEAM_SCANS, MaturityScan, class_average, radar_chart, view

    use_course_style()
    """),
    md("""
    ## Van "wat is er gebeurd?" naar "hoe laten we het gebeuren?"

    In hoofdstuk 0 zag je de ladder van data-analyse (het *Analytic Ascendancy Model* van Gartner). Elke trede is
    moeilijker, en levert meer op:

    | trede | vraag | wat het oplevert |
    | --- | --- | --- |
    | beschrijvend | Wat is er gebeurd? | terugblik |
    | verklarend | Waarom is het gebeurd? | inzicht |
    | voorspellend | Wat gaat er gebeuren? | vooruitblik |
    | voorschrijvend | Hoe kunnen we het laten gebeuren? | vooruitblik |

    In deze cursus zag je ze allemaal:

    - de kaarten beschrijven (hoofdstuk 1);
    - verbanden zoeken (hoofdstuk 4);
    - voorspellen, en de valkuilen daarvan (hoofdstuk 4 en 7);
    - groepen vinden om hulp beter te ontwerpen (hoofdstuk 8).

    ## Wat is datavolwassenheid?

    Een organisatie die **datavolwassen** is, gebruikt data goed en verantwoord bij haar werk en haar besluiten.
    Centerdata zegt het zo: *zonder goede, betrouwbare data geen juiste informatie, en daarmee geen goede
    besluitvorming.*

    Een **data maturity scan** (DMS) meet hoe datavolwassen een organisatie is. Zo'n scan bekijkt alle kanten
    van data in de organisatie: de strategie, de mensen, de techniek, de regels. En hij geeft concrete handvatten
    om beter te worden. Een scan kent **vijf niveaus**:
    """),
    code("""
    from academy.widgets.maturity import LEVEL_DESCRIPTIONS

    pd.DataFrame({"niveau": LEVELS, "betekenis": LEVEL_DESCRIPTIONS}).rename_axis("nummer")
    """),
    md("""
    Hoe hoger het niveau, hoe meer inspanning het kost om er te komen. De scan kijkt per **categorie**:
    leiderschap en strategie, cultuur, technologie, datakennis, databeveiliging en juridisch, processen en
    datakwaliteit. Bij elke categorie hoort een uitspraak. Je kiest het niveau dat het beste past bij jouw
    organisatie (of je eigen afdeling).

    ## Oefening 1 · Doe de korte scan

    Kies hieronder bij elke categorie een niveau. Er is geen goed of fout antwoord: het gaat om jouw eerlijke
    inschatting. Als je alle zeven categorieën hebt gekozen, verschijnt je **radardiagram**: elke spaak is een
    categorie, en hoe verder naar buiten, hoe hoger het niveau.

    Onder de scan staat een regel die begint met `datavolwassenheid = {`. **Kopieer die regel** naar de
    antwoordcel onder de scan en voer de cel uit. Waarom? Je keuzes in de scan worden niet bewaard als je het
    notebook opslaat; de regel in de antwoordcel wel. Zo kan je trainer straks het gemiddelde van de groep laten
    zien. Dat gemiddelde zegt niets over één persoon.

    <details><summary>Hint</summary>

    Zie je geen knoppen (bijvoorbeeld op de website)? Typ de regel dan zelf. Gebruik bij elke categorie een heel
    getal van 1 (Initieel) tot en met 5 (Innovatief), zoals
    `datavolwassenheid = {"leiderschap en strategie": 2, "cultuur": 3, ...}` met alle zeven categorieën.
    </details>
    """),
    code("""
    view(MaturityScan())
    """),
    exercise("scan", """
    # Plak hier de regel onder de scan: datavolwassenheid = {...}
    """, """
    datavolwassenheid = {'leiderschap en strategie': 2, 'cultuur': 3, 'technologie': 2, 'datakennis': 2, 'databeveiliging en juridisch': 3, 'processen': 2, 'datakwaliteit': 1}
    """),
    check("controle-scan", 1, """
    from academy.checks import afronding as controle
    controle.scan()
    """, """
    from academy.widgets.maturity import CATEGORY_IDS, validate_answer
    _schoon = validate_answer(datavolwassenheid)
    assert set(datavolwassenheid) == set(CATEGORY_IDS)
    assert all(_schoon[_c] in (1, 2, 3, 4, 5) for _c in CATEGORY_IDS)
    """),
    md("""
    ## De scans van een team

    Een scan van één persoon is een mening. Vaak doet een heel team de scan. Hieronder staan de scans van vier
    (verzonnen) collega's van één gemeente: een beleidsadviseur, een consulent, een teamleider en een
    informatiemanager. Elke rij is een collega, elke kolom een categorie.
    """),
    code("""
    team = pd.DataFrame(TEAM_SCANS, index=["beleidsadviseur", "consulent", "teamleider", "informatiemanager"])
    team
    """),
    md("""
    ## Oefening 2 · Waar valt het meest te winnen?

    Maak `laagste_categorie`: de naam van de categorie met het **laagste gemiddelde** van het team
    (bijvoorbeeld `"cultuur"`). Daar kan dit team het beste beginnen met verbeteren.

    <details><summary>Hint</summary>

    `team.mean()` geeft per kolom (categorie) het gemiddelde. `.idxmin()` geeft de naam bij de laagste waarde.
    Kijk naar het hele team, niet naar één collega.
    </details>
    """),
    exercise("laagste-categorie", """
    # Maak laagste_categorie.
    """, """
    laagste_categorie = team.mean().idxmin()
    """),
    check("controle-laagste-categorie", 1, """
    from academy.checks import afronding as controle
    controle.laagste_categorie()
    """, """
    _gemiddeld = class_average(TEAM_SCANS)
    assert laagste_categorie.strip().lower() in (min(_gemiddeld, key=_gemiddeld.get), "datakwaliteit")
    assert isinstance(laagste_categorie, str)
    """),
    md("""
    Zo ziet het gemiddelde van het team eruit in een radardiagram. Je trainer kan op dezelfde manier het
    gemiddelde van jullie groep laten zien, naast een eigen scan.
    """),
    code("""
    gemiddelde_team = class_average(TEAM_SCANS)
    radar_chart(TEAM_SCANS[0], compare=gemiddelde_team, title="Datavolwassenheid van het voorbeeldteam",
                label="Beleidsadviseur", compare_label="Gemiddelde van het team")
    plt.show()
    """, alt="Radardiagram met zeven categorieën: de scan van de beleidsadviseur naast het gemiddelde van het team. "
             "Het team scoort het laagst op datakwaliteit (1,75) en het hoogst op databeveiliging en juridisch "
             "(3,75). De beleidsadviseur geeft datakennis de laagste score: 1."),
    md("""
    Je ziet twee dingen. Het team scoort het laagst op datakwaliteit. En de beleidsadviseur zelf ziet vooral een
    gat bij datakennis. Beide zijn waar: een scan is een gesprek waard, geen eindcijfer.

    Centerdata geeft vier adviezen om een **datagedreven organisatie** te worden:

    - Maak de voordelen van datagedreven werken zichtbaar met **experimenten en pilots**.
    - Leg de verantwoordelijkheid voor **datakwaliteit en -beheer** bij een aangewezen persoon of groep.
    - Vergroot de **kennis** van alle medewerkers, door training of werving. Dan heeft de organisatie niet alleen
      technische kennis, maar kan ze ook de juiste vragen stellen.
    - Ontwikkel een **datastrategie**: data science hoort bij de strategie en de processen, zodat er een cultuur
      ontstaat van besluiten op basis van feiten.

    ## Voorwaarden voor verantwoord werken: FAIR, FACT, ROBUST en SHARED

    Een datavolwassen organisatie kan veel met data. Maar mag en moet dat ook? De werkwijzer van het project
    *Re-integratie in BOLD Cities* noemt **ethische voorwaarden**. De eerste: big data-toepassingen mogen
    **geen bestaande ongelijkheid versterken**.

    Datawetenschappers hebben daarvoor vier sets kwaliteitsnormen gemaakt. In Nederland heeft de Vereniging van
    Nederlandse Universiteiten (VSNU, 2018) ze als richtlijnen overgenomen:

    | afkorting | gaat over | de letters |
    | --- | --- | --- |
    | **FAIR** | de **data** | *findable* (vindbaar), *accessible* (toegankelijk), *interoperable* (uitwisselbaar met andere systemen), *reusable* (herbruikbaar) |
    | **FACT** | de **algoritmes** | *fair* (eerlijk), *accurate* (nauwkeurig), *confidential* (vertrouwelijk), *transparent* (uitlegbaar) |
    | **ROBUST** | de **infrastructuur** (systemen, servers, netwerken) | *resilient* (bestand tegen storingen), *open*, *beneficial* (nuttig), *user-oriented* (gericht op de gebruiker), *secure* (veilig), *trustworthy* (betrouwbaar) |
    | **SHARED** | de **waarden** van een project | *sustainable, harmonious, affective, relevant, empowering, diverse*: dataprojecten mogen geen bestaande ongelijkheid versterken en moeten burgers met uiteenlopende achtergronden op een positieve manier ondersteunen |

    De tweede ethische voorwaarde is **transparantie**. Uit de datadialogen (hoofdstuk 5) bleek dat cliënten
    willen weten welke gegevens worden vastgelegd en waarvoor. Wordt er een beslissing genomen op basis van een
    klantprofiel? Dan moet de cliënt weten welke profielen er zijn en hoe ze tot stand kwamen. En dan moet de
    cliënt kunnen zeggen: *"Dit wil ik niet, of ben ik niet."*

    ## Oefening 3 · Welke normen gaan hier mis?

    Lees de vier situaties. Welke set normen (FAIR, FACT, ROBUST of SHARED) gaat hier vooral mis?

    - **a.** De server waarop de gegevens van het sociaal domein staan, valt elke maand een dag uit. De
      wachtwoorden zijn nooit veranderd.
    - **b.** Een nieuwe app maakt het aanvragen van een voorziening makkelijker, maar alleen voor inwoners die
      goed Nederlands lezen en handig zijn met een telefoon. Wie dat niet is, krijgt minder snel hulp dan
      vroeger.
    - **c.** Werk en Inkomen heeft een goed bestand over re-integratie. Collega's van Jeugd weten niet dat het
      bestaat en kunnen het nergens vinden.
    - **d.** Een algoritme geeft bij elke bijstandsaanvraag het advies "extra controle" of "geen controle".
      Niemand kan uitleggen waarom een aanvraag het ene of het andere advies krijgt.

    Maak het woordenboek `principes` met de letters van de situaties als sleutels en een afkorting als waarde,
    zoals `principes = {"a": ..., "b": ..., "c": ..., "d": ...}`.

    <details><summary>Hint</summary>

    Vraag je bij elke situatie af waar het misgaat. Bij de **data**, bij een **algoritme** of bij de
    **techniek** eronder? Of wordt de **ongelijkheid** tussen inwoners groter? Elke afkorting komt één keer voor.
    </details>
    """),
    exercise("principes", """
    # Maak het woordenboek principes.
    """, """
    principes = {"a": "ROBUST", "b": "SHARED", "c": "FAIR", "d": "FACT"}
    """),
    check("controle-principes", 2, """
    from academy.checks import afronding as controle
    controle.welk_principe()
    """, """
    _antwoord = {str(_k).strip().lower(): str(_v).strip().upper() for _k, _v in principes.items()}
    assert _antwoord == {"a": "ROBUST", "b": "SHARED", "c": "FAIR", "d": "FACT"}
    """),
    md("""
    ## Tips voor gemeenten

    De werkwijzer eindigt met tips voor gemeenten die met big data de effectiviteit en de kwaliteit van hun
    dienstverlening willen verbeteren.

    1. **Betrek de juiste partners.** Stel een divers projectteam samen. Je hebt mensen nodig met (1) kennis
       van de uitvoeringspraktijk, (2) methodologische kennis (hoe je goed onderzoek doet) en (3) kennis van
       de beleidsvragen. Denk aan onderzoekers en beleidsadviseurs van de gemeente, cliënten, en
       onderzoekers van de universiteit uit verschillende vakgebieden.
    2. **Formuleer samen de kennisvragen en verken of quasi-experimenteel onderzoek kan.** Bedenk de vragen samen
       met partners uit praktijk, beleid en onderzoek. Dan houd je rekening met welke data er zijn, met de
       mogelijkheden voor onderzoek, en met wat de gemeente voor haar beleid wil weten. Betrek de **doelgroep
       zelf vanaf het begin**. (*Quasi-experimenteel* onderzoek vergelijkt groepen die zoveel mogelijk op elkaar
       lijken, als een echt experiment met loting niet kan.)
    3. **Werk in alle fasen nauw samen tussen praktijk en onderzoek:** bij de onderzoeksvragen, het koppelen van
       bestanden, de analyse en het schrijven. Zonder die samenwerking begrijp je de data niet en neem je geen
       goede besluiten over de analyses.
    4. **Wees alert op onjuiste conclusies: samenhang is niet hetzelfde als oorzaak.** Wie alleen kijkt hoeveel
       mensen na interventie X werk vinden, concludeert misschien dat X beter werkt dan Y. Maar misschien kregen
       vooral mensen met meer kans op werk interventie X (selectie, hoofdstuk 4). Houd rekening met verschillen
       tussen de deelnemers, liefst met quasi-experimenteel onderzoek.

    De werkwijzer noemt ook **methodische voorwaarden** (§5). Voor een goede onderzoeksmethode heb je twee
    soorten kennis nodig. Je moet precies weten hoe het werk in de praktijk gaat. En je moet veel weten van
    quasi-experimentele onderzoeksmethoden. Bedenk de vragen daarom vanaf het begin samen met de gemeente.
    Controleer ook of de aannames van de methode kloppen. In het project vroegen de onderzoekers het aan de
    teamleider en de consulenten van de werkintake. Zo bleek dat cliënten echt willekeurig bij een consulent
    terechtkwamen. Dat was nodig voor het onderzoek.

    De werkwijzer noemt ook twee **organisatorische voorwaarden**. De gemeente en de onderzoekers werken nauw
    samen. En de onderzoekers leggen regelmatig **in begrijpelijke taal** uit hoe ze werken.
    """),
    md("""
    ## Vraag 1 · Waar begin jij?

    Kijk naar je eigen scan uit oefening 1. **Welke categorie scoort in jouw organisatie het laagst? Kies één tip
    voor gemeenten of één advies van Centerdata uit dit hoofdstuk dat daar het beste bij helpt. Leg uit wat
    jouw organisatie morgen concreet anders zou kunnen doen.**
    """),
    reflection("vraag-1-waar-begin-je", 2, """
    **Voorbeeldantwoord en beoordeling (trainer)**

    Voorbeeldantwoord: bij ons scoort datakwaliteit het laagst (niveau 1): niemand is verantwoordelijk voor de
    gegevens in het klantsysteem, en velden worden verschillend ingevuld. Het advies van Centerdata past hierbij:
    leg de verantwoordelijkheid voor datakwaliteit bij een aangewezen persoon of groep. Concreet: het team kiest een
    "eigenaar" van het klantsysteem, die met de consulenten afspreekt hoe velden worden ingevuld, en elk kwartaal
    controleert of de gegevens compleet zijn.

    - 2 punten: noemt de laagste categorie uit de eigen scan, kiest een passende tip of een passend advies
      uit het hoofdstuk, en maakt het concreet voor de eigen organisatie (wie doet wat).
    - 1 punt: noemt categorie en tip, maar zonder concrete stap, of de tip past niet goed bij de categorie.
    - 0 punten: geen verband met de eigen scan of geen tip.
    """),
    md("""
    ## Vraag 2 · Terugblik op de cursus

    Je hebt kaarten gesorteerd, namen vervangen door nummers, bronnen gekoppeld, verbanden gezocht, een datadialoog
    gevoerd, Linda ingeschat, een algoritme op bias onderzocht en huishoudens geclusterd.
    **Wat neem je mee naar je eigen werk? Noem één kans en één risico van datagedreven werken in het sociaal
    domein die je nu beter begrijpt dan voor de cursus. Geef bij allebei een voorbeeld uit een hoofdstuk.
    Noem ook één voorwaarde die het risico kleiner maakt (bijvoorbeeld uit FAIR, FACT, ROBUST, SHARED of de
    tips).**
    """),
    reflection("vraag-2-terugblik", 3, """
    **Voorbeeldantwoord en beoordeling (trainer)**

    Voorbeeldantwoord: een kans is dat je met data groepen ziet die je anders mist, zoals de twee clusters van
    gezinnen met kinderen bij de Voedselbank (hoofdstuk 8): daardoor kon de gemeente hulp ontwerpen die past,
    de Meedenkers. Een risico is dat een model oude ongelijkheid overneemt: bij COMPAS (hoofdstuk 7) kreeg de ene
    groep vaker ten onrechte een hoog risico, en het databasespel liet zien hoe snel je een verband voor een
    oorzaak houdt (hoofdstuk 4). Een voorwaarde die helpt: FACT, vooral transparantie, en de cliënt laten zeggen
    "dit wil ik niet, of ben ik niet" (hoofdstuk 5); ook de tip om de doelgroep vanaf het begin te betrekken.

    - 3 punten: een kans én een risico, elk met een passend voorbeeld uit de cursus, en een voorwaarde die
      aantoonbaar bij het genoemde risico past.
    - 2 punten: kans en risico met voorbeelden, maar de voorwaarde ontbreekt of past niet bij het risico; of
      kans, risico en voorwaarde zonder voorbeelden.
    - 1 punt: alleen een kans of alleen een risico, of algemene uitspraken zonder verband met de cursus.
    - 0 punten: geen antwoord of geen inhoud.
    """),
    md("""
    ## Samenvatting

    - **Datavolwassenheid** is hoe goed een organisatie data gebruikt bij haar werk en besluiten. Zonder goede,
      betrouwbare data geen goede informatie, en geen goede besluiten.
    - Een **korte scan** scoort zeven categorieën op vijf niveaus: Initieel, Gecontroleerd, Gestandaardiseerd,
      Geoptimaliseerd en Innovatief. Een **radardiagram** laat in één oogopslag zien waar een organisatie staat.
    - Het **gemiddelde van een team** wijst aan waar het meest te winnen valt; de verschillen tussen collega's
      zijn een goed gesprek waard.
    - Data moeten **FAIR** zijn, algoritmes **FACT**, de infrastructuur **ROBUST**, en projecten volgen de
      **SHARED**-waarden: geen bestaande ongelijkheid versterken. Wees **transparant** tegenover cliënten.
    - **Tips voor gemeenten:** betrek de juiste partners en formuleer samen de kennisvragen (met de doelgroep
      vanaf het begin). Werk in alle fasen nauw samen. En wees alert: samenhang is geen oorzaak.

    Dit was het laatste hoofdstuk. Succes met datagedreven werken in het sociaal domein, en blijf vragen stellen!
    """),
    trainer("""
    ## Voor de trainer

    **Tijd:** ongeveer 60 minuten: 10 min de ladder en datavolwassenheid, 10 min de korte scan (iedereen alleen,
    zonder overleggen), 10 min de scans van het team en het gemiddelde van de groep, 15 min FAIR, FACT, ROBUST,
    SHARED en de tips, 15 min terugblik (vraag 2 kan ook als rondje in de groep).

    **Antwoorden:** oefening 1 krijgt het punt voor elke complete en geldige scan; de niveaus zelf worden niet
    beoordeeld. Oefening 3: a = ROBUST (veerkrachtig, veilig), b = SHARED (geen ongelijkheid versterken,
    divers), c = FAIR (vindbaar), d = FACT (transparant). Oefening 2: datakwaliteit (gemiddeld 1,75). Valkuilen:
    databeveiliging en juridisch is het hoogste (3,75); datakennis is de laagste score van de eerste collega.

    **Het gemiddelde van de groep.** Verzamel de ingeleverde notebooks (nbgrader `collect`, of een map met
    gedownloade notebooks) en laat het gemiddelde zien met `python -m academy_trainer class-results`: die leest
    de regel `datavolwassenheid = {...}` uit elke inzending (zonder hem uit te voeren) en tekent het radardiagram
    van de groep. Laat alleen het gemiddelde zien, nooit de scan van één cursist. Wie het met de hand wil doen:
    `class_average(antwoorden)` en `radar_chart(gemiddelde)` uit `academy.widgets.maturity`.

    **Bespreekvragen:**
    - Waar verschillen de scans in de groep het meest? Kijken collega's van verschillende afdelingen anders naar
      dezelfde organisatie?
    - Welke ethische voorwaarde herken je uit de hoofdstukken? (FACT en COMPAS in hoofdstuk 7; SHARED en de
      clusters met kinderen in hoofdstuk 8; transparantie en "dit wil ik niet, of ben ik niet" in hoofdstuk 5.)
    - Welke tip is in jullie organisatie het moeilijkst? Waarom?
    - De laagste naam van de niveaus is op de dia van Centerdata onleesbaar ("?"); de cursus gebruikt
      "Initieel", zoals gebruikelijk in volwassenheidsmodellen.
    """),
]

if __name__ == "__main__":
    print(write(notebook(cells), CHAPTER, NAME))
