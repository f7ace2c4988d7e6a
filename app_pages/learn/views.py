"""The learn page's live part: progress, the loss curve, the samples and one example's p, y and p − y."""

from __future__ import annotations

import math

import streamlit as st

from app_pages.learn import training
from core.charts.learn import loss_figure, output_figure, shown_characters
from core.charts.samples import Group, Line, samples_html
from core.charts.style import visible
from core.live_training import (
    KNESER_NEY_BITS,
    PROMPT,
    SAMPLE_CHARS,
    TARGET,
    Run,
    example_ids,
    example_step,
    sample_steps,
)
from core.mlp_train import Setup
from core.number_text import article_number
from ui.charts import show_chart
from ui.i18n import sentences, texts, tr
from ui.live_region import say


def step_count(n: int) -> str:
    """A number of steps as the page writes it everywhere, in both languages: 10,000, as the loss
    chart's ticks and the compare page's counts do."""
    return f"{n:,}"


def progress_text(step: int, total: int, bits: float) -> str:
    key = "learn.progress.done" if step >= total else "learn.progress"
    return tr(key, step=step_count(step), total=step_count(total), bits=bits)


def show_progress(run: Run) -> None:
    st.progress(run.step / run.total, text=progress_text(run.step, run.total, run.curve[-1].heldout_bits))


def announce_checkpoint(run: Run) -> None:
    """Say the loss to a screen reader when a new sample is written (a checkpoint, or Stop): the progress
    bar's text changes every chunk, a second or two apart, too often to be read out each time."""
    point = run.checkpoint
    say(progress_text(point.step, run.total, point.heldout_bits))


def show_curve(run: Run, setup: Setup) -> None:
    uniform = math.log2(setup.config.vocab_size)
    names = ("title", "x", "y", "train", "heldout", "uniform", "reference")
    fig = loss_figure(run.curve, run.total, uniform, KNESER_NEY_BITS, texts("learn.loss", *names))
    show_chart(fig, "learn_loss")


def show_explanations(setup: Setup) -> None:
    v = setup.config.vocab_size
    st.caption(sentences([tr("learn.heldout.explain"), tr("learn.bits.explain", v=v, bits=math.log2(v))]))


def show_latest(run: Run) -> None:
    """The newest writing (a checkpoint's, or the one Stop wrote), right under the curve: on a
    projected or desktop screen the loss falling and the writing turning into words are seen together,
    without scrolling."""
    sample = run.samples[-1]
    title = tr("learn.sample.latest", step=step_count(sample.step))
    st.html(samples_html([Group(title, (Line(PROMPT, sample.text),))]))


def show_samples(run: Run) -> None:
    st.header(tr("learn.samples.title"), anchor=False)
    steps = tr("learn.samples.sep").join(step_count(s) for s in sample_steps(run.total))  # 0 · 50 · … 10,000
    st.caption(tr("learn.samples.caption", steps=steps, prompt=PROMPT, n=SAMPLE_CHARS))
    # Text blocks, not st.code: a code block loads the browser's highlighter, ~1.5 MB of JavaScript
    # (~390 ms later to this page's chart: README).
    groups = [
        Group(tr("learn.sample.label", step=step_count(sample.step)), (Line(PROMPT, sample.text),))
        for sample in run.samples
    ]
    st.html(samples_html(groups))


def show_example(run: Run, setup: Setup) -> None:
    st.header(tr("learn.example.title"), anchor=False)
    st.caption(tr("learn.example.caption", prompt=PROMPT, target=TARGET))
    out = example_step(run, setup)
    _, target = example_ids(setup)
    texts = {
        "title": tr("learn.out.title", step=step_count(run.step)),
        "p": tr("learn.out.p"),
        "y": tr("learn.out.y", target=TARGET),
        "grad": tr("learn.out.grad"),
    }
    fig = output_figure(setup.vocab, out.p, out.y, out.grad, target, texts)
    show_chart(fig, "learn_output")
    # The bars of a trained network are a tall one and hairlines: the numbers say what they are.
    other = int(shown_characters(out.p, target)[1])
    numbers = {
        "p": article_number(out.p[target], 3),
        "grad": article_number(out.grad[target], 3),
        "q": article_number(out.p[other], 3),
    }
    st.caption(tr("learn.example.numbers", target=TARGET, other=visible(setup.vocab[other]), **numbers))
    st.info(tr("learn.example.lesson"), icon=":material/lightbulb:")


def live(setup: Setup) -> None:
    """Everything that changes as the network trains; a fragment, rerun on a timer while training.

    It draws first and trains after: Streamlit greys out a rerunning fragment's elements until they
    are drawn again, so drawing first keeps the page readable while the chunk runs (the chart then
    shows the run one chunk behind; the next tick draws it). A queued notice goes at the top.
    """
    run = training.current_run()
    notice = st.empty()
    show_progress(run)
    announce_checkpoint(run)
    show_curve(run, setup)
    show_latest(run)
    show_explanations(setup)
    show_samples(run)
    show_example(run, setup)
    if training.running() and not run.done:
        with notice.container():
            run = training.train_chunk(setup)
        if run.done:  # the recipe's last step: stop the timer, relabel the buttons, draw the end
            st.session_state[training.RUNNING_KEY] = False
            st.rerun()
