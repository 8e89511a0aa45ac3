"""Kernels forked by the fork server, for the trainer's autograde (nbgrader underneath).

nbgrader's ``Execute`` starts a kernel per notebook through jupyter_client's
kernel manager and its provisioner. ``ForkExecute`` is that preprocessor
with ``ForkKernelManager``, whose ``ForkProvisioner`` asks this process's
fork server (``academy_trainer.forkserver``) for the kernel instead of
starting Python. Everything else is jupyter_client's: the connection file,
the ports, the interrupt (SIGINT to the kernel's process group) and the kill
on a timeout or at shutdown. Only the trainer command uses it; plain
``nbgrader autograde`` keeps starting normal kernels. If the server cannot
start, or a kernel other than this Python's ipykernel is asked for, the
normal launch is used.
"""

from __future__ import annotations

import json
import os
import select
import selectors
import shutil
import signal
import subprocess
import sys
import threading
import uuid

from jupyter_client.manager import AsyncKernelManager
from jupyter_client.provisioning import LocalProvisioner
from nbgrader.preprocessors import Execute

START_TIMEOUT = 180  # seconds for the server's imports on a busy machine
INLINE_BACKEND = "module://matplotlib_inline.backend_inline"


class ForkServer:
    """This process's fork server: a child process that forks kernels on request."""

    def __init__(self):
        read, write = os.pipe()
        self.process = subprocess.Popen([sys.executable, "-m", "academy_trainer.forkserver", str(write)],
                                        stdin=subprocess.PIPE, pass_fds=[write], text=True)
        _started.append(self.process)  # from now on a stop of this process stops (and reaps) it too
        os.close(write)
        self.replies = os.fdopen(read, "r")
        self.lock = threading.Lock()
        hello = self._reply(START_TIMEOUT)
        self.mplbackend = hello["mplbackend"]

    def _reply(self, timeout: float) -> dict:
        with selectors.DefaultSelector() as selector:
            selector.register(self.replies, selectors.EVENT_READ)
            if not selector.select(timeout):
                raise RuntimeError(f"no answer within {timeout:g} s")
        line = self.replies.readline()
        if not line:
            raise RuntimeError(f"it exited (code {self.process.wait()})")
        return json.loads(line)

    def fork(self, launcher: str, args: list[str], cwd: str, env: dict) -> int:
        """Start a kernel (``python -m ipykernel_launcher *args`` in ``cwd`` with ``env``); its pid."""
        with self.lock:
            self.process.stdin.write(json.dumps({"launcher": launcher, "args": args, "cwd": cwd, "env": env}) + "\n")
            self.process.stdin.flush()
            return self._reply(60)["pid"]

    def stop(self) -> None:
        try:
            self.process.stdin.close()
            self.process.wait(timeout=30)
        except Exception:
            self.process.kill()
            self.process.wait()
        self.replies.close()


_server: ForkServer | None = None
_server_failed = False
_started: list[subprocess.Popen] = []


def server() -> ForkServer | None:
    """This process's fork server, started on first use; None (after a one-line warning) if it cannot start."""
    global _server, _server_failed
    if _server is None and not _server_failed:
        try:
            _server = ForkServer()
        except Exception as error:
            _server_failed = True
            print(f"warning: the fork kernel server did not start ({error}); grading with normal kernels",
                  file=sys.stderr, flush=True)
    return _server


def stop_server() -> None:
    """Stop this process's fork server and any kernel it still has."""
    global _server
    if _server is not None:
        _server.stop()
        _server = None


def stop_server_now() -> None:
    """From a signal handler: stop the fork server at once, also one still starting, and wait for it (it
    kills and reaps its kernels first)."""
    for process in _started:
        process.terminate()
        process.wait()


