"""The corpus: readable from any working directory, plain ASCII, many rhymes, Humpty Dumpty repeated."""

import os

from core.corpus import CORPUS_PATH, load_corpus, rhymes


def test_corpus_loads_independently_of_the_working_directory(tmp_path):
    here = os.getcwd()
    try:
        os.chdir(tmp_path)
        text = load_corpus()
    finally:
        os.chdir(here)
    assert text == CORPUS_PATH.read_text(encoding="ascii")


def test_corpus_is_several_kilobytes_of_plain_ascii():
    text = load_corpus()
    assert len(text) >= 3000
    assert text.isascii()
    assert "\r" not in text and "\t" not in text


def test_corpus_has_humpty_dumpty_and_at_least_ten_other_rhymes():
    parts = rhymes(load_corpus())
    others = [r for r in parts if "Humpty" not in r]
    assert any(r.startswith("Humpty Dumpty sat on a wall") for r in parts)
    assert len(others) >= 10
    for opening in ("Jack and Jill", "Mary had a little lamb", "Twinkle, twinkle", "Hey diddle diddle"):
        assert any(r.startswith(opening) for r in others), opening


def test_humpty_du_occurs_several_times_so_the_model_has_choices():
    assert load_corpus().count("Humpty Du") >= 5


def test_rhymes_are_separated_by_exactly_one_blank_line():
    assert "\n\n\n" not in load_corpus()
