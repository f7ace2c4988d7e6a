"""Work that does not change is cached: the corpus is read and each model built once per process,
the compare page decodes greedy and its samples once per set of inputs, and a generator Step
computes one step instead of replaying the text.

Counted, not timed: ``load_corpus`` and ``build_model`` are wrapped with call counters where
``ui.model_settings`` looks them up, the caches are emptied, then several sessions rerun the
pages that use the model. Speed itself is measured in ``benchmarks/`` (issue 7).
"""

from __future__ import annotations

import re
from collections import Counter

import pytest

import app_pages.compare.continuations
import app_pages.compare.monte_carlo
import app_pages.compare.next_character
import ui.model_settings
from app_pages.compare.continuations import FAN_LENGTH, FAN_LINES
from tests.apptest import open_page, page_html


@pytest.fixture
def calls(monkeypatch) -> Counter:
    """Count calls of the expensive functions behind the caches, starting from empty decoding caches
    (the corpus and the models stay cached unless the test asks for ``builds``).

    ``sample`` is also counted per (k, length): the first screen's lines (k = the "how many lines"
    slider), the fan (FAN_LINES lines) and the dice (one character each) are told apart that way.
    """
    counts: Counter = Counter()

    def counting(name: str, original):
        def wrapper(*args, **kwargs):
            counts[name] += 1
            if name == "sample":
                counts["sample", args[2], args[3]] += 1  # sample(model, prompt, k, length, ...)
            return original(*args, **kwargs)

        return wrapper

    for module, name in (
        (ui.model_settings, "load_corpus"),
        (ui.model_settings, "build_model"),
        (app_pages.compare.monte_carlo, "temperature_sweep"),
        (app_pages.compare.continuations, "greedy"),
        (app_pages.compare.continuations, "sample"),  # the first screen's lines and the fan
        (app_pages.compare.next_character, "sample"),  # the dice
    ):
        monkeypatch.setattr(module, name, counting(name, getattr(module, name)))
    caches = (
        app_pages.compare.monte_carlo.cached_sweep,
        app_pages.compare.continuations.decoded,
        app_pages.compare.next_character.dice_counts,
    )
    for cache in caches:
        cache.clear()
    yield counts
    # Leave no counting wrapper's results behind for other tests (they would still be correct).
    for cache in caches:
        cache.clear()


@pytest.fixture
def builds(calls) -> Counter:
    """``calls``, starting from no corpus read and no model built. Only the tests that count those
    empty the model cache: each model built again costs about a second of this machine's CPU."""
    ui.model_settings.get_corpus.clear()
    ui.model_settings.get_model.clear()
    return calls


def shown_lines(at) -> list[str]:
    """The continuations on the compare page's first screen (greedy's line, then the samples), as
    HTML-escaped text without the translated group titles."""
    return re.findall(r'<span class="cmp-cont">(.*?)</span>', page_html(at)[0].value)


# Both languages here; the tests below run in English only, since no cache key holds translated text.
@pytest.mark.parametrize("lang", ["en", "zh"])
def test_reruns_and_a_second_session_reuse_the_corpus_and_model(builds, lang):
    first = open_page("generator", lang, timeout=120)
    for _ in range(3):
        first.run()
    first.button(key="generator_step").click().run()
    assert not first.exception
    assert (builds["load_corpus"], builds["build_model"]) == (1, 1)

    other = "zh" if lang == "en" else "en"
    second = open_page("generator", other, timeout=120)
    second.switch_page("app_pages/compare/page.py").run()
    second.run()
    assert not second.exception
    assert (builds["load_corpus"], builds["build_model"]) == (1, 1)


def test_new_model_settings_build_once_and_going_back_builds_nothing(builds, lang="en"):
    at = open_page("generator", lang, timeout=120)
    default = at.select_slider(key="model_context").value
    at.select_slider(key="model_context").set_value(default - 1).run()
    assert builds["build_model"] == 2
    at.select_slider(key="model_context").set_value(default).run()
    at.select_slider(key="model_context").set_value(default - 1).run()
    assert not at.exception
    assert builds["build_model"] == 2
    assert builds["load_corpus"] == 1


