"""Issue 16: no chart draws a title turned on its side; every y axis's title is a level label over it.

Every figure builder in core/charts is built here, in English and in Chinese, with the y titles the
pages pass (from the catalog); the other texts are their own keys.
"""

from __future__ import annotations

import re
from collections.abc import Callable

import numpy as np
import plotly.graph_objects as go
import pytest

from core.charts import attention, compare, formula, generator, home, learn, playground, style, why
from core.i18n import t
from core.live_training import Point
from core.softmax import softmax
from core.textstats import Loop, Stats


class Texts(dict):
    """Any text a builder asks for: its own key, unless given."""

    def __missing__(self, key: str) -> str:
        return key


def _stats(perplexity: float) -> Stats:
    return Stats(n=10, distinct=3, distinct_ngrams=0.5, real_words=0.4, repeated_ngrams=0.1, loop_share=0.2,
                 first_loop=Loop(0, "ab"), logprob_per_char=-np.log(perplexity), perplexity=perplexity,
                 entropy_bits=1.0)  # fmt: skip


P = np.array([0.5, 0.3, 0.15, 0.05])
VOCAB = ("a", "b", " ", "\n")
CURVE = [Point(0, None, 5.9), Point(50, 4.1, 4.0), Point(100, 3.2, 3.3)]
KEYS = np.array([[1.0, 0.0], [0.0, 1.0], [-1.0, 0.0]])

# The y titles each builder is given, as the pages give them: text key -> catalog key.
Y_TITLES: dict[str, dict[str, str]] = {
    "generator.next_char_figure": {"y": "generator.chart.bars.y"},
    "compare.filter_chart": {"y_title": "compare.filters.y"},
    "compare.dice_chart": {"y_title": "compare.dice.y"},
    "compare.strategy_chart": {"shares_title": "compare.chart.shares", "ppl_title": "compare.chart.ppl"},
    "compare.sweep_chart": {"share_title": "compare.sweep.share", "ppl_title": "compare.chart.ppl"},
    "learn.loss_figure": {"y": "learn.loss.y"},
    "why.losses_figure": {"squared": "why.c.loss.squared", "cross": "why.c.loss.cross"},
}
# The y titles a builder writes itself (symbols, the same in both languages).
OWN_LABELS: dict[str, tuple[str, ...]] = {
    "playground.sweep_figure": ("p",),
    "attention.vectors_figure": ("y",),
    "attention.values_figure": ("v₂",),
}
BUILDERS: dict[str, Callable[[Texts], go.Figure]] = {
    "home.probability_bars": lambda tx: home.probability_bars(["A", "B"], [0.7, 0.3], tx, [0.6, 0.4]),
    "formula.gaps_figure": lambda tx: formula.gaps_figure(["a", "b"], [0.8, 0.2], [0.9, 0.1], tx),
    "playground.probabilities_figure": lambda tx: playground.probabilities_figure(
        ["A", "B"], P[:2], P[:2], tx
    ),
    "playground.sweep_figure": lambda tx: playground.sweep_figure(
        ["A", "B"], np.geomspace(0.1, 10, 5), np.full((5, 2), 0.5), (1.0, [0.5, 0.5]), Texts(tx, y="p")
    ),
    "playground.normalizations_figure": lambda tx: playground.normalizations_figure(
        ["A", "B"], ["m1", "m2"], [[0.6, 0.4], [0.5, 0.5]], tx
    ),
    "generator.next_char_figure": lambda tx: generator.next_char_figure(P, P, VOCAB, 0, tx),
    "generator.cdf_figure": lambda tx: generator.cdf_figure(P, VOCAB, 0.4, 0, tx),
    "compare.filter_chart": lambda tx: compare.filter_chart(VOCAB, P, P, np.zeros(4, bool), tx),
    "compare.dice_chart": lambda tx: compare.dice_chart(VOCAB, P, np.array([5, 3, 2, 0]), tx),
    "compare.strategy_chart": lambda tx: compare.strategy_chart(
        ["greedy", "T=1"], [_stats(1.5), _stats(9.0)], tx
    ),
    "compare.sweep_chart": lambda tx: compare.sweep_chart(
        [0, 0.5, 1], [_stats(1.5), _stats(3.0), _stats(9.0)], tx
    ),
    "attention.weights_figure": lambda tx: attention.weights_figure(
        ["k1", "k2", "k3"], [1.0, 0.0, -1.0], softmax(np.array([1.0, 0.0, -1.0])), tx
    ),
    "attention.vectors_figure": lambda tx: attention.vectors_figure(
        [1.0, 0.5], KEYS, ["k1", "k2", "k3"], [0.5, 0.3, 0.2], tx
    ),
    "attention.values_figure": lambda tx: attention.values_figure(
        KEYS, ["k1", "k2", "k3"], [0.5, 0.3, 0.2], [0.3, 0.3], tx
    ),
    "attention.scale_sweep_figure": lambda tx: attention.scale_sweep_figure(
        [0.0, 1.0, 2.0], np.full((3, 2), 0.5), ["k1", "k2"], 1.0, tx
    ),
    "why.errors_figure": lambda tx: why.errors_figure(["a", "b"], [0.2, 0.1], [0.5, 0.2], tx),
    "why.losses_figure": lambda tx: why.losses_figure(
        [0.0, 1.0], [1.0, 0.0], [1.3, 0.3], (0.5, 0.3, 0.5), tx
    ),
    "why.normalise_figure": lambda tx: why.normalise_figure(["a", "b"], [1, 0], [0.8, 0.2], [0.9, 0.1], tx),
    "why.gradient_figure": lambda tx: why.gradient_figure(["a", "b"], [0.7, 0.3], [1, 0], [-0.3, 0.3], tx),
    "why.loss_history_figure": lambda tx: why.loss_history_figure([2.1, 0.8], tx),
    "learn.loss_figure": lambda tx: learn.loss_figure(CURVE, 1000, 5.98, 2.38, tx),
    "learn.output_figure": lambda tx: learn.output_figure(
        VOCAB, P, np.array([0, 0, 1, 0]), P - [0, 0, 1, 0], 2, tx
    ),
}


