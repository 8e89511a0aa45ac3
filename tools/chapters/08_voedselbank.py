"""Chapter 8, Clusteren: de Voedselbank: the source notebook (run to rebuild it)."""

import pandas as pd
from sklearn.metrics import adjusted_rand_score

from academy import clusters, dutch
from academy.datasets import load_foodbank, load_households
from academy.datasets.foodbank import TYPE_NAMES
from tools.authoring import check, code, exercise, how_it_works, md, notebook, reflection, trainer, write

CHAPTER, NAME = "08-voedselbank", "voedselbank"


def _and(items) -> str:
    """"1, 2 en 5"."""
    items = [str(item) for item in items]
    return " en ".join([", ".join(items[:-1]), items[-1]]) if len(items) > 1 else "".join(items)


# Figures the text states, computed from the shipped data, so the text follows the data.
CLIENTS, HOUSEHOLDS = load_foodbank(), load_households()
LABELS = clusters.cluster_households(CLIENTS, k=5, random_state=0)
TRUTH = load_foodbank(with_type=True)["type"]
SIZES = LABELS.value_counts().sort_index()
TYPE_SIZES = TRUTH.value_counts().sort_index()
BY_TYPE = pd.crosstab(LABELS, TRUTH)
MATCH = BY_TYPE.idxmax(axis=1)  # exercise 4: our cluster -> the seed's type
PROFILE = clusters.profile(CLIENTS, LABELS, households=HOUSEHOLDS)
CARE = PROFILE.xs(("jeugdzorg", "ja"), level=("kenmerk", "waarde"))
BENEFITS = pd.crosstab(LABELS, CLIENTS["uitkering"])
FOCUS = 4  # the cluster the profile and question 1 look at
FOCUS_ROWS = PROFILE.loc[FOCUS]


def _share(kenmerk: str, column: str = "in cluster") -> int:
    return FOCUS_ROWS.loc[(kenmerk, "ja"), column]


# What the text says about these figures must hold.
assert sorted(MATCH) == [1, 2, 3, 4, 5], "every cluster matches its own type"
assert all(BY_TYPE.max(axis=0) > TYPE_SIZES / 2), "each type lands mostly in one cluster"
assert all(SIZES >= 10) and set(CARE["in cluster"]) >= {"x", "<10"}
for _kenmerk in ("jeugdzorg", "migratieachtergrond"):  # question 1: shown and relatively more often
    assert isinstance(_share(_kenmerk), int) and FOCUS_ROWS.loc[(_kenmerk, "ja"), "vaker dan gemiddeld"]
assert _share("migratieachtergrond") < 50 and isinstance(_share("schulden"), int)
assert not clusters.hide_small_counts(BENEFITS).map(lambda cell: isinstance(cell, int)).to_numpy().any()

CARE_ALT = (
    "Staafdiagram van het deel huishoudens met jeugdzorg per cluster, met een stippellijn voor alle klanten "
    f"({CARE['alle klanten'].iloc[0]}%). "
    + " ".join(f"Cluster {cluster}: {value}%." for cluster, value in CARE["in cluster"].items() if value not in
               ("x", "<10"))
    + f" Cluster {_and(CARE.index[CARE['in cluster'] == 'x'])}: x, geen staaf, omdat het percentage zou "
      "verraden hoeveel huishoudens géén jeugdzorg krijgen."
    + f" Cluster {_and(CARE.index[CARE['in cluster'] == '<10'])}: <10, minder dan tien huishoudens met jeugdzorg."
)
ANSWER_SIZES = ", ".join(f"cluster {cluster}: {size}" for cluster, size in SIZES.items())
ANSWER_MATCH = "{" + ", ".join(f"{cluster}: {kind}" for cluster, kind in MATCH.items()) + "}"
_LARGE = {benefit: list(BENEFITS.index[BENEFITS[benefit] >= 10]) for benefit in BENEFITS.columns}
ANSWER_BENEFITS = _and(f"{'geen uitkering' if benefit == 'geen' else benefit} "
                       f"(cluster{'s' if len(found) > 1 else ''} {_and(found)})"
                       for benefit, found in _LARGE.items() if found)
DIFFERENCES = ", ".join(
    f"cluster {cluster} ({SIZES[cluster]}) tegen type {kind} ({TYPE_SIZES[kind]})"
    for cluster, kind in MATCH.items() if SIZES[cluster] != TYPE_SIZES[kind])
ANSWER_NAMES = "; ".join(f"cluster {cluster} = {TYPE_NAMES[kind][0].lower()}{TYPE_NAMES[kind][1:]}"
                         for cluster, kind in MATCH.items())
ARI = dutch.number(adjusted_rand_score(TRUTH, LABELS), ".2f")
PREPARED_SHAPE = clusters.prepare(CLIENTS).shape

