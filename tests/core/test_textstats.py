"""Statistics of generated text: words, n-grams, loops, log-probability, and seeded reproducibility."""

import math

import numpy as np
import pytest

from core.decoding import Continuations, sample
from core.filters import FilterSettings
from core.textstats import (
    complete_words,
    corpus_words,
    distinct_ngram_share,
    find_loop,
    loop_starts,
    real_word_share,
    repeated_ngram_shares,
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
            result = sample(model, "Humpty", 300, 40, settings, np.random.default_rng(seed))
            stats = text_stats("Humpty", result.texts(model), result, len(model.vocab), WORDS)
            rows.append(stats.as_row())
        return rows

    assert table(1) == table(1)
    assert table(1) != table(2)
