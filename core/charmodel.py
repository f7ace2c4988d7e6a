"""A character n-gram model: counts of (context → next character) turned into log-probabilities.

Training: for every order k = 0 … ``settings.context`` and every position i ≥ k of the corpus, the
k characters before i are a context and ``text[i]`` is what followed it. Order 0 is the empty context,
i.e. the unigram distribution.

Smoothing, two methods (``ModelSettings.method``):
- ``"kneser_ney"`` (the default): interpolated Kneser–Ney with three discounts per order (the
  "modified" version, 0.07 bits/char better on the held-out rhymes than one discount), see
  ``core.kneser_ney``. Counts are discounted and the freed mass goes to shorter contexts, down to
  the uniform distribution.
- ``"add_k"`` (the naive one, kept to show why smoothing matters): for a context c seen in the corpus,
      p(x | c) = (count(c, x) + k) / (count(c) + k·V)
  so with k > 0 every character of the vocabulary keeps some probability, however absurd after c;
  with k = 0 the characters never seen after c get probability 0 (log-probability -inf).

Backoff: to predict after a text, take its last ``settings.context`` characters; if that context never
occurred in the corpus, drop its first character and try again, down to order 0 (always seen). The
distribution used is the smoothed distribution of the *longest seen* context. Every row therefore sums
to 1 exactly (up to rounding).

Lookup is vectorised: each k-character context is one integer code in base V (the vocabulary size);
per order the seen codes are kept sorted beside a dense [contexts, V] log-probability table, and a
batch of contexts is located with ``np.searchsorted`` — no Python loop over the batch.
"""

from __future__ import annotations

import math
from dataclasses import dataclass

import numpy as np
from numpy.typing import NDArray

from core.corpus import NextCharModel, Vocabulary, split_corpus, vocabulary
from core.kneser_ney import kneser_ney_logprobs

MAX_CONTEXT = 8  # V^8 < 2^62 for V < 200: the base-V context codes fit in int64
CHUNK_CELLS = 1 << 18  # [rows, V] cells worked on at once while building: bounds the build's peak memory
SMOOTHINGS = (0.0, 0.01, 0.02, 0.05, 0.1, 0.2, 0.5, 1.0, 2.0, 5.0)  # add-k's k a visitor may choose
MAX_SMOOTHING = SMOOTHINGS[-1]
METHODS = ("kneser_ney", "add_k")  # Kneser–Ney, and the naive add-k


def nearest_smoothing(value: float) -> float:
    """The offered k (SMOOTHINGS) closest to ``value`` on a log scale, 0 counting as 0.001: an old
    link's any k becomes one of the models the app builds."""
    scale = [math.log10(k) if k > 0 else -3.0 for k in SMOOTHINGS]
    x = math.log10(value) if value > 0 else -3.0
    return SMOOTHINGS[min(range(len(SMOOTHINGS)), key=lambda i: abs(scale[i] - x))]


# ---------------------------------------------------------------------------- the context graph


@dataclass(frozen=True, eq=False)
class ContextGraph:
    """A character model as an automaton: what each state predicts, where each character leads.

    An n-gram model with backoff is one: its state is the table row in use (the longest seen
    suffix of the context), and the row after a character depends only on the row and the
    character. ``core.sampling.walk`` samples by following ``successor``.
    """

    logprobs: NDArray[np.float64]  # [S, V] log p(next character | state)
    successor: NDArray[np.int32]  # [S, V] the state after appending each character (int32: half of int64)

    def __post_init__(self) -> None:
        """Check the arrays and keep read-only copies: a graph is shared by every session, and a
        caller's array (or a view of it) could still be written to. An array that is already
        read-only and owns its memory (``build_model`` hands its tables over so) is kept as is:
        copying the largest table would double the build's peak for nothing."""
        logprobs, successor = (
            array
            if isinstance(array, np.ndarray) and array.dtype == dtype and not array.flags.writeable
            and array.base is None
            else np.array(array, dtype=dtype)  # copies
            for array, dtype in ((self.logprobs, np.float64), (self.successor, np.int32))
        )  # fmt: skip
        if logprobs.ndim != 2 or successor.shape != logprobs.shape or logprobs.size == 0:
            raise ValueError(f"need logprobs and successor of one shape [S, V], S, V ≥ 1, got "
                             f"{logprobs.shape} and {successor.shape}")  # fmt: skip
        if np.isnan(logprobs).any() or np.isposinf(logprobs).any():
            raise ValueError("log-probabilities contain NaN or +inf")
        if np.isneginf(logprobs).all(axis=1).any():
            raise ValueError("a state rules out every character (a row of -inf)")
        if len(logprobs) >= 2**31 or not 0 <= successor.min() <= successor.max() < len(logprobs):
            raise ValueError("successor names a state outside the graph")
        for name, array in (("logprobs", logprobs), ("successor", successor)):
            array.setflags(write=False)
            object.__setattr__(self, name, array)


