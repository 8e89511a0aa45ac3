"""A hub course end to end on this machine: release -> fetch as two trainees -> submit -> collect -> grade.

Each trainee has their own home directory (HOME and the working directory),
as on a JupyterHub; ``--student`` names them, the documented way to submit
under another id than the OS user (on a hub the OS user is the trainee).
"""

from __future__ import annotations

import os
import pwd
import subprocess

import nbformat
import pytest

from academy_trainer.cli import main
from conftest import BIN, make_course, tool_env
from leaks import find_leaks
from trainer_fixtures import AUTO_POINTS, CHAPTER, NOTEBOOK, complete
from academy_trainer.course import Course
from academy_trainer.summary import summarise

pytestmark = pytest.mark.slow
COURSE_ID = "datagedreven-werken"


def as_trainee(home, exchange, *args):
    """Run nbgrader as a trainee: their own HOME and working directory, the shared exchange."""
    env = {k: v for k, v in tool_env().items() if not k.startswith("JUPYTER_")}
    env["HOME"] = str(home)
    command = [str(BIN / "nbgrader"), *args, f"--course={COURSE_ID}", f"--Exchange.root={exchange}",
               "--log-level=WARN"]
    result = subprocess.run(command, cwd=home, env=env, capture_output=True, text=True)
    assert result.returncode == 0, f"{' '.join(args)}:\n{result.stdout}\n{result.stderr}"
    return result


def test_exchange_round_trip(tmp_path, capsys):
    root = make_course(tmp_path, [CHAPTER])
    exchange = tmp_path / "exchange"
    exchange.mkdir()
    os.chmod(exchange, 0o777)  # as nbgrader's docs prescribe for /srv/nbgrader/exchange
    trainer = lambda *args: main(["--course-dir", str(root), "--exchange-root", str(exchange), *args])  # noqa: E731
    assert trainer("release", CHAPTER, "--exchange") == 0
    assert (exchange / COURSE_ID / "outbound" / CHAPTER / NOTEBOOK).exists()

    homes = {name: tmp_path / "home" / name for name in ("anna", "bram")}
    for name, home in homes.items():
        home.mkdir(parents=True)
        as_trainee(home, exchange, "fetch_assignment", CHAPTER)
        fetched = home / CHAPTER / NOTEBOOK
        assert fetched.exists()
        if name == "anna":  # anna answers everything; bram hands in the notebook untouched
            fetched.write_text(nbformat.writes(complete(root)))
        as_trainee(home, exchange, "submit", CHAPTER, f"--student={name}")
    inbound = sorted(p.name.split("+")[0] for p in (exchange / COURSE_ID / "inbound").iterdir())
    assert inbound == ["anna", "bram"]

    capsys.readouterr()
    assert trainer("collect", CHAPTER) == 0
    out, err = capsys.readouterr()
    assert "2 submissions" in out and "2 new: anna, bram" in out and "0 updated" in out
    # Here every submission belongs to this test's Unix user, not to 'anna': nbgrader's check_owner only
    # warns (and collects anyway); the trainer sees that warning.
    owner = pwd.getpwuid(os.getuid()).pw_name
    assert f"claims to be submitted by anna but is owned by {owner}" in err
    for name in homes:
        assert (root / "submitted" / name / CHAPTER / NOTEBOOK).exists()
        assert (root / "submitted" / name / CHAPTER / "timestamp.txt").exists()

    as_trainee(homes["bram"], exchange, "submit", CHAPTER, "--student=bram")  # bram hands in again
    assert trainer("collect", CHAPTER) == 0
    assert "0 new, 1 updated (a newer submission replaced the older one): bram" in capsys.readouterr().out

    assert trainer("autograde", CHAPTER, "--workers", "2") == 0
    scores = {row.student: row.score for row in summarise(Course(root), CHAPTER).rows}
    assert scores == {"anna": AUTO_POINTS, "bram": 0}

    # bram's feedback cannot be made (his graded notebook broke): anna's is released all the same, his is not.
    (root / "autograded" / "bram" / CHAPTER / NOTEBOOK).write_text("{kapot")
    capsys.readouterr()
    assert trainer("feedback", CHAPTER, "--exchange") == 1
    out = capsys.readouterr().out
    assert "bram: FAILED: " in out
    assert "feedback released to the exchange for 1 trainees: anna" in out
    assert "feedback NOT released for bram" in out
    released = list((exchange / COURSE_ID / "feedback").glob("*.html"))
    assert len(released) == 1, "only anna's feedback is in the exchange"
    as_trainee(homes["anna"], exchange, "fetch_feedback", CHAPTER, "--student=anna")
    feedback = sorted((homes["anna"] / CHAPTER / "feedback").rglob("*.html"))
    assert len(feedback) == 1
    assert find_leaks(feedback, kinds=("hidden",), markers=["BEGIN HIDDEN TESTS"]) == []
