"""Figures of the compare page: the data they show is the data they were given."""

import math

import pytest

from core.charts.compare import SHARES, strategy_chart, sweep_chart
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
    assert [tr.name for tr in fig.data] == [TEXTS[k] for k, _ in SHARES] + ["ppl"]
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


def test_sweep_chart_without_a_positive_temperature_is_an_error():
    with pytest.raises(ValueError):
        sweep_chart([0.0], [stats(1.0, 0.0)], TEXTS)


def test_axis_titles_survive_the_shared_layout():
    fig = strategy_chart(["greedy"], [stats(1.5, 0.1)], TEXTS)
    assert fig.layout.yaxis.title.text == "S" and fig.layout.yaxis2.title.text == "P"
    sweep = sweep_chart([0.0, 1.0], [stats(1.2, 0.0), stats(8.0, 0.8)], TEXTS)
    assert sweep.layout.yaxis.title.text == "Y" and sweep.layout.xaxis2.title.text == "X"
