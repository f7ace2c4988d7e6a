"""Generation as data: steps, greedy, seeded sampling, step-by-step = run-N, the history, regenerate."""

import numpy as np
import pytest
from hypothesis import given
from hypothesis import strategies as st

from core.charmodel import ModelSettings, build_model
from core.corpus import load_corpus
from core.decoding import sample
from core.filters import FilterSettings
from core.generation import MAX_STEPS, Decoding, Generation, generate, history, regenerate, run, take_step
from core.sampling import draw, uniform_at
from core.softmax import entropy_bits, softmax
from tests.core.rhymes_model import ARTICLE, MODEL, C


def test_a_step_records_context_distributions_draw_char_and_entropy():
    gen = generate(MODEL, "Jack and J", Decoding("sample", 1.5, seed=11), 1, C)
    s = gen.steps[0]
    logits = MODEL.logits("Jack and J")
    assert s.index == 0 and s.context == "nd J" and s.how == "sample"
    np.testing.assert_allclose(s.probs, softmax(logits))
    np.testing.assert_allclose(s.probs_t, softmax(logits, 1.5))
    assert s.u == float(np.random.default_rng(11).random())  # the first number of the seed's stream
    assert s.char_id == draw(s.probs_t, s.u) and s.char == MODEL.vocab[s.char_id]
    assert s.p == pytest.approx(s.probs[s.char_id]) and s.p_t == pytest.approx(s.probs_t[s.char_id])
    assert s.entropy == pytest.approx(entropy_bits(s.probs))
    assert gen.text == "Jack and J" + s.char


def test_step_i_draws_the_i_th_number_of_the_seeds_stream():
    gen = generate(MODEL, "Mary had", Decoding("sample", 0.9, seed=2024), 12, C)
    assert [s.u for s in gen.steps] == np.random.default_rng(2024).random(12).tolist()
    assert [s.u for s in gen.steps] == [uniform_at(2024, i) for i in range(12)]


@pytest.mark.parametrize("temperature", [0.0, 0.4, 1.0, 2.5])
@pytest.mark.parametrize("prompt", ["Humpty Dumpty sat", "J", "Mary had a little lamb,\n"])
def test_the_generator_writes_the_first_sample_the_compare_page_draws_with_the_same_seed(prompt, temperature):
    """One rule and sample 0's stream: generate(seed) is sample(..., seed)'s first continuation."""
    for seed in (0, 7, 123456):
        mode = "greedy" if temperature == 0 else "sample"
        written = generate(MODEL, prompt, Decoding(mode, temperature, seed), 120, C).generated
        one = sample(MODEL, prompt, 1, 120, FilterSettings(temperature), seed)
        five = sample(MODEL, prompt, 5, 120, FilterSettings(temperature), seed)
        assert one.texts(MODEL) == [written]
        assert five.texts(MODEL)[0] == written


@given(st.integers(0, 2**32 - 1), st.sampled_from([0.3, 1.0, 3.0]), st.integers(1, 30))
def test_n_single_steps_equal_one_run_of_n_steps(seed, temperature, n):
    d = Decoding("sample", temperature, seed)
    one_by_one = Generation("Humpty Du")
    for _ in range(n):
        one_by_one = take_step(one_by_one, MODEL, d, C)
    at_once = run(Generation("Humpty Du"), MODEL, d, n, C)
    assert one_by_one.text == at_once.text
    assert [s.u for s in one_by_one.steps] == [s.u for s in at_once.steps]


def test_same_seed_same_text_and_other_seeds_differ():
    d = Decoding("sample", 1.0, seed=42)
    a = generate(MODEL, "Humpty Du", d, 60, C).text
    assert generate(MODEL, "Humpty Du", d, 60, C).text == a
    others = {generate(MODEL, "Humpty Du", Decoding("sample", 1.0, s), 60, C).text for s in range(5)}
    assert len(others) > 1


def test_a_hand_picked_character_is_used_and_generation_continues_from_it():
    gen = generate(ARTICLE, "Humpty Du", Decoding("greedy"), 3, C, picks={0: "u"})
    assert gen.text.startswith("Humpty Duu")
    assert gen.steps[0].how == "picked" and gen.steps[0].u is None
    assert gen.steps[1].context == "y Duu"[-C:]
    with pytest.raises(ValueError, match="vocabulary"):
        take_step(Generation("Humpty"), MODEL, Decoding(), C, pick="€")


