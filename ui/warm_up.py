"""Start-up work done in the background, so no visitor waits for it."""

from __future__ import annotations

import gc
import threading

import streamlit as st

from core.walk import warm_up


def _start_up() -> None:
    """Load the sampling kernels, then freeze what start-up left alive.

    Everything alive by then lives as long as the process: Streamlit, NumPy, pandas, Plotly and
    Numba's ~80,000 objects, which took a full garbage collection from 22 to 40 ms and cost the
    browser's slider → chart about 25 ms. ``gc.freeze`` moves them out of the collector's sight
    (a full collection then takes well under 1 ms); refcounting still frees them as usual.
    """
    warm_up()
    gc.freeze()


@st.cache_resource(show_spinner=False)
def warm_sampling_kernels() -> threading.Thread:
    """Load the compiled sampling loops (about 0.3 s; 4 s to compile on a fresh deploy) in a
    background thread, once per process: whoever opens the compare page first finds them ready."""
    thread = threading.Thread(target=_start_up, name="warm-sampling-kernels", daemon=True)
    thread.start()
    return thread
