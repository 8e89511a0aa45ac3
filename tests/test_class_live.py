"""Live class results in a room: ``class-live`` on the trainer's laptop, trainees sharing answers.

The server runs as a real process (tools/live_session.py). Trainees share from real kernels
(academy.share) and from the widget's own browser code on the built site; the trainer's page is
read in Chromium. Every refusal a trainee can meet is tried: no code, a wrong code, a malformed
request, a closed session; a trainee can read neither the page nor anyone's answer.
"""

from __future__ import annotations

import csv
import io
import json
import re
import signal

import pytest

from academy import linda
from academy.dialogue import STATEMENT_IDS
from academy_trainer.live_page import results
from academy_trainer.live_store import Session
from academy.widgets.maturity import CATEGORY_IDS, TEAM_SCANS
from tools.hub_classroom import wait_for
from test_site_browser import base_url, browser  # noqa: F401 (fixtures)
from tools.live_session import get, live_server, post, restart, stop

FALLACY = ["C", "E", "F", "D", "A", "B"]  # F above D
SOUND = ["C", "E", "D", "F", "A", "B"]
POLL = dict.fromkeys(STATEMENT_IDS, 4)


def share(server, question, answer, trainee="trainee-0001", code=None):
    return post(f"{server.url}/share", {"code": server.code if code is None else code, "question": question,
                                        "trainee": trainee, "answer": answer})


@pytest.fixture
def server(tmp_path):
    with live_server(tmp_path / "live", "--min-group", "2") as running:
        yield running


def test_a_share_is_kept_and_sharing_again_replaces_it(server, tmp_path):
    status, reply = share(server, "linda", FALLACY)
    assert status == 201 and reply["status"] == "sent" and reply["message"].startswith("Verstuurd")
    status, reply = share(server, "linda", SOUND)
    assert status == 200 and reply["status"] == "replaced" and "al gedeeld" in reply["message"]
    status, reply = share(server, "linda", FALLACY, trainee="trainee-0002", code=server.code.lower())
    assert status == 201 and reply["status"] == "sent", "a code typed in small letters counts"
    log = (server.folder / "answers.jsonl").read_text(encoding="utf-8").splitlines()
    assert [json.loads(line)["answer"] for line in log] == [FALLACY, SOUND, FALLACY], "kept as it arrived"
    assert all(set(json.loads(line)) == {"at", "question", "trainee", "answer"} for line in log), "nothing else"
    assert "trainee-0001" not in "".join(log), "the browser's id is kept keyed with the session's secret only"
    page = get(server.page)[1]
    assert 'data-count="linda">2<' in page, "two trainees, not three shares"
    assert "1 van de 2 zet F" in page and "was dat 85–89%." in page


CODE = "the session's code"
REFUSED = [
    ({"question": "linda", "trainee": "trainee-0001", "answer": FALLACY}, 403, "no_code"),
    ({"code": "AAAAAA", "question": "linda", "trainee": "trainee-0001", "answer": FALLACY}, 403, "wrong_code"),
    (b"{not json", 400, "malformed"),
    (b'["a list"]', 400, "malformed"),
    ({"code": CODE, "question": "linda", "trainee": "trainee-0001"}, 400, "malformed"),
    ({"code": CODE, "question": "rooster", "trainee": "trainee-0001", "answer": 1}, 400, "malformed"),
    ({"code": CODE, "question": "linda", "trainee": "x", "answer": FALLACY}, 400, "malformed"),
    ({"code": CODE, "question": "linda", "trainee": "trainee-0001", "answer": ["F", "D"]}, 422, "invalid"),
    ({"code": CODE, "question": "dialoog", "trainee": "trainee-0001", "answer": {"kans_1": 9}}, 422, "invalid"),
]


