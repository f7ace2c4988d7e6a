"""The neural character model: hand-written gradients, softmax's p − y, padding, reproducible training."""

import math
from collections.abc import Callable
from dataclasses import replace

import numpy as np
import pytest

from core.charmodel import ModelSettings, build_model
from core.corpus import split_corpus
from core.evaluate import bits_per_char
from core.mlp import (
    NO_DROPOUT,
    Dropout,
    MLPConfig,
    MLPModel,
    Params,
    as_stored,
    dropout_masks,
    forward,
    init_params,
    load_model,
    load_record,
    log_softmax,
    loss_and_grads,
    one_hot,
    output_gradient,
    output_step,
    save_model,
    scatter_rows,
    soft_output_gradient,
)
from core.mlp_train import (
    Examples,
    TrainSettings,
    heldout_examples,
    init_adam,
    learning_rate,
    mean_loss,
    recipe,
    teacher_rows,
    train,
    train_steps,
    training_examples,
)

TINY = MLPConfig(vocab_size=5, context=3, embed=2, hidden=4)
TEXT = "abba cab\n\nbacca ab\n\ncab abba\n"
VOCAB = tuple(sorted(set(TEXT)))
STOI = {c: i for i, c in enumerate(VOCAB)}


TINY_DIRECT = replace(TINY, direct=True)


def tiny_params(dtype=np.float64, seed=0, config=TINY) -> Params:
    """A tiny network with output weights large enough that every gradient is far from 0."""
    params = init_params(config, np.random.default_rng(seed), dtype)
    rng = np.random.default_rng(seed + 1)
    return params.map(lambda a: (a + 0.5 * rng.standard_normal(a.shape)).astype(dtype))


def tiny_batch():
    # PAD (= 5) and repeated characters, so the embedding gradient must sum rows sharing an id
    x = np.array([[5, 5, 0], [0, 1, 1], [2, 2, 2], [4, 0, 3], [5, 1, 0], [3, 3, 1]])
    y = np.array([1, 1, 0, 4, 2, 3])
    return x, y


def central_differences(loss: Callable[[Params], float], params: Params, name: str, h: float = 1e-5):
    """d loss / d params.<name>, entry by entry: (loss(w + h) − loss(w − h)) / 2h."""
    array = params.arrays()[name]
    numeric = np.zeros_like(array)
    for i in np.ndindex(array.shape):
        up, down = array.copy(), array.copy()
        up[i] += h
        down[i] -= h
        numeric[i] = (
            loss(Params(**{**params.arrays(), name: up})) - loss(Params(**{**params.arrays(), name: down}))
        ) / (2 * h)
    return numeric


def batch_loss(params: Params, x, y, drop: Dropout = NO_DROPOUT) -> float:
    logp = log_softmax(forward(params, x, drop).scores)
    return -float(logp[np.arange(len(y)), y].mean())


# ---------------------------------------------------------------------------- gradients


def tiny_dropout() -> Dropout:
    """Fixed masks (a third of the numbers dropped, the rest scaled by 1.5) for the 6-example batch."""
    return dropout_masks((6, 3 * 2), (6, 4), 1 / 3, 1 / 3, np.random.default_rng(5), np.float64)


@pytest.mark.parametrize(
    ("config", "drop"),
    [(TINY, NO_DROPOUT), (TINY_DIRECT, NO_DROPOUT), (TINY_DIRECT, "masks")],
    ids=["plain", "direct-connection", "direct-connection-with-dropout"],
)
def test_every_gradient_matches_central_finite_differences(config, drop):
    params = tiny_params(config=config)
    assert (params.wd is not None) == config.direct
    x, y = tiny_batch()
    if drop == "masks":
        drop = tiny_dropout()
        assert (
            0 < np.count_nonzero(drop.a == 0) < drop.a.size
            and 0 < np.count_nonzero(drop.h == 0) < drop.h.size
        )
    loss, grads = loss_and_grads(params, x, y, drop)
    assert set(grads.arrays()) == set(params.arrays())
    assert math.isclose(loss, batch_loss(params, x, y, drop), rel_tol=1e-12)
    for name, array in params.arrays().items():
        numeric = central_differences(lambda p: batch_loss(p, x, y, drop), params, name)
        analytic = grads.arrays()[name]
        assert analytic.shape == array.shape and analytic.dtype == np.float64
        np.testing.assert_allclose(analytic, numeric, rtol=1e-6, atol=1e-10, err_msg=name)
        if drop is NO_DROPOUT and name != "emb":  # PAD's and character 4's rows appear in few places
            assert np.all(np.abs(analytic) > 1e-8), name


