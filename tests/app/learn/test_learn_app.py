"""The learn page in AppTest (both languages): Start trains chunk by chunk, Stop stops, Start over resets.

In AppTest a fragment's timer does not fire and a fragment reruns with the whole script, so each
``at.run()`` while training stands for one timer tick: one chunk. The live part draws before it
trains (so the browser never greys it out), so while training it shows the run one chunk behind;
after Stop it shows the run as it is.
"""

from __future__ import annotations

import math

import numpy as np
import pytest

from core.i18n import t
from core.live_training import PROMPT, TARGET
from core.mlp_train import PLAIN
from tests.apptest import all_text, figure, open_page, said_aloud, sample_groups

STATE = "learn_run"


def steps(at) -> int:
    run = at.session_state[STATE] if STATE in at.session_state else None
    return run.step if run is not None else 0


def curve(at) -> tuple[list, list]:
    fig = figure(at, "learn_loss")
    train, held = fig["data"][:2]
    return train["y"], held["y"]


def started(lang: str, ticks: int, stop: bool = False):
    """The page after Start and ``ticks`` more timer ticks (and Stop, if asked)."""
    at = open_page("learn", lang, timeout=120)
    assert STATE not in at.session_state or at.session_state[STATE] is None  # nothing kept before Start
    at.button(key="learn_start").click().run()
    for _ in range(ticks):
        at.run()
    if stop:
        at.button(key="learn_stop").click().run()
    assert not at.exception, [e.message for e in at.exception]
    return at


@pytest.mark.parametrize("lang", ["en", "zh"])
def test_the_intro_names_the_start_button_by_its_label(lang):
    # "Press Start" beside a button that reads "Start training" (a learner's report)
    assert f"“{t('learn.start', lang)}”" in t("learn.intro", lang)


@pytest.mark.parametrize("lang", ["en", "zh"])
def test_start_trains_in_chunks_and_the_held_out_loss_falls_below_the_uniform_guess(lang):
    at = open_page("learn", lang, timeout=120)
    assert at.button(key="learn_start").label == t("learn.start", lang)
    assert at.button(key="learn_restart").disabled
    assert curve(at) == ([], [pytest.approx(5.97, abs=0.02)])
    at.button(key="learn_start").click().run()
    assert at.button(key="learn_stop").label == t("learn.stop", lang)
    counts, points = [steps(at)], [len(curve(at)[1])]
    for _ in range(3):
        at.run()
        counts.append(steps(at))
        points.append(len(curve(at)[1]))
    assert counts == [50, 100, 150, 200]
    assert points == [1, 2, 3, 4]  # drawn one chunk behind while training
    at.button(key="learn_stop").click().run()  # Stop: the run as it is
    train, held = curve(at)
    assert len(train) == 4 and held[-1] < math.log2(63) - 1  # about 3.3 bits after 200 steps (uniform: 5.98)
    progress = at.get("progress")[0].proto
    assert progress.value == int(200 / PLAIN.steps * 100)  # percent: 200 of the recipe's steps
    total = f"{PLAIN.steps:,}"  # "10,000" in both languages, as the loss chart's ticks
    assert "200" in progress.text and total in progress.text
    assert not at.exception


def test_stop_keeps_what_was_learned_and_continue_goes_on_from_there():
    at = started("en", ticks=1, stop=True)
    assert steps(at) == 100
    assert at.session_state["learn_running"] is False
    assert at.button(key="learn_start").label == t("learn.continue", "en")
    assert t("learn.toggle.help", "en") in [c.value for c in at.caption]  # said once stopped ...
    assert not at.button(key="learn_start").help  # ... not as a tooltip, which stayed up over the intro
    for _ in range(2):
        at.run()
    assert steps(at) == 100  # stopped: reruns train no more
    assert len(curve(at)[1]) == 3
    at.button(key="learn_start").click().run()
    assert steps(at) == 150  # continued from step 100, not from scratch
    assert t("learn.toggle.help", "en") not in [c.value for c in at.caption]  # training again


def _labelled(at, key: str):
    """The button whose label is the catalog's ``key`` (Start, Stop and Continue say what they do)."""
    (button,) = [b for b in at.button if b.label == t(key, "en")]
    return button


