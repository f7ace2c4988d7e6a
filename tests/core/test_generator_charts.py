"""Generator figures: top 15 + other, chosen bar marked, visible whitespace, the u line, shaded text."""

import numpy as np
import pytest

from core.charts.generator import TOP, cdf_figure, next_char_figure, text_figure, text_layout, top_bars
from core.charts.style import ORANGE, visible
from core.sampling import draw

VOCAB = tuple(" \nabcdefghijklmnopqrstuvwxyz")
BAR_LABELS = {"title": "T", "x": "X", "y": "Y", "other": "other", "model": "M", "drawn": "D", "chosen": "C"}
CDF_LABELS = {"title": "T", "x": "X", "other": "other", "u": "u = {u}"}


def dist(seed=0) -> np.ndarray:
    p = np.random.default_rng(seed).random(len(VOCAB)) ** 3
    return p / p.sum()


def test_top_bars_are_the_15_largest_then_other_with_all_the_rest():
    p = dist()
    names, values, ids = top_bars(p, VOCAB, "other")
    assert len(names) == TOP + 1 and names[-1] == "other" and ids[-1] == -1
    assert values[:TOP] == sorted(values[:TOP], reverse=True)
    assert sum(values) == pytest.approx(1.0)
    assert min(values[:TOP]) >= np.sort(p)[-TOP]


def test_space_and_newline_are_drawn_visibly():
    p = np.zeros(len(VOCAB))
    p[0], p[1], p[2] = 0.5, 0.3, 0.2
    names, _, _ = top_bars(p, VOCAB, "other")
    assert names[:3] == ["␣", "↵", "a"]


def test_the_chosen_bar_is_orange_and_others_are_not():
    p = dist(1)
    chosen = int(np.argmax(p))
    fig = next_char_figure(p, p, VOCAB, chosen, BAR_LABELS)
    colours = fig.data[1].marker.color
    assert colours[0] == ORANGE and list(colours).count(ORANGE) == 1


def test_a_chosen_character_outside_the_top_marks_other():
    p = dist(2)
    rare = int(np.argmin(p))
    fig = next_char_figure(p, p, VOCAB, rare, BAR_LABELS)
    assert fig.data[1].marker.color[-1] == ORANGE


def test_bars_show_the_model_and_the_drawn_from_distribution_for_the_same_characters():
    p = dist(3)
    q = p**2 / (p**2).sum()  # a lower temperature
    fig = next_char_figure(q, p, VOCAB, None, BAR_LABELS)
    assert list(fig.data[0].x) == list(fig.data[1].x)
    head = [VOCAB.index(c) for c in fig.data[0].x[:TOP]]
    assert list(fig.data[1].y[:TOP]) == pytest.approx(q[head].tolist())
    assert sum(fig.data[0].y) == pytest.approx(1.0) and sum(fig.data[1].y) == pytest.approx(1.0)


@pytest.mark.parametrize("u", [0.0, 0.13, 0.5, 0.77, 0.9999])
def test_the_u_line_falls_in_the_segment_of_the_drawn_character(u):
    p = dist(4)
    p[[3, 7]] = 0.0  # characters that cannot be drawn get no segment
    p /= p.sum()
    chosen = int(draw(p, u))
    fig = cdf_figure(p, VOCAB, u, chosen, CDF_LABELS)
    assert fig.layout.shapes[0].x0 == u
    (bar,) = fig.data  # one trace: a bar per segment, side by side from 0 to 1
    names = [name for name, _ in bar.customdata]
    assert names == [visible(c) for c, q in zip(VOCAB, p, strict=True) if q > 0]  # vocabulary order
    (i,) = [i for i, colour in enumerate(bar.marker.color) if colour == ORANGE]
    assert names[i] == visible(VOCAB[chosen])
    assert bar.base[i] <= u < bar.base[i] + bar.x[i]
    starts = np.asarray(bar.base, dtype=float)
    np.testing.assert_allclose(starts[1:], np.cumsum(bar.x)[:-1])  # segments follow each other
    assert sum(bar.x) == pytest.approx(1.0)


def test_no_u_line_without_a_draw():
    fig = cdf_figure(dist(5), VOCAB, None, None, CDF_LABELS)
    assert not fig.layout.shapes


def test_text_layout_wraps_after_newlines_and_at_the_line_width():
    cells = text_layout("ab\ncd", width=48)
    assert cells == [(0, 0), (1, 0), (2, 0), (0, 1), (1, 1)]
    long = text_layout("x" * 50, width=48)
    assert long[47] == (47, 0) and long[48] == (0, 1)


def test_text_figure_shades_generated_characters_by_probability_and_hovers_p():
    labels = {"title": "T", "prompt": "prompt", "hover": "step {step}: {char} p={p}", "p": "p"}
    fig = text_figure("Hum", ["p", " "], [0.8, 0.25], labels)
    prompt, generated = fig.data
    assert list(prompt.text) == ["H", "u", "m"]
    assert list(generated.text) == ["p", " "]
    assert list(generated.marker.color) == [0.8, 0.25]
    assert generated.hovertext[1] == "step 2: ␣ p=25.0%"


def test_text_figure_never_interprets_user_text_as_html():
    labels = {"title": "T", "prompt": "prompt", "hover": "{char} {p}", "p": "p"}
    fig = text_figure("<b>x</b>", [], [], labels)
    assert "".join(fig.data[0].text) == "<b>x</b>"  # one character per point: no tag can form


def test_text_figure_leaves_the_colour_bar_room_for_its_ticks_even_for_one_line():
    labels = {"title": "T", "prompt": "prompt", "hover": "step {step}: {char} p={p}", "p": "p"}
    one_line = text_figure("Hum", ["p"], [0.8], labels).layout.height
    many_lines = text_figure("Hum\n\n\n\n\n", ["p"], [0.8], labels).layout.height
    assert one_line >= 170, one_line  # room for three lines: the colour bar's ticks don't overlap
    assert many_lines > one_line
