"""The current language and translated text for the page being drawn."""

from __future__ import annotations

import json

import streamlit as st

from core.i18n import DEFAULT_LANGUAGE, LANGUAGE_NAMES, LANGUAGE_TAGS, LANGUAGES, language_from_locale, t
from core.user_input import InputError
from ui.link_params import is_history_navigation, set_param
from ui.markdown import md_literal

LANG_KEY = "lang"  # the session's language, and the URL parameter ?lang=
_WIDGET_KEY = "lang_radio"
_BAD_URL_KEY = "lang_url_invalid"  # set when ?lang= named no language; cleared by a choice


def _remember_choice() -> None:
    st.session_state[LANG_KEY] = st.session_state[_WIDGET_KEY]
    st.session_state[_BAD_URL_KEY] = False
    set_param(LANG_KEY, st.session_state[LANG_KEY])  # the run of the choice, and only that one


def language_selector() -> str:
    """Draw the sidebar language switch and return the language, a preference kept for the session.

    First run of a session: ``?lang=`` if it names a language, else the browser's language; a
    ``?lang=`` that names none (typo, script, 100 KB) gets a translated notice until the visitor
    picks a language, and leaves the address. After Back or Forward, a ``?lang=`` in the address is
    taken again; an address without one keeps the language. The language lives in a plain session
    key, not only in the widget, because a page switch resets widgets.

    ``?lang=`` is written only by a choice. A link's stays in the address until the visitor moves
    to another page, where Streamlit's menu leaves it out, and the Copy-link box gives the language
    in every case (``ui.share``). Writing it on other runs added history entries that Back stopped
    at: on opening a page without one (the first Back stayed on the page), and on every page switch
    (Streamlit still had the old page's path, so Back showed that page with its settings dropped).
    """
    from_url = st.query_params.get(LANG_KEY)
    if LANG_KEY not in st.session_state:
        valid = from_url in LANGUAGES
        st.session_state[LANG_KEY] = from_url if valid else language_from_locale(st.context.locale)
        st.session_state[_BAD_URL_KEY] = from_url is not None and not valid
        if not valid:
            set_param(LANG_KEY, None)  # never echoed back
    elif from_url in LANGUAGES and is_history_navigation():
        st.session_state[LANG_KEY] = from_url
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
    if st.session_state.get(_BAD_URL_KEY):
        st.warning(t("url.bad_lang", language), icon=":material/link_off:")
    return language


def mark_document_language() -> None:
    """Set ``<html lang>`` to the chosen language, so a screen reader reads Chinese with a Chinese voice.

    Streamlit's page says ``lang="en"`` whatever the app writes, and ``st.set_page_config`` has no
    language. A constant script (no visitor text reaches it) sets it on every run; the page style
    hides its empty container. It goes last in the sidebar (app.py draws it after the page): a tab's
    first page draws an ``st.html`` only once Streamlit has loaded its code, after the text, and until
    then a grey placeholder stands in for it. Above the title, that placeholder and its gap pushed the
    page down by 56 px, and the page jumped up as the learner began to read it; under the language
    switch, the Copy link button jumped.
    """
    st.sidebar.html(language_script(lang()), unsafe_allow_javascript=True)


def language_script(language: str) -> str:
    """The script of ``mark_document_language``: ``<html lang>`` set to ``language``'s BCP 47 tag."""
    return f"<script>document.documentElement.lang = {json.dumps(LANGUAGE_TAGS[language])};</script>"


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


def texts(prefix: str, *names: str) -> dict[str, str]:
    """``{name: tr(f"{prefix}.{name}")}``: the translated texts a figure builder takes."""
    return {name: tr(f"{prefix}.{name}") for name in names}


def input_message(error: InputError, where: str = "") -> str:
    """A bad input's message in the current language; ``where`` names the box, row or entry.

    The typed text (``value``) is made literal, since every page shows the message as Markdown.
    """
    values = dict(error.values)
    if "value" in values:
        values["value"] = md_literal(str(values["value"]))
    return tr(error.key, where=where, **values)
