"""Every figure the article prints, computed by ``core`` and found on the page that shows it, in both
languages (issue 16): a reader with the article open beside the app finds each of its numbers, and its
arguments in its order (the ideal score before the target; wider gaps first among eᶻ's reasons).

One case per figure group: the article's value as printed (a literal, the thing being checked), the
same value computed by ``core`` and formatted as the page formats it (they must agree), and the page,
opened in the state where the article's example is on screen, that must show it.
"""

from __future__ import annotations

import html
import re
from collections.abc import Callable
from dataclasses import dataclass

import pytest
from streamlit.testing.v1 import AppTest

from core.article_example import ARTICLE_PROMPT, article_distribution
from core.i18n import t
from core.number_text import article_number, percent
from core.softmax import softmax
from core.worked_example import ARTICLE_SCORES, LEAF_FLOWER, divide_by_sum, worked_example
from tests.apptest import all_text, figures, open_page, page_html

LANGS = ("en", "zh")
RESTAURANTS_CLEAR = (5.0, 1.0)
RESTAURANTS_CLOSE = (4.9, 4.7)
COLD = 0.05  # the low temperature at which 4.9 vs 4.7 behaves like 5 vs 1 at T = 1


def shown(at: AppTest) -> str:
    """What a reader can see: texts, expanders' contents, the words on the charts, the HTML blocks."""
    parts = [all_text(at)]
    for fig in figures(at):
        for trace in fig["data"]:
            text = trace.get("text")
            parts.extend(map(str, text) if isinstance(text, list) else [str(text or "")])
    for block in page_html(at):
        parts.append(html.unescape(re.sub(r"<[^>]+>", "", block.proto.body)))
    return "\n".join(parts)


def found(value: str, text: str) -> bool:
    """``value`` as a number of its own: “5%” is not found inside “45%”, nor “1.105” inside “11.105”."""
    return re.search(rf"(?<![\d.]){re.escape(value)}(?![\d])", text) is not None


# ---------------------------------------------------------------------------- how each page is opened


def formula(lang: str) -> AppTest:
    return open_page("formula", lang)


def home(lang: str) -> AppTest:
    return open_page(None, lang)


def why(lang: str) -> AppTest:
    return open_page("why", lang)


def playground(preset: str, temperature: float | None = None) -> Callable[[str], AppTest]:
    """The temperature page with one of its examples chosen (and the slider moved, if asked)."""

    def opened(lang: str) -> AppTest:
        at = open_page("playground", lang)
        at.selectbox(key=f"playground_preset_{lang}").set_value(preset).run()
        if temperature is not None:
            at.select_slider(key="playground_temperature").set_value(temperature).run()
        assert not at.exception, [e.message for e in at.exception]
        return at

    return opened


def generator(as_scores: bool = False) -> Callable[[str], AppTest]:
    def opened(lang: str) -> AppTest:
        at = open_page("generator", lang)
        if as_scores:
            at.toggle(key="generator_as_scores").set_value(True).run()
        assert not at.exception, [e.message for e in at.exception]
        return at

    return opened


# ---------------------------------------------------------------------------- the figures


@dataclass(frozen=True)
class Figure:
    name: str
    printed: tuple[str, ...]  # as the article prints them (formatted the way the app writes them)
    computed: Callable[[], tuple[str, ...]]  # the same figures from core, formatted by the page's rules
    page: Callable[[str], AppTest]


def _worked() -> tuple[str, ...]:
    example = worked_example(ARTICLE_SCORES)
    return (*map(article_number, example.exps), article_number(example.rounded_total))


def _worked_shares() -> tuple[str, ...]:
    return tuple(percent(p) for p in worked_example(ARTICLE_SCORES).p)


def _leaf_flower() -> tuple[str, ...]:
    by_sum, soft = divide_by_sum(LEAF_FLOWER), softmax(LEAF_FLOWER)
    return (*(f"{v:.2f}" for v in by_sum), *(f"{v:.3f}" for v in soft))


def _shares(z, temperature: float = 1.0) -> tuple[str, ...]:
    return tuple(f"{p:.1%}" for p in softmax(z, temperature))


def _um_as_printed() -> tuple[str, ...]:
    u, m, rest = article_distribution()
    return f"u {u:g}", f"m {m:g}", f"{rest:g}"


def _um_percent() -> tuple[str, ...]:
    u, m, rest = article_distribution()
    return f"u {u:.0%}", f"m {m:.0%}", f"{rest:.0%}"


def _um_as_scores() -> tuple[str, ...]:
    return tuple(f"{p:.1%}" for p in article_distribution(as_scores=True))


