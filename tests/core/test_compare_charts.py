"""Figures of the compare page: the data they show is the data they were given."""

import math

import numpy as np
import pytest

from core.charts.compare import (
    MAX_BARS,
    SHARES,
    dice_chart,
    filter_chart,
    strategy_chart,
    sweep_chart,
)
from core.charts.style import REFERENCE, REFERENCE_DASH
from core.textstats import Loop, Stats


def stats(perplexity: float, div: float, real: float = 0.5) -> Stats:
    return Stats(
        n=10,
        distinct=3,
        distinct_ngrams=div,
        real_words=real,
        repeated_ngrams=0.1,
        loop_share=0.2,
        first_loop=Loop(0, "ab"),
        logprob_per_char=-math.log(perplexity),
        perplexity=perplexity,
        entropy_bits=1.0,
    )


TEXTS = {
    "title": "T",
    "shares_title": "S",
    "ppl_title": "P",
    "x_title": "X",
    "share_title": "Y",
    "distinct_ngrams": "div",
    "real_words": "real",
    "repeated_ngrams": "rep",
    "loop_share": "loop",
    "perplexity": "ppl",
    "greedy_tick": "greedy",
}


def test_strategy_chart_has_a_bar_per_share_and_strategy_and_the_perplexities():
    fig = strategy_chart(["greedy", "sampling"], [stats(1.5, 0.1), stats(9.0, 0.9)], TEXTS)
    # each share says which way is better: distinct and real words up, repeats and loops down
    arrows = ["↑", "↑", "↓", "↓"]
    names = [f"{TEXTS[k]} {a}" for k, a in zip(SHARES, arrows, strict=True)]
    assert [tr.name for tr in fig.data] == [*names, "ppl"]
    assert list(fig.data[0].y) == [0.1, 0.9]
    assert list(fig.data[-1].y) == [1.5, 9.0]
    assert list(fig.data[-1].x) == ["greedy", "sampling"]
    assert fig.layout.title.text == "T"


def test_sweep_chart_puts_greedy_left_of_the_smallest_temperature_with_its_own_tick():
    temps = [0.0, 0.1, 1.0, 3.0]
    fig = sweep_chart(temps, [stats(1.2, 0.0), stats(1.5, 0.2), stats(8.0, 0.8), stats(30.0, 0.95)], TEXTS)
    div, real, ppl = fig.data
    assert list(div.x) == [0.05, 0.1, 1.0, 3.0]
    assert list(div.y) == [0.0, 0.2, 0.8, 0.95]
    assert list(ppl.y) == [1.2, 1.5, 8.0, 30.0]
    assert fig.layout.xaxis.ticktext[0] == "greedy"
    assert fig.layout.xaxis.type == "log"
    # the two curves of the top panel differ in dash and marker, not in colour alone
    assert div.line.dash != real.line.dash and div.marker.symbol != real.marker.symbol


def test_sweep_chart_without_a_positive_temperature_is_an_error():
    with pytest.raises(ValueError):
        sweep_chart([0.0], [stats(1.0, 0.0)], TEXTS)


def test_axis_titles_survive_the_shared_layout_each_over_its_own_panel():
    for fig, top in ((strategy_chart(["greedy"], [stats(1.5, 0.1)], TEXTS), "S"),
                     (sweep_chart([0.0, 1.0], [stats(1.2, 0.0), stats(8.0, 0.8)], TEXTS), "Y")):  # fmt: skip
        labels = {a.text: a.yref for a in fig.layout.annotations}
        assert labels == {top: "y domain", "P": "y2 domain"}  # level labels, not Plotly's turned titles
        assert not fig.layout.yaxis.title.text and not fig.layout.yaxis2.title.text
        assert fig.layout.yaxis.domain[1] == 1 and fig.layout.yaxis2.domain[1] < fig.layout.yaxis.domain[0]
        assert fig.layout.xaxis2.anchor == "y2" and fig.layout.xaxis.matches == "x2"
    assert fig.layout.xaxis2.title.text == "X"


# ------------------------------------------------------------------------------- filters, dice


TEXTS_F = {
    "title": "t",
    "kept": "kept",
    "removed": "removed",
    "before": "before",
    "x_title": "x",
    "y_title": "y",
}


