"""Kneser–Ney smoothing: discounts, continuation counts and probabilities checked by hand, every row
a distribution with no zeros, and what the default model does on the rhymes."""

from collections import Counter, defaultdict

import numpy as np
import pytest

from core.charmodel import ModelSettings, build_model, train_on_corpus
from core.corpus import load_corpus, split_corpus
from core.evaluate import bits_per_char
from core.kneser_ney import (
    FALLBACK_DISCOUNT,
    continuation_counts,
    discount,
    kneser_ney_logprobs,
    modified_discounts,
)

CORPUS = load_corpus()


def table_of(text: str, context: int, modified: bool) -> tuple:
    """(model, Kneser–Ney probabilities [rows, V]) for ``text``, with either discount variant."""
    m = build_model(text, ModelSettings(context))
    head = m.encode(text)[: context + 1]
    logp = kneser_ney_logprobs(m._codes, m._counts, m._offsets, len(m.vocab), head, modified=modified)
    return m, np.exp(logp)


# ---------------------------------------------------------------- discounts


def test_discount_is_n1_over_n1_plus_twice_n2():
    counts = np.array([[1, 0, 2, 5], [1, 1, 0, 2], [3, 1, 0, 0.0]])  # four 1s, two 2s
    assert discount(counts) == pytest.approx(4 / (4 + 2 * 2))


def test_discount_of_abab_bigrams_by_hand():
    # "abab": after "a" comes "b" twice, after "b" comes "a" once -> n1 = 1, n2 = 1, D = 1/3
    m = build_model("abab", ModelSettings(1))
    assert discount(m._counts[1:]) == pytest.approx(1 / 3)


def test_discount_without_singletons_falls_back_so_unseen_characters_keep_mass():
    assert discount(np.array([[2.0, 0, 3]])) == FALLBACK_DISCOUNT


def test_modified_discounts_by_hand():
    counts = np.array([[1, 1, 1, 1, 2, 2, 3, 4, 0.0]])  # n1 = 4, n2 = 2, n3 = 1, n4 = 1, Y = 4/8
    d1, d2, d3 = modified_discounts(counts)
    assert d1 == pytest.approx(1 - 2 * 0.5 * 2 / 4)  # 0.5
    assert d2 == pytest.approx(2 - 3 * 0.5 * 1 / 2)  # 1.25
    assert d3 == pytest.approx(3 - 4 * 0.5 * 1 / 1)  # 1.0


# ---------------------------------------------------------------- continuation counts


def test_continuation_counts_count_distinct_left_neighbours_and_the_start():
    # "abab": "a" is preceded by the start and by "b" -> 2; "b" only ever by "a" (twice) -> 1
    m = build_model("abab", ModelSettings(1))
    order0, order1 = continuation_counts(m._codes, m._counts, m._offsets, 2, m.encode("abab")[:2])
    np.testing.assert_array_equal(order0, [[2, 1]])
    np.testing.assert_array_equal(order1, m._counts[1:])  # the longest order keeps its raw counts


