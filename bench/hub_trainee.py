"""A trainee at the hub without a browser: the requests a browser makes, and nothing it draws.

For the crowd of ``bench/hub.py``: thirty Chromiums on a 2-core machine measure the browsers,
not the hub. This client makes the same requests to the hub as a trainee's browser does on the
cold route, in order:

1. the login form (``/hub/login``, with its ``_xsrf``), which redirects to the spawn-pending page
   and starts her server; the page's progress stream (``/hub/api/users/<name>/server/progress``)
   until the server is ready;
2. the site's JupyterHub link: ``/hub/user-redirect/git-pull?...`` (the hub's OAuth to her server
   on the way), then nbgitpuller's stream (``/user/<name>/git-pull/api``) until the pull is done;
3. Lab's page for the chapter, the notebook through the contents API, a session with a kernel
   (``POST /api/sessions``), and over the kernel's websocket ``kernel_info`` and then the
   notebook's first code cells, each until its reply, failing on an error output.

What a browser does besides (downloading and running Lab's scripts, drawing) is not done: it
costs the trainee's machine, not the hub (Lab's static files come from her server, cached by the
browser after the first visit).
"""

from __future__ import annotations

import json
import re
import time
import uuid
from urllib.parse import parse_qs, urlsplit

import requests
import websocket

FIRST_CELLS = 2  # chapter 1: the imports with the deck's first rows, and the card table widget
WAIT_SECONDS = 300  # an upper bound per step on a crowded machine, not a timing


class TraineeFailed(Exception):
    """A step of the route did not succeed (the message says which and why)."""


def _events(response: requests.Response):
    """The JSON ``data:`` lines of a server-sent event stream."""
    for line in response.iter_lines(decode_unicode=True):
        if line and line.startswith("data:"):
            yield json.loads(line[5:])