def test_a_wrong_request_gets_a_clear_refusal_and_counts_nothing(server):
    for body, status, expected in REFUSED:
        if isinstance(body, dict) and body.get("code") == CODE:
            body = {**body, "code": server.code}
        answer, reply = post(f"{server.url}/share", body)
        assert (answer, reply["status"]) == (status, expected), body
        assert reply["message"] and reply["message"][0].isupper(), "a Dutch sentence the widget shows"
    page = get(server.page)[1]
    assert all(f'data-count="{key}">0<' in page for key in ("linda", "dialoog", "volwassenheid"))


def test_a_trainee_can_read_neither_the_page_nor_an_answer(server):
    share(server, "linda", FALLACY)
    secret = server.page.rstrip("/").rsplit("/", 1)[1]
    for url in (f"{server.url}/docent/{secret[:-1]}x/", f"{server.url}/docent/", f"{server.url}/docent/{server.code}/",
                f"{server.url}/docent/{secret[:-1]}x/export.csv"):
        assert get(url)[0] in (403, 404), url
    status, text = get(f"{server.url}/share")
    assert status == 405 and "FCEDAB" not in text.replace('", "', "")
    status, text = get(f"{server.url}/")
    assert status == 200 and "Deel met de groep" in text and server.code not in text


def test_a_crash_loses_nothing_and_the_session_goes_on(tmp_path):
    with live_server(tmp_path / "live", "--min-group", "1") as first:
        share(first, "linda", FALLACY)
        share(first, "volwassenheid", TEAM_SCANS[0])
        first.process.send_signal(signal.SIGKILL)
        again = restart(first, tmp_path / "live", "--min-group", "1")
        try:
            assert again.code == first.code, "the same session, resumed"
            assert again.page.split("/docent/")[1] == first.page.split("/docent/")[1], "the same page"
            page = get(again.page)[1]
            assert 'data-count="linda">1<' in page and 'data-count="volwassenheid">1<' in page
            assert share(again, "linda", SOUND)[1]["status"] == "replaced"
        finally:
            stop(again)


def test_closing_refuses_new_shares_and_exports_the_aggregate(server):
    for at, ranking in enumerate([FALLACY, FALLACY, SOUND]):
        share(server, "linda", ranking, trainee=f"trainee-000{at}")
    base = server.page.rstrip("/")
    assert post(f"{base}/sluiten", b"", {"Content-Type": "application/x-www-form-urlencoded"})[0] in (200, 302)
    status, reply = share(server, "linda", SOUND, trainee="trainee-0009")
    assert status == 410 and reply["status"] == "closed" and "gesloten" in reply["message"]
    rows = list(csv.DictReader(io.StringIO(get(f"{base}/export.csv")[1])))
    linda_rows = {(r["onderdeel"], r["maat"]): r["waarde"] for r in rows if r["vraag"] == "linda"}
    assert linda_rows[("", "antwoorden")] == "3" and linda_rows[("F boven D", "aantal")] == "2"
    assert {r["vraag"] for r in rows} == {"linda", "dialoog", "volwassenheid"}
    markdown = get(f"{base}/export.md")[1]
    assert "2 van de 3 zetten F" in markdown and "trainee-000" not in markdown
    page = get(server.page)[1]
    assert "gesloten" in page and 'http-equiv="refresh"' not in page
    assert "resultaten.csv" in {p.name for p in server.folder.iterdir()}, "closing wrote the export to disk"

    status, reply = post(f"{base}/nieuw", b"", {"Content-Type": "application/x-www-form-urlencoded"})
    code = re.search(r'class="code">(\w+)<', reply["html"]).group(1)
    assert status == 200 and code != server.code and 'data-count="linda">0<' in reply["html"], "a new, empty session"
    assert get(server.page)[0] == 403, "the old page's address is done"
    assert share(server, "linda", SOUND, code=code)[0] == 201
    assert share(server, "linda", SOUND)[1]["status"] == "wrong_code", "the old code is done"


