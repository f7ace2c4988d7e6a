"""Widgets that look and behave the same on every page that uses them."""

from __future__ import annotations

import json
from collections.abc import Callable

import streamlit as st
from streamlit.delta_generator import DeltaGenerator

from core.charts.style import FADED_TEXT
from core.temperature import DEFAULT_TEMPERATURE, TEMPERATURES, format_temperature
from ui.i18n import tr
from ui.link_params import is_history_navigation, set_param
from ui.page_style import PHONE_WIDTH


def temperature_in_link(temperature: float) -> str | None:
    """What ``temperature_slider`` puts in its ``?<key>=`` for this T: its label, none at the default."""
    return None if temperature == DEFAULT_TEMPERATURE else format_temperature(temperature)


def temperature_slider(key: str) -> float:
    """The log-scale temperature slider with T = 0 (greedy) at its left end; bound to ``?<key>=``."""
    return st.select_slider(
        tr("widget.temperature"),
        options=TEMPERATURES,
        value=DEFAULT_TEMPERATURE,
        # Language-independent labels keep ?<key>= valid when the language changes.
        format_func=format_temperature,
        key=key,
        help=tr("widget.temperature.help"),
        bind="query-params",
    )


def view_tabs(
    key: str, views: tuple[str, ...], label: Callable[[str], str], on_change: Callable[[], None] | None = None
) -> tuple[str, DeltaGenerator]:
    """Tabs of which only the open one is drawn: returns the open view's code and its container.

    Streamlit's lazy tabs (``on_change="rerun"``) run the code of the open tab only, so a section
    nobody is looking at costs nothing on a rerun. The open view is kept in session state and
    in ``?<key>=`` as a code from ``views``: a tab's label is translated, so the label cannot be
    what a link or a language switch carries. An unknown ``?<key>=`` opens the first view and
    says so until another tab is chosen. ``on_change`` runs when a tab is clicked, before the rerun.
    """
    code_key, bad_key = f"{key}_code", f"{key}_bad_link"
    labels = [label(v) for v in views]
    if code_key not in st.session_state or is_history_navigation():  # the link decides
        asked = st.query_params.get(key)
        st.session_state[code_key] = asked if asked in views else views[0]
        st.session_state[bad_key] = asked is not None and asked not in views
        clicked = None  # after Back, the browser still reports the tab that was open before it
    else:
        clicked = st.session_state.get(key)  # the label of the open tab, in this run's language
    if clicked in labels and views[labels.index(clicked)] != st.session_state[code_key]:
        st.session_state[code_key] = views[labels.index(clicked)]
        st.session_state[bad_key] = False  # the visitor has moved on from the bad link
    code = st.session_state[code_key]
    st.session_state[key] = labels[views.index(code)]  # after a language switch: the same tab
    if st.session_state[bad_key]:
        st.caption(tr("url.bad_view"))
    tabs = st.tabs(labels, key=key, on_change=on_change or "rerun")
    set_param(key, None if code == views[0] else code)
    return code, tabs[views.index(code)]


def tabs_drawn(key: str) -> bool:
    """Whether ``view_tabs(key, ...)`` has been drawn in this session (it keeps its open view since)."""
    return f"{key}_code" in st.session_state


def rerun_expander(label: str, key: str, icon: str | None = None, expanded: bool = False) -> DeltaGenerator:
    """An expander that reruns when opened or closed (``on_change="rerun"``) and tells ``.open``.

    The caller may draw its content only while it is open, so a closed section costs nothing on a
    rerun (no chart built, sent or drawn in the browser); or a fragment elsewhere may leave a closed
    section out of date, since opening it reruns the page (only the fragment, if it is in one).
    Streamlit drops a widget's state when its page is left, and a new label (a language switch)
    makes a new widget, so the open/closed state is also kept under ``<key>_open`` and given back.
    """
    open_key, label_key = f"{key}_open", f"{key}_label"
    if key not in st.session_state or st.session_state.get(label_key) != label:
        st.session_state[key] = st.session_state.get(open_key, expanded)
    st.session_state[label_key] = label
    box = st.expander(label, key=key, on_change="rerun", icon=icon)
    st.session_state[open_key] = bool(box.open)
    return box


def expander_open(key: str) -> bool:
    """Whether ``rerun_expander(key=key)`` was open when last drawn (False if never drawn)."""
    return bool(st.session_state.get(f"{key}_open", False))


def wide_table(key: str) -> DeltaGenerator:
    """A container for the table keyed ``key``, one that is wider than a phone: on a phone only, a
    line under it says it scrolls sideways. Such a table shows its first columns and hides the rest
    with no sign that there are more (the temperature page's step table showed 3 of its 7). CSS
    decides, as the server does not know the screen's width; the style-only ``st.html`` takes no
    room on the page. (A table's own key gives it no class to style; a container's does.)"""
    box = f"{key}_wide"
    text = json.dumps(tr("table.swipe"), ensure_ascii=False)  # a CSS string: quotes and \\ escaped
    st.html(
        f"<style>@media (max-width: {PHONE_WIDTH}px) {{ .st-key-{box}::after {{ content: {text};"
        f" display: block; font-size: 0.875rem; opacity: {FADED_TEXT}; }} }}</style>"
    )
    return st.container(key=box)
