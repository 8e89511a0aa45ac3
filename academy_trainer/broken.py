"""Handed-in files that cannot be graded, each said in one line with what to do.

A truncated download, a Word document saved under the notebook's name, a
file in another encoding, the notebook of another chapter, an old notebook
format, an empty file: nbgrader would fail on each with a raw error (or,
worse, store a 0 that looks like a real score). These files are not graded;
the report, the summary and the export name them as broken instead.
"""

from __future__ import annotations

import io
import json
import zipfile
from functools import lru_cache
from pathlib import Path

from academy_trainer.course import Course

ASK_AGAIN = "ask the trainee to download the notebook again (File > Download) and send it"
ZIP_KINDS = (("word/", "a Word document (.docx)"), ("xl/", "an Excel workbook (.xlsx)"),
             ("ppt/", "a PowerPoint file (.pptx)"))


def file_problem(path: Path, chapter: str, chapter_of_grade_ids: dict[str, str]) -> str | None:
    """Why ``path`` is not a gradable notebook of ``chapter`` (one line, with what to do); None when it is.

    ``chapter_of_grade_ids`` maps every nbgrader cell id of the course to its chapter."""
    data = path.read_bytes()
    if not data.strip():
        return f"{path.name} is empty (0 bytes): {ASK_AGAIN}"
    if data.startswith(b"PK\x03\x04"):
        return f"{path.name} is not a notebook but {_zip_kind(data)} renamed to .ipynb: {ASK_AGAIN}"
    if data.startswith(b"%PDF"):
        return f"{path.name} is not a notebook but a PDF renamed to .ipynb: {ASK_AGAIN}"
    try:
        text = data.decode("utf-8-sig")
    except UnicodeDecodeError:
        encoding = "UTF-16" if data[:2] in (b"\xff\xfe", b"\xfe\xff") else "not UTF-8"
        return (f"{path.name} is text in another encoding ({encoding}; notebooks are UTF-8), perhaps re-saved "
                f"in an editor: {ASK_AGAIN}")
    if not text.lstrip().startswith("{"):
        return f"{path.name} is not a notebook (plain text, not notebook JSON): {ASK_AGAIN}"
    try:
        notebook = json.loads(text)
    except json.JSONDecodeError as error:
        if _ends_early(text):
            return f"{path.name} is cut off (the file ends in the middle of the notebook): {ASK_AGAIN}"
        return f"{path.name} is damaged (not valid notebook JSON, line {error.lineno}): {ASK_AGAIN}"
    if not isinstance(notebook, dict) or "cells" not in notebook and "worksheets" not in notebook:
        return f"{path.name} is JSON but not a notebook (no cells): {ASK_AGAIN}"
    if not isinstance(notebook.get("nbformat"), int) or notebook["nbformat"] < 4:
        return (f"{path.name} has an old notebook format (nbformat {notebook.get('nbformat', '?')}; nbgrader "
                "needs 4): open it in JupyterLab, save it, and grade again; or ask the trainee to send it from "
                "JupyterLab")
    ids = {_grade_id(cell) for cell in notebook.get("cells", []) if isinstance(cell, dict)} - {None}
    chapters = {chapter_of_grade_ids[grade_id] for grade_id in ids if grade_id in chapter_of_grade_ids}
    if chapters and chapter not in chapters:
        return (f"{path.name} is the notebook of {', '.join(sorted(chapters))}, not of {chapter}: "
                "ask the trainee for the right notebook (or file it under that chapter)")
    return None


def submission_problems(course: Course, chapter: str, student: str) -> list[str]:
    """The broken files among a trainee's handed-in notebooks of ``chapter``."""
    folder = course.submission_folder(student, chapter)
    ids = chapter_of_grade_ids(course.folder("source"))
    problems = [file_problem(path, chapter, ids) for path in sorted(folder.glob("*.ipynb")) if path.is_file()]
    return [problem for problem in problems if problem]


def chapter_of_grade_ids(source: Path) -> dict[str, str]:
    """Every nbgrader cell id (``grade_id``) in the course's source notebooks, with its chapter."""
    return dict(_grade_ids(source.resolve(), tuple(sorted(p.stat().st_mtime_ns for p in source.glob("*/*.ipynb")))))


@lru_cache(maxsize=4)
def _grade_ids(source: Path, _versions: tuple) -> tuple:
    chapters: dict[str, set[str]] = {}
    for path in sorted(source.glob("*/*.ipynb")):
        for cell in json.loads(path.read_text(encoding="utf-8")).get("cells", []):
            if grade_id := _grade_id(cell):
                chapters.setdefault(grade_id, set()).add(path.parent.name)
    # An id that two chapters use says nothing about which chapter a notebook is.
    return tuple((grade_id, found.pop()) for grade_id, found in chapters.items() if len(found) == 1)


def _grade_id(cell: dict) -> str | None:
    nbgrader = cell.get("metadata", {}).get("nbgrader") if isinstance(cell.get("metadata"), dict) else None
    return nbgrader.get("grade_id") if isinstance(nbgrader, dict) else None


def _ends_early(text: str) -> bool:
    """JSON that stops inside a string, object or list: a download or an e-mail that was cut off."""
    depth, in_string, escaped = 0, False, False
    for char in text:
        if in_string:
            escaped, in_string = (False, True) if escaped else (char == "\\", char != '"')
        elif char == '"':
            in_string = True
        elif char in "{[":
            depth += 1
        elif char in "}]":
            depth -= 1
    return in_string or depth > 0


def _zip_kind(data: bytes) -> str:
    try:
        names = zipfile.ZipFile(io.BytesIO(data)).namelist()
    except zipfile.BadZipFile:
        return "a damaged zip file"
    return next((kind for prefix, kind in ZIP_KINDS if any(n.startswith(prefix) for n in names)), "a zip file")
