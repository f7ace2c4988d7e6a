"""Inputs of the "Why probabilities?" page and its link: the leaf's score, the learning rate.

Every setting is kept in the link (``read_link`` / ``write_link``) whichever tab is open, and the
links of earlier versions of the page keep working: ``?why_preset=(0, 1)`` and ``?why_leaf=2.5``
set the leaf's score, ``?why_view=attention`` opens the attention page (see ``page.py``).
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass
from typing import Any

import streamlit as st

from core.user_input import InputError, parse_number
from ui.i18n import tr
from ui.link_params import is_history_navigation, link_to_read, set_params

LEAF, LR = "why_leaf", "why_lr"
FLOWER = 1.0  # the flower's score stays at the article's 1: one control, the leaf's score
ARTICLE = (5.0, 1.0)  # the article's output for a picture of a leaf
WRONG = (0.0, 1.0)  # the wrong answer the article compares it with
LEAF_SLIDER = (-3.0, 8.0, 5.0, 0.5)  # min, max, default, step of the leaf's score
LR_SLIDER = (0.0, 10.0, 1.0, 0.05)  # the same for the learning rate
# Old links: the preset radio held its shown label; "(z₁, z₂)" meant "the typed boxes".
LEGACY_PRESETS = {"(5, 1)": 5.0, "(0, 1)": 0.0}
LEGACY_CUSTOM = "(z₁, z₂)"


SLIDERS = {LEAF: (LEAF_SLIDER, "why.s1.leaf"), LR: (LR_SLIDER, "why.s2.lr")}  # key: (spec, text key)


def slider(key: str) -> float:
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
    default: Any
    parse: Callable[[str], Any]  # the URL's text -> the widget's value, None if unusable


def _fmt(x: float) -> str:
    return f"{x:g}"


def _slider_param(low: float, high: float, default: float, step: float) -> _Param:
    """A slider's value in the URL: a number in [low, high] (read by parse_number), on the slider's steps."""

    def parse(text: str) -> float | None:
        try:
            value = parse_number(text, low, high)
        except InputError:
            return None
        return round(low + round((value - low) / step) * step, 10)

    return _Param(default, parse)


LINK: dict[str, _Param] = {LEAF: _slider_param(*LEAF_SLIDER), LR: _slider_param(*LR_SLIDER)}


def read_link() -> bool:
    """The page's first run in a session, and a Back or Forward: the link's usable settings become
    the widgets' values (after Back, a setting the address leaves out is back at its default).

    Returns True on such a run if the link held a value no widget can take (a learning rate of
    1e308, a flower's score other than 1, an unknown preset): it is dropped, the widget keeps its
    default, and the page says so.
    """
    if not link_to_read(URL_READ):
        return False
    dropped = False
    for key, param in LINK.items():
        text = st.query_params.get(key)
        value = None if text is None else param.parse(text)
        if value is not None:
            st.session_state[key] = value
        elif is_history_navigation():
            st.session_state[key] = param.default
        dropped |= text is not None and value is None
    preset, flower = st.query_params.get("why_preset"), st.query_params.get("why_flower")
    if preset in LEGACY_PRESETS and "why_leaf" not in st.query_params:
        st.session_state[LEAF] = LEGACY_PRESETS[preset]
    dropped |= preset is not None and preset not in LEGACY_PRESETS and preset != LEGACY_CUSTOM
    dropped |= flower is not None and LINK[LEAF].parse(flower) != FLOWER
    return dropped


def write_link() -> None:
    """Mirror every setting to ``?key=``, whichever tab is open (defaults left out); an old link's
    parameters leave in the same message (read or not, they are now in the settings)."""
    values = {key: st.session_state.get(key, param.default) for key, param in LINK.items()}
    settings = {key: None if v == LINK[key].default else _fmt(v) for key, v in values.items()}
    set_params({**settings, "why_preset": None, "why_flower": None})