@pytest.mark.parametrize("mode, temperature", [("sample", 0.7), ("sample", 3.0), ("greedy", 1.0)])
def test_the_history_columns_are_exactly_the_steps_values(mode, temperature):
    gen = generate(MODEL, "Humpty Du", Decoding(mode, temperature, seed=3), 200, C, picks={5: "x", 17: " "})
    columns = history(gen)
    steps = gen.steps
    assert columns["step"] == list(range(1, 201))
    assert columns["context"] == [s.context for s in steps] and columns["char"] == [s.char for s in steps]
    assert columns["p"] == [s.p for s in steps] and columns["p_t"] == [s.p_t for s in steps]
    assert columns["u"] == [s.u for s in steps] and columns["how"] == [s.how for s in steps]
    assert columns["entropy"] == [s.entropy for s in steps]
    assert [s.entropy for s in steps] == [entropy_bits(s.probs) for s in steps]  # bit for bit
    assert [s.p for s in steps] == [float(s.probs[s.char_id]) for s in steps]
    assert {"picked", mode} <= set(columns["how"])


def test_an_empty_history_has_empty_columns():
    assert all(column == [] for column in history(Generation("Humpty")).values())


@pytest.mark.parametrize(
    "kwargs",
    [
        {"mode": "beam"},
        {"temperature": -1.0},
        {"temperature": float("nan")},
        {"temperature": float("inf")},
        {"seed": -1},
        {"seed": 2**32},
        {"seed": 1.5},
        {"temperature": "1"},
    ],
)
def test_bad_decoding_settings_raise_value_error(kwargs):
    with pytest.raises(ValueError):
        Decoding(**kwargs)


def test_generate_rejects_empty_prompts_unknown_characters_and_too_many_steps():
    with pytest.raises(ValueError, match="empty"):
        generate(MODEL, "", Decoding(), 1, C)
    with pytest.raises(ValueError, match="'€'"):
        generate(MODEL, "Hum€", Decoding(), 1, C)
    with pytest.raises(ValueError, match=str(MAX_STEPS)):
        generate(MODEL, "Hum", Decoding(), MAX_STEPS + 1, C)
    with pytest.raises(ValueError):
        generate(MODEL, "Hum", Decoding(), -1, C)


def test_zero_smoothing_never_samples_an_unseen_continuation():
    m = build_model(load_corpus(), ModelSettings(4, 0.0))
    gen = generate(m, "Humpty Du", Decoding("sample", 1.0, 0), 200, 4)
    assert all(s.p > 0 for s in gen.steps)


def _same(a: Generation, b: Generation) -> bool:
    """Equal generations: prompt, and every step's draw, character, context and distributions."""
    if a.prompt != b.prompt or len(a.steps) != len(b.steps):
        return False
    return all(
        (x.index, x.char_id, x.u, x.how, x.context) == (y.index, y.char_id, y.u, y.how, y.context)
        and np.array_equal(x.probs, y.probs)
        and np.array_equal(x.probs_t, y.probs_t)
        for x, y in zip(a.steps, b.steps, strict=True)
    )


@given(
    st.integers(0, 2**32 - 1),
    st.lists(
        st.tuples(
            st.integers(0, 40), st.dictionaries(st.integers(0, 40), st.sampled_from("aeu "), max_size=3)
        ),
        min_size=1,
        max_size=6,
    ),
)
def test_regenerate_from_any_earlier_generation_equals_generating_from_scratch(seed, requests):
    """Step, Undo, Run, Reset and hand-picks in any order: reusing the last generation changes nothing."""
    d = Decoding("sample", 1.0, seed)
    previous = None
    for n, picks in requests:
        fresh = generate(MODEL, "Humpty Du", d, n, C, picks)
        previous = regenerate(previous, MODEL, "Humpty Du", d, n, C, picks)
        assert _same(previous, fresh)


def test_regenerate_reuses_the_steps_it_would_repeat(monkeypatch):
    d = Decoding("sample", 1.0, 7)
    before = generate(MODEL, "Humpty Du", d, 30, C)
    calls = []
    monkeypatch.setattr("core.generation.next_distribution", lambda *a: calls.append(1) or softmax_pair(*a))
    after = regenerate(before, MODEL, "Humpty Du", d, 31, C)
    assert len(calls) == 1 and after.steps[:30] == before.steps  # one new step, the rest reused
    assert regenerate(before, MODEL, "Humpty Du", d, 12, C).steps == before.steps[:12] and len(calls) == 1
    regenerate(before, MODEL, "Other", d, 3, C)  # another prompt: nothing reused
    assert len(calls) == 4


def softmax_pair(model, text, temperature):
    logits = model.logits(text)
    return softmax(logits), softmax(logits, temperature)
