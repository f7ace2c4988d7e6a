"""Live training in chunks (core.live_training) and the learn page's figures (core.charts.learn)."""

from __future__ import annotations

import math
from dataclasses import replace

import numpy as np
import pytest

from core.charmodel import ModelSettings, train_on_corpus
from core.charts.learn import loss_figure, output_figure, shown_characters, x_extent
from core.corpus import load_corpus, split_corpus
from core.evaluate import bits_per_char
from core.live_training import (
    KNESER_NEY_BITS,
    PROMPT,
    TARGET,
    advance,
    chunk_size,
    example_step,
    new_run,
    sample_steps,
    sampled_now,
    write_sample,
)
from core.mlp_train import prepare, recipe, train_steps
from core.mlp_train import start as start_run

TEXTS = {k: k for k in ("title", "x", "y", "train", "heldout", "p", "y", "grad")} | {
    "uniform": "uniform {bits:.2f}",
    "reference": "KN {bits:.2f}",
}


@pytest.fixture(scope="module")
def setup():
    return prepare(load_corpus(), plain=True)


@pytest.fixture(scope="module")
def four_chunks(setup):
    runs = [new_run(setup)]
    for _ in range(4):
        runs.append(advance(runs[-1], setup))
    return runs


def test_the_live_page_trains_one_plain_network_without_a_teacher(setup):
    # the page shows p − y at the output layer: plain cross-entropy, not the shipped recipe's p − q
    assert setup.settings.distill == 0 and setup.data.q is None and setup.settings.networks == 1
    assert setup.settings == recipe(len(setup.data.y), plain=True)
    assert recipe(len(setup.data.y)).distill > 0  # the shipped model's recipe does use a teacher


def test_chunks_grow_the_curve_and_leave_the_earlier_run_untouched(setup, four_chunks):
    first, second = four_chunks[0], four_chunks[1]
    assert [r.step for r in four_chunks] == [0, 50, 100, 150, 200]
    assert [len(r.curve) for r in four_chunks] == [1, 2, 3, 4, 5]
    assert first.curve[0].train_bits is None
    assert first.curve[0].heldout_bits == pytest.approx(math.log2(setup.config.vocab_size), abs=0.05)
    again = advance(first, setup)  # the same input gives the same chunk: nothing was consumed in place
    np.testing.assert_array_equal(again.params.w2, second.params.w2)
    assert again.curve == second.curve


def test_chunked_training_is_one_run_of_as_many_steps(setup, four_chunks):
    start = four_chunks[0]
    batches = start_run(setup)[2]  # the batch generator of the same seed, fresh
    whole = train_steps(start.params, start.adam, setup.data, batches, 200, setup.settings)
    np.testing.assert_array_equal(whole.params.emb, four_chunks[-1].params.emb)


def test_the_held_out_loss_falls_below_the_uniform_guess(setup, four_chunks):
    uniform = math.log2(setup.config.vocab_size)
    held = [p.heldout_bits for p in four_chunks[-1].curve]
    assert held[-1] < uniform - 1  # 200 steps: about 3.3 bits (uniform: 5.98)
    assert held == sorted(held, reverse=True)


def test_samples_are_written_at_the_checkpoints_with_the_same_random_numbers(setup, four_chunks):
    run = four_chunks[-1]
    assert [s.step for s in run.samples] == [0, 50, 100, 200]
    assert all(len(s.text) == 80 for s in run.samples)
    assert len({s.text for s in run.samples}) == 4  # the network changed, so did the text
    assert sample_steps(10_000) == (0, 50, 100, 200, 400, 1000, 2000, 4000, 10_000)
    assert sample_steps(300) == (0, 50, 100, 200, 300)


def test_a_training_is_capped_at_the_recipes_step_count(setup, four_chunks):
    assert four_chunks[-1].total == setup.settings.steps
    assert chunk_size(0, 10_000) == 50 and chunk_size(200, 10_000) == 200
    assert chunk_size(9_900, 10_000) == 100 and chunk_size(10_000, 10_000) == 0
    ended = replace(four_chunks[1], total=50)
    assert ended.done and advance(ended, setup) is ended


def test_the_example_gradient_is_p_minus_the_one_hot_target(setup, four_chunks):
    out = example_step(four_chunks[-1], setup)
    target = setup.vocab.index(TARGET)
    assert PROMPT == "Humpty Du"
    np.testing.assert_allclose(out.grad, out.p - np.eye(len(setup.vocab))[target])
    assert out.grad[target] < 0 and (np.delete(out.grad, target) >= 0).all()
    before = example_step(four_chunks[0], setup)
    assert out.p[target] > before.p[target]  # training made "m" likelier after "Humpty Du"


