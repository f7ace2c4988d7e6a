"""The playground's starting tables, each one a number from the article.

Labels are catalog keys when they are words (so "leaf" reads 叶子 in Chinese) and plain
symbols otherwise; logits are kept as the strings the table shows, so a preset looks exactly
like something the user could have typed.
"""

from __future__ import annotations

from dataclasses import dataclass

from core.i18n import t


@dataclass(frozen=True)
class Preset:
    """A named table: token labels (catalog keys "playground.tok.*" or literal symbols), logits as text."""

    key: str
    labels: tuple[str, ...]
    logits: tuple[str, ...]

    def labels_in(self, lang: str) -> list[str]:
        """The labels as the user sees them in ``lang``: catalog keys translated, symbols as they are."""
        return [t(label, lang) if label.startswith(_KEY_PREFIX) else label for label in self.labels]


_KEY_PREFIX = "playground.tok."


# "Humpty Du…": the article gives probabilities u 50 %, m 45 %, others 5 %. Logits ln p make
# softmax at T = 1 give back exactly those (softmax(ln p) = p because Σp = 1).
PRESETS: dict[str, Preset] = {
    p.key: p
    for p in (
        Preset("article", ("A", "B", "C"), ("2", "1", "0.1")),
        Preset("leaf", ("playground.tok.leaf", "playground.tok.flower"), ("5", "1")),
        Preset("rest_clear", ("playground.tok.rest_a", "playground.tok.rest_b"), ("5", "1")),
        Preset("rest_close", ("playground.tok.rest_a", "playground.tok.rest_b"), ("4.9", "4.7")),
        Preset("humpty", ("u", "m", "playground.tok.other"), ("-0.6931", "-0.7985", "-2.9957")),
        Preset("huge", ("A", "B", "C"), ("1000", "999", "998")),
    )
}
DEFAULT_PRESET = "article"
CUSTOM = "custom"  # the table no longer matches a preset