def test_in_a_notebook_the_widgets_python_side_shares_what_the_view_shows(server, monkeypatch):
    """The hub's route in Lab: the view asks Python ("share"), Python sends the synced answer and says how it went."""
    from academy import share
    from academy.widgets import maturity, poll, ranking

    monkeypatch.delenv("ACADEMY_LIVE_URL", raising=False)
    monkeypatch.setattr(share, "_session", None)
    views = {"linda": ranking.view(), "dialoog": poll.view(), "volwassenheid": maturity.view()}
    replies = []
    for view in views.values():
        assert view.share_hub is False and view.share_messages == share.MESSAGES, "no hub here: the browser sends"
        monkeypatch.setattr(view, "send", replies.append)
    views["linda"]._share(views["linda"], {"type": "share"}, [])
    assert replies[-1] == {"type": "shared", "status": "no_code", "message": share.MESSAGES["no_code"]}
    share.start(server.address)
    views["linda"].order = FALLACY  # as a click in the view syncs it
    views["volwassenheid"].answers = TEAM_SCANS[1]
    for view in views.values():
        view._share(view, {"type": "share"}, [])
    assert [r["status"] for r in replies[1:]] == ["sent", "invalid", "sent"], "the poll was not filled in yet"
    assert "Kies bij elke stelling" in replies[2]["message"]
    log = [json.loads(line) for line in (server.folder / "answers.jsonl").read_text(encoding="utf-8").splitlines()]
    assert [(r["question"], r["answer"]) for r in log] == [("linda", FALLACY), ("volwassenheid", TEAM_SCANS[1])]
    monkeypatch.setenv("ACADEMY_LIVE_URL", "http://127.0.0.1:9/services/class-live/")
    monkeypatch.setenv("JUPYTERHUB_API_TOKEN", "a-token")
    assert ranking.view().share_hub is True, "on the hub the view leaves sending to Python"


def test_below_the_minimum_only_the_number_of_answers_shows(tmp_path):
    session = Session.create(tmp_path)
    for at in range(4):
        session.share("dialoog", f"trainee-000{at}", POLL)
        session.share("volwassenheid", f"trainee-000{at}", TEAM_SCANS[at])
    shown = {part.key: part for part in results(session, minimum=5)}
    assert shown["dialoog"].answered == 4 and not shown["dialoog"].shown
    assert shown["dialoog"].rows == [("", "antwoorden", 4)], "no spread below five answers"
    session.share("dialoog", "trainee-0005", POLL)
    shown = {part.key: part for part in results(session, minimum=5)}
    assert shown["dialoog"].shown and ("kans_1", "eens", 5) in shown["dialoog"].rows
    assert not shown["volwassenheid"].shown
    averages = {part.key: part for part in results(session, minimum=4)}["volwassenheid"].detail
    assert set(averages) == set(CATEGORY_IDS) and averages["datakwaliteit"] == 1.75


@pytest.mark.slow
@pytest.mark.browser
def test_three_kernels_share_and_the_trainers_page_shows_the_counts(server, browser):  # noqa: F811 (a fixture)
    from test_errors import Kernel

    kernels = [Kernel(f"cursist-{n}.ipynb") for n in range(3)]
    try:
        page = browser.new_page()
        page.goto(server.page)
        assert page.locator('[data-count="linda"]').inner_text() == "0"
        said = []
        for at, (kernel, ranking) in enumerate(zip(kernels, [FALLACY, FALLACY, SOUND])):
            start = f"share.start({server.address!r})" if at else ""  # the first types the address per share
            address = "" if at else f", address={server.address!r}"
            said.append(kernel.run(f"from academy import share\n{start}\n"
                                   f"print(share.send('linda', {ranking!r}{address}).status)")["text"])
        said.append(kernels[1].run(f"print(share.send('linda', {SOUND!r}).status)")["text"])  # changed her mind
        said.append(kernels[2].run("print(share.send('linda', ['F', 'F']).message)")["text"])
        said.append(kernels[0].run(f"print(share.send('linda', {FALLACY!r}, address='127.0.0.1:9/AAAAAA').status)")["text"])
        for kernel, scan in zip(kernels, TEAM_SCANS):
            kernel.run(f"share.send('volwassenheid', {scan!r}, address={server.address!r})")
        assert said[0].split() == ["sent"] and said[1].split()[-1] == "sent" and said[2].split()[-1] == "sent"
        assert said[3].split() == ["replaced"] and "rangorde" in said[4] and said[5].split() == ["no_connection"]
        # The page refreshes itself: no reload by the test.
        wait_for(lambda: page.locator('[data-count="linda"]').inner_text() == "3", "the page to show 3 answers", 60)
        assert "1 van de 3 zet F" in page.inner_text("#linda")
        radar = page.locator("#radar svg")  # drawn by the maturity widget's own script
        assert "Gemiddelde van de groep" in radar.get_attribute("aria-label") and radar.locator("polygon").count() > 5
    finally:
        for kernel in kernels:
            kernel.stop()



