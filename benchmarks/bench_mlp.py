"""The neural character model against the n-gram models, on one core: prints a Markdown report.

    .venv/bin/python -m benchmarks.bench_mlp            # about a minute: trains once from scratch
    .venv/bin/python -m benchmarks.bench_mlp --quick    # skips the training run (shipped weights only)
    .venv/bin/python -m benchmarks.bench_mlp --sweep    # re-tune: the recipe with one knob changed at a time

Held-out bits per character (the shared yardstick, ``core.evaluate.bits_per_char``) on the same
split for: uniform guessing, add-k n-grams (``core.charmodel``), a reference interpolated
Kneser–Ney written here (absolute discount 0.75, the same for every order; the app's own KN model
is measured by its own benchmark), and the MLP. Then the MLP's training time from scratch, the
load time of the shipped weights, and the memory one training holds.
"""

from __future__ import annotations

import os

# one core, set before NumPy loads OpenBLAS
os.environ.setdefault("OPENBLAS_NUM_THREADS", "1")
os.environ.setdefault("OMP_NUM_THREADS", "1")

import argparse  # noqa: E402
import math  # noqa: E402
import time  # noqa: E402
from collections import Counter, defaultdict  # noqa: E402
from dataclasses import replace  # noqa: E402

import numpy as np  # noqa: E402

from benchmarks._common import Section, machine, median, ms, table  # noqa: E402
from core.charmodel import ModelSettings, build_model  # noqa: E402
from core.corpus import load_corpus, split_corpus, vocabulary  # noqa: E402
from core.evaluate import bits_per_char  # noqa: E402
from core.mlp import WEIGHTS_PATH, MLPConfig, as_stored, forward, load_model, load_record  # noqa: E402
from core.mlp_train import (  # noqa: E402
    CONTEXT,
    EMBED,
    HIDDEN,
    SETTINGS,
    heldout_examples,
    init_adam,
    recipe,
    train,
    training_examples,
)

# ---------------------------------------------------------------------------- reference n-grams


class KneserNey:
    """Interpolated Kneser–Ney over characters (Chen & Goodman 1998), for reference only.

    p(w | h) = max(c(h w) − D, 0) / c(h) + D · N1+(h ·) / c(h) · p_lower(w | h minus its first char),
    where the lower orders count *continuations* (how many different characters came before h w)
    instead of occurrences; an unseen h falls through to p_lower; the bottom is uniform over V.
    """

    def __init__(self, text: str, vocab: tuple[str, ...], order: int, discount: float = 0.75):
        self.vocab, self.order, self.d = vocab, order, discount
        self.counts: list[dict[str, Counter]] = [defaultdict(Counter) for _ in range(order + 1)]
        for k in range(order + 1):  # k = context length
            for i in range(k, len(text)):
                self.counts[k][text[i - k : i]][text[i]] += 1
        # continuation counts for the lower orders: distinct characters before (h w)
        self.cont: list[dict[str, Counter]] = [defaultdict(Counter) for _ in range(order)]
        for k in range(order):
            for h_long, nxt in self.counts[k + 1].items():
                for w in nxt:
                    self.cont[k][h_long[1:]][w] += 1

    def prob(self, history: str, w: str) -> float:
        p = 1 / len(self.vocab)
        for k in range(0, self.order + 1):
            h = history[len(history) - k :] if k else ""
            if k > len(history):
                break
            table = self.counts[k] if k == self.order or k == len(history) else self.cont[k]
            row = table.get(h)
            if not row:
                break
            total = sum(row.values())
            p = max(row[w] - self.d, 0) / total + self.d * len(row) / total * p
        return p

    def bits(self, text: str) -> float:
        return -sum(
            math.log2(self.prob(text[max(0, i - self.order) : i], text[i])) for i in range(1, len(text))
        ) / (len(text) - 1)


