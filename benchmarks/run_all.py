"""Run every benchmark and write the figures into ``benchmarks/RESULTS.md``.

Run from the repository root (best on a quiet machine — check ``uptime``)::

    .venv/bin/python -m benchmarks.run_all            # full: about 10 minutes on 2 cores
    .venv/bin/python -m benchmarks.run_all --quick    # fewer repeats, for a smoke run
    .venv/bin/python -m benchmarks.run_all --only softmax apptest

The tables go between ``<!-- bench:start -->`` and ``<!-- bench:end -->`` in RESULTS.md, and a
summary table (one row per headline figure) between ``<!-- bench-summary:start -->`` and
``<!-- bench-summary:end -->`` in the README, replacing the previous figures, so a regression
shows in the diff. ``benchmarks/summary.json`` keeps each benchmark's rows, so a partial run
(``--only``) updates only its own rows.
``benchmarks/bench_sampling.py`` (the generator's batched sampling) runs as its own process,
one thread, as it was written to; its table is copied in as printed.
"""

from __future__ import annotations

import argparse
import datetime as dt
import json
import os
import re
import subprocess
import sys
import time
import traceback

from benchmarks._common import ROOT, Section, machine

RESULTS = ROOT / "benchmarks" / "RESULTS.md"
README = ROOT / "README.md"
SUMMARY = ROOT / "benchmarks" / "summary.json"
START, END = "<!-- bench:start -->", "<!-- bench:end -->"
SUMMARY_START, SUMMARY_END = "<!-- bench-summary:start -->", "<!-- bench-summary:end -->"
HEADER = """# Benchmark results

Written by `.venv/bin/python -m benchmarks.run_all` (see `benchmarks/`); the test suite checks
correctness, these figures check speed. Goals are from issue 7: page interactions within 2× a
one-slider-one-chart baseline and under 50 ms median (server side), long jobs under 2 s, core
softmax no slower than SciPy at every size, expensive work done once per process.

"""


def _softmax(quick: bool) -> Section:
    from benchmarks import bench_softmax

    return bench_softmax.run(quick)


def _apptest(quick: bool) -> Section:
    from benchmarks import bench_apptest

    return bench_apptest.run(quick)


def _browser(quick: bool) -> Section:
    from benchmarks import bench_browser

    return bench_browser.run(quick)


def _imports(quick: bool) -> Section:
    from benchmarks import bench_import

    return bench_import.run(quick)


def _sampling(quick: bool) -> Section:
    """The compare page's sampling benchmark, run as written (its own process, one thread)."""
    args = ["--n", "2000", "--loop-samples", "20"] if quick else []
    out = subprocess.run(
        [sys.executable, "-m", "benchmarks.bench_sampling", *args],
        cwd=ROOT, capture_output=True, text=True, timeout=1800,
    )  # fmt: skip
    if out.returncode != 0:
        tail = (out.stderr or out.stdout).strip().splitlines()[-1:] or ["no output"]
        failed = f"failed: `{tail[0][:200]}`"
        return Section("Batched sampling (bench_sampling.py)", failed, goals_met=False,
                       summary=[("Batched sampling (bench_sampling.py)", failed, "", "**no**")])  # fmt: skip
    text = out.stdout.strip()
    met = None if "goals" not in text else ("NOT met" not in text)
    summary = []
    first = re.search(r"^\| T = 1 \| ([\d.]+) s \(([\d.]+) s\) \|.*\| (\d+)× \|$", text, re.MULTILINE)
    if first:
        cpu, wall, speedup = first.groups()
        summary.append((
            "Compare page's Monte Carlo kernel: 10,000 continuations × 100 characters, T = 1, one thread",
            f"{cpu} s CPU ({wall} s wall), {speedup}× the per-sample Python loop",
            "≥ 50× the loop (a walk from nothing: no cache kept between calls)",
            "yes" if met else "**no**",
        ))  # fmt: skip
    return Section("Batched sampling (bench_sampling.py)", text, goals_met=met, summary=summary)


BENCHMARKS = {
    "softmax": _softmax,
    "apptest": _apptest,
    "browser": _browser,
    "import": _imports,
    "sampling": _sampling,
}