def soft_batch_loss(params: Params, x, q, drop: Dropout = NO_DROPOUT) -> float:
    """Cross-entropy against soft targets, written independently: −Σ q ln p, batch mean."""
    logp = log_softmax(forward(params, x, drop).scores)
    return -float((q * logp).sum(axis=1).mean())


def soft_targets(y, v=5, seed=9) -> np.ndarray:
    """Half the one-hot target, half a random distribution (what distillation's targets look like)."""
    q = np.random.default_rng(seed).random((len(y), v))
    return 0.5 * one_hot(y, v) + 0.5 * q / q.sum(axis=1, keepdims=True)


@pytest.mark.parametrize(
    ("config", "drop"),
    [(TINY, NO_DROPOUT), (TINY_DIRECT, "masks")],
    ids=["plain", "direct-connection-with-dropout"],
)
def test_every_gradient_of_the_soft_target_loss_matches_central_finite_differences(config, drop):
    params = tiny_params(config=config)
    x, y = tiny_batch()
    q = soft_targets(y)
    drop = tiny_dropout() if drop == "masks" else drop
    loss, grads = loss_and_grads(params, x, y, drop, targets=q)
    assert math.isclose(loss, soft_batch_loss(params, x, q, drop), rel_tol=1e-12)
    assert not math.isclose(loss, batch_loss(params, x, y, drop))  # the soft targets do change the loss
    for name in params.arrays():
        numeric = central_differences(lambda p: soft_batch_loss(p, x, q, drop), params, name)
        np.testing.assert_allclose(grads.arrays()[name], numeric, rtol=1e-6, atol=1e-10, err_msg=name)


def test_soft_output_gradient_is_p_minus_q_and_one_hot_targets_give_p_minus_y():
    rng = np.random.default_rng(4)
    p = np.exp(log_softmax(rng.standard_normal((6, 5))))
    y = np.array([0, 4, 4, 2, 1, 3])
    q = soft_targets(y)
    np.testing.assert_allclose(soft_output_gradient(p, q), (p - q) / 6, rtol=0, atol=1e-15)
    np.testing.assert_allclose(soft_output_gradient(p, one_hot(y, 5)), output_gradient(p, y), atol=1e-15)
    params = tiny_params()
    x, y = tiny_batch()  # one-hot soft targets: the same loss and gradients as plain cross-entropy
    plain, soft = loss_and_grads(params, x, y), loss_and_grads(params, x, y, targets=one_hot(y, 5))
    assert math.isclose(plain[0], soft[0], rel_tol=1e-12)
    for k, a in plain[1].arrays().items():
        np.testing.assert_allclose(soft[1].arrays()[k], a, rtol=1e-12, atol=1e-15)


def test_dropout_masks_drop_about_the_asked_share_and_keep_the_mean():
    drop = dropout_masks((400, 50), (400, 30), 0.2, 0.5, np.random.default_rng(0), np.float32)
    assert drop.a.dtype == np.float32 and set(np.unique(drop.a)) == {0, np.float32(1 / 0.8)}
    assert abs(np.mean(drop.a == 0) - 0.2) < 0.01 and abs(np.mean(drop.h == 0) - 0.5) < 0.01
    assert abs(drop.a.mean() - 1) < 0.02 and abs(drop.h.mean() - 1) < 0.02  # inverted: E[mask] = 1
    none = dropout_masks((4, 5), (4, 3), 0.0, 0.0, np.random.default_rng(0), np.float64)
    assert none.a is None and none.h is None


def test_dropout_changes_training_scores_but_never_prediction_or_output_step():
    params = tiny_params(config=TINY_DIRECT)
    x, _ = tiny_batch()
    plain = forward(params, x).scores
    assert not np.allclose(forward(params, x, tiny_dropout()).scores, plain)
    model = MLPModel(tuple("abcde"), TINY_DIRECT, params)
    no_pad = [1, 2, 3, 5]  # logits_ids takes character ids only (it pads by itself)
    np.testing.assert_allclose(model.logits_ids(x[no_pad]), log_softmax(plain)[no_pad], rtol=0, atol=1e-12)
    step = output_step(params, x[0], target=1)
    np.testing.assert_allclose(step.p, np.exp(log_softmax(plain))[0], rtol=0, atol=1e-12)


