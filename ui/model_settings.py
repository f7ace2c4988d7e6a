"""The prompt and model settings shared by the generator and comparison pages, and the cached models
(the learn page takes its corpus from here too).

Both pages draw the same widgets with the same keys (``model_prompt``, ``model_choice``,
``model_context``, ``model_smoothing``), persisted for the session, so switching pages keeps them.
Three models: Kneser–Ney (the default), add-k (the naive one, to show why smoothing matters) and
the neural network (``core.mlp``, shipped weights). Context length and add-k's k come from short
fixed lists: every value a visitor can ask for is one of a few models, so the model cache's limit
bounds the memory they take (issue 18; the numbers are in docs/DEPLOY.md).

Nothing outside the caches holds a model: ``ModelInputs`` keeps the settings and looks the model
up on each use, so a session (or a fragment that keeps its arguments) never pins an evicted model.
"""

from __future__ import annotations

import unicodedata
from dataclasses import dataclass

import streamlit as st

from core.charmodel import SMOOTHINGS, CharModel, ModelSettings, build_model, nearest_smoothing
from core.corpus import load_corpus, split_corpus, vocabulary
from core.mlp import MLPConfig, MLPModel, load_model
from core.url_values import parse_url_number
from ui import url_guard
from ui.i18n import tr
from ui.link_params import choice_from_link, link_to_read, set_param
from ui.markdown import md_literal
from ui.widgets import rerun_expander

DEFAULT_PROMPT = "Humpty Du"
MAX_PROMPT_CHARS = 500  # the model reads only the last few characters; longer is a pasted accident
MAX_NAMED_CHARS = 8  # unknown characters named in a message, then "…"
SETTINGS_KEY = "model_settings_section"  # the expander: open on a link whose setting was not used
PROMPT_KEY, CHOICE_KEY, CONTEXT_KEY, SMOOTHING_KEY = (
    "model_prompt",
    "model_choice",
    "model_context",
    "model_smoothing",
)

CHOICES = ("kneser_ney", "add_k", "mlp")  # codes in the link (?model_choice=add_k), labels translated
NEURAL = "mlp"
# Memory decides these lists (issue 18). A context-6 n-gram model holds ~76 MiB (float64 table,
# int32 successors); a walk's filtered distributions live only as long as the walk (core.sampling);
# context 8 would be ~135 MiB and its build peaks at 310 MiB, for no better held-out score.
CONTEXTS = (1, 2, 3, 4, 5, 6)
MAX_MODELS = 3  # n-gram models kept at once for the whole server: 3 × ~125 MiB at worst


@st.cache_resource(show_spinner=False)
def get_corpus() -> str:
    """The rhymes, read once per process."""
    return load_corpus()


@st.cache_resource(show_spinner=False, max_entries=MAX_MODELS)
def get_model(settings: ModelSettings) -> CharModel:
    """The model for these settings, built once per process and shared by all sessions (read-only).

    Trained on the corpus's training part only, with the whole corpus's vocabulary (as
    ``core.charmodel.train_on_corpus``): the held-out rhymes are never trained on, so the bits per
    character measured on them stay honest.
    """
    corpus = get_corpus()
    return build_model(split_corpus(corpus)[0], settings, vocab=vocabulary(corpus))


@st.cache_resource(show_spinner=False)
def get_neural_model() -> MLPModel:
    """The shipped network (core/weights/mlp.npz, under 1 MB), loaded once; its arrays are read-only."""
    return load_model()


@dataclass(frozen=True)
class ModelInputs:
    """What the user asked for: the prompt as typed, the model's settings (None if bad), messages.

    ``settings`` is a ``ModelSettings`` for the n-gram models and the network's ``MLPConfig`` for the
    neural one; both have ``context``. The model itself is looked up in the cache on each use.
    """

    prompt: str
    settings: ModelSettings | MLPConfig | None
    errors: tuple[str, ...]  # translated, ready for st.error; empty when prompt and model are usable
    choice: str = CHOICES[0]

    @property
    def model(self) -> CharModel | MLPModel | None:
        """The shared model for these settings (from the cache: built at most once per process)."""
        if self.settings is None:
            return None
        if isinstance(self.settings, MLPConfig):
            return get_neural_model()
        return get_model(self.settings)

    @property
    def key(self) -> tuple | None:
        """A small hashable key of the model, for caches of what is computed with it."""
        if self.settings is None:
            return None
        smoothing = getattr(self.settings, "smoothing", None) if self.choice == "add_k" else None
        return (self.choice, self.settings.context, smoothing)

    @property
    def ok(self) -> bool:
        """True when the prompt can be fed to the model."""
        return not self.errors and self.settings is not None


def describe_char(ch: str) -> str:
    """A character as a user can recognise it in a message: “ü”; one that shows nothing (a tab, a
    zero-width space) by its code point, U+200B, the only way to name it."""
    # Marks (an accent on its own, an emoji's variation selector), controls and separators show
    # nothing between quotes: they are named by code point.
    if ch.isprintable() and unicodedata.category(ch)[0] not in "MCZ":
        return f"“{md_literal(ch)}”"
    return f"U+{ord(ch):04X}"