# ---------------------------------------------------------------------------- settings


@dataclass(frozen=True)
class ModelSettings:
    """The knobs of the model: context length (characters), smoothing method, and add-k's k."""

    context: int = 6  # 1..8 characters; see benchmarks/bench_models.py for why 6
    smoothing: float = 0.05  # add-k's k in [0, 5]; Kneser–Ney takes its discounts from the counts
    method: str = "kneser_ney"  # or "add_k", the naive one

    def __post_init__(self) -> None:
        c = self.context
        if isinstance(c, bool) or not isinstance(c, (int, np.integer)):
            raise ValueError(f"context length must be a whole number from 1 to {MAX_CONTEXT}, got {c!r}")
        if not 1 <= int(c) <= MAX_CONTEXT:
            raise ValueError(f"context length must be from 1 to {MAX_CONTEXT} characters, got {c}")
        k = self.smoothing
        if isinstance(k, bool) or not isinstance(k, (int, float, np.integer, np.floating)):
            raise ValueError(f"smoothing must be a number from 0 to {MAX_SMOOTHING:g}, got {k!r}")
        if not math.isfinite(float(k)) or not 0 <= float(k) <= MAX_SMOOTHING:
            raise ValueError(f"smoothing must be a number from 0 to {MAX_SMOOTHING:g}, got {k}")
        if not isinstance(self.method, str) or self.method not in METHODS:
            raise ValueError(f"smoothing method must be one of {', '.join(METHODS)}, got {self.method!r}")
        # Normalise types so equal settings hash equal (4 vs np.int64(4), 0 vs 0.0).
        object.__setattr__(self, "context", int(c))
        object.__setattr__(self, "smoothing", float(k))


# ---------------------------------------------------------------------------- model


