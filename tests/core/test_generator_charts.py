"""Generator figures: top 15 + chosen + other, y within 100 %, colours by meaning, the u line, shaded text."""

import html
import re

import numpy as np
import pytest

from core.charts.generator import (
    PICK_MIN,
    RUN_OPACITY,
    STUB,
    TEXT_CSS,
    TOP,
    cdf_figure,
    next_char_figure,
    shaded_text_html,
    strip_segments,
    text_html,
    top_bars,
)
from core.charts.style import (
    CHOSEN,
    CHOSEN_PATTERN,
    INK,
    LABEL_GAP,
    PAPER,
    PROBABILITY,
    REFERENCE,
    REFERENCE_DASH,
    visible,
)
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


def test_every_bar_is_named_on_its_axis_and_other_stands_one_empty_slot_apart():
    """Plotly, left to itself, names every other bar on a phone: the chosen one could go unnamed."""
    p = dist(3)
    rare = int(np.argmin(p))
    fig = next_char_figure(p, p, VOCAB, rare, BAR_LABELS)
    names, _, _ = top_bars(p, VOCAB, "other", chosen=rare)
    assert list(fig.layout.xaxis.tickvals) == names and fig.layout.xaxis.tickangle == 0
    order = list(fig.layout.xaxis.categoryarray)
    assert order[:-2] == names[:-1] and order[-1] == "other" and order[-2] not in names  # the gap
    assert visible(VOCAB[rare]) in names


def test_space_and_newline_are_drawn_visibly():
    p = np.zeros(len(VOCAB))
    p[0], p[1], p[2] = 0.5, 0.3, 0.2
    names, _, _ = top_bars(p, VOCAB, "other")
    assert names[:3] == ["␣", "↵", "a"]


def test_the_chosen_bar_is_its_own_dotted_trace_in_the_chosen_colour_named_in_the_legend():
    p = dist(1)
    q = p**2 / (p**2).sum()  # a lower temperature: the chosen bar shows what was drawn from, not the model
    chosen = int(np.argmax(p))
    fig = next_char_figure(q, p, VOCAB, chosen, BAR_LABELS)
    drawn, picked, written = fig.data
    assert drawn.marker.color == PROBABILITY and picked.marker.color == CHOSEN
    assert picked.marker.pattern.shape == CHOSEN_PATTERN["shape"]  # colour is not the only sign
    in_legend = [t.name for t in fig.data if t.showlegend is not False]
    assert in_legend == ["D", "C"] and fig.layout.shapes[0].name == "M"  # each once
    assert list(picked.x) == [visible(VOCAB[chosen])]
    assert picked.y[0] == pytest.approx(q[chosen])
    assert list(picked.customdata[0]) == pytest.approx([q[chosen], p[chosen]])  # drawn from; T = 1
    assert fig.layout.barmode == "overlay"  # on its own blue bar, not beside it
    # Nothing is written above the plot but the axis label ("chosen" there ran into it).
    assert [a.text for a in fig.layout.annotations] == ["Y"]


def test_a_pick_with_no_probability_left_still_shows_a_sliver_and_its_true_value_on_hover():
    p = dist(4)
    greedy = np.zeros_like(p)
    greedy[np.argmax(p)] = 1.0  # T = 0: every other character has probability 0 ...
    picked = int(np.argsort(-p)[1])  # ... and the reader picked the second by hand
    fig = next_char_figure(greedy, p, VOCAB, picked, BAR_LABELS)
    bar = fig.data[1]
    assert bar.customdata[0][0] == 0.0 and bar.y[0] == pytest.approx(STUB * fig.layout.yaxis.range[1])
    assert "%{customdata[0]:.2%}" in bar.hovertemplate  # the true 0 %, not the sliver's height


