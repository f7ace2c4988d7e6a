"""Train the neural character model (``core.mlp``) on the rhymes: mini-batches, Adam, a fixed seed.

    python -m core.mlp_train       # from SEED: trains, prints the curve, writes core/weights/mlp.npz

One command, no arguments needed: re-run it whenever the corpus changes (the weights file records
the corpus's SHA-256, and a test says when they no longer match). The constants below are the whole
recipe; the same seed and constants give the same file bit for bit on one machine.

Training runs in chunks (``train_steps``: n steps in, new parameters and optimiser state out, the
inputs untouched), so a page can train live: a chunk of ~100 steps, show the curve, repeat. Batches
are drawn from the ``numpy.random.Generator`` passed in, so k chunks of n steps are exactly one run of
k·n steps.
"""

from __future__ import annotations

import argparse
import hashlib
import math
import time
from collections.abc import Callable
from dataclasses import asdict, dataclass, replace
from pathlib import Path

import numpy as np
from numpy.typing import NDArray

from core.charmodel import ModelSettings, build_model
from core.corpus import Vocabulary, load_corpus, rhymes, split_corpus, vocabulary
from core.evaluate import bits_per_char
from core.mlp import (
    WEIGHTS_PATH,
    MLPConfig,
    MLPModel,
    Params,
    as_stored,
    dropout_masks,
    forward,
    init_params,
    log_softmax,
    loss_and_grads,
    save_model,
    windows,
)

# ---------------------------------------------------------------------------- the recipe

SEED = 1
CONTEXT, EMBED, HIDDEN = 6, 32, 512  # the shipped networks (C = 5 or 6 beat 8 by 0.04-0.05 bits)
PLAIN_EMBED = 24  # the live page's network (PLAIN): 24 numbers per character were enough without a teacher


@dataclass(frozen=True)
class TrainSettings:
    """Optimiser and schedule. AdamW: Adam with weight decay applied directly to the weights."""

    steps: int = 10_000  # the length of the learning-rate schedule (the full run)
    batch: int = 128  # examples per step
    lr: float = 3e-3  # learning rate at the start ...
    lr_final: float = 1e-4  # ... decayed along a half cosine to this at `steps`
    weight_decay: float = 0.25  # on emb, w1, w2, wd (not biases); see `recipe`, which scales it with the data
    output_decay: float = 1.0  # w2 and wd decay this many times faster: it reins in over-confident scores
    dropout_emb: float = 0.1  # share of the embedding numbers dropped in each training example
    dropout_hidden: float = 0.0  # share of the hidden units dropped in each training example
    dropout_chars: float = 0.0  # share of the context characters dropped whole (all E numbers)
    distill: float = 0.0  # weight of the Kneser–Ney teacher in the targets: (1 − distill)·y + distill·q
    teacher_context: int = 8  # the teacher's context length (0: its unigram row, i.e. label smoothing)
    teacher_folds: int = 0  # > 1: the teacher's row for a rhyme comes from the other folds (cross-fitted)
    networks: int = 1  # > 1: an ensemble, that many networks from successive seeds, softmaxes averaged
    beta1: float = 0.9
    beta2: float = 0.99
    eps: float = 1e-8


PLAIN = TrainSettings()  # one network, plain cross-entropy (p − y): what the "watch it learn" page trains
# PLAIN was tuned on the 74 KB rhymes with a validation part carved from the TRAINING rhymes (every
# 9th; the held-out rhymes were never looked at; Kneser-Ney context 8 scores 2.431 bits/char on it).
# Validation bits/char, one knob changed from the recipe before this one (2.607): dropout_emb 0.1 → 2.591
# (0.25 → 2.618); 20,000 steps with it → 2.580 (but ~55 s of CPU); output_decay 4 → 2.595 (10 → 2.632;
# with dropout_emb 0.1 → 2.598); weight-decay scale ×4 → 3.06, ×0.2 → 3.11, 0 → 3.55; dropout_hidden
# 0.3 → 2.699; dropout_chars 0.1 → 2.613; direct connection → 2.612 (context 8 with it → 2.653);
# hidden 256 → 2.631; embed 12 → 2.639; lr 1e-3 → 2.645; batch 512 × 5,000 steps → 2.868; weight
# averaging (EMA) → 2.601; smaller initial embeddings (×0.3) → 2.703, w1 (×0.3) → 2.619.
# Weight decay is a prior pulling every weight towards 0; the more examples, the less it should
# weigh (a Gaussian prior's penalty per example falls as 1/N). Measured: best held-out loss at 2.0
# on the 4 KB corpus (of 0.5, 2, 4) and at 0.25 on a 45 KB prose text (of 0.1, 0.15, 0.25, 0.5, 2);
# re-check with `python -m benchmarks.bench_mlp --sweep` after the corpus changes.
DECAY_EXAMPLES = 10_000  # weight decay = DECAY_EXAMPLES / training examples (PLAIN)

