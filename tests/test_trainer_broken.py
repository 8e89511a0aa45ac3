"""Broken is not zero: a file that cannot be graded is named with the reason, never scored 0.

A missing trainee, a broken file and a real zero are three different things in the
autograde report, the summary and grades.csv.
"""

from __future__ import annotations

import csv
import io
import zipfile

import nbformat
import pytest

from academy_trainer.broken import chapter_of_grade_ids, file_problem
from academy_trainer.cli import main
from conftest import ROOT, make_course
from trainer_fixtures import CHAPTER, NOTEBOOK, complete, released, write_submission

OTHER = "05-datadialoog"


def word_document() -> bytes:
    """A (minimal) .docx: a zip with word/document.xml."""
    buffer = io.BytesIO()
    with zipfile.ZipFile(buffer, "w") as archive:
        archive.writestr("[Content_Types].xml", "<Types/>")
        archive.writestr("word/document.xml", "<w:document>Mijn antwoorden</w:document>")
    return buffer.getvalue()


def broken_files(notebook: str) -> dict[str, bytes]:
    """Each kind of broken file a trainee can send, from the chapter's (good) notebook text."""
    other = (ROOT / "source" / OTHER / "datadialoog.ipynb").read_text(encoding="utf-8")
    with_accent = nbformat.reads(notebook, as_version=4)
    with_accent.cells.append(nbformat.v4.new_markdown_cell("Één antwoord, café"))
    return {
        "cut off": notebook[: len(notebook) // 2].encode(),
        "Word document": word_document(),
        "another encoding (UTF-16": notebook.encode("utf-16"),
        "another encoding (not UTF-8": nbformat.writes(with_accent).encode("cp1252", errors="replace"),  # Windows
        f"the notebook of {OTHER}, not of {CHAPTER}": other.encode(),
        "old notebook format (nbformat 3": nbformat.writes(nbformat.reads(notebook, as_version=4),
                                                           version=3).encode(),
        "is empty (0 bytes)": b"",
    }


BROKEN_KINDS = list(broken_files(nbformat.writes(nbformat.v4.new_notebook())))


@pytest.mark.parametrize("kind", BROKEN_KINDS)
def test_each_broken_file_gets_one_line_that_says_what_it_is_and_what_to_do(tmp_path, kind):
    source = ROOT / "source" / CHAPTER / NOTEBOOK
    path = tmp_path / NOTEBOOK
    path.write_bytes(broken_files(source.read_text(encoding="utf-8"))[kind])
    problem = file_problem(path, CHAPTER, chapter_of_grade_ids(ROOT / "source"))
    assert problem and kind in problem and "\n" not in problem, problem
    assert problem.startswith(NOTEBOOK) and ("ask the trainee" in problem or "open it in JupyterLab" in problem)


def test_a_good_notebook_has_no_problem_also_an_unanswered_one(tmp_path):
    ids = chapter_of_grade_ids(ROOT / "source")
    for name in ("source", "notebooks"):
        assert file_problem(ROOT / name / CHAPTER / NOTEBOOK, CHAPTER, ids) is None
    assert ids["tel-de-kaarten"] == CHAPTER


@pytest.mark.slow
def test_missing_broken_and_a_real_zero_differ_in_report_summary_and_export(tmp_path, capsys):
    root = make_course(tmp_path, [CHAPTER, OTHER])
    run = lambda *args: main(["--course-dir", str(root), *args])  # noqa: E731
    assert run("release", CHAPTER) == 0
    write_submission(root, "anna", complete(root))
    write_submission(root, "bram", released(root))  # handed in untouched: a real 0
    broken = dict(zip(["karin", "lotte", "mees", "nina", "olaf", "pien", "quinn"],
                      broken_files((root / "notebooks" / CHAPTER / NOTEBOOK).read_text(encoding="utf-8")).items()))
    for student, (_kind, content) in broken.items():
        folder = root / "submitted" / student / CHAPTER
        folder.mkdir(parents=True)
        (folder / NOTEBOOK).write_bytes(content)
    everyone = ["anna", "bram", *broken, "otto"]  # otto hands in nothing
    (root / "students.csv").write_text("id\n" + "\n".join(everyone) + "\n")
    assert run("students", str(root / "students.csv")) == 0
    capsys.readouterr()

    assert run("autograde", CHAPTER, "--workers", "2") == 1
    out = capsys.readouterr().out
    lines = {student: [line for line in out.splitlines() if line.startswith(f"  {student}: ")] for student in everyone}
    for student, (kind, _content) in broken.items():
        assert len(lines[student]) == 1 and lines[student][0].startswith(f"  {student}: BROKEN: {NOTEBOOK}"), out
        assert kind in lines[student][0]
    assert "UnicodeDecodeError" not in out and "Traceback" not in out
    assert "9 submissions; 2 graded, 7 broken (not graded)" in out
    for student in broken:  # never handed to nbgrader: no 0 in the gradebook
        assert not (root / "autograded" / student).exists()

    assert run("summary", CHAPTER) == 0
    summary = capsys.readouterr().out
    assert "missing: otto" in summary and f"broken: {', '.join(sorted(broken))}" in summary
    rows = {line.split()[0]: line for line in summary.splitlines()[3:] if line.split()}
    assert rows["bram"].split()[1] == "0/10" and rows["otto"].split()[1] == "missing"
    assert rows["karin"].split()[1] == "broken" and "cut off" in rows["karin"]

    assert run("export", "--to", str(tmp_path / "grades.csv")) == 0
    with (tmp_path / "grades.csv").open() as handle:
        export = {row["student_id"]: row for row in csv.DictReader(handle) if row["assignment"] == CHAPTER}
    assert {s: export[s]["status"] for s in everyone} == {
        "anna": "graded", "bram": "graded", "otto": "missing", **{s: "broken" for s in broken}}
    assert float(export["bram"]["score"]) == 0 and float(export["anna"]["score"]) == 8
    assert export["otto"]["score"] == export["karin"]["score"] == "", "no 0 for what was not graded"
    assert "cut off" in export["karin"]["problem"] and export["bram"]["problem"] == ""
