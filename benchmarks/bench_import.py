"""Benchmark: cold start — import time of ``core`` and of each page's modules, and work done once.

Run: ``.venv/bin/python -m benchmarks.bench_import``. Each figure comes from a fresh interpreter
run with ``python -X importtime``: Streamlit, NumPy, pandas and Plotly are imported first (every
page pays for them, and the server has them loaded before any session), then a marker, then the
modules under test; the table sums the cumulative time of what is imported after the marker.
A page is a script, not a module, so "its modules" are the project modules it imports (found
by reading the page's ``import`` lines) plus the page compiled once.

The second table proves that the expensive, user-independent work (reading the corpus,
building the character model) happens once per process, not once per session or rerun: it
counts calls across two AppTest sessions with several reruns each, in one process.
"""

from __future__ import annotations

import argparse
import ast
import json
import subprocess
import sys

from benchmarks._common import ROOT, Section, median, ms, table
from core.pages import PAGES as SPECS

PAGES = tuple(spec.name for spec in SPECS)
THIRD_PARTY = "import streamlit, numpy, pandas, plotly.graph_objects"
MARK = "@@bench-import-mark@@"
REPEATS = 5  # fresh interpreters per figure; the median is reported


def page_imports(page: str) -> list[str]:
    """The project modules (``core.*``, ``ui.*``, the page's own helpers) a page script imports, in order."""
    tree = ast.parse((ROOT / "app_pages" / page / "page.py").read_text(encoding="utf-8"))
    names: list[str] = []
    for node in ast.walk(tree):
        if isinstance(node, ast.Import):
            names += [a.name for a in node.names]
        elif isinstance(node, ast.ImportFrom) and node.module and node.level == 0:
            names.append(node.module)
    return [n for n in dict.fromkeys(names) if n.split(".")[0] in ("core", "ui", "app_pages")]


def core_modules() -> list[str]:
    """Every module of the ``core`` package (the pure library) that importing it can load."""
    mods = []
    for path in sorted((ROOT / "core").rglob("*.py")):
        parts = path.relative_to(ROOT).with_suffix("").parts
        mods.append(".".join(parts[:-1] if parts[-1] == "__init__" else parts))
    return mods


# ------------------------------------------------------------------ the first sample
_FIRST_SAMPLE = r"""
import time
import numpy as np
from core.charmodel import ModelSettings, build_model
from core.corpus import load_corpus
from core.decoding import sample
from core.filters import FilterSettings
model = build_model(load_corpus(), ModelSettings())
start = time.perf_counter()
filters = FilterSettings(0.7, top_k=10, top_p=0.9, min_p=0.1)  # the compare page's defaults
sample(model, "Humpty Dumpty", 5, 100, filters, 0)
print(time.perf_counter() - start)
"""


def first_sample_seconds() -> float:
    """Seconds of a fresh process's first ``sample()``: the model built, then the 5 × 100 characters
    (each state they enter filtered once, ``core.sampling.VisitedStates``)."""
    result = subprocess.run([sys.executable, "-c", _FIRST_SAMPLE], cwd=ROOT,
                            capture_output=True, text=True, check=True)  # fmt: skip
    return float(result.stdout.strip().splitlines()[-1])


def import_seconds(modules: list[str], preload: str = THIRD_PARTY) -> float:
    """Seconds spent importing ``modules`` in a fresh interpreter after ``preload`` (importtime sum)."""
    code = f"{preload}\nimport sys\nprint({MARK!r}, file=sys.stderr, flush=True)\n" + "".join(
        f"import {m}\n" for m in modules
    )
    out = subprocess.run(
        [sys.executable, "-X", "importtime", "-c", code],
        cwd=ROOT, capture_output=True, text=True, check=True,
    ).stderr  # fmt: skip
    after = out.split(MARK, 1)[1].splitlines()
    total_us = 0
    for line in after:
        if not line.startswith("import time:") or "|" not in line:
            continue
        _, cumulative, name = line.split("|", 2)
        if not name[1:].startswith(" ") and cumulative.strip().isdigit():  # top level only
            total_us += int(cumulative)
    return total_us / 1e6


def median_import(modules: list[str], preload: str = THIRD_PARTY) -> float:
    return median([import_seconds(modules, preload) for _ in range(REPEATS)])