def test_output_gradient_is_softmax_minus_one_hot_over_batch_size():
    rng = np.random.default_rng(3)
    scores = rng.standard_normal((6, 5)) * 1.5  # [B, V]
    y = np.array([0, 4, 4, 2, 1, 3])

    def loss(s):
        return -float(log_softmax(s)[np.arange(6), y].mean())

    numeric = np.zeros_like(scores)
    for i in np.ndindex(scores.shape):
        up, down = scores.copy(), scores.copy()
        up[i] += 1e-5
        down[i] -= 1e-5
        numeric[i] = (loss(up) - loss(down)) / 2e-5
    p = np.exp(log_softmax(scores))
    expected = (p - np.eye(5)[y]) / 6
    np.testing.assert_allclose(output_gradient(p, y), expected, rtol=0, atol=1e-15)
    np.testing.assert_allclose(numeric, expected, rtol=1e-6, atol=1e-10)


def test_the_output_bias_gradient_is_the_batch_mean_of_p_minus_y():
    params = tiny_params()
    x, y = tiny_batch()
    p = np.exp(log_softmax(forward(params, x).scores))
    _, grads = loss_and_grads(params, x, y)
    np.testing.assert_allclose(grads.b2, (p - one_hot(y, 5)).mean(axis=0), rtol=1e-12, atol=1e-15)


def test_output_step_gives_p_y_and_their_difference_for_one_example():
    params = tiny_params()
    step = output_step(params, np.array([5, 0, 1]), target=3)
    assert math.isclose(step.p.sum(), 1.0, rel_tol=1e-12) and np.all(step.p > 0)
    np.testing.assert_array_equal(step.y, [0, 0, 0, 1, 0])
    np.testing.assert_allclose(step.grad, step.p - step.y, rtol=0, atol=1e-15)
    assert step.grad[3] < 0 and np.all(np.delete(step.grad, 3) > 0)  # the target is pulled up, the rest down


def test_scatter_rows_adds_rows_that_share_an_id():
    rows = np.arange(12.0).reshape(4, 3)
    out = scatter_rows(rows, np.array([2, 0, 2, 2]), 4)
    expected = np.zeros((4, 3))
    np.add.at(expected, [2, 0, 2, 2], rows)
    np.testing.assert_array_equal(out, expected)


# ---------------------------------------------------------------------------- the model


def tiny_model(dtype=np.float64) -> MLPModel:
    return MLPModel(
        VOCAB,
        MLPConfig(len(VOCAB), 3, 2, 4),
        init_params(MLPConfig(len(VOCAB), 3, 2, 4), np.random.default_rng(1), dtype),
    )


def test_logits_ids_pads_short_contexts_on_the_left_and_keeps_the_last_c_of_long_ones():
    model = tiny_model()
    pad = model.config.pad
    ids = model.encode("abcab")
    short = model.logits_ids(ids[None, -2:])[0]
    explicit = log_softmax(forward(model.params, np.array([[pad, *ids[-2:]]])).scores)[0]
    np.testing.assert_allclose(short, explicit, rtol=0, atol=1e-12)
    np.testing.assert_allclose(model.logits_ids(ids[None, :]), model.logits_ids(ids[None, -3:]), atol=0)
    empty = model.logits_ids(np.zeros((2, 0), dtype=np.int64))
    np.testing.assert_allclose(empty[0], log_softmax(forward(model.params, np.full((1, 3), pad)).scores)[0])
    assert math.isclose(np.exp(model.logits("ab")).sum(), 1.0, rel_tol=1e-12)
    np.testing.assert_allclose(model.logits("cab"), model.logits("abcab"), atol=0)


def test_logits_ids_rejects_pad_and_out_of_range_ids():
    model = tiny_model()
    for bad in (np.array([[0, len(VOCAB)]]), np.array([[-1]]), np.array([0, 1]), np.array([[0.5]])):
        with pytest.raises(ValueError):
            model.logits_ids(bad)
    with pytest.raises(ValueError, match="'z'"):
        model.encode("abz")


