"""A neural character model: Bengio et al. 2003 as in karpathy's makemore MLP, NumPy only.

    the last C characters → embeddings → one hidden tanh layer → one score per character → softmax

Everything the network does is written out here by hand: the forward pass, the cross-entropy loss
and the backward pass, each line with its shapes (B examples, C context characters, E numbers per
character, H hidden units, V characters). The line to look at is ``output_gradient``: the gradient
of the mean cross-entropy with respect to the scores is (p − y) / B, softmax's output minus the
one-hot target, which is why softmax and cross-entropy belong together. With soft targets q (a
distribution per example, as the shipped recipe's distillation uses) it is (p − q) / B:
``soft_output_gradient``, the same lesson with the target spread over several characters.

Padding: a context shorter than C is padded on the left with a dedicated PAD id (= V, one extra
embedding row that is never predicted). It means "nothing before this": in training
(``core.mlp_train.training_examples``) the start of the text and the start of every rhyme are seen
with PAD before them, so an empty or short prompt begins a rhyme. We do not reuse "\\n": three or
more newlines in a row never occur in the corpus, so the network would have to guess what they mean.

Precision: training and prediction use float32: half the memory of float64 and 2.3× faster
per step, and after 1,000 steps the held-out loss agrees with a float64 run to 7 digits. The weights
file stores float16 (half the bytes again; ``as_stored``), which moves bits per character by ~1e-5. Every
function here keeps the dtype of the parameters it is given, so the gradient check runs in float64,
where central finite differences are accurate to ~1e-9.
"""

from __future__ import annotations

import json
from collections.abc import Callable
from dataclasses import dataclass, fields, replace
from pathlib import Path

import numpy as np
from numpy.typing import NDArray

from core.corpus import NextCharModel, Vocabulary

WEIGHTS_PATH = Path(__file__).resolve().parent / "weights" / "mlp.npz"


# ---------------------------------------------------------------------------- config and parameters


@dataclass(frozen=True)
class MLPConfig:
    """The network's shape. ``context`` doubles as the decoding interface's ``settings.context``."""

    vocab_size: int  # V: characters predicted (the embedding table has V + 1 rows, the last is PAD)
    context: int = 6  # C: characters the network sees
    embed: int = 24  # E: numbers per character
    hidden: int = 512  # H: tanh units
    direct: bool = False  # Bengio 2003's direct connection: the embeddings also feed the scores linearly

    def __post_init__(self) -> None:
        if not isinstance(self.direct, bool | np.bool_):
            raise ValueError(f"direct must be True or False, got {self.direct!r}")
        object.__setattr__(self, "direct", bool(self.direct))
        for f in fields(self):
            if f.name == "direct":
                continue
            value = getattr(self, f.name)
            if isinstance(value, bool) or not isinstance(value, int | np.integer) or value < 1:
                raise ValueError(f"{f.name} must be a whole number ≥ 1, got {value!r}")
            object.__setattr__(self, f.name, int(value))

    @property
    def pad(self) -> int:
        """The id that fills a context shorter than C (its own embedding row, never predicted)."""
        return self.vocab_size


@dataclass(frozen=True)
class Params:
    """The network's weights: five arrays (six with the direct connection), all of one dtype."""

    emb: NDArray[np.floating]  # [V + 1, E] one row per character, the last row for PAD
    w1: NDArray[np.floating]  # [C * E, H]
    b1: NDArray[np.floating]  # [H]
    w2: NDArray[np.floating]  # [H, V]
    b2: NDArray[np.floating]  # [V]
    wd: NDArray[np.floating] | None = None  # [C * E, V] the direct connection (None: the network has none)

    def arrays(self) -> dict[str, NDArray[np.floating]]:
        """Name → array, in a fixed order (emb, w1, b1, w2, b2[, wd]); an absent ``wd`` is left out."""
        return {f.name: getattr(self, f.name) for f in fields(self) if getattr(self, f.name) is not None}

    def map(self, fn: Callable[..., NDArray], *others: Params) -> Params:
        """Apply ``fn`` array by array (to this and the same-named arrays of ``others``)."""
        return Params(**{k: fn(a, *(o.arrays()[k] for o in others)) for k, a in self.arrays().items()})

    @property
    def nbytes(self) -> int:
        return sum(a.nbytes for a in self.arrays().values())


