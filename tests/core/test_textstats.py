"""Statistics of generated text: words, n-grams, loops, log-probability, and seeded reproducibility."""

import math

import numpy as np
import pytest

from core import textstats
from core.decoding import STRATEGY_NAMES, Continuations, sample, strategies
from core.filters import FilterSettings
from core.textstats import (
    CONCLUSION_SHARES,
    Loop,
    Stats,
    complete_words,
    conclusion,
    corpus_words,
    distinct_ngram_share,
    find_loop,
    find_loops,
    loop_starts,
    monte_carlo,
    novel_line_share,
    real_word_share,
    repeated_ngram_shares,
    temperature_sweep,
    text_stats,
)
from tests.core.tiny_model import RHYME, TinyModel, TinySettings

WORDS = corpus_words(RHYME)


def ids_of(*texts: str) -> np.ndarray:
    return np.array([[ord(c) for c in t] for t in texts])


def test_corpus_words_are_lower_case_and_keep_apostrophes():
    assert {"humpty", "king's", "couldn't", "wall"} <= WORDS
    assert "Humpty" not in WORDS


def test_complete_words_include_the_finished_prompt_word_but_not_a_cut_off_last_word():
    assert complete_words("Humpty Du", "mpty sat on a wa") == ["Dumpty", "sat", "on", "a"]
    assert complete_words("Humpty ", "Dumpty.") == ["Dumpty"]


def test_real_word_share_counts_corpus_words_over_all_texts():
    share = real_word_share("", ["Humpty xqz sat ", "wall zzz "], WORDS)
    assert share == pytest.approx(3 / 5)
    assert math.isnan(real_word_share("", ["unfinished"], WORDS))


def test_repeated_ngram_share_is_zero_without_repeats_and_high_for_loops():
    shares = repeated_ngram_shares(ids_of("abcdefgh", "abababab"), 200)
    assert shares[0] == 0.0
    # "abababab": 5 four-grams, only "abab" and "baba" distinct
    assert shares[1] == pytest.approx(1 - 2 / 5)


def test_distinct_ngram_share_counts_across_samples():
    assert distinct_ngram_share(ids_of("abcde", "abcde"), 200) == pytest.approx(2 / 4)
    assert distinct_ngram_share(ids_of("abcde", "vwxyz"), 200) == 1.0


def test_loop_detector_reports_the_unit_from_a_word_start():
    loop = find_loop("mpty Dumpty Dumpty Dumpty Dumpty ")
    assert loop is not None
    assert (loop.start, loop.unit) == (5, "Dumpty ")


def test_loops_of_many_texts_at_once_are_each_texts_loop():
    texts = [
        "mpty Dumpty Dumpty Dumpty Dumpty Dum",
        "Humpty Dumpty sat on a wall, had a g",
        "abc" * 12,
        "wall, " + "ha " * 10,
    ]
    assert {len(t) for t in texts} == {36}
    assert find_loops(texts) == [find_loop(t) for t in texts]
    assert [loop is None for loop in find_loops(texts)] == [False, True, False, False]
    assert find_loops([]) == []
    with pytest.raises(ValueError, match="one length"):
        find_loops(["abc", "abcd"])


def test_loop_detector_finds_a_loop_that_starts_late():
    text = "sat on a wall, then the the the the the "
    loop = find_loop(text)
    assert loop is not None and loop.unit == "the "
    assert text[: loop.start] == "sat on a wall, then "


@pytest.mark.parametrize("text", ["Humpty Dumpty sat on a wall", "abcdefghijklmnopqrstuvwxyz", "aaa", ""])
def test_loop_detector_finds_nothing_in_text_that_does_not_repeat_to_the_end(text):
    assert find_loop(text) is None


def test_a_short_stutter_at_the_end_is_not_a_loop():
    assert find_loop("Humpty Dumpty had a great fall.....") is None  # 5 dots < 12 characters
    assert find_loop("Humpty Dumpty had a great fall" + "." * 12) is not None


