"""The learn page's state: the shared setup, this visitor's run, the job slot and one BLAS thread.

Per visitor, ``st.session_state`` holds one ``core.live_training.Run`` (about 1.3 MB: the weights
and Adam's two moments) under ``learn_run``; it goes when the session goes. Until the visitor
presses Start, the page shows the step-0 run every visitor shares (``initial_run``, read-only), so
a visit costs no memory of its own.
"""

from __future__ import annotations

import ctypes
import functools
import glob
import os

import numpy as np
import streamlit as st

from core.live_training import Run, advance, new_run, sampled_now
from core.mlp_train import Setup, prepare
from ui.jobs import job_slot
from ui.model_settings import get_corpus

RUN_KEY, RUNNING_KEY, QUEUED_KEY = "learn_run", "learn_running", "learn_queued"


def _frozen(a: np.ndarray) -> np.ndarray:
    a.setflags(write=False)
    return a


@st.cache_resource(show_spinner=False)
def get_setup() -> Setup:
    """The training and held-out examples, built once per process and shared read-only."""
    setup = prepare(get_corpus(), plain=True)  # one network, plain cross-entropy: p − y
    for examples in (setup.data, setup.held):
        _frozen(examples.x), _frozen(examples.y)
    return setup


@st.cache_resource(show_spinner=False)
def initial_run() -> Run:
    """Step 0 from the seed, shared by every visitor who has not started (nothing ever writes to it)."""
    run = new_run(get_setup())
    run.params.map(_frozen), run.adam.m.map(_frozen), run.adam.v.map(_frozen)
    return run


def current_run() -> Run:
    """This visitor's run, or the shared step-0 run if they have not started."""
    return st.session_state.get(RUN_KEY) or initial_run()


def running() -> bool:
    return bool(st.session_state.get(RUNNING_KEY, False))


def set_running(on: bool) -> None:
    """Start / Continue (True) or Stop (False): Stop keeps the run, with what it writes at that step,
    and Continue trains on from it."""
    st.session_state[RUNNING_KEY] = on
    run = st.session_state.get(RUN_KEY)
    if not on and run is not None:
        st.session_state[RUN_KEY] = sampled_now(run, get_setup())


def restart() -> None:
    """Back to step 0 (the shared run), stopped: the visitor's own run is dropped."""
    st.session_state[RUN_KEY] = None
    st.session_state[RUNNING_KEY] = False


@functools.cache
def _openblas() -> ctypes.CDLL | None:
    """NumPy's bundled OpenBLAS, if it is the one in use and has a per-thread setting."""
    libs = os.path.join(os.path.dirname(os.path.dirname(np.__file__)), "numpy.libs")
    for path in glob.glob(os.path.join(libs, "libscipy_openblas*.so*")):
        lib = ctypes.CDLL(path)
        if hasattr(lib, "openblas_set_num_threads_local"):
            return lib
    return None


def one_blas_thread() -> None:
    """Matrix products on this thread use one core: two trainings at once then share the 2 cores
    instead of four BLAS threads spinning against each other (measured: up to 40× slower under load)."""
    lib = _openblas()
    if lib is not None:
        lib.openblas_set_num_threads_local(1)


def train_chunk(setup: Setup) -> Run:
    """One chunk of this visitor's training if a server slot is free; else the queued notice is shown.

    The new run is stored before any other Streamlit call, so a Stop that arrives meanwhile (it
    interrupts at the next call) keeps the chunk. The slot is held for one chunk only (1–3 s), so
    trainings beyond the pool's size take turns chunk by chunk, told their place while they wait.
    """
    run = current_run()
    with job_slot(queued_key=QUEUED_KEY) as admitted:
        if admitted:
            one_blas_thread()
            run = advance(run, setup)
            st.session_state[RUN_KEY] = run
    return run
