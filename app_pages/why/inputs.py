"""Inputs of the "Why probabilities?" page and its link: the leaf's score, the learning rate.

Every setting is kept in the link (``read_link`` / ``write_link``) whichever tab is open, and the
links of earlier versions of the page keep working: ``?why_preset=(0, 1)`` and ``?why_leaf=2.5``
set the leaf's score, ``?why_view=attention`` opens the attention page (see ``page.py``).
"""

from __future__ import annotations

from dataclasses import dataclass, replace

import streamlit as st

from core.url_values import UrlNumber, parse_url_number
from ui import url_guard
from ui.i18n import tr
from ui.link_params import is_history_navigation, link_to_read, set_params

LEAF, LR = "why_leaf", "why_lr"
FLOWER = 1.0  # the flower's score stays at the article's 1: one control, the leaf's score
ARTICLE = (5.0, 1.0)  # the article's output for a picture of a leaf
WRONG = (0.0, 1.0)  # the wrong answer the article compares it with
LEAF_SLIDER = (-3.0, 8.0, 5.0, 0.5)  # min, max, default, step of the leaf's score
LR_SLIDER = (0.0, 10.0, 1.0, 0.05)  # the same for the learning rate
READOUT = "%g"  # "5", "2.5", "0.05": as the article and the temperature slider write numbers, not "5.00"
# Old links: the preset radio held its shown label; "(z₁, z₂)" meant "the typed boxes".
LEGACY_PRESETS = {"(5, 1)": 5.0, "(0, 1)": 0.0}
LEGACY_CUSTOM = "(z₁, z₂)"


SLIDERS = {LEAF: (LEAF_SLIDER, "why.s1.leaf"), LR: (LR_SLIDER, "why.s2.lr")}  # key: (spec, text key)


def slider(key: str, width: int | str = "stretch") -> float:
    """One of the page's two sliders (LEAF, its main control, or LR), kept for the session; its
    value from the link on a first run or after Back (``read_link``)."""
    (low, high, default, step), text = SLIDERS[key]
    return st.slider(
        tr(text),
        low,
        high,
        _default(key, default),
        step,
        key=key,
        persist_state="session",
        help=tr(f"{text}.help"),
        width=width,
        format=READOUT,
    )


def _default(key: str, default: float) -> float | None:
    """The widget's default, or None once the link has put its value in session state (Streamlit
    logs a warning for a widget given both)."""
    return None if key in st.session_state else default


# ---------------------------------------------------------------------------- the link
# Written by hand, not with bind="query-params": Streamlit drops a bound widget's parameter from
# the URL in every run that does not draw the widget, and a closed lazy tab draws nothing, so a
# link copied on tab 2 would lose tab 1's score. The widgets keep their values while hidden
# (persist_state="session"); the link is read on the session's first run and after Back or Forward,
# and written every other run.
URL_READ = "why_url_read"  # session state: the link has been read


@dataclass(frozen=True)
class _Param:
    """A slider's setting in the link: its range, default and step (the slider's own numbers)."""

    low: float
    high: float
    default: float
    step: float

    def read(self, text: str) -> UrlNumber:
        """The URL's text as the slider's value: a number in [low, high], snapped to the slider's steps."""
        number = parse_url_number(text, "float", self.low, self.high)
        if not number.ok:
            return number
        snapped = round(self.low + round((number.value - self.low) / self.step) * self.step, 10)
        return replace(number, value=snapped)


def _fmt(x: float) -> str:
    return f"{x:g}"


LINK: dict[str, _Param] = {LEAF: _Param(*LEAF_SLIDER), LR: _Param(*LR_SLIDER)}


def read_link() -> list[str]:
    """The page's first run in a session, and a Back or Forward: the link's usable settings become
    the widgets' values (after Back, a setting the address leaves out is back at its default).

    Returns the notices for such a run's link values no widget can take: each is dropped and its
    widget keeps its default. A slider's value (a learning rate of 1e308) is named by the slider's
    label, with the reason; an old link's unknown preset or a flower's score other than 1 get one
    notice together.
    """
    if not link_to_read(URL_READ):
        return []
    notices = []
    for key, param in LINK.items():
        text = st.query_params.get(key)
        number = None if text is None else param.read(text)
        if number is not None and number.ok:
            st.session_state[key] = number.value
        elif is_history_navigation():
            st.session_state[key] = param.default
        if number is not None and not number.ok:
            why = url_guard.reason(number.error, param.low, param.high)
            notices.append(tr("url.value_ignored", label=tr(SLIDERS[key][1]), reason=why))
    preset, flower = st.query_params.get("why_preset"), st.query_params.get("why_flower")
    if preset in LEGACY_PRESETS and "why_leaf" not in st.query_params:
        st.session_state[LEAF] = LEGACY_PRESETS[preset]
    legacy = preset is not None and preset not in LEGACY_PRESETS and preset != LEGACY_CUSTOM
    if legacy or (flower is not None and LINK[LEAF].read(flower).value != FLOWER):
        notices.append(tr("url.ignored"))
    return notices


def write_link() -> None:
    """Mirror every setting to ``?key=``, whichever tab is open (defaults left out); an old link's
    parameters leave in the same message (read or not, they are now in the settings)."""
    values = {key: st.session_state.get(key, param.default) for key, param in LINK.items()}
    settings = {key: None if v == LINK[key].default else _fmt(v) for key, v in values.items()}
    set_params({**settings, "why_preset": None, "why_flower": None})