def test_a_rare_pick_is_drawn_at_its_own_height_never_over_a_likelier_character():
    """T = 10 on a phone: "E" at 1.27 % stood at 2.69 %, taller than "␣" at 2.27 %."""
    vocab = VOCAB + tuple("ABCDEFGHIJKLMNOPQRSTUVWXYZ0123456789")[:35]  # 63, as the rhymes' model
    hot = np.full(len(vocab), (1 - 0.0227 - 0.0127) / (len(vocab) - 2))  # 61 × 1.58 %: "other" ~76 %
    hot[:2] = 0.0227, 0.0127
    fig = next_char_figure(hot, hot, vocab, 1, BAR_LABELS)
    drawn, pick, _ = fig.data
    assert fig.layout.yaxis.range[1] > 0.75  # the axis is the tail's
    assert pick.y[0] == pytest.approx(0.0127)
    assert pick.y[0] < drawn.y[list(drawn.x).index(visible(vocab[0]))]
    # near-certain (the default page: "m" 97.5 %): a 0.3 % pick's sliver stops at the likelier 0.6 %
    sure = np.full(len(vocab), 0.0001)
    sure[:4] = 0.975, 0.008, 0.006, 0.003
    sure[4:] = (1 - sure[:4].sum()) / (len(vocab) - 4)
    drawn, pick, _ = next_char_figure(sure, sure, vocab, 3, BAR_LABELS).data
    likelier = [y for y in drawn.y if y > 0.003]
    assert pick.y[0] <= min(likelier) and pick.y[0] >= 0.003


def test_a_pick_under_half_a_percent_is_labelled_with_its_share_like_every_other_bar():
    """Step 21 drew "i" at 0.1 %: every bar but the one just drawn had its value written over it."""
    vocab = VOCAB + tuple("ABCDEFGHIJKLMNOPQRSTUVWXYZ0123456789")[:35]
    sure = np.full(len(vocab), 0.0001)
    sure[:4] = 0.975, 0.008, 0.003, 0.001
    sure[4:] = (1 - sure[:4].sum()) / (len(vocab) - 4)
    fig = next_char_figure(sure, sure, vocab, 3, BAR_LABELS)  # "i" at 0.1 % is drawn
    written = fig.data[-1]
    text = dict(zip(written.x, written.text, strict=True))
    assert text == {"␣": "97.5%", "↵": "0.8%", "b": "0.1%", "other": "1.6%"}  # "a" (0.3 %) in "other"
    # the label stands on the pick's visible bar, not under it
    heights = dict(zip(written.x, written.y, strict=True))
    assert heights[visible(vocab[3])] >= fig.data[1].y[0]
    greedy = np.zeros(len(vocab))
    greedy[0] = 1.0  # T = 0, a character picked by hand: its share is 0, and said so
    written = next_char_figure(greedy, sure, vocab, 2, BAR_LABELS).data[-1]
    text = dict(zip(written.x, written.text, strict=True))
    assert text[visible(vocab[2])] == "0.0%"


def test_the_articles_numbers_show_as_u_m_and_the_rest_5_percent_and_a_hotter_draw_names_the_tail():
    p = np.full(len(VOCAB), 0.05 / (len(VOCAB) - 2))
    p[VOCAB.index("u")], p[VOCAB.index("m")] = 0.5, 0.45
    names, values, _ = top_bars(p, VOCAB, "other", drawn=p)
    assert names == ["u", "m", "other"] and values == pytest.approx([0.5, 0.45, 0.05])  # adds up to 100 %
    hot = p ** (1 / 3) / (p ** (1 / 3)).sum()  # T = 3: each tail character now has over 1 %
    names, values, _ = top_bars(p, VOCAB, "other", drawn=hot)
    assert len(names) == TOP + 1 and names[:2] == ["u", "m"] and sum(values) == pytest.approx(1.0)


def test_a_chosen_character_outside_the_top_gets_its_own_bar_and_other_holds_exactly_the_rest():
    p = dist(2)
    rare = int(np.argmin(p))
    names, values, ids = top_bars(p, VOCAB, "other", chosen=rare)
    assert ids[TOP] == rare and names[TOP] == visible(VOCAB[rare]) and ids[-1] == -1
    rest = [i for i in range(len(VOCAB)) if i not in ids]
    assert values[-1] == pytest.approx(p[rest].sum()) and sum(values) == pytest.approx(1.0)
    fig = next_char_figure(p, p, VOCAB, rare, BAR_LABELS)
    assert list(fig.data[1].x) == [visible(VOCAB[rare])] and fig.data[1].marker.color == CHOSEN
    assert list(fig.data[0].x)[TOP] == visible(VOCAB[rare])


