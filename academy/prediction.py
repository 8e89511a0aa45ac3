"""Question 6: can you predict from these cards who finds work quickly?

A decision tree learns the 20 persons of the deck by heart: on its own data
it is right every time. Leave-one-out validation asks the honest question:
hide one person, fit the tree on the other 19, predict the hidden one, and
repeat for all 20. Then the tree is right less than half the time, no better
than tossing a coin. A perfect score on the data a model was fitted on says
nothing about new clients.

Everything is deterministic: the tree has a fixed ``random_state``.
"""

from __future__ import annotations

import pandas as pd
from sklearn.tree import DecisionTreeClassifier, export_text

from academy import cards

# A few categories next to the numbers, each split into 0/1 columns (one-hot).
CATEGORIES = ["Opleidingsniveau", "Migratieachtergrond"]
TARGET = "werk gevonden"
CLASS_NAMES = ["nog geen werk", "werk gevonden"]  # for 0 and 1


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


def model() -> DecisionTreeClassifier:
    """A fresh, unfitted tree: it grows until it fits every person."""
    return DecisionTreeClassifier(random_state=0)


def fitted(table: pd.DataFrame) -> DecisionTreeClassifier:
    """The tree fitted on all persons of ``table``."""
    return model().fit(features(table), target(table))


def training_accuracy(table: pd.DataFrame) -> float:
    """Share of persons predicted right by a tree fitted on those same persons."""
    return float(fitted(table).score(features(table), target(table)))


def leave_one_out_predictions(table: pd.DataFrame) -> pd.DataFrame:
    """Per person: the prediction of a tree that never saw that person.

    Columns ``persoon``, ``werkelijk``, ``voorspeld`` (0/1) and ``goed``.
    """
    x, y = features(table), target(table)
    predicted = []
    for position in range(len(table)):
        others = x.index != x.index[position]
        tree = model().fit(x[others], y[others])
        predicted.append(int(tree.predict(x.iloc[[position]])[0]))
    result = pd.DataFrame({"persoon": table["persoon"].to_numpy(), "werkelijk": y.to_numpy(),
                           "voorspeld": predicted})
    result["goed"] = result["werkelijk"] == result["voorspeld"]
    return result


def leave_one_out_accuracy(table: pd.DataFrame) -> float:
    """Share of persons predicted right when each is left out of the fitting once."""
    return float(leave_one_out_predictions(table)["goed"].mean())


def rules(table: pd.DataFrame) -> str:
    """The learnt tree as text: the "rules" it found in 20 persons."""
    tree = fitted(table)
    return export_text(tree, feature_names=list(features(table).columns), class_names=CLASS_NAMES)
