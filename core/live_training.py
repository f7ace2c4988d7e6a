"""Training the neural character model live, one chunk at a time: the state a "watch it learn" page keeps.

    run = new_run(setup)            # random weights from the seed, the first held-out loss and sample
    run = advance(run, setup)       # one chunk of steps; the curve and the samples grow
    ...                             # until run.done (the recipe's step count: a training is bounded)
    run = sampled_now(run, setup)   # on Stop: what it writes at this step, if no checkpoint just wrote it

A ``Run`` is immutable: ``advance`` returns a new one and leaves its input untouched (it trains on a
copy of the batch generator), so a page may keep the old run until the new one is complete, and a
visitor who presses Stop keeps exactly what was learned. k chunks are one run of k·n steps bit for
bit (``core.mlp_train.train_steps``), so the curve does not depend on how often the page redraws.

What it trains: ``core.mlp_train.PLAIN``, one network with plain cross-entropy, so the gradient the
page shows at the output layer is exactly p − y (``prepare(text, plain=True)``). The shipped model
is trained differently: three wider networks, averaged, each learning from soft targets that mix y
with a Kneser–Ney teacher's distribution (p − q; see ``core.mlp_train.SETTINGS``). Same network,
same softmax, same lesson; the shipped recipe adds a teacher and an ensemble to beat the n-grams.

Memory: the weights and Adam's two running means (3 × 432 KB at the plain shape, float32), a few
hundred curve points and the samples; ``advance`` briefly holds one more copy and one held-out
batch's activations ([4096, H] floats). The training examples live in the shared ``Setup``.
"""

from __future__ import annotations

import copy
import math
from dataclasses import dataclass, replace

import numpy as np
from numpy.typing import NDArray

from core.corpus import Vocabulary
from core.generation import Decoding, generate
from core.mlp import MLPModel, OutputStep, Params, output_step, pad_left
from core.mlp_train import SEED, AdamState, Setup, mean_loss, start, train_steps

PROMPT = "Humpty Du"  # the article's prompt: every sample continues it; the example is its next letter
TARGET = "m"  # the right next character after PROMPT in the rhymes ("Humpty Dumpty")
SAMPLE_CHARS = 80  # characters written at each checkpoint
SAMPLE_SEED = 0  # every sample uses the same random numbers: only the network changes between them
EARLY_CHUNK, CHUNK = 50, 200  # steps per update: small at first, where the loss falls fastest
EARLY_UNTIL = 200
SAMPLE_STEPS = (0, 50, 100, 200, 400, 1000, 2000, 4000)  # + the last step: noise, letters, words, rhymes
LN2 = math.log(2)
# The count model's held-out bits per character at its default settings (Kneser–Ney, 6 characters),
# the line the curve is measured against. Recorded, not computed: building that model takes 5–10 s,
# too long to keep a visitor waiting. From benchmarks/MODELS.md; tests/core/test_live_training.py
# recomputes it, so a change of corpus or model cannot leave it stale.
KNESER_NEY_BITS = 2.379


@dataclass(frozen=True)
class Point:
    """One point of the loss curves, in bits per character."""

    step: int
    train_bits: float | None  # mean batch loss over the chunk that ended here (None at step 0)
    heldout_bits: float  # loss on the held-out rhymes after this step


@dataclass(frozen=True)
class Sample:
    """What the network wrote after PROMPT at ``step``."""

    step: int
    text: str  # the continuation only, without PROMPT


@dataclass(frozen=True)
class Run:
    """A training in progress: the network, the optimiser, the batch generator and what was seen."""

    params: Params
    adam: AdamState
    rng: np.random.Generator  # never advanced in place: ``advance`` draws from a copy
    total: int  # the recipe's step count: the training stops there
    curve: tuple[Point, ...]
    samples: tuple[Sample, ...]

    @property
    def step(self) -> int:
        return self.adam.step

    @property
    def done(self) -> bool:
        return self.step >= self.total

    @property
    def checkpoint(self) -> Point:
        """The curve's point at the newest sample: the last step the page wrote a sample at."""
        newest = self.samples[-1].step
        return next(p for p in reversed(self.curve) if p.step == newest)

    @property
    def nbytes(self) -> int:
        """The arrays this run keeps (weights and Adam's moments), in bytes."""
        return self.params.nbytes + self.adam.nbytes


