"""The current language and translated text for the page being drawn."""

from __future__ import annotations

from contextvars import ContextVar

import streamlit as st

from core.i18n import DEFAULT_LANGUAGE, LANGUAGE_NAMES, LANGUAGES, language_from_locale, t

LANG_KEY = "lang"  # the session's language, and the URL parameter ?lang=
_WIDGET_KEY = "lang_radio"
_BAD_URL_KEY = "lang_url_invalid"  # set when ?lang= named no language; cleared by a choice
# The session's language as this script thread last saw it, so lang() need not read st.session_state
# (~6 µs) on each of a page's dozens of tr() calls. language_selector() sets it at the top of every
# full run, and the language switch's callback as soon as it changes. A script thread serves one
# session and runs its reruns one after another, so a fragment rerun (which skips app.py) finds the
# value of the run before it; in a new thread it finds nothing and reads the session.
_RUN_LANG: ContextVar[str | None] = ContextVar("run_lang", default=None)


def _remember_choice() -> None:
    st.session_state[LANG_KEY] = st.session_state[_WIDGET_KEY]
    _RUN_LANG.set(st.session_state[LANG_KEY])  # for any callback that runs after this one
    st.session_state[_BAD_URL_KEY] = False


def language_selector() -> str:
    """Draw the sidebar language switch and return the language; keep it in ``?lang=``.

    First run of a session: ``?lang=`` if it names a language, else the browser's language; a
    ``?lang=`` that names none (typo, script, 100 KB) gets a translated notice until the visitor
    picks a language, and is never echoed back. The language lives in a plain session key, not
    only in the widget, because a page switch resets widgets; it is written to the URL on every
    run so a shared link always carries it.
    """
    if LANG_KEY not in st.session_state:
        from_url = st.query_params.get(LANG_KEY)
        valid = from_url in LANGUAGES
        st.session_state[LANG_KEY] = from_url if valid else language_from_locale(st.context.locale)
        st.session_state[_BAD_URL_KEY] = from_url is not None and not valid
    st.session_state[_WIDGET_KEY] = st.session_state[LANG_KEY]
    st.sidebar.radio(
        t("app.language", st.session_state[LANG_KEY]),
        LANGUAGES,
        format_func=LANGUAGE_NAMES.__getitem__,
        key=_WIDGET_KEY,
        horizontal=True,
        on_change=_remember_choice,
    )
    language = st.session_state[LANG_KEY]
    _RUN_LANG.set(language)
    st.query_params[LANG_KEY] = language
    if st.session_state.get(_BAD_URL_KEY):
        st.warning(t("url.bad_lang", language), icon=":material/link_off:")
    return language


def lang() -> str:
    """The language chosen in the sidebar."""
    value = _RUN_LANG.get() or st.session_state.get(LANG_KEY, DEFAULT_LANGUAGE)
    return value if value in LANGUAGES else DEFAULT_LANGUAGE


def tr(key: str, /, **values: object) -> str:
    """``core.i18n.t`` in the current language."""
    return t(key, lang(), **values)
