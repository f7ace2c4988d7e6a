"""The temperature page's table of options and scores: presets, the editable grid, its memory
across pages, and the URL.

``st.data_editor`` keeps only the *edits* (deltas against the table it was given) and forgets
them when the page is left, so the page keeps two tables in session state: the *base* handed
to the grid and the *edited* table the grid returned last. Whenever the grid starts afresh
(first run, back from another page, language switched, preset chosen) the base is rebuilt from
the saved edited table and the grid's old deltas are dropped, so nothing is applied twice.

The grid always ends with one real blank row to type into, and has no "add row" line of its own
(``num_rows="delete"``): that line appended a row the moment it was clicked or reached with the
keyboard (Enter in the last row reaches it), and the keys typed meanwhile, sometimes the whole
cell just typed, were lost. Typing into a row that already exists is a plain cell edit. Once the
blank row has a token and a score, the grid starts afresh with a new blank row below it.
"""

from __future__ import annotations

import pandas as pd
import streamlit as st

from core.i18n import t
from core.logits_table import MAX_ROWS, ParsedTable, format_logit, parse_table, too_many
from core.presets import CUSTOM, DEFAULT_PRESET, PRESETS
from ui.i18n import lang, tr
from ui.link_params import is_history_navigation, set_params
from ui.widgets import temperature_in_link

BASE = "playground_base"  # the DataFrame given to the grid
EDITED = "playground_edited"  # the DataFrame the grid returned last
EDITOR = "playground_editor"  # the grid's widget key (its value: the deltas); see `grid_key`
GRID = "playground_grid"  # how many times the grid was made anew for the same table (0: key EDITOR)
TABLE_BOX = "playground_table"  # the grid's container, whatever the grid's key
PRESET = "playground_preset"  # the chosen preset key (plain state; the selectbox mirrors it)
PRESET_PARAM = "preset"  # ?preset=<key>; written by hand because a bound selectbox would put
# its translated label in the URL, and a link must open the same view in either language
GRID_LANG = "playground_grid_lang"  # the language the grid's headers were drawn in
STARTED = "playground_started"  # the URL has been read for this session
URL_NOTICE = "playground_url_notice"  # the link's table was unusable
TEMPERATURE = "playground_temperature"  # the slider's key (a preset may set it)
TOKENS, LOGITS = "tok", "z"  # repeated URL keys: ?tok=A&z=2&tok=B&z=1 (commas in labels survive)
MAX_URL_CHARS = 6000  # a table longer than this in the URL is refused on the way in


def frame(labels: list[str], logits: list[str]) -> pd.DataFrame:
    """The grid's table: two text columns, so "abc" can be typed and reported, not refused."""
    return pd.DataFrame({"token": labels, "logit": logits}, dtype=object)


def _filled(cell: object) -> bool:
    return not (cell is None or pd.isna(cell) or not str(cell).strip())


def needs_blank_row(table: pd.DataFrame) -> bool:
    """Whether the grid needs a new blank row: its last row has a token and a score (or there is
    no row). A half-filled last row waits, so moving from its token to its score keeps the grid."""
    if table.empty:
        return True
    last = table.iloc[-1]
    return _filled(last["token"]) and _filled(last["logit"])


def grid_key() -> str:
    """The grid's widget key: EDITOR, with a number once the grid has been made anew (``_rebase``)."""
    number = st.session_state.get(GRID, 0)
    return EDITOR if number == 0 else f"{EDITOR}_{number}"


def _rebase(table: pd.DataFrame) -> None:
    """Give the grid a new starting table (ending in a blank row) and forget its deltas.

    The browser's grid keeps its edits for as long as it is given the same table under the same
    key, and sends them again with the next edit. So when the new table is the one it already
    has while it holds edits (the example chosen again after editing it; Back to the example),
    the grid gets a new key: without it the edited cell stayed on screen beside bars of the
    example, and came back with the next edit.
    """
    table = table.reset_index(drop=True)
    if needs_blank_row(table):
        table = pd.concat([table, frame([""], [""])], ignore_index=True)
    old_key = grid_key()
    deltas = st.session_state.get(old_key) or {}
    if any(deltas.values()) and table.equals(st.session_state.get(BASE)):
        st.session_state[GRID] = st.session_state.get(GRID, 0) + 1
    st.session_state[BASE] = table
    st.session_state[EDITED] = table
    st.session_state.pop(old_key, None)


def _preset_table(key: str) -> pd.DataFrame:
    return _preset_table_in(key, lang())


def _preset_table_in(key: str, language: str | None) -> pd.DataFrame:
    preset = PRESETS[key]
    return frame(preset.labels_in(language or lang()), list(preset.logits))


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
        _rebase(_preset_table(key))
        # Its own T (1, the restaurants' 0.05): its note and question speak of that T, not of the
        # one the previous preset left ("at T = 1 you see 50%" beside bars drawn at 0.05).
        temperature = PRESETS[key].temperature
        st.session_state[TEMPERATURE] = temperature
        # The preset and its T in one history entry (the bound slider would write T in another)
        set_params(_preset_link(key), bound={TEMPERATURE: temperature_in_link(temperature)})


