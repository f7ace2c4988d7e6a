"""The corpus: readable from any directory, plain ASCII, hundreds of rhymes, Humpty Dumpty repeated."""

import os
import re

import pytest

from core.corpus import CORPUS_PATH, Vocabulary, load_corpus, rhymes, vocabulary

ALPHABET = set("abcdefghijklmnopqrstuvwxyzABCDEFGHIJKLMNOPQRSTUVWXYZ \n.,;:!?'\"-()")


def test_corpus_loads_independently_of_the_working_directory(tmp_path):
    here = os.getcwd()
    try:
        os.chdir(tmp_path)
        text = load_corpus()
    finally:
        os.chdir(here)
    assert text == CORPUS_PATH.read_text(encoding="ascii")


def test_corpus_is_forty_thousand_characters_of_plain_ascii_in_a_small_alphabet():
    text = load_corpus()
    assert len(text) >= 40_000
    assert text.isascii()
    assert set(text) <= ALPHABET, sorted(set(text) - ALPHABET)


def test_corpus_has_well_over_a_hundred_rhymes_with_the_best_known_ones():
    parts = rhymes(load_corpus())
    assert len(parts) >= 100
    assert any(r.startswith("Humpty Dumpty sat on a wall") for r in parts)
    for opening in ("Jack and Jill", "Mary had a little lamb", "Twinkle, twinkle", "Hey diddle diddle"):
        assert any(r.startswith(opening) for r in parts), opening


def test_humpty_du_occurs_several_times_so_the_model_has_choices():
    assert load_corpus().count("Humpty Du") >= 5


def test_rhymes_are_separated_by_exactly_one_blank_line_and_lines_are_clean():
    text = load_corpus()
    assert "\n\n\n" not in text and not text.startswith("\n") and text.endswith("\n")
    for line in text.split("\n"):
        assert line == line.strip(), repr(line)  # no indentation, no trailing spaces
        assert "  " not in line, repr(line)
    # no stray numbering ("1.", "XII.") and no upper-case titles standing alone as a line
    assert not re.search(r"^\s*(\d+|[IVXL]+)\.\s*$", text, flags=re.M)
    titles = [ln for ln in text.split("\n") if len(ln) > 3 and ln.isupper()]
    assert titles == []


def test_a_vocabulary_encodes_and_decodes_by_sorted_position_and_names_unknown_characters():
    chars = Vocabulary(vocabulary("hello\n"))
    assert chars.itos == ("\n", "e", "h", "l", "o") and chars.stoi["h"] == 2 and len(chars) == 5
    assert chars.encode("hole").tolist() == [2, 4, 3, 1]
    assert chars.decode([2, 1, 3, 3, 4, 0]) == "hello\n"
    assert chars.unknown("help me") == ["p", " ", "m"]
    with pytest.raises(ValueError, match="'p', ' ', 'm'"):
        chars.encode("help me")
    with pytest.raises(ValueError, match="outside the vocabulary"):
        chars.decode([5])
    with pytest.raises(ValueError, match="twice"):
        Vocabulary(("a", "b", "a"))