def add_k_bits(train_text: str, held: str, context: int) -> tuple[float, float] | None:
    """Best add-k bits per char over a few k, or None if held-out has characters training lacks."""
    if set(held) - set(train_text):
        return None  # build_model takes its vocabulary from its text: cannot score them
    return min(
        (
            bits_per_char(
                build_model(train_text, ModelSettings(context=context, smoothing=k)), held, context
            ),
            k,
        )
        for k in (0.01, 0.03, 0.1, 0.3, 1.0)
    )


# ---------------------------------------------------------------------------- MLP figures


def load_times(repeats: int = 20) -> tuple[float, float]:
    """(first load, median of the next ``repeats``) of the shipped weights, in seconds."""
    start = time.perf_counter()
    load_model()
    first = time.perf_counter() - start
    times = []
    for _ in range(repeats):
        start = time.perf_counter()
        load_model()
        times.append(time.perf_counter() - start)
    return first, median(times)


def memory_rows(text: str) -> list[tuple[str, str]]:
    """Bytes one training holds: parameters, Adam's moments, the examples, one batch's activations."""
    model = load_model()
    cfg = model.config
    train_text, held_text = split_corpus(text)
    data = training_examples(train_text, model.stoi, cfg.context)
    held = heldout_examples(held_text, model.stoi, cfg.context)
    params = model.params
    adam = init_adam(params)
    x = data.x[: SETTINGS.batch]
    fw = forward(params, x)
    # the backward pass makes arrays the size of the forward's, plus gradients the size of the parameters
    batch = (
        x.nbytes + data.y[: SETTINGS.batch].nbytes + 2 * (fw.a.nbytes + fw.h.nbytes + 2 * fw.scores.nbytes)
    )
    total = 2 * params.nbytes + adam.nbytes + data.nbytes + held.nbytes + batch
    return [
        ("parameters (float32)", f"{params.nbytes:,}"),
        ("Adam state (m, v)", f"{adam.nbytes:,}"),
        ("gradients", f"{params.nbytes:,}"),
        (f"one batch of {SETTINGS.batch}: ids, activations, backward", f"{batch:,}"),
        (f"training examples ({len(data.y):,}, uint8 ids)", f"{data.nbytes:,}"),
        (f"held-out examples ({len(held.y):,})", f"{held.nbytes:,}"),
        ("**total per training**", f"**{total:,}**"),
    ]