# ------------------------------------------------------------------ once per process
_COUNT_SCRIPT = r"""
import json, sys
from streamlit.logger import set_log_level
set_log_level("error")
import core.charmodel, core.corpus
counts = {"load_corpus": 0, "build_model": 0}
originals = {"load_corpus": core.corpus.load_corpus, "build_model": core.charmodel.build_model}
def counting(name):
    def wrapper(*args, **kwargs):
        counts[name] += 1
        return originals[name](*args, **kwargs)
    return wrapper
wrappers = {name: counting(name) for name in counts}
# Patch the function everywhere it was imported by name (``from core.charmodel import build_model``).
import importlib, pkgutil, ui
for info in pkgutil.iter_modules(ui.__path__):
    try:
        importlib.import_module(f"ui.{info.name}")
    except Exception:
        pass
for module in list(sys.modules.values()):
    for name, original in originals.items():
        if getattr(module, name, None) is original:
            setattr(module, name, wrappers[name])
from streamlit.testing.v1 import AppTest
pages = json.loads(sys.argv[1])
sessions = []
for session in range(2):
    for page in pages:
        at = AppTest.from_file("app.py", default_timeout=60)
        at.query_params["lang"] = ("en", "zh")[session]
        at.run()
        at.switch_page(f"app_pages/{page}/page.py").run()
        for _ in range(3):
            at.run()
        if at.exception:
            raise SystemExit(f"{page}: {at.exception[0].message}")
    sessions.append(dict(counts))
print(json.dumps(sessions))
"""


def model_pages() -> list[str]:
    """Pages whose code (or helpers) build the character model."""
    found = []
    for page in PAGES:
        text = "".join(
            f.read_text(encoding="utf-8") for f in sorted((ROOT / "app_pages" / page).glob("*.py"))
        )
        helpers = [ROOT / (m.replace(".", "/") + ".py") for m in page_imports(page)]
        text += "".join(h.read_text(encoding="utf-8") for h in helpers if h.exists())
        if "model_settings" in text or "get_model" in text or "build_model" in text:
            found.append(page)
    return found


def once_per_process() -> tuple[list[str], list[dict[str, int]] | str]:
    pages = model_pages()
    if not pages:
        return pages, "no page builds the model yet"
    result = subprocess.run(
        [sys.executable, "-c", _COUNT_SCRIPT, json.dumps(pages)],
        cwd=ROOT, capture_output=True, text=True,
    )  # fmt: skip
    if result.returncode != 0:
        return pages, f"error: {(result.stderr or result.stdout).strip().splitlines()[-1][:200]}"
    return pages, json.loads(result.stdout.strip().splitlines()[-1])


def run(quick: bool = False) -> Section:
    """Import times (median of fresh interpreters) and the once-per-process call counts."""
    global REPEATS
    REPEATS = 3 if quick else 5
    third_party = THIRD_PARTY.removeprefix("import ").split(", ")
    core_ms = ms(median_import(core_modules()))
    rows = [
        ("Streamlit + NumPy + pandas + Plotly (every page)", ms(median_import(third_party, "")), ""),
        ("core (all modules)", core_ms, ", ".join(core_modules())),
    ]
    for page in PAGES:
        mods = page_imports(page)
        rows.append(
            (f"app_pages/{page}/page.py", ms(median_import(mods)) if mods else "0.0", ", ".join(mods))
        )
    first_ms = ms(median([first_sample_seconds() for _ in range(REPEATS)]))
    pages, counts = once_per_process()
    if isinstance(counts, str):
        once = f"Corpus/model build counts: {counts}."
        ok = None
    else:
        first, second = counts
        ok = second == first and first["load_corpus"] <= 1 and first["build_model"] <= 1
        once = (
            f"Once per process: opening {', '.join(pages)} in one session (4 runs each) called "
            f"`load_corpus` {first['load_corpus']}× and `build_model` {first['build_model']}×; "
            f"a second session (other language) added {second['load_corpus'] - first['load_corpus']} "
            f"and {second['build_model'] - first['build_model']} calls"
            + (" — cached once per process." if ok else " — **recomputed**.")
        )
    return Section(
        "Cold start: import time",
        table(["imported", "median (ms)", "modules"], rows, "lrl"),
        [
            f"Median of {REPEATS} fresh interpreters (`python -X importtime`), third-party "
            "packages preloaded except in the first row.",
            "",
            f"First `sample()` in a process (5 × 100 characters with the compare page's filters, "
            f"every state of the model filtered once): {first_ms} ms (median of {REPEATS}).",
            "",
            once,
        ],
        goals_met=ok,
        summary=[
            ("Import of all of `core`", f"{core_ms} ms", "", ""),
            ("First sample in a process", f"{first_ms} ms", "", ""),
            (
                "Corpus read and model built once per process (counted over two sessions)",
                "once" if ok else ("recomputed" if ok is False else "not measured"),
                "once per process",
                {True: "yes", False: "**no**", None: ""}[ok],
            ),
        ],
    )


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--quick", action="store_true", help="fewer interpreters")
    print(run(parser.parse_args().quick).markdown())


if __name__ == "__main__":
    main()