FIGURES = (
    # 03: e² ≈ 7.389, e¹ ≈ 2.718, e^0.1 ≈ 1.105, their (rounded) sum 11.212 and the exact 11.2125
    Figure("worked example", ("7.389", "2.718", "1.105", "11.212"), _worked, formula),
    Figure(
        "exact sum", ("11.2125",), lambda: (article_number(worked_example(ARTICLE_SCORES).total, 4),), formula
    ),
    Figure("shares on the formula page", ("65.9%", "24.2%", "9.9%"), _worked_shares, formula),
    Figure("shares on the home page", ("65.9%", "24.2%", "9.9%"), _worked_shares, home),
    Figure(
        "shares on the temperature page", ("65.9%", "24.2%", "9.9%"), _worked_shares, playground("article")
    ),
    # 02: (5, 1) → (0.83, 0.17) is division by the sum; softmax gives 0.982 / 0.018
    Figure("leaf and flower, why page", ("0.83", "0.17", "0.982", "0.018"), _leaf_flower, why),
    Figure("leaf and flower, formula page", ("0.83", "0.17", "0.982", "0.018"), _leaf_flower, formula),
    # 05: restaurants 5 vs 1 (always the 5), 4.9 vs 4.7 (take turns), and 4.9 vs 4.7 at a low T = 5 vs 1
    Figure(
        "restaurants 5 vs 1", ("98.2%", "1.8%"), lambda: _shares(RESTAURANTS_CLEAR), playground("rest_clear")
    ),
    Figure(
        "restaurants 4.9 vs 4.7",
        ("55.0%", "45.0%"),
        lambda: _shares(RESTAURANTS_CLOSE),
        playground("rest_close"),
    ),
    Figure(
        "restaurants 4.9 vs 4.7 at T = 0.05",
        ("98.2%", "1.8%"),
        lambda: _shares(RESTAURANTS_CLOSE, COLD),
        playground("rest_close", COLD),
    ),  # fmt: skip
    Figure(
        "restaurants, the cold preset",
        ("98.2%", "1.8%"),
        lambda: _shares(RESTAURANTS_CLOSE, COLD),
        playground("rest_cold"),
    ),  # fmt: skip
    # 04: after "Humpty Du": u 0.5, m 0.45, the rest 0.05; as scores they would give 38.6 / 36.7 / 24.6 %
    Figure("u and m as printed", ("u 0.5", "m 0.45", "0.05"), _um_as_printed, generator()),
    Figure("u and m in percent", ("u 50%", "m 45%", "5%"), _um_percent, generator()),
    Figure("u and m fed to softmax", ("38.6%", "36.7%", "24.6%"), _um_as_scores, generator(as_scores=True)),
    Figure(
        "u and m on the temperature page",
        ("50.0%", "45.0%", "5.0%"),
        lambda: _shares([*map(float, ("-0.6931", "-0.7985", "-2.9957"))]),
        playground("humpty"),
    ),  # fmt: skip
    Figure(
        "u and m as scores, temperature page",
        ("38.6%", "36.7%", "24.6%"),
        _um_as_scores,
        playground("humpty"),
    ),
)


def test_core_computes_every_figure_the_article_prints():
    wrong = {f.name: (f.printed, f.computed()) for f in FIGURES if f.computed() != f.printed}
    assert not wrong, wrong


def test_at_a_low_temperature_the_close_restaurants_are_exactly_the_clear_ones_at_t_1():
    assert softmax(RESTAURANTS_CLOSE, COLD) == pytest.approx(softmax(RESTAURANTS_CLEAR, 1.0), abs=1e-12)


@pytest.mark.parametrize("lang", LANGS)
@pytest.mark.parametrize("case", FIGURES, ids=lambda f: f.name)
def test_every_figure_the_article_prints_is_on_its_page(case, lang):
    text = shown(case.page(lang))
    missing = [value for value in case.computed() if not found(value, text)]
    assert not missing, (case.name, missing)


@pytest.mark.parametrize("lang", LANGS)
def test_the_article_s_slips_are_named_where_its_numbers_are(lang):
    """The misprint “e·^1”, the sum of rounded terms and “Duu” continued (never taken back)."""
    text = shown(formula(lang))
    assert "e·^1" in text and "e^{0.1}" in text
    generated = shown(generator()(lang))
    assert f"{ARTICLE_PROMPT}u" in generated  # always taking the top writes “Duu” ...
    assert "“Humpty Duu”" in generated  # ... and the note continues from it


@pytest.mark.parametrize("lang", LANGS)
def test_why_the_exponential_gives_the_article_s_four_reasons_in_its_order_wider_gaps_first(lang):
    text = all_text(formula(lang))
    heads = [t(f"formula.why.{r}", lang).split("**")[1] for r in ("gaps", "positive", "order", "derivative")]
    places = [text.find(head) for head in heads]
    assert -1 not in places and places == sorted(places), dict(zip(heads, places, strict=True))


@pytest.mark.parametrize("lang", LANGS)
def test_the_ideal_score_question_comes_before_the_target_and_the_paradox(lang):
    text = all_text(why(lang))
    paradox = t("why.s1.paradox", lang, right="17", wrong="2", ce_right="0.018", ce_wrong="1.313")
    question, target, shown_paradox = (
        text.find("10?" if lang == "en" else "10？"),
        text.find("(1, 0)"),
        text.find(paradox),
    )
    assert 0 <= question < target < shown_paradox