class ForkedKernel:
    """What ``LocalProvisioner`` uses of ``subprocess.Popen``, for a kernel that is the server's child.

    A pidfd follows exactly that process (no pid reuse) and becomes readable
    when it exits; the exit status goes to the server, which reaps it.
    """

    stdin = stdout = stderr = None

    def __init__(self, pid: int):
        self.pid = pid
        self.returncode: int | None = None
        try:
            self.pidfd: int | None = os.pidfd_open(pid)
        except ProcessLookupError:  # already gone
            self.pidfd, self.returncode = None, 0

    def poll(self) -> int | None:
        if self.returncode is None and select.select([self.pidfd], [], [], 0)[0]:
            self.returncode = 0  # exited; the real status is the server's
        if self.returncode is not None and self.pidfd is not None:
            os.close(self.pidfd)
            self.pidfd = None
        return self.returncode

    def wait(self, timeout: float | None = None) -> int:
        if self.returncode is None and not select.select([self.pidfd], [], [], timeout)[0]:
            raise subprocess.TimeoutExpired("forked kernel", timeout)
        return self.poll()

    def send_signal(self, signum: int) -> None:
        if self.poll() is None:
            os.kill(self.pid, signum)

    def kill(self) -> None:
        self.send_signal(signal.SIGKILL)

    def terminate(self) -> None:
        self.send_signal(signal.SIGTERM)


def _is_this_python(program: str) -> bool:
    found = shutil.which(program)  # not resolved: another venv's python links to the same binary
    return found is not None and os.path.abspath(found) == os.path.abspath(sys.executable)


class ForkProvisioner(LocalProvisioner):
    """``LocalProvisioner``, but this Python's ipykernel comes from the fork server."""

    async def launch_kernel(self, cmd: list[str], **kwargs):
        env = dict(kwargs.get("env") or os.environ)
        ipykernel = len(cmd) >= 3 and cmd[1:3] == ["-m", "ipykernel_launcher"] and _is_this_python(cmd[0])
        fork = server() if ipykernel else None
        # The server imported matplotlib with its MPLBACKEND; a kernel that wants another gets Python.
        if fork is None or env.get("MPLBACKEND", INLINE_BACKEND) != fork.mplbackend:
            return await super().launch_kernel(cmd, **kwargs)
        import ipykernel_launcher

        cwd = str(kwargs.get("cwd") or os.getcwd())
        self.process = ForkedKernel(fork.fork(ipykernel_launcher.__file__, cmd[3:], cwd, env))
        self.pid = self.pgid = self.process.pid  # the kernel called setsid: its pid is its group
        self.cwd = cwd
        return self.connection_info


class ForkKernelManager(AsyncKernelManager):
    """jupyter_client's kernel manager with ``ForkProvisioner``."""

    async def _async_pre_start_kernel(self, **kw):
        if self.provisioner is None:  # jupyter_client keeps a provisioner it finds here
            self.kernel_id = self.kernel_id or kw.pop("kernel_id", str(uuid.uuid4()))
            self.provisioner = ForkProvisioner(kernel_id=self.kernel_id, kernel_spec=self.kernel_spec, parent=self)
        return await super()._async_pre_start_kernel(**kw)


class ForkExecute(Execute):
    """nbgrader's ``Execute`` (same ``c.Execute`` settings) with forked kernels.

    ``Execute`` passes its kernel manager class to nbclient as an argument, which
    beats configuration, so the class is chosen here.
    """

    def __init__(self, *args, **kwargs):
        kwargs.setdefault("kernel_manager_class", ForkKernelManager)
        # The outputs are in once the last cell is idle; a forked kernel has nothing left to save, so
        # it is killed at once instead of asked to stop and polled (0.2 s a notebook).
        kwargs.setdefault("shutdown_kernel", "immediate")
        super().__init__(*args, **kwargs)


def with_fork_execute(preprocessors: list) -> list:
    """nbgrader's autograde preprocessors with ``Execute`` replaced by ``ForkExecute``."""
    return [ForkExecute if pp is Execute or pp == "nbgrader.preprocessors.Execute" else pp for pp in preprocessors]