PARAM_NAMES = tuple(f.name for f in fields(Params))


def init_params(config: MLPConfig, rng: np.random.Generator, dtype: type = np.float32) -> Params:
    """Random starting weights, scaled so the first loss is close to ln V (every character equally likely).

    w1 uses the tanh gain 5/3 over √fan-in (Kaiming), so the hidden units start neither saturated nor
    linear; w2 (and the direct connection wd) start near 0 (×0.01), so the first scores are almost
    equal (makemore's trick: the network does not begin confidently wrong).
    """
    v, c, e, h = config.vocab_size, config.context, config.embed, config.hidden
    params = Params(
        emb=rng.standard_normal((v + 1, e)).astype(dtype),
        w1=(rng.standard_normal((c * e, h)) * (5 / 3) / np.sqrt(c * e)).astype(dtype),
        b1=np.zeros(h, dtype=dtype),
        w2=(rng.standard_normal((h, v)) * 0.01).astype(dtype),
        b2=np.zeros(v, dtype=dtype),
    )
    if config.direct:  # drawn last, so a network without it starts from the same weights as before
        params = replace(params, wd=(rng.standard_normal((c * e, v)) * 0.01).astype(dtype))
    return params


# ---------------------------------------------------------------------------- forward and backward


def log_softmax(scores: NDArray[np.floating]) -> NDArray[np.floating]:
    """ln softmax(scores) along the last axis: [..., V] -> [..., V] (stable: subtract the max first)."""
    shifted = scores - scores.max(axis=-1, keepdims=True)
    return shifted - np.log(np.exp(shifted).sum(axis=-1, keepdims=True))


@dataclass(frozen=True)
class Dropout:
    """Training-time dropout masks (inverted: kept units are scaled by 1/keep, so inference needs none).

    Each entry is 0 (dropped) or 1/keep; None means no dropout at that place. Only ``train_steps``
    makes these: prediction, ``output_step`` and the held-out loss always run the whole network.
    """

    a: NDArray[np.floating] | None = None  # [B, C * E] on the embeddings
    h: NDArray[np.floating] | None = None  # [B, H] on the hidden units


