"""The compare page's link to the shared model: the generator's prompt and settings, and the corpus words."""

from __future__ import annotations

import streamlit as st

from core.textstats import corpus_words
from ui.model_settings import ModelInputs, get_corpus, model_settings


@st.cache_resource(show_spinner=False)
def corpus_word_set() -> frozenset[str]:
    """The corpus's words (lower case): what counts as a real word. Built once per process."""
    return corpus_words(get_corpus())


def shared_model() -> tuple[ModelInputs, tuple | None]:
    """Draw the shared prompt and model settings; return them with a hashable cache key for sweeps."""
    inputs = model_settings()
    for message in inputs.errors:
        st.error(message, icon=":material/error:")
    key = inputs.key  # (model choice, context, k): every model its own cache entries
    return inputs, key