def test_a_second_stop_from_a_screen_not_yet_redrawn_does_not_train_again():
    """A double click on Stop, or a second one while the server is busy, reaches the server after
    the first Stop's run: it must stop, not start training again (one button that flipped the
    state did)."""
    at = started("en", ticks=0)
    stop = _labelled(at, "learn.stop")
    stop.click().run()
    assert at.session_state["learn_running"] is False
    stop.click().run()  # the same click again, from the screen the browser had not redrawn yet
    assert not at.exception, [e.message for e in at.exception]
    assert at.session_state["learn_running"] is False
    assert _labelled(at, "learn.continue").label == t("learn.continue", "en")
    n = steps(at)
    at.run()  # what the timer would do, were it still on
    assert steps(at) == n


def test_start_over_goes_back_to_step_0_stopped():
    at = started("en", ticks=0)
    assert steps(at) == 50
    at.button(key="learn_restart").click().run()
    assert steps(at) == 0 and at.session_state["learn_running"] is False
    assert at.button(key="learn_start").label == t("learn.start", "en")
    assert len(curve(at)[1]) == 1


@pytest.mark.parametrize("lang", ["en", "zh"])
def test_samples_appear_with_their_step_labels(lang):
    at = started(lang, ticks=3, stop=True)
    groups = sample_groups(at, index=1)  # the list, under the newest writing (index 0)
    labels = [t("learn.sample.label", lang, step=s) for s in (0, 50, 100, 200)]
    assert [title for title, _ in groups] == labels
    assert all(len(lines) == 1 and lines[0][0] == PROMPT for _, lines in groups)
    texts = [lines[0][1] for _, lines in groups]
    # 80 characters each: a new line reads back as one character too (its ↵ mark is left out)
    assert all(len(x) == 80 for x in texts) and len(set(texts)) == 4
    assert not at.code  # no code block: it would load the browser's highlighter
    # The caption lists the checkpoints, with no ", " beside "1,000" that would split it in two
    sep = t("learn.samples.sep", lang)
    steps = sep.join(["0", "50", "100", "200", "400", "1,000", "2,000", "4,000", "10,000"])
    assert t("learn.samples.caption", lang, steps=steps, prompt=PROMPT, n=80) in [c.value for c in at.caption]
    assert "," not in sep


@pytest.mark.parametrize("lang", ["en", "zh"])
def test_the_newest_writing_sits_under_the_curve_and_follows_the_checkpoints(lang):
    at = open_page("learn", lang, timeout=120)
    latest = sample_groups(at, index=0)
    assert latest[0][0] == t("learn.sample.latest", lang, step=0)
    at.button(key="learn_start").click().run()
    for _ in range(3):
        at.run()
    at.button(key="learn_stop").click().run()  # stopped at step 200: the run as it is
    [(title, [(prompt, text)])] = sample_groups(at, index=0)
    assert title == t("learn.sample.latest", lang, step=200) and prompt == PROMPT
    assert text == sample_groups(at, index=1)[-1][1][0][1]  # the list's last checkpoint, the same text
    assert text != latest[0][1][0][1]  # and not the random weights' noise of step 0


@pytest.mark.parametrize("lang", ["en", "zh"])
def test_stop_between_checkpoints_shows_what_the_network_writes_at_that_step(lang):
    """The progress line, the newest writing and the example's bars all speak of the step it stopped at
    (they said 6,000, 4,000 and 6,000 to a learner who stopped at 6,000)."""
    at = started(lang, ticks=2, stop=True)  # 150 steps; the last checkpoint was 100
    [(title, [(_, text)])] = sample_groups(at, index=0)
    assert title == t("learn.sample.latest", lang, step=150)
    titles = [title for title, _ in sample_groups(at, index=1)]
    assert titles[-2:] == [t("learn.sample.label", lang, step=s) for s in (100, 150)]
    assert sample_groups(at, index=1)[-1][1][0][1] == text
    assert figure(at, "learn_output")["layout"]["title"]["text"] == t("learn.out.title", lang, step="150")
    at.button(key="learn_start").click().run()  # Continue: the checkpoints go on as before
    at.run()
    at.button(key="learn_stop").click().run()
    assert steps(at) == 400
    titles = [title for title, _ in sample_groups(at, index=1)]
    assert titles[-3:] == [t("learn.sample.label", lang, step=s) for s in (150, 200, 400)]


