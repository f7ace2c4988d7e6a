"""The shared model panel (ui/model_settings.py): three models, fixed lists, old links, nothing pinned."""

from __future__ import annotations

import pytest

from core.charmodel import CharModel, ModelSettings
from core.i18n import t
from core.mlp import MLPModel
from tests.apptest import open_link, sample_groups
from ui.model_settings import (
    CHOICES,
    NEURAL,
    ModelInputs,
    get_model,
    get_neural_model,
)


def warnings(at) -> list[str]:
    return [w.value for w in at.warning]


@pytest.mark.parametrize("choice", CHOICES)
def test_the_generator_writes_with_every_model_choice(choice):
    at = open_link("generator", "en", model_choice=choice)
    assert at.radio(key="model_choice").value == choice
    before = at.session_state["generator_steps"]
    at.button(key="generator_run").click().run()
    assert not at.exception, [e.message for e in at.exception]
    assert at.session_state["generator_steps"] == before + int(at.text_input(key="generator_run_n").value)
    assert at.get("plotly_chart"), "the step's distribution is drawn"


@pytest.mark.parametrize("choice", CHOICES)
def test_the_compare_page_decodes_with_every_model_choice(choice):
    at = open_link("compare", "zh", model_choice=choice)
    # The only message: the network's Monte Carlo limit, said at once for the default N (1,000 × 100)
    limit = [] if choice != NEURAL else [t("mcjob.too_large", "zh", n="1,000", length=100, total="100,000",
                                           budget="50,000", max_n="500")]  # fmt: skip
    assert [e.value for e in at.error] == limit
    assert at.radio(key="model_choice").value == choice
    greedy, sampled = ([c for _, c in lines] for _, lines in sample_groups(at))  # the first screen's text
    assert len(greedy) == 1 and all(greedy)
    assert len(sampled) == at.slider(key="compare_k").value and all(sampled)


def test_the_neural_choice_uses_the_shipped_network_and_disables_context_and_k():
    at = open_link("generator", "en", model_choice="mlp")
    assert at.select_slider(key="model_context").disabled and at.select_slider(key="model_smoothing").disabled
    inputs = ModelInputs("Humpty Du", get_neural_model().config, (), "mlp")
    assert isinstance(inputs.model, MLPModel) and inputs.model is get_neural_model()  # loaded once


def test_kneser_ney_models_share_one_cache_key_whatever_k_the_slider_shows():
    at = open_link("generator", "en", model_smoothing="0.5")
    assert at.select_slider(key="model_smoothing").value == 0.5
    at2 = open_link("generator", "en", model_smoothing="2")
    keys = {a.session_state["generator_replay"][0][1] for a in (at, at2)}  # the settings decoded with
    assert keys == {ModelSettings()}  # one Kneser–Ney model, whatever k says


@pytest.mark.parametrize("lang", ["en", "zh"])
def test_an_old_links_smoothing_becomes_the_nearest_offered_value_with_a_notice(lang):
    at = open_link("generator", lang, model_choice="add_k", model_smoothing="0.0011")
    assert at.select_slider(key="model_smoothing").value == 0.0
    assert t("model.smoothing_snapped", lang, asked="0.0011", used="0") in warnings(at)
    assert len(warnings(at)) == 1  # one notice, not a second one from the link guard


@pytest.mark.parametrize("lang", ["en", "zh"])
def test_a_model_choice_the_panel_does_not_offer_is_ignored_with_a_notice(lang):
    at = open_link("generator", lang, model_choice="gpt4")
    label = t("model.choice", lang)  # the setting as the panel names it, not the link's model_choice
    notice = t("url.value_ignored", lang, label=label, reason=t("url.reason.not_option", lang))
    assert notice in warnings(at)
    assert at.radio(key="model_choice").value == "kneser_ney"
    assert "model_choice" not in at.query_params


def test_the_settings_a_page_keeps_hold_no_model_so_the_cache_limit_frees_it():
    held = ModelInputs("Humpty Du", ModelSettings(context=2), ())
    first = held.model
    assert isinstance(first, CharModel)
    assert not any(isinstance(v, CharModel) for v in vars(held).values())
    get_model.clear()  # the cache lets it go...
    assert held.model is not first  # ...and nothing else held it: the next use builds it again


def settings_section(at):
    (section,) = [e for e in at.expander if e.label == t("model.settings", "zh")]
    return section


@pytest.mark.parametrize(
    ("page", "query"),
    [("compare", {"model_context": "99"}), ("generator", {"model_smoothing": "<script>x=1</script>"})],
)
def test_a_link_with_a_setting_the_sliders_cannot_take_opens_the_settings_on_its_message(page, query):
    at = open_link(page, "zh", **query)
    section = settings_section(at)
    assert section.proto.expanded  # the URL guard's message is inside: not folded away
    assert any("没有用上" in w.value for w in section.warning), [w.value for w in section.warning]
    assert not at.exception
    fine = open_link(page, "zh", model_context="4", model_smoothing="0.5")  # usable: stays closed
    assert not settings_section(fine).proto.expanded and not settings_section(fine).warning
