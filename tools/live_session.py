"""A trainer's live session for tests and the bench: ``class-live`` as a real process, and a share.

:func:`live_server` starts ``python -m academy_trainer class-live`` on a free port of 127.0.0.1
and reads the addresses it prints (the session code, the address trainees type, the trainer's
page); on leaving it stops the server. :func:`post` sends one raw request as any client would.
"""

from __future__ import annotations

import json
import re
import signal
import subprocess
import sys
import threading
import urllib.error
import urllib.request
from contextlib import contextmanager
from dataclasses import dataclass
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
START_LIMIT = 120  # seconds: an upper bound on a loaded machine, not an expected time


@dataclass
class LiveServer:
    process: subprocess.Popen
    code: str
    address: str  # what trainees type: 127.0.0.1:<port>/<code>
    page: str  # the trainer's page (secret path)
    url: str  # the server: http://127.0.0.1:<port>
    folder: Path  # the session's answers.jsonl and export


def _start(data_dir: Path, *args: str) -> LiveServer:
    process = subprocess.Popen([sys.executable, "-m", "academy_trainer", "class-live", "--host", "127.0.0.1",
                                "--port", "0", "--data-dir", str(data_dir), *args],
                               cwd=ROOT, stdout=subprocess.PIPE, stderr=subprocess.STDOUT, text=True)
    lines, listening = [], threading.Event()

    def read():  # all it prints, to the end: a full pipe would stop the server
        for line in process.stdout:
            lines.append(line)
            if "Your page" in line:  # then it listens
                listening.set()
        process.stdout.close()
        listening.set()

    threading.Thread(target=read, name="class-live-output", daemon=True).start()
    listening.wait(START_LIMIT)
    text = "".join(lines)
    found = re.search(r"answers kept in (\S+).*Session code \(show the group\): (\S+).*type in the widget: +(\S+).*Your page[^:]*: (\S+)",
                      text, re.S)
    if not found:
        process.kill()
        process.wait()
        raise RuntimeError(f"class-live stopped or printed no page within {START_LIMIT} s:\n{text}")
    folder, code, address, page = found.groups()
    return LiveServer(process, code, address, page, "http://" + address.rsplit("/", 1)[0], Path(folder))


@contextmanager
def live_server(data_dir: Path, *args: str):
    """The trainer's server on a free port; see the module's docstring."""
    server = _start(data_dir, *args)
    try:
        yield server
    finally:
        stop(server)


def stop(server: LiveServer, sig: int = signal.SIGINT) -> None:
    if server.process.poll() is None:
        server.process.send_signal(sig)
        try:
            server.process.wait(30)
        except subprocess.TimeoutExpired:
            server.process.kill()
            server.process.wait()


def restart(server: LiveServer, data_dir: Path, *args: str) -> LiveServer:
    """Start the server again on the same data (after a crash or Ctrl+C)."""
    stop(server)
    return _start(data_dir, *args)


def post(url: str, body, headers: dict | None = None) -> tuple[int, dict]:
    """POST ``body`` (a dict as JSON, or raw bytes); the HTTP status and the reply (JSON, else {"html": ...})."""
    data = body if isinstance(body, bytes) else json.dumps(body).encode()
    request = urllib.request.Request(url, data, {"Content-Type": "application/json", **(headers or {})}, method="POST")
    try:
        with urllib.request.urlopen(request, timeout=30) as response:
            status, text = response.status, response.read()
    except urllib.error.HTTPError as refused:
        status, text = refused.code, refused.read()
    try:
        return status, json.loads(text)
    except ValueError:
        return status, {"html": text.decode(errors="replace")}


def get(url: str) -> tuple[int, str]:
    try:
        with urllib.request.urlopen(url, timeout=30) as response:
            return response.status, response.read().decode()
    except urllib.error.HTTPError as refused:
        return refused.code, refused.read().decode(errors="replace")