def dropout_masks(
    shape_a: tuple[int, int],
    shape_h: tuple[int, int],
    p_a: float,
    p_h: float,
    rng: np.random.Generator,
    dtype,
    p_char: float = 0.0,
    embed: int = 1,
) -> Dropout:
    """Inverted-dropout masks: drop a share ``p_a`` of the embedding numbers, ``p_h`` of the hidden units.

    ``p_char``: also drop whole context characters (all ``embed`` numbers of one character at once),
    so the network learns to guess from the characters it has left, as an n-gram model backs off.
    """

    def mask(shape: tuple[int, int], p: float) -> NDArray[np.floating] | None:
        if p <= 0:
            return None
        # kept → 1/keep, dropped → 0: the same numbers as ((r ≥ p) / keep).astype(dtype), without
        # the float64 [B, C·E] temporaries (x · 1 and x · 0 are exact in any dtype)
        return (rng.random(shape) >= p).astype(dtype) * np.asarray(1 / (1 - p), dtype=dtype)

    a = mask(shape_a, p_a)
    if p_char > 0:  # [B, C] -> [B, C * E]: one draw per character, repeated over its E numbers
        chars = np.repeat(mask((shape_a[0], shape_a[1] // embed), p_char), embed, axis=1)
        a = chars if a is None else a * chars
    return Dropout(a=a, h=mask(shape_h, p_h))


NO_DROPOUT = Dropout()


@dataclass(frozen=True)
class Forward:
    """What the forward pass computed and the backward pass needs."""

    x: NDArray[np.integer]  # [B, C] context ids (PAD = V)
    a: NDArray[np.floating]  # [B, C * E] the C embeddings side by side (after dropout, if any)
    h: NDArray[np.floating]  # [B, H] hidden activations (before dropout)
    hd: NDArray[np.floating]  # [B, H] hidden activations the scores read (after dropout; = h without)
    scores: NDArray[np.floating]  # [B, V] one score (logit) per character


def forward(params: Params, x: NDArray[np.integer], drop: Dropout = NO_DROPOUT) -> Forward:
    """The network: context ids [B, C] -> scores [B, V].

    scores = b2 + tanh(a W1 + b1) W2  (+ a Wd with the direct connection: Bengio 2003's
    y = b + W x + U tanh(d + H x))
    """
    b, c = x.shape
    e = params.emb[x]  # [B, C] -> [B, C, E]          look up each character's vector
    a = e.reshape(b, c * e.shape[-1])  # [B, C, E] -> [B, C * E]  and lay them side by side
    if drop.a is not None:
        a = a * drop.a  # [B, C * E]                        training only: drop some numbers
    h = np.tanh(a @ params.w1 + params.b1)  # [B, C * E] @ [C * E, H] -> [B, H]
    hd = h if drop.h is None else h * drop.h  # [B, H]      training only: drop some hidden units
    scores = hd @ params.w2 + params.b2  # [B, H] @ [H, V] -> [B, V]
    if params.wd is not None:
        scores = scores + a @ params.wd  # [B, C * E] @ [C * E, V] -> [B, V]   the direct connection
    return Forward(x, a, h, hd, scores)


def one_hot(y: NDArray[np.integer], v: int, dtype: type = np.float64) -> NDArray[np.floating]:
    """Targets as one-hot rows: [B] -> [B, V]."""
    out = np.zeros((len(y), v), dtype=dtype)
    out[np.arange(len(y)), y] = 1
    return out


def output_gradient(p: NDArray[np.floating], y: NDArray[np.integer]) -> NDArray[np.floating]:
    """∂ mean cross-entropy / ∂ scores = (p − y) / B, y one-hot: [B, V], [B] -> [B, V].

    Softmax then cross-entropy: the loss of one example is −ln p_y with p = softmax(scores), and its
    derivative with respect to score j is p_j − [j = y]. Every wrong character is pushed down by the
    probability it got, the right one pulled up by what it lacked.
    """
    dlogits = (p - one_hot(y, p.shape[-1], p.dtype)) / len(y)  # [B, V]
    return dlogits


def soft_output_gradient(p: NDArray[np.floating], q: NDArray[np.floating]) -> NDArray[np.floating]:
    """∂ mean cross-entropy against soft targets / ∂ scores = (p − q) / B: [B, V], [B, V] -> [B, V].

    With a target distribution q instead of one right character, the loss of one example is
    −Σ_j q_j ln p_j, and since Σ_j q_j = 1 its derivative with respect to score j is p_j − q_j: the
    same lesson as p − y, with y spread over several characters (``core.mlp_train``'s distillation).
    """
    return (p - q) / len(q)  # [B, V]


def loss_and_grads(
    params: Params,
    x: NDArray[np.integer],
    y: NDArray[np.integer],
    drop: Dropout = NO_DROPOUT,
    targets: NDArray[np.floating] | None = None,
) -> tuple[float, Params]:
    """Mean cross-entropy (nats) of a batch and its gradient for every parameter: [B, C], [B].

    ``drop``: dropout masks (training only); the gradient is that of the network with those units dropped.
    ``targets``: soft targets [B, V] (rows summing to 1) in place of the one-hot rows of ``y``; the
    loss is then −Σ targets · ln p per example and the output gradient (p − targets) / B.
    """
    fw = forward(params, x, drop)
    logp = log_softmax(fw.scores)  # [B, V]
    p = np.exp(logp)  # [B, V] softmax
    # backward, from the loss to the embeddings: each line is the chain rule for one line of forward
    if targets is None:
        loss = -float(logp[np.arange(len(y)), y].mean())
        dlogits = output_gradient(p, y)  # [B, V]                  (p − y) / B
    else:
        loss = -float((targets * logp).sum(axis=1).mean())
        dlogits = soft_output_gradient(p, targets)  # [B, V]       (p − q) / B
    dw2 = fw.hd.T @ dlogits  # [H, B] @ [B, V] -> [H, V]
    db2 = dlogits.sum(axis=0)  # [B, V] -> [V]
    dh = dlogits @ params.w2.T  # [B, V] @ [V, H] -> [B, H]
    if drop.h is not None:
        dh = dh * drop.h  # [B, H]                                 a dropped unit passes no gradient
    dz = dh * (1 - fw.h**2)  # [B, H]                           tanh'(z) = 1 − tanh(z)²
    dw1 = fw.a.T @ dz  # [C * E, B] @ [B, H] -> [C * E, H]
    db1 = dz.sum(axis=0)  # [B, H] -> [H]
    da = dz @ params.w1.T  # [B, H] @ [H, C * E] -> [B, C * E]
    dwd = None
    if params.wd is not None:
        dwd = fw.a.T @ dlogits  # [C * E, B] @ [B, V] -> [C * E, V]
        da = da + dlogits @ params.wd.T  # [B, V] @ [V, C * E] -> [B, C * E]
    if drop.a is not None:
        da = da * drop.a  # [B, C * E]
    demb = scatter_rows(da.reshape(-1, params.emb.shape[1]), fw.x.ravel(), params.emb.shape[0])
    return loss, Params(emb=demb, w1=dw1, b1=db1, w2=dw2, b2=db2, wd=dwd)


def scatter_rows(rows: NDArray[np.floating], ids: NDArray[np.integer], n: int) -> NDArray[np.floating]:
    """Sum the rows that share an id: [B * C, E], [B * C] -> [n, E] (the backward of ``emb[x]``).

    Same result as ``np.add.at(out, ids, rows)``; ``np.bincount`` over (id, column) pairs is 3×
    faster and adds in a fixed order, so training stays reproducible bit for bit.
    """
    e = rows.shape[1]
    flat = (
        ids.astype(np.int64).reshape(-1, 1) * e + np.arange(e)
    ).ravel()  # [B * C * E] cell of out each value adds to
    return np.bincount(flat, weights=rows.ravel(), minlength=n * e).reshape(n, e).astype(rows.dtype)


@dataclass(frozen=True)
class OutputStep:
    """One training example at the output layer: what the network said, what was right, the gradient."""

    p: NDArray[np.float64]  # [V] softmax output
    y: NDArray[np.float64]  # [V] one-hot target
    grad: NDArray[np.float64]  # [V] p − y: the gradient of this example's loss w.r.t. the scores


def output_step(params: Params, context: NDArray[np.integer], target: int) -> OutputStep:
    """p, y and p − y at the output layer for one example (context ids [C], PAD-padded): for a chart."""
    x = np.asarray(context, dtype=np.int64).reshape(1, -1)  # [1, C]
    p = np.exp(log_softmax(forward(params, x).scores.astype(np.float64)))  # [1, V]
    y = np.array([target])
    return OutputStep(p=p[0], y=one_hot(y, p.shape[1])[0], grad=output_gradient(p, y)[0])


# ---------------------------------------------------------------------------- examples


def pad_left(contexts: NDArray[np.integer], context: int, pad: int) -> NDArray[np.int64]:
    """Exactly ``context`` columns: keep the last ones, or pad on the left. [N, L] -> [N, C]."""
    n, length = contexts.shape
    if length >= context:
        return np.ascontiguousarray(contexts[:, length - context :], dtype=np.int64)
    out = np.full((n, context), pad, dtype=np.int64)
    out[:, context - length :] = contexts
    return out


def windows(ids: NDArray[np.integer], context: int, pad: int) -> NDArray[np.int64]:
    """The ``context`` ids before every position of a text, PAD before its start: [T] -> [T, C]."""
    padded = np.concatenate([np.full(context, pad, dtype=np.int64), np.asarray(ids, dtype=np.int64)])
    return np.lib.stride_tricks.sliding_window_view(padded[:-1], context).copy()


# ---------------------------------------------------------------------------- the model


class MLPModel(NextCharModel):
    """A trained network with the interface decoding and ``bits_per_char`` use (like ``CharModel``).

    Immutable and shared across sessions: its arrays are read-only. It has no ``graph``: the next
    character's distribution depends on the last C characters through the network, not a table.

    ``more``: further networks of the same shape, trained from other seeds. The model's distribution
    is then the average of every network's softmax (an ensemble: each network's own mistakes are
    diluted by the others'); ``params`` is the first network, the one ``output_step`` shows.
    """

    def __init__(
        self, vocab: tuple[str, ...], config: MLPConfig, params: Params, more: tuple[Params, ...] = ()
    ) -> None:
        if len(vocab) != config.vocab_size:
            raise ValueError(f"vocabulary has {len(vocab)} characters, the network {config.vocab_size}")
        shapes = {k: a.shape for k, a in params.arrays().items()}
        if any({k: a.shape for k, a in m.arrays().items()} != shapes for m in more):
            raise ValueError("every network of an ensemble must have the same shape")
        self.vocabulary: Vocabulary = Vocabulary(vocab)  # vocab, stoi, itos, encode, decode
        self.config: MLPConfig = config
        self.settings: MLPConfig = config  # decoding reads settings.context
        self.params: Params = params.map(_read_only)
        self.members: tuple[Params, ...] = (self.params, *(m.map(_read_only) for m in more))

    # -- prediction ---------------------------------------------------------------

    def logits_ids(self, contexts: NDArray[np.integer]) -> NDArray[np.float64]:
        """Log-probabilities (natural log) of the next character: [N, L] ids -> [N, V].

        The last C columns are used; shorter contexts (L may be 0) are padded on the left with PAD.
        """
        x = pad_left(self.check_ids(contexts), self.config.context, self.config.pad)  # [N, C]
        # [M, N, V] each network's ln p, then ln of their mean p (log-sum-exp: stable), M networks
        logp = np.stack([log_softmax(forward(m, x).scores.astype(np.float64)) for m in self.members])
        if len(logp) == 1:
            return logp[0]
        top = logp.max(axis=0)  # [N, V]
        return top + np.log(np.exp(logp - top).mean(axis=0))  # [N, V]


def _read_only(a: NDArray) -> NDArray:
    a = np.array(a)  # a private copy: nobody else can write to it
    a.setflags(write=False)
    return a


# ---------------------------------------------------------------------------- weights file


STORED_DTYPE = np.float16  # in the file; loaded back as float32


def as_stored(model: MLPModel) -> MLPModel:
    """The model as ``save_model`` writes it and ``load_model`` reads it back: weights rounded to float16.

    Measure a model's loss on this one, so the recorded loss is the loaded file's, to the last digit.
    """
    members = [m.map(lambda a: a.astype(STORED_DTYPE).astype(np.float32)) for m in model.members]
    return MLPModel(model.vocab, model.config, members[0], tuple(members[1:]))


def save_model(path: Path, model: MLPModel, meta: dict[str, object]) -> None:
    """Write float16 weights, the vocabulary and a JSON record (config + ``meta``) to one .npz file.

    No pickles: the vocabulary is a string array and the record a JSON string, so loading runs no code.
    Not compressed: float weights hardly compress (−7 %), and reading them raw is faster. float16 halves
    the file (an ensemble of two networks: 436 KB instead of 872 KB) and changes the loss by ~1e-5 bits.
    """
    record = {
        "config": {f.name: getattr(model.config, f.name) for f in fields(MLPConfig)},
        "networks": len(model.members),
        **meta,
    }
    arrays = {k: a.astype(STORED_DTYPE) for k, a in model.params.arrays().items()}
    for i, member in enumerate(model.members[1:], start=2):  # an ensemble: emb_2, w1_2, …, emb_3, …
        arrays.update({f"{k}_{i}": a.astype(STORED_DTYPE) for k, a in member.arrays().items()})
    path.parent.mkdir(parents=True, exist_ok=True)
    with open(path, "wb") as fh:
        np.savez(fh, vocab=np.array(model.vocab, dtype="<U1"), record=json.dumps(record), **arrays)


def load_record(path: Path = WEIGHTS_PATH) -> dict[str, object]:
    """The JSON record of a weights file: config, seed, settings, recorded held-out bits per char, …"""
    with np.load(path, allow_pickle=False) as data:
        return json.loads(str(data["record"]))


def load_model(path: Path = WEIGHTS_PATH) -> MLPModel:
    """The network saved by ``save_model`` (``core.mlp_train`` writes the shipped one)."""
    with np.load(path, allow_pickle=False) as data:
        record = json.loads(str(data["record"]))
        vocab = tuple(str(c) for c in data["vocab"])
        params = Params(**{k: data[k].astype(np.float32) for k in PARAM_NAMES if k in data.files})
        more = tuple(
            Params(
                **{k: data[f"{k}_{i}"].astype(np.float32) for k in PARAM_NAMES if f"{k}_{i}" in data.files}
            )
            for i in range(2, int(record.get("networks", 1)) + 1)
        )
    return MLPModel(vocab, MLPConfig(**record["config"]), params, more)
