"""The article's § 04 example over a model, and its experiment: greedy writes "Duu", sampling "Dumpty"."""

import numpy as np
import pytest

from core.article_example import (
    ArticleExample,
    after_slip,
    article_distribution,
    article_shares,
    completes_word,
    could_complete,
    fan,
)
from core.charmodel import ModelSettings, build_model
from core.corpus import load_corpus
from core.decoding import sample
from core.filters import FilterSettings
from core.generation import Decoding, generate
from core.softmax import softmax
from tests.core.rhymes_model import ARTICLE, MODEL, C


def test_the_article_example_has_the_articles_probabilities():
    p = np.exp(ARTICLE.logits("Humpty Du"))
    assert p[MODEL.stoi["u"]] == pytest.approx(0.5)
    assert p[MODEL.stoi["m"]] == pytest.approx(0.45)
    others = np.delete(p, [MODEL.stoi["u"], MODEL.stoi["m"]])
    assert others.sum() == pytest.approx(0.05)
    assert p.sum() == pytest.approx(1.0)


def test_the_shares_a_draw_uses_are_the_example_s_own_distribution_at_that_temperature():
    v = len(MODEL.vocab)
    for t, as_scores in [(0.5, False), (1.0, False), (2.0, True), (10.0, False)]:
        p = softmax(np.log(np.exp(ArticleExample(MODEL, as_scores).logits("Humpty Du"))), t)
        u, m = p[MODEL.stoi["u"]], p[MODEL.stoi["m"]]
        assert article_shares(t, v, as_scores) == pytest.approx((u, m, 1 - u - m), abs=1e-12)
    assert article_shares(1.0, v) == pytest.approx((0.5, 0.45, 0.05))
    u, m, rest = article_shares(10.0, v)  # heat evens 61 rare characters out with u and m
    assert v == 63 and round(u, 3) == round(m, 3) == 0.029 and round(rest, 3) == 0.942
    assert article_shares(0.5, v)[2] < 1e-4  # cold: the rest all but vanishes


def test_article_example_greedy_writes_humpty_duu():
    gen = generate(ARTICLE, "Humpty Du", Decoding("greedy"), 1, C)
    assert gen.text == "Humpty Duu"
    assert gen.steps[0].p == pytest.approx(0.5)


def test_temperature_zero_is_greedy_too():
    gen = generate(ARTICLE, "Humpty Du", Decoding("sample", temperature=0.0, seed=3), 1, C)
    assert gen.text == "Humpty Duu" and gen.steps[0].u is None


def test_article_example_sampling_picks_m_45_percent_over_20000_seeded_draws():
    picks = [
        generate(ARTICLE, "Humpty Du", Decoding("sample", 1.0, seed), 1, C).generated
        for seed in range(20_000)
    ]
    share_m = picks.count("m") / len(picks)
    assert share_m == pytest.approx(0.45, abs=0.015)
    assert picks.count("u") / len(picks) == pytest.approx(0.5, abs=0.015)


def test_article_example_elsewhere_is_the_trained_model():
    np.testing.assert_array_equal(ARTICLE.logits("Jack a"), MODEL.logits("Jack a"))
    ids = np.stack([MODEL.encode("Humpty Du"), MODEL.encode("Jack and "), MODEL.encode("xHumpty D")])
    out = ARTICLE.logits_ids(ids)
    np.testing.assert_allclose(np.exp(out[0]), ARTICLE.article_probs)
    np.testing.assert_array_equal(out[1], MODEL.logits("Jack and "))
    np.testing.assert_array_equal(out[2], MODEL.logits("xHumpty D"))


def test_trained_model_greedy_from_humpty_du_writes_dumpty():
    gen = generate(MODEL, "Humpty Du", Decoding("greedy"), 5, C)
    assert gen.text == "Humpty Dumpty "
    again = generate(MODEL, "Humpty Du", Decoding("greedy"), 5, C)
    assert again.text == gen.text


# ---------------------------------------------------------------------------- the experiment


def test_the_articles_numbers_fed_to_softmax_as_scores_give_38_6_36_7_24_6_percent():
    assert article_distribution() == pytest.approx((0.5, 0.45, 0.05))
    u, m, rest = article_distribution(as_scores=True)
    assert (round(u * 100, 1), round(m * 100, 1), round(rest * 100, 1)) == (38.6, 36.7, 24.6)
    p = np.exp(ArticleExample(MODEL, as_scores=True).logits("Humpty Du"))
    assert p[MODEL.stoi["u"]] == pytest.approx(u) and p[MODEL.stoi["m"]] == pytest.approx(m)
    assert p.sum() == pytest.approx(1.0)


def test_batched_sampling_from_the_article_example_sees_the_whole_prompt_at_any_context():
    # The decoder cuts each row's window by settings.context: shorter than "Humpty Du", the article's
    # numbers were never used and sampling drew from the trained model instead.
    short = ArticleExample(build_model(load_corpus(), ModelSettings(context=2)))
    drawn = sample(short, "Humpty Du", 4000, 1, FilterSettings(1.0), 5)
    firsts = np.array(short.vocab)[drawn.ids[:, 0]]
    assert (firsts == "m").mean() == pytest.approx(0.45, abs=0.03)
    assert (firsts == "u").mean() == pytest.approx(0.5, abs=0.03)