def test_continuation_counts_match_counting_distinct_left_neighbours_one_by_one():
    text = np.random.default_rng(3).choice(list("abcd "), 2_000).tolist()
    text = "".join(text)
    m = build_model(text, ModelSettings(3))
    per_order = continuation_counts(m._codes, m._counts, m._offsets, len(m.vocab), m.encode(text)[:4])
    for k in range(3):  # below the longest order
        neighbours = defaultdict(set)  # (h, x) -> the characters seen before h x ("" for the start)
        for i in range(k, len(text)):
            neighbours[text[i - k : i], text[i]].add(text[i - k - 1] if i > k else "")
        for row, code in enumerate(m._codes[k]):
            h = "".join(m.vocab[(code // len(m.vocab) ** j) % len(m.vocab)] for j in range(k - 1, -1, -1))
            expected = [len(neighbours.get((h, x), ())) for x in m.vocab]
            np.testing.assert_array_equal(per_order[k][row], expected, err_msg=f"order {k}, context {h!r}")


def test_continuation_count_is_not_the_raw_count():
    # "xaxaxaya": "a" follows "x" three times and "y" once: raw count 4, continuation count 2
    text = "xaxaxaya"
    m = build_model(text, ModelSettings(1))
    order0, _ = continuation_counts(m._codes, m._counts, m._offsets, len(m.vocab), m.encode(text)[:2])
    assert m.counts("")[m.stoi["a"]] == 4
    assert order0[0, m.stoi["a"]] == 2
    assert order0[0, m.stoi["x"]] == 2  # after the start and after "a"


# ---------------------------------------------------------------- probabilities by hand


def test_kneser_ney_at_context_1_on_abab_equals_the_hand_computation():
    # D = 1/3 at both orders. Unigram (continuation counts a: 2, b: 1, total 3, two types):
    #   p(a) = (2 - 1/3)/3 + (1/3)(2/3)(1/2) = 5/9 + 1/9 = 2/3,   p(b) = (1 - 1/3)/3 + 1/9 = 1/3
    # After "a" (raw count b: 2, one type):  p(b|a) = (2 - 1/3)/2 + (1/3)(1/2) p(b) = 5/6 + 1/18 = 8/9
    # After "b" (raw count a: 1, one type):  p(a|b) = (1 - 1/3)/1 + (1/3) p(a) = 2/3 + 2/9 = 8/9
    _, p = table_of("abab", 1, modified=False)
    np.testing.assert_allclose(p[0], [2 / 3, 1 / 3])
    np.testing.assert_allclose(p[1], [1 / 9, 8 / 9])  # after "a"
    np.testing.assert_allclose(p[2], [8 / 9, 1 / 9])  # after "b"


def reference_kneser_ney(text: str, context: int, modified: bool) -> dict[str, dict[str, float]]:
    """A plain-Python Kneser–Ney, written from the textbook formula, context by context."""
    vocab = sorted(set(text))
    raw: dict[int, dict[str, Counter]] = {k: defaultdict(Counter) for k in range(context + 1)}
    for i in range(len(text)):
        for k in range(min(i, context) + 1):
            raw[k][text[i - k : i]][text[i]] += 1
    cnt = {context: raw[context]}
    for k in range(context):  # continuation: distinct characters (or the start) before "h x"
        lefts: dict[tuple[str, str], set] = defaultdict(set)
        for i in range(k, len(text)):
            lefts[text[i - k : i], text[i]].add(text[i - k - 1] if i > k else "<start>")
        cnt[k] = defaultdict(Counter)
        for (h, x), who in lefts.items():
            cnt[k][h][x] = len(who)
    probs: dict[str, dict[str, float]] = {}
    for k in range(context + 1):
        values = [c for h in cnt[k] for c in cnt[k][h].values()]
        n = {j: sum(1 for c in values if c == j) for j in (1, 2, 3, 4)}
        y = n[1] / (n[1] + 2 * n[2])
        ds = (
            (1 - 2 * y * n[2] / n[1], 2 - 3 * y * n[3] / n[2], 3 - 4 * y * n[4] / n[3])
            if modified
            else (y, y, y)
        )
        for h, row in cnt[k].items():
            total = sum(row.values())
            d = {x: ds[min(c, 3) - 1] for x, c in row.items()}
            gamma = sum(d.values()) / total
            lower = probs[h[1:]] if k else dict.fromkeys(vocab, 1 / len(vocab))
            probs[h] = {x: (row.get(x, 0) - d.get(x, 0)) / total + gamma * lower[x] for x in vocab}
    return probs


RHYMES = CORPUS[:2000]  # the first dozen rhymes: every order has counts of 1, 2, 3 and 4


@pytest.mark.parametrize("modified", [False, True])
@pytest.mark.parametrize("context", [1, 2, 3])
def test_vectorised_kneser_ney_equals_a_plain_python_reference(context, modified):
    m, p = table_of(RHYMES, context, modified)
    ref = reference_kneser_ney(RHYMES, context, modified)
    v = len(m.vocab)
    for k, codes in enumerate(m._codes):
        for j, code in enumerate(codes):
            h = "".join(m.vocab[(int(code) // v**e) % v] for e in range(k - 1, -1, -1))
            expected = [ref[h][x] for x in m.vocab]
            np.testing.assert_allclose(p[m._offsets[k] + j], expected, rtol=1e-12, err_msg=repr(h))


# ---------------------------------------------------------------- the default model on the rhymes


@pytest.fixture(scope="module")
def default_model():
    return train_on_corpus(CORPUS, ModelSettings())


def test_every_context_of_the_default_model_is_a_distribution_without_zeros(default_model):
    p = np.exp(default_model._table)
    np.testing.assert_allclose(p.sum(axis=1), 1.0, atol=1e-12)
    assert p.min() > 0


@pytest.mark.parametrize("modified", [False, True])
def test_both_discount_variants_give_distributions_without_zeros_on_the_rhymes(modified):
    _, p = table_of(split_corpus(CORPUS)[0], 4, modified)
    np.testing.assert_allclose(p.sum(axis=1), 1.0, atol=1e-12)
    assert p.min() > 0


def test_after_humpty_du_the_default_model_gives_m_the_clear_majority_and_unseen_characters_little(
    default_model,
):
    p = default_model.probs("Humpty Du")
    unseen = default_model.counts("Humpty Du") == 0
    assert p[default_model.stoi["m"]] > 0.9
    assert p[unseen].sum() < 0.05
    assert (p[unseen] > 0).all()  # but never nothing


def test_kneser_ney_beats_naive_add_k_on_the_held_out_rhymes_by_half_a_bit(default_model):
    held = split_corpus(CORPUS)[1]
    add_k = train_on_corpus(CORPUS, ModelSettings(context=4, smoothing=0.05, method="add_k"))
    kn_bits = bits_per_char(default_model, held, default_model.settings.context)
    assert kn_bits <= bits_per_char(add_k, held, 4) - 0.5