def chunk_size(step: int, total: int) -> int:
    """Steps in the next update: EARLY_CHUNK before EARLY_UNTIL, then CHUNK, never past ``total``."""
    size = EARLY_CHUNK if step < EARLY_UNTIL else CHUNK
    return max(0, min(size, total - step))


def sample_steps(total: int) -> tuple[int, ...]:
    """The steps at which a sample is written: SAMPLE_STEPS up to ``total``, and ``total`` itself."""
    return tuple(sorted({s for s in SAMPLE_STEPS if s < total} | {total}))


def heldout_bits(params: Params, setup: Setup) -> float:
    """Mean −log₂ p of the right next character over the held-out rhymes (as ``bits_per_char``)."""
    return mean_loss(params, setup.held) / LN2


def write_sample(params: Params, setup: Setup, chars: int = SAMPLE_CHARS) -> str:
    """A seeded continuation of PROMPT, drawn from the network's softmax as it is (T = 1)."""
    model = MLPModel(setup.vocab, setup.config, params)
    decoding = Decoding("sample", 1.0, SAMPLE_SEED)
    return generate(model, PROMPT, decoding, chars, setup.config.context).generated


def new_run(setup: Setup, seed: int = SEED) -> Run:
    """Random weights from ``seed`` (as ``core.mlp_train.start``), measured and sampled once at step 0."""
    params, adam, rng = start(setup, seed)
    point = Point(0, None, heldout_bits(params, setup))
    return Run(params, adam, rng, setup.settings.steps, (point,), (Sample(0, write_sample(params, setup)),))


def sampled_now(run: Run, setup: Setup) -> Run:
    """The run with a sample at its current step, written if the newest one is older: a visitor who
    stops between checkpoints sees what the network writes now, not what it wrote up to 4,000 steps
    before. The same random numbers as every sample; ``advance`` goes on with the checkpoints after."""
    if run.samples[-1].step == run.step:
        return run
    return replace(run, samples=(*run.samples, Sample(run.step, write_sample(run.params, setup))))


def advance(run: Run, setup: Setup) -> Run:
    """The run after one more chunk of steps (``chunk_size``); a finished run is returned unchanged."""
    n = chunk_size(run.step, run.total)
    if n == 0:
        return run
    rng = copy.deepcopy(run.rng)  # the caller's run keeps its own generator, untouched
    chunk = train_steps(run.params, run.adam, setup.data, rng, n, setup.settings)
    step = chunk.adam.step
    point = Point(step, float(chunk.losses.mean()) / LN2, heldout_bits(chunk.params, setup))
    samples = run.samples
    if step in sample_steps(run.total):
        samples = (*samples, Sample(step, write_sample(chunk.params, setup)))
    curve = (*run.curve, point)
    return replace(run, params=chunk.params, adam=chunk.adam, rng=rng, curve=curve, samples=samples)


def example_ids(setup: Setup, prompt: str = PROMPT, target: str = TARGET) -> tuple[NDArray[np.int64], int]:
    """The training example shown at the output layer: the context ids [C] (PAD-padded) and the target id."""
    chars = Vocabulary(setup.vocab)
    ids = chars.encode(prompt)[None, :]  # [1, L]
    return pad_left(ids, setup.config.context, setup.config.pad)[0], chars.stoi[target]


def example_step(run: Run, setup: Setup) -> OutputStep:
    """p, the one-hot y and the gradient p − y for PROMPT → TARGET with the run's current weights."""
    context, target = example_ids(setup)
    return output_step(run.params, context, target)
