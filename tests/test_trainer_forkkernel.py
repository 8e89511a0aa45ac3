"""The trainer's fast autograde forks each kernel from a server, with nbgrader's semantics intact.

One worker grades four trainees in a row (the fork server runs in this test
process, so the forks can be counted): one changes global state, one loops
forever, one kills its own kernel, one checks it sees nothing of the others.
"""

from __future__ import annotations

import pytest

from academy_trainer import forkkernel
from academy_trainer.course import Course
from academy_trainer.grading import autograde_chapters
from trainer_fixtures import AUTO_POINTS, CHAPTER, cell, complete, release_chapter_one, with_answer, write_submission

pytestmark = pytest.mark.slow

# Run in the first trainee's kernel: a module attribute, a library option, a global, a file, the cwd.
LEAK = """import os, academy.cards, pandas as pd
academy.cards.GELEKT = True
pd.set_option("display.max_rows", 5)
geheim = "van a-lekt"
open("gelekt.txt", "w").write("x")
os.chdir("/")
"""
# The last trainee's answer only counts if none of that reached its kernel.
CLEAN = """import os, academy.cards, pandas as pd
assert not hasattr(academy.cards, "GELEKT")
assert pd.get_option("display.max_rows") == 60
assert "geheim" not in globals()
assert os.path.basename(os.getcwd()) == "01-databasespel", os.getcwd()
"""


@pytest.fixture(scope="module")
def graded(tmp_path_factory):
    root = release_chapter_one(tmp_path_factory.mktemp("fork"), "c.Execute.timeout = 10")
    right = complete(root)
    answer = cell(right, "tel-de-kaarten").source
    write_submission(root, "a-lekt", with_answer(complete(root), "tel-de-kaarten", LEAK + answer))
    write_submission(root, "b-lus", with_answer(complete(root), "tel-de-kaarten", "while True:\n    pass"))
    write_submission(root, "c-dood", with_answer(complete(root), "tel-de-kaarten",
                                                 "import os, signal\nos.kill(os.getpid(), signal.SIGKILL)"))
    write_submission(root, "d-schoon", with_answer(complete(root), "tel-de-kaarten", CLEAN + answer))
    forks = []
    real_fork = forkkernel.ForkServer.fork
    with pytest.MonkeyPatch.context() as patch:
        patch.setattr(forkkernel.ForkServer, "fork", lambda self, *a: forks.append(a[2]) or real_fork(self, *a))
        results = {r.student: r for r in autograde_chapters(Course(root), [CHAPTER], workers=1)}
    return root, results, forks


def test_each_notebook_gets_its_own_forked_kernel_in_its_folder(graded):
    root, results, forks = graded
    assert len(forks) == 4 and len(set(forks)) == 4, "one fork per trainee, in that trainee's folder"
    assert all(folder.endswith(f"/{student}/{CHAPTER}") for folder, student in zip(forks, sorted(results)))
    assert forkkernel._server is None, "the server is stopped after grading"


def test_global_state_of_one_trainee_does_not_reach_the_next(graded):
    root, results, _ = graded
    assert results["a-lekt"].score == AUTO_POINTS
    assert results["d-schoon"].success and results["d-schoon"].score == AUTO_POINTS


def test_endless_loop_is_stopped_by_the_timeout_and_the_next_trainee_is_graded(graded):
    _, results, _ = graded
    loop = results["b-lus"]
    assert loop.success and loop.score == AUTO_POINTS - 3  # only the looping exercise is lost
    assert any("stopped" in note and "KeyboardInterrupt" in note for note in loop.notes)
    assert results["d-schoon"].score == AUTO_POINTS


def test_a_kernel_that_dies_is_reported(graded):
    dead = graded[1]["c-dood"]  # as plain nbgrader reports it
    assert not dead.success and "DeadKernelError" in dead.reason


def test_the_server_forks_from_a_single_thread():
    """A thread in the server at fork time (OpenBLAS starts one on import) can leave a kernel stuck."""
    import os

    server = forkkernel.ForkServer()
    try:
        assert len(os.listdir(f"/proc/{server.process.pid}/task")) == 1
    finally:
        server.stop()
