"""Statistics of generated text: diversity, real words, repetition, loops, log-probability, entropy.

Diversity is measured across the N samples (how many different continuations, how many different
character n-grams); quality within each (real words, repetition) and under the model
(log-probability per character, perplexity = e^(−mean ln p)).
"""

from __future__ import annotations

import math
import re
from collections.abc import Callable, Iterable, Sequence
from dataclasses import dataclass

import numpy as np

from core.decoding import Continuations, Model, Strategy, beam_search, check_counts, greedy, run_strategy
from core.filters import FilterSettings
from core.sampling import Seed

WORD = re.compile(r"[A-Za-z]+(?:'[A-Za-z]+)*")
NGRAM = 4  # characters per n-gram for the repetition and diversity measures


def corpus_words(text: str) -> frozenset[str]:
    """The set of lower-case words of a text: what counts as a real word."""
    return frozenset(w.lower() for w in WORD.findall(text))


def complete_words(prompt: str, continuation: str) -> list[str]:
    """Words the continuation wrote or finished, followed by a separator inside the continuation.

    The prompt's last word counts if the continuation completes it ("Du" + "mpty " → "Dumpty");
    a word cut off by the end of the continuation does not count — it may just be unfinished.
    """
    full = prompt + continuation
    start = len(prompt)
    return [m.group() for m in WORD.finditer(full) if start < m.end() < len(full)]


def real_word_share(prompt: str, texts: Iterable[str], words: frozenset[str]) -> float:
    """Share of complete generated words (over all texts) that are words of the corpus; NaN if none."""
    total = real = 0
    for text in texts:
        found = complete_words(prompt, text)
        total += len(found)
        real += sum(w.lower() in words for w in found)
    return real / total if total else math.nan


def novel_line_share(texts: Iterable[str], corpus: str) -> float:
    """Share of complete generated lines not found as a line of the corpus; NaN if there are none.

    A line is complete when a newline closes it inside the text: the text before the first newline
    continues the prompt's line and the text after the last one may be unfinished, so neither
    counts. Lines are compared stripped, and empty ones are skipped. Copying is not writing: a
    model that only reproduces the corpus scores 0.
    """
    known = {line.strip() for line in corpus.split("\n")}
    total = novel = 0
    for text in texts:
        for line in text.split("\n")[1:-1]:
            line = line.strip()
            if line:
                total += 1
                novel += line not in known
    return novel / total if total else math.nan


def ngram_codes(ids: np.ndarray, vocab_size: int, n: int = NGRAM) -> np.ndarray:
    """Each character n-gram of each row as one integer: [N, L] -> [N, L - n + 1]."""
    ids = np.atleast_2d(np.asarray(ids, dtype=np.int64))
    width = ids.shape[1] - n + 1
    codes = np.zeros((ids.shape[0], max(width, 0)), dtype=np.int64)
    for j in range(n):  # base-V digits; V ** 4 fits int64 for any character vocabulary
        codes = codes * vocab_size + ids[:, j : j + width]
    return codes


def repeated_ngram_shares(ids: np.ndarray, vocab_size: int, n: int = NGRAM) -> np.ndarray:
    """Per row, the share of n-grams that already occurred earlier in it (0 = no repeats): [N]."""
    codes = np.sort(ngram_codes(ids, vocab_size, n), axis=1)
    if codes.shape[1] == 0:
        return np.zeros(codes.shape[0])
    distinct = 1 + (np.diff(codes, axis=1) != 0).sum(axis=1)
    return 1 - distinct / codes.shape[1]


def distinct_ngram_share(ids: np.ndarray, vocab_size: int, n: int = NGRAM) -> float:
    """Distinct n-grams over all n-grams of all rows ("distinct-n"): 1 = never repeats anything."""
    codes = ngram_codes(ids, vocab_size, n)
    return len(np.unique(codes)) / codes.size if codes.size else 0.0


@dataclass(frozen=True)
class Loop:
    """The text repeats ``unit`` over and over from character ``start`` (0-based) to its end."""

    start: int
    unit: str

    @property
    def first_char(self) -> int:
        """Where the loop starts, counted from 1 as a reader counts ("from the 6th character")."""
        return self.start + 1