def test_bars_show_the_drawn_from_distribution_and_the_model_at_t_1_as_an_outline():
    p = dist(3)
    q = p**2 / (p**2).sum()  # a lower temperature
    fig = next_char_figure(q, p, VOCAB, None, BAR_LABELS)
    drawn, written = fig.data
    model = fig.layout.shapes  # the T = 1 reference: dashed outlines, as on every page
    assert list(drawn.x) == [s.x0 for s in model]
    head = [VOCAB.index(s.x0) for s in model[:TOP]]
    assert list(drawn.y[:TOP]) == pytest.approx(q[head].tolist())
    assert sum(s.y1 for s in model) == pytest.approx(1.0) and sum(drawn.y) == pytest.approx(1.0)
    assert {(s.line.color, s.line.dash, s.fillcolor) for s in model} == {
        (REFERENCE, REFERENCE_DASH, "rgba(0,0,0,0)")
    }
    assert [s.showlegend for s in model][:2] == [True, False]
    # a label Plotly would shrink below 10 px to fit a narrow bar (a phone) is left out, not shrunk
    assert (fig.layout.uniformtext.minsize, fig.layout.uniformtext.mode) == (10, "hide")
    # each label as the step's sentence writes p: 1.5%, not 2% (and nothing on a bar under 0.5%)
    assert list(written.text) == [f"{v:.1%}" if v >= 0.005 else "" for v in drawn.y]
    assert any(0.005 <= v < 0.1 and f"{v:.1%}" != f"{v:.0%}" for v in drawn.y)
    # the label layer: an invisible bar (so a phone's too-narrow labels still hide), out of the hover
    # and the legend, under the drawn bars' name (what a screen reader says: ``alt_text``)
    assert written.marker.color == "rgba(0,0,0,0)" and written.hoverinfo == "skip"
    assert written.showlegend is False and written.name == drawn.name and drawn.text is None


def test_a_label_stands_over_an_outline_just_above_its_bar_and_stays_on_a_bar_far_below_one():
    """T just over 1: each bar a little under its T = 1 outline, and its "%" sat on the dashed line."""
    p = np.zeros(len(VOCAB))
    p[:4] = 0.40, 0.30, 0.20, 0.10  # the model at T = 1
    q = np.zeros(len(VOCAB))
    q[:4] = 0.37, 0.31, 0.21, 0.11  # drawn from at T ≈ 1.1: "a" under its outline, the rest over theirs
    fig = next_char_figure(q, p, VOCAB, None, BAR_LABELS)
    drawn, written = fig.data
    top = fig.layout.yaxis.range[1]
    tops = {s.x0: s.y1 for s in fig.layout.shapes}
    name = visible(VOCAB[0])
    k = list(drawn.x).index(name)
    assert drawn.y[k] < tops[name] < written.y[k]  # above the outline, with air
    assert written.y[k] - tops[name] >= 0.015 * top
    for j in range(1, 4):  # bars a hair over their outlines (the two tops one line): lifted clear of it
        assert written.y[j] == pytest.approx(drawn.y[j] + LABEL_GAP * top)
    hot = q.copy()
    hot[:4] = 0.10, 0.30, 0.30, 0.30  # "a": the outline (40 %) far above its bar (10 %)
    drawn, written = next_char_figure(hot, p, VOCAB, None, BAR_LABELS).data
    at = {x: (bar, label) for x, bar, label in zip(drawn.x, drawn.y, written.y, strict=True)}
    assert at[name][1] == pytest.approx(at[name][0])  # the label stays on its bar, not up by the outline
    bar, label = at[visible(VOCAB[3])]  # "b": 30 % over its 10 % outline, the label on the bar as before
    assert label == pytest.approx(bar)


