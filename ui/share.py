"""The "Copy link" box: the current page's address with its view in the query string.

One line at the very end of a page (after every widget and ``st.query_params`` write, so the link
holds this run's state)::

    from ui.share import share_link
    share_link()
"""

from __future__ import annotations

from collections.abc import Iterable, Mapping
from urllib.parse import urlencode

import streamlit as st

from ui.i18n import tr

# Longer links are cut by chat apps, mail clients and some proxies (8 KB request-line limits).
MAX_LINK_LENGTH = 8000


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


def share_link(container=None) -> str:
    """Draw the "Copy link" popover (default: in the sidebar) and return the link it shows.

    Opening the popover reruns the page (``on_change="rerun"``), so the link is fresh even after
    changes made inside an ``st.fragment``, which do not rerun this box. ``st.code`` gives the link
    a copy button and shows it as plain text, so a hostile value in the URL is never markup.
    """
    link = build_link(st.context.url, current_params())
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
                st.code(link, language=None, wrap_lines=True)
    return link