class Trainee:
    def __init__(self, hub_url: str, name: str, password: str):
        self.hub_url, self.name, self.password = hub_url, name, password
        self.session = requests.Session()
        self.marks: dict[str, float] = {}
        self.server = ""  # her server's URL, once the link led there

    def _get(self, url: str, **kwargs) -> requests.Response:
        response = self.session.get(url, timeout=WAIT_SECONDS, **kwargs)
        if response.status_code >= 400:
            raise TraineeFailed(f"GET {urlsplit(url).path}: HTTP {response.status_code}")
        return response

    def log_in(self) -> None:
        """The login form; then the spawn-pending page's progress stream until her server is ready."""
        page = self._get(f"{self.hub_url}/hub/login").text
        xsrf = re.search(r'name="_xsrf"\s+value="([^"]+)"', page).group(1)
        response = self.session.post(f"{self.hub_url}/hub/login?next=", timeout=WAIT_SECONDS,
                                     data={"username": self.name, "password": self.password, "_xsrf": xsrf})
        if response.status_code >= 400 or "/hub/login" in response.url:
            raise TraineeFailed(f"login: HTTP {response.status_code} at {urlsplit(response.url).path}")
        if f"/user/{self.name}/" not in response.url:  # the spawn-pending page: her server is starting
            progress = self._get(f"{self.hub_url}/hub/api/users/{self.name}/server/progress", stream=True)
            with progress:
                for event in _events(progress):
                    if event.get("failed"):
                        raise TraineeFailed(f"server start failed: {event.get('message')}")
                    if event.get("ready"):
                        break
                else:
                    raise TraineeFailed("the progress stream ended before her server was ready")
        self.marks["server ready"] = time.perf_counter()

    def pull(self, link: str) -> str:
        """Follow the chapter's JupyterHub link and run nbgitpuller's pull; the notebook's path in her home."""
        page = self._get(link)  # user-redirect and OAuth to her server: nbgitpuller's page
        server = page.url.split("/git-pull", 1)[0]
        query = {key: values[0] for key, values in parse_qs(urlsplit(link).query).items()}
        self.server = server
        params = {"repo": query["repo"], "branch": query.get("branch"), "depth": query.get("depth")}
        params["targetpath"] = query.get("targetpath") or query["repo"].rstrip("/").rsplit("/", 1)[-1].removesuffix(
            ".git")
        with self._get(f"{server}/git-pull/api", params={k: v for k, v in params.items() if v}, stream=True) as stream:
            for event in _events(stream):
                if event.get("phase") == "error":
                    raise TraineeFailed(f"nbgitpuller: {event.get('message', '')[:300]}")
                if event.get("phase") == "finished":
                    break
            else:
                raise TraineeFailed("nbgitpuller's stream ended without 'finished'")
        self.marks["pulled"] = time.perf_counter()
        return query["urlpath"].removeprefix("lab/tree/")

    def open_notebook(self, path: str) -> tuple[str, list[str]]:
        """Lab's page, the notebook, a new session; its kernel id and the first code cells' sources."""
        self._get(f"{self.server}/lab/tree/{path}")  # sets the server's _xsrf cookie, as for a browser
        notebook = self._get(f"{self.server}/api/contents/{path}", params={"content": 1}).json()["content"]
        cells = ["".join(c["source"]) if isinstance(c["source"], list) else c["source"]
                 for c in notebook["cells"] if c["cell_type"] == "code"][:FIRST_CELLS]
        xsrf = self.session.cookies.get("_xsrf", path=urlsplit(self.server).path + "/") or self.session.cookies.get(
            "_xsrf")
        response = self.session.post(f"{self.server}/api/sessions", timeout=WAIT_SECONDS, headers={"X-XSRFToken": xsrf},
                                     json={"path": path, "name": path.rsplit("/", 1)[-1], "type": "notebook",
                                           "kernel": {"name": "python3"}})
        if response.status_code >= 400:
            raise TraineeFailed(f"new session: HTTP {response.status_code} {response.text[:200]}")
        return response.json()["kernel"]["id"], cells

    def run_cells(self, kernel_id: str, cells: list[str]) -> None:
        """Over the kernel's websocket: kernel_info until it answers, then each cell until its reply."""
        url = re.sub(r"^http", "ws", f"{self.server}/api/kernels/{kernel_id}/channels")
        cookies = "; ".join(f"{c.name}={c.value}" for c in self.session.cookies)
        channel = websocket.create_connection(url, header=[f"Cookie: {cookies}"], timeout=WAIT_SECONDS)
        try:
            self._request(channel, "kernel_info_request", {})
            self.marks["kernel ready"] = time.perf_counter()
            for source in cells:
                reply = self._request(channel, "execute_request", {
                    "code": source, "silent": False, "store_history": True, "user_expressions": {},
                    "allow_stdin": False, "stop_on_error": True})
                if reply["content"]["status"] != "ok":
                    raise TraineeFailed(f"cell failed: {reply['content'].get('ename')}: {reply['content'].get('evalue')}")
        finally:
            channel.close()
        self.marks["cells done"] = time.perf_counter()

    def _request(self, channel, msg_type: str, content: dict) -> dict:
        """Send a shell message; its reply, once the kernel is idle again after it."""
        msg_id = uuid.uuid4().hex
        channel.send(json.dumps({
            "header": {"msg_id": msg_id, "msg_type": msg_type, "username": self.name, "session": uuid.uuid4().hex,
                       "version": "5.3", "date": ""},
            "parent_header": {}, "metadata": {}, "content": content, "channel": "shell", "buffers": []}))
        reply = idle = None
        deadline = time.monotonic() + WAIT_SECONDS
        while not (reply and idle) and time.monotonic() < deadline:
            message = json.loads(channel.recv())
            if message.get("parent_header", {}).get("msg_id") != msg_id:
                continue
            if message["channel"] == "shell":
                reply = message
            elif message["msg_type"] == "status" and message["content"]["execution_state"] == "idle":
                idle = message
        if not (reply and idle):
            raise TraineeFailed(f"no reply to {msg_type}")
        return reply

    def cold_route(self, link: str) -> dict[str, float]:
        """Login -> server ready -> pulled -> kernel ready -> first cells done; seconds of each step."""
        started = time.perf_counter()
        self.log_in()
        kernel, cells = self.open_notebook(self.pull(link))
        self.run_cells(kernel, cells)
        steps, last = {}, started
        for step, mark in self.marks.items():
            steps[step] = round(mark - last, 2)
            last = mark
        steps["total"] = round(last - started, 2)
        return steps
