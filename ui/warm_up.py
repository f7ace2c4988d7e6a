"""Start-up work done in a background thread, so the compare page does not wait for it."""

from __future__ import annotations

import gc
import threading

import streamlit as st
from streamlit.logger import get_logger

from core.walk import warm_up

_LOG = get_logger(__name__)


def _start_up() -> None:
    """Load the sampling kernels, then take what start-up left alive out of the collector's scans.

    Streamlit runs a full garbage collection after every script run (``runner.postScriptGC``),
    and its cost grows with every object alive: Streamlit, NumPy, pandas, Plotly and Numba's
    ~80,000 took it from 22 to 40 ms, and the browser's slider → chart by about 25 ms.
    ``gc.freeze`` moves them to a generation the collector skips (refcounting still frees them).
    Collecting first means only live objects are frozen; a first visitor's session, alive at
    that moment, is frozen too, and a cycle it leaves behind is never collected — once per process.
    """
    try:
        warm_up()
    except Exception:  # the compare page reports a broken install itself; the freeze still helps
        _LOG.exception("could not load the compiled sampling loops")
    finally:
        gc.collect()
        gc.freeze()


@st.cache_resource(show_spinner=False)
def start_up_in_background() -> threading.Thread:
    """Once per process, in a thread: load (or, on a fresh deploy, compile: 4 s) the sampling
    loops, so whoever opens the compare page first finds them ready, then freeze the start-up
    objects for cheaper garbage collections (see _start_up)."""
    thread = threading.Thread(target=_start_up, name="start-up", daemon=True)
    thread.start()
    return thread
