"""The training text: public-domain Mother Goose rhymes, one blank line between rhymes.

"Humpty Dumpty" appears several times (with its variants) so that the model has real choices
after "Humpty Du". The UI caches the result; this module only reads the file.
"""

from __future__ import annotations

from pathlib import Path

CORPUS_PATH = Path(__file__).resolve().parent / "corpus" / "nursery_rhymes.txt"


def load_corpus() -> str:
    """The rhymes as one string with ``\\n`` line ends (read relative to this module, not the cwd)."""
    return CORPUS_PATH.read_text(encoding="ascii").replace("\r\n", "\n")


def rhymes(text: str) -> list[str]:
    """The rhymes of a corpus text, split at blank lines."""
    return [r.strip("\n") for r in text.split("\n\n") if r.strip()]


HELDOUT_EVERY = 10  # every 10th rhyme (the 10th, 20th, …) is held out: about 10 %, whole rhymes


def split_corpus(text: str) -> tuple[str, str]:
    """(training text, held-out text): whole rhymes, every ``HELDOUT_EVERY``-th one held out.

    No model is trained on the held-out part; it is what cross-entropy is measured on, so every
    model in the app (n-gram or neural) is compared on the same unseen rhymes. Both parts keep one
    blank line between rhymes, as the corpus does.
    """
    parts = rhymes(text)
    held = [r for i, r in enumerate(parts) if i % HELDOUT_EVERY == HELDOUT_EVERY - 1]
    train = [r for i, r in enumerate(parts) if i % HELDOUT_EVERY != HELDOUT_EVERY - 1]
    return "\n\n".join(train) + "\n", "\n\n".join(held) + "\n"


def vocabulary(text: str) -> tuple[str, ...]:
    """The sorted characters of the whole corpus: every model shares it, so held-out text has ids."""
    return tuple(sorted(set(text)))
