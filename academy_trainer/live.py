"""``python -m academy_trainer class-live``: the class's answers, live, on the trainer's page.

Trainees press "Deel met de groep" in the Linda ranking, the poll or the maturity scan; the
widget (or the kernel, academy/share.py) POSTs that one answer to ``<server>/share``. The
server stores it (academy_trainer/live_store.py) and the trainer's page counts it
(academy_trainer/live_page.py). Two ways to run:

- On the trainer's laptop in a room: trainees send the session code with every share; the page,
  closing and export sit under a secret path printed only in the trainer's terminal. Nothing
  a trainee can send reads anything back but "sent" or why not.
- On the hub (``--hub``, a JupyterHub service, hub/jupyterhub_config.py): a share carries the
  trainee's hub token (their server's ``$JUPYTERHUB_API_TOKEN``), so no code is typed; the page
  opens through the hub's login (OAuth) for members of the trainers' Linux group only.
"""

from __future__ import annotations

import grp
import hashlib
import hmac
import json
import os
import secrets
import socket
import sys
from pathlib import Path
from urllib.parse import urlparse

from tornado import httpserver, ioloop, netutil, web

from academy_trainer.live_page import export_csv, export_markdown, page, results
from academy_trainer.live_store import Refused, Session, normal_code

MAX_BODY = 64 * 1024  # a share is a few hundred bytes


class Live:
    """The running session and the minimum group size: what the handlers share."""

    def __init__(self, session: Session, minimum: int, data_dir: Path):
        self.session, self.minimum, self.data_dir = session, minimum, data_dir

    def parts(self):
        return results(self.session, self.minimum)

    def renew(self) -> None:
        """After closing: the next session (a new code and, on the laptop, a new page address)."""
        self.session = Session.create(self.data_dir)

    def close(self) -> list[Path]:
        """Close the session and write its export next to its answers; the files."""
        self.session.close()
        parts = self.parts()
        written = []
        for name, text in (("resultaten.csv", export_csv(self.session, parts)),
                           ("resultaten.md", export_markdown(self.session, parts))):
            (self.session.folder / name).write_text(text, encoding="utf-8")
            written.append(self.session.folder / name)
        return written


def _reply(handler: web.RequestHandler, status: int, body: dict) -> None:
    handler.set_status(status)
    handler.set_header("Content-Type", "application/json; charset=utf-8")
    handler.set_header("Cache-Control", "no-store")
    handler.finish(json.dumps(body, ensure_ascii=False))


class ShareHandler(web.RequestHandler):
    """POST one answer. Answers only "sent"/"replaced" or why not; never anyone's answers."""

    def initialize(self, live: Live):
        self.live = live

    def set_default_headers(self):
        # The static site and Lab are other origins than this server; no cookies are involved.
        self.set_header("Access-Control-Allow-Origin", "*")
        self.set_header("Access-Control-Allow-Methods", "POST, OPTIONS")
        self.set_header("Access-Control-Allow-Headers", "Content-Type, Authorization")
        self.set_header("Access-Control-Allow-Private-Network", "true")  # a public site -> a laptop in the room

    def options(self):
        self.set_status(204)
        self.finish()

    def check_xsrf_cookie(self):
        pass  # a share is authorised by its code or token, never by a cookie

    def trainee(self, body: dict) -> str:
        """The trainee's id for this share; :class:`Refused` without the session's code."""
        code = body.get("code")
        if not isinstance(code, str) or not code.strip():
            raise Refused("no_code", "Geen sessiecode: typ eerst de sessiecode die de docent laat zien.", 403)
        if not hmac.compare_digest(normal_code(code).encode(), self.live.session.code.encode()):
            raise Refused("wrong_code", "Deze sessiecode klopt niet. Kijk goed wat de docent laat zien.", 403)
        return body.get("trainee")

    def post(self):
        try:
            try:
                body = json.loads(self.request.body or b"")
            except (ValueError, UnicodeDecodeError):
                raise Refused("malformed", "Het verzoek is geen geldig JSON-bericht.", 400) from None
            if not isinstance(body, dict) or "answer" not in body:
                raise Refused("malformed", "Het verzoek mist de vraag of het antwoord.", 400)
            trainee = self.trainee(body)
            status = self.live.session.share(body.get("question"), trainee, body["answer"])
        except Refused as refused:
            return _reply(self, refused.http, {"status": refused.status, "message": refused.message})
        _reply(self, 201 if status == "sent" else 200, {"status": status, "message": SENT[status]})


