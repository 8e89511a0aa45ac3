"""One live class session's answers on disk: what trainees shared, kept as it arrives.

A session is a folder ``<data dir>/<code>/`` with ``session.json`` (the session code trainees
type, the trainer's secret, when it started) and ``answers.jsonl``: one JSON line per share or
event, appended and flushed to disk before the trainee hears "verstuurd", so a crash loses
nothing. Reading the file back replays it: a later share of the same trainee to the same
question replaces the earlier one; a ``closed`` line ends the session.

No names: a trainee is the random id their browser or kernel made (or, on the hub, their hub user
name), stored as a hash keyed with the session's secret, so ids cannot be linked across sessions.
"""

from __future__ import annotations

import hashlib
import hmac
import json
import os
import re
import secrets
import threading
from dataclasses import dataclass, field
from datetime import datetime, timezone
from pathlib import Path

from academy import linda
from academy_trainer.class_results import QUESTIONS
from academy.widgets import maturity, poll

# The answer each question accepts, checked as the course's own checks do (Dutch WrongAnswer).
VALIDATORS = {"linda": linda.validate_ranking, "dialoog": poll.validate_answer,
              "volwassenheid": maturity.validate_answer}
assert set(VALIDATORS) == set(QUESTIONS), "every class question can be shared live"

CODE_LETTERS = "ABCDEFGHJKLMNPQRSTUVWXYZ23456789"  # no 0/O, 1/I: a code read aloud or from a screen
CODE_LENGTH = 6
TRAINEE_ID = re.compile(r"[A-Za-z0-9_-]{8,64}")


def new_code() -> str:
    return "".join(secrets.choice(CODE_LETTERS) for _ in range(CODE_LENGTH))


def normal_code(text: str) -> str:
    """A code as typed ("k7p 2qx") in its stored form ("K7P2QX")."""
    return re.sub(r"[\s-]", "", str(text)).upper()


class Refused(Exception):
    """A share the session does not take; ``status`` for the widget, ``message`` Dutch for the trainee."""

    def __init__(self, status: str, message: str, http: int):
        super().__init__(message)
        self.status, self.message, self.http = status, message, http


@dataclass
class Session:
    folder: Path
    code: str
    secret: str  # the trainer's: opens the page, closes, exports
    started: str
    answers: dict[str, dict[str, object]] = field(default_factory=lambda: {key: {} for key in QUESTIONS})
    closed: bool = False

    def __post_init__(self):
        self._lock = threading.Lock()

    @classmethod
    def create(cls, data_dir: Path) -> "Session":
        data_dir.mkdir(parents=True, exist_ok=True)
        while (data_dir / (code := new_code())).exists():
            continue
        folder = data_dir / code
        folder.mkdir(mode=0o700)
        session = cls(folder, code, secrets.token_urlsafe(24), _now())
        (folder / "session.json").write_text(json.dumps({"code": code, "secret": session.secret,
                                                         "started": session.started}))
        (folder / "session.json").chmod(0o600)
        return session

    @classmethod
    def load(cls, folder: Path) -> "Session":
        meta = json.loads((folder / "session.json").read_text())
        session = cls(folder, meta["code"], meta["secret"], meta["started"])
        log = folder / "answers.jsonl"
        if log.exists():
            for line in log.read_text(encoding="utf-8").splitlines():
                try:
                    session._apply(json.loads(line))
                except (ValueError, KeyError, TypeError):
                    continue  # a line cut short by a crash: the rest still counts
        return session

    @classmethod
    def latest_open(cls, data_dir: Path) -> "Session | None":
        """The newest session not yet closed (to resume after a crash or a restart), or None."""
        metas = sorted(data_dir.glob("*/session.json"), key=lambda p: p.stat().st_mtime, reverse=True)
        return next((s for s in (cls.load(meta.parent) for meta in metas) if not s.closed), None)

    def _apply(self, record: dict) -> bool:
        """Replay one line; True when it replaced an earlier answer."""
        if record.get("event") == "closed":
            self.closed = True
            return False
        given = self.answers[record["question"]]
        replaced = record["trainee"] in given
        given[record["trainee"]] = record["answer"]
        return replaced

    def _append(self, record: dict) -> bool:
        with self._lock:
            with (self.folder / "answers.jsonl").open("a", encoding="utf-8") as log:
                log.write(json.dumps(record, ensure_ascii=False) + "\n")
                log.flush()
                os.fsync(log.fileno())
            return self._apply(record)

    def share(self, question, trainee, answer) -> str:
        """Store one answer ("sent" or "replaced"), or :class:`Refused`."""
        if self.closed:
            raise Refused("closed", "Sessie gesloten: de docent heeft deze sessie afgesloten. Delen kan niet meer.", 410)
        if question not in VALIDATORS:
            raise Refused("malformed", f"Onbekende vraag: {str(question)[:40]!r}.", 400)
        if not isinstance(trainee, str) or not TRAINEE_ID.fullmatch(trainee):
            raise Refused("malformed", "Het verzoek mist een geldige sessie-id van de cursist.", 400)
        try:
            clean = VALIDATORS[question](answer)
        except AssertionError as problem:  # the course's WrongAnswer: a Dutch sentence
            raise Refused("invalid", str(problem), 422) from None
        # Stored keyed with the session's secret: the same browser's id in another session cannot be linked.
        pseudonym = hmac.new(self.secret.encode(), trainee.encode(), hashlib.sha256).hexdigest()[:32]
        replaced = self._append({"at": _now(), "question": question, "trainee": pseudonym, "answer": clean})
        return "replaced" if replaced else "sent"

    def close(self) -> None:
        if not self.closed:
            self._append({"at": _now(), "event": "closed"})

    def counts(self) -> dict[str, int]:
        return {key: len(given) for key, given in self.answers.items()}


def _now() -> str:
    return datetime.now(timezone.utc).isoformat(timespec="seconds")
