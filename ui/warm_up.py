"""Start-up work done in the background, so no visitor waits for it."""

from __future__ import annotations

import threading

import streamlit as st

from core.walk import warm_up


@st.cache_resource(show_spinner=False)
def warm_sampling_kernels() -> threading.Thread:
    """Load the compiled sampling loops (about 0.3 s; 4 s to compile on a fresh deploy) in a
    background thread, once per process: whoever opens the compare page first finds them ready."""
    thread = threading.Thread(target=warm_up, name="warm-sampling-kernels", daemon=True)
    thread.start()
    return thread
