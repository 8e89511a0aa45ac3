"""Widget views that run in the browser: the same in JupyterLab, JupyterLite and on the static site.

Each view is an ``anywidget.AnyWidget``: its drawing and logic are an ES
module (``academy/widgets/js/<name>.js``, with ``common.js`` in front) that
travels in the widget's state, together with everything it needs, computed
here once (the deck, a table and a chart per slider stop). On the static site
there is no Python, yet every click still works; in a notebook the trainee's
choices come back to Python through the synced traits, where the widget's
pure-Python model (what the chapters' checks read) follows them.

A slider's charts cost about half a second each. With a kernel (JupyterLab,
the hub, JupyterLite, grading) a stop is drawn when the trainee first reaches
it; only the site build (``tools/publish.py`` sets :data:`EVERY_STOP`) draws
every stop beforehand, because the published page has no Python to draw later.
"""

from __future__ import annotations

import os
from pathlib import Path

import anywidget
import traitlets

JS = Path(__file__).with_name("js")
EVERY_STOP = "ACADEMY_DRAW_EVERY_STOP"  # set to "1" while building the static site


def draw_every_stop() -> bool:
    """Whether a slider draws all its stops now (the static site) or each when first reached."""
    return os.environ.get(EVERY_STOP) == "1"


def esm(name: str) -> str:
    """One view's ES module: the shared helpers, then the view's own file."""
    return "\n".join((JS / f"{part}.js").read_text(encoding="utf-8") for part in ("common", name))


class ShareableView(anywidget.AnyWidget):
    """A view with the button "Deel met de groep" (academy/share.py; the controls are in common.js).

    ``share_question`` names the question on the trainer's live page. In a room the browser sends
    the answer itself, to the address the trainee typed. On the course's hub (``share_hub``) the
    view asks Python, which sends :meth:`share_answer` with the trainee's hub token and answers
    with the Dutch status.
    """

    share_question = traitlets.Unicode().tag(sync=True)
    share_hub = traitlets.Bool(False).tag(sync=True)
    share_messages = traitlets.Dict().tag(sync=True)

    def __init__(self, **kwargs):
        from academy import share

        super().__init__(share_hub=share.hub_service() is not None, share_messages=share.MESSAGES, **kwargs)
        self.on_msg(self._share)

    def share_answer(self):
        raise NotImplementedError

    def _share(self, _widget, content, _buffers) -> None:
        if isinstance(content, dict) and content.get("type") == "share":
            from academy import share

            result = share.send(self.share_question, self.share_answer())
            self.send({"type": "shared", "status": result.status, "message": result.message})


class SliderView(anywidget.AnyWidget):
    """A slider over fixed stops, with the HTML to show at each.

    ``stops`` are ``[label, value]`` pairs, ``views`` the HTML per stop
    (``""`` for a stop not drawn yet), ``value`` the chosen stop's value.
    """

    _esm = esm("slider")
    label = traitlets.Unicode().tag(sync=True)
    stops = traitlets.List().tag(sync=True)
    views = traitlets.List(traitlets.Unicode()).tag(sync=True)
    value = traitlets.Any().tag(sync=True)

    @property
    def shown(self) -> str:
        """The HTML the view shows at the current stop."""
        values = [value for _, value in self.stops]
        return self.views[values.index(self.value)]


def slider(label: str, stops: list[tuple[str, object]], start, move, show) -> SliderView:
    """A :class:`SliderView` whose view at each stop is ``show()`` after ``move(value)``.

    ``move`` sets the model. The start's view is drawn now, the others now as
    well when :func:`draw_every_stop`, else when the slider first reaches them;
    afterwards ``move`` follows the slider.
    """
    values = [value for _, value in stops]
    views = []
    for value in values:
        if draw_every_stop() or value == start:
            move(value)
            views.append(show())
        else:
            views.append("")
    move(start)
    widget = SliderView(label=label, stops=[[text, value] for text, value in stops], views=views, value=start)

    def follow(change) -> None:
        move(change["new"])
        index = values.index(change["new"])
        if not widget.views[index]:
            widget.views = [*widget.views[:index], show(), *widget.views[index + 1:]]

    widget.observe(follow, names="value")
    return widget
