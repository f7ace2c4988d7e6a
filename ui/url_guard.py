"""Every URL-bound number slider reads its link value through ``core.url_values``; installed once.

Why a patch: a widget created with ``bind="query-params"`` takes its first value from the link
inside Streamlit (``SessionState._seed_widget_from_url`` in ``streamlit/runtime/state/
session_state.py``), before any page code can look at it. Streamlit parses a number with
``float()``, and for a whole number calls ``int()`` on it; ``inf``, ``1e400`` or a 5,000-digit
number makes that raise ``OverflowError``, which the seeding code does not catch: the page would
stop at the widget on every reload, since the link keeps the value. Other bad values are dropped
without a word, and ``1_000`` or ``１２`` are accepted while ``0x10`` is not. (Typed numbers are
text boxes, ``ui.number_box``, which keep a bad link value on screen and explain it.)

The wrapper (a few lines around the original) does, for every URL-bound one-value number
``st.slider`` on every page, with the bounds and whole/decimal kind the slider itself declares:
- a value ``core.url_values.parse_url_number`` accepts is handed on in its plain form, and the
  link is rewritten to it (``?compare_k=５`` → ``?compare_k=5``);
- a value it refuses is removed from the link, the widget starts from its default, and a
  translated notice naming the parameter and the reason is drawn where the widget is drawn.
For a choice widget (radio, selectbox, select_slider, multiselect) a value that is not one of its
choices gets the same notice (Streamlit drops it silently). For every other bound widget, a value
that makes Streamlit raise (``OverflowError`` included) is removed with the notice instead of
breaking the page.

Use: ``install()`` once per run from app.py (idempotent).
"""

from __future__ import annotations

import math
from typing import Any

import streamlit as st
from streamlit.elements.widgets.slider import SliderSerde
from streamlit.proto.Slider_pb2 import Slider as SliderProto
from streamlit.runtime.state.query_params import is_empty_url_value, parse_url_param
from streamlit.runtime.state.session_state import SessionState

from core.url_values import OUT_OF_RANGE, format_url_float, parse_url_number
from ui.i18n import tr

_MARK = "_softmax_url_guard"
UNUSABLE = "unusable"  # a non-number widget's value Streamlit could not read
NOT_OPTION = "not_option"  # a radio, selectbox, select_slider or multiselect value it does not offer
HANDLED = "url_guard_handled"  # session state: parameters a page has read from the link itself


def _bound(value: float) -> str:
    """A bound as a reader writes it: 4294967295, 0.5."""
    return str(value) if isinstance(value, int) else format_url_float(float(value))


def reason(error: str, low: Any = None, high: Any = None) -> str:
    """Why a link value was refused (a ``core.url_values`` error or NOT_OPTION / UNUSABLE), translated;
    ``low`` and ``high`` are the bounds it had to lie within, or a number slider's ends."""
    if error == OUT_OF_RANGE and low is not None:
        return tr("url.reason.out_of_range", low=_bound(low), high=_bound(high))
    if error == NOT_OPTION and low is not None:  # a slider of numbers (the temperatures)
        return tr("url.reason.not_value", low=low, high=high)
    return tr(f"url.reason.{error}")


def _notify(error: str, low: Any = None, high: Any = None) -> None:
    """Say at once, where the widget is about to be drawn (so "the setting below": its label is
    right there, and the link's parameter name would mean nothing to a reader), why the link's
    value was ignored. "Where" is the block a ``with`` has opened: a widget called on a column
    object (``col.slider``) would leave the notice under the whole row, so pages call bound widgets
    as ``st.<widget>`` inside ``with col:`` (tests/ui/test_url_guard.py reads the source for it)."""
    st.warning(tr("url.value_ignored.below", reason=reason(error, low, high)), icon=":material/link_off:")