SETTINGS = replace(  # the shipped model: three distilled networks, their softmaxes averaged
    PLAIN, steps=8_000, distill=0.65, teacher_context=6, teacher_folds=5, networks=3
)
DECAY_EXAMPLES_DISTILLED = 5_000  # the teacher regularises too: half PLAIN's weight decay
# SETTINGS, tuned on the same validation part (PLAIN there: 2.591; Kneser-Ney context 8: 2.431).
# Distillation: targets (1 − d)·y + d·q with q a modified Kneser-Ney model's distribution, the output
# gradient p − targets. A teacher built on all the training rhymes has seen every rhyme it gives
# targets for (0.72 bits/char on them): d 0.5 → 2.531, 0.8 → 2.501 (teacher context 4: 2.505). Cross-
# fitted (each fifth of the rhymes taught by a teacher built on the other four: 2.50 bits/char on them,
# what it predicts for a rhyme it has not seen): d 0.3 → 2.515, 0.5 → 2.481, 0.8 → 2.482, 1.0 → 2.491.
# From d 0.65, 5 folds: weight decay ×0.5 → 2.463 (×0.25 → 2.465); 3 folds → 2.467; teacher context
# 6 → 2.470 (4 s of counting instead of 10); context 8 → 2.496; no embedding dropout → 2.502. From
# there, 20,000 steps → 2.448 (38 s of CPU; with lr 5e-3 → 2.465, dropout_emb 0.2 → 2.454,
# dropout_chars 0.1 → 2.477, d 0.5 → 2.449, context 5 → 2.452, 10 folds → 2.456, batch 256 and
# 10,000 steps → 2.457, 30,000 steps → 2.460, embed 32 → 2.441 (47 s)). One network stays ~0.02
# above Kneser-Ney, and seeds alone move it by ±0.01: averaging networks from different seeds removes
# much of that (each network's confident mistakes are not the others'). Ensembles (validation; "×¼":
# weight decay ×0.25 instead of ×0.5): 2 × 10,000 steps, teacher context 8 → 2.431 and 2.443 (two
# seed pairs); 2 × 13,000 → 2.428 (seeds 3-4, ×¼: 2.446); 2 × hidden 384 × 13,000 → 2.441; 3 × hidden
# 256 × 20,000 → 2.445; 3 × 7,000 ×¼ → 2.435; 4 × 7,000 → 2.432; 5 × 6,000 → 2.437; 3 × 8,000 → 2.432
# (×¼: 2.428; ×¼ and d 0.5: 2.433; a third of y's share given to the seen teacher: 2.440; seeds 4-6
# and 9,000 steps: 2.435); 3 × 8,000 with embed 32 → 2.423 and, seeds 4-6, 2.415 (the
# recipe: 0.008-0.016 below Kneser-Ney; its networks alone 2.457-2.474); the same with hidden 384 ×
# 9,000 → 2.431. Temperature on the scores (0.9 … 1.1) gained ≤ 0.003. Kneser-Ney interpolated with
# the networks (half and half) → 2.365-2.373, but that is not the network's own score. All of this on
# the validation part; the held-out rhymes were scored once, by the recipe (core/weights/README.md).
# Later (session 3), also on a second validation part, the training rhymes' 1st of every 9 (Kneser-
# Ney 8: 2.261, the recipe 2.288: it loses there as on the held-out rhymes): network context 8 with
# teacher 8 → 2.360 (one network, seed 1; with dropout_chars 0.1 → 2.399, dropout_emb 0.2 → 2.359),
# context 8 with teacher 6 → 2.352, context 6 with teacher 8 → 2.328 (recipe: 2.333); weight averaging
# over the second half of the run → 2.335 (lr_final 1e-3 with it → 2.331). Ensembles: teacher 8 →
# 2.286; the same with weight averaging → 2.288 (each network better, the ensemble not: averaging
# makes the networks alike); contexts 6/7/8 (teachers 6/8/8) → 2.286; contexts 4/5/6, teacher 8 →
# 2.297; contexts 5/6/7, teacher 8 → 2.281 (on the usual validation part 2.413 against the recipe's
# 2.423; scored once on the held-out rhymes: 2.389, still 0.028 above Kneser-Ney 8, and it would need
# networks of different contexts in one model and ~10 s of context-8 teachers, so not shipped).
# Session 37, both validation parts (recipe 2.423 / 2.288; KN 8 2.431 / 2.261): the oldest k context
# characters blanked (k uniform in 1 … C−1, in a share of the examples), so the network learns to back
# off as Kneser-Ney does: context 8, teacher 8, share 0.5 → 2.441 / 2.310; context 6, share 0.3 →
# 2.434 / 2.301. Worse. Where Kneser-Ney 8's bits go (usual part): 2.43 bits/char = lower-case
# letters 1.77 + punctuation 0.20 + spaces 0.16 + a line's first character 0.14 + other capitals 0.10
# + newlines 0.05: a line-position input could win at most part of the newlines and line starts,
# so not tried.


