"""WCAG 2 contrast, for the tests that check a colour reads against a background (unit and browser)."""

from __future__ import annotations

from collections.abc import Sequence


def hex_rgb(colour: str) -> tuple[int, int, int]:
    """``#RRGGBB`` as three 0–255 channels."""
    return int(colour[1:3], 16), int(colour[3:5], 16), int(colour[5:7], 16)


def luminance(rgb: Sequence[float]) -> float:
    """WCAG relative luminance of 0–255 channels (a fourth, alpha, is ignored)."""
    lin = [c / 255 / 12.92 if c / 255 <= 0.03928 else ((c / 255 + 0.055) / 1.055) ** 2.4 for c in rgb[:3]]
    return 0.2126 * lin[0] + 0.7152 * lin[1] + 0.0722 * lin[2]


def contrast(a: Sequence[float], b: Sequence[float]) -> float:
    """WCAG contrast ratio of two colours (1 to 21); 3 for lines and large marks, 4.5 for text."""
    low, high = sorted((luminance(a), luminance(b)))
    return (high + 0.05) / (low + 0.05)
