"""Work that does not change is cached: the corpus is read and each model built once per process,
the compare page decodes greedy and its samples once per set of inputs, and a generator Step
computes one step instead of replaying the text.

Counted, not timed: ``load_corpus`` and ``build_model`` are wrapped with call counters where
``ui.model_settings`` looks them up, the caches are emptied, then several sessions rerun the
pages that use the model. Speed itself is measured in ``benchmarks/`` (issue 7).
"""

from __future__ import annotations

from collections import Counter

import pytest

import app_pages.compare.views
import ui.model_settings
from tests.apptest import open_page


@pytest.fixture
def calls(monkeypatch) -> Counter:
    """Count calls of the expensive functions behind the caches, starting from empty caches."""
    counts: Counter = Counter()

    def counting(name: str, original):
        def wrapper(*args, **kwargs):
            counts[name] += 1
            return original(*args, **kwargs)

        return wrapper

    for module, name in (
        (ui.model_settings, "load_corpus"),
        (ui.model_settings, "build_model"),
        (app_pages.compare.views, "temperature_sweep"),
        (app_pages.compare.views, "greedy"),
        (app_pages.compare.views, "sample"),
    ):
        monkeypatch.setattr(module, name, counting(name, getattr(module, name)))
    ui.model_settings.get_corpus.clear()
    ui.model_settings.get_model.clear()
    app_pages.compare.views.cached_sweep.clear()
    app_pages.compare.views.decoded.clear()
    yield counts
    # Leave no counting wrapper's results behind for other tests (they would still be correct).
    ui.model_settings.get_model.clear()
    app_pages.compare.views.cached_sweep.clear()
    app_pages.compare.views.decoded.clear()


@pytest.mark.parametrize("lang", ["en", "zh"])
def test_reruns_and_a_second_session_reuse_the_corpus_and_model(calls, lang):
    first = open_page("generator", lang, timeout=120)
    for _ in range(3):
        first.run()
    first.button(key="generator_step").click().run()
    assert not first.exception
    assert (calls["load_corpus"], calls["build_model"]) == (1, 1)

    other = "zh" if lang == "en" else "en"
    second = open_page("generator", other, timeout=120)
    second.switch_page("app_pages/compare/page.py").run()
    second.run()
    assert not second.exception
    assert (calls["load_corpus"], calls["build_model"]) == (1, 1)


@pytest.mark.parametrize("lang", ["en", "zh"])
def test_new_model_settings_build_once_and_going_back_builds_nothing(calls, lang):
    at = open_page("generator", lang, timeout=120)
    default = at.select_slider(key="model_context").value
    at.select_slider(key="model_context").set_value(default - 1).run()
    assert calls["build_model"] == 2
    at.select_slider(key="model_context").set_value(default).run()
    at.select_slider(key="model_context").set_value(default - 1).run()
    assert not at.exception
    assert calls["build_model"] == 2
    assert calls["load_corpus"] == 1


@pytest.mark.parametrize("lang", ["en", "zh"])
def test_the_temperature_sweep_is_computed_once_for_the_same_inputs(calls, lang):
    at = open_page("compare", lang, timeout=120)
    assert calls["temperature_sweep"] == 0  # nothing runs until the button is pressed
    at.button(key="compare_run").click().run()
    assert not at.exception
    assert calls["temperature_sweep"] == 1
    at.button(key="compare_run").click().run()  # same settings: the sweep comes from the cache
    assert calls["temperature_sweep"] == 1
    assert at.session_state["compare_mc_results"]["sweep"]  # and it is there to be shown


@pytest.mark.parametrize("lang", ["en", "zh"])
def test_greedy_and_the_samples_are_decoded_once_per_set_of_inputs(calls, lang):
    at = open_page("compare", lang, timeout=120)
    assert (calls["greedy"], calls["sample"]) == (1, 1)
    shown = at.dataframe[0].value.iloc[:, 1].tolist()
    at.run()
    at.session_state["lang"] = "zh" if lang == "en" else "en"
    at.run()
    assert (calls["greedy"], calls["sample"]) == (1, 1)  # reruns and a language switch: cached
    assert at.dataframe[0].value.iloc[:, 1].tolist() == shown
    at.select_slider(key="compare_temperature").set_value(0.5).run()
    assert (calls["greedy"], calls["sample"]) == (1, 2)  # new temperature: new samples, same greedy
    at.select_slider(key="compare_temperature").set_value(1.0).run()
    assert (calls["greedy"], calls["sample"]) == (1, 2)  # back to T = 1: from the cache
    assert at.dataframe[0].value.iloc[:, 1].tolist() == shown and not at.exception


def test_a_step_computes_one_step_not_the_whole_text_again(monkeypatch):
    import core.generation

    taken = Counter()
    original = core.generation.take_step

    def counting(*args, **kwargs):
        taken["steps"] += 1
        return original(*args, **kwargs)

    monkeypatch.setattr(core.generation, "take_step", counting)
    at = open_page("generator", "en", timeout=120)
    at.number_input(key="generator_run_n").set_value(30).run()
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
    ("key", "value"),
    [("compare_seed", "7"), ("compare_length", "60"), ("compare_top_k", "5"), ("compare_top_p", "0.5"),
     ("compare_min_p", "0.6")],
)  # fmt: skip
def test_every_decoding_input_is_part_of_the_samples_cache_key(calls, key, value):
    at = open_page("compare", "en", timeout=120)
    shown = at.dataframe[0].value.iloc[:, 1].tolist()
    at.text_input(key=key).set_value(value).run()
    assert calls["sample"] == 2 and not at.exception  # decoded again, not served from the cache
    assert at.dataframe[0].value.iloc[:, 1].tolist() != shown
