"""The fork server ("zygote") of the trainer's autograde: imports once, forks a fresh kernel per notebook.

Autograding a notebook with nbgrader starts a new Python kernel that imports
ipykernel, pandas, matplotlib, seaborn, scikit-learn and ``academy`` again:
3-4 CPU seconds per notebook before the first cell runs. This process (one
per grading worker) imports all of that once, then ``fork``s one kernel per
request. Each kernel is a separate process, a copy-on-write image of this
untouched server: whatever a trainee's code changes (a module attribute, a
global, an rcParam, the cwd) dies with that kernel.

A forked child becomes what ``python -m ipykernel_launcher <args>`` would be:
its own session (nbclient's interrupt and kill signal the process group),
the notebook's folder as cwd, the kernel environment the kernel manager
made, then ``IPKernelApp``. The client side is ``academy_trainer.forkkernel``.

Run as ``python -m academy_trainer.forkserver <reply-fd>``: requests (one
JSON object per line) come on stdin, replies go to file descriptor
``reply-fd``; the server stops, with its kernels, when stdin closes.
"""

from __future__ import annotations

import importlib
import json
import os
import signal
import sys
from pathlib import Path

# Imported once here. Only libraries whose import changes nothing a notebook
# can see. Not matplotlib_inline: on import it hooks into the running kernel's
# shell, so (as in a normal kernel) it is imported inside the kernel.
PRELOAD = ("ipykernel.kernelapp", "ipykernel.debugger", "numpy", "pandas", "matplotlib", "matplotlib.pyplot",
           "seaborn", "scipy.stats", "sklearn.metrics", "sklearn.linear_model", "sklearn.tree", "ipywidgets",
           "academy.cards", "academy.checks", "academy.feedback", "academy.plotting", "academy.datasets",
           "academy.privacy", "academy.linkage")
INLINE_BACKEND = "module://matplotlib_inline.backend_inline"  # what ipykernel sets when MPLBACKEND is unset
SINGLE_THREAD = ("OPENBLAS_NUM_THREADS", "OMP_NUM_THREADS", "MKL_NUM_THREADS")

_children: set[int] = set()


def serve(reply_fd: int) -> None:
    """Import once, then fork one kernel per request until stdin closes."""
    if sys.path and Path(sys.path[0] or ".").resolve() == Path.cwd():
        del sys.path[0]  # as ipykernel_launcher does: the kernel puts its own cwd ('') back
    os.environ.setdefault("MPLBACKEND", INLINE_BACKEND)  # matplotlib reads it on import
    # numpy's and scipy's OpenBLAS start a worker thread each on import; forking a process with
    # threads can leave a child stuck on a lock one of them held (a kernel that never answers).
    # One thread: nothing but this one runs when we fork, and the grading workers fill the cores.
    for variable in SINGLE_THREAD:
        os.environ[variable] = "1"
    os.environ.setdefault("PYDEVD_DISABLE_FILE_VALIDATION", "1")  # the debugger's frozen-modules warning
    signal.signal(signal.SIGINT, signal.SIG_IGN)  # Ctrl-C in the trainer's terminal: the worker stops us
    replies = os.fdopen(reply_fd, "w", buffering=1)
    for name in PRELOAD:
        try:
            importlib.import_module(name)
        except Exception as error:  # not installed: a kernel imports it itself, if it needs it
            print(f"fork server: did not preload {name}: {error}", file=sys.stderr)
    signal.signal(signal.SIGCHLD, _reap)  # kernels are our children: no zombies
    signal.signal(signal.SIGTERM, _stop_now)  # the worker is stopping: our kernels go first, reaped
    replies.write(json.dumps({"ready": os.getpid(), "mplbackend": os.environ["MPLBACKEND"],
                              "executable": sys.executable}) + "\n")
    for line in sys.stdin:
        request = json.loads(line)
        pid = os.fork()
        if pid == 0:
            _run_kernel(request, reply_fd)  # never returns
        _children.add(pid)
        replies.write(json.dumps({"pid": pid}) + "\n")
    _stop_children()


def _reap(*_args) -> None:
    while True:
        try:
            pid, _status = os.waitpid(-1, os.WNOHANG)
        except ChildProcessError:
            return
        if pid == 0:
            return
        _children.discard(pid)


def _stop_now(signum, _frame) -> None:
    _stop_children()
    os._exit(128 + signum)


def _stop_children() -> None:
    """stdin closed (the worker is done, or gone): no kernel outlives the server."""
    signal.signal(signal.SIGCHLD, signal.SIG_DFL)
    for pid in list(_children):
        try:
            os.killpg(pid, signal.SIGKILL)
        except OSError:
            pass
    while True:
        try:
            os.wait()
        except ChildProcessError:
            return


def _run_kernel(request: dict, reply_fd: int) -> None:
    """In the forked child: become the kernel ``python -m ipykernel_launcher <args>`` would start."""
    code = 1
    try:
        signal.signal(signal.SIGCHLD, signal.SIG_DFL)
        signal.signal(signal.SIGTERM, signal.SIG_DFL)
        signal.signal(signal.SIGINT, signal.default_int_handler)
        os.setsid()  # its own process group, as jupyter_client starts kernels
        os.close(reply_fd)
        null = os.open(os.devnull, os.O_RDONLY)
        os.dup2(null, 0)  # the request pipe belongs to the server
        os.close(null)
        sys.stdin = open(0, closefd=False)
        os.chdir(request["cwd"])
        os.environ.clear()
        os.environ.update(request["env"])
        if "numpy" in sys.modules:  # numpy's global generator is not reseeded on fork (random's is)
            sys.modules["numpy"].random.seed()
        sys.argv = [request["launcher"], *request["args"]]
        from ipykernel.kernelapp import IPKernelApp

        # Its parent is this server, not the worker: the kernel exits if the server goes, as a
        # normal kernel does when its parent goes (and `ipython kernel`'s banner stays away).
        IPKernelApp.launch_instance(request["args"], parent_handle=os.getppid())
        code = 0
    except SystemExit as stop:
        code = stop.code if isinstance(stop.code, int) else (0 if stop.code is None else 1)
    except BaseException:
        import traceback

        traceback.print_exc()
    finally:
        try:
            import atexit

            atexit._run_exitfuncs()  # what the interpreter does when a normal kernel exits
            sys.stdout.flush()
            sys.stderr.flush()
        finally:
            os._exit(code)


if __name__ == "__main__":
    serve(int(sys.argv[1]))