def _built(name: str, lang: str) -> tuple[go.Figure, list[str]]:
    y_keys = Y_TITLES.get(name, {})
    texts = Texts({key: t(catalog, lang) for key, catalog in y_keys.items()})
    return BUILDERS[name](texts), [*texts.values(), *OWN_LABELS.get(name, ())]


def test_every_chart_builder_is_covered():
    builders = {
        f"{module.__name__.rsplit('.', 1)[1]}.{name}"
        for module in (attention, compare, formula, generator, home, learn, playground, why)
        for name in vars(module)
        if re.fullmatch(r"[a-z]\w*_(figure|chart)|probability_bars", name) and callable(getattr(module, name))
    }
    assert builders == set(BUILDERS)


@pytest.mark.parametrize("lang", ["en", "zh"])
@pytest.mark.parametrize("name", list(BUILDERS))
def test_no_y_title_is_drawn_on_its_side_and_each_is_a_level_label_over_its_axis(name, lang):
    fig, labels = _built(name, lang)
    layout = fig.to_plotly_json()["layout"]
    y_axes = [key for key in layout if re.fullmatch(r"yaxis\d*", key)]
    assert not [key for key in y_axes if layout[key].get("title", {}).get("text")]  # Plotly would turn it
    level = [a for a in layout.get("annotations", ()) if a.get("yanchor") == "bottom" and a.get("y") == 1]
    assert [a["text"] for a in level if a["text"] in labels] == labels
    for label in (a for a in level if a["text"] in labels):
        assert label["xref"].endswith(" domain") and label["yref"].endswith(" domain")
        assert label.get("textangle") in (None, 0)
    if labels:  # a legend above the plot would share the labels' row
        legend = layout.get("legend", {})
        assert legend.get("yref") == "container" or legend.get("y", 1) < 1


@pytest.mark.parametrize(
    "name", ["generator.next_char_figure", "learn.loss_figure", "compare.strategy_chart"]
)
def test_the_labels_are_the_catalog_s_in_each_language(name):
    en, zh = (_built(name, lang)[1] for lang in ("en", "zh"))
    assert en and zh and en != zh
    assert all(re.search(r"[\u4e00-\u9fff]", label) for label in zh)


@pytest.mark.parametrize("name", list(BUILDERS))
def test_no_chart_moves_when_dragged(name):
    # Read, not edited: no zoom or pan by any drag; hover and tap give the values (ui/charts.py).
    fig, _ = _built(name, "en")
    assert fig.layout.dragmode is False  # the browser test drags in the plot, on its labels, with shift


@pytest.mark.parametrize("name", list(BUILDERS))
def test_every_text_of_a_chart_is_in_the_theme_s_ink(name):
    # Streamlit's theme writes ticks and axis titles in a grey: 3.7:1 on white, under WCAG's 4.5:1
    fig, _ = _built(name, "en")
    layout = fig.layout
    assert layout.font.color == style.INK
    axes = [key for key in layout.to_plotly_json() if re.fullmatch(r"[xy]axis\d*", key)]
    assert axes and all(layout[key].tickfont.color == style.INK for key in axes)
    assert all(layout[key].title.font.color in (None, style.INK) for key in axes)
    coloured = [a.text for a in layout.annotations if a.font.color not in (None, style.INK)]
    assert not coloured
    written = [d for d in fig.data if d.type == "scatter" and "text" in (d.mode or "")]
    assert all(d.textfont.color in (None, style.INK) for d in written)