def test_model_arrays_are_read_only_copies():
    params = init_params(MLPConfig(len(VOCAB), 3, 2, 4), np.random.default_rng(1))
    model = MLPModel(VOCAB, MLPConfig(len(VOCAB), 3, 2, 4), params)
    params.w1[0, 0] += 1  # the caller's arrays stay theirs
    assert model.params.w1[0, 0] != params.w1[0, 0]
    with pytest.raises(ValueError):
        model.params.w1[0, 0] = 0


def test_heldout_examples_score_exactly_what_bits_per_char_scores():
    model = tiny_model()
    held = heldout_examples(TEXT, model.stoi, model.config.context)
    assert len(held.y) == len(TEXT) - 1
    assert math.isclose(
        mean_loss(model.params, held) / math.log(2), bits_per_char(model, TEXT, 3), rel_tol=1e-12
    )


def test_training_examples_see_every_rhyme_start_after_pad():
    examples = training_examples(TEXT, STOI, 3)
    pad = len(VOCAB)
    assert len(examples.y) == len(TEXT) + 3 + 3  # the stream + the first 3 characters of rhymes 2 and 3
    starts = examples.y[np.all(examples.x == pad, axis=1)]
    assert sorted(VOCAB[i] for i in starts) == ["a", "b", "c"]  # "abba", "bacca", "cab"


def test_save_and_load_round_trip_keeps_weights_vocabulary_and_record(tmp_path):
    model = tiny_model(np.float32)
    path = tmp_path / "m.npz"
    save_model(path, model, {"heldout_bits_per_char": 1.25})
    loaded = load_model(path)
    assert loaded.vocab == VOCAB and loaded.config == model.config
    stored = as_stored(model)
    for k, a in model.params.arrays().items():
        np.testing.assert_array_equal(loaded.params.arrays()[k], stored.params.arrays()[k])
        np.testing.assert_allclose(loaded.params.arrays()[k], a, rtol=1e-3, atol=1e-7)  # float16 in the file
        assert loaded.params.arrays()[k].dtype == np.float32
    np.testing.assert_array_equal(
        loaded.logits_ids(np.array([[0, 1, 2]])), stored.logits_ids(np.array([[0, 1, 2]]))
    )
    assert load_record(path)["heldout_bits_per_char"] == 1.25


# ---------------------------------------------------------------------------- training


SETTINGS = TrainSettings(steps=40, batch=8, lr=1e-2, lr_final=1e-3, weight_decay=0.01)


DROPOUT = replace(SETTINGS, dropout_emb=0.1, dropout_hidden=0.2)


def start(seed=0, direct=False):
    config = MLPConfig(len(VOCAB), 3, 4, 16, direct)
    params = init_params(config, np.random.default_rng(seed))
    return params, init_adam(params), training_examples(TEXT, STOI, 3)


@pytest.mark.parametrize(
    ("direct", "settings"), [(False, SETTINGS), (True, DROPOUT)], ids=["plain", "direct-and-dropout"]
)
def test_training_in_chunks_equals_one_run_bit_for_bit(direct, settings):
    params, adam, data = start(direct=direct)
    one = train_steps(params, adam, data, np.random.default_rng(7), 30, settings)
    rng = np.random.default_rng(7)
    a = train_steps(params, adam, data, rng, 10, settings)
    b = train_steps(a.params, a.adam, data, rng, 20, settings)
    assert b.adam.step == one.adam.step == 30
    np.testing.assert_array_equal(np.concatenate([a.losses, b.losses]), one.losses)
    for k in one.params.arrays():
        np.testing.assert_array_equal(b.params.arrays()[k], one.params.arrays()[k])
        np.testing.assert_array_equal(b.adam.v.arrays()[k], one.adam.v.arrays()[k])


def test_same_seed_same_weights_other_seed_other_weights():
    params, adam, data = start()
    runs = [train_steps(params, adam, data, np.random.default_rng(s), 15, SETTINGS) for s in (1, 1, 2)]
    np.testing.assert_array_equal(runs[0].params.w1, runs[1].params.w1)
    assert not np.array_equal(runs[0].params.w1, runs[2].params.w1)


