"""Share one answer with the group: the trainer's live page during the session.

The Linda ranking, the poll and the maturity scan have a button "Deel met de groep". It sends
that one answer, without a name, to the trainer's server (``python -m academy_trainer
class-live``). Two routes:

- In a room: the trainer shows an address with a session code, e.g. ``192.168.1.20:8765/K7P2QX``.
  The trainee types it once in the widget (the browser sends the answer), or runs
  ``academy.share.start("192.168.1.20:8765/K7P2QX")`` once in the notebook.
- On the course's JupyterHub: the hub tells the notebook where the service is
  (``$ACADEMY_LIVE_URL``) and the trainee's own hub token proves who shares: nothing to type.

Every trainee is a random id made here (one per kernel), so sharing again replaces the earlier
answer and the trainer never sees a name. Messages are Dutch: trainees read them.
"""

from __future__ import annotations

import json
import os
import re
import urllib.error
import urllib.request
import uuid
from dataclasses import dataclass

QUESTIONS = ("linda", "dialoog", "volwassenheid")  # the ranking, the poll, the maturity scan
TIMEOUT = 10  # seconds: a laptop on the room's Wi-Fi
TRAINEE = uuid.uuid4().hex  # this kernel's trainee: random, no name
# What the trainee reads when the answer does not reach the server (the server words the rest);
# the widgets' browser side shows the same sentences (academy/widgets/browser.py passes them on).
MESSAGES = {
    "no_code": "Geen sessiecode: typ eerst het adres met de sessiecode dat de docent laat zien.",
    "no_connection": "Geen verbinding met de docent. Klopt het adres? Probeer het zo nog eens.",
    "busy": "Bezig met versturen …",
    # Above the button: what it does, for a room (an address to type) and on the hub (nothing to type).
    "intro_room": "Vraagt je docent om je antwoord te delen? Typ het adres met de sessiecode van de docent. "
                  "Kies dan Deel met de groep. Alleen dit antwoord gaat naar de docent, zonder je naam.",
    "intro_hub": "Vraagt je docent om je antwoord te delen? Kies Deel met de groep. Alleen dit antwoord gaat naar "
                 "de docent, zonder je naam.",
}
_session: tuple[str, str] | None = None  # (server URL, code) after start()


@dataclass(frozen=True)
class Result:
    status: str  # sent, replaced, closed, no_code, no_connection, wrong_code, invalid, malformed
    message: str  # Dutch, for the trainee

    @property
    def ok(self) -> bool:
        return self.status in ("sent", "replaced")

    def __str__(self) -> str:
        return self.message


def parse_address(text: str) -> tuple[str, str] | None:
    """``"192.168.1.20:8765/K7P2QX"`` (with or without http://) as (server URL, code); None if not one."""
    found = re.fullmatch(r"\s*(https?://)?([^/\s]+)/+([A-Za-z0-9 -]{4,20})/?\s*", str(text or ""))
    if not found:
        return None
    return f"{found.group(1) or 'http://'}{found.group(2)}", found.group(3)


def start(address: str) -> bool:
    """Remember the session the trainer shows, for every share from this notebook."""
    global _session
    parsed = parse_address(address)
    if parsed is None:
        print("Dit adres klopt niet. Typ het zoals de docent het laat zien, bijvoorbeeld 192.168.1.20:8765/K7P2QX.")
        return False
    _session = parsed
    print("Gelukt: je kunt nu delen met de knop 'Deel met de groep'.")
    return True


def hub_service() -> tuple[str, str] | None:
    """(the live service's URL, this trainee's hub token) on the course's hub, else None."""
    url, token = os.environ.get("ACADEMY_LIVE_URL"), os.environ.get("JUPYTERHUB_API_TOKEN")
    return (url, token) if url and token else None


def send(question: str, answer, address: str | None = None) -> Result:
    """Share ``answer`` to ``question`` (one of QUESTIONS): the hub's service, or the room's server."""
    body = {"question": question, "trainee": TRAINEE, "answer": answer}
    headers = {"Content-Type": "application/json"}
    hub = None if address else hub_service()
    if hub:
        url = hub[0].rstrip("/") + "/share"
        headers["Authorization"] = f"token {hub[1]}"
    else:
        session = parse_address(address) if address else _session
        if session is None:
            return Result("no_code", MESSAGES["no_code"])
        url, body["code"] = session[0] + "/share", session[1]
    request = urllib.request.Request(url, json.dumps(body).encode(), headers, method="POST")
    try:
        with urllib.request.urlopen(request, timeout=TIMEOUT) as response:
            reply = json.loads(response.read())
    except urllib.error.HTTPError as refused:
        try:
            reply = json.loads(refused.read())
        except ValueError:
            return Result("no_connection", MESSAGES["no_connection"])
    except (OSError, ValueError):
        return Result("no_connection", MESSAGES["no_connection"])
    return Result(str(reply.get("status", "malformed")), str(reply.get("message", MESSAGES["no_connection"])))
