"""Stopping the trainer's command: Ctrl-C, ``kill`` or a closed terminal, never halfway through a grade.

The command turns SIGINT, SIGTERM and SIGHUP into the exception ``Stopped``, so
that its clean-up runs (workers stopped, scratch copies of trainees' work
removed). Inside ``whole()`` a signal waits until the block is done: storing one
trainee's grades is never cut in half, so what the command reported as done is
in the gradebook, and a rerun grades only what is left.
"""

from __future__ import annotations

import signal
from contextlib import contextmanager

SIGNALS = (signal.SIGINT, signal.SIGTERM, signal.SIGHUP)

_holding = 0
_pending: int | None = None
_received: int | None = None  # the last stop signal, also one that code in between swallowed


class Stopped(SystemExit):
    """The command was stopped by a signal; its exit status is the one the signal gives."""

    def __init__(self, signum: int):
        super().__init__(128 + signum)
        self.signum = signum


def _stop(signum, _frame) -> None:
    global _pending, _received
    _received = signum
    if _holding:
        _pending = signum
        return
    raise Stopped(signum)  # the `finally` blocks run on the way out


@contextmanager
def stoppable():
    """While inside, the signals raise ``Stopped`` (as Ctrl-C raises KeyboardInterrupt)."""
    global _received
    _received = None
    previous = {signum: signal.signal(signum, _stop) for signum in SIGNALS}
    try:
        yield
    finally:
        for signum, handler in previous.items():
            signal.signal(signum, handler)


def raise_if_stopped() -> None:
    """Stop now if a stop signal came: nbgrader's API turns every exception (our ``Stopped`` too) into a
    failed result, so after a call into it the stop is raised again."""
    if _received is not None:
        raise Stopped(_received)


@contextmanager
def whole():
    """A block that a stop does not cut in half: the stop comes right after it."""
    global _holding, _pending
    _holding += 1
    try:
        yield
    finally:
        _holding -= 1
        if not _holding and _pending is not None:
            signum, _pending = _pending, None
            raise Stopped(signum)
