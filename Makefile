# Datagedreven werken in het sociaal domein: build, test and run the course.
# Every target bootstraps .venv from requirements.txt on first use.

PYTHON ?= python3.11
VENV := .venv
STAMP := $(VENV)/.installed
# nbgrader calls alembic by name: the venv's bin must come first on PATH.
export PATH := $(CURDIR)/$(VENV)/bin:$(PATH)
export PYDEVD_DISABLE_FILE_VALIDATION := 1

CHAPTERS := $(notdir $(wildcard source/[0-9][0-9]-*))

.PHONY: help venv book trainer-book test test-quick lab trainer-lab hub release grade class-results data cards-pdf bench clean

help:
	@echo "make book          build the public site into _build/html"
	@echo "make book PYODIDE=path  the same, with JupyterLite serving that Pyodide distribution itself"
	@echo "make trainer-book  build the trainer edition (with answers) into _build/trainer"
	@echo "make test          run the whole test suite"
	@echo "make test-quick    the suite without the slow tests (kernels, nbgrader, builds, browser): for development"
	@echo "make lab           open the trainee notebooks in JupyterLab, as trainees see it (Dutch, no trainer tools)"
	@echo "make trainer-lab   JupyterLab in the course directory with nbgrader's trainer tools (formgrader)"
	@echo "make hub           (root) a trial JupyterHub on http://127.0.0.1:8000 with a trainer and a trainee account"
	@echo "make release       nbgrader generate_assignment for every chapter, into notebooks/"
	@echo "make grade [CHAPTER=01-databasespel] autograde a chapter (default: all) in parallel, then the summary"
	@echo "make class-results the class's answers (ch. 5, 6, 9) for the discussion, into _build/class-results"
	@echo "make cards-pdf     the database game's 200 cards and trainer sheet as print-ready A4 PDFs, into _build/cards"
	@echo "make data          regenerate the data sets in data/ from their seeded code"

venv: $(STAMP)

$(STAMP): requirements.txt pyproject.toml
	@command -v $(PYTHON) >/dev/null || { echo "Python 3.11 is needed ($(PYTHON) not found)"; exit 1; }
	test -x $(VENV)/bin/python || $(PYTHON) -m venv $(VENV)
	$(VENV)/bin/python -m pip install --quiet --upgrade pip
	$(VENV)/bin/python -m pip install --quiet -r requirements.txt
	$(VENV)/bin/python -m pip install --quiet --no-deps --no-build-isolation -e .
	touch $(STAMP)

# PYODIDE=path: a Pyodide distribution (folder or .tar.bz2) that JupyterLite serves itself (README, "Voor publishers").
book: $(STAMP)
	python -m tools.publish public $(if $(PYODIDE),--pyodide "$(PYODIDE)")

# The trainer edition (answers, mark schemes, trainer notes) into _build/trainer: never publish it.
trainer-book: $(STAMP)
	python -m tools.publish trainer

# Two test processes (pytest-xdist), one per core (a third one measured no faster: the suite is CPU-bound).
# A test module stays in one process (its fixtures are shared), in the order tests/conftest.py gives (the
# longest modules first), not xdist's (modules with the most tests first).
test: $(STAMP)
	python -m pytest -n 2 --dist loadscope --no-loadscope-reorder

# For development: leaves out the tests marked slow (a kernel, nbgrader, a build, the browser, the hub).
test-quick: $(STAMP)
	python -m pytest -n 2 --dist loadscope --no-loadscope-reorder -m "not slow"

# The trainees' JupyterLab: its settings folder lab/ (Dutch, no news pop-up, no nbgrader trainer tools)
# is put first on Jupyter's config path; the hub uses the same folder (docs/jupyterhub.md).
lab: $(STAMP)
	JUPYTER_CONFIG_PATH=$(CURDIR)/lab jupyter lab notebooks/

# Trainers: JupyterLab as installed, with formgrader and Create Assignment, in the course directory.
trainer-lab: $(STAMP)
	jupyter lab

# A trial of the course's JupyterHub on this machine (root: it makes two Linux accounts); docs/jupyterhub.md.
hub: $(STAMP)
	python -m tools.hub trial

release: $(STAMP)
	python -m academy_trainer.release check-config
	@for chapter in $(CHAPTERS); do \
		echo "== $$chapter"; \
		nbgrader generate_assignment "$$chapter" --force --log-level=WARN || exit 1; \
	done
	python -m academy_trainer.release check notebooks

# Trainers: autograde one chapter, or (no CHAPTER) every chapter with submissions (parallel workers, one
# gradebook writer), then who is missing and what waits.
grade: $(STAMP)
	python -m academy_trainer autograde $(CHAPTER); status=$$?; \
	python -m academy_trainer summary $(CHAPTER); exit $$status

class-results: $(STAMP)
	python -m academy_trainer class-results

data: $(STAMP)
	python -m academy.datasets

cards-pdf: $(STAMP)
	python -m academy_trainer.printing

# Benchmarks (about 12 min on 2 idle cores): table on screen, figures in bench/results.json. Subset: python -m bench --help
bench: $(STAMP)
	python -m bench

clean:
	rm -rf _build book/chapters gradebook.db
