"""User-independent work is cached: the corpus is read and each model built once per process.

Counted, not timed: ``load_corpus`` and ``build_model`` are wrapped with call counters where
``ui.model_settings`` looks them up, the caches are emptied, then several sessions rerun the
pages that use the model. Speed itself is measured in ``benchmarks/`` (issue 7).
"""

from __future__ import annotations

from collections import Counter

import pytest

import ui.compare_views
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
        (ui.compare_views, "temperature_sweep"),
    ):
        monkeypatch.setattr(module, name, counting(name, getattr(module, name)))
    ui.model_settings.get_corpus.clear()
    ui.model_settings.get_model.clear()
    ui.compare_views.cached_sweep.clear()
    yield counts
    # Leave no counting wrapper's results behind for other tests (they would still be correct).
    ui.model_settings.get_model.clear()
    ui.compare_views.cached_sweep.clear()


@pytest.mark.parametrize("lang", ["en", "zh"])
def test_reruns_and_a_second_session_reuse_the_corpus_and_model(calls, lang):
    first = open_page("generator", lang)
    for _ in range(3):
        first.run()
    first.button(key="generator_step").click().run()
    assert not first.exception
    assert calls == {"load_corpus": 1, "build_model": 1}

    other = "zh" if lang == "en" else "en"
    second = open_page("generator", other)
    second.switch_page("app_pages/compare.py").run()
    second.run()
    assert not second.exception
    assert calls == {"load_corpus": 1, "build_model": 1}


@pytest.mark.parametrize("lang", ["en", "zh"])
def test_new_model_settings_build_once_and_going_back_builds_nothing(calls, lang):
    at = open_page("generator", lang)
    default = at.slider(key="model_context").value
    at.slider(key="model_context").set_value(default - 1).run()
    assert calls["build_model"] == 2
    at.slider(key="model_context").set_value(default).run()
    at.slider(key="model_context").set_value(default - 1).run()
    assert not at.exception
    assert calls["build_model"] == 2
    assert calls["load_corpus"] == 1


@pytest.mark.parametrize("lang", ["en", "zh"])
def test_the_temperature_sweep_is_computed_once_for_the_same_inputs(calls, lang):
    at = open_page("compare", lang)
    assert calls["temperature_sweep"] == 0  # nothing runs until the button is pressed
    at.button(key="compare_run").click().run()
    assert not at.exception
    assert calls["temperature_sweep"] == 1
    at.button(key="compare_run").click().run()  # same settings: the sweep comes from the cache
    assert calls["temperature_sweep"] == 1
    assert at.session_state["compare_mc_results"]["sweep"]  # and it is there to be shown