def _preset_link(preset: str) -> dict[str, str | None]:
    """The link's parameters for an unedited preset: its name (none for the default), no table."""
    return {TOKENS: None, LOGITS: None, PRESET_PARAM: None if preset == DEFAULT_PRESET else preset}


def _table_from_url() -> ParsedTable | None:
    """The table in ?tok=…&z=…, parsed; None when the link carries none."""
    labels = st.query_params.get_all(TOKENS)
    logits = st.query_params.get_all(LOGITS)
    if not labels and not logits:
        return None
    too_long = sum(len(s) for s in [*labels, *logits]) > MAX_URL_CHARS
    if too_long or len(labels) != len(logits) or len(labels) > MAX_ROWS:
        return too_many(len(labels))
    return parse_table(labels, logits)


def start_session() -> None:
    """First visit in this session, and Back or Forward: the table comes from the link, else the
    preset, else the default.

    A valid ?preset= wins; otherwise a valid ?tok=&z= table; a bad one (not numbers,
    mismatched, oversized) shows a notice and the default preset instead. (After Back the bound
    temperature slider takes the address's T, or its default, by itself.)
    """
    back = is_history_navigation()
    if STARTED in st.session_state and not back:
        return
    st.session_state[STARTED] = True
    st.session_state[URL_NOTICE] = False
    wanted = st.query_params.get(PRESET_PARAM)
    if wanted in PRESETS:
        st.session_state[PRESET] = wanted
        _rebase(_preset_table(wanted))
        if TEMPERATURE not in st.query_params and not back:
            st.session_state[TEMPERATURE] = PRESETS[wanted].temperature
        return
    from_url = _table_from_url()
    if from_url is not None and from_url.ok:
        _rebase(frame(list(from_url.labels), st.query_params.get_all(LOGITS)))
        st.session_state[PRESET] = CUSTOM
        return
    st.session_state[URL_NOTICE] = from_url is not None
    st.session_state[PRESET] = DEFAULT_PRESET
    _rebase(_preset_table(DEFAULT_PRESET))


def preset_picker(edited: pd.DataFrame) -> str:
    """The preset selectbox; "custom" as soon as the table differs from the chosen preset.

    Drawn after the grid (into a slot above it) so it can tell from this run's table whether
    the user has edited it, without relying on the grid's on_change (tests set edits directly).
    """
    current = st.session_state.get(PRESET, DEFAULT_PRESET)
    if current in PRESETS and not _same(edited, _preset_table(current)):
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


def _same(a: pd.DataFrame, b: pd.DataFrame) -> bool:
    """Same cells as typed (blank rows ignored)."""

    def cells(df: pd.DataFrame) -> list[tuple[str, str]]:
        rows = [
            ("" if pd.isna(t) else str(t), "" if pd.isna(z) else str(z))
            for t, z in zip(df["token"], df["logit"], strict=True)
        ]
        return [r for r in rows if r != ("", "")]

    return cells(a) == cells(b)


def table_editor() -> pd.DataFrame:
    """The editable grid; returns the table as typed, and saves it so it survives page switches."""
    if st.session_state.get(GRID_LANG) != lang():
        # New headers: the grid starts afresh. An unedited preset is redrawn in the new language.
        preset = st.session_state.get(PRESET)
        if preset in PRESETS and _same(
            st.session_state.get(EDITED, st.session_state[BASE]),
            _preset_table_in(preset, st.session_state.get(GRID_LANG)),
        ):
            _rebase(_preset_table(preset))
        else:
            _rebase(st.session_state.get(EDITED, st.session_state[BASE]))
        st.session_state[GRID_LANG] = lang()
    elif grid_key() not in st.session_state:
        # A fresh grid (first run, back from another page): start from what the user last saw.
        _rebase(st.session_state.get(EDITED, st.session_state[BASE]))
    edited = st.container(key=TABLE_BOX).data_editor(
        st.session_state[BASE],
        key=grid_key(),
        num_rows="delete",  # rows can be deleted; new ones are typed into the blank last row
        hide_index=True,
        width="stretch",
        column_config={
            "token": st.column_config.TextColumn(
                tr("playground.col.token"), help=tr("playground.col.token.help")
            ),
            "logit": st.column_config.TextColumn(
                tr("playground.col.logit"), help=tr("playground.col.logit.help")
            ),
        },
    )
    st.session_state[EDITED] = edited
    if needs_blank_row(edited):  # the blank row was filled (or deleted): draw the grid with a new one
        _rebase(edited)
        st.rerun()
    return edited


def write_url(table: ParsedTable) -> None:
    """Keep the link in step: ?preset=<key> for an unedited preset, ?tok=&z= for the user's table.

    An invalid table leaves the link at the last valid one. The default preset needs nothing.
    """
    preset = st.session_state.get(PRESET)
    if preset != CUSTOM:
        set_params(_preset_link(preset if preset in PRESETS else DEFAULT_PRESET))
    elif table.ok:
        set_params(
            {PRESET_PARAM: None, TOKENS: list(table.labels), LOGITS: [format_logit(v) for v in table.logits]}
        )
