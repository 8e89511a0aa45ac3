"""Hidden checks of chapter 8: the strict test of each question, for the grade.

Never released: nbgrader_config.py makes nbgrader ignore *_checks.py; grading finds it here
(academy/checks/question.py). Each function gets the question (its expected values come
from the data) and the trainee's answers.
"""

import numpy as np
from sklearn.metrics import adjusted_rand_score

from academy.checks.voedselbank import SAME_CLUSTERS
from academy.privacy import HIDDEN


def voorbereiden(question, voorbereid):
    truth = question.expected["voorbereid"]
    assert voorbereid.shape == truth.shape
    assert set(voorbereid.columns) == set(truth.columns)
    assert np.allclose(voorbereid[list(truth.columns)].astype(float), truth)


def clusteren(question, mijn_clusters):
    truth = question.expected["mijn_clusters"]
    assert len(mijn_clusters) == len(truth)
    assert len(set(mijn_clusters)) == question.expected["k"]
    assert adjusted_rand_score(truth, list(mijn_clusters)) > SAME_CLUSTERS


def grootte(question, grootte):
    assert {int(cluster): int(size) for cluster, size in dict(grootte).items()} == question.expected["grootte"]


def koppeling(question, koppeling):
    assert {int(cluster): int(kind) for cluster, kind in koppeling.items()} == question.expected["koppeling"]


def uitkering_per_cluster(question, uitkering_per_cluster):
    truth = question.expected["uitkering_per_cluster"]
    table = uitkering_per_cluster.loc[truth.index, list(truth.columns)]
    assert table.shape == truth.shape
    assert (table.astype(str) == truth.astype(str)).all().all()
    assert all(value == HIDDEN or isinstance(value, (int, np.integer)) for value in table.to_numpy().ravel())