def _number_widget(metadata) -> tuple[str, float, float] | None:
    """(kind, low, high) for a one-value number slider; None for other widgets."""
    serde = getattr(metadata.deserializer, "__self__", None)
    if isinstance(serde, SliderSerde) and serde.single_value:
        if serde.data_type in (SliderProto.INT, SliderProto.FLOAT):
            kind = "int" if serde.data_type == SliderProto.INT else "float"
            return kind, serde.min_value, serde.max_value
    return None


def _options(metadata) -> list[str] | None:
    """A choice widget's choices as the link writes them; None for other widgets."""
    options = metadata.formatted_options
    serde = getattr(metadata.deserializer, "__self__", None)
    if options is None and isinstance(getattr(serde, "formatted_option_to_index", None), dict):
        options = list(serde.formatted_option_to_index)  # select_slider keeps its choices here
    if options is None or metadata.value_type not in ("string_value", "string_array_value"):
        return None
    return list(options)


def _names_unknown_option(options: list[str] | None, url_value) -> bool:
    """Whether a choice widget's link value names a choice it does not have (exact match, as Streamlit)."""
    values = url_value if isinstance(url_value, list) else [url_value]
    return options is not None and any(v and v not in options for v in values)


def _number_range(options: list[str]) -> tuple[str, str] | None:
    """(first, last) of a choice widget whose choices are all numbers (the temperature slider)."""
    numbers = [parse_url_number(o, "float", -math.inf, math.inf) for o in options]
    return (options[0], options[-1]) if options and all(n.ok for n in numbers) else None


def _wrap_seed(original):
    def seed_checked(self: SessionState, metadata, user_key: str, widget_id: str, url_value) -> bool:
        if user_key in _handled():  # the page has read this link value itself and said what it used
            self._clear_url_param(user_key)
            return False
        number = _number_widget(metadata)
        raw = url_value[-1] if isinstance(url_value, list) and url_value else url_value
        if number is not None and isinstance(raw, str) and not is_empty_url_value(url_value):
            kind, low, high = number
            result = parse_url_number(raw, kind, max(low, -math.inf), min(high, math.inf))
            if not result.ok:
                self._clear_url_param(user_key)
                _notify(result.error, low, high)
                return False
            seeded = original(self, metadata, user_key, widget_id, result.text)
            if seeded and result.text != raw:  # the link says what is used: 12, not １２
                used = metadata.serializer(
                    metadata.deserializer(parse_url_param(result.text, metadata.value_type))
                )
                self.query_params.set_corrected_value(user_key, used, metadata.value_type)
            return seeded
        try:
            seeded = original(self, metadata, user_key, widget_id, url_value)
        except (OverflowError, ValueError, TypeError, IndexError, KeyError):
            self._clear_url_param(user_key)
            _notify(UNUSABLE)
            return False
        options = _options(metadata)
        if _names_unknown_option(options, url_value):  # Streamlit drops these without a word
            _notify(NOT_OPTION, *(_number_range(options) or (None, None)))
        return seeded

    setattr(seed_checked, _MARK, True)
    return seed_checked


def install() -> None:
    """Check every URL-bound number widget's link value; call once per run (cheap, idempotent)."""
    if not getattr(SessionState._seed_widget_from_url, _MARK, False):
        SessionState._seed_widget_from_url = _wrap_seed(SessionState._seed_widget_from_url)


def _handled() -> set[str]:
    try:
        return st.session_state.get(HANDLED, set())
    except Exception:  # noqa: BLE001 - no session (bare mode): nothing handled
        return set()


def mark_handled(user_key: str) -> None:
    """A page read ``?user_key=`` itself (e.g. snapped an old value): the widget ignores the link's value."""
    st.session_state.setdefault(HANDLED, set()).add(user_key)


def forget_handled(user_key: str) -> None:
    """The page reads the link again (after Back): the widget takes the address's value, unless the
    page marks it handled again. Otherwise one old link's snap cleared ``?user_key=`` on every Back."""
    st.session_state.get(HANDLED, set()).discard(user_key)