SENT = {"sent": "Verstuurd: je antwoord telt mee in de groep.",
        "replaced": "Verstuurd. Je had al gedeeld: je nieuwe antwoord vervangt het vorige."}


class TrainerHandler(web.RequestHandler):
    """The page, closing and the export: only for the trainer."""

    code_needed = True  # on the hub trainees type no code

    def initialize(self, live: Live):
        self.live = live

    def allowed(self, secret: str) -> bool:
        return hmac.compare_digest(secret.encode(), self.live.session.secret.encode())

    def prepare(self):
        secret = self.path_kwargs.get("secret", "")
        if not self.allowed(secret):
            raise web.HTTPError(403)
        self.set_header("Cache-Control", "no-store")
        self.set_header("X-Robots-Tag", "noindex")

    def base(self) -> str:
        """The page's own path (the links and the close button are relative to it)."""
        return f"/docent/{self.live.session.secret}/"

    def close_form(self) -> str:
        links = "<p>Exporteer voor de aantekeningen: <a href='{0}export.csv'>CSV</a> · <a href='{0}export.md'>Markdown</a></p>"
        action, button = ("nieuw", "Nieuwe sessie starten") if self.live.session.closed else ("sluiten", "Sessie sluiten")
        form = f"<form method='post' action='{{0}}{action}'>{self.xsrf_field()}<button type='submit'>{button}</button></form>"
        return (form + links).format(self.base())

    def xsrf_field(self) -> str:
        return ""

    def get(self, secret: str = "", what: str = ""):
        parts = self.live.parts()
        if what in ("export.csv", "export.md"):
            csv_wanted = what == "export.csv"
            self.set_header("Content-Type", "text/csv; charset=utf-8" if csv_wanted else "text/markdown; charset=utf-8")
            self.set_header("Content-Disposition", f"attachment; filename=resultaten-{self.live.session.code}.{what[7:]}")
            return self.finish((export_csv if csv_wanted else export_markdown)(self.live.session, parts))
        if what:
            raise web.HTTPError(404)
        self.set_header("Content-Type", "text/html; charset=utf-8")
        self.finish(page(self.live.session, parts, self.close_form(), code_needed=self.code_needed))

    def post(self, secret: str = "", what: str = ""):
        if what == "sluiten":
            self.live.close()
        elif what == "nieuw" and self.live.session.closed:
            self.live.renew()
        else:
            raise web.HTTPError(404 if what != "nieuw" else 409)
        self.redirect(self.base())


class InfoHandler(web.RequestHandler):
    def get(self):
        self.set_header("Content-Type", "text/html; charset=utf-8")
        self.finish('<!doctype html><html lang="nl"><meta charset="utf-8"><title>Deel met de groep</title>'
                    "<p>Dit is de deelserver van de docent. Deel je antwoord met de knop "
                    "<strong>Deel met de groep</strong> onder de oefening.</p></html>")


def laptop_app(live: Live) -> web.Application:
    args = {"live": live}
    return web.Application([
        (r"/share", ShareHandler, args),
        (r"/docent/(?P<secret>[A-Za-z0-9_-]+)/?(?P<what>sluiten|nieuw|export\.csv|export\.md)?", TrainerHandler, args),
        (r"/", InfoHandler),
    ])


