"""Every figure chapter 8's text quotes, with how the data give it (tests/test_quoted_figures.py).

FIGURES: (the phrase as the text writes it, a function of the data giving the value).
NOT_DATA: number phrases the data do not determine (the pilot's published findings, the rule of ten and its
made-up examples, the steps of k-means, cluster and type numbers used as names).
Never released: nbgrader_config.py makes nbgrader ignore *_checks.py.
"""

from functools import cache

from sklearn.metrics import adjusted_rand_score

from academy import clusters
from academy.checks.voedselbank import K, client_clusters, prepared_clients
from academy.datasets import load_foodbank, load_households


@cache
def _clients():
    return load_foodbank()


@cache
def _households():
    return load_households()


@cache
def _profile_of_4():
    """Cluster 4's profile (the young single parents on welfare), as the chapter shows it."""
    return clusters.profile(_clients(), client_clusters(), households=_households()).loc[4]


def _in_4(feature, column="in cluster"):
    return lambda: float(_profile_of_4().loc[(feature, "ja"), column])


def _household_share(kind, group):
    return lambda: float(clusters.compare_with_households(_households(), "type_huishouden").loc[kind, group])


def _size(cluster):
    return lambda: int(clusters.cluster_sizes(client_clusters())[cluster])


def _type_size(number):
    return lambda: int((load_foodbank(with_type=True)["type"] == number).sum())


def _types_on_welfare():
    typed = load_foodbank(with_type=True)
    return int((typed.groupby("type")["uitkering"].agg(lambda s: s.mode()[0]) == "bijstand").sum())


@cache
def _choice():
    return clusters.choose_k(_clients())


CLIENTS, ALL = "klanten Voedselbank", "alle huishoudens"

FIGURES = [
    ("is 1,7% van de huishoudens", lambda: 100 * len(_clients()) / len(_households())),
    ("Slechts 13%", lambda: 100 * (_clients()["dagen_klant"] < 180).mean()),
    ("55% langer", lambda: 100 * (_clients()["dagen_klant"] > 360).mean()),
    ("ruim 2,5 keer zo vaak",
     lambda: _household_share("eenouderhuishouden", CLIENTS)() / _household_share("eenouderhuishouden", ALL)()),
    ("(31%", _household_share("eenpersoonshuishouden", CLIENTS)),
    ("tegen 26%)", _household_share("eenpersoonshuishouden", ALL)),
    ("probeert 2", lambda: _choice()["aantal clusters"].min()),
    ("probeert 2 tot en met 8", lambda: _choice()["aantal clusters"].max()),
    ("hoogst bij **vijf**", lambda: _choice().loc[_choice()["silhouetscore"].idxmax(), "aantal clusters"]),
    ("0,30 is geen hoge score", lambda: _choice()["silhouetscore"].max()),
    ("Of vijf groepen", lambda: K),
    ("met vijf clusters en", lambda: K),
    ("(1 tot en met 5)", lambda: client_clusters().max()),
    ("clusternummers 1 tot en met 5", lambda: client_clusters().max()),
    ("minstens 1,25 keer", lambda: clusters.FACTOR),
    ("krijgt 69% jeugdzorg", _in_4("jeugdzorg")),
    ("heeft 47% een migratieachtergrond", _in_4("migratieachtergrond")),
    ("tegen 28%", _in_4("jeugdzorg", "alle klanten")),
    ("en 26% bij alle klanten", _in_4("migratieachtergrond", "alle klanten")),
    ("31% krijgt geen jeugdzorg", lambda: 100 - round(_in_4("jeugdzorg")())),
    ("schulden (44%)", _in_4("schulden")),
    ("Twee typen hebben bijstand", _types_on_welfare),
    ("191 rijen", lambda: prepared_clients().shape[0]),
    ("en 20 kolommen", lambda: prepared_clients().shape[1]),
    ("krijgt 11.200 rijen", lambda: len(load_foodbank(clients_only=False))),
    *[(f"cluster {c}: {n}", _size(c)) for c, n in [(1, 59), (2, 38), (3, 37), (4, 32), (5, 25)]],
    ("(samen 191)", lambda: len(_clients())),
    ("Rand index van 0,88",
     lambda: adjusted_rand_score(load_foodbank(with_type=True)["type"], client_clusters())),
    *[(f"cluster {c} ({n}", _size(c)) for c, n in [(1, 59), (2, 38), (3, 37), (4, 32), (5, 25)]],
    *[(f"type {t} ({n}", _type_size(t)) for t, n in [(5, 62), (1, 35), (2, 38), (3, 26), (4, 30)]],
]

NOT_DATA = [
    "cluster 1", "cluster 2", "cluster 3", "cluster 4", "cluster 5", "Cluster 1", "clusters 1 en 4",
    "type 1", "type 2", "type 3", "type 4", "type 5",  # numbers used as names
    "1. **Pseudonimiseren", "2. **Koppelen", "3. **Alleen", "4. **Controle",  # the pilot's steps
    "70 miljoen rijen", "vijf jaar",  # the CBS's address file and archive term
    "kleiner dan tien", "Waarom tien", "Bij tien of meer", "tien of meer", "regel van tien", "minder dan tien",
    "onder de tien", "minstens tien",  # Smart Start's rule of ten
    "dorp 2 huishoudens", "telt 40 huishoudens", "staat dat 34", "dat 6 huishoudens", "40 min 34", "hier de 34",
    # made-up examples of the rule
    "twee derde", "jonger dan 60 jaar", "25 jaar of jonger", "48% heeft",  # the pilot's summary of real clients
    "1. Hij", "2. Hij", "3. Hij", "4. Hij herhaalt stap 2 en 3",  # the steps of k-means
    "Stap 1", "stap 1", "Stap 2", "Stap 3", "drie stappen: (1)", "(2) het aantal", "(3) clusteren",
    "twee huishoudens", "met 0 of 1", "is 1 bij", "anders 0", "(WW = 1, bijstand = 2, ...)", "rond de 0",
    "van 1 euro", "van 1 kind", "als 0/1",  # how preparing works
    "score bijna 1", "twee groepen", "score 0",  # what a silhouette score means
    "Smart Start vond ook vijf", "Smart Start vond vijf",  # the pilot's finding
    "de twee clusters van gezinnen", "die twee typen", "twee clusters van gezinnen met kinderen zien",
    "**twee clusters met kinderen**", "de twee andere",  # the project team's choice (seed)
    "€18.000", "€14.000", "jonger dan 10", "gemiddeld 35", "gem. 27%", "min. 10%", "laatste 4 jaar",
    "€22.000",  # Smart Start's published table
    "twee-ouderhuishoudens", "op twee typen lijken",
    "minstens twee redenen", "één van die twee",  # the mark scheme
    "oefeningen 1 tot en met 4",
    "1-1-2017",  # the slide's date
]