@pytest.mark.slow
@pytest.mark.browser
def test_the_widget_on_the_static_page_shares_by_keyboard(server, browser, base_url):  # noqa: F811 (fixtures)
    page = browser.new_page()
    page.goto(f"{base_url}book/chapters/06-linda/linda.html")
    widget = page.locator(".academy-ranking").first
    assert "zonder je naam" in widget.inner_text(), "the widget says what leaves"
    status = widget.locator(".academy-share-status")
    button = widget.get_by_role("button", name="Deel met de groep")
    button.focus()
    page.keyboard.press("Enter")
    page.wait_for_function("s => s.dataset.status === 'no_code'", arg=status.element_handle())
    assert status.inner_text().startswith("Geen sessiecode")

    widget.get_by_label("Adres met sessiecode van de docent").focus()
    page.keyboard.type(server.address)
    widget.get_by_role("button", name="B lager (minder waarschijnlijk)").focus()
    page.keyboard.press("Enter")  # moves B, as the trainee ranks
    button.focus()
    page.keyboard.press("Enter")
    page.wait_for_function("s => s.dataset.status === 'sent'", arg=status.element_handle())
    assert status.inner_text().startswith("Verstuurd")
    page.keyboard.press("Enter")
    page.wait_for_function("s => s.dataset.status === 'replaced'", arg=status.element_handle())
    assert "al gedeeld" in status.inner_text()
    order = widget.locator("li[data-letter]").evaluate_all("rows => rows.map(row => row.dataset.letter)")
    log = (server.folder / "answers.jsonl").read_text(encoding="utf-8").splitlines()
    assert [json.loads(line)["answer"] for line in log][-1] == order == ["A", "C", "B", "D", "E", "F"], \
        "only the order left the page"

    page.goto(f"{base_url}book/chapters/09-afronding/afronding.html")
    scan = page.locator(".academy-scale").first
    assert scan.get_by_label("Adres met sessiecode van de docent").input_value() == server.address, "typed once"
    scan.get_by_role("button", name="Deel met de groep").click()
    scan_status = scan.locator(".academy-share-status")
    page.wait_for_function("s => s.dataset.status === 'invalid'", arg=scan_status.element_handle())
    assert "nog geen niveau gekozen" in scan_status.inner_text(), "the scan's own Dutch check, from the server"

    post(server.page.rstrip("/") + "/sluiten", b"", {"Content-Type": "application/x-www-form-urlencoded"})
    page.go_back()
    page.locator(".academy-ranking").get_by_role("button", name="Deel met de groep").click()
    page.wait_for_function("s => s.dataset.status === 'closed'",
                           arg=page.locator(".academy-ranking .academy-share-status").element_handle())
    stop(server)
    page.locator(".academy-ranking").get_by_role("button", name="Deel met de groep").click()
    page.wait_for_function("s => s.dataset.status === 'no_connection'",
                           arg=page.locator(".academy-ranking .academy-share-status").element_handle())
    assert "Geen verbinding" in page.locator(".academy-ranking .academy-share-status").inner_text()
    page.close()

