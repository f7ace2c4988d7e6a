"""The public demo's guards, installed once per process by one call at the top of app.py.

Each guard wraps Streamlit 1.67 internals (one or two) in a few lines, because the attack it stops acts
before any page code runs; each module says where and why. ``install`` is idempotent (a second
call only updates the row limit), so app.py simply calls it on every run.

- ``ui.table_guard``: no client can grow a data editor past ``max_rows`` rows;
- ``ui.url_guard``: every URL-bound number widget reads its link value through
  ``core.url_values`` (``inf``, ``1e400`` no longer break a page; a translated notice says what was
  ignored);
- the ``clear_cache`` message: Streamlit lets any client clear *every* ``st.cache_data`` and
  ``st.cache_resource`` of the process (``AppSession._handle_clear_cache_request``), so one visitor
  could make all others rebuild the models over and over. Here it clears only the sender's own
  session state; shared caches are left alone (the app's ⋮ menu has no "Clear cache" anyway).
"""

from __future__ import annotations

from streamlit.runtime.app_session import AppSession

from ui import table_guard, url_guard

_MARK = "_softmax_own_session_only"


def _clear_own_session_only(self: AppSession) -> None:
    """A client's "clear cache": forget this session's state; never the caches every visitor shares."""
    self._session_state.clear()


setattr(_clear_own_session_only, _MARK, True)


def install(max_rows: int) -> None:
    """Install every guard (idempotent); ``max_rows`` is the largest table any page accepts."""
    table_guard.install(max_rows)
    url_guard.install()
    if not getattr(AppSession._handle_clear_cache_request, _MARK, False):
        AppSession._handle_clear_cache_request = _clear_own_session_only