@pytest.mark.parametrize("top", [1.0, 0.9, 0.3, 0.05])
def test_the_tallest_bar_has_room_for_its_label_and_no_tick_runs_past_100_percent(top):
    p = np.full(len(VOCAB), (1 - top) / (len(VOCAB) - 1))
    p[2] = top
    fig = next_char_figure(p, p, VOCAB, 2, BAR_LABELS)
    low, high = fig.layout.yaxis.range
    assert low == 0 and high >= top * 1.25  # the label above a 100 % bar stays inside the plot
    ticks = list(fig.layout.yaxis.tickvals)
    assert ticks[0] == 0 and max(ticks) <= 1.0 + 1e-9 and len(ticks) >= 3
    assert max(ticks) >= min(high, 1.0) - 0.25 and len(ticks) <= 6  # up to the bars, not crowded


@pytest.mark.parametrize("u", [0.0, 0.13, 0.5, 0.77, 0.9999])
def test_the_u_line_falls_in_the_segment_of_the_drawn_character(u):
    p = dist(4)
    p[[3, 7]] = 0.0  # characters that cannot be drawn get no segment
    p /= p.sum()
    chosen = int(draw(p, u))
    fig = cdf_figure(p, VOCAB, u, chosen, CDF_LABELS)
    assert fig.layout.shapes[0].x0 == u and fig.layout.shapes[0].line.color == INK  # readable in both themes
    (bar,) = fig.data  # one trace: a bar per segment, side by side from 0 to 1
    names = [name for name, _ in bar.customdata]
    pieces = strip_segments(p, chosen)
    assert [i for piece in pieces for i in piece.ids] == list(np.flatnonzero(p > 0))  # vocabulary order
    assert names == [visible(VOCAB[s.ids[0]]) if len(s.ids) == 1 else "other" for s in pieces]
    (i,) = [i for i, colour in enumerate(bar.marker.color) if colour == CHOSEN]
    assert names[i] == visible(VOCAB[chosen])
    assert bar.base[i] <= u < bar.base[i] + bar.x[i]
    # its name black on amber (Plotly's #444 read 4.3:1), the others' white on blue
    assert [c for j, c in enumerate(bar.textfont.color) if j != i] == ["#FFFFFF"] * (len(names) - 1)
    assert bar.textfont.color[i] == "#000000"
    starts = np.asarray(bar.base, dtype=float)
    np.testing.assert_allclose(starts[1:], np.cumsum(bar.x)[:-1])  # segments follow each other
    assert sum(bar.x) == pytest.approx(1.0)


def test_the_rest_of_the_strip_runs_together_paler_and_a_tiny_pick_stays_its_own():
    """The article's u 50 %, m 45 % and 5 % over the rest: the rest's tiny segments had vanished
    between their 1 px borders, so the strip seemed to hold u and m only."""
    p = np.full(len(VOCAB), 0.05 / (len(VOCAB) - 2))
    p[[3, 8]] = 0.45, 0.5
    tiny = 12
    bar, mark = cdf_figure(p, VOCAB, None, tiny, CDF_LABELS).data
    names = [name for name, _ in bar.customdata]
    other = CDF_LABELS["other"]
    # before "b": 3 narrow ones; between "b" and "g": 4; "k" (the pick) alone, split from its neighbours
    assert names == [other, "b", other, "g", other, "k", other]
    assert list(bar.x) == pytest.approx(
        [3 * p[0], 0.45, 4 * p[0], 0.5, 3 * p[0], p[0], (len(VOCAB) - 13) * p[0]]
    )
    assert list(bar.marker.opacity) == [RUN_OPACITY, 1, RUN_OPACITY, 1, RUN_OPACITY, 1, RUN_OPACITY]
    assert list(bar.text) == ["", "b", "", "g", "", "", ""]  # the pick: too narrow to name on the strip
    assert bar.marker.color[5] == CHOSEN
    # the pick framed in ink (its amber is 2.3:1 on white), the others parted by the page's colour
    assert list(bar.marker.line.color) == [PAPER] * 5 + [INK, PAPER] and bar.marker.line.width[5] == 2
    assert mark.marker.line.color == INK
    # the pick, 0.2 % wide (under 1 px), is marked over its segment at a width one can see
    assert mark.marker.color == CHOSEN and mark.x[0] == PICK_MIN > p[tiny]
    assert mark.base[0] <= bar.base[5] and bar.base[5] + bar.x[5] <= mark.base[0] + mark.x[0]
    np.testing.assert_allclose(np.asarray(bar.base)[1:], np.cumsum(bar.x)[:-1])  # still end to end


