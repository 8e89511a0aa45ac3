"""Timing and memory primitives shared by every benchmark.

Every figure is a median of a few runs, and every run of a measured thing is
interleaved with a run of its floor, so a machine that gets slower halfway
(another build, a thermal limit) slows both sides of the ratio alike.
"""

from __future__ import annotations

import gc
import os
import resource
import statistics
import subprocess
import sys
import tempfile
import threading
import time
from collections.abc import Callable
from dataclasses import dataclass
from pathlib import Path

import psutil

from academy_trainer.course import tool_env

BIN = Path(sys.executable).parent


def cpu_seconds() -> float:
    """CPU time (user + system) of this process and of every child it has waited for (kernels too)."""
    own, children = resource.getrusage(resource.RUSAGE_SELF), resource.getrusage(resource.RUSAGE_CHILDREN)
    return own.ru_utime + own.ru_stime + children.ru_utime + children.ru_stime


@dataclass
class Timing:
    """Wall-clock and CPU seconds of one run. On a busy machine the wall time swells with the
    queue for the cores; the CPU time is what the work itself costs."""

    wall: float
    cpu: float


def seconds(function: Callable[[], object]) -> Timing:
    gc.collect()
    started, cpu = time.perf_counter(), cpu_seconds()
    function()
    return Timing(time.perf_counter() - started, cpu_seconds() - cpu)


def median_timing(timings: list[Timing]) -> Timing:
    return Timing(statistics.median(t.wall for t in timings), statistics.median(t.cpu for t in timings))


def median_pair(measured: Callable[[], object], floor: Callable[[], object], repeats: int) -> tuple[Timing, Timing]:
    """Median timings of ``measured`` and of ``floor``, run alternately ``repeats`` times each."""
    measured_times, floor_times = [], []
    for index in range(repeats):
        # Alternate who goes first so a warm disk cache favours neither side.
        order = [(floor, floor_times), (measured, measured_times)]
        for function, times in (order if index % 2 == 0 else order[::-1]):
            times.append(seconds(function))
    return median_timing(measured_times), median_timing(floor_times)


def ratio(value: float | None, floor: float | None) -> float | None:
    return round(value / floor, 2) if value is not None and floor else None


@dataclass
class CommandRun:
    """One finished command: wall time, exit code, and its memory peaks in MB."""

    seconds: float
    cpu_seconds: float  # user + system of the whole tree (wait4)
    returncode: int
    max_rss_mb: float  # largest single process of the tree (wait4's ru_maxrss)
    peak_tree_mb: float  # largest sum of RSS over the whole process tree, sampled
    output: str


class TreeSampler:
    """Samples the summed RSS of a process and all its descendants in a thread.

    RSS counts a library shared by many processes (thirty Jupyter servers) once per process;
    ``proportional`` also sums PSS, which splits each shared page between its users: the memory
    the tree really takes (reading it costs more, /proc/<pid>/smaps_rollup, and needs the right to
    read the processes' memory: root for other users' processes)."""

    def __init__(self, pid: int, interval: float = 0.1, proportional: bool = False):
        self.process = psutil.Process(pid)
        self.interval = interval
        self.proportional = proportional
        self.peak = self.peak_pss = self.processes_at_peak = 0
        self._stop = threading.Event()
        self._thread = threading.Thread(target=self._loop, daemon=True)

    def _loop(self) -> None:
        while not self._stop.is_set():
            total = pss = 0
            try:
                processes = [self.process, *self.process.children(recursive=True)]
            except psutil.Error:
                return
            for process in processes:
                try:
                    if self.proportional:
                        memory = process.memory_full_info()
                        pss += memory.pss
                    else:
                        memory = process.memory_info()
                    total += memory.rss
                except psutil.Error:
                    pass  # a kernel that just exited
            if total > self.peak:
                self.peak, self.processes_at_peak = total, len(processes)
            self.peak_pss = max(self.peak_pss, pss)
            self._stop.wait(self.interval)

    def __enter__(self) -> TreeSampler:
        self._thread.start()
        return self

    def __exit__(self, *exc) -> None:
        self._stop.set()
        self._thread.join()


def run_command(args: list[str], cwd: Path, check: bool = True, env: dict | None = None) -> CommandRun:
    """Run ``args`` and measure wall time and memory peaks of its whole process tree."""
    with tempfile.TemporaryFile(mode="w+") as log:
        started = time.perf_counter()
        process = subprocess.Popen(args, cwd=cwd, env=env or tool_env(), stdout=log, stderr=subprocess.STDOUT)
        with TreeSampler(process.pid) as sampler:
            # wait4 gives this child's own resource usage (with its reaped descendants),
            # unlike RUSAGE_CHILDREN, which mixes in every earlier child of ours.
            _, status, usage = os.wait4(process.pid, 0)
        elapsed = time.perf_counter() - started
        process.returncode = os.waitstatus_to_exitcode(status)
        log.seek(0)
        output = log.read()
    if check and process.returncode != 0:
        raise RuntimeError(f"{' '.join(map(str, args))} failed ({process.returncode}):\n{output[-4000:]}")
    return CommandRun(elapsed, usage.ru_utime + usage.ru_stime, process.returncode, round(usage.ru_maxrss / 1024, 1),
                      round(sampler.peak / 2**20, 1), output)


def median_runs(runs: list[CommandRun]) -> dict:
    """Median seconds and the highest memory peaks of a few runs of one command."""
    return {
        "seconds": round(statistics.median(r.seconds for r in runs), 3),
        "runs_seconds": [round(r.seconds, 3) for r in runs],
        "cpu_seconds": round(statistics.median(r.cpu_seconds for r in runs), 3),
        "max_rss_mb": max(r.max_rss_mb for r in runs),
        "peak_tree_mb": max(r.peak_tree_mb for r in runs),
    }