def test_train_steps_leaves_its_inputs_untouched():
    params, adam, data = start()
    before = {k: a.copy() for k, a in params.arrays().items()}
    chunk = train_steps(params, adam, data, np.random.default_rng(0), 5, SETTINGS)
    for k, a in params.arrays().items():
        np.testing.assert_array_equal(a, before[k])
        assert not np.array_equal(chunk.params.arrays()[k], a)
    assert adam.step == 0 and not adam.m.w1.any()


def test_training_lowers_the_loss_far_below_uniform_guessing():
    params, adam, data = start()
    uniform = math.log(len(VOCAB))
    assert math.isclose(mean_loss(params, data), uniform, rel_tol=0.05)  # w2 starts near 0
    chunk = train_steps(params, adam, data, np.random.default_rng(0), 300, SETTINGS)
    assert mean_loss(chunk.params, data) < 0.6 * uniform


def test_learning_rate_decays_along_a_half_cosine_to_the_final_rate():
    s = TrainSettings(steps=100, lr=1e-2, lr_final=1e-4)
    assert learning_rate(s, 0) == 1e-2
    assert math.isclose(learning_rate(s, 50), (1e-2 + 1e-4) / 2)
    assert learning_rate(s, 100) == learning_rate(s, 500) == pytest.approx(1e-4)


def test_recipe_weight_decay_falls_as_one_over_the_number_of_examples():
    assert recipe(4_000).weight_decay == pytest.approx(10 * recipe(40_000).weight_decay, rel=1e-3)
    assert recipe(4_000).steps == recipe(40_000).steps


RHYMES = (
    "\n\n".join(f"{w} cab abba\nbacca {w[::-1]}" for w in ("ab", "bca", "cab", "acb", "ba", "cc") * 2) + "\n"
)


def test_a_full_run_is_reproducible_and_its_curve_ends_at_the_models_heldout_loss():
    tiny = MLPConfig(len(set(RHYMES)), 3, 4, 16)
    run = [train(RHYMES, seed=3, config=tiny, settings=SETTINGS, checkpoint_every=15) for _ in range(2)]
    (model, curve, settings), (again, _, _) = run
    assert settings == SETTINGS and [c.step for c in curve] == [15, 30, 40]
    np.testing.assert_array_equal(model.params.w1, again.params.w1)
    _, held = split_corpus(RHYMES)
    assert math.isclose(curve[-1].heldout_loss, bits_per_char(model, held, 3) * math.log(2), rel_tol=1e-5)


def test_save_and_load_round_trip_keeps_the_direct_connection(tmp_path):
    config = MLPConfig(len(VOCAB), 3, 2, 4, direct=True)
    model = MLPModel(VOCAB, config, init_params(config, np.random.default_rng(1), np.float32))
    save_model(tmp_path / "d.npz", model, {})
    loaded = load_model(tmp_path / "d.npz")
    assert loaded.config.direct and loaded.params.wd is not None
    np.testing.assert_array_equal(loaded.params.wd, as_stored(model).params.wd)
    np.testing.assert_array_equal(
        loaded.logits_ids(np.array([[0, 1, 2]])), as_stored(model).logits_ids(np.array([[0, 1, 2]]))
    )


# ---------------------------------------------------------------------------- distillation and ensembles


def test_teacher_rows_are_the_kneser_ney_distribution_at_each_training_example():
    rows = teacher_rows(RHYMES, tuple(sorted(set(RHYMES))), 3, teacher_context=2)
    vocab = tuple(sorted(set(RHYMES)))
    examples = training_examples(RHYMES, {c: i for i, c in enumerate(vocab)}, 3)
    assert rows.shape == (len(examples.y), len(vocab)) and rows.dtype == np.float32
    np.testing.assert_allclose(rows.sum(axis=1), 1.0, rtol=1e-5)
    teacher = build_model(RHYMES, ModelSettings(context=2), vocab=vocab)
    for i in (0, 1, 7, 40, len(RHYMES) - 1):  # position i of the text: the teacher's row after RHYMES[:i]
        np.testing.assert_allclose(rows[i], teacher.probs(RHYMES[max(0, i - 2) : i]), rtol=1e-5)
    # the repeated rhyme openings (after PAD) get the row of the same place in the text
    second = RHYMES.index("\n\n") + 2
    np.testing.assert_allclose(rows[len(RHYMES)], rows[second], rtol=0)
    np.testing.assert_allclose(rows[len(RHYMES) + 1], rows[second + 1], rtol=0)


