"""Chapter 5, De datadialoog: the source notebook (run to rebuild it)."""

from tools.authoring import check, code, exercise, how_it_works, md, notebook, reflection, trainer, write

CHAPTER, NAME = "05-datadialoog", "datadialoog"

cells = [
    md("""
    # Hoofdstuk 5 · De datadialoog

    In de vorige hoofdstukken werkte je met de kaarten: pseudonimiseren, koppelen, verbanden zoeken en
    voorspellen. Nu praat je erover. Wat vind jij van data-gedreven werken? En wat vinden de cliënten
    over wie het gaat? Dit is **deel 2** van het databasespel: **de datadialoog**.

    **Wat leer je?**

    - Je kent de zes vragen en de stellingen van de datadialoog, en je geeft je eigen mening.
    - Je weet wat cliënten zeiden in de datadialogen van het project *Re-integratie in BOLD Cities*.
    - Je weet waar de grens ligt: een klantprofiel mag een consulent **ondersteunen**, maar nooit zelf
      **beslissen**.
    - Je kunt uitleggen wat een cliënt bedoelt met *"Dit wil ik niet, of ben ik niet"*.
    - Je kunt de uitslag van een groep lezen: hoeveel mensen zijn het met een stelling eens?

    De collega's in het voorbeeld van dit hoofdstuk zijn verzonnen. De woorden van cliënten komen uit de
    werkwijzer van het project; de cliënten zelf blijven anoniem.
    """),
    how_it_works("""
    Bij je mening is er geen goed of fout: het gaat erom dat je je mening kunt uitleggen. De oefeningen van
    dit notebook heten **Oefening 1** tot en met **Oefening 3**. De **vragen** zijn de zes vragen van de
    datadialoog uit het spel.
    """),
    code("""
    import pandas as pd

    from academy import dialogue
    from academy.poll_example import example_class
    from academy.widgets.poll import Poll, class_spread, view

    pd.set_option("display.max_colwidth", None)
    print(dialogue.INTRODUCTION)
    """),
    md("""
    ## Wat is een datadialoog?

    Een datadialoog is een gesprek over data met de mensen over wie de data gaan. De werkwijzer van
    *Re-integratie in BOLD Cities* zegt erover:

    > *"Deze ‘datadialogen’ dienen om de ervaringen, zorgen en suggesties vanuit de doelgroep mee te nemen in
    > het ontwerp van gepersonaliseerde re-integratiestrategieën op basis van ‘big data’-technieken."*

    **Big data** (Engels voor "grote data") betekent: computers zoeken verbanden in heel veel gegevens.
    Een **re-integratiestrategie** is een plan om iemand weer aan het werk te helpen.

    In dat project speelden cliënten eerst het databasespel, net als jij. Zo kregen ze een eerste beeld van
    pseudonimiseren, koppelen en voorspellen. Daarna volgden gesprekken over privacy, transparantie (openheid over
    wat er met je gegevens gebeurt) en controle over je eigen gegevens. Die gesprekken gaan over deze zes vragen:
    """),
    code("""
    for nummer, vraag in enumerate(dialogue.QUESTIONS, start=1):
        print(f"{nummer}. {vraag}")
    """),
    md("""
    ## De stellingen

    Bij de vragen horen stellingen: korte zinnen waar je het mee eens of oneens kunt zijn. Elke stelling
    heeft een **code**, zoals `kans_1` of `risico_2`. Die codes heb je straks nodig.
    """),
    code("""
    stellingen = pd.DataFrame(
        {"groep": [s.group.title for s in dialogue.STATEMENTS.values()],
         "stelling": [s.text for s in dialogue.STATEMENTS.values()]},
        index=pd.Index(dialogue.STATEMENT_IDS, name="code"),
    )
    stellingen
    """),
    md("""
    ## Oefening 1 · Jouw positie bij elke stelling

    Kies bij elke stelling hoe eens je het ermee bent, op een schaal van 1 tot 5:

    | 1 | 2 | 3 | 4 | 5 |
    | --- | --- | --- | --- | --- |
    | helemaal oneens | oneens | neutraal | eens | helemaal eens |

    Hieronder staat een **keuzeblok**: een stukje van het notebook waarin je kunt klikken. Klik daarin bij
    elke stelling op een knop. Onderaan verschijnt een regel die begint met
    `posities = {`. Ben je klaar? Kopieer die hele regel naar de antwoordcel onder het keuzeblok. Voer die
    cel daarna uit.

    **Waarom kopiëren?** De computer bewaart je klikken niet als je het notebook inlevert. De regel in de
    antwoordcel wordt wel bewaard. Zo kan je trainer de antwoorden van de hele groep verzamelen en laten zien
    (zonder namen).
    """),
    code("""
    view(Poll())
    """),
    md("""
    <details><summary>Hint</summary>

    Werkt het keuzeblok niet? Typ de regel dan zelf. Zet bij elke code een getal van 1 tot en met 5, met een
    komma tussen de stellingen, zoals `posities = {"kans_1": 4, "kans_2": 3, ...}`. Alle 13 codes uit de
    tabel met stellingen moeten erin staan.
    </details>
    """),
    exercise("posities", """
    # Plak hier de regel posities = {...} uit het keuzeblok.
    """, """
    posities = {"kans_1": 4, "kans_2": 4, "kans_3": 3, "risico_1": 4, "risico_2": 5, "voorwaarde_1": 5, "voorwaarde_2": 5, "voorwaarde_3": 4, "voorwaarde_4": 5, "vertrouwen_1": 3, "vertrouwen_2": 2, "bang_1": 3, "bang_2": 4}
    """),
    check("controle-posities", 1, """
    from academy.checks import datadialoog as controle
    controle.posities()
    """, """
    from academy.widgets.poll import validate_answer as _valideer
    _schoon = _valideer(posities)
    assert len(_schoon) == len(dialogue.STATEMENT_IDS) == len(posities)
    assert all(1 <= _positie <= 5 for _positie in _schoon.values())
    """),
    md("""
    ## Vragen 1, 2 en 3 · Ervaring, kansen en risico's

    De eerste vraag van de datadialoog is: *"Heeft u ervaring met data-gedreven werken?"* Begin daarmee.
    Heb je in je werk al eens cijfers of gegevens gebruikt om een keuze te maken? Bijvoorbeeld een
    overzicht van cliënten, een dashboard of een rapport. Er is geen goed of fout: ook "nee" is een goed
    antwoord.

    Kijk daarna naar je posities bij de kansen en de risico's. Denk ook aan hoofdstuk 4. Daar leken de
    interventies beter dan ze waren. En de beslisboom was bij nieuwe mensen niet beter dan een muntje.

    **Welke kans zie jij voor data-gedreven werken in jouw werk? En welk risico?** Noem van elk één, en
    leg in een zin uit waarom.

    Schrijf je antwoord op vraag 1 en op vragen 2 en 3 in de cel hieronder.
    """),
    reflection("vragen-2-3-kansen-risicos", 2, """
    **Voorbeeldantwoord en beoordeling (trainer)**

    Kansen volgens de werkwijzer (§1): meer zicht op de situatie van alle cliënten (bijvoorbeeld hoe vaak
    chronische aandoeningen voorkomen), beleid dat beter aansluit bij de doelgroep, realistischere
    verwachtingen, en weten welke re-integratiemaatregelen werken voor wie.
    Risico's volgens de werkwijzer (§2): verkeerde conclusies trekken (samenhang aanzien voor oorzaak,
    selectie van kansrijke cliënten naar een interventie) en een klantprofiel dat "automatisch" bepaalt wat
    er met een cliënt gebeurt.

    Vraag 1 (ervaring) telt niet mee voor de punten: elk eerlijk antwoord is goed, ook "nee". Gebruik de
    antwoorden om de groep te leren kennen en in de bespreking (wie werkt al met dashboards of rapportages?).

    Voorbeeld: "Ik heb weinig ervaring: ik kijk soms in een overzicht van mijn caseload. Kans: we zien
    welke groepen cliënten we nu missen. Risico: we denken dat een training werkt, terwijl alleen de
    sterkste cliënten hem kregen."

    - 2 punten: één concrete kans én één concreet risico, elk met een reden (uit het eigen werk of uit
      hoofdstuk 4).
    - 1 punt: kans en risico genoemd maar zonder uitleg, of maar één van de twee goed uitgewerkt.
    - 0 punten: geen antwoord, of alleen algemene woorden ("privacy", "efficiënt") zonder uitleg.
    """),
    md("""
    ## Wat zeiden cliënten?

    In het project *Re-integratie in BOLD Cities* voerden onderzoekers datadialogen met cliënten van de vier
    grote gemeenten (Amsterdam, Rotterdam, Den Haag en Utrecht). De werkwijzer vat samen dat cliënten
    zorgen hebben over het gebruik van hun gegevens, behoefte hebben aan transparantie, en zorgen hebben
    over automatisering. Dit is wat ze zeiden.

    **Wantrouwen richting de uitkeringsinstantie**

    > *"Onder cliënten was veel wantrouwen richting de uitkeringsinstanties, en tegenover alles wat het
    > ‘systeem’ verder aan hen wil opdringen. Cliënten vertellen over gemeentelijke en andere
    > uitkeringsinstellingen die onzorgvuldig omgaan met de gegevens van cliënten, zoals het vele malen vragen
    > om dezelfde informatie, of het kwijtraken van gegevens. Cliënten geloofden niet dat gemeenten in staat
    > zouden zijn op een vertrouwenwekkende manier met de nieuwe datatechnieken om te gaan."*

    **Zorg over automatisering van de ondersteuning**

    > *"Er was vooral veel zorg over verdere automatisering van de ondersteuning, en dat “zo’n rekenprogramma
    > dan gaat voorschrijven wat je moet doen.” Hierbij is de zorg dat cliënten op basis van een klantenprofiel
    > ‘automatisch’ worden doorverwezen naar een specifieke interventie of afdeling."*

    **Behoefte aan transparantie**

    > *"Wat betreft de koppeling van hun gegevens en hun privacy, maken onze deelnemers zich weinig zorgen
    > omdat de gemeente “toch alles al van hen weet”. Toch is het vaak niet duidelijk wat precies wordt
    > geregistreerd en wat er vervolgens mee gedaan wordt. Voor geen van de deelnemers was bekend wie, op welk
    > moment, en waarom in hun gemeentelijke gegevens mag kijken. Transparantie is daarom een duidelijke
    > wens."*

    **De gouden tip: andere manieren om het beter te doen**

    Voor cliënten is "big data" niet de eerste manier om de dienstverlening te verbeteren. Elk gesprek begon
    met dezelfde vraag: geef de gemeente één gouden tip.

    > *"Op de vaste openingsvraag in de datadialogen om één gouden tip te geven aan gemeenten om hun
    > dienstverlening te verbeteren, kwamen antwoorden die vooral met de interactie aan het ‘loket’ te maken
    > hebben, zoals een vaste klantmanager, continuïteit in de aanpak, een respectvolle behandeling en minder
    > dwang."*

    Geen van die tips gaat over data. Ze gaan over **mensen**: wie je spreekt, en hoe.
    """),
    md("""
    ## Oefening 2 · Welke stelling past erbij?

    Drie dingen die cliënten zeiden, passen precies bij een stelling uit de tabel. Maak het woordenboek
    `past_bij`. De sleutels zijn de drie onderwerpen. Zet bij elk de **code** van de stelling die over
    hetzelfde gaat:

    - `"wantrouwen"`: cliënten geloofden niet dat instanties zorgvuldig met hun gegevens omgaan;
    - `"automatisering"`: *"zo’n rekenprogramma [gaat] dan voorschrijven wat je moet doen"*;
    - `"transparantie"`: niemand wist wie, op welk moment en waarom in hun gegevens mag kijken.

    Zo ziet het eruit: `past_bij = {"wantrouwen": "...", "automatisering": "...", "transparantie": "..."}`

    <details><summary>Hint</summary>

    Kijk in de tabel `stellingen` hierboven. Lees bij elk onderwerp de stellingen uit de groepen
    Vertrouwen, Risico's en Voorwaarden. Eén stelling past precies; een andere lijkt erop maar gaat over iets
    anders (bijvoorbeeld over *wat* er wordt vastgelegd in plaats van *wie* erin kijkt).
    </details>
    """),
    exercise("past-bij", """
    # Maak het woordenboek past_bij.
    """, """
    past_bij = {"wantrouwen": "vertrouwen_1", "automatisering": "risico_2", "transparantie": "voorwaarde_2"}
    """),
    check("controle-past-bij", 2, """
    from academy.checks import datadialoog as controle
    controle.past_bij()
    """, """
    _gekozen = {_k: _v.strip().lower() for _k, _v in past_bij.items()}
    assert _gekozen == {"wantrouwen": "vertrouwen_1", "automatisering": "risico_2", "transparantie": "voorwaarde_2"}
    """),
    md("""
    ## De grens: een profiel beslist nooit zelf

    De zorg van de cliënten over automatisering is terecht, en de wet geeft hun gelijk. De werkwijzer zegt:

    > *"Het is onwenselijk wanneer op basis van een klantprofiel automatisch een beslissing wordt genomen om
    > een cliënt door te verwijzen naar een specifieke afdeling of interventie. Noch een klant, noch een
    > werkconsulent kan dan nog een eigen beslissing nemen. Binnen de AVG is een dergelijke automatisering
    > verboden. Een big data instrument mag dan ook alleen een ondersteunende functie voor klant en
    > werkconsulent hebben. Er moet altijd ruimte zijn om af te wijken van het advies dat is gegenereerd op
    > basis van de data."*

    De **AVG** is de Algemene Verordening Gegevensbescherming: de Europese privacywet. Artikel 22 van de AVG
    gaat over besluiten die grote gevolgen voor je hebben. Zo'n besluit mag een computer in principe niet in
    zijn eentje nemen. Er zijn uitzonderingen: een wet die het toestaat en die je rechten beschermt, een
    contract, of als je zelf uitdrukkelijk toestemming geeft. Voor de overheid noemt artikel 40 van de
    Nederlandse uitvoeringswet (UAVG) een uitzondering. Die geldt niet voor een besluit op basis van een
    profiel: daarvoor is een aparte wet nodig. Ook bij een uitzondering heb je rechten.

    "Bezwaar maken" kan hier drie dingen betekenen:

    - **Een automatisch besluit aanvechten** (AVG artikel 22, lid 3). Je mag vragen dat een mens naar het
      besluit kijkt. Je mag je kant van het verhaal vertellen. En je mag het besluit aanvechten.
    - **Bezwaar tegen een besluit van de gemeente** (Algemene wet bestuursrecht, Awb). Ben je het niet eens
      met een besluit? Dan dien je een bezwaarschrift in. De gemeente kijkt dan opnieuw naar het besluit.
    - **Bezwaar tegen het gebruik van je gegevens** (AVG artikel 21). Je vraagt dan dat de gemeente stopt
      met het gebruik van je gegevens. De gemeente moet dan goede redenen hebben om toch door te gaan.

    Wat betekent dat in de praktijk?

    - Een klantprofiel of een model mag een **advies** geven. Bijvoorbeeld: een checklist die de consulent
      helpt om de juiste vragen te stellen.
    - De **consulent beslist**, samen met de cliënt. De consulent mag en moet kunnen afwijken van het advies.
    - Denk aan de beslisboom uit hoofdstuk 4: perfect op zijn eigen twintig kaarten, niet beter dan een
      muntje bij nieuwe mensen. Zo'n model mag nooit zelf bepalen waar iemand heen moet.

    ## "Dit wil ik niet, of ben ik niet"

    Over transparantie zegt de werkwijzer:

    > *"Wanneer een beslissing wordt genomen op basis van een klantprofiel, dan is het belangrijk dat de cliënt
    > inzicht krijgt in welke profielen er zijn en hoe deze tot stand zijn gekomen. […] Vervolgens moet de
    > cliënt kunnen zeggen: “Dit wil ik niet, of ben ik niet”."*

    Er zitten twee dingen in die zin:

    - **"Dit wil ik niet"**: de cliënt mag een aanbod weigeren of bespreken, ook als het profiel het aanraadt.
    - **"Dit ben ik niet"**: het profiel klopt niet voor deze persoon. Een profiel is een beschrijving van
      een groep, niet van één mens. Iemand kan ouder zijn en toch snel werk vinden, zoals J. van den Berg
      (52) uit het spel.

    Dat kan alleen als de cliënt weet welk profiel er over hem of haar bestaat. Transparantie komt dus eerst.

    ## Wat kan niet, en welke wetten gelden?

    De werkwijzer noemt ook **onmogelijkheden** (§4):

    - Werkt één bepaalde interventie? Dat kun je niet onderzoeken als maar weinig cliënten eraan meededen.
      De gegevens moeten ook goed genoeg zijn. Goed vastleggen, met het oog op onderzoek, helpt daarbij.
    - Professionals van de gemeente kunnen big data niet direct gebruiken in hun werk met cliënten. Regels
      die persoonsgegevens beschermen, maken dat onmogelijk. Wel kan onderzoek een hulpmiddel opleveren, zoals
      een checklist. Die helpt de consulent om de juiste vragen te stellen.

    Welke **wetten** gelden er (§9)? De werkwijzer noemt de **Participatiewet** en de **AVG**. Artikel 89 van
    de AVG zegt: persoonsgegevens mogen gebruikt worden voor wetenschappelijk onderzoek. Dan moeten er wel
    **passende waarborgen** zijn: maatregelen die de rechten en vrijheden van de mensen beschermen.

    Ook als koppelen volgens de wet mag, kan het **onrust** geven, bij cliënten en bij professionals. De
    werkwijzer zegt daarom: zorg dat het echt veilig is voor de privacy. En neem ook de zorgen serieus die
    mensen erover voelen. Daarvoor is het databasespel gemaakt, en daarvoor zijn de datadialogen.
    """),
    md("""
    ## Vraag 4 · Onder welke voorwaarde?

    De vierde vraag van de datadialoog is:

    **Onder welke voorwaarde is data-gedreven werken volgens u mogelijk?**

    Denk als een cliënt: wat moet er geregeld zijn voordat jij het goed vindt? Gebruik minstens één stelling
    uit de groep Voorwaarden in je antwoord.

    Lukt het niet meteen? Denk dan aan dit voorbeeld. Een computerprogramma geeft een consulent dit advies:
    *"Deze cliënt heeft weinig kans op werk. Verwijs door naar het traject voor mensen met een grote afstand
    tot de arbeidsmarkt."* De cliënt zegt: *"Dat ben ik niet."* Wat doet de consulent dan? En wat moet de
    gemeente geregeld hebben?
    """),
    reflection("vraag-4-voorwaarden", 2, """
    **Voorbeeldantwoord en beoordeling (trainer)**

    Verwacht: minstens één voorwaarde vanuit de cliënt (de stellingen bij Voorwaarden: helderheid over inhoud
    en doel van de gegevens, wie wanneer en waarvoor toegang heeft, inzicht in de profielen, kunnen zeggen
    "dit wil ik niet, of ben ik niet"). Wie het voorbeeld gebruikt: de consulent neemt de reactie serieus, gaat het gesprek aan en beslist zelf, samen met de
    cliënt; het advies van het programma is niet bindend en de consulent mag ervan afwijken (werkwijzer §2:
    het instrument mag alleen ondersteunen; een volledig automatische doorverwijzing is binnen de AVG niet
    toegestaan). De gemeente moet geregeld hebben: de cliënt weet welke profielen er zijn en hoe een advies
    tot stand komt (§6), duidelijkheid over welke gegevens er zijn vastgelegd en waarvoor, wie er toegang
    heeft, en een manier om bezwaar te maken of een fout te laten herstellen.

    Voorbeeld: "De consulent vraagt wat er niet klopt en kijkt samen met de cliënt wat past. Het advies is
    maar een advies. De gemeente moet de cliënt vooraf uitleggen welk profiel er is en hoe het is gemaakt,
    anders kan de cliënt niet zeggen dat het niet klopt."

    - 2 punten: minstens één voorwaarde met een reden vanuit de cliënt (transparantie over profielen,
      gegevens of toegang; de mogelijkheid om nee te zeggen); wie het voorbeeld gebruikt, zegt ook dat de
      consulent beslist en mag afwijken.
    - 1 punt: een voorwaarde zonder reden, of alleen wat de consulent doet.
    - 0 punten: de consulent volgt het advies omdat "de computer het zegt", of geen antwoord.
    """),
    md("""
    ## Hoe denkt de groep?

    Je trainer verzamelt de posities van de hele groep en laat zien hoe vaak elke positie is gekozen, zonder
    namen. Zo ziet zo'n uitslag eruit. Dit voorbeeld is van twaalf **verzonnen** collega's; de echte uitslag
    van jouw groep laat je trainer zien.

    Elke rij is een stelling. Elke kolom is een positie. In elk vakje staat hoeveel collega's die positie
    kozen. Bijvoorbeeld: bij `voorwaarde_3` kozen 8 collega's "eens".
    """),
    code("""
    voorbeeldgroep = example_class()
    uitslag = class_spread(voorbeeldgroep)
    uitslag
    """),
    md("""
    ## Oefening 3 · Lees de uitslag

    Hoeveel van de twaalf verzonnen collega's vinden het een risico dat op basis van een klantprofiel
    "automatisch" een beslissing wordt gemaakt? Tel de collega's die het **eens** of **helemaal eens** zijn
    met die stelling. Zet het aantal in `eens_automatisch`.

    <details><summary>Hint</summary>

    Zoek eerst de code van de stelling over de automatische beslissing in de tabel `stellingen`.
    Met `uitslag.loc["code", "eens"]` lees je één vakje. Tel twee vakjes bij elkaar op, of tel ze gewoon
    met de hand.
    </details>
    """),
    exercise("eens-automatisch", """
    # Maak eens_automatisch.
    """, """
    eens_automatisch = int(uitslag.loc["risico_2", "eens"] + uitslag.loc["risico_2", "helemaal eens"])
    eens_automatisch
    """),
    check("controle-eens-automatisch", 1, """
    from academy.checks import datadialoog as controle
    controle.eens_automatisch()
    """, """
    assert not isinstance(eens_automatisch, (bool, str))
    assert eens_automatisch == 9
    """),
    md("""
    ## Vraag 5 · Vertrouwen

    Kijk naar je posities bij de stellingen over vertrouwen. Lees ook nog eens wat de cliënten zeiden over
    wantrouwen en over hun gouden tip. Denk weer als een cliënt. De vijfde vraag van de datadialoog is:

    **Heeft u er vertrouwen in data-gedreven werken door de gemeente?**

    Leg uit waarom wel of niet. Wat zou de gemeente kunnen doen om dat vertrouwen te verdienen?
    """),
    reflection("vraag-5-vertrouwen", 1, """
    **Voorbeeldantwoord en beoordeling (trainer)**

    Er is geen goede of foute mening; beoordeeld wordt of de deelnemer die uitlegt. Vertrouwen verdien je
    volgens de datadialogen met zorgvuldigheid in het gewone werk (niet steeds opnieuw dezelfde gegevens
    opvragen, niets kwijtraken), met openheid over wat er wordt vastgelegd en wie er mag kijken, en met wat
    de gouden tips noemen: één vaste contactpersoon, een aanpak die niet steeds verandert, respect en minder
    dwang.

    Voorbeeld: "Ik heb maar half vertrouwen: we vragen cliënten nu al vaak twee keer hetzelfde. Begin met
    een vaste klantmanager en vertel cliënten wat we vastleggen."

    - 1 punt: een eigen positie met een reden, of een concrete stap die past bij wat cliënten zeiden.
    - 0 punten: geen antwoord, of een mening zonder enige uitleg.
    """),
    md("""
    ## Vraag 6 · Waar ben je bang voor?

    Kijk naar je posities bij de stellingen die beginnen met *"Ik ben bang dat …"*. De zesde vraag van de
    datadialoog is:

    **Waar bent u bang voor als de gemeente data-gedreven werkt?**

    Noem één zorg en leg uit waarom. Ben je nergens bang voor? Leg dan uit waarom niet.
    """),
    reflection("vraag-6-bang", 1, """
    **Voorbeeldantwoord en beoordeling (trainer)**

    Er is geen goede of foute mening; beoordeeld wordt of de deelnemer die uitlegt en verbindt met wat
    cliënten zeiden. Vertrouwen verdien je volgens de datadialogen met zorgvuldigheid in het gewone werk
    (niet steeds opnieuw dezelfde gegevens opvragen, niets kwijtraken), met openheid over wat er wordt
    vastgelegd en wie er mag kijken, en met wat de gouden tips noemen: één vaste contactpersoon, een
    aanpak die niet steeds verandert, respect en minder dwang. Zorgen die passen bij de stellingen:
    ongelijke kansen tussen groepen (vergelijk postcode en migratieachtergrond in hoofdstuk 4), of groepen
    die onzichtbaar blijven omdat ze niet in de data staan.

    Voorbeeld: "Ik ben bang dat mensen met een migratieachtergrond minder kansen krijgen als we op profielen
    gaan letten."

    - 1 punt: een zorg (of geen zorg) met een reden, bij voorkeur verbonden met de stellingen of met wat
      cliënten zeiden.
    - 0 punten: geen antwoord, of een zorg zonder uitleg.
    """),
    md("""
    ## Samenvatting

    - Een **datadialoog** is een gesprek met de mensen over wie de data gaan. Zij praten mee over hoe de
      gemeente data gebruikt.
    - Cliënten in de datadialogen hadden weinig **vertrouwen** in instanties. Ze waren bang voor
      **automatische beslissingen**. En ze wilden **transparantie**: wie kijkt er in mijn gegevens, wanneer en
      waarom?
    - Hun **gouden tips** gingen niet over data, maar over mensen: een vaste klantmanager, continuïteit,
      respect en minder dwang.
    - Een klantprofiel mag een consulent **ondersteunen**, nooit zelf **beslissen**. Een volledig automatische
      beslissing met grote gevolgen mag in principe niet (AVG artikel 22). Een uitzondering kan alleen met een
      wet die je rechten beschermt, een contract of je uitdrukkelijke toestemming.
    - Ook wat volgens de wet mag, kan onrust geven. Neem die zorgen serieus.
    - Een cliënt moet kunnen zeggen: **"Dit wil ik niet, of ben ik niet"**. Dat kan alleen als de cliënt
      weet welke profielen er zijn en hoe ze tot stand komen.

    In het volgende hoofdstuk zie je hoe gemakkelijk mensen (en dus ook modellen) zich laten leiden door een
    beeld van een groep: **Linda**.
    """),
    trainer("""
    ## Voor de trainer

    **Tijd:** ongeveer 75 minuten. Uitleg en de zes vragen (10 min); de poll invullen (10 min); vragen 1, 2
    en 3 (10 min); wat cliënten zeiden en oefening 2 (15 min); de grens en "dit wil ik niet" met vraag 4 (15 min);
    de uitslag lezen, vragen 5 en 6 (15 min).
    Vragen 4, 5 en 6 stelt de handleiding vanuit de cliënt; laat deelnemers zo antwoorden. Het voorbeeld bij
    vraag 4 is alleen een opstapje. Speel je het papieren spel? Gebruik de zes vragen dan als
    gespreksrondes en laat de poll na afloop invullen.

    **De uitslag van je eigen groep:** laat iedereen inleveren en draai daarna
    `python -m academy_trainer class-results` vanuit de map van de cursus. Je krijgt per stelling hoe vaak
    elke positie is gekozen (zonder namen) en een figuur om te laten zien. Onvolledige of ongeldige antwoorden
    tellen niet mee; met de controlecel zien cursisten dat al voordat ze inleveren.

    **Antwoorden:** oefening 1 heeft geen goed of fout; de controle kijkt alleen of alle 13 stellingen een
    positie van 1 tot en met 5 hebben. Oefening 2: wantrouwen past bij vertrouwen_1, automatisering bij
    risico_2, transparantie bij voorwaarde_2 (wie, wanneer en met welk doel toegang krijgt). Oefening 3:
    in de verzonnen groep zijn 4 collega's het eens en 5 helemaal eens, samen 9.

    **Bespreekvragen:**

    - Begin met vraag 1: wie werkt al met gegevens, dashboards of rapportages, en waarvoor? Wie nog niet?
      Zo weet je of de groep de kansen en risico's uit eigen ervaring kent of vooral uit het spel.
    - Leg de uitslag van de groep naast die van de cliënten: zijn wij optimistischer over kansen dan zij?
      Waar zijn wij het met de cliënten eens?
    - Bij welke stelling is de groep het meest verdeeld? Laat iemand van elke kant uitleggen waarom.
    - De cliënten maakten zich weinig zorgen over koppeling, omdat de gemeente "toch alles al weet". Is dat
      geruststellend of juist zorgelijk?
    - Wat zou er in jouw werk veranderen als een cliënt morgen vraagt: wie heeft mijn gegevens bekeken, en
      waarom? Kun je dat beantwoorden?
    - Welke gouden tip kun je morgen al toepassen, zonder data?
    """),
]

if __name__ == "__main__":
    print(write(notebook(cells), CHAPTER, NAME))