def recipe(n_examples: int, plain: bool = False) -> TrainSettings:
    """The settings for a training set of ``n_examples``: SETTINGS (or PLAIN), weight decay scaled by 1/N."""
    base, examples = (PLAIN, DECAY_EXAMPLES) if plain else (SETTINGS, DECAY_EXAMPLES_DISTILLED)
    return replace(base, weight_decay=round(examples / n_examples, 4))


CHECKPOINT_EVERY = 500  # steps between held-out measurements in the printed curve
DECAYED = ("emb", "w1", "w2", "wd")
OUTPUT = ("w2", "wd")  # the weights that make the scores


# ---------------------------------------------------------------------------- examples


@dataclass(frozen=True)
class Examples:
    """(context → next character) pairs: x [N, C] ids (PAD = V), y [N] ids."""

    x: NDArray[np.integer]
    y: NDArray[np.integer]
    q: NDArray[np.floating] | None = None  # [N, V] the teacher's distribution for each example (or None)

    @property
    def nbytes(self) -> int:
        return self.x.nbytes + self.y.nbytes + (0 if self.q is None else self.q.nbytes)


def _small_ints(a: NDArray[np.integer], high: int) -> NDArray[np.integer]:
    """uint8 when every id fits (V + 1 ≤ 256): an eighth of the memory of int64."""
    return a.astype(np.uint8 if high < 256 else np.int32)


def training_examples(text: str, stoi: dict[str, int], context: int) -> Examples:
    """Every position of the text (PAD before its start), plus each rhyme's first C characters again
    with PAD before them, so PAD learns to mean "a rhyme starts here" (see ``core.mlp``)."""
    pad = len(stoi)
    ids = np.array([stoi[ch] for ch in text], dtype=np.int64)  # [T]
    xs, ys = [windows(ids, context, pad)], [ids]
    for rhyme in rhymes(text)[1:]:  # the first rhyme starts the text: already seen after PAD
        head = np.array([stoi[ch] for ch in rhyme[:context]], dtype=np.int64)
        xs.append(windows(head, context, pad))
        ys.append(head)
    return Examples(_small_ints(np.concatenate(xs), pad), _small_ints(np.concatenate(ys), pad))


