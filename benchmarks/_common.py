"""Shared benchmark helpers: timing, machine facts, markdown tables."""

from __future__ import annotations

import os
import platform
import statistics
import sys
import time
from collections.abc import Callable, Sequence
from dataclasses import dataclass, field
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent


@dataclass
class Section:
    """One benchmark's result: a heading, a markdown table, and notes under it."""

    title: str
    table: str
    notes: list[str] = field(default_factory=list)
    goals_met: bool | None = None  # None: the benchmark has no pass/fail goal
    # The README's summary: one (measured, result, goal, met) row per headline figure.
    summary: list[tuple[str, str, str, str]] = field(default_factory=list)

    def markdown(self) -> str:
        goal = "" if self.goals_met is None else (" — goals met" if self.goals_met else " — goals NOT met")
        notes = "".join(f"\n{n}" for n in self.notes)
        return f"### {self.title}{goal}\n\n{self.table}\n{notes}\n"


def table(header: Sequence[str], rows: Sequence[Sequence[object]], align: str | None = None) -> str:
    """A markdown table; ``align`` is one character per column, 'l' or 'r' (default: first left)."""
    align = align or "l" + "r" * (len(header) - 1)
    lines = [
        "| " + " | ".join(header) + " |",
        "|" + "|".join("---" if a == "l" else "---:" for a in align) + "|",
    ]
    lines += ["| " + " | ".join(str(c) for c in row) + " |" for row in rows]
    return "\n".join(lines)


def autorange(fn: Callable[[], object], min_time: float = 0.02) -> int:
    """How many calls of ``fn`` take at least ``min_time`` seconds (1, 2, 5, 10, ...) — timeit's rule."""
    n = 1
    while True:
        for k in (1, 2, 5):
            start = time.perf_counter()
            for _ in range(n * k):
                fn()
            if time.perf_counter() - start >= min_time:
                return n * k
        n *= 10


def per_call(fn: Callable[[], object], number: int) -> float:
    """Seconds per call of ``fn``, averaged over ``number`` calls."""
    start = time.perf_counter()
    for _ in range(number):
        fn()
    return (time.perf_counter() - start) / number


def median(values: Sequence[float]) -> float:
    return statistics.median(values)


def ms(seconds: float) -> str:
    return f"{seconds * 1e3:.1f}"


def us(seconds: float) -> str:
    return f"{seconds * 1e6:.1f}" if seconds < 1e-3 else f"{seconds * 1e6:,.0f}"


def machine() -> str:
    """One line saying where the figures come from, so a reader can judge them."""
    load = os.getloadavg()[0] if hasattr(os, "getloadavg") else float("nan")
    import numpy
    import streamlit

    return (
        f"{platform.machine()}, {os.cpu_count()} cores, load {load:.2f} at start; Python "
        f"{sys.version.split()[0]}, NumPy {numpy.__version__}, Streamlit {streamlit.__version__}"
    )
