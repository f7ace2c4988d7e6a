"""The foot of every page on the path: a link to the next step, so a learner goes on from where the
page ends (the home page's numbered steps were the only way on; on a phone the menu is a small icon
at the top of the screen)."""

from __future__ import annotations

import streamlit as st

from core.pages import HOME, PATH_STEPS, next_step
from ui.i18n import LANG_KEY, lang, tr


def next_step_link(name: str) -> None:
    """After the page ``name`` has drawn: "Next: 3. Temperature", or back to the start after the last."""
    spec = next_step(name)
    if spec is None:
        return
    st.divider()
    if spec is HOME:
        label = tr("nav.end")
    else:
        label = tr("nav.next", number=PATH_STEPS.index(spec) + 1, title=tr(spec.title_key))
    st.page_link(
        spec.script,
        label=label,
        icon=":material/arrow_forward:" if spec is not HOME else HOME.icon,
        query_params={LANG_KEY: lang()},  # as the home page's steps: the next page keeps the language
    )
