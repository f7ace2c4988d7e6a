"""The article's argument in numbers: why raw scores fail as a training target, and what softmax fixes.

Two classes in the article ("leaf", "flower"), but every function takes scores ``z`` of shape [n]
and a target class index, so the same code works for any number of classes.

    squared error   L = Σ_i (z_i - y_i)²          on the raw scores: punishes a confident right answer
    cross-entropy   L = -log softmax(z)_target    on probabilities: rewards it
    gradient        ∂L/∂z = p - y                 because d/dz e^z = e^z
"""

from __future__ import annotations

import numpy as np
from numpy.typing import ArrayLike, NDArray

from core.softmax import log_softmax, softmax

Array = NDArray[np.float64]

MAX_LEARNING_RATE = 100.0  # beyond this a "step" is a jump; the page warns well before it


# ---------------------------------------------------------------------------- inputs
def _scores(z: ArrayLike) -> Array:
    """Scores as a finite float vector [n], n ≥ 1; raise ValueError where the bad value enters."""
    z = np.asarray(z, dtype=np.float64)
    if z.ndim != 1 or z.size == 0:
        raise ValueError(f"scores must be a non-empty list of numbers, got shape {z.shape}")
    if not np.isfinite(z).all():
        raise ValueError("scores must be finite numbers (no NaN or ±inf)")
    return z


def one_hot(target: int, n: int) -> Array:
    """y with y_target = 1 and 0 elsewhere: the ideal answer, fixed at 1 as the article argues."""
    if not 0 <= target < n:
        raise ValueError(f"target class {target} is not one of 0..{n - 1}")
    y = np.zeros(n)  # [n]
    y[target] = 1.0
    return y


# ---------------------------------------------------------------------------- losses
def squared_error(z: ArrayLike, target: int) -> float:
    """Σ_i (z_i - y_i)²: the raw scores compared directly with the one-hot target."""
    z = _scores(z)
    return float(((z - one_hot(target, z.size)) ** 2).sum())


def cross_entropy(z: ArrayLike, target: int) -> float:
    """-log softmax(z)_target, from the logits via log-softmax (stable: no log of a rounded-off 0)."""
    z = _scores(z)
    one_hot(target, z.size)  # validates the index
    return float(-log_softmax(z)[target])


def loss_sweep(leaf_values: ArrayLike, other: float, target: int = 0) -> tuple[Array, Array]:
    """Both losses for scores (x, other) as x runs over ``leaf_values``: ([m], [m]) for the chart."""
    xs = np.asarray(leaf_values, dtype=np.float64)  # [m]
    z = np.stack([xs, np.full_like(xs, other)], axis=-1)  # [m, 2]
    y = one_hot(target, 2)  # [2]
    squared = ((z - y) ** 2).sum(axis=-1)  # [m, 2] -> [m]
    cross = -log_softmax(z)[:, target]  # [m, 2] -> [m]
    return squared, cross


def linear_normalise(z: ArrayLike) -> Array:
    """z_i / Σ_j z_j: the article's (5, 1) → (5/6, 1/6). Only defined for scores ≥ 0 with a positive sum,
    which is exactly why softmax (positive for every input) is used instead."""
    z = _scores(z)
    if (z < 0).any():
        raise ValueError("linear normalisation needs scores >= 0: a negative score has no probability")
    total = z.sum()
    if total <= 0:
        raise ValueError("linear normalisation needs a positive sum of scores")
    return z / total


# ---------------------------------------------------------------------------- training
def gradient(z: ArrayLike, target: int) -> Array:
    """∂(cross-entropy)/∂z = softmax(z) - y: [n] -> [n]. Every entry in (-1, 1); they sum to 0."""
    z = _scores(z)
    return softmax(z) - one_hot(target, z.size)


def check_learning_rate(learning_rate: float) -> float:
    """A learning rate must be finite, > 0 (0 never moves) and ≤ MAX_LEARNING_RATE."""
    if not np.isfinite(learning_rate) or learning_rate <= 0:
        raise ValueError(f"learning rate must be a finite number > 0, got {learning_rate}")
    if learning_rate > MAX_LEARNING_RATE:
        raise ValueError(f"learning rate {learning_rate} is above the limit {MAX_LEARNING_RATE}")
    return float(learning_rate)


def descent(z: ArrayLike, target: int, learning_rate: float, steps: int) -> list[Array]:
    """The scores before and after each of ``steps`` gradient steps (``gradient_step``): steps + 1 rows."""
    path = [_scores(z)]
    for _ in range(steps):
        path.append(gradient_step(path[-1], target, learning_rate))
    return path


def gradient_step(z: ArrayLike, target: int, learning_rate: float) -> Array:
    """One step of gradient descent on the cross-entropy: z ← z - η (p - y)."""
    eta = check_learning_rate(learning_rate)
    z = _scores(z)
    return z - eta * gradient(z, target)
