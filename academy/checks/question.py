"""One exercise as one object (as Kaggle's learntools): the answers' names, the expected values, the checks.

The visible test cell under an exercise calls the question, ``controle.exact_koppelen()``: it
reads the trainee's variables from the notebook and names the mistake in one Dutch sentence,
or confirms. The hidden tests call ``controle.<question>.hidden()``: the strict check used
for the grade. Both compare with the same expected values, computed once from the data, so
they cannot disagree.

The hidden checks are not in this package (trainees can read it, and it ships to the
trainees' branch and JupyterLite): they sit beside the chapter's source notebook in
``source/<chapter>/hidden_checks.py``. ``nbgrader_config.py`` tells nbgrader to ignore that
file, so no release and no feedback copies it. At grading the notebook runs in
``autograded/<student>/<chapter>/`` inside the course folder; :meth:`Question.hidden` finds
the file by looking upwards from there for ``source/<chapter>/``.
"""

from __future__ import annotations

import builtins
import importlib.util
import inspect
from collections.abc import Callable
from functools import cached_property
from pathlib import Path

HIDDEN_CHECKS = "hidden_checks.py"


def hidden_checks_file(chapter: str, start: Path | None = None) -> Path:
    """``source/<chapter>/hidden_checks.py`` of the course folder that holds ``start``.

    ``start`` defaults to the folder the notebook's kernel started in (a trainee's code may have
    changed the working folder since), else the working folder. The outermost one: a submission
    folder could hold a ``source/`` of its own, the course folder is above it."""
    for folder in [start] if start else [*_kernel_start(), Path.cwd()]:
        folder = folder.resolve()
        found = [above / "source" / chapter / HIDDEN_CHECKS for above in (folder, *folder.parents)]
        found = [path for path in found if path.is_file()]
        if found:
            return found[-1]
    raise FileNotFoundError(f"No source/{chapter}/{HIDDEN_CHECKS} above {folder}: grade inside the course folder.")


def _kernel_start() -> list[Path]:
    """The folder the IPython kernel started in (its directory history begins there), if in one.

    IPython puts ``get_ipython`` among the builtins while a cell runs."""
    get_ipython = getattr(builtins, "get_ipython", None)
    shell = get_ipython() if get_ipython else None
    history = shell.user_ns.get("_dh") if shell is not None else None
    return [Path(history[0])] if history else []


def _load(path: Path):
    spec = importlib.util.spec_from_file_location(f"hidden_checks_{path.parent.name.replace('-', '_')}", path)
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    return module


class Question:
    """One exercise of ``chapter``.

    ``expected`` computes, from the data, the right value of each answer name; it runs once.
    ``check`` is the visible check: called with the question, it reads the answers with
    ``academy.feedback.answer`` and fails with a Dutch sentence naming the mistake.
    The hidden check is the function of the same name in the chapter's hidden_checks.py; it
    gets the question and the answers as keyword arguments.
    """

    def __init__(self, chapter: str, names: tuple[str, ...], expected: Callable[[], dict],
                 check: Callable[[Question], None]):
        self.chapter, self.names = chapter, tuple(names)
        self._expected, self._check = expected, check
        self.__name__, self.__doc__ = check.__name__, check.__doc__

    @cached_property
    def expected(self) -> dict:
        """Each answer name's right value, computed from the data."""
        values = self._expected()
        assert set(values) >= set(self.names), f"{self.__name__}: no expected value for some of {self.names}"
        return values

    def __call__(self) -> None:
        """The visible check."""
        self._check(self)

    def hidden(self) -> None:
        """The hidden check, with the answers from the notebook that calls it."""
        notebook = inspect.currentframe().f_back.f_globals
        strict = getattr(_load(hidden_checks_file(self.chapter)), self.__name__)
        strict(self, **{name: notebook[name] for name in self.names})

    def __repr__(self) -> str:
        return f"<Question {self.chapter}/{self.__name__}: {', '.join(self.names)}>"


def question(chapter: str, *names: str, expected: Callable[[], dict]):
    """Decorator: the visible check function below becomes the :class:`Question` of these answer names."""
    return lambda check: Question(chapter, names, expected, check)
