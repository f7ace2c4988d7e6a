"""Widgets that look and behave the same on every page that uses them."""

from __future__ import annotations

import streamlit as st

from core.temperature import DEFAULT_TEMPERATURE, TEMPERATURES, format_temperature
from ui.i18n import tr


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
