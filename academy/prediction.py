"""Question 6: can you predict from these cards who finds work quickly?

A decision tree learns the 20 persons of the deck by heart: on its own data
it is right every time. Leave-one-out validation asks the honest question:
hide one person, fit the tree on the other 19, predict the hidden one, and
repeat for all 20. Then the tree is right less than half the time, no better
than tossing a coin. A perfect score on the data a model was fitted on says
nothing about new clients.

The trainee computes both with a short loop over the persons and two
helpers that predict one person: :func:`predict_known` (a tree that saw
everybody) and :func:`predict_left_out` (a tree that never saw that person).
:func:`rules` writes the learnt tree as plain Dutch questions.

Everything is deterministic: the tree has a fixed ``random_state``.
"""

from __future__ import annotations

import math

import pandas as pd
from sklearn.tree import DecisionTreeClassifier

from academy import cards, dutch

# A few categories next to the numbers, each split into 0/1 columns (one-hot).
CATEGORIES = ["Opleidingsniveau", "Migratieachtergrond"]
TARGET = "werk gevonden"
CLASS_NAMES = ["nog geen werk", "werk gevonden"]  # for 0 and 1
# A question per numeric characteristic: "{n}" is the threshold (the tree goes right when above it).
QUESTIONS = {
    "Leeftijd": "Ouder dan {n} jaar?",
    "Studieschuld": "Meer dan {n} euro studieschuld?",
    "Aantal ziekenhuisbezoeken": "Meer dan {n} ziekenhuisbezoeken?",
    "Aantal maanden in uitkering": "Meer dan {n} maanden in een uitkering?",
    "Aantal interventies": "Meer dan {n} interventies?",
}
# Dutch says "meer dan 1 interventie" (singular after one).
SINGULAR = {"ziekenhuisbezoeken?": "ziekenhuisbezoek?", "maanden": "maand", "interventies?": "interventie?"}


def features(table: pd.DataFrame) -> pd.DataFrame:
    """The numeric characteristics plus one 0/1 column per category value.

    E.g. ``Opleidingsniveau_HBO`` is 1 for persons with HBO. One row per
    person, in the order of ``table``.
    """
    dummies = pd.get_dummies(table[CATEGORIES], dtype=int)
    return pd.concat([table[cards.NUMERIC], dummies], axis=1)


def target(table: pd.DataFrame) -> pd.Series:
    """1 for a person in reeks 1 (found work), 0 for reeks 2."""
    return (table["reeks"] == 1).astype(int).rename(TARGET)


def outcomes(table: pd.DataFrame) -> pd.Series:
    """Per person (the index) what really happened: "werk gevonden" or "nog geen werk"."""
    labels = target(table).map(dict(enumerate(CLASS_NAMES)))
    return pd.Series(labels.to_numpy(), index=pd.Index(table["persoon"], name="persoon"), name="werkelijk")


def model() -> DecisionTreeClassifier:
    """A fresh, unfitted tree: it grows until it fits every person."""
    return DecisionTreeClassifier(random_state=0)


def fitted(table: pd.DataFrame) -> DecisionTreeClassifier:
    """The tree fitted on all persons of ``table``."""
    return model().fit(features(table), target(table))


def _position(table: pd.DataFrame, persoon) -> int:
    """Where ``persoon`` is in ``table``, or a Dutch sentence if the name is not there."""
    matches = [i for i, name in enumerate(table["persoon"]) if name == persoon]
    if not matches:
        raise ValueError(f"{persoon!r} staat niet in de tabel. Kies een naam uit de kolom 'persoon', "
                         "tussen aanhalingstekens, zoals \"B. Bos\".")
    return matches[0]


def _predict(tree: DecisionTreeClassifier, x: pd.DataFrame, position: int) -> str:
    return CLASS_NAMES[int(tree.predict(x.iloc[[position]])[0])]


def predict_known(table: pd.DataFrame, persoon: str) -> str:
    """What a tree fitted on all persons (``persoon`` too) predicts for ``persoon``."""
    position = _position(table, persoon)
    x, y = features(table), target(table)
    return _predict(model().fit(x, y), x, position)


def predict_left_out(table: pd.DataFrame, persoon: str) -> str:
    """What a tree fitted on everybody except ``persoon`` predicts for ``persoon`` (one step of leave-one-out)."""
    position = _position(table, persoon)
    x, y = features(table), target(table)
    others = [i for i in range(len(table)) if i != position]
    return _predict(model().fit(x.iloc[others], y.iloc[others]), x, position)


def training_accuracy(table: pd.DataFrame) -> float:
    """Share of persons predicted right by a tree fitted on those same persons."""
    return float(fitted(table).score(features(table), target(table)))


def leave_one_out_predictions(table: pd.DataFrame) -> pd.DataFrame:
    """Per person: the prediction of a tree that never saw that person.

    The loop a trainee writes with :func:`predict_left_out`. Columns
    ``persoon``, ``werkelijk``, ``voorspeld`` (the Dutch labels) and ``goed``.
    """
    real = outcomes(table)
    result = pd.DataFrame({"persoon": table["persoon"].to_numpy(), "werkelijk": real.to_numpy(),
                           "voorspeld": [predict_left_out(table, persoon) for persoon in table["persoon"]]})
    result["goed"] = result["werkelijk"] == result["voorspeld"]
    return result


def leave_one_out_accuracy(table: pd.DataFrame) -> float:
    """Share of persons predicted right when each is left out of the fitting once."""
    return float(leave_one_out_predictions(table)["goed"].mean())


def question(column: str, threshold: float, values: pd.Series) -> str:
    """The tree's split "column <= threshold" as a plain Dutch yes/no question ("ja" goes above it).

    For whole numbers "> 3.5" is "meer dan 3"; a 0/1 column of a category
    (``Migratieachtergrond_Nederlands``) asks "Migratieachtergrond: Nederlands?".
    """
    if column not in QUESTIONS:
        kenmerk, _, level = column.partition("_")
        return f"{kenmerk}: {level}?"
    whole = bool((values == values.round()).all())
    limit = math.floor(threshold) if whole else threshold
    text = QUESTIONS[column].format(n=dutch.number(limit, ",g"))  # 46, 3,5 or 12.500; g: float32 splits round
    if limit == 1:
        for plural, singular in SINGULAR.items():
            text = text.replace(plural, singular)
    return text


def rules(table: pd.DataFrame) -> str:
    """The learnt tree as plain Dutch: a question per split, "nee" and "ja" below it, then the prediction.

    For example::

        Meer dan 3 ziekenhuisbezoeken?
           nee → Meer dan 3 interventies?
                 ...
           ja → Ouder dan 46 jaar?
    """
    x = features(table)
    tree = fitted(table).tree_
    lines: list[str] = []

    def walk(node: int, depth: int, prefix: str) -> None:
        indent = "   " * depth
        if tree.children_left[node] == -1:
            label = CLASS_NAMES[int(tree.value[node][0].argmax())]
            lines.append(f"{indent}{prefix}voorspelling: {label}")
            return
        column = x.columns[tree.feature[node]]
        lines.append(f"{indent}{prefix}{question(column, tree.threshold[node], x[column])}")
        walk(tree.children_left[node], depth + 1, "nee → ")
        walk(tree.children_right[node], depth + 1, "ja → ")

    walk(0, 0, "")
    return "\n".join(lines)