LOOP_CHUNK = 1 << 22  # booleans compared at once by loop_starts: 4 MB, whatever N and L


def loop_starts(
    ids: np.ndarray, min_repeats: int = 3, min_chars: int = 12, max_period: int = 40
) -> tuple[np.ndarray, np.ndarray]:
    """Per row, where the row becomes periodic to its end and the period, or (-1, 0): [N, L] -> [N], [N].

    A loop is a period p and a start k with x[i] == x[i + p] for every i ≥ k, spanning at least
    ``min_repeats`` periods and ``min_chars`` characters (so "ee" at the end is not a loop).
    The earliest start wins, then the shortest period. Vectorised over rows and periods, in
    blocks of rows; the only Python loop fills one [rows, periods, L] array, period by period.
    """
    ids = np.atleast_2d(np.asarray(ids))
    rows, length = ids.shape
    periods = np.arange(1, min(max_period, length // min_repeats) + 1)  # [P]
    starts = np.full(rows, -1)
    found_periods = np.zeros(rows, dtype=np.int64)
    if rows == 0 or len(periods) == 0:
        return starts, found_periods
    need = np.maximum(min_repeats * periods, min_chars)  # [P] characters a loop must span
    block_rows = max(1, LOOP_CHUNK // (len(periods) * length))
    for r0 in range(0, rows, block_rows):
        block = ids[r0 : r0 + block_rows]  # [n, L]
        # differ[:, p - 1, L - 1 - i] = x[i] != x[i + p]: stored backwards, so argmax finds the last
        differ = np.zeros((len(block), len(periods), length), dtype=bool)
        for p in periods:
            np.not_equal(block[:, :-p], block[:, p:], out=differ[:, p - 1, length - 1 : p - 1 : -1])
        last = length - np.argmax(differ, axis=2)  # [n, P] index after the last mismatch...
        last[~differ.any(axis=2)] = 0  # ...or 0: periodic throughout
        last[length - last < need] = length + 1  # too short to count: no loop
        best = np.argmin(last, axis=1)  # the earliest start; on ties the first, shortest, period
        start = last[np.arange(len(block)), best]
        looped = start <= length
        starts[r0 : r0 + block_rows] = np.where(looped, start, -1)
        found_periods[r0 : r0 + block_rows] = np.where(looped, periods[best], 0)
    return starts, found_periods


def find_loop(text: str, min_repeats: int = 3, min_chars: int = 12, max_period: int = 40) -> Loop | None:
    """The earliest point from which the text repeats one unit to its end, or None (see loop_starts).

    The start moves forward (less than one period) to a word start when there is one, so the
    unit reads "Dumpty " rather than "mpty Du".
    """
    return find_loops([text], min_repeats, min_chars, max_period)[0]


def find_loops(
    texts: Sequence[str], min_repeats: int = 3, min_chars: int = 12, max_period: int = 40
) -> list[Loop | None]:
    """``find_loop`` of texts of one length, in one vectorised pass (a Monte Carlo has 10,000 texts)."""
    if not texts:
        return []
    if len({len(text) for text in texts}) > 1:
        raise ValueError("find_loops needs texts of one length; use find_loop for each")
    codes = np.frombuffer("".join(texts).encode("utf-32-le"), dtype=np.uint32).reshape(len(texts), -1)
    starts, periods = loop_starts(codes, min_repeats, min_chars, max_period)
    return [
        _at_word_start(text, int(start), int(p))
        for text, start, p in zip(texts, starts, periods, strict=True)
    ]


def _at_word_start(text: str, start: int, p: int) -> Loop | None:
    """The loop from ``start`` with period ``p``, its unit rotated to begin at a word start if it has one."""
    if start < 0:
        return None
    for k in range(start, start + p):
        if k > 0 and not text[k - 1].isalnum() and text[k].isalnum():
            start = k
            break
    return Loop(start, text[start : start + p])


@dataclass(frozen=True)
class Stats:
    """The statistics of one strategy's N continuations (all means over samples and steps)."""

    n: int
    distinct: int  # different continuations among the N
    distinct_ngrams: float  # distinct-4 over all samples: 0..1, higher = more diverse
    real_words: float  # share of complete generated words found in the corpus
    repeated_ngrams: float  # mean share of 4-grams repeated within a sample
    loop_share: float  # share of samples that end in a loop
    first_loop: Loop | None  # the loop of the first sample (for greedy: the loop)
    logprob_per_char: float  # mean ln p per character under the model
    perplexity: float  # e^(−logprob_per_char)
    entropy_bits: float  # mean entropy of the distribution drawn from, per step
    novel_lines: float = math.nan  # share of complete lines not in the corpus (NaN: none, or no corpus)

    def as_row(self) -> dict[str, float | int]:
        """The numbers as a flat row for a table."""
        return {
            "n": self.n,
            "distinct": self.distinct,
            "distinct_ngrams": self.distinct_ngrams,
            "real_words": self.real_words,
            "repeated_ngrams": self.repeated_ngrams,
            "loop_share": self.loop_share,
            "logprob_per_char": self.logprob_per_char,
            "perplexity": self.perplexity,
            "entropy_bits": self.entropy_bits,
            "novel_lines": self.novel_lines,
        }


def text_stats(
    prompt: str,
    texts: Sequence[str],
    result: Continuations,
    vocab_size: int,
    words: frozenset[str],
    corpus: str | None = None,
) -> Stats:
    """All statistics of N continuations (``texts`` are ``result`` decoded, in the same order).

    With ``corpus``, also the share of complete lines that are new (not a line of the corpus)."""
    starts, _ = loop_starts(result.ids)
    logprob = float(result.logprobs.mean())
    return Stats(
        n=len(texts),
        distinct=len(set(texts)),
        distinct_ngrams=distinct_ngram_share(result.ids, vocab_size),
        real_words=real_word_share(prompt, texts, words),
        repeated_ngrams=float(repeated_ngram_shares(result.ids, vocab_size).mean()),
        loop_share=float((starts >= 0).mean()),
        first_loop=find_loop(texts[0]) if texts else None,
        logprob_per_char=logprob,
        perplexity=math.exp(-logprob),
        entropy_bits=float(result.entropies.mean()),
        novel_lines=math.nan if corpus is None else novel_line_share(texts, corpus),
    )


def repeated_stats(
    prompt: str,
    text: str,
    one: Continuations,
    n: int,
    vocab_size: int,
    words: frozenset[str],
    corpus: str | None = None,
) -> Stats:
    """``text_stats`` of N copies of one continuation, from the one: what greedy and beam give.

    Every mean over the copies is the one's value; only the counts across samples change (one
    distinct text, and distinct-4 is the one's distinct 4-grams over N times its 4-grams).
    """
    stats = text_stats(prompt, [text], one, vocab_size, words, corpus)
    return Stats(**{**vars(stats), "n": n, "distinct_ngrams": stats.distinct_ngrams / n})


def strategy_stats(
    model: Model,
    prompt: str,
    n: int,
    length: int,
    strategy: Strategy,
    seed: Seed,
    words: frozenset[str],
    corpus: str | None = None,
) -> Stats:
    """Statistics of N continuations by one strategy; a deterministic one is decoded and analysed once."""
    check_counts(n, length)
    if strategy.deterministic:
        if strategy.settings is None:
            one = beam_search(model, prompt, length, strategy.beam_width)
        else:
            one = greedy(model, prompt, length)
        return repeated_stats(prompt, one.texts(model)[0], one, n, len(model.vocab), words, corpus)
    result = run_strategy(model, prompt, n, length, strategy, seed)
    return text_stats(prompt, result.texts(model), result, len(model.vocab), words, corpus)


# ---------------------------------------------------------------------- whole comparisons


def monte_carlo(
    model: Model,
    prompt: str,
    n: int,
    length: int,
    plan: Sequence[Strategy],
    seed: int,
    words: frozenset[str],
    progress: Callable[[int, int], None] | None = None,
    corpus: str | None = None,
) -> dict[str, Stats]:
    """Statistics of N continuations per strategy; strategy i's samples draw from streams of their
    own under (seed, i), so adding or changing one strategy leaves the others' numbers unchanged."""
    out: dict[str, Stats] = {}
    for i, strategy in enumerate(plan):
        out[strategy.name] = strategy_stats(model, prompt, n, length, strategy, (seed, i), words, corpus)
        if progress is not None:
            progress(i + 1, len(plan))
    return out


def temperature_sweep(
    model: Model,
    prompt: str,
    temperatures: Sequence[float],
    n: int,
    length: int,
    seed: int,
    words: frozenset[str],
) -> list[Stats]:
    """Statistics at each temperature (0 = greedy), N samples each, seeded (seed, i) for the i-th T."""
    out = []
    for i, t in enumerate(temperatures):
        strategy = Strategy(f"T={t:g}", FilterSettings(temperature=float(t)))
        out.append(strategy_stats(model, prompt, n, length, strategy, (seed, i), words))
    return out


# The values of ``conclusion`` that are shares (0 … 1): a page writes them with ``core.number_text.percent``,
# so always the top's few distinct 4-grams read "0.019%", not the "0.0%" of a one-place format.
CONCLUSION_SHARES = frozenset(
    {"loops", "loops2", "div", "div_greedy", "div_t", "div_1", "real", "real_greedy", "share", "share2"}
)


def conclusion(stats: dict[str, Stats], temperature: float, length: int) -> list[tuple[str, dict]]:
    """The findings of one run as (catalog key suffix, values) pairs; the wording is chosen by
    what the numbers show, so the page can fill translated templates."""
    greedy, sampling, chosen, beam = (stats[k] for k in ("greedy", "sampling", "temperature", "beam"))
    lines: list[tuple[str, dict]] = []
    if greedy.first_loop is not None:
        lines.append(
            ("greedy_loops", {"unit": greedy.first_loop.unit, "start": greedy.first_loop.first_char})
        )
    else:
        lines.append(("greedy_no_loop", {"length": length}))
    if sampling.distinct == 1:
        diverse_key = "sampling_same"
    else:  # "0.0% of its texts end in a loop" is true but reads like a rounding: say none
        diverse_key = "sampling_diverse" if sampling.loop_share > 0 else "sampling_diverse_never"
    lines.append(
        (
            diverse_key,
            {
                "distinct": sampling.distinct,
                "n": sampling.n,
                "loops": sampling.loop_share,
                "div": sampling.distinct_ngrams,
                "div_greedy": greedy.distinct_ngrams,
            },
        )
    )
    quality = {
        "real": sampling.real_words,
        "real_greedy": greedy.real_words,
        "ppl": sampling.perplexity,
        "ppl_greedy": greedy.perplexity,
    }
    lines.append(
        ("greedy_likelier" if greedy.perplexity < sampling.perplexity else "sampling_likelier", quality)
    )
    if temperature not in (0.0, 1.0):
        values = {
            "t": f"{temperature:g}",
            "ppl_t": chosen.perplexity,
            "ppl_1": sampling.perplexity,
            "div_t": chosen.distinct_ngrams,
            "div_1": sampling.distinct_ngrams,
        }
        safer = chosen.perplexity < sampling.perplexity
        varied = chosen.distinct_ngrams > sampling.distinct_ngrams
        key = {(True, False): "t_tradeoff_low", (False, True): "t_tradeoff_high"}.get(
            (safer, varied), "t_mixed"
        )
        lines.append((key, values))
    lines.append(
        ("beam_loops" if beam.first_loop is not None else "beam_no_loop", {"ppl_beam": beam.perplexity})
    )
    # Real words alone reward loops ("Dumpty Dumpty …" is all real words), so when the winner
    # loops, also name the best strategy that does not.
    ranked = [(k, s) for k, s in stats.items() if not math.isnan(s.real_words)]
    if ranked:
        name, best = max(ranked, key=lambda kv: kv[1].real_words)
        fresh = [(k, s) for k, s in ranked if s.loop_share < 0.5]
        if best.loop_share >= 0.5 and fresh:
            name2, best2 = max(fresh, key=lambda kv: kv[1].real_words)
            values = {
                "strategy": name,
                "share": best.real_words,
                "strategy2": name2,
                "share2": best2.real_words,
                "loops2": best2.loop_share,  # under half, but maybe not none: the sentence says how many
            }
            never = best2.loop_share == 0  # "0.0% of its texts end in a loop": say none
            lines.append(("best_real_words_loops_never" if never else "best_real_words_loops", values))
        else:
            lines.append(("best_real_words", {"strategy": name, "share": best.real_words}))
    return lines