def test_filter_chart_sorts_by_probability_and_draws_removed_and_kept_bars_apart():
    chars = ["a", "b", " ", "d"]
    before = np.array([0.1, 0.5, 0.3, 0.1])
    removed = np.array([True, False, False, True])
    after = np.where(removed, 0, before) / before[~removed].sum()
    fig = filter_chart(chars, before, after, removed, TEXTS_F)
    kept, gone = fig.data
    assert list(kept.x) == ["b", "␣", "a", "d"]  # likeliest first, whitespace made visible
    assert list(fig.layout.xaxis.tickvals) == list(kept.x)  # every bar named (Plotly skips some on a phone)
    assert fig.layout.xaxis.tickangle == 0
    assert list(kept.y[:2]) == pytest.approx([0.625, 0.375]) and np.isnan(kept.y[2:]).all()
    assert np.isnan(gone.y[:2]).all() and list(gone.y[2:]) == pytest.approx([0.1, 0.1])
    assert gone.marker.pattern.shape == "/"
    outlines = fig.layout.shapes  # before the filters: the reference, dashed, as on every page
    assert [s.y1 for s in outlines] == pytest.approx([0.5, 0.3, 0.1, 0.1]) and outlines[0].x0 == "b"
    assert {s.line.dash for s in outlines} == {REFERENCE_DASH} and outlines[0].showlegend
    assert fig.layout.height <= 320


def test_filter_chart_shows_at_most_max_bars():
    v = MAX_BARS + 10
    p = np.full(v, 1 / v)
    fig = filter_chart([chr(65 + i) for i in range(v)], p, p, np.zeros(v, bool), TEXTS_F)
    assert len(fig.data[0].x) == MAX_BARS
    # and says so: a cut right of the last bar is not taken for no cut
    some = TEXTS_F | {"x_title_some": "{shown} of {n}"}
    fig = filter_chart([chr(65 + i) for i in range(v)], p, p, np.zeros(v, bool), some)
    assert fig.layout.xaxis.title.text == f"{MAX_BARS} of {v}"
    few = filter_chart(["A", "B"], [0.6, 0.4], [0.6, 0.4], np.zeros(2, bool), some)
    assert few.layout.xaxis.title.text == TEXTS_F["x_title"]  # every character drawn


def test_the_dice_chart_s_title_counts_the_likeliest_not_the_rare_drawn_ones_added():
    v = MAX_BARS + 20
    probs = np.linspace(2, 1, v)
    probs /= probs.sum()
    counts = np.zeros(v, dtype=np.int64)
    counts[0], counts[-1] = 9, 1  # the rarest character was drawn once: a bar of its own
    texts = {"title": "t", "drawn": "d", "probability": "p", "x_title": "x", "y_title": "y",
             "x_title_some": "{shown} likeliest of {n} and any other drawn"}  # fmt: skip
    fig = dice_chart([chr(65 + i) for i in range(v)], probs, counts, texts)
    assert len(fig.data[0].x) == MAX_BARS + 1
    assert fig.layout.xaxis.title.text == f"{MAX_BARS} likeliest of {v} and any other drawn"


def test_dice_chart_shows_the_share_of_draws_and_every_drawn_character():
    v = MAX_BARS + 5
    probs = np.linspace(2, 1, v)
    probs /= probs.sum()
    counts = np.zeros(v, dtype=int)
    counts[0], counts[-1] = 7, 3  # the last, least likely character was drawn too
    texts = {"title": "t", "drawn": "d", "probability": "p", "x_title": "x", "y_title": "y"}
    fig = dice_chart([chr(65 + i) for i in range(v)], probs, counts, texts)
    [drawn] = fig.data
    assert len(drawn.x) == MAX_BARS + 1 and drawn.x[-1] == chr(65 + v - 1)
    assert sum(row[0] for row in drawn.customdata) == 10
    assert drawn.y[0] == pytest.approx(0.7) and drawn.y[-1] == pytest.approx(0.3)
    # The probabilities the draws converge to: the dashed reference outlines of every page, in the
    # theme's ink (a solid blue edge all but vanished inside the sky-blue bars on the dark theme).
    outlines = fig.layout.shapes
    assert [s.x0 for s in outlines] == list(drawn.x) and outlines[0].y1 == pytest.approx(probs[0])
    assert {(s.line.dash, s.line.color) for s in outlines} == {(REFERENCE_DASH, REFERENCE)}
    assert outlines[0].showlegend and outlines[0].name == "p"
    assert drawn.customdata[0][1] == pytest.approx(probs[0])  # and in the bar's hover


def test_a_greedy_filter_chart_draws_its_100_percent_bar_below_the_top_and_no_tick_past_it():
    before = np.array([0.5, 0.3, 0.2])
    after = np.array([1.0, 0.0, 0.0])  # top-k 1: all the probability on one character
    fig = filter_chart(list("abc"), before, after, np.array([False, True, True]), TEXTS_F)
    assert fig.layout.yaxis.range[1] > 1.0 and max(fig.layout.yaxis.tickvals) == 1.0


def test_a_strategy_s_settings_go_under_its_name_so_slanted_names_do_not_collide():
    labels = ["Greedy", "Top-k (k = 10, T = 2)", "只留前 k 名（k = 10，T = 2）"]
    fig = strategy_chart(labels, [stats(1.0, 0.1)] * 3, TEXTS)
    assert list(fig.data[-1].x) == ["Greedy", "Top-k<br>(k = 10, T = 2)", "只留前 k 名<br>（k = 10，T = 2）"]
