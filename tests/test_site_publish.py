"""Publishing: the Pages workflow runs the README's command; the trainer edition stays apart;
nothing in the public site or its JupyterLite part gives an answer away."""

from __future__ import annotations

import re
import shlex
import subprocess
import sys

import pytest
import yaml

from conftest import ROOT
from leaks import find_leaks, unpacked
from tools import publish
from tools.site_extension import trainee_notebook

WORKFLOW = ROOT / ".github" / "workflows" / "publish.yml"
# Content a trainee reads or downloads; the theme, vendored JavaScript and the JupyterLab app are not ours.
CONTENT_SUFFIXES = {".html", ".ipynb", ".json", ".txt", ".md", ".csv", ".js"}
NOT_CONTENT = ("_static/", "vendor/", "lite/build/", "lite/extensions/", "lite/static/", "lite/lab/")


def readme_build_command() -> str:
    blocks = re.findall(r"```bash\n(.*?)```", (ROOT / "README.md").read_text(encoding="utf-8"), re.S)
    commands = [line.split("#")[0].strip() for block in blocks for line in block.splitlines()]
    assert "make book" in commands, "the README names `make book` as the way to build the site"
    return "make book"


def test_workflow_builds_with_the_readme_command_and_deploys_to_pages():
    workflow = yaml.safe_load(WORKFLOW.read_text(encoding="utf-8"))
    steps = [step for job in workflow["jobs"].values() for step in job.get("steps", [])]
    runs = [step.get("run", "").strip() for step in steps]
    uses = [step.get("uses", "").split("@")[0] for step in steps]
    assert readme_build_command() in runs
    for action in ("actions/configure-pages", "actions/upload-pages-artifact", "actions/deploy-pages"):
        assert action in uses, action
    upload = next(s for s in steps if s.get("uses", "").startswith("actions/upload-pages-artifact"))
    assert upload["with"]["path"] == "_build/html"
    assert "make trainer-book" not in " ".join(runs), "the trainer edition is never published"
    assert workflow["permissions"]["pages"] == "write" and workflow["permissions"]["id-token"] == "write"


def test_workflow_caches_the_executed_chapters_with_what_they_were_made_from():
    """forget_stale_outputs empties a cache that comes without its stamp: both must be restored."""
    workflow = yaml.safe_load(WORKFLOW.read_text(encoding="utf-8"))
    steps = [step for job in workflow["jobs"].values() for step in job.get("steps", [])]
    cache = next(s for s in steps if s.get("uses", "").startswith("actions/cache"))
    paths = cache["with"]["path"].split()
    assert f"_build/{publish.EXECUTION_CACHE}" in paths and f"_build/{publish.EXECUTION_STAMP}" in paths
    build = next(i for i, s in enumerate(steps) if s.get("run", "").strip() == "make book")
    assert steps.index(cache) < build


def test_workflow_scans_for_answers_before_anything_is_published():
    workflow = yaml.safe_load(WORKFLOW.read_text(encoding="utf-8"))
    steps = workflow["jobs"]["build"]["steps"]
    scan = next(i for i, s in enumerate(steps) if "pytest" in s.get("run", ""))
    upload = next(i for i, s in enumerate(steps) if s.get("uses", "").startswith("actions/upload-pages-artifact"))
    assert scan < upload
    args = shlex.split(steps[scan]["run"])
    selection = [a for a in args[args.index("pytest") + 1:] if a != "-q"]
    collected = subprocess.run([sys.executable, "-m", "pytest", "--collect-only", "-q", *selection],
                               cwd=ROOT, capture_output=True, text=True).stdout
    for test in ("test_book.py::test_site_gives_nothing_away",
                 "test_site_publish.py::test_public_site_and_jupyterlite_give_nothing_away",
                 "test_site_trainee_tree.py::test_the_tree_holds_no_source_no_trainer_tools_and_gives_nothing_away"):
        assert test in collected, f"the workflow's scan runs {test}"


def site_content(site) -> list:
    files = [p for p in site.rglob("*") if p.is_file() and p.suffix in CONTENT_SUFFIXES]
    return [p for p in files if not p.relative_to(site).as_posix().startswith(NOT_CONTENT)]


@pytest.mark.slow
def test_public_site_and_jupyterlite_give_nothing_away(site, tmp_path):
    files = site_content(site)
    assert any("lite/files/" in p.as_posix() for p in files), "the Lite notebooks are scanned"
    assert any(p.name == "searchindex.js" for p in files), "the search index is scanned"
    (wheel,) = (site / "lite" / "pypi").glob("academy-*.whl")  # what piplite installs in the browser
    packed = unpacked(wheel, tmp_path / "wheel")
    assert any(p.name == "cards.py" for p in packed), "the wheel's modules are scanned"
    assert find_leaks(files + packed) == []


@pytest.fixture(scope="session")
def trainer_site():
    return publish.trainer()


@pytest.mark.slow
def test_trainer_edition_shows_solutions_and_notes_and_stays_out_of_the_public_site(trainer_site, site):
    assert site not in trainer_site.parents and trainer_site not in site.parents
    toc = yaml.safe_load((ROOT / "_toc.yml").read_text(encoding="utf-8"))
    chapters = [c["file"] for part in toc["parts"] for c in part["chapters"] if trainee_notebook(c["file"])]
    assert chapters
    for page in chapters:
        text = (trainer_site / f"{page}.html").read_text(encoding="utf-8")
        assert publish.TRAINER_BANNER in text
        assert "Voor de trainer" in text and "BEGIN SOLUTION" in text, page
        public_text = (site / f"{page}.html").read_text(encoding="utf-8")
        assert publish.TRAINER_BANNER not in public_text
    # The solutions' own text is on the trainer's pages (the leak scan's mirror image).
    trainer_pages = [trainer_site / f"{page}.html" for page in chapters]
    assert find_leaks(trainer_pages, kinds=("solution",), markers=[]), "solutions are shown to trainers"