def teacher_rows(
    text: str, vocab: tuple[str, ...], context: int, teacher_context: int, folds: int = 0
) -> NDArray[np.float32]:
    """The Kneser–Ney model's p(next | context) for every example of ``training_examples``: [N, V].

    The teacher is ``core.charmodel``'s modified Kneser–Ney of ``teacher_context`` characters, built
    on ``text`` (the training part: it never sees the held-out rhymes). ``folds`` = k > 1: cross-fitted,
    the rhymes dealt into k folds and each fold's rows given by a teacher built on the other folds, so
    the targets say what a smoothed model predicts for a rhyme it has NOT seen (a teacher that has seen
    the rhyme is nearly one-hot there: 0.7 bits/char on its own training text against 2.4 held out).
    Example rows follow ``training_examples``: every position of the text, then each rhyme's first C
    characters again (their row is the one at the same place in the text: "a rhyme starts here").
    """
    parts = rhymes(text)
    starts = np.cumsum([0] + [len(r) + 2 for r in parts[:-1]])  # the rhymes are joined by one blank line
    ids = Vocabulary(vocab).encode(text)  # [T]
    k = teacher_context
    before = windows(ids, k, 0) if k else np.zeros((len(ids), 0), dtype=np.int64)  # [T, k]
    owner = np.searchsorted(starts, np.arange(len(ids)), side="right") - 1  # [T] the rhyme of each position
    fold_of = owner % folds if folds > 1 else np.zeros(len(ids), dtype=np.int64)
    at_position = np.empty((len(ids), len(vocab)))  # [T, V]
    for f in range(max(folds, 1)):
        rest = [r for j, r in enumerate(parts) if folds < 2 or j % folds != f]
        teacher = build_model("\n\n".join(rest) + "\n", ModelSettings(context=max(k, 1)), vocab=vocab)
        for i in np.flatnonzero(fold_of[:k] == f):  # the text's first k positions see fewer characters
            at_position[i] = np.exp(teacher.logits_ids(ids[None, :i][:, -k:] if k else before[:1])[0])
        rows = np.flatnonzero(fold_of == f)
        rows = rows[rows >= k]
        for a in range(0, len(rows), 8192):
            at_position[rows[a : a + 8192]] = np.exp(teacher.logits_ids(before[rows[a : a + 8192]]))
    heads = [np.arange(s, s + min(context, len(r))) for s, r in zip(starts[1:], parts[1:], strict=True)]
    return at_position[np.concatenate([np.arange(len(ids)), *heads])].astype(np.float32)


def heldout_examples(text: str, stoi: dict[str, int], context: int) -> Examples:
    """Positions 1 … T − 1 of the text, exactly what ``bits_per_char`` scores."""
    pad = len(stoi)
    ids = np.array([stoi[ch] for ch in text], dtype=np.int64)
    return Examples(_small_ints(windows(ids, context, pad)[1:], pad), _small_ints(ids[1:], pad))


def mean_loss(params: Params, data: Examples, chunk: int = 4096) -> float:
    """Mean cross-entropy in nats over all examples (bounded memory: [chunk, H] at a time)."""
    total = 0.0
    for start in range(0, len(data.y), chunk):
        x, y = data.x[start : start + chunk], data.y[start : start + chunk]
        logp = log_softmax(forward(params, x).scores.astype(np.float64))  # [n, V]
        total -= float(logp[np.arange(len(y)), y].sum())
    return total / len(data.y)


# ---------------------------------------------------------------------------- Adam


@dataclass(frozen=True)
class AdamState:
    """Adam's running means of the gradient (m) and its square (v), and the steps taken so far."""

    step: int
    m: Params
    v: Params

    @property
    def nbytes(self) -> int:
        return self.m.nbytes + self.v.nbytes


def init_adam(params: Params) -> AdamState:
    """Step 0, zero moments."""
    return AdamState(0, params.map(np.zeros_like), params.map(np.zeros_like))


def learning_rate(settings: TrainSettings, step: int) -> float:
    """Half-cosine decay from ``lr`` at step 0 to ``lr_final`` at ``settings.steps`` (then constant)."""
    done = min(step, settings.steps) / settings.steps
    return settings.lr_final + (settings.lr - settings.lr_final) * 0.5 * (1 + math.cos(math.pi * done))


@dataclass(frozen=True)
class Chunk:
    """What ``train_steps`` returns: the new state and each step's batch loss (nats)."""

    params: Params
    adam: AdamState
    losses: NDArray[np.float64]  # [n]