def test_the_temperature_sweep_is_computed_once_for_the_same_inputs(calls, lang="en"):
    at = open_page("compare", lang, timeout=120)
    assert calls["temperature_sweep"] == 0  # nothing runs until the button is pressed
    at.text_input(key="compare_n").set_value("40").run()  # a small run: the caching is the point
    at.button(key="compare_run").click().run()
    assert not at.exception
    assert calls["temperature_sweep"] == 1
    at.button(key="compare_run").click().run()  # same settings: the sweep comes from the cache
    assert calls["temperature_sweep"] == 1
    assert at.session_state["compare_mc_results"]["sweep"]  # and it is there to be shown


LINES = ("sample", 3, 100)  # the first screen's samples at the defaults: 3 lines of 100 characters
FAN = ("sample", FAN_LINES, min(100, FAN_LENGTH))


def test_greedy_and_the_samples_are_decoded_once_per_set_of_inputs(calls, lang="en"):
    at = open_page("compare", lang, timeout=120)
    assert (calls["greedy"], calls[LINES], calls[FAN]) == (1, 1, 2)  # the fan: one set per temperature
    assert calls["sample"] == 4  # the lines, the fan's two sets and the dice: nothing twice
    shown = shown_lines(at)
    assert len(shown) >= 4  # greedy's line and 3 samples
    first = calls.copy()
    at.run()
    at.session_state["lang"] = "zh" if lang == "en" else "en"
    at.run()
    assert calls == first  # reruns and a language switch: everything from the cache
    assert shown_lines(at) == shown
    at.select_slider(key="compare_temperature").set_value(0.5).run()
    assert (calls["greedy"], calls[LINES], calls[FAN]) == (1, 2, 2)  # new samples; greedy, fan cached
    assert shown_lines(at) != shown
    at_half = calls.copy()
    at.select_slider(key="compare_temperature").set_value(1.0).run()
    assert calls == at_half  # back to T = 1: from the cache
    assert shown_lines(at) == shown and not at.exception


def test_a_step_computes_one_step_not_the_whole_text_again(monkeypatch):
    import core.generation

    taken = Counter()
    original = core.generation.take_step

    def counting(*args, **kwargs):
        taken["steps"] += 1
        return original(*args, **kwargs)

    monkeypatch.setattr(core.generation, "take_step", counting)
    at = open_page("generator", "en", timeout=120)
    at.text_input(key="generator_run_n").input("30").run()
    at.button(key="generator_run").click().run()
    assert taken["steps"] == 30
    at.button(key="generator_step").click().run()
    at.run()
    assert taken["steps"] == 31  # one more step; the rerun after it computes nothing
    at.button(key="generator_undo").click().run()
    assert taken["steps"] == 31
    at.select_slider(key="generator_temperature").set_value(0.5).run()
    assert taken["steps"] == 61  # another temperature is another text: 30 steps, once
    assert not at.exception


@pytest.mark.parametrize(
    ("widget", "key", "value", "lines"),
    [("text_input", "compare_seed", "7", LINES), ("text_input", "compare_length", "60", ("sample", 3, 60)),
     ("slider", "compare_k", 5, ("sample", 5, 100)), ("select_slider", "compare_temperature", 0.5, LINES),
     ("text_input", "model_prompt", "Humpty Dumpty sat", LINES), ("radio", "model_choice", "add_k", LINES)],
)  # fmt: skip
def test_every_decoding_input_is_part_of_the_samples_cache_key(calls, widget, key, value, lines):
    at = open_page("compare", "en", timeout=120)
    shown = shown_lines(at)
    before = calls[lines]
    getattr(at, widget)(key=key).set_value(value).run()
    assert not at.exception
    assert calls[lines] == before + 1  # the lines are decoded again, not served from the cache
    assert shown_lines(at) != shown
