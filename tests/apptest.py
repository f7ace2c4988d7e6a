"""Helpers for AppTest page tests: open a page in a language, read the Plotly figures shown."""

from __future__ import annotations

import base64
import json
import re
from html.parser import HTMLParser
from pathlib import Path
from typing import Any

import numpy as np
from streamlit.testing.v1 import AppTest

from core.i18n import LANGUAGES
from ui.i18n import language_script
from ui.page_style import CSS as PAGE_CSS
from ui.start_stop import KEEP_FOCUS

ROOT = Path(__file__).resolve().parent.parent
APP = str(ROOT / "app.py")


APP_HTML = {PAGE_CSS, KEEP_FOCUS, *(language_script(language) for language in LANGUAGES)}


def page_html(at: AppTest) -> list:
    """The page's own ``st.html`` elements: without the style rules and the ``<html lang>`` script that
    app.py adds to every page, and without ``ui.start_stop``'s focus script (each left out only as
    exactly that text: a test that looks for a visitor's ``<script>`` in the page's HTML must still
    find it)."""
    return [element for element in at.get("html") if element.proto.body not in APP_HTML]


class _SampleGroups(HTMLParser):
    """Reads ``core.charts.samples.samples_html`` back: [(title, [[prompt, continuation], ...]), ...]."""

    def __init__(self) -> None:
        super().__init__()
        self.groups: list[tuple[str, list[list[str]]]] = []
        self.stack: list[str] = []

    def handle_starttag(self, tag, attrs):
        cls = dict(attrs).get("class") or ""
        self.stack.append(cls)
        if cls == "cmp-group":
            self.groups.append(("", []))
        elif cls == "cmp-line":
            self.groups[-1][1].append(["", ""])

    def handle_endtag(self, tag):
        self.stack.pop()

    def handle_data(self, data):
        if "cmp-title" in self.stack[-1:]:
            self.groups[-1] = (self.groups[-1][0] + data, self.groups[-1][1])
        elif "cmp-prompt" in self.stack:
            self.groups[-1][1][-1][0] += data
        elif "cmp-cont" in self.stack and self.stack[-1] != "cmp-mark":
            self.groups[-1][1][-1][1] += data


def sample_groups(at: AppTest, index: int = 0) -> list[tuple[str, list[list[str]]]]:
    """The groups of lines in the page's ``index``-th ``st.html`` block of samples (0: the first)."""
    parser = _SampleGroups()
    parser.feed(page_html(at)[index].proto.body)
    return parser.groups


def open_page(page: str | None, lang: str = "en", timeout: float = 30, **query: str) -> AppTest:
    """Run the app with ``?lang=`` (and other query parameters) and switch to ``app_pages/<page>.py``."""
    at = AppTest.from_file(APP, default_timeout=timeout)
    at.query_params["lang"] = lang
    for key, value in query.items():
        at.query_params[key] = value
    at.run()
    if page is not None:
        at.switch_page(f"app_pages/{page}/page.py").run()
    assert not at.exception, [e.message for e in at.exception]
    return at


def open_link(page: str, lang: str = "en", timeout: float = 30, **query: str) -> AppTest:
    """Open ``/<page>?lang=..&query`` as a new visitor following a link would.

    AppTest finds a page by its script path only once ``st.navigation`` has registered the pages
    (before that it guesses from the file name, and every script is ``page.py``), so a first run
    registers them; the link's parameters are then sent with the page's first run, where the page
    reads them. The language is seeded the way the sidebar keeps it.
    """
    at = AppTest.from_file(APP, default_timeout=timeout)
    at.session_state["lang"] = lang
    at.run()
    at.query_params.clear()
    at.query_params.update(query)
    at.switch_page(f"app_pages/{page}/page.py").run()
    assert not at.exception, [e.message for e in at.exception]
    return at


def open_tab(at: AppTest, key: str, label: str) -> AppTest:
    """Click the tab ``label`` of the tabs ``key`` (a lazy tab draws its content only when open)."""
    at.session_state[key] = label
    at.run()
    assert not at.exception, [e.message for e in at.exception]
    return at


def _decode(value: Any) -> Any:
    """Plotly sends numeric arrays as {"dtype", "bdata"}; turn them back into lists."""
    if isinstance(value, dict):
        if set(value) >= {"dtype", "bdata"}:
            array = np.frombuffer(base64.b64decode(value["bdata"]), dtype=value["dtype"])
            if "shape" in value:
                shape = [int(n) for n in str(value["shape"]).split(",")]
                array = array.reshape(shape)
            return array.tolist()
        return {k: _decode(v) for k, v in value.items()}
    if isinstance(value, list):
        return [_decode(v) for v in value]
    return value


def figures(at: AppTest) -> list[dict]:
    """Every Plotly figure on the page, as plain JSON with arrays decoded."""
    return [_decode(json.loads(el.proto.spec)) for el in at.get("plotly_chart")]


def figure(at: AppTest, key: str) -> dict:
    """The Plotly figure drawn with ``st.plotly_chart(..., key=key)``."""
    for el in at.get("plotly_chart"):
        if el.proto.id.endswith(key) or key in el.proto.id:
            return _decode(json.loads(el.proto.spec))
    raise KeyError(f"no plotly chart with key {key!r}")


def said_aloud(at: AppTest) -> str:
    """The screen reader's line (``ui.live_region``): the text of the page's one polite live region."""
    (line,) = [m.value for m in at.markdown if 'aria-live="polite"' in m.value]
    return re.sub(r"<[^>]+>", "", line).replace("\\", "")


def all_text(at: AppTest) -> str:
    """The visible text of markdown, captions, metrics, alerts and headers, joined."""
    parts: list[str] = []
    for kind in (
        "title",
        "header",
        "subheader",
        "markdown",
        "caption",
        "text",
        "latex",
        "error",
        "warning",
        "info",
        "success",
    ):
        parts.extend(str(el.value) for el in getattr(at, kind))
    for m in at.metric:
        parts.extend([str(m.label), str(m.value)])
    return "\n".join(parts)
