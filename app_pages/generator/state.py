"""The generator's state that is not one widget: the number of steps and the hand-picked characters.

Kept in the session and mirrored to the URL (``?generator_steps=12&generator_pick=3-109``, a pick
being "step index - Unicode code point"), so a shared link replays the same text. Every URL value
is validated on the way in; a bad one is dropped and reported.
"""

from __future__ import annotations

import streamlit as st

from core.generation import MAX_STEPS
from core.user_input import InputError, parse_number
from ui.link_params import choice_from_link, is_history_navigation, link_to_read, set_param, set_params

STEPS_KEY = "generator_steps"
PICKS_KEY = "generator_picks"  # session: {step index: character}
PICK_PARAM = "generator_pick"  # URL: repeated "index-codepoint"
PLAYING_KEY = "generator_playing"
PROMPT_SEEN_KEY = "generator_prompt_seen"
LAST_GOOD_KEY = "generator_last_good"
BAD_URL_KEY = "generator_bad_url"
MAX_PICKS = MAX_STEPS


def _parse_steps(raw: str | None) -> int | None:
    """A whole number 0..MAX_STEPS from the URL (``core.user_input``'s rule: ``１２`` is 12), else None."""
    try:
        return None if raw is None else int(parse_number(raw, 0, MAX_STEPS, whole=True))
    except InputError:
        return None


def _parse_pick(raw: str) -> tuple[int, str] | None:
    """ "index-codepoint" -> (index, character), else None."""
    index, sep, code = raw.partition("-")
    if not sep or not (index.isascii() and index.isdigit() and code.isascii() and code.isdigit()):
        return None
    if len(index) > 4 or len(code) > 7 or int(index) >= MAX_STEPS or int(code) > 0x10FFFF:
        return None
    return int(index), chr(int(code))


def init_state() -> None:
    """On a session's first run, and after Back or Forward, read steps and picks from the URL
    (dropping what is malformed; none means none). Back also stops Play, and the prompt it
    restores does not count as a new one (which would start the text afresh)."""
    if STEPS_KEY in st.session_state and not is_history_navigation():
        return
    st.session_state.pop(PROMPT_SEEN_KEY, None)
    st.session_state[IGNORED_KEY] = []  # this address's notices only
    raw_steps = st.query_params.get(STEPS_KEY)
    steps = _parse_steps(raw_steps)
    picks: dict[int, str] = {}
    bad = raw_steps is not None and steps is None
    for raw in st.query_params.get_all(PICK_PARAM)[:MAX_PICKS]:
        parsed = _parse_pick(raw)
        if parsed is None:
            bad = True
        else:
            picks[parsed[0]] = parsed[1]
    st.session_state[STEPS_KEY] = steps or 0
    st.session_state[PICKS_KEY] = {i: c for i, c in picks.items() if i < (steps or 0)}
    st.session_state[BAD_URL_KEY] = bad
    st.session_state[PLAYING_KEY] = False


def steps() -> int:
    """Number of generated characters asked for."""
    return int(st.session_state.get(STEPS_KEY, 0))


def picks() -> dict[int, str]:
    """Hand-picked characters by step index."""
    return dict(st.session_state.get(PICKS_KEY, {}))


def set_steps(n: int, new_picks: dict[int, str] | None = None) -> None:
    """Set the number of steps (clamped to 0..MAX_STEPS); picks at or beyond it are dropped."""
    n = max(0, min(MAX_STEPS, int(n)))
    current = picks() if new_picks is None else new_picks
    st.session_state[STEPS_KEY] = n
    st.session_state[PICKS_KEY] = {i: c for i, c in current.items() if i < n}
    sync_url()


def pick(index: int, char: str) -> None:
    """Write ``char`` as step ``index`` (the next step) by hand."""
    chosen = picks()
    chosen[index] = char
    set_steps(index + 1, chosen)


