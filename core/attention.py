"""Scaled dot-product attention, the other place softmax works: one query looks at a few keys.

    scores  s_j = scale · (q · k_j) / √d
    weights w = softmax(s)                 every w_j in (0, 1), Σ_j w_j = 1
    output  o = Σ_j w_j v_j                a weighted average of the value vectors

``scale`` plays the part of 1/T: a larger scale spreads the scores apart and sharpens the weights.
"""

from __future__ import annotations

from dataclasses import dataclass

import numpy as np
from numpy.typing import ArrayLike, NDArray

from core.softmax import softmax

Array = NDArray[np.float64]


@dataclass(frozen=True)
class Attention:
    """The three stages, kept so a page can show each one."""

    scores: Array  # [m, n] (or [n] for a single query)
    weights: Array  # same shape as scores; rows sum to 1
    output: Array  # [m, dv] (or [dv])


def _matrix(x: ArrayLike, name: str) -> Array:
    """A finite 2-D float array [rows, cols] with at least one row; ValueError names the argument."""
    x = np.asarray(x, dtype=np.float64)
    if x.ndim != 2 or x.shape[0] == 0 or x.shape[1] == 0:
        raise ValueError(f"{name} must be a non-empty table of numbers [rows, columns], got shape {x.shape}")
    if not np.isfinite(x).all():
        raise ValueError(f"{name} must hold finite numbers only")
    return x


def attention(q: ArrayLike, keys: ArrayLike, values: ArrayLike, scale: float = 1.0) -> Attention:
    """softmax(scale · q Kᵀ / √d) V for one query [d] or several [m, d]; keys [n, d], values [n, dv]."""
    q_in = np.asarray(q, dtype=np.float64)
    single = q_in.ndim == 1
    queries = _matrix(q_in[None, :] if single else q_in, "query")  # [m, d]
    k = _matrix(keys, "keys")  # [n, d]
    v = _matrix(values, "values")  # [n, dv]
    if queries.shape[1] != k.shape[1]:
        raise ValueError(f"query has {queries.shape[1]} numbers but keys have {k.shape[1]}")
    if k.shape[0] != v.shape[0]:
        raise ValueError(f"{k.shape[0]} keys but {v.shape[0]} values: one value per key")
    if not np.isfinite(scale) or scale < 0:
        raise ValueError(f"scale must be a finite number >= 0, got {scale}")
    d = k.shape[1]
    # Dividing by √d keeps the scores' spread independent of the dimension (Vaswani et al., 2017).
    scores = scale * (queries @ k.T) / np.sqrt(d)  # [m, d] @ [d, n] -> [m, n]
    weights = softmax(scores)  # [m, n], each row sums to 1
    output = weights @ v  # [m, n] @ [n, dv] -> [m, dv]
    if single:
        return Attention(scores[0], weights[0], output[0])
    return Attention(scores, weights, output)


def weights_over_scales(q: ArrayLike, keys: ArrayLike, scales: ArrayLike) -> Array:
    """Attention weights of one query for each scale: [s] scales -> [s, n]; shows the sharpening."""
    k = _matrix(keys, "keys")  # [n, d]
    q = np.asarray(q, dtype=np.float64)  # [d]
    base = (k @ q) / np.sqrt(k.shape[1])  # [n]
    s = np.asarray(scales, dtype=np.float64)  # [s]
    return softmax(s[:, None] * base[None, :])  # [s, n]
