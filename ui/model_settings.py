"""The prompt and model settings shared by the generator and comparison pages, and the cached model.

Both pages draw the same three widgets with the same keys (``model_prompt``, ``model_context``,
``model_smoothing``), bound to the URL and persisted for the session, so switching pages keeps them.
"""

from __future__ import annotations

from dataclasses import dataclass

import streamlit as st

from core.charmodel import MAX_CONTEXT, MAX_SMOOTHING, CharModel, ModelSettings, build_model
from core.corpus import load_corpus, split_corpus, vocabulary
from ui.i18n import tr
from ui.markdown import md_literal

DEFAULT_PROMPT = "Humpty Du"
MAX_PROMPT_CHARS = 500  # the model reads only the last few characters; longer is a pasted accident
MAX_NAMED_CHARS = 8  # unknown characters named in a message, then "…"
PROMPT_KEY, CONTEXT_KEY, SMOOTHING_KEY = "model_prompt", "model_context", "model_smoothing"


@st.cache_resource(show_spinner=False)
def get_corpus() -> str:
    """The rhymes, read once per process."""
    return load_corpus()


@st.cache_resource(show_spinner=False, max_entries=24)
def get_model(settings: ModelSettings) -> CharModel:
    """The model for these settings, built once per process and shared by all sessions (read-only).

    Trained on the corpus's training part only, with the whole corpus's vocabulary (as
    ``core.charmodel.train_on_corpus``): the held-out rhymes are never trained on, so the bits per
    character measured on them stay honest.
    """
    corpus = get_corpus()
    return build_model(split_corpus(corpus)[0], settings, vocab=vocabulary(corpus))


@dataclass(frozen=True)
class ModelInputs:
    """What the user asked for: the prompt as typed, the model (None if the settings are bad), messages."""

    prompt: str
    settings: ModelSettings | None
    model: CharModel | None
    errors: tuple[str, ...]  # translated, ready for st.error; empty when prompt and model are usable

    @property
    def ok(self) -> bool:
        """True when the prompt can be fed to the model."""
        return not self.errors and self.model is not None


def describe_char(ch: str) -> str:
    """A character as a user can recognise it in a message: “ü” (U+00FC); invisible ones by code point."""
    code = f"U+{ord(ch):04X}"
    if ch.isprintable() and not ch.isspace():
        return f"“{md_literal(ch)}” ({code})"
    return code


def describe_chars(chars: list[str]) -> str:
    """Several characters for a message, at most MAX_NAMED_CHARS, then an ellipsis and the count."""
    named = ", ".join(describe_char(c) for c in chars[:MAX_NAMED_CHARS])
    extra = len(chars) - MAX_NAMED_CHARS
    return named + (tr("model.more_chars", n=extra) if extra > 0 else "")


def check_prompt(prompt: str, model: CharModel | None) -> list[str]:
    """Translated problems with the prompt: empty, too long, characters the model never saw."""
    if not prompt:
        return [tr("model.err.empty_prompt")]
    if len(prompt) > MAX_PROMPT_CHARS:
        return [tr("model.err.long_prompt", n=f"{len(prompt):,}", max=MAX_PROMPT_CHARS)]
    if model is not None:
        unknown = model.unknown_chars(prompt)
        if unknown:
            return [tr("model.err.unknown_chars", chars=describe_chars(unknown), n=len(unknown))]
    return []


def model_settings(show_settings: bool = True) -> ModelInputs:
    """Draw the prompt box and (in an expander) context length and smoothing; validate them.

    Never raises on bad input: problems come back as translated messages in ``errors`` and the
    widgets keep what the user typed.
    """
    prompt = st.text_input(
        tr("model.prompt"),
        value=DEFAULT_PROMPT,
        key=PROMPT_KEY,
        help=tr("model.prompt.help"),
        bind="query-params",
        persist_state="session",
    )
    with st.expander(tr("model.settings"), expanded=False) if show_settings else st.container():
        cols = st.columns(2)
        context = cols[0].slider(
            tr("model.context"),
            min_value=1,
            max_value=MAX_CONTEXT,
            value=ModelSettings.context,
            key=CONTEXT_KEY,
            help=tr("model.context.help"),
            bind="query-params",
            persist_state="session",
        )
        # No min/max on purpose: a typed -1 or 1e308 gets an explanation instead of a silent clamp.
        smoothing = cols[1].number_input(
            tr("model.smoothing"),
            value=ModelSettings.smoothing,
            step=0.01,
            format="%.3g",
            key=SMOOTHING_KEY,
            help=tr("model.smoothing.help", max=f"{MAX_SMOOTHING:g}"),
            bind="query-params",
            persist_state="session",
        )
    prompt = prompt or ""
    try:
        settings = ModelSettings(context=int(context), smoothing=float(smoothing))
    except (ValueError, TypeError, OverflowError):
        return ModelInputs(
            prompt, None, None, (tr("model.err.settings", max=f"{MAX_SMOOTHING:g}", ctx=MAX_CONTEXT),)
        )
    model = get_model(settings)
    return ModelInputs(prompt, settings, model, tuple(check_prompt(prompt, model)))