def hub_app(live: Live, prefix: str, trainers_group: str) -> web.Application:
    """The same server as a JupyterHub service under ``prefix`` (/services/<name>/)."""
    from jupyterhub.services.auth import HubOAuthCallbackHandler, HubOAuthenticated

    class HubShare(HubOAuthenticated, ShareHandler):  # one HubOAuth for both: it reads tokens too
        def check_xsrf_cookie(self):
            pass  # authorised by the token in the Authorization header, never by a cookie

        def trainee(self, body):
            user = self.current_user  # from the Authorization header: the trainee's server token
            if not user or user.get("kind") != "user":
                raise Refused("no_token", "Delen kan alleen vanuit je eigen omgeving op de JupyterHub.", 403)
            # Any user name fits the id's form; live_store.py keys it with the session's secret: no name on disk.
            return hashlib.sha256(user["name"].encode()).hexdigest()[:32]

    class HubTrainer(HubOAuthenticated, TrainerHandler):
        code_needed = False

        def prepare(self):
            self.set_header("Cache-Control", "no-store")

        @web.authenticated
        def get(self, what: str = ""):
            self.only_trainers()
            super().get("", what)

        @web.authenticated
        def post(self, what: str = ""):
            self.only_trainers()
            super().post("", what)

        def only_trainers(self):
            try:
                members = grp.getgrnam(trainers_group).gr_mem
            except KeyError:
                members = []
            if self.current_user["name"] not in members and trainers_group not in self.current_user.get("groups", []):
                raise web.HTTPError(403, "only trainers can open the class's results")

        def xsrf_field(self) -> str:
            return self.xsrf_form_html()

        def base(self) -> str:
            return f"{prefix}docent/"

    args = {"live": live}
    return web.Application([
        (rf"{prefix}share", HubShare, args),
        (rf"{prefix}docent/?(?P<what>sluiten|nieuw|export\.csv|export\.md)?", HubTrainer, args),
        (rf"{prefix}oauth_callback", HubOAuthCallbackHandler),
        (rf"{prefix}?", InfoHandler),
    ], cookie_secret=secrets.token_bytes(32), xsrf_cookies=True)


def room_address() -> str:
    """This machine's address in the room's network (the route out; no packet is sent)."""
    with socket.socket(socket.AF_INET, socket.SOCK_DGRAM) as probe:
        try:
            probe.connect(("192.0.2.1", 9))  # TEST-NET: only picks the interface
            return probe.getsockname()[0]
        except OSError:
            return "127.0.0.1"


def serve(args, course_root: Path) -> int:
    data_dir = Path(args.data_dir) if args.data_dir else course_root / "class-live"
    data_dir.mkdir(parents=True, exist_ok=True, mode=0o700)
    session = None if args.new else Session.latest_open(data_dir)
    if args.close:
        if session is None:
            print(f"error: no open session in {data_dir} to close", file=sys.stderr)
            return 2
        for path in Live(session, args.min_group, data_dir).close():
            print(f"closed session {session.code}; written {path}")
        return 0
    resumed = session is not None
    session = session or Session.create(data_dir)
    live = Live(session, args.min_group, data_dir)
    if args.hub:
        prefix = os.environ.get("JUPYTERHUB_SERVICE_PREFIX", "/services/class-live/")
        url = os.environ.get("JUPYTERHUB_SERVICE_URL", f"http://127.0.0.1:{args.port}")
        bound = urlparse(url)
        app, host, port = hub_app(live, prefix, args.trainers_group), bound.hostname, bound.port
    else:
        app, host, port = laptop_app(live), args.host, args.port
    server = httpserver.HTTPServer(app, max_body_size=MAX_BODY, xheaders=args.hub)
    sockets = netutil.bind_sockets(port, address=host)
    server.add_sockets(sockets)
    port = sockets[0].getsockname()[1]
    say = "resumed" if resumed else "new"
    if args.hub:
        print(f"class-live: {say} session {session.code} as a hub service on {host}:{port}{prefix}", flush=True)
    else:
        shown = room_address() if host in ("0.0.0.0", "") else host
        print(f"class-live: {say} session, answers kept in {session.folder}\n"
              f"  Session code (show the group): {session.code}\n"
              f"  Trainees type in the widget:   {shown}:{port}/{session.code}\n"
              f"  Your page (keep it to yourself): http://{shown}:{port}/docent/{session.secret}/\n"
              "  Close the session on your page. Ctrl+C stops the server; the answers stay, and class-live "
              "again resumes the session.", flush=True)
    try:
        ioloop.IOLoop.current().start()
    except KeyboardInterrupt:
        print("stopped; the answers are kept. Run class-live again to resume the session.", flush=True)
    return 0