def run(quick: bool = False) -> Section:
    text = load_corpus()
    train_text, held = split_corpus(text)
    vocab = vocabulary(text)
    record = load_record()
    notes = [f"_{machine()}; OPENBLAS_NUM_THREADS={os.environ['OPENBLAS_NUM_THREADS']}._"]
    notes.append(
        f"_Corpus {len(text):,} characters; held out {len(held):,} (every 10th rhyme), V = {len(vocab)}._"
    )

    rows: list[tuple[str, ...]] = [("uniform over V", "", "", f"{math.log2(len(vocab)):.3f}")]
    kn_best = (math.inf, 0)
    for c in range(1, 7):
        ak = add_k_bits(train_text, held, c)
        kn = KneserNey(train_text, vocab, c).bits(held)
        kn_best = min(kn_best, (kn, c))
        rows.append((f"n-gram, context {c}", f"{ak[0]:.3f} (k={ak[1]:g})" if ak else "n/a", f"{kn:.3f}", ""))

    model = load_model()
    shipped = bits_per_char(model, held, model.config.context)
    cfg = model.config
    rows.append(
        (
            f"**MLP, shipped** (C={cfg.context}, E={cfg.embed}, H={cfg.hidden}, "
            f"{record['settings']['steps']:,} steps)",
            "",
            "",
            f"**{shipped:.3f}** (recorded {record['heldout_bits_per_char']:.3f})",
        )
    )
    margin = shipped - kn_best[0]
    verdict = "wins" if margin <= 0 else "loses"
    goals = [margin <= 0]
    summary_lines = [
        f"MLP held-out {shipped:.3f} bits/char vs best reference KN (context {kn_best[1]}) {kn_best[0]:.3f}: "
        f"{verdict} by {abs(margin):.3f} bits/char ({abs(margin) / kn_best[0]:.1%})."
    ]

    timing: list[tuple[str, str, str]] = []
    if not quick:
        start, cpu = time.perf_counter(), time.process_time()
        fresh, _, _ = train(text)
        seconds, cpu = time.perf_counter() - start, time.process_time() - cpu
        fresh = as_stored(fresh)  # rounded to float16, as the file holds it
        fresh_bits = bits_per_char(fresh, held, fresh.config.context)
        same = len(fresh.members) == len(model.members) and all(
            np.array_equal(a, b)
            for f, m in zip(fresh.members, model.members, strict=True)
            for a, b in zip(f.arrays().values(), m.arrays().values(), strict=True)
        )
        # CPU time is what one core would take alone; wall time also counts waiting for a shared core
        timing.append(("train from scratch (one core): CPU s / wall s", f"{cpu:.1f} / {seconds:.1f}", "< 60"))
        timing.append(
            ("held-out bits/char of that run", f"{fresh_bits:.3f}", "= shipped" if same else "(differs)")
        )
        goals.append(cpu < 60)
        summary_lines.append(
            f"Retrained from seed in {cpu:.1f} s of CPU ({seconds:.1f} s wall); "
            f"identical to the shipped file: {same}."
        )
    first, warm = load_times()
    timing.append(("load shipped weights, first / median of 20, ms", f"{ms(first)} / {ms(warm)}", "< 50"))
    timing.append(("weights file, bytes", f"{WEIGHTS_PATH.stat().st_size:,}", "< 1,000,000"))
    goals += [first < 0.05, WEIGHTS_PATH.stat().st_size < 1_000_000]

    body = "\n\n".join(
        [
            table(
                ["held-out bits/char", "add-k n-gram (best k)", "Kneser–Ney (reference, D = 0.75)", "MLP"],
                rows,
            ),
            table(["measure", "value", "goal"], timing),
            table(["memory of one training", "bytes"], memory_rows(text)),
        ]
    )
    return Section("Neural character model (bench_mlp.py)", body, notes + summary_lines, goals_met=all(goals))


SWEEP = (  # one knob at a time around the recipe in core/mlp_train.py
    {},
    {"decay_factor": 0.5},
    {"decay_factor": 2.0},
    {"context": CONTEXT - 1},
    {"context": CONTEXT + 2},
    {"hidden": HIDDEN // 2},
    {"hidden": HIDDEN * 2},
    {"embed": EMBED // 2},
    {"lr": SETTINGS.lr * 3},
    {"steps": SETTINGS.steps // 2},
    {"steps": SETTINGS.steps * 2},
)


def sweep() -> str:
    """Held-out bits per char and seconds for the recipe and for each one-knob change of it."""
    text = load_corpus()
    train_text, held = split_corpus(text)
    vocab = vocabulary(text)
    base = recipe(len(training_examples(train_text, {c: i for i, c in enumerate(vocab)}, CONTEXT).y))
    rows = []
    for change in SWEEP:
        shape = {k: change.get(k, d) for k, d in (("context", CONTEXT), ("embed", EMBED), ("hidden", HIDDEN))}
        knobs = {k: v for k, v in change.items() if k not in shape and k != "decay_factor"}
        decay = base.weight_decay * change.get("decay_factor", 1.0)
        settings = replace(base, weight_decay=decay, **knobs)
        start = time.perf_counter()
        model, _, _ = train(text, config=MLPConfig(len(vocab), **shape), settings=settings)
        seconds = time.perf_counter() - start
        label = ", ".join(f"{k}={v:g}" for k, v in change.items()) or "**the recipe**"
        rows.append((label, f"{bits_per_char(model, held, model.config.context):.3f}", f"{seconds:.1f}"))
        print(rows[-1], flush=True)
    return table(["change", "held-out bits/char", "train s"], rows)


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--quick", action="store_true", help="skip training from scratch")
    parser.add_argument("--sweep", action="store_true", help="train the recipe and one-knob variations")
    args = parser.parse_args()
    print(sweep() if args.sweep else run(args.quick).markdown())


if __name__ == "__main__":
    main()