def test_no_u_line_without_a_draw():
    fig = cdf_figure(dist(5), VOCAB, None, None, CDF_LABELS)
    assert not fig.layout.shapes


def test_shaded_text_shows_the_prompt_plain_and_each_generated_character_at_alpha_p_with_a_tooltip():
    out = shaded_text_html("Hum", ["p", " ", "\n", "x"], [0.8, 0.25, 1.0, 1.2], "step {step}: {char} p={p}")
    assert '<span class="gen-prompt">Hum</span>' in out
    spans = re.findall(r'<span style="--p:([^"]+)" title="([^"]+)">(.*?)</span>', out)
    assert [s[2] for s in spans] == ["p", " ", "↵<br>", "x"]  # a new line is marked and breaks the line
    assert [s[0] for s in spans] == ["0.800", "0.250", "1.000", "1.000"]  # an alpha, so at most 1
    assert spans[1][1] == "step 2: ␣ p=25.0%"


def test_the_shade_is_the_chosen_colour_at_alpha_p_and_at_055_p_on_the_dark_theme():
    # The browser side (that the dark theme's text stays readable) is tests/e2e/test_theme_e2e.py.
    assert CHOSEN == "#E69F00"
    light, dark = "rgba(230,159,0,var(--p))", "rgba(230,159,0,calc(var(--p)*.55))"
    rules = re.findall(r"\.gen-text span\[title\]\{([^}]*)\}", TEXT_CSS)
    # the plain shade for every browser; the dark theme's only where light-dark() is understood (a
    # browser without it would keep a declaration holding var() and draw no shade at all)
    assert rules == [f"border-radius:2px;background:{light}", f"background:light-dark({light},{dark})"]
    supports = "@supports (color:light-dark(#000,#fff)){\n.gen-text span[title]{background:light-dark("
    assert supports in TEXT_CSS


def test_shaded_text_escapes_a_script_in_the_prompt_and_in_generated_text():
    out = shaded_text_html('<script>alert("x")</script>', ["<", "&"], [0.5, 0.5], 'say "{char}"')
    assert "<script>" not in out and "&lt;script&gt;" in out
    assert "&lt;</span>" in out and "&amp;</span>" in out
    assert 'title="say &quot;&lt;&quot;"' in out  # a tooltip cannot close its attribute
    assert html.unescape(re.sub(r"<[^>]+>", "", out)) == '<script>alert("x")</script><&'


def test_a_text_in_a_window_keeps_its_named_block_inside_a_box_of_fixed_height():
    plain = text_html("Hu", ["m"], [0.5], "{char}", "steps")
    boxed = text_html("Hu", ["m"], [0.5], "{char}", "steps", window=True)
    assert 'class="gen-window"' not in plain.split("</style>")[1]
    body = boxed.split("</style>")[1]
    assert body.startswith('<div class="gen-window"><div class="gen-text" data-name="steps">')
    assert body.endswith("</div></div>") and plain.split("</style>")[1] in body
    assert ".gen-window{height:" in boxed  # fixed: the buttons under it do not move as it grows


def test_a_draw_s_row_shows_at_most_three_letters_of_the_prompt_s_last_word():
    from core.charts.generator import prompt_tail

    cases = {"Humpty Du": "…Du", "Du": "Du", "Mary had a little": "…tle", "little": "…tle",
             "Humpty Dumpty\n": "…pty\n", "a b\n": "…b\n"}  # fmt: skip
    assert {p: prompt_tail(p) for p in cases} == cases  # a longer tail made a phone's rows overflow