def train_steps(
    params: Params,
    adam: AdamState,
    data: Examples,
    rng: np.random.Generator,
    n: int,
    settings: TrainSettings = SETTINGS,
) -> Chunk:
    """n steps of AdamW on random mini-batches of ``data``; returns new arrays, the inputs untouched.

    Memory: the parameters and Adam's two moments are copied once per chunk (3 × the parameters),
    plus one batch's activations. Dropout masks are drawn from ``rng`` right after each batch, so
    chunks stay exactly one run.
    """
    p = {k: a.copy() for k, a in params.arrays().items()}  # private copies, updated in place below
    m = {k: a.copy() for k, a in adam.m.arrays().items()}
    v = {k: a.copy() for k, a in adam.v.arrays().items()}
    # scratch arrays for the update, made once per chunk: a fresh [C·E, H] temporary per operation
    # and step cost more than the arithmetic (allocating and page-faulting half a megabyte each time)
    t1 = {k: np.empty_like(a) for k, a in p.items()}
    t2 = {k: np.empty_like(a) for k, a in p.items()}
    b1, b2 = settings.beta1, settings.beta2
    losses = np.empty(n)
    step = adam.step
    ce, hidden, dtype = p["w1"].shape[0], p["w1"].shape[1], p["w1"].dtype
    rows = np.arange(settings.batch)
    distill = settings.distill > 0 and data.q is not None
    for i in range(n):
        batch = rng.integers(0, len(data.y), size=settings.batch)  # [B] example indices
        drop = dropout_masks(
            (settings.batch, ce),
            (settings.batch, hidden),
            settings.dropout_emb,
            settings.dropout_hidden,
            rng,
            dtype,
            settings.dropout_chars,
            p["emb"].shape[1],
        )
        y = data.y[batch]
        targets = None
        if distill:  # soft targets: the gradient becomes p − targets
            targets = data.q[batch] * settings.distill  # [B, V]
            targets[rows, y] += 1 - settings.distill
        losses[i], grads = loss_and_grads(Params(**p), data.x[batch], y, drop, targets)
        step += 1
        lr = learning_rate(settings, step - 1)
        c1, c2 = 1 - b1**step, 1 - b2**step  # bias corrections: m and v start at 0
        for k, g in grads.arrays().items():
            # m ← b1·m + (1 − b1)·g;  v ← b2·v + (1 − b2)·g²;  p ← p − lr·(m / c1) / (√(v / c2) + eps)
            # (written with out= so no step allocates: the same operations in the same order)
            mk, vk, pk, a, b = m[k], v[k], p[k], t1[k], t2[k]
            mk *= b1
            np.multiply(1 - b1, g, out=a)
            mk += a
            vk *= b2
            np.multiply(1 - b2, g, out=a)
            a *= g
            vk += a
            if k in DECAYED:
                pk *= 1 - lr * settings.weight_decay * (settings.output_decay if k in OUTPUT else 1.0)
            np.divide(mk, c1, out=a)
            np.multiply(lr, a, out=a)
            np.divide(vk, c2, out=b)
            np.sqrt(b, out=b)
            b += settings.eps
            a /= b
            pk -= a
    return Chunk(Params(**p), AdamState(step, Params(**m), Params(**v)), losses)


# ---------------------------------------------------------------------------- a full run


@dataclass(frozen=True)
class Checkpoint:
    step: int
    train_loss: float  # mean batch loss over the steps since the last checkpoint (nats)
    heldout_loss: float  # mean loss on the held-out rhymes (nats)
    seconds: float  # since training started
    network: int = 0  # which network of an ensemble (0: the first)


@dataclass(frozen=True)
class Setup:
    """Everything a training run reads and nothing it changes: shared safely between sessions."""

    vocab: tuple[str, ...]  # the whole corpus's characters
    config: MLPConfig
    settings: TrainSettings
    data: Examples  # from the training rhymes only
    held: Examples  # the held-out rhymes, scored as bits_per_char scores them


def prepare(
    text: str, config: MLPConfig | None = None, settings: TrainSettings | None = None, plain: bool = False
) -> Setup:
    """Split the corpus, build the examples; ``settings`` default to ``recipe`` for their number.

    With ``settings.distill`` > 0 the examples carry the teacher's rows (``teacher_rows``: a few
    seconds of Kneser–Ney counting, part of the training time). ``plain``: the default settings are
    ``recipe(n, plain=True)`` and the default network ``PLAIN_EMBED`` wide: one network and plain
    cross-entropy (the live page's).
    """
    vocab = vocabulary(text)
    stoi = Vocabulary(vocab).stoi
    config = config or MLPConfig(len(vocab), CONTEXT, PLAIN_EMBED if plain else EMBED, HIDDEN)
    train_text, held_text = split_corpus(text)
    data = training_examples(train_text, stoi, config.context)
    held = heldout_examples(held_text, stoi, config.context)
    settings = settings or recipe(len(data.y), plain)
    if settings.distill > 0:
        q = teacher_rows(train_text, vocab, config.context, settings.teacher_context, settings.teacher_folds)
        data = replace(data, q=q)
    return Setup(vocab, config, settings, data, held)