def describe_chars(chars: list[str]) -> str:
    """Several characters for a message, at most MAX_NAMED_CHARS, then an ellipsis and the count."""
    named = tr("list.sep").join(describe_char(c) for c in chars[:MAX_NAMED_CHARS])
    extra = len(chars) - MAX_NAMED_CHARS
    return named + (tr("model.more_chars", n=extra) if extra > 0 else "")


def check_prompt(prompt: str, model: CharModel | MLPModel | None) -> list[str]:
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


def _read_link() -> None:
    """On a session's first run, and after Back or Forward: the link's model choice (a code), and
    an old link's k snapped. (The other settings are bound widgets: Streamlit reads them.)

    Old links carry any k (``?model_smoothing=0.0011``); it becomes the nearest offered value, with
    a notice. The choice is a code in the link, not the translated label a bound radio would put
    there, so a link works in every language.
    """
    if not link_to_read("model_link_read"):
        return
    url_guard.forget_handled(SMOOTHING_KEY)  # unless this address's k is snapped below
    if not choice_from_link(CHOICE_KEY, CHOICES):
        st.warning(
            tr("url.value_ignored", label=tr("model.choice"), reason=tr("url.reason.not_option")),
            icon=":material/link_off:",
        )
    raw_k = st.query_params.get(SMOOTHING_KEY)
    if raw_k is None or raw_k in {f"{k:g}" for k in SMOOTHINGS}:
        return
    number = parse_url_number(raw_k, "float", 0.0, max(SMOOTHINGS))
    if number.ok:
        used = nearest_smoothing(float(number.value))
        url_guard.mark_handled(SMOOTHING_KEY)  # the widget starts from `used` and writes it to the link
        st.session_state[SMOOTHING_KEY] = used
        st.warning(tr("model.smoothing_snapped", asked=number.text, used=f"{used:g}"), icon=":material/link:")
    # a value that is no number at all is left to the URL guard, which names it


def _link_setting_unused() -> bool:
    """Whether the link gives a context length, or a k that is no number, that the sliders cannot
    take: the URL guard's message then sits inside the settings, which open on it (a k in range is
    snapped with a notice above them). Only the section's first run in a session uses it:
    ``rerun_expander`` keeps the open/closed state from then on."""
    context, k = st.query_params.get(CONTEXT_KEY), st.query_params.get(SMOOTHING_KEY)
    if context is not None and context not in {str(c) for c in CONTEXTS}:
        return True
    return k is not None and not parse_url_number(k, "float", 0.0, max(SMOOTHINGS)).ok


def model_settings() -> ModelInputs:
    """Draw the prompt box and (in an expander) the model, context length and k; validate them.

    Never raises on bad input: problems come back as translated messages in ``errors`` and the
    widgets keep what the user typed.
    """
    _read_link()
    prompt = st.text_input(
        tr("model.prompt"),
        value=DEFAULT_PROMPT,
        key=PROMPT_KEY,
        help=tr("model.prompt.help"),
        bind="query-params",
        persist_state="session",
    )
    with rerun_expander(tr("model.settings"), SETTINGS_KEY, expanded=_link_setting_unused()):
        choice = st.radio(
            tr("model.choice"),
            CHOICES,
            format_func={c: tr(f"model.choice.{c}") for c in CHOICES}.__getitem__,  # labels of this run
            key=CHOICE_KEY,
            horizontal=True,
            help=tr("model.choice.help"),
            persist_state="session",
        )
        neural = choice == NEURAL
        # Each slider drawn *inside* its column (``with``): the URL guard's notice for a bad link value
        # goes where the widget is drawn, so it sits right above it, not under the whole row.
        cols = st.columns(2)
        with cols[0]:
            context = st.select_slider(
                tr("model.context"),
                options=CONTEXTS,
                value=ModelSettings.context,
                key=CONTEXT_KEY,
                help=tr("model.context.help"),
                disabled=neural,  # the network's context is fixed by its weights
                bind="query-params",
                persist_state="session",
            )
        with cols[1]:
            smoothing = st.select_slider(
                tr("model.smoothing"),
                options=SMOOTHINGS,
                value=ModelSettings.smoothing,
                format_func=lambda k: f"{k:g}",
                key=SMOOTHING_KEY,
                help=tr("model.smoothing.help", max=f"{max(SMOOTHINGS):g}"),
                disabled=choice != "add_k",  # Kneser–Ney takes its discounts from the counts
                bind="query-params",
                persist_state="session",
            )
        if neural:
            st.caption(tr("model.neural.caption", ctx=get_neural_model().config.context))
    set_param(CHOICE_KEY, None if choice == CHOICES[0] else choice)
    prompt = prompt or ""
    if neural:
        settings: ModelSettings | MLPConfig = get_neural_model().config
    else:
        try:
            # Kneser–Ney ignores k: one cache entry for it, whatever the (disabled) k slider shows
            k = float(smoothing) if choice == "add_k" else ModelSettings.smoothing
            settings = ModelSettings(context=int(context), smoothing=k, method=choice)
        except (ValueError, TypeError, OverflowError):
            message = tr("model.err.settings", max=f"{max(SMOOTHINGS):g}", ctx=max(CONTEXTS))
            return ModelInputs(prompt, None, (message,), choice)
    inputs = ModelInputs(prompt, settings, (), choice)
    return ModelInputs(prompt, settings, tuple(check_prompt(prompt, inputs.model)), choice)
