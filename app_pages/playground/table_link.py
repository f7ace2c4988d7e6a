"""Which table the temperature page's grid starts from, and the link that keeps it.

A preset (the selectbox), a table carried by the link (``?tok=A&z=2&tok=B&z=1``: repeated keys, so
commas in labels survive), or the default. The link holds ``?preset=<key>`` for an unedited preset
and the table itself once the learner has edited it; it is read on a session's first run and after
Back or Forward (``ui.link_params``).
"""

from __future__ import annotations

import pandas as pd
import streamlit as st

from app_pages.playground.live import TEMPERATURE
from app_pages.playground.table import PRESET, frame, preset_table, rebase, same_cells
from core.i18n import t
from core.logits_table import ParsedTable, format_logit, table_from_link
from core.presets import CUSTOM, DEFAULT_PRESET, PRESETS
from ui.i18n import lang, tr
from ui.link_params import is_history_navigation, link_to_read, set_params
from ui.widgets import temperature_in_link

PRESET_PARAM = "preset"  # ?preset=<key>; written by hand because a bound selectbox would put
# its translated label in the URL, and a link must open the same view in either language
STARTED = "playground_started"  # the URL has been read for this session
URL_NOTICE = "playground_url_notice"  # the link's table was unusable
TOKENS, LOGITS = "tok", "z"  # the link's table: repeated keys, one pair per row


def preset_widget_key(language: str) -> str:
    """The selectbox's key, one per language: a selectbox remembers its *label* in the browser,
    so after a language switch the same widget would keep showing the old language's text."""
    return f"{PRESET}_{language}"


def _on_preset() -> None:
    """Choosing a preset replaces the table (choosing "custom" keeps it), and the link with it."""
    key = st.session_state[preset_widget_key(lang())]
    st.session_state[PRESET] = key
    st.session_state[URL_NOTICE] = False  # the visitor has moved on from the bad link
    if key in PRESETS:
        rebase(preset_table(key))
        # Its own T (1, the restaurants' 0.05): its note and question speak of that T, not of the
        # one the previous preset left ("at T = 1 you see 50%" beside bars drawn at 0.05).
        temperature = PRESETS[key].temperature
        st.session_state[TEMPERATURE] = temperature
        # The preset and its T in one history entry (the bound slider would write T in another)
        set_params(preset_link(key), bound={TEMPERATURE: temperature_in_link(temperature)})


def preset_link(preset: str) -> dict[str, str | None]:
    """The link's parameters for an unedited preset: its name (none for the default), no table."""
    return {TOKENS: None, LOGITS: None, PRESET_PARAM: None if preset == DEFAULT_PRESET else preset}


def start_session() -> None:
    """First visit in this session, and Back or Forward: the table comes from the link, else the
    preset, else the default.

    A valid ?preset= wins; otherwise a valid ?tok=&z= table; a bad one (not numbers, mismatched,
    oversized) shows a notice and the default preset instead. A link's table that is an example's
    opens under that example's name; after Back it stays the learner's own, as it was shown (an
    example's own address says ?preset=). (After Back the bound temperature slider takes the
    address's T, or its default, by itself.)
    """
    if not link_to_read(STARTED):
        return
    back = is_history_navigation()
    st.session_state[URL_NOTICE] = False
    wanted = st.query_params.get(PRESET_PARAM)
    if wanted in PRESETS:
        st.session_state[PRESET] = wanted
        rebase(preset_table(wanted))
        if TEMPERATURE not in st.query_params and not back:
            st.session_state[TEMPERATURE] = PRESETS[wanted].temperature
        return
    from_url = table_from_link(st.query_params.get_all(TOKENS), st.query_params.get_all(LOGITS))
    if from_url is not None and from_url.ok:
        table = frame(list(from_url.labels), st.query_params.get_all(LOGITS))
        rebase(table)
        example = None if back else _example_with(table, st.query_params.get(TEMPERATURE))
        st.session_state[PRESET] = example or CUSTOM
        return
    st.session_state[URL_NOTICE] = from_url is not None
    st.session_state[PRESET] = DEFAULT_PRESET
    rebase(preset_table(DEFAULT_PRESET))


def _example_with(table: pd.DataFrame, temperature_text: str | None) -> str | None:
    """The example whose cells ``table`` has (in this language), if any: a link with the article's
    2, 1, 0.1 opens on the article's example, with its note and question. The restaurants' close and
    cold examples share their cells; the link's T (``temperature_text``) picks the one made for it."""
    matches = [key for key in PRESETS if same_cells(table, preset_table(key))]
    for key in matches:
        if temperature_text == temperature_in_link(PRESETS[key].temperature):
            return key
    return matches[0] if matches else None


def preset_picker(edited: pd.DataFrame) -> str:
    """The preset selectbox; "custom" as soon as the table differs from the chosen preset.

    Drawn after the grid (into a slot above it) so it can tell from this run's table whether
    the user has edited it, without relying on the grid's on_change (tests set edits directly).
    """
    current = st.session_state.get(PRESET, DEFAULT_PRESET)
    if current in PRESETS and not same_cells(edited, preset_table(current)):
        st.session_state[PRESET] = CUSTOM
        st.session_state[URL_NOTICE] = False
    options = [*PRESETS, CUSTOM]
    language = lang()  # bound now: the formatter may be called outside the script run (AppTest)
    widget = preset_widget_key(language)
    st.session_state[widget] = st.session_state[PRESET]
    key = st.selectbox(
        tr("playground.preset"),
        options,
        format_func=lambda k: t(f"playground.preset.{k}", language),
        key=widget,
        on_change=_on_preset,
    )
    st.caption(tr(f"playground.preset.{key}.note"))
    return key


def write_url(table: ParsedTable) -> None:
    """Keep the link in step: ?preset=<key> for an unedited preset, ?tok=&z= for the user's table.

    An invalid table leaves the link at the last valid one. The default preset needs nothing.
    """
    preset = st.session_state.get(PRESET)
    if preset != CUSTOM:
        set_params(preset_link(preset if preset in PRESETS else DEFAULT_PRESET))
    elif table.ok:
        set_params(
            {PRESET_PARAM: None, TOKENS: list(table.labels), LOGITS: [format_logit(v) for v in table.logits]}
        )