cells = [
    md("""
    # Hoofdstuk 8 · Clusteren: de Voedselbank

    Welke huishoudens komen bij de Voedselbank? En zijn dat allemaal dezelfde soort huishoudens?
    In de gemeente Gilze en Rijen zocht het programma **Smart Start** dat uit, samen met onderzoeksbureau
    Centerdata. Ze deelden de klanten van de Voedselbank in groepen in die op elkaar lijken: **clusters**.
    In dit hoofdstuk doe je dat stap voor stap na.

    **Wat leer je?**

    - Je weet hoe Smart Start gegevens van de Voedselbank koppelde aan gegevens van het CBS.
    - Je weet waarom ze alleen naar **groepen** keken en nooit naar één persoon.
    - Je weet waarom aantallen onder de tien niet in een tabel staan. Je kunt ze verbergen, ook als je ze
      anders zou kunnen terugrekenen.
    - Je kunt de klanten vergelijken met alle huishoudens van de gemeente.
    - Je kunt huishoudens **clusteren**: de gegevens voorbereiden, het aantal clusters kiezen en de
      clusters beschrijven.
    - Je weet waarom een cluster **geen besluit over een persoon** is.
    - Je kent de stappen van **design thinking** en de innovatie die eruit kwam: de Meedenkers.

    **De huishoudens in dit hoofdstuk zijn verzonnen.** De gemeente is nagemaakt met een computer, naar het
    voorbeeld van Gilze en Rijen. De uitkomsten lijken op die van Smart Start, maar het zijn geen echte mensen.
    """),
    how_it_works(),
    md("""
    ## Het doel van de pilot

    Smart Start wil dat alle kinderen een goede start krijgen. Problemen beginnen vaak klein. *Waarom komt
    iemand bij de Voedselbank?* Wie dat begrijpt, kan eerder helpen. Het doel van de pilot in Gilze en Rijen:

    - inzicht krijgen in het **type klant** van de Voedselbank;
    - samen bepalen hoe de hulp aan mensen die in armoede leven beter kan;
    - die inzichten gebruiken om te **voorkomen** dat mensen later de Voedselbank nodig hebben.

    ## Koppelen bij het CBS, en alleen kijken naar groepen

    Het **CBS** (Centraal Bureau voor de Statistiek) heeft veel gegevens over alle inwoners van Nederland:
    inkomen, uitkering, opleiding, woning, zorg. Die gegevens per persoon, huishouden of adres heten
    **microdata**. Onderzoekers mogen er alleen onder strenge voorwaarden mee werken.

    Zo ging het in de pilot:

    1. **Pseudonimiseren.** Het CBS haalt naam, adres en burgerservicenummer weg. Daarvoor in de plaats komt
       een nummer (in hoofdstuk 2 zag je hoe dat werkt). De onderzoekers weten niet welk nummer bij wie hoort.
    2. **Koppelen.** Ook het klantenbestand van de Voedselbank gaat de beveiligde omgeving van het CBS in.
       Het CBS koppelt het met dat nummer aan de andere bestanden (hoofdstuk 3). De bestanden zijn groot:
       het adressenbestand alleen al heeft 70 miljoen rijen.
    3. **Alleen groepen.** De onderzoekers kijken naar **groepen huishoudens** die op elkaar lijken, nooit
       naar één gezin. Niemand krijgt gegevens over één persoon te zien.
    4. **Controle bij de uitgang.** Een uitkomst mag pas uit de beveiligde omgeving als het CBS hem heeft
       gecontroleerd op **onthullingsrisico**. Dat is de kans dat je er toch uit kunt halen wie iemand is. Zo kan
       niemand te weten komen dat jij de enige in de straat bent die een bepaalde voorziening gebruikt.

    Er zijn nog meer regels. In de beveiligde omgeving werken alleen mensen met **speciale toestemming**. Elke
    onderzoeker tekent een **geheimhoudingsverklaring**: een belofte om zorgvuldig met de gegevens om te gaan.
    Na het project bewaart het CBS het projectarchief vijf jaar. Centerdata kan dat met goede redenen met vijf
    jaar verlengen.

    Smart Start houdt daarbij een uitgangspunt aan: **aantallen kleiner dan tien worden niet gerapporteerd**.
    In de tabellen van dit hoofdstuk staat dan `<10`.

    Waarom tien? Stel: in een tabel staat dat in één dorp 2 huishoudens met een WW-uitkering bij de
    Voedselbank komen. Dan kunnen buren raden wie dat zijn. Bij tien of meer is dat veel moeilijker.

    Alleen `<10` invullen is niet altijd genoeg. Stel: een groep telt 40 huishoudens, en in de tabel staat dat 34
    daarvan een uitkering hebben. Dan weet je ook dat 6 huishoudens géén uitkering hebben. Dat aantal staat er
    niet, maar je kunt het **terugrekenen**: 40 min 34. Daarom verbergen we dan nóg een vakje, hier de 34. Zo'n
    vakje krijgt een `x`: het aantal is tien of meer, maar het zou een klein aantal verraden.
    """),
    code("""
    import pandas as pd
    import seaborn as sns
    from matplotlib import pyplot as plt

    from academy import clusters
    from academy.datasets import load_foodbank, load_households
    from academy.dutch import number, percent
    from academy.plotting import PALETTE, finish, use_course_style
    from academy.privacy import suppress_small_counts

    use_course_style()
    huishoudens = load_households()
    klanten = load_foodbank()
    print(f"{number(len(huishoudens), ',')} huishoudens, waarvan {len(klanten)} klant van de Voedselbank "
          f"({percent(len(klanten) / len(huishoudens))}).")
    klanten.head()
    """),
    md("""
    Elke rij is één (verzonnen) huishouden. De belangrijkste kolommen:

    | kolom | betekenis |
    | --- | --- |
    | `type_huishouden` | eenpersoonshuishouden, paar met of zonder kinderen, eenouderhuishouden |
    | `aantal_kinderen`, `leeftijd` | aantal kinderen thuis, leeftijd van de hoofdbewoner |
    | `opleiding` | laag, middelbaar, hoog of onbekend |
    | `uitkering` | geen, WW (werkloosheid), bijstand of arbeidsongeschiktheid |
    | `inkomen` | besteedbaar inkomen van het huishouden, in euro per jaar |
    | `woning` | koop, huur of huur met toeslag |
    | `jeugdzorg`, `wmo` | krijgt iemand in het huishouden jeugdzorg of WMO-hulp? (True = ja) |
    | `migratieachtergrond`, `schulden` | True = ja |
    | `dagen_klant` | hoe lang het huishouden klant is van de Voedselbank, in dagen |

    **WMO-hulp** is hulp van de gemeente om thuis te kunnen blijven wonen en mee te doen, volgens de Wet
    maatschappelijke ondersteuning (WMO).

    **Alle cijfers hieronder komen uit onze verzonnen gemeente**, niet uit de pilot. We hebben die gemeente zo
    gemaakt dat ze lijkt op wat Smart Start vond. Waar een cijfer uit de pilot zelf komt, staat dat erbij.

    Jij ziet hier losse (verzonnen) huishoudens. Zo werken ook de onderzoekers, binnen de beveiligde omgeving
    van het CBS. Maar elke tabel met uitkomsten in dit hoofdstuk volgt de regel van tien.

    In onze verzonnen gemeente is 1,7% van de huishoudens klant (geweest), net als in de pilot. Hoe lang zijn
    ze al klant?
    """),
    code("""
    kort = (klanten["dagen_klant"] < 180).mean()
    lang = (klanten["dagen_klant"] > 360).mean()
    print(f"Korter dan een half jaar klant: {kort:.0%}. Langer dan een jaar klant: {lang:.0%}.")
    """),
    md("""
    De verzonnen gemeente is zo gemaakt dat deze cijfers gelijk zijn aan die van de pilot. Slechts 13% is
    korter dan een half jaar klant, 55% langer dan een jaar. Voor veel huishoudens is de Voedselbank dus geen
    korte overbrugging.

    ## Klanten vergelijken met alle huishoudens

    Smart Start zette de klanten naast **alle huishoudens** van Gilze en Rijen, op dezelfde kenmerken.
    Zo zie je wat bij klanten vaker voorkomt. De functie `clusters.compare_with_households` maakt zo'n
    tabel in procenten. Ook hier geldt de regel van tien. Rust een percentage op minder dan tien huishoudens?
    Dan staat er `<10`. Kun je met een percentage zo'n klein aantal terugrekenen? Dan staat er `x`.
    """),
    code("""
    clusters.compare_with_households(huishoudens, "opleiding")
    """),
    md("""
    Een tabel lees je niet in één oogopslag. Een staafdiagram helpt. De tabel kan `<10` bevatten (tekst);
    `pd.to_numeric(..., errors="coerce")` maakt daar een leeg vakje van, zodat je er toch mee kunt tekenen.
    De tweede groep krijgt ook een arcering, zodat je de groepen niet alleen aan de kleur herkent.
    """),
    code("""
    def teken_vergelijking(kenmerk, titel, as_label):
        tabel = clusters.compare_with_households(huishoudens, kenmerk)
        lang = (tabel.apply(pd.to_numeric, errors="coerce").reset_index()
                .melt(id_vars=kenmerk, var_name="groep", value_name="procent"))
        fig, ax = plt.subplots(figsize=(7, 3.5))
        sns.barplot(data=lang, y=kenmerk, x="procent", hue="groep", palette=PALETTE[:2], ax=ax)
        for staaf in ax.containers[1]:
            staaf.set_hatch("//")
        for staven in ax.containers:
            ax.bar_label(staven, fmt="%.0f%%", fontsize=8, padding=2)
        ax.margins(x=0.12)
        ax.legend(title="", loc="upper left", bbox_to_anchor=(1, 1), frameon=False)
        finish(ax, titel, "Percentage van de groep", as_label)
        plt.show()


    teken_vergelijking("opleiding", "Klanten van de Voedselbank zijn vaker laag opgeleid", "Opleidingsniveau")
    """, alt="Liggend staafdiagram van het opleidingsniveau: van de klanten van de Voedselbank is 48% laag "
             "opgeleid, van alle huishoudens 25%. Hoog opgeleid is 16% van de klanten tegen 28% van alle "
             "huishoudens."),
    code("""
    teken_vergelijking("type_huishouden", "Klanten zijn vaker alleenstaand of alleenstaande ouder", "Type huishouden")
    """, alt="Liggend staafdiagram van het type huishouden: 16% van de klanten is een eenouderhuishouden, tegen 6% "
             "van alle huishoudens, en 31% een eenpersoonshuishouden, tegen 26%. Paren zonder kinderen komen bij "
             "klanten juist minder voor (20% tegen 39%)."),
    code("""
    teken_vergelijking("jeugdzorg", "Bij klanten komt jeugdzorg veel vaker voor", "Jeugdzorg in het huishouden")
    """, alt="Liggend staafdiagram van jeugdzorg: bij 28% van de klanten krijgt iemand in het huishouden jeugdzorg, "
             "bij alle huishoudens 3,5%."),
    md("""
    Zo vatte Smart Start de achtergrond van de echte klanten samen:

    - vaker een eenouder- of eenpersoonshuishouden;
    - vaker jeugdzorg;
    - twee derde heeft een huurwoning met huurtoeslag;
    - ze zijn meestal jonger dan 60 jaar;
    - meer dan de helft was 25 jaar of jonger bij de geboorte van het eerste kind;
    - 48% heeft een lager opleidingsniveau;
    - een lager inkomen, vaker een uitkering, meer schulden, en ze krijgen meer hulp;
    - vaker een migratieachtergrond;
    - vaker HALT (een straf voor jongeren), kinderen die zonder diploma van school gaan, en speciaal onderwijs.

    **Kortom: vaak complexe problemen, op meer gebieden tegelijk.**

    Kijk goed hoe groot de verschillen in onze verzonnen gemeente zijn. Eenouderhuishoudens komen bij klanten
    bijna drie keer zo vaak voor als bij alle huishoudens. Bij eenpersoonshuishoudens is het verschil veel kleiner (31% tegen 26%). "Vaker"
    kan dus een groot of een klein verschil zijn. Een figuur laat zien hoe groot.

    Maar de vraag van de pilot ging verder: *zijn er verschillen tussen soorten klanten?* Een gemiddelde van
    alle klanten kan groepen verbergen. Daarvoor is clusteren.

    ## Wat is clusteren?

    **Clusteren** betekent: een computer deelt de huishoudens in groepen in. Huishoudens in dezelfde groep
    lijken veel op elkaar; huishoudens in verschillende groepen lijken minder op elkaar. Niemand vertelt de
    computer vooraf welke groepen er zijn. Dat is het verschil met de voorspellingen uit hoofdstuk 4: daar
    was er een antwoord (wel of geen werk), hier niet.

    Wij gebruiken **k-means**. Je kiest het aantal groepen, *k*. Dan doet de computer dit:

    1. Hij zet *k* middelpunten neer.
    2. Hij stopt elk huishouden in de groep van het middelpunt dat het dichtst bij ligt.
    3. Hij schuift elk middelpunt naar het midden van zijn groep.
    4. Hij herhaalt stap 2 en 3 tot er niets meer verandert.

    Er bestaan ook methodes die speciaal gemaakt zijn voor een mix van categorieën en getallen. Wij kiezen
    k-means, omdat je het makkelijk kunt uitleggen. Het werkt hier goed, als je de gegevens eerst goed
    voorbereidt (stap 1).

    Er zijn drie stappen: (1) de gegevens voorbereiden, (2) het aantal clusters kiezen, (3) clusteren.

    ## Stap 1 · De gegevens voorbereiden

    K-means rekent met **afstanden**: hoe ver liggen twee huishoudens uit elkaar? Dat kan alleen met getallen.

    - Een **categorie**, zoals de uitkering, wordt per waarde een kolom met 0 of 1: `uitkering=WW` is 1 bij
      huishoudens met WW en anders 0. De waarden nummeren (WW = 1, bijstand = 2, ...) zou niet kloppen:
      dan ligt bijstand "tussen" WW en arbeidsongeschiktheid in.
    - Een **getal**, zoals het inkomen, wordt **gestandaardiseerd**. Je trekt het gemiddelde ervan af en deelt
      door de **spreiding**: hoe ver de getallen gemiddeld van het gemiddelde af liggen (de *standaardafwijking*).
      Daarna liggen inkomen, leeftijd en aantal kinderen allemaal rond de 0, op dezelfde schaal. Anders telt een
      verschil van 1 euro inkomen even zwaar als een verschil van 1 kind.

    Migratieachtergrond en schulden gaan níet mee in de clustering. De groepen worden gevormd op de situatie
    van een huishouden. Daarna kijken we pas of iets vaker voorkomt in een groep.

    De functie `clusters.prepare` doet dit allemaal. Je geeft haar een tabel met huishoudens, en je krijgt
    dezelfde huishoudens terug als getallen.
    """),
    md("""
    ## Oefening 1 · Bereid de gegevens voor

    Maak `voorbereid`: de huishoudens die Smart Start clusterde, voorbereid met `clusters.prepare`.

    <details><summary>Hint</summary>

    Smart Start clusterde alleen de klanten van de Voedselbank, niet alle huishoudens. Welke tabel geef je de
    functie dus? Je krijgt een tabel met één rij per klant en alleen getallen.
    </details>
    """),
    exercise("voorbereiden", """
    # Maak voorbereid.
    """, """
    voorbereid = clusters.prepare(klanten)
    """),
    check("controle-voorbereiden", 2, """
    from academy.checks import voedselbank as controle
    controle.voorbereiden()
    """, """
    _juist = clusters.prepare(klanten)
    assert voorbereid.shape == (191, 20)
    assert set(voorbereid.columns) == set(_juist.columns)
    assert (voorbereid[list(_juist.columns)].astype(float) - _juist).abs().max().max() < 1e-9
    """),
    md("""
    Zo ziet één huishouden eruit, voor en na de voorbereiding. De voorbereide klanten halen we met een
    hulpfunctie op, zodat dit ook werkt als oefening 1 nog niet gelukt is.
    """),
    code("""
    from academy.checks.voedselbank import prepared_clients

    getallen = prepared_clients()
    print(klanten.loc[0, clusters.FEATURES])
    getallen.loc[0].round(2)
    """),
    md("""
    ## Stap 2 · Hoeveel clusters?

    K-means vindt altijd precies zoveel groepen als je vraagt, ook als dat er te veel of te weinig zijn.
    Hoe kies je *k*? Een hulpmiddel is de **silhouetscore**. Die werkt zo, voor elk huishouden:

    - Hoe ver ligt het huishouden gemiddeld van de andere huishoudens **in zijn eigen groep**?
    - Hoe ver ligt het gemiddeld van de huishoudens in **de dichtstbijzijnde andere groep**?

    Ligt het veel dichter bij zijn eigen groep, dan is de score bijna 1: het zit goed. Ligt het precies
    tussen twee groepen in, dan is de score 0. Is de score negatief, dan past het beter in de andere groep.
    De silhouetscore van een indeling is het gemiddelde over alle huishoudens. **Hoger is beter.**

    `clusters.choose_k` probeert 2 tot en met 8 clusters. Je krijgt de score en de grootte van het kleinste
    cluster. Een cluster van minder dan tien huishoudens mag je niet eens laten zien.
    """),
    code("""
    keuze = clusters.choose_k(klanten)
    keuze
    """),
    code("""
    fig, ax = plt.subplots()
    sns.lineplot(data=keuze, x="aantal clusters", y="silhouetscore", marker="o", color=PALETTE[0], ax=ax)
    beste = keuze.loc[keuze["silhouetscore"].idxmax()]
    ax.annotate(f"hoogste: k = {beste['aantal clusters']}", (beste["aantal clusters"], beste["silhouetscore"]),
                xytext=(0, 8), textcoords="offset points", ha="center")
    ax.margins(y=0.15)
    finish(ax, "Vijf clusters scheiden de klanten het best", "Aantal clusters (k)", "Silhouetscore")
    plt.show()
    """, alt="Lijndiagram van de silhouetscore bij 2 tot en met 8 clusters. De score stijgt van 0,22 bij 2 "
             "clusters naar het hoogste punt, 0,30, bij 5 clusters en daalt daarna weer naar 0,24 bij 8."),
    md("""
    De score is het hoogst bij **vijf** clusters. Smart Start vond ook vijf clusters; hoe Centerdata dat aantal
    koos, staat niet in de dia's van de pilot. Let op: 0,30 is geen hoge score.
    De groepen overlappen: er zijn altijd huishoudens die tussen twee groepen in zitten. En de score is een
    hulpmiddel, geen wet. Of vijf groepen **bruikbaar** zijn, bepaal je samen met mensen uit de praktijk.

    ## Stap 3 · Clusteren

    De functie `cluster_households` uit `clusters` bereidt de gegevens zelf voor en clustert ze. Je geeft haar
    een tabel met huishoudens en het aantal clusters (`k`). Je krijgt één clusternummer per huishouden.
    K-means begint op toevallige plekken. Met het getal achter `random_state=` zet je die plekken vast. Met
    hetzelfde getal begint het elke keer op dezelfde plek. Dan krijgt iedereen dezelfde clusters. Cluster 1 is het grootste
    cluster, het laatste cluster het kleinste.
    """),
    md("""
    ## Oefening 2 · Cluster de klanten

    Maak `mijn_clusters`: het clusternummer van elke klant, met vijf clusters en `random_state=0`.

    <details><summary>Hint</summary>

    Gebruik `clusters.cluster_households` op de tabel `klanten` (niet op `voorbereid`: de functie bereidt
    de gegevens zelf voor). Geef `k=5` en `random_state=0` mee.
    </details>
    """),
    exercise("clusteren", """
    # Maak mijn_clusters.
    """, """
    mijn_clusters = clusters.cluster_households(klanten, k=5, random_state=0)
    """),
    check("controle-clusteren", 2, """
    from academy.checks import voedselbank as controle
    controle.clusteren()
    """, """
    from sklearn.metrics import adjusted_rand_score
    _juist = clusters.cluster_households(klanten, k=5, random_state=0)
    assert len(mijn_clusters) == 191
    assert len(set(mijn_clusters)) == 5
    assert adjusted_rand_score(_juist, list(mijn_clusters)) > 0.999
    """),
    md("""
    Voor de rest van het hoofdstuk halen we de clusters met een hulpfunctie op, in de variabele `clusternummer`.
    Zo werkt alles hieronder ook als oefening 2 nog niet gelukt is.
    """),
    code("""
    from academy.checks.voedselbank import client_clusters

    clusternummer = client_clusters()
    """),
    md("""
    ## Oefening 3 · Hoe groot is elk cluster?

    Maak `grootte`: voor elk cluster (1 tot en met 5) het aantal huishoudens. Gebruik `clusternummer`.
    Een woordenboek (`{1: ..., 2: ...}`) of een kolom van pandas is allebei goed.

    <details><summary>Hint</summary>

    `.value_counts()` telt hoe vaak elke waarde voorkomt. Met `.sort_index()` erachter staan de clusters op
    volgorde. Tel aantallen, geen percentages.
    </details>
    """),
    exercise("grootte", """
    # Maak grootte.
    """, """
    grootte = clusternummer.value_counts().sort_index()
    """),
    check("controle-grootte", 1, """
    from academy.checks import voedselbank as controle
    controle.grootte()
    """, """
    _juist = clusternummer.value_counts().to_dict()
    _gegeven = {int(_k): int(_v) for _k, _v in dict(grootte).items()}
    assert _gegeven == _juist
    assert sum(_gegeven.values()) == len(klanten)
    """),
    md("""
    ## Wat kenmerkt elk cluster?

    Een clusternummer zegt nog niets. Je wilt weten wat een cluster **kenmerkt**. Smart Start keek daarvoor
    wat in een cluster **relatief vaker voorkomt** dan bij alle klanten samen. `clusters.profile` maakt zo'n
    **profiel**. Per cluster, per kenmerk en per waarde zie je:

    - `aantal`: hoeveel huishoudens in het cluster die waarde hebben;
    - `in cluster`, `alle klanten`, `alle huishoudens`: het percentage met die waarde (bij leeftijd, inkomen en
      aantal kinderen: het gemiddelde);
    - `vaker dan gemiddeld`: True als de waarde in het cluster minstens 1,25 keer zo vaak voorkomt als bij alle
      klanten (en minstens tien huishoudens hem hebben).

    Elk aantal onder de tien, en elk percentage dat op minder dan tien huishoudens rust, staat er als `<10`.
    Een `x` betekent: dit aantal is tien of meer, maar samen met de grootte van het cluster zou het een klein
    aantal verraden. Zo ziet het profiel van cluster 4 eruit:
    """),
    code("""
    profiel = clusters.profile(klanten, clusternummer, households=huishoudens)
    profiel.loc[4]
    """),
    md("""
    Je ziet veel `<10` en `x`. Een cluster is een kleine groep: als bijna iedereen in het cluster dezelfde waarde
    heeft, verraadt dat aantal hoeveel huishoudens een andere waarde hebben. Wat wél blijft staan, is de kolom
    `vaker dan gemiddeld`. Die zegt wat opvalt, zonder een aantal te noemen.

    Een kenmerk dat vaker voorkomt, kun je ook tekenen. Smart Start liet zien hoe vaak jeugdzorg voorkomt
    per cluster. Bij een cluster met minder dan tien huishoudens met jeugdzorg staat geen staaf, maar `<10`.
    Bij `x` zijn het er wel tien of meer. Maar het percentage zou verraden hoeveel huishoudens in dat cluster
    géén jeugdzorg krijgen. En dat zijn er minder dan tien.
    """),
    code("""
    jeugdzorg = profiel.xs(("jeugdzorg", "ja"), level=("kenmerk", "waarde"))
    procent = pd.to_numeric(jeugdzorg["in cluster"], errors="coerce")
    fig, ax = plt.subplots()
    sns.barplot(x=[f"cluster {nummer}" for nummer in procent.index], y=procent.to_numpy(), color=PALETTE[0], ax=ax)
    for plek, (getal, tekst) in enumerate(zip(procent, jeugdzorg["in cluster"])):
        ax.text(plek, 0 if pd.isna(getal) else getal + 1, tekst if pd.isna(getal) else f"{tekst}%", ha="center")
    gemiddeld = float(jeugdzorg["alle klanten"].iloc[0])
    ax.axhline(gemiddeld, color="black", linestyle="--", label=f"alle klanten: {gemiddeld:.0f}%")
    ax.legend()
    finish(ax, "Jeugdzorg per cluster", "Cluster", "Huishoudens met jeugdzorg (%)")
    plt.show()
    """, alt=CARE_ALT),
    md("""
    Zo'n profiel is lang. Daarom maakte Smart Start één tabel met alle clusters naast elkaar. Dit is de tabel
    uit de pilot:
    """),
    code("""
    smart_start = pd.DataFrame({
        "type 1": ["Huishouden zonder uitkering", 35, "geen", "€22.000", "middelbaar", "eigen", "paar", "nee", "geen", "-"],
        "type 2": ["Huishouden met werkloosheidsuitkering", 38, "werkloosheid", "€18.000", "hoog", "varieert", "paar",
                   "ja", "jeugdzorg", "-"],
        "type 3": ["Jong eenouderhuishouden in de bijstand", 26, "bijstand", "€14.000", "laag", "huur, toeslag",
                   "alleen", "ja", "jeugdzorg", "migratie"],
        "type 4": ["Huishouden met WMO", 30, "arbeidsongeschiktheid", "varieert", "laag", "huur", "paar", "ja", "WMO",
                   "-"],
        "type 5": ["Eenpersoonshuishouden in de bijstand", 62, "bijstand", "€14.000", "laag", "huur, toeslag", "alleen",
                   "nee", "nee", "-"],
    }, index=["Naam", "N", "Uitkering", "Inkomen", "Opleiding", "Woning", "Type huishouden", "Kinderen", "Zorg",
              "En verder"])
    smart_start
    """),
    md("""
    `clusters.cluster_table` maakt zo'n tabel van onze clusters. Bij een kenmerk staat de waarde die het
    meest voorkomt, als die ook relatief vaker voorkomt dan bij alle klanten. Anders staat er "varieert".
    """),
    code("""
    clusters.cluster_table(klanten, clusternummer)
    """),
    md("""
    Let op: **onze clusters zijn genummerd op grootte**, niet zoals de typen van Smart Start. Cluster 1 is hier
    het grootste cluster. Welk cluster hoort bij welk type? Dat zie je aan de kenmerken, niet aan het nummer.
    Ook de aantallen verschillen een beetje: k-means legt de grens tussen twee groepen op een iets andere
    plek dan Centerdata deed.

    ## Oefening 4 · Welk cluster is welk type?

    Maak het woordenboek `koppeling`. De sleutels zijn onze clusternummers 1 tot en met 5. Bij elk cluster
    staat het nummer van het type uit de tabel van Smart Start dat erbij past. Bijvoorbeeld
    `{1: 3, 2: ...}` als jij vindt dat ons cluster 1 type 3 is.

    <details><summary>Hint</summary>

    Kijk eerst naar de uitkering en het type huishouden: die verschillen het meest tussen de typen. Twee
    typen hebben bijstand; kijk dan naar de kinderen.
    </details>
    """),
    exercise("koppeling", """
    # Maak het woordenboek koppeling.
    """, """
    koppeling = {1: 5, 2: 1, 3: 2, 4: 3, 5: 4}
    """),
    check("controle-koppeling", 2, """
    from academy.checks import voedselbank as controle
    controle.koppeling()
    """, """
    _echt = load_foodbank(with_type=True)["type"]
    _meest = pd.crosstab(clusternummer, _echt).idxmax(axis=1).to_dict()
    assert {int(_k): int(_v) for _k, _v in koppeling.items()} == {int(_k): int(_v) for _k, _v in _meest.items()}
    assert len(set(koppeling.values())) == 5
    """),
    md("""
    ## Oefening 5 · Een profieltabel zonder kleine aantallen

    Je wilt laten zien welke uitkering in welk cluster voorkomt. Met `pd.crosstab(rijen, kolommen)` tel je
    hoe vaak elke combinatie voorkomt. Maar zo'n tabel heeft kleine aantallen, en die mogen niet naar buiten.

    Maak `uitkering_per_cluster`: een tabel met een rij per cluster (`clusternummer`) en een kolom per soort
    uitkering (`klanten["uitkering"]`). Verberg alle aantallen onder de tien met `suppress_small_counts`.

    <details><summary>Hint</summary>

    Maak eerst de tabel met aantallen: `pd.crosstab(clusternummer, klanten["uitkering"])`. Geef die tabel
    daarna aan `suppress_small_counts`. Die maakt van elk aantal onder de tien de tekst `<10`.
    </details>
    """),
    exercise("uitkering-per-cluster", """
    # Maak uitkering_per_cluster.
    """, """
    aantallen_uitkering = pd.crosstab(clusternummer, klanten["uitkering"])
    uitkering_per_cluster = suppress_small_counts(aantallen_uitkering)
    """),
    check("controle-uitkering-per-cluster", 2, """
    from academy.checks import voedselbank as controle
    controle.uitkering_per_cluster()
    """, """
    _juist = suppress_small_counts(pd.crosstab(clusternummer, klanten["uitkering"]))
    _tabel = uitkering_per_cluster.loc[_juist.index, list(_juist.columns)]
    assert _tabel.shape == (5, 4)
    assert (_tabel.astype(str) == _juist.astype(str)).all().all()
    assert not any(isinstance(_v, (int, float)) and _v < 10 for _v in _tabel.to_numpy().ravel())
    """),
    md("""
    ## Is `<10` genoeg? Terugrekenen

    Kijk naar de tabel die je in oefening 5 maakte, en denk aan oefening 3: je weet hoe groot elk cluster is.
    Staat er in een rij één getal en verder alleen `<10`? Trek dat getal dan af van de grootte van het cluster.
    Wat overblijft, is het aantal huishoudens in dat cluster met een andere uitkering. Is dat minder dan tien,
    dan heb je een klein aantal **teruggerekend**, precies wat de regel van tien wil voorkomen.

    Daarom verberg je in zo'n rij nog een vakje. Dat heet **aanvullend verbergen** (statistici zeggen
    *secundaire onderdrukking*). Je blijft verbergen tot je geen aantal onder de tien meer kunt uitrekenen. Dat
    mag niet lukken met de grootte van een cluster (een rij). En ook niet met het aantal klanten met een
    uitkering (een kolom). `clusters.hide_small_counts` doet dat. Een klein aantal wordt `<10`. Een aantal dat
    een klein aantal zou verraden, wordt `x`.
    """),
    code("""
    clusters.hide_small_counts(pd.crosstab(clusternummer, klanten["uitkering"]))
    """),
    md("""
    Er blijft niets over. In elk cluster heeft bijna iedereen dezelfde uitkering, dus elk getal verraadt de
    rest. Daarom zet de tabel van Smart Start (en `clusters.cluster_table`) geen aantallen per uitkering neer,
    maar **woorden**: "Uitkering: WW". Een woord verraadt geen aantal. Het profiel en de figuur met jeugdzorg
    hierboven zijn op dezelfde manier veilig gemaakt.

    ## Een controle die in het echt niet kan

    Omdat de gemeente verzonnen is, weten we van elke klant het type dat de computer gebruikte om de gegevens
    te maken. In het echt weet niemand dat: clusteren zoekt groepen die niemand vooraf kent. Hieronder staat
    bij elk type van Smart Start in welk cluster de meeste van zijn huishoudens terechtkwamen. Aantallen laten
    we weg: die zouden weer kleine aantallen verraden.
    """),
    code("""
    echte_type = load_foodbank(with_type=True)["type"]
    terug = clusters.main_clusters(clusternummer, echte_type).rename(lambda nummer: f"type {nummer}")
    pd.concat([smart_start.loc["Naam"], terug], axis=1)
    """),
    md("""
    Elk type komt grotendeels in één cluster terecht, en elk type in een ander cluster. Maar niet helemaal:
    een paar huishoudens lijken meer op een ander type dan op hun eigen type. Daarom verschillen ook de
    aantallen een beetje van die van Smart Start.
    """),
    md("""
    ## Wat betekent "komt relatief vaker voor"?

    Smart Start schreef bij de profielen: *de resultaten laten zien dat iets relatief vaker voorkomt in dit
    cluster. Let op: dat wil niet zeggen dat andere dingen niet in dit cluster voorkomen. Dit zijn de dingen die
    opvallen.*

    Kijk nog eens naar cluster 4. Jeugdzorg en een migratieachtergrond komen daar relatief vaker voor dan bij
    alle klanten:
    """),
    code("""
    profiel.loc[4].loc[["jeugdzorg", "migratieachtergrond", "schulden"]]
    """),
    md("""
    ## Vraag 1 · Wat zegt een profiel, en wat niet?

    In het profiel van cluster 4 staat dat jeugdzorg en een migratieachtergrond relatief vaker voorkomen.
    **Wat mag je daaruit concluderen over de huishoudens in cluster 4? En wat mag je er níet uit concluderen?**
    Gebruik de percentages hierboven in je antwoord.
    """),
    reflection("vraag-1-profiel", 2, f"""
    **Voorbeeldantwoord en beoordeling (trainer)**

    Voorbeeldantwoord: in cluster 4 krijgt {_share("jeugdzorg")}% jeugdzorg en heeft
    {_share("migratieachtergrond")}% een migratieachtergrond, tegen {_share("jeugdzorg", "alle klanten")}% en
    {_share("migratieachtergrond", "alle klanten")}% bij alle klanten. Dat zijn kenmerken die opvallen voor de
    groep als geheel. Het zegt niet dat elk huishouden in cluster 4 jeugdzorg of een migratieachtergrond heeft:
    {100 - _share("jeugdzorg")}% krijgt geen jeugdzorg, en meer dan de helft heeft géén migratieachtergrond, ook
    al komt die relatief vaker voor. Andere dingen komen er ook voor, zoals schulden ({_share("schulden")}%), ze
    vallen alleen minder op. En het zegt niets over de oorzaak. Verwacht inzicht uit de dia's van Smart Start:
    relatief vaker is iets anders dan "iedereen", en wat niet opvalt, kan er wel zijn.

    - 2 punten: noemt dat het over de groep gaat (relatief vaker dan bij alle klanten) én dat het niet voor
      elk huishouden geldt of dat andere kenmerken ook voorkomen; gebruikt een percentage.
    - 1 punt: noemt maar één van die twee kanten, of geen percentage bij een verder goed antwoord.
    - 0 punten: leest het profiel als een beschrijving van elk huishouden ("iedereen in cluster 4 krijgt
      jeugdzorg").
    """),
    md("""
    ## De keuze van het projectteam: gezinnen met kinderen

    Smart Start vond vijf clusters. Het projectteam besloot zich te richten op **de twee clusters van gezinnen met
    kinderen die in armoede leven**:

    - twee-ouderhuishoudens met een werkloosheidsuitkering (type 2);
    - jonge eenouderhuishoudens met een bijstandsuitkering (type 3).

    De pilot beschreef die twee typen zo:

    | | type 2: huishouden met werkloosheidsuitkering | type 3: jong eenouderhuishouden in de bijstand |
    | --- | --- | --- |
    | uitkering | werkloosheidsuitkering | bijstandsuitkering |
    | inkomen | gemiddeld €18.000 besteedbaar | gemiddeld €14.000 besteedbaar |
    | huishouden | paar met kind(eren) | één ouder, kind(eren) jonger dan 10 |
    | leeftijd | | gemiddeld 35 |
    | opleiding | hoog | laag |
    | woning | varieert | huur, met huurtoeslag |
    | zorg | wel jeugdzorg, geen WMO | wel jeugdzorg |
    | verder | gem. 27% uitkeringsafhankelijk; gem. min. 10% uitkeringsafhankelijk in de laatste 4 jaar; Rijen/overig | migratieachtergrond |

    In beide clusters hebben de kinderen vaak zorg nodig (jeugdzorg). Smart Start wil dat kinderen een goede
    start krijgen; daarom lag de keuze voor de hand. Uit aanvullende **interviews** met ouders kwam daarna een
    rode draad naar voren: ouders missen **autonomie** (zelf kunnen kiezen) en **perspectief** (zicht op een
    betere toekomst). Het advies van het designteam: *versterk de autonomie van ouders.*

    Let op die volgorde: de data wezen een richting aan, de gesprekken met mensen gaven er betekenis aan.

    ## Een cluster is geen besluit over een persoon

    Clusteren is een vorm van **algoritmische profilering**: een algoritme maakt groepen van huishoudens die op
    elkaar lijken. Dat klinkt eng. Wat is het verschil met de automatische besluiten uit hoofdstuk 5?

    Smart Start legt het zo uit: de clustering *heeft niets te maken met geautomatiseerde besluitvorming*.
    Er wordt nooit gezegd: **"omdat jij in cluster X zit, zijn dit de gevolgen voor jou."** Een cluster is nooit
    herleidbaar tot één persoon. De onderzoekers kennen de huishoudens niet eens. Ze zien alleen nummers, in de
    beveiligde omgeving van het CBS. Alleen uitkomsten over groepen gaan naar buiten, en pas als het CBS ze heeft
    gecontroleerd.
    De clusters worden besproken met professionals en met de doelgroep zelf, in **design thinking**-sessies.
    Soms worden er extra gegevens verzameld, bijvoorbeeld met interviews of vragenlijsten. De rapporten bevatten
    nooit persoonsgegevens.

    Een cluster helpt om **beleid en hulp** te ontwerpen voor een soort situatie. Het zegt niets over wat één
    gezin nodig heeft of verdient.
    """),
    md("""
    ## Vraag 2 · "Dan sturen we cluster 4 toch een brief?"

    Een collega ziet de clusters en zegt: *"Handig! Dan zoeken we de huishoudens van cluster 4 op en sturen we ze
    een brief dat ze verplicht op gesprek moeten komen."*
    **Wat antwoord je je collega? Gebruik wat je in dit hoofdstuk over de werkwijze van Smart Start hebt gelezen.**
    """),
    reflection("vraag-2-geen-besluit", 2, """
    **Voorbeeldantwoord en beoordeling (trainer)**

    Voorbeeldantwoord: dat kan niet en dat moet je niet willen. Niemand weet welke huishoudens in cluster 4 zitten:
    het CBS pseudonimiseert de gegevens, de onderzoekers zien alleen nummers en alleen uitkomsten over groepen
    komen naar buiten. Het cluster is bedoeld om een groep te begrijpen en samen met professionals en ouders
    betere hulp te ontwerpen, niet om over één gezin te beslissen. Een besluit over iemand op basis van een
    profiel, zonder dat een mens naar de situatie kijkt, is geautomatiseerde besluitvorming (hoofdstuk 5, de AVG).
    Bovendien heeft niet iedereen in cluster 4 dezelfde situatie: het profiel beschrijft wat vaker voorkomt.

    Verwacht inzicht (Smart Start, Q&A): zij zeggen nooit "omdat jij in cluster X zit zijn dit de consequenties
    voor jou"; clusters zijn niet herleidbaar tot personen en worden met professionals en doelgroep besproken.

    - 2 punten: wijst het plan af met minstens twee redenen, waarvan één over groepen versus personen
      (niet herleidbaar, geen besluit over een persoon) en één over de werkwijze (pseudonimisering en kleine
      aantallen, design thinking met de doelgroep, of geen geautomatiseerd besluit).
    - 1 punt: wijst het plan af met één reden.
    - 0 punten: vindt het plan goed, of geen reden.
    """),
    md("""
    ## Van clusters naar oplossingen: design thinking

    Data vertellen **wat** er speelt, niet **hoe** je het oplost. Daarvoor gebruikt Smart Start **design thinking**:
    een ontwerpmethode waarin je in stappen naar een oplossing werkt voor een maatschappelijk vraagstuk. **De mens
    staat centraal**: de ervaringen en behoeften van de doelgroep zijn het belangrijkst.

    | stap | wat je doet |
    | --- | --- |
    | **Inleven** | Je verplaatst je in de doelgroep. Wat voelt en denkt bijvoorbeeld een jonge moeder in de bijstand? Zonder inleven loop je het risico iets te maken waar niemand op zit te wachten. |
    | **Definiëren** | Je beschrijft het echte probleem, in één vraag. Bijvoorbeeld: *hoe zorgen we ervoor dat een moeder (eerder) hulp wil en kan accepteren?* |
    | **Verbeelden** | Je bedenkt zoveel mogelijk ideeën. Een trucje: de **slechtst mogelijke idee**-methode. Bedenk een idee dat het probleem oplost, maar slecht is voor ethiek, uitvoerbaarheid, geld, recht of privacy. Wat maakt het zo slecht? Welke stukjes zijn toch bruikbaar? |
    | **Prototype** | Je maakt een eerste, eenvoudige versie van de oplossing en probeert die uit met de doelgroep. |

    ### De innovatie: Meedenkers

    Met design thinking kwam Smart Start in Gilze en Rijen tot de innovatie **"Meedenkers"**:

    - Meedenkers zijn opgeleide vrijwilligers en **ervaringsdeskundigen** (mensen die zelf in zo'n situatie hebben
      gezeten).
    - Ze helpen inwoners die steun willen bij de toegang tot de gemeente, speciaal bij de **Participatiewet**
      (bijstand en werk).
    - Een gesprek over werk en inkomen met de gemeente kan spanning geven. De Meedenker, een **onpartijdige**
      deskundige, kan dan mee naar het gesprek.
    - De Meedenker is **gratis, onafhankelijk, makkelijk en snel** mee te vragen.
    - Het werd gecombineerd met onafhankelijke cliëntondersteuning (OCO) en aangesloten bij het koploperstraject
      Cliëntondersteuning.

    Zie je de lijn? De data lieten twee clusters van gezinnen met kinderen zien. De interviews lieten zien dat
    ouders autonomie missen. De Meedenker versterkt die autonomie: de inwoner staat er niet alleen voor en houdt
    zelf de regie. En de vraag blijft: werkt het? Daarvoor is **evaluatie** nodig: meten of een interventie het
    verwachte resultaat oplevert, zodat schaarse middelen goed besteed worden.
    """),
    md("""
    ## Vraag 3 · Inleven

    Dit is de opdracht uit de workshop van Smart Start. Denk aan een jonge moeder uit het cluster van jonge
    eenouderhuishoudens in de bijstand: alleen met de kinderen, een bijstandsuitkering, jeugdzorg in het gezin.
    **Wat voelt en denkt deze moeder (of haar kinderen) als ze hulp krijgt aangeboden? Noem daarna één idee zodat
    ze (eerder) hulp wil en kan accepteren. Leg uit hoe je idee aansluit bij wat ze voelt.**
    """),
    reflection("vraag-3-inleven", 2, """
    **Voorbeeldantwoord en beoordeling (trainer)**

    Voorbeeldantwoord: ze schaamt zich misschien, of is bang dat hulp betekent dat iemand haar kinderen
    "afpakt" of dat ze haar uitkering kwijtraakt. Ze heeft al veel instanties om zich heen en het gevoel dat anderen
    over haar beslissen. Ze denkt: "ik moet het zelf kunnen." Idee: een ervaringsdeskundige (zoals een Meedenker)
    die zij zelf mag kiezen en die met haar meegaat naar gesprekken; zij bepaalt de agenda. Dat sluit aan bij het
    gemis aan autonomie en perspectief dat Smart Start in de interviews vond.

    Er is geen goed of fout idee: beoordeel het inleven en de aansluiting.

    - 2 punten: beschrijft gevoelens én gedachten vanuit de moeder (of kinderen), en een idee dat daar
      zichtbaar op aansluit (bijvoorbeeld autonomie, vertrouwen, schaamte, drempels).
    - 1 punt: beschrijft gevoelens of gedachten, maar het idee sluit er niet op aan (of ontbreekt).
    - 0 punten: alleen een oplossing vanuit de organisatie, zonder inleven.
    """),
    md("""
    ## Samenvatting

    - Smart Start koppelde het klantenbestand van de Voedselbank aan **CBS-microdata**, in de beveiligde omgeving
      van het CBS, met nummers in plaats van namen. Er gingen alleen uitkomsten over **groepen** naar buiten.
      Het CBS controleerde elke uitkomst op onthullingsrisico.
    - Het uitgangspunt van Smart Start: **aantallen onder de tien** worden niet gerapporteerd (`<10`).
    - Ook een aantal dat je kunt **terugrekenen** uit een totaal is een aantal. Dan verberg je nog een vakje
      (`x`): **aanvullend verbergen**.
    - Klanten van de Voedselbank zijn vaker laag opgeleid en vaker alleenstaand of alleenstaande ouder. Ze
      hebben vaker jeugdzorg dan alle huishoudens. Vaak zijn het **complexe problemen op meer gebieden**.
    - **Clusteren** deelt huishoudens in groepen die op elkaar lijken. De stappen:
      - gegevens **voorbereiden** (categorieën als 0/1, getallen gestandaardiseerd);
      - het aantal clusters **kiezen** (de silhouetscore: hoger is beter);
      - **clusteren** (k-means);
      - de clusters **beschrijven** (wat komt relatief vaker voor).
    - Een profiel zegt wat **opvalt** in een groep, niet wat voor elk huishouden geldt.
    - Het projectteam koos de **twee clusters met kinderen**; interviews lieten zien dat ouders autonomie en
      perspectief missen.
    - Een cluster is **geen besluit over een persoon**: "omdat jij in cluster X zit..." wordt nooit gezegd.
    - Met **design thinking** (inleven, definiëren, verbeelden, prototype) kwam de innovatie **Meedenkers**.

    In het laatste hoofdstuk kijk je naar je eigen organisatie: hoe **datavolwassen** is die?
    """),
    trainer(f"""
    ## Voor de trainer

    **Tijd:** ongeveer 80 minuten: 10 min doel van de pilot en het werken met CBS-microdata, 10 min klanten
    vergelijken met alle huishoudens, 25 min clusteren (oefeningen 1 tot en met 4), 15 min oefening 5,
    terugrekenen en vraag 1, 10 min de keuze van het team en vraag 2, 10 min design thinking (vraag 3 kan als
    mini-workshop in groepjes: oneven groepen inleven, even groepen de slechtst-mogelijke-idee-methode, daarna
    korte pitches).

    **Antwoorden:** oefening 1: `clusters.prepare(klanten)`, {PREPARED_SHAPE[0]} rijen en {PREPARED_SHAPE[1]}
    kolommen. Wie `huishoudens` geeft, krijgt {dutch.number(len(HOUSEHOLDS), ',')} rijen. Oefening 2:
    `clusters.cluster_households(klanten, k=5, random_state=0)`. Oefening 3: {ANSWER_SIZES} (samen
    {SIZES.sum()}). Oefening 4: `{ANSWER_MATCH}`: {ANSWER_NAMES}. Oefening 5: tien of meer huishoudens hebben alleen {ANSWER_BENEFITS};
    de rest is `<10`. De clusters vinden de echte typen terug met een adjusted Rand index van {ARI}.

    **Waarom wijken de aantallen af van de tabel van Smart Start ({DIFFERENCES})?** K-means legt de grenzen anders
    dan Centerdata: een paar huishoudens die op twee typen lijken, vallen in het andere cluster. Goed
    bespreekpunt: clusters zijn een keuze van een methode, geen feit.

    **Aanvullend verbergen:** na oefening 5 laat `clusters.hide_small_counts` zien dat de tabel van oefening 5 nog
    niet veilig is: in elke rij staat één groot getal, en de grootte van het cluster min dat getal is een aantal
    onder de tien. Met aanvullend verbergen blijft er niets over. Ook in het profiel (`x`) en in de figuur met
    jeugdzorg is daarom meer verborgen dan alleen de aantallen onder de tien. Bespreekpunt: wat kun je dan nog
    laten zien? (Woorden in plaats van aantallen, zoals de tabel van Smart Start; grotere groepen.)

    **Bespreekvragen:**
    - Het WMO-cluster heeft ook kinderen. Waarom koos het team de twee andere? (De dia's zeggen alleen dat de
      kinderen in beide gekozen clusters vaak zorg nodig hebben; waarom het WMO-cluster niet gekozen werd, staat
      er niet. Laat de groep zelf argumenten zoeken, bijvoorbeeld dat dit cluster al WMO-hulp krijgt, en bespreek
      dat dat een veronderstelling is.)
    - Cluster 1 van Smart Start (zonder uitkering, eigen woning, €22.000) "lijkt het nog redelijk goed voor elkaar te
      hebben". Wat brengt deze mensen bij de Voedselbank? (De dia zegt: let op, het inkomen gaat tot 1-1-2017;
      denk ook aan schulden, een plotselinge verandering, vaste lasten van een koophuis.)
    - Wat is het verschil tussen deze clustering en het profileren uit hoofdstuk 5? (Groep versus persoon, geen
      besluit, geen personen herleidbaar, de doelgroep denkt mee.)
    - Bevestigt de analyse onderbuikgevoelens van professionals? Smart Start: "het gaat dan niet meer om de
      observaties van enkele personen." Wanneer is dat een winst, wanneer een risico?

    **Verwacht bij vraag 3:** schaamte, angst voor gevolgen (kinderen, uitkering), wantrouwen tegen instanties,
    het gevoel dat anderen over je beslissen; ideeën die drempels verlagen en regie teruggeven (Meedenkers).
    """),
]

if __name__ == "__main__":
    print(write(notebook(cells), CHAPTER, NAME))
