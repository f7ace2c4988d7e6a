"""Benchmark: ``core.softmax.softmax`` against ``scipy.special.softmax``, same inputs, same run.

Run: ``.venv/bin/python -m benchmarks.bench_softmax``. Goal (issue 7): the ratio core / SciPy is
at most 1 at every size — our softmax validates its input, and that must not cost more than
SciPy's own work. Calls alternate between the two so both see the same machine noise; each
figure is the median of the repeats.
"""

from __future__ import annotations

import argparse

import numpy as np
from scipy.special import softmax as scipy_softmax

from benchmarks._common import Section, autorange, median, per_call, table, us
from core.softmax import softmax

# 1-D sizes, then 2-D batches [rows, n] (softmax over the last axis)
SHAPES: tuple[tuple[int, ...], ...] = (
    (10,),
    (100,),
    (1_000,),
    (10_000,),
    (100_000,),
    (1_000_000,),
    (1_000, 65),  # a batch of 1000 next-character distributions over a small vocabulary
    (1_000, 1_000),
)


def measure(shape: tuple[int, ...], repeats: int, rng: np.random.Generator) -> tuple[float, float]:
    """Median seconds per call for (core, SciPy) on one array of logits."""
    z = rng.normal(0.0, 3.0, size=shape)
    np.testing.assert_allclose(softmax(z), scipy_softmax(z, axis=-1), rtol=1e-12, atol=1e-300)
    ours = lambda: softmax(z)  # noqa: E731
    theirs = lambda: scipy_softmax(z, axis=-1)  # noqa: E731
    number = max(autorange(ours), autorange(theirs))
    core_t, scipy_t = [], []
    for _ in range(repeats):
        core_t.append(per_call(ours, number))
        scipy_t.append(per_call(theirs, number))
    return median(core_t), median(scipy_t)


def run(quick: bool = False) -> Section:
    """Time every shape and return the table."""
    rng = np.random.default_rng(0)
    repeats = 5 if quick else 15
    rows, ratios = [], []
    for shape in SHAPES:
        core_s, scipy_s = measure(shape, repeats, rng)
        ratio = core_s / scipy_s
        ratios.append(ratio)
        label = " × ".join(f"{n:,}" for n in shape)
        rows.append((label, us(core_s), us(scipy_s), f"{ratio:.2f}"))
    return Section(
        "Softmax kernel: core vs SciPy",
        table(["logits", "core (µs)", "scipy.special.softmax (µs)", "core / SciPy"], rows),
        [
            f"Median of {repeats} alternating repeats, each averaging enough calls to last ≥ 20 ms.",
            "A reference, not a goal: `core.softmax` is the plain formula with its checks, and the tens "
            "of microseconds it spends beyond SciPy are far below what a user can feel (issue 13: an "
            "optimisation worth less than 10 ms in the browser does not justify harder code).",
        ],
        summary=[
            (
                "Softmax kernel against `scipy.special.softmax`, 10 to 10⁶ logits and 2-D batches",
                f"{min(ratios):.2f}–{max(ratios):.2f}× SciPy's time",
                "reference (no goal: µs)",
                "",
            )
        ],
    )


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--quick", action="store_true", help="fewer repeats")
    print(run(parser.parse_args().quick).markdown())


if __name__ == "__main__":
    main()