def start(setup: Setup, seed: int = SEED) -> tuple[Params, AdamState, np.random.Generator]:
    """Random weights, fresh Adam state and the batch generator of a run from ``seed``."""
    params = init_params(setup.config, np.random.default_rng([seed, 0]))
    return params, init_adam(params), np.random.default_rng([seed, 1])


def train(
    text: str,
    seed: int = SEED,
    config: MLPConfig | None = None,
    settings: TrainSettings | None = None,
    checkpoint_every: int = CHECKPOINT_EVERY,
    on_checkpoint: Callable[[Checkpoint], None] | None = None,
) -> tuple[MLPModel, list[Checkpoint], TrainSettings]:
    """Train from ``seed`` on the training part of ``text`` (the whole corpus gives the vocabulary).

    The loop a live page runs too: ``train_steps`` chunk by chunk, the held-out loss in between.
    Returns the model, the curve and the settings used. With ``settings.networks`` > 1 the networks
    are trained one after the other, network i from seed ``seed + i``; the curve holds each one's.
    """
    setup = prepare(text, config, settings)
    curve: list[Checkpoint] = []
    networks: list[Params] = []
    begin = time.perf_counter()
    for i in range(setup.settings.networks):
        params, adam, batch_rng = start(setup, seed + i)
        while adam.step < setup.settings.steps:
            n = min(checkpoint_every, setup.settings.steps - adam.step)
            chunk = train_steps(params, adam, setup.data, batch_rng, n, setup.settings)
            params, adam = chunk.params, chunk.adam
            held = mean_loss(params, setup.held)
            seconds = time.perf_counter() - begin
            point = Checkpoint(adam.step, float(chunk.losses.mean()), held, seconds, i)
            curve.append(point)
            if on_checkpoint:
                on_checkpoint(point)
        networks.append(params)
    return MLPModel(setup.vocab, setup.config, networks[0], tuple(networks[1:])), curve, setup.settings


def corpus_sha256(text: str) -> str:
    return hashlib.sha256(text.encode("utf-8")).hexdigest()


def main(argv: list[str] | None = None) -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--out", type=Path, default=WEIGHTS_PATH, help="where to write the weights")
    args = parser.parse_args(argv)

    text = load_corpus()
    ln2 = math.log(2)

    def show(c: Checkpoint) -> None:
        print(  # noqa: T201
            f"network {c.network + 1}  step {c.step:6d}  train {c.train_loss / ln2:.3f}  "
            f"held-out {c.heldout_loss / ln2:.3f} bits/char"
            f"  {c.seconds:5.1f} s"
        )

    cpu = time.process_time()
    model, curve, settings = train(text, on_checkpoint=show)
    cpu = time.process_time() - cpu  # one core's CPU time: honest on a shared machine, where wall time is not
    model = as_stored(model)  # the weights as the file holds them (float16): the recorded loss is the file's
    _, held_text = split_corpus(text)
    bits = bits_per_char(model, held_text, model.config.context)
    for i, network in enumerate(model.members, start=1):
        alone = bits_per_char(MLPModel(model.vocab, model.config, network), held_text, model.config.context)
        print(f"network {i} alone: held-out {alone:.4f} bits/char")  # noqa: T201
    meta = {  # no timings: the same seed and recipe give the same file, byte for byte
        "seed": SEED,
        "settings": asdict(settings),
        "heldout_bits_per_char": bits,
        "corpus_sha256": corpus_sha256(text),
        "made_by": "python -m core.mlp_train",
    }
    save_model(args.out, model, meta)
    print(  # noqa: T201
        f"held-out {bits:.4f} bits/char after {curve[-1].seconds:.1f} s ({cpu:.1f} s of CPU); "
        f"wrote {args.out} ({args.out.stat().st_size:,} bytes)"
    )


if __name__ == "__main__":
    main()
