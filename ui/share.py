"""The "Copy link" box: the current page's address with its view in the query string.

One line at the very end of a page (after every widget and ``st.query_params`` write, so the link
holds this run's state)::

    from ui.share import share_link
    share_link()
"""

from __future__ import annotations

from collections.abc import Iterable, Mapping, Sequence
from urllib.parse import urlencode

import streamlit as st

from ui.i18n import LANG_KEY, lang, tr
from ui.markdown import md_literal

# Longer links are cut by chat apps, mail clients and some proxies (8 KB request-line limits).
MAX_LINK_LENGTH = 8000
IN_USE = "share_in_use"  # session: {query key: (number in use, box's name, text typed)}, see `use_in_link`


def use_in_link(key: str, used: str | None, name: str = "", typed: str = "") -> None:
    """Let the link give ``used`` for ``?key=`` instead of the box's text (``None``: the text again).

    While a box's text cannot be used, the page runs on its last good number
    (``ui.number_box.kept_number``). A link carrying the bad text would open on the default
    instead: another seed, another text than the one on the sharer's screen.
    """
    in_use = st.session_state.setdefault(IN_USE, {})
    if used is None:
        in_use.pop(key, None)
    else:
        in_use[key] = (used, name, typed)


def build_link(base: str | None, params: Mapping[str, str | Iterable[str]]) -> str:
    """``base?params`` with every value percent-encoded; repeated keys stay repeated, order is kept.

    ``base`` is the page address without a query string (``st.context.url``); without one (tests,
    bare mode) the link is just the query string, which still reopens the view on the same host.
    """
    pairs: list[tuple[str, str]] = []
    for key, value in params.items():
        values = [value] if isinstance(value, str) else list(value)
        pairs.extend((key, v) for v in values)
    query = urlencode(pairs)
    return f"{base or ''}?{query}" if query else (base or "")


def current_params() -> dict[str, list[str]]:
    """The query parameters of this run, every value of repeated keys included."""
    return {key: st.query_params.get_all(key) for key in st.query_params}


def share_link(container=None, extra: Mapping[str, Sequence[str]] | None = None) -> str:
    """Draw the "Copy link" popover (default: in the sidebar) and return the link it shows.

    ``extra``: parameters the link gives although this run did not write them to the address bar
    (a key's values; none: the link leaves the key out).

    Opening the popover reruns the page (``on_change="rerun"``), so the link is fresh even after
    changes made inside an ``st.fragment``, which do not rerun this box. ``st.code`` gives the link
    a copy button and shows it as plain text, so a hostile value in the URL is never markup.
    """
    params = current_params()
    if LANG_KEY in params:
        params[LANG_KEY] = [lang()]
    else:  # the address has one only after a link or a choice (ui.i18n)
        params = {LANG_KEY: [lang()], **params}
    # Only this page's boxes: another page's entry stays until that page runs again.
    in_use = {key: v for key, v in st.session_state.get(IN_USE, {}).items() if key in params}
    params.update({key: [used] for key, (used, _, _) in in_use.items()})
    for key, values in (extra or {}).items():
        if values:
            params[key] = list(values)
        else:
            params.pop(key, None)
    link = build_link(st.context.url, params)
    where = st.sidebar if container is None else container
    popover = where.popover(
        tr("share.button"), icon=":material/link:", width="stretch", key="share_link", on_change="rerun"
    )
    if popover.open:  # drawn only when opened: cheap, and no code block on every run
        with popover:
            if len(link) > MAX_LINK_LENGTH:
                st.warning(tr("share.too_long", length=len(link), limit=MAX_LINK_LENGTH))
            else:
                st.caption(tr("share.help"))
                for used, name, typed in in_use.values():
                    st.caption(tr("share.in_use", name=name, used=used, typed=md_literal(typed)))
                st.code(link, language=None, wrap_lines=True)
    return link