def write_results(head: str, sections: list[Section]) -> None:
    """Replace the block between the markers (or create the file with it).

    A partial run (``--only``) replaces only its own sections and keeps the others' figures,
    each under its own heading with the run line it came from.
    """
    text = RESULTS.read_text(encoding="utf-8") if RESULTS.exists() else HEADER + f"{START}\n{END}\n"
    if START not in text or END not in text:
        text += f"\n{START}\n{END}\n"
    before, rest = text.split(START, 1)
    old_block, after = rest.split(END, 1)
    kept: dict[str, str] = {}
    for chunk in re.split(r"^#{2,3} ", old_block, flags=re.MULTILINE)[1:]:
        title, body = chunk.split("\n", 1)
        kept[title.split(" — ")[0].strip()] = f"## {title}\n{body}".strip()
    for section in sections:
        kept[section.title] = (
            f"## {section.title}\n\n_{head}_\n\n" + section.markdown().split("\n", 1)[1].strip()
        )
        if section.goals_met is not None:
            verdict = "goals met" if section.goals_met else "goals NOT met"
            kept[section.title] = kept[section.title].replace(
                f"## {section.title}\n", f"## {section.title} — {verdict}\n", 1
            )
    block = "\n\n".join(kept[title] for title in kept)
    RESULTS.write_text(f"{before}{START}\n{block}\n{END}{after}", encoding="utf-8")


def write_summary(head: str, sections: dict[str, Section]) -> None:
    """Update the README's summary table: this run's rows replace those of the same benchmarks
    (``sections`` by benchmark name), so a failed benchmark shows as failed, not as its old figures."""
    for name, section in sections.items():
        write_summary_rows(name, head, section.summary)


def write_summary_rows(name: str, head: str, summary: list[tuple[str, str, str, str]]) -> None:
    """Replace one benchmark's rows (``name``: a benchmark here, or ``load`` / ``attack``) in the
    README's table; the other benchmarks' rows stay, each with the run it came from."""
    saved = json.loads(SUMMARY.read_text(encoding="utf-8")) if SUMMARY.exists() else {}
    saved[name] = {"run": head, "rows": [list(row) for row in summary]}
    SUMMARY.write_text(json.dumps(saved, ensure_ascii=False, indent=1) + "\n", encoding="utf-8")
    rows = [row for entry in saved.values() for row in entry["rows"]]
    runs = sorted({entry["run"].split(" on ")[0] for entry in saved.values()})
    block = "\n".join(
        [
            "| measured | result | goal | met |",
            "|---|---|---|---|",
            *("| " + " | ".join(row) + " |" for row in rows),
            "",
            f"_{'; '.join(runs)}. Machine, load and every figure: "
            "[benchmarks/RESULTS.md](benchmarks/RESULTS.md)._",
        ]
    )
    text = README.read_text(encoding="utf-8")
    if SUMMARY_START not in text or SUMMARY_END not in text:
        raise SystemExit(f"README.md has no {SUMMARY_START} … {SUMMARY_END} block to fill")
    before, rest = text.split(SUMMARY_START, 1)
    after = rest.split(SUMMARY_END, 1)[1]
    README.write_text(f"{before}{SUMMARY_START}\n{block}\n{SUMMARY_END}{after}", encoding="utf-8")


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--quick", action="store_true", help="fewer repeats (a smoke run)")
    parser.add_argument("--only", nargs="+", choices=sorted(BENCHMARKS), help="run only these")
    parser.add_argument("--no-write", action="store_true", help="print, do not update RESULTS.md")
    args = parser.parse_args()

    started = time.perf_counter()
    head = (
        f"Run {dt.datetime.now(dt.UTC):%Y-%m-%d %H:%M} UTC{' (quick)' if args.quick else ''} on "
        f"{machine()}; OPENBLAS_CORETYPE={os.environ.get('OPENBLAS_CORETYPE', 'unset')}."
    )
    sections: dict[str, Section] = {}
    for name in args.only or BENCHMARKS:
        print(f"… {name}", file=sys.stderr, flush=True)
        try:
            section = BENCHMARKS[name](args.quick)
        except Exception as error:
            failed = f"failed: {type(error).__name__}: {error}"[:200]
            section = Section(name, f"```\n{traceback.format_exc(limit=3)}\n```", goals_met=False,
                              summary=[(f"`{name}` benchmark", failed, "", "**no**")])  # fmt: skip
        print(section.markdown(), flush=True)
        sections[name] = section
    elapsed = time.perf_counter() - started
    head += f" Took {elapsed:.0f} s; load {os.getloadavg()[0]:.2f} at the end."
    if not args.no_write:
        write_results(head, list(sections.values()))
        write_summary(head, sections)
        print(f"wrote {RESULTS.relative_to(ROOT)} and the README's summary", file=sys.stderr)


if __name__ == "__main__":
    main()
