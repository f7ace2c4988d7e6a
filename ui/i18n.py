"""The current language and translated text for the page being drawn."""

from __future__ import annotations

import streamlit as st

from core.i18n import DEFAULT_LANGUAGE, LANGUAGE_NAMES, LANGUAGES, language_from_locale, t

LANG_KEY = "lang"  # the session's language, and the URL parameter ?lang=
_WIDGET_KEY = "lang_radio"


def _remember_choice() -> None:
    st.session_state[LANG_KEY] = st.session_state[_WIDGET_KEY]


def language_selector() -> str:
    """Draw the sidebar language switch and return the language; keep it in ``?lang=``.

    First run of a session: ``?lang=`` if it names a language, else the browser's language.
    The language lives in a plain session key, not only in the widget, because a page switch
    resets widgets; it is written to the URL on every run so a shared link always carries it.
    """
    if LANG_KEY not in st.session_state:
        from_url = st.query_params.get(LANG_KEY)
        st.session_state[LANG_KEY] = (
            from_url if from_url in LANGUAGES else language_from_locale(st.context.locale)
        )
    st.session_state[_WIDGET_KEY] = st.session_state[LANG_KEY]
    st.sidebar.radio(
        t("app.language", st.session_state[LANG_KEY]),
        LANGUAGES,
        format_func=LANGUAGE_NAMES.__getitem__,
        key=_WIDGET_KEY,
        horizontal=True,
        on_change=_remember_choice,
    )
    st.query_params[LANG_KEY] = st.session_state[LANG_KEY]
    return st.session_state[LANG_KEY]


def lang() -> str:
    """The language chosen in the sidebar."""
    value = st.session_state.get(LANG_KEY, DEFAULT_LANGUAGE)
    return value if value in LANGUAGES else DEFAULT_LANGUAGE


def tr(key: str, /, **values: object) -> str:
    """``core.i18n.t`` in the current language."""
    return t(key, lang(), **values)
