"""nbgitpuller without its half-second naps: a chapter opens as soon as its pull is done.

nbgitpuller (1.3) runs git in a thread and looks for its output every 0.5 s; a trainee's pull
of the course takes about 0.1 s, so she waits up to half a second per look for nothing, on
every visit through the site's JupyterHub button. This server extension makes it look every
50 ms (a queue check: no measurable CPU). The trainees' JupyterLab loads it
(``lab/jupyter_server_config.json``, also on the hub); without nbgitpuller it does nothing.
"""

from __future__ import annotations

POLL_SECONDS = 0.05


class _ShortNaps:
    """tornado.gen for nbgitpuller's handlers, with ``sleep`` capped at POLL_SECONDS."""

    def __init__(self, gen):
        self._gen = gen

    def __getattr__(self, name):
        return getattr(self._gen, name)

    def sleep(self, seconds: float):
        return self._gen.sleep(min(seconds, POLL_SECONDS))


def _jupyter_server_extension_points() -> list[dict]:
    return [{"module": "academy.quick_pull"}]


def _load_jupyter_server_extension(server_app) -> None:
    try:
        from nbgitpuller import handlers
    except ImportError:  # a Lab without nbgitpuller: nothing to speed up
        return
    if not isinstance(handlers.gen, _ShortNaps):
        handlers.gen = _ShortNaps(handlers.gen)