def test_a_cross_fitted_teacher_has_not_seen_the_rhyme_it_gives_targets_for():
    text = "abab abab\n\nabab abab\n\ncdcd\n\nzqzq\n"  # 2 folds: rhymes 1 and 3, rhymes 2 and 4
    vocab = tuple(sorted(set(text)))
    seen, fitted = (teacher_rows(text, vocab, 2, 2, folds) for folds in (0, 2))
    z = text.index("zqzq") + 1  # "q" after "z": only ever in the fourth rhyme
    assert fitted[z, vocab.index("q")] < seen[z, vocab.index("q")] / 4
    others = build_model("abab abab\n\ncdcd\n", ModelSettings(context=2), vocab=vocab)  # rhymes 1 and 3
    np.testing.assert_allclose(fitted[z], others.probs("\nz"), rtol=1e-5)
    a = text.index("abab") + 3  # rhyme 1's "b" after "ba": from a teacher built on rhymes 2 and 4
    np.testing.assert_allclose(
        fitted[a],
        build_model("abab abab\n\nzqzq\n", ModelSettings(context=2), vocab=vocab).probs("ba"),
        rtol=1e-5,
    )


def test_train_steps_use_the_teacher_only_when_distill_is_set():
    params, adam, data = start()
    q = np.full((len(data.y), len(VOCAB)), 1 / len(VOCAB), dtype=np.float64)
    taught = Examples(data.x, data.y, q)
    plain = train_steps(params, adam, data, np.random.default_rng(1), 10, SETTINGS)
    ignored = train_steps(params, adam, taught, np.random.default_rng(1), 10, SETTINGS)
    np.testing.assert_array_equal(ignored.params.w1, plain.params.w1)  # distill = 0: q is not read
    mixed = train_steps(params, adam, taught, np.random.default_rng(1), 10, replace(SETTINGS, distill=0.5))
    assert not np.allclose(mixed.params.w1, plain.params.w1)
    assert np.all(mixed.losses > plain.losses[0] * 0.2)


def test_an_ensemble_averages_its_networks_softmaxes_and_round_trips(tmp_path):
    config = MLPConfig(len(VOCAB), 3, 2, 4)
    nets = [tiny_params(np.float32, seed=s, config=config) for s in (1, 2, 3)]
    ensemble = MLPModel(VOCAB, config, nets[0], tuple(nets[1:]))
    x = np.array([[0, 1, 2], [3, 3, 0]])
    singles = [np.exp(MLPModel(VOCAB, config, n).logits_ids(x)) for n in nets]
    np.testing.assert_allclose(np.exp(ensemble.logits_ids(x)), np.mean(singles, axis=0), rtol=1e-6)
    np.testing.assert_array_equal(ensemble.params.w1, nets[0].w1)  # output_step shows the first network
    save_model(tmp_path / "e.npz", ensemble, {})
    loaded = load_model(tmp_path / "e.npz")
    assert len(loaded.members) == 3 and load_record(tmp_path / "e.npz")["networks"] == 3
    np.testing.assert_array_equal(loaded.logits_ids(x), as_stored(ensemble).logits_ids(x))
    with pytest.raises(ValueError, match="same shape"):
        MLPModel(
            VOCAB, config, nets[0], (init_params(MLPConfig(len(VOCAB), 3, 2, 5), np.random.default_rng(0)),)
        )


def test_a_full_run_of_an_ensemble_trains_each_network_from_its_own_seed():
    tiny = MLPConfig(len(set(RHYMES)), 3, 4, 16)
    two = replace(SETTINGS, networks=2)
    model, curve, _ = train(RHYMES, seed=3, config=tiny, settings=two, checkpoint_every=20)
    alone, _, _ = train(RHYMES, seed=4, config=tiny, settings=SETTINGS, checkpoint_every=20)
    assert [(c.network, c.step) for c in curve] == [(0, 20), (0, 40), (1, 20), (1, 40)]
    np.testing.assert_array_equal(model.members[1].w1, alone.params.w1)  # network 1 = seed 3 + 1