class CharModel(NextCharModel):
    """An immutable character n-gram model; build it with ``build_model``.

    Shared across sessions (``st.cache_resource``), so every array is read-only. What it holds, for
    R rows (seen contexts) and V characters: the graph's log-probabilities (float64, 8·R·V bytes)
    and successors (int32, 4·R·V bytes), and the raw counts kept sparse (only the pairs seen, a few
    percent of R·V) since only ``counts`` of one context at a time is ever asked for.
    """

    def __init__(
        self,
        vocab: tuple[str, ...],
        settings: ModelSettings,
        codes: tuple[NDArray[np.int64], ...],
        offsets: NDArray[np.int64],
        counts: NDArray[np.integer],
        table: NDArray[np.float64],
    ) -> None:
        self.vocabulary: Vocabulary = Vocabulary(vocab)  # vocab, stoi, itos, encode, decode
        self.settings: ModelSettings = settings
        self._codes = codes  # per order k: sorted codes of the seen k-character contexts
        self._offsets = offsets  # [context + 1] first row of order k in counts/table
        # the raw counts [rows, V], sparse by row: row r's seen characters and their counts are
        # _count_cols / _count_vals[_count_ptr[r] : _count_ptr[r + 1]]
        rows, cols = np.nonzero(counts)
        self._count_ptr = np.searchsorted(rows, np.arange(len(counts) + 1)).astype(np.int64)
        self._count_cols = cols.astype(np.int32)
        self._count_vals = counts[rows, cols].astype(np.int64)
        del rows, cols
        for array in (*codes, offsets, self._count_ptr, self._count_cols, self._count_vals):
            array.setflags(write=False)
        self.graph: ContextGraph = ContextGraph(table, self._successors())  # what decoding walks
        self._table = self.graph.logprobs  # [rows, V] log p(next | context), smoothed: the graph's copy

    def _successors(self) -> NDArray[np.int32]:
        """The row in use after appending each character to each row's context: [rows, V].

        It depends on the row alone, not on the text before it: the longest seen suffix of a text X
        plus c is a suffix of s + c, where s is X's own longest seen suffix. Take a row's context s (k
        characters) and its parent p, s without its oldest character (p was seen too: whatever
        followed s followed p). The longest seen suffix of s + c (at most ``context`` long) is s + c
        itself, cut to ``context`` characters, if that was seen; if not, it is a suffix of p + c, and
        so p's successor for c. At k = ``context``, s + c cut is p + c, p's own first try: the row
        takes its parent's successors whole. Rows come in order of k, so a parent's row is always
        filled first: one lookup per cell instead of one per order. Worked out CHUNK_CELLS cells at
        a time into one int32 table, so the build's temporaries stay a few MB whatever the rows.
        """
        v, c = len(self.vocab), self.settings.context
        out = np.empty((int(self._offsets[-1]) + len(self._codes[-1]), v), dtype=np.int32)  # [rows, V]
        step = max(1, CHUNK_CELLS // v)
        for k, codes in enumerate(self._codes):  # the rows of order k, in table order
            first = int(self._offsets[k])
            for start in range(0, len(codes), step):
                seen = codes[start : start + step]  # [n] a chunk of the order-k rows' codes
                rows = slice(first + start, first + start + len(seen))
                if k:  # p's successors: p is s without its oldest character, a row of order k - 1
                    shorter = self._codes[k - 1]
                    fallback = out[int(self._offsets[k - 1]) + np.searchsorted(shorter, seen % v ** (k - 1))]
                else:  # the empty context backs off to itself, the order-0 row
                    fallback = np.full((len(seen), v), self._offsets[0])
                longer = self._codes[k + 1] if k < c else codes[:0]  # seen contexts one character longer
                if not len(longer):  # s + c cut is p + c (k = context), or nothing longer was seen
                    out[rows] = fallback  # (a text shorter than the context): p's successors whole
                    continue
                tried = seen[:, None] * v + np.arange(v)  # [n, V] the code of s + c
                pos = np.minimum(np.searchsorted(longer, tried), len(longer) - 1)
                found = longer[pos] == tried
                out[rows] = np.where(found, self._offsets[k + 1] + pos, fallback)
        out.setflags(write=False)
        return out

    # -- prediction ---------------------------------------------------------------

    def _rows(self, contexts: NDArray[np.int64]) -> tuple[NDArray[np.int64], NDArray[np.int64]]:
        """Table row and order used (longest seen suffix) for each context: [N, L] -> [N], [N]."""
        n, length = contexts.shape
        v = len(self.vocab)
        rows = np.full(n, self._offsets[0], dtype=np.int64)  # order 0: the unigram row
        order = np.zeros(n, dtype=np.int64)
        code = np.zeros(n, dtype=np.int64)
        for k in range(1, min(self.settings.context, length) + 1):
            # code of the last k characters = id[-k]·V^(k-1) + code of the last k-1 characters
            code = contexts[:, -k] * v ** (k - 1) + code
            seen = self._codes[k]
            if not len(seen):  # a text shorter than the context: no longer context was seen either
                break
            pos = np.searchsorted(seen, code)  # [N]
            pos_c = np.minimum(pos, len(seen) - 1)
            found = seen[pos_c] == code
            # Longer seen contexts overwrite shorter ones. A longer context can only be seen if every
            # shorter suffix was seen, so "longest seen" is the last order found.
            rows = np.where(found, self._offsets[k] + pos_c, rows)
            order = np.where(found, k, order)
        return rows, order

    def state_after(self, ids: NDArray[np.int64]) -> int:
        """The state of ``graph`` (the table row) after a text of character ids: [L] -> row."""
        ids = np.asarray(ids).reshape(1, -1)
        window = ids[:, max(0, ids.shape[1] - self.settings.context) :]
        return int(self._rows(self.check_ids(window))[0][0])

    def logits_ids(self, contexts: NDArray[np.int64]) -> NDArray[np.float64]:
        """Log-probabilities of the next character for a batch: [N, L] ids -> [N, V].

        Uses the last ``settings.context`` columns and backs off per row; L may be 0 (unigram).
        The rows are copies, so callers may modify them.
        """
        rows, _ = self._rows(self.check_ids(contexts))
        return self._table[rows]

    def order_used(self, context: str) -> int:
        """Length of the longest suffix of ``context`` (up to ``settings.context``) seen in the corpus."""
        ids = self.encode(context[-self.settings.context :] if context else "")[None, :]
        return int(self._rows(ids)[1][0])

    def counts(self, context: str) -> NDArray[np.float64]:
        """Raw corpus counts [V] of each character after the longest seen suffix of ``context``."""
        ids = self.encode(context[-self.settings.context :] if context else "")[None, :]
        return self._count_rows(self._rows(ids)[0][:1])[0]

    def _count_rows(self, rows: NDArray[np.int64]) -> NDArray[np.float64]:
        """Dense raw counts of some table rows: [N] -> [N, V] (a new array)."""
        out = np.zeros((len(rows), len(self.vocab)))
        for i, r in enumerate(rows):
            a, b = self._count_ptr[r], self._count_ptr[r + 1]
            out[i, self._count_cols[a:b]] = self._count_vals[a:b]
        return out

    @property
    def _counts(self) -> NDArray[np.float64]:
        """Every row's raw counts, dense [rows, V]: for tests of the smoothing on small models only."""
        return self._count_rows(np.arange(len(self._count_ptr) - 1))


# ---------------------------------------------------------------------------- training


def build_model(text: str, settings: ModelSettings, vocab: tuple[str, ...] | None = None) -> CharModel:
    """Count every (k-character context → next character) in ``text`` for k = 0..context, then smooth.

    ``vocab`` (default: the text's own sorted characters) must hold every character of ``text``;
    pass the whole corpus's vocabulary when ``text`` is its training part, so that held-out text
    has ids and every character keeps some probability. The app's models are built that way by
    ``train_on_corpus``: on the training part only, never on the held-out rhymes.
    """
    if not isinstance(text, str) or len(text) < 2:
        raise ValueError("the training text must be a string of at least 2 characters")
    chars = Vocabulary(vocabulary(text) if vocab is None else vocab)
    missing = chars.unknown(text)
    if missing:
        raise ValueError(f"vocab must list every character of the text; missing {sorted(missing)}")
    v = len(chars)
    if v**settings.context >= 2**62:
        raise ValueError("vocabulary too large for this context length")
    ids = chars.encode(text)  # [T]

    codes: list[NDArray[np.int64]] = []
    blocks: list[NDArray[np.int32]] = []  # int32 counts: a corpus under 2^31 characters
    code = np.zeros(len(ids), dtype=np.int64)  # code[i] = the k characters before position i
    for k in range(settings.context + 1):
        if k > 0:
            # extend every context one character to the left: [T] -> [T]
            shifted = np.zeros(len(ids), dtype=np.int64)
            shifted[k:] = ids[: max(len(ids) - k, 0)]
            code = shifted * v ** (k - 1) + code
        targets = ids[k:]  # positions with k characters before them
        ctx = code[k:]
        seen, inverse = np.unique(ctx, return_inverse=True)  # sorted codes, row of each position
        count = np.bincount(inverse * v + targets, minlength=len(seen) * v)
        codes.append(seen.astype(np.int64))
        blocks.append(count.astype(np.int32).reshape(len(seen), v))
        del count, inverse, seen

    offsets = np.cumsum([0] + [len(c) for c in codes[:-1]]).astype(np.int64)
    counts = np.concatenate(blocks)  # [rows, V]
    del blocks
    if settings.method == "kneser_ney":
        # three discounts per order (modified Kneser–Ney): 0.07 bits/char better on the held-out rhymes
        table = kneser_ney_logprobs(codes, counts, offsets, v, ids[: settings.context + 1], modified=True)
    else:
        table = np.empty(counts.shape)  # [rows, V], filled a chunk of rows at a time
        step = max(1, CHUNK_CELLS // v)
        with np.errstate(divide="ignore"):  # k = 0: unseen continuations get log 0 = -inf
            for a in range(0, len(counts), step):
                smoothed = counts[a : a + step] + settings.smoothing  # [n, V]
                np.log(smoothed, out=table[a : a + step])
                table[a : a + step] -= np.log(smoothed.sum(axis=1, keepdims=True))
    table.setflags(write=False)  # handed over to the graph without a copy
    return CharModel(chars.itos, settings, tuple(codes), offsets, counts, table)


def train_on_corpus(corpus: str, settings: ModelSettings) -> CharModel:
    """The app's model: trained on the corpus's training part only, with the whole corpus's vocabulary.

    The held-out rhymes (``core.corpus.split_corpus``) are never trained on, so held-out bits per
    character measure how well a model does on rhymes it has not seen.
    """
    return build_model(split_corpus(corpus)[0], settings, vocab=vocabulary(corpus))