@pytest.mark.parametrize(
    ("continuation", "expected"),
    [("mpty sat", True), ("mpty,\n", True), ("mptye", False), ("mps", False), ("mpty", False), ("u", False)],
)
def test_completes_word_needs_exactly_dumpty_then_a_non_letter(continuation, expected):
    assert completes_word("Humpty Du", continuation) is expected


def test_could_complete_only_when_the_prompt_ends_inside_the_word():
    assert could_complete("Humpty Du") and could_complete("D")
    assert not could_complete("Jack and J") and not could_complete("Humpty ") and not could_complete("Dumpty")


def test_fan_greedy_writes_duu_and_sampling_writes_dumpty_in_about_four_draws_of_ten():
    f = fan(ARTICLE, "Humpty Du", 1.0, seed=0)
    assert f.greedy.startswith("u") and len(f.samples) == 20
    assert f.wrote() == sum(s.startswith("mpty") and not s[4].isalpha() for s in f.samples)
    assert f.drew_next() == sum(s.startswith("m") for s in f.samples) >= f.wrote()  # "Dumps" drew m too
    big = fan(ARTICLE, "Humpty Du", 1.0, seed=1, n=2000)
    assert big.drew_next() / 2000 == pytest.approx(0.45, abs=0.03)  # the article's m 45 %
    shares = [fan(ARTICLE, "Humpty Du", 1.0, seed, n=500).share() for seed in range(2)]
    # m is drawn 45 % of the time, and the trained model then finishes "Dumpty" most of the time
    assert 0.3 < np.mean(shares) < 0.45


def test_fan_says_how_many_draws_take_the_next_letter_on_average_at_its_temperature():
    """Seed 0's 20 draws take m 6 times; at the article's 45 % that is 9 on average."""
    v = len(MODEL.vocab)
    f = fan(ARTICLE, "Humpty Du", 1.0, seed=0)
    assert f.next_p == pytest.approx(0.45) and f.expected_next() == pytest.approx(9.0)
    assert f.drew_next() == 6  # what the page shows beside it: chance, not a wrong 45 %
    assert fan(ARTICLE, "Humpty Du", 10.0, seed=0).next_p == pytest.approx(article_shares(10.0, v)[1])
    assert fan(ARTICLE, "Humpty Du", 0.0, seed=0).expected_next() == 0.0  # greedy takes u
    trained = fan(MODEL, "Humpty Du", 1.0, seed=0)  # the trained model's own chance of m
    assert trained.next_p == pytest.approx(float(np.exp(MODEL.logits("Humpty Du"))[MODEL.stoi["m"]]))
    assert np.isnan(fan(ARTICLE, "Jack and J", 1.0, seed=0).next_p)  # no word to go on to


def test_fan_sample_zero_is_the_text_the_step_by_step_view_writes_with_the_same_seed():
    f = fan(ARTICLE, "Humpty Du", 0.8, seed=7)
    gen = generate(ARTICLE, "Humpty Du", Decoding("sample", 0.8, 7), len(f.samples[0]), C)
    assert gen.generated == f.samples[0]
    assert [s.p for s in gen.steps] == pytest.approx(list(f.samples_p[0]))


def test_fan_at_temperature_zero_is_greedys_line_every_time_and_never_dumpty():
    f = fan(ARTICLE, "Humpty Du", 0.0, seed=3)
    assert set(f.samples) == {f.greedy[: len(f.samples[0])]} and f.share() == 0.0


def test_after_the_slip_the_model_continues_from_duu_and_never_takes_the_u_back():
    slip = after_slip(MODEL, "Humpty Duu")
    p = np.exp(MODEL.logits("Humpty Duu"))
    assert slip.top[0] == (MODEL.vocab[int(np.argmax(p))], pytest.approx(p.max()))
    assert [q for _, q in slip.top] == sorted((q for _, q in slip.top), reverse=True)
    assert slip.greedy == generate(MODEL, "Humpty Duu", Decoding("greedy"), 20, C).generated


@pytest.mark.parametrize("temperature", [0.7, 1.0, 2.0])
@pytest.mark.parametrize("seed", [0, 7, 2**32 - 1])
def test_each_of_the_generator_s_draws_begins_as_the_compare_page_s_sample_of_that_number(temperature, seed):
    """The same seed and settings give the same text on every page: the generator's draw i (20 of
    12 characters) is how the compare page's sample i (3 of 100) begins, for every i, not only the first."""
    drawn = fan(MODEL, "Humpty Du", temperature, seed).samples
    compared = sample(MODEL, "Humpty Du", 3, 100, FilterSettings(temperature), seed).texts(MODEL)
    for i in range(3):
        assert compared[i].startswith(drawn[i])