def test_loop_starts_is_vectorised_over_rows():
    starts, periods = loop_starts(ids_of("xyzxyzxyzxyzxyz", "abcdefghijklmno"))
    assert starts.tolist() == [0, -1]
    assert periods.tolist()[0] == 3


def loop_by_definition(row, min_repeats=3, min_chars=12, max_period=40) -> tuple[int, int]:
    """(start, period) of one row straight from the definition: the earliest start, then the shortest p."""
    best = (-1, 0)
    for p in range(1, min(max_period, len(row) // min_repeats) + 1):
        last = max((i + 1 for i in range(len(row) - p) if row[i] != row[i + p]), default=0)
        if len(row) - last >= max(min_repeats * p, min_chars) and (best[0] < 0 or last < best[0]):
            best = (last, p)
    return best


@pytest.mark.parametrize("chunk", [1 << 22, 7], ids=["one block", "blocks of a row or two"])
def test_loop_starts_of_random_rows_follow_the_definition(monkeypatch, chunk):
    monkeypatch.setattr(textstats, "LOOP_CHUNK", chunk)
    rng = np.random.default_rng(0)
    for _ in range(200):
        rows, length = rng.integers(1, 8), rng.integers(0, 90)
        ids = rng.integers(0, rng.integers(1, 4), size=(rows, length))  # 1 to 3 letters: loops are common
        starts, periods = loop_starts(ids, min_repeats=2, min_chars=5, max_period=30)
        want = [loop_by_definition(row, 2, 5, 30) for row in ids]
        assert list(zip(starts.tolist(), periods.tolist(), strict=True)) == want


def test_text_stats_of_a_known_result():
    result = Continuations(
        ids=ids_of("ab ab ab ab ab ", "ab ab ab ab ab "),
        logprobs=np.full((2, 15), math.log(0.5)),
        entropies=np.ones((2, 15)),
    )
    texts = ["ab ab ab ab ab "] * 2
    stats = text_stats("", texts, result, 200, frozenset({"ab"}))
    assert stats.distinct == 1
    assert stats.real_words == 1.0
    assert stats.loop_share == 1.0
    assert stats.first_loop is not None and stats.first_loop.unit == "ab "
    assert stats.perplexity == pytest.approx(2.0)
    assert stats.logprob_per_char == pytest.approx(math.log(0.5))
    assert stats.entropy_bits == 1.0


def test_same_seed_gives_the_same_statistics_table():
    model = TinyModel(RHYME, TinySettings(context=3, smoothing=0.05))

    def table(seed: int) -> list[dict]:
        rows = []
        for settings in (
            FilterSettings(),
            FilterSettings(temperature=0.5, top_k=5),
            FilterSettings(top_p=0.9),
        ):
            result = sample(model, "Humpty", 300, 40, settings, seed)
            stats = text_stats("Humpty", result.texts(model), result, len(model.vocab), WORDS)
            rows.append(stats.as_row())
        return rows

    assert table(1) == table(1)
    assert table(1) != table(2)


# ------------------------------------------------------------------ comparisons and conclusion


def fake_stats(ppl: float, div: float, real: float, loop: Loop | None = None, distinct: int = 10) -> Stats:
    return Stats(10, distinct, div, real, 0.0, float(loop is not None), loop, -math.log(ppl), ppl, 1.0)


def findings(**overrides) -> dict[str, tuple[str, dict]]:
    stats = {
        "greedy": fake_stats(1.5, 0.01, 0.9, Loop(5, "Dumpty "), distinct=1),
        "sampling": fake_stats(20.0, 0.9, 0.3),
        "temperature": fake_stats(8.0, 0.6, 0.5),
        "top_k": fake_stats(15.0, 0.8, 0.4),
        "top_p": fake_stats(12.0, 0.8, 0.45),
        "min_p": fake_stats(4.0, 0.3, 0.95),
        "beam": fake_stats(1.4, 0.01, 0.9, Loop(3, "ab "), distinct=1),
    } | overrides
    return dict(conclusion(stats, 0.5, 100))


def test_conclusion_reports_greedys_loop_and_the_best_real_word_strategy():
    found = findings()
    assert found["greedy_loops"] == {"unit": "Dumpty ", "start": 6}  # Loop(5, ...): the 6th character
    assert found["best_real_words"] == {"strategy": "min_p", "share": 0.95}


def test_when_the_most_real_words_come_from_a_loop_the_best_non_looping_strategy_is_named():
    found = findings(greedy=fake_stats(1.5, 0.01, 1.0, Loop(5, "Dumpty "), distinct=1))
    assert found["best_real_words_loops_never"] == {  # min_p never loops: "none of its texts"
        "strategy": "greedy",
        "share": 1.0,
        "strategy2": "min_p",
        "share2": 0.95,
        "loops2": 0.0,
    }
    assert "beam_loops" in found and "greedy_likelier" in found
    assert found["sampling_diverse_never"]["distinct"] == 10  # fake sampling never loops: "none"


def test_sampling_that_loops_sometimes_says_how_often_and_never_says_none():
    looping = findings(sampling=fake_stats(20.0, 0.9, 0.3, Loop(30, "ab ")))
    assert looping["sampling_diverse"]["loops"] == 1.0 and "sampling_diverse_never" not in looping
    assert "sampling_diverse" not in findings()  # loop share 0: "none of its texts", not "0.0%"


def test_conclusion_wording_follows_the_numbers():
    assert "t_tradeoff_low" in findings()  # T = 0.5: lower perplexity and less diverse
    no_loop = findings(greedy=fake_stats(1.5, 0.01, 0.9, None, distinct=1))
    assert no_loop["greedy_no_loop"] == {"length": 100}
    odd = findings(sampling=fake_stats(1.2, 0.9, 0.3))
    assert "sampling_likelier" in odd and "greedy_likelier" not in odd
    assert "t_mixed" in findings(temperature=fake_stats(30.0, 0.5, 0.2))


def test_conclusion_at_a_high_temperature_says_more_varied_and_less_likely():
    stats = {
        "greedy": fake_stats(1.5, 0.01, 0.9, Loop(5, "Dumpty "), distinct=1),
        "sampling": fake_stats(20.0, 0.8, 0.3),
        "temperature": fake_stats(40.0, 0.95, 0.1),
        "beam": fake_stats(1.4, 0.01, 0.9),
    }
    keys = [key for key, _ in conclusion(stats, 2.0, 100)]
    assert "t_tradeoff_high" in keys and "beam_no_loop" in keys
    assert not any(k.startswith("t_") for k, _ in conclusion(stats, 1.0, 100))


def test_monte_carlo_gives_one_stats_per_strategy_and_reproduces_with_the_seed():
    model = TinyModel(RHYME, TinySettings(context=3, smoothing=0.05))
    plan = strategies(0.7, 5, 0.9, 0.1, 3)
    calls = []
    a = monte_carlo(model, "Humpty Du", 200, 30, plan, 5, WORDS, progress=lambda i, n: calls.append((i, n)))
    b = monte_carlo(model, "Humpty Du", 200, 30, plan, 5, WORDS)
    assert list(a) == list(STRATEGY_NAMES)
    assert calls == [(i, 7) for i in range(1, 8)]
    assert [s.as_row() for s in a.values()] == [s.as_row() for s in b.values()]
    assert a["greedy"].distinct == 1 and a["beam"].distinct == 1
    assert a["sampling"].distinct > 100
    assert a["greedy"].perplexity < a["sampling"].perplexity


def test_temperature_sweep_runs_from_greedy_to_hot():
    model = TinyModel(RHYME, TinySettings(context=3, smoothing=0.05))
    sweep = temperature_sweep(model, "Humpty Du", [0.0, 0.3, 1.0, 5.0], 200, 40, 0, WORDS)
    assert sweep[0].distinct == 1
    assert sweep[0].entropy_bits == 0.0
    div = [s.distinct_ngrams for s in sweep]
    assert div == sorted(div)  # hotter -> more varied
    assert sweep[-1].perplexity > sweep[0].perplexity


# ---------------------------------------------------------------- novel lines


NOVEL_CORPUS = (
    "Humpty Dumpty sat on a wall,\nHumpty Dumpty had a great fall.\n\nJack and Jill went up the hill\n"
)


def test_novel_line_share_counts_only_complete_lines_not_in_the_corpus():
    texts = [
        "mpty sat\nHumpty Dumpty had a great fall.\nJack and Jill sat on a wall\nand the unfinished",
        "mpty\n  Jack and Jill went up the hill  \n\nA cow in a hat\n",
    ]
    # complete lines: "Humpty … fall." (copied), "Jack and Jill sat on a wall" (new),
    # "Jack and Jill went up the hill" (copied, once stripped), "A cow in a hat" (new); the empty
    # line is skipped, the text before the first newline and after the last one never count
    assert novel_line_share(texts, NOVEL_CORPUS) == pytest.approx(2 / 4)


def test_novel_line_share_of_pure_copying_is_zero_and_of_no_complete_line_is_nan():
    assert (
        novel_line_share(["x\nHumpty Dumpty sat on a wall,\nJack and Jill went up the hill\ny"], NOVEL_CORPUS)
        == 0
    )
    assert math.isnan(novel_line_share(["no newline at all", "one\nnewline"], NOVEL_CORPUS))
    assert math.isnan(novel_line_share([], NOVEL_CORPUS))


@pytest.mark.parametrize("name", ["greedy", "beam"])
def test_a_deterministic_strategy_analysed_once_gives_the_statistics_of_its_n_copies(name):
    from core.decoding import run_strategy
    from core.textstats import strategy_stats, text_stats

    model, words = TinyModel(RHYME, TinySettings(context=3, smoothing=0.01)), corpus_words(RHYME)
    strategy = {s.name: s for s in strategies(0.7, 3, 0.9, 0.1, 3)}[name]
    copies = run_strategy(model, "the ", 50, 40, strategy, 0)  # N copies, as before
    expected = text_stats("the ", copies.texts(model), copies, len(model.vocab), words)
    got = strategy_stats(model, "the ", 50, 40, strategy, 0, words)
    for field, value in expected.as_row().items():
        assert got.as_row()[field] == pytest.approx(value, rel=1e-12, nan_ok=True), field
    assert (got.n, got.distinct, got.first_loop) == (50, 1, expected.first_loop)


def test_every_value_of_the_conclusion_is_a_share_or_named_as_something_else():
    """A page writes CONCLUSION_SHARES with ``percent``; a new share missing from it would print as a
    raw float, and a count or perplexity in it as a percentage."""
    others = {"unit", "start", "length", "distinct", "n", "t", "strategy", "strategy2"}
    others |= {"ppl", "ppl_greedy", "ppl_t", "ppl_1", "ppl_beam"}
    variants = [
        findings(),
        findings(greedy=fake_stats(1.5, 0.01, 1.0, Loop(5, "Dumpty "), distinct=1)),
        findings(greedy=fake_stats(1.5, 0.01, 1.0, Loop(5, "Dumpty "), distinct=1),
                 min_p=Stats(10, 10, 0.3, 0.95, 0.0, 0.2, None, -math.log(4.0), 4.0, 1.0)),  # loops 20 %
    ]  # fmt: skip
    assert variants[2]["best_real_words_loops"]["loops2"] == 0.2
    names = {name for found in variants for values in found.values() for name in values}
    assert names <= CONCLUSION_SHARES | others and not (CONCLUSION_SHARES & others)
    assert {"share2", "loops2", "div_greedy"} <= names
