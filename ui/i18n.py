"""The current language and translated text for the page being drawn."""

from __future__ import annotations

import streamlit as st

from core.i18n import DEFAULT_LANGUAGE, LANGUAGE_NAMES, LANGUAGES, language_from_locale, t
from core.user_input import InputError
from ui.link_params import is_history_navigation, set_param
from ui.markdown import md_literal

LANG_KEY = "lang"  # the session's language, and the URL parameter ?lang=
_WIDGET_KEY = "lang_radio"
_BAD_URL_KEY = "lang_url_invalid"  # set when ?lang= named no language; cleared by a choice
_IN_LINK_KEY = "lang_in_link"  # the language was asked for (by the link or a choice): keep it in ?lang=


def _remember_choice() -> None:
    st.session_state[LANG_KEY] = st.session_state[_WIDGET_KEY]
    st.session_state[_BAD_URL_KEY] = False
    st.session_state[_IN_LINK_KEY] = True


def language_selector() -> str:
    """Draw the sidebar language switch and return the language; keep it in ``?lang=``.

    First run of a session: ``?lang=`` if it names a language, else the browser's language; a
    ``?lang=`` that names none (typo, script, 100 KB) gets a translated notice until the visitor
    picks a language, and is never echoed back. Back and Forward read the address again (no
    ``?lang=``: the browser's language, as when that address was made). The language lives in a
    plain session key, not only in the widget, because a page switch resets widgets.

    A language the visitor asked for (by a link or a choice) is kept in ``?lang=`` on every page.
    One taken from the browser is not written: a page that wrote it on opening would add a history
    entry, and the visitor's first Back would land on the same page without it. The Copy-link box
    gives the language in every case (``ui.share``).
    """
    if LANG_KEY not in st.session_state or is_history_navigation():
        from_url = st.query_params.get(LANG_KEY)
        valid = from_url in LANGUAGES
        st.session_state[LANG_KEY] = from_url if valid else language_from_locale(st.context.locale)
        st.session_state[_BAD_URL_KEY] = from_url is not None and not valid
        st.session_state[_IN_LINK_KEY] = valid
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
    set_param(LANG_KEY, language if st.session_state.get(_IN_LINK_KEY) else None)
    if st.session_state.get(_BAD_URL_KEY):
        st.warning(t("url.bad_lang", language), icon=":material/link_off:")
    return language


def lang() -> str:
    """The language chosen in the sidebar."""
    value = st.session_state.get(LANG_KEY, DEFAULT_LANGUAGE)
    return value if value in LANGUAGES else DEFAULT_LANGUAGE


def sentences(parts: list[str]) -> str:
    """Sentences shown as one paragraph: a space between them in English, none after Chinese “。”."""
    return ("" if lang() == "zh" else " ").join(parts)


def tr(key: str, /, **values: object) -> str:
    """``core.i18n.t`` in the current language."""
    return t(key, lang(), **values)


def input_message(error: InputError, where: str = "") -> str:
    """A bad input's message in the current language; ``where`` names the box, row or entry.

    The typed text (``value``) is made literal, since every page shows the message as Markdown.
    """
    values = dict(error.values)
    if "value" in values:
        values["value"] = md_literal(str(values["value"]))
    return tr(error.key, where=where, **values)