@pytest.mark.parametrize("lang", ["en", "zh"])
def test_the_output_bars_are_p_y_and_p_minus_the_one_hot_target(lang):
    at = started(lang, ticks=1, stop=True)
    fig = figure(at, "learn_output")
    p, y, grad = (np.array(trace["y"]) for trace in fig["data"])
    chars = fig["data"][0]["x"]
    assert chars[0] == TARGET  # the target comes first
    onehot = np.array([1.0 if c == TARGET else 0.0 for c in chars])
    np.testing.assert_allclose(y, onehot)
    np.testing.assert_allclose(grad, p - onehot)
    assert grad[0] < 0 and (grad[1:] > 0).all()
    assert fig["layout"]["title"]["text"] == t("learn.out.title", lang, step="100")
    assert t("learn.example.lesson", lang) in [i.value for i in at.info]
    assert t("learn.out.grad", lang) == fig["data"][2]["name"]
    # the caption reads the target's and the likeliest wrong character's bars out, with a real minus
    numbers = t("learn.example.numbers", lang, target=TARGET, other=chars[1], p=f"{p[0]:.3f}",
                grad=f"{grad[0]:.3f}".replace("-", "−"), q=f"{p[1]:.3f}")  # fmt: skip
    assert numbers in [c.value for c in at.caption]
    assert "−0." in numbers and f"{p[0]:.3f} − 1" in numbers


@pytest.mark.parametrize("lang", ["en", "zh"])
def test_step_counts_are_written_as_the_charts_ticks_are(lang):
    at = open_page("learn", lang, timeout=120)
    total = PLAIN.steps
    assert total >= 1000 and f"{total:,}" in all_text(at)  # "10,000", in Chinese too, not "10000"
    assert str(total) not in all_text(at)


def test_the_page_speaks_chinese_with_the_articles_words():
    at = open_page("learn", "zh", timeout=120)
    text = all_text(at)
    for word in ("分数", "概率", "损失", "交叉熵"):
        assert word in text, word
    assert "bits per character" not in text and "Step" not in text
    assert t("learn.heldout.explain", "zh") + "每字符" in text  # sentences run on, no space after “。”


def test_a_visitor_behind_a_full_server_is_told_their_place_and_trains_once_a_slot_frees():
    from ui.jobs import POOL, SLOTS

    others = [POOL.acquire(f"another visitor {i}").slot for i in range(SLOTS)]
    try:
        at = started("en", ticks=0)
        assert steps(at) == 0  # not admitted: nothing trained
        assert t("jobs.queued", "en", position=1) in [i.value for i in at.info]
        assert at.session_state["learn_queued"] is True
    finally:
        for slot in others:
            slot.release()
    at.run()
    assert steps(at) == 50 and at.session_state["learn_queued"] is False
    assert POOL.running() == 0  # the slot is held for one chunk only


@pytest.mark.parametrize("lang", ["en", "zh"])
def test_a_screen_reader_hears_the_loss_at_each_checkpoint_not_at_every_chunk(lang):
    at = open_page("learn", lang, timeout=120)
    at.button(key="learn_start").click().run()
    at.run()
    at.run()  # 150 steps (drawn one chunk behind: 100): checkpoints (a sample written) at 0, 50 and 100
    assert steps(at) == 150
    run = at.session_state[STATE]
    at_100 = next(p for p in run.curve if p.step == 100)
    total = f"{PLAIN.steps:,}"
    assert said_aloud(at) == t("learn.progress", lang, step="100", total=total, bits=at_100.heldout_bits)
    at.run()  # 200, drawn at 150: no checkpoint in between, so the same line, not said again
    assert "150" in at.get("progress")[0].proto.text  # the bar follows every chunk
    assert said_aloud(at) == t("learn.progress", lang, step="100", total=total, bits=at_100.heldout_bits)
    at.button(key="learn_stop").click().run()  # Stop at 200, a checkpoint: its loss is said
    at_200 = at.session_state[STATE].curve[-1]
    assert said_aloud(at) == t("learn.progress", lang, step="200", total=total, bits=at_200.heldout_bits)