def link_while_playing() -> dict[str, list[str]]:
    """While Play runs, the steps and picks for the Copy-link box (``sync_url`` leaves the address
    bar alone then); nothing otherwise, when the address bar has them."""
    if not st.session_state.get(PLAYING_KEY, False):
        return {}
    return {STEPS_KEY: [str(steps())] if steps() else [], PICK_PARAM: _pick_values()}


def sync_url() -> None:
    """Write steps and picks to the URL (absent when zero / none, like bound widgets at default).

    Not while Play runs. A write sends the browser the whole query string as the server has it, and
    the browser puts it in the address bar. A run started by a slider or box can begin on the query
    string of a moment before that widget's change (the browser's copy lags its address bar on a
    busy page), and during Play every run had a new count to write: the slider's new temperature
    left the address bar in 9 of 150 moves (4 before ``ui.link_params``, 0 with this rule). Stop,
    Reset, the end of the text and a new prompt stop Play first, and then write.
    """
    if st.session_state.get(PLAYING_KEY, False):
        return
    n = steps()
    set_params({STEPS_KEY: str(n) if n else None, PICK_PARAM: _pick_values()})  # none: no key


def _pick_values() -> list[str]:
    """``?generator_pick=`` values: step index and code point of each hand-picked character."""
    return [f"{i}-{ord(c)}" for i, c in sorted(picks().items())]


def reset_if_prompt_changed(prompt: str) -> None:
    """A new prompt starts a new text; the first prompt of a session (maybe from a link) does not."""
    seen = st.session_state.get(PROMPT_SEEN_KEY)
    if seen is not None and seen != prompt:
        st.session_state[PLAYING_KEY] = False  # first: set_steps then writes the link
        set_steps(0, {})
    st.session_state[PROMPT_SEEN_KEY] = prompt


def reset() -> None:
    """Back to the prompt alone: no steps, no picks, not playing."""
    st.session_state[PLAYING_KEY] = False  # first: set_steps then writes the link
    set_steps(0, {})


def set_playing(playing: bool) -> None:
    """Start or stop Play (idempotent: a double-delivered click cannot flip it back)."""
    st.session_state[PLAYING_KEY] = playing


IGNORED_KEY = "generator_ignored"  # session: link parameters of this page that were not understood
TEMPERATURE_PARAM = "generator_temperature"


def ignored() -> list[str]:
    """Names of this page's link parameters that were ignored (each gets a notice naming its setting)."""
    return list(st.session_state.get(IGNORED_KEY, []))


def _ignore(key: str) -> None:
    st.session_state[IGNORED_KEY] = [*ignored(), key]


def url_option(key: str, options: tuple[str, ...]) -> None:
    """On a session's first run and after Back or Forward, ``?key=`` chooses the radio ``key``'s
    option (``choice_from_link``); any other value is ignored and named in a notice."""
    if link_to_read(f"{key}_url_read") and not choice_from_link(key, options):
        _ignore(key)


def old_mode_link() -> None:
    """``?generator_mode=greedy`` from before the page had one decoding control: it opens at T = 0.

    ``sample`` needs nothing (the temperature decides); any other value is named in a notice. The
    parameter is then dropped: the temperature in the link now carries the choice.
    """
    flag = "generator_mode_url_read"
    if flag in st.session_state:
        return
    st.session_state[flag] = True
    raw = st.query_params.get("generator_mode")
    if raw is None:
        return
    greedy = raw == "greedy"
    if greedy:
        # The bound slider reads the link only as it was when the page opened: set its value too.
        st.session_state[TEMPERATURE_PARAM] = 0.0
    elif raw != "sample":
        _ignore("generator_mode")
    set_params({"generator_mode": None}, bound={TEMPERATURE_PARAM: "0"} if greedy else None)


def write_url_option(key: str, value: str, default: str) -> None:
    """Mirror an option's code to ``?key=`` (absent at its default, like bound widgets)."""
    set_param(key, value if value != default else None)