def test_the_memory_a_run_keeps_is_its_weights_and_adams_two_moments(four_chunks):
    run = four_chunks[-1]
    assert run.nbytes == 3 * run.params.nbytes
    assert run.nbytes < 2 * 1024 * 1024


def test_the_recorded_kneser_ney_line_is_what_the_count_model_scores():
    text = load_corpus()
    settings = ModelSettings()
    model = train_on_corpus(text, settings)
    bits = bits_per_char(model, split_corpus(text)[1], settings.context)
    assert bits == pytest.approx(KNESER_NEY_BITS, abs=5e-4)


def test_the_loss_figure_draws_both_curves_and_the_two_reference_lines(four_chunks):
    run = four_chunks[-1]
    fig = loss_figure(run.curve, run.total, 5.98, 2.379, TEXTS)
    train, held = fig.data
    assert list(train.x) == [50, 100, 150, 200] and held.x[0] == 0 and len(held.y) == 5
    assert train.line.dash is None and held.line.dash == "dash"
    assert [s.y0 for s in fig.layout.shapes] == [5.98, 2.379]
    assert [a.text for a in fig.layout.annotations] == ["uniform 5.98", "y"]  # "y": the y title
    uniform = fig.layout.annotations[0]
    assert (uniform.x, uniform.xanchor, uniform.yanchor) == (1, "right", "bottom")
    # Kneser-Ney's line is named in the legend: the curves end on both sides of it, so a label on
    # the plot sat on one of them
    kn = fig.layout.shapes[1]
    assert (kn.showlegend, kn.name, kn.line.dash) == (True, "KN 2.38", "dashdot")
    assert not fig.layout.shapes[0].showlegend
    assert list(fig.layout.xaxis.range) == [0, 1000]
    # the right end is labelled: Plotly's own ticks stopped at 800 (a label past the chart's edge is hidden)
    assert list(fig.layout.xaxis.tickvals) == [0, 200, 400, 600, 800, 1000]
    assert fig.layout.xaxis.ticklabeloverflow == "allow"
    assert [x_extent(s, 10_000) for s in (0, 1000, 1001, 2001, 5001)] == [1000, 1000, 2000, 5000, 10_000]


def test_the_output_figure_shows_the_target_first_and_p_minus_y_per_character():
    vocab = ("a", "b", "c", "d")
    p = np.array([0.1, 0.6, 0.2, 0.1])
    y = np.array([0.0, 0.0, 1.0, 0.0])
    assert list(shown_characters(p, 2, k=3)) == [2, 1, 0]
    fig = output_figure(vocab, p, y, p - y, 2, TEXTS)
    bars_p, bars_y, bars_grad = fig.data
    assert list(bars_p.x[:3]) == ["c", "b", "a"]
    np.testing.assert_allclose(bars_grad.y, np.array(bars_p.y) - np.array(bars_y.y))
    assert list(bars_y.y) == [1, 0, 0, 0]


def test_the_checkpoint_is_the_curve_s_point_at_the_newest_sample(setup):
    run = new_run(setup)
    assert run.checkpoint == run.curve[0]
    for _ in range(3):  # 50, 100, 150: samples at 50 and 100, not at 150
        run = advance(run, setup)
    assert run.step == 150 and run.checkpoint.step == 100
    assert run.checkpoint == run.curve[2]


def test_a_stop_between_checkpoints_writes_what_the_network_writes_now(setup):
    """Stopped at 6,000 steps, the page's newest writing was step 4,000's (a learner's walk, 8 Dec)."""
    run = new_run(setup)
    for _ in range(3):  # 150 steps: the newest sample is step 100's
        run = advance(run, setup)
    stopped = sampled_now(run, setup)
    assert [s.step for s in stopped.samples] == [0, 50, 100, 150]
    assert stopped.samples[-1].text == write_sample(run.params, setup)  # the same random numbers as ever
    assert stopped.samples[-1].text != run.samples[-1].text
    assert stopped.checkpoint == stopped.curve[-1] and stopped.checkpoint.step == 150
    assert run.samples[-1].step == 100  # the run it was given is left as it was
    assert sampled_now(stopped, setup) is stopped  # a second Stop writes nothing more
    # Training on, the checkpoints come as before.
    assert [s.step for s in advance(stopped, setup).samples] == [0, 50, 100, 150, 200]
