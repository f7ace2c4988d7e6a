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
