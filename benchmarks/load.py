"""Many visitors at once on one server process: slider → chart latency and memory (issue 18).

Run: ``.venv/bin/python -m benchmarks.load`` (``--visitors 8 50``, several minutes). On demand,
loopback only, bounded: every wait has a deadline (``benchmarks.attack.DEADLINE``), every visitor
makes ``--moves`` moves, and each server is stopped at the end.

Three servers in one run, each one ``streamlit run`` with the repository's config except
``server.disconnectedSessionTTL`` lowered to ``--ttl`` seconds (so "after they leave" does not take
two minutes):

1. **app + jobs** (issue 18's goal): visitors move the playground's temperature slider while the
   heaviest allowed jobs run: two Monte Carlo runs at the largest settings the cost limit allows
   (``app_pages.compare.jobs``; the server runs at most two long jobs at once).
2. **app**: the same visitors, no jobs.
3. **bare page** (``benchmarks/baseline_app.py``: one slider, one chart): the same visitors moving
   its slider: what one Streamlit process gives for the least a page can do.

Visitors are websocket clients speaking Streamlit's protocol (``benchmarks.attack.Visitor``), not
browsers: 50 Chromium pages would not fit this 2-core machine beside the server. As a browser
does, each sends all the widget values it knows and, for the playground's slider (drawn in an
``@st.fragment``), a rerun of that fragment only. A move's latency is from sending the new value
to the arrival of the chart's new element (what a browser draws); each visitor waits for its
rerun to finish, then ``--pace`` seconds, before the next move.

Reported: p50/p95/max latency per visitor count, server RSS idle (for the app: after the shared
model is built), with the visitors (sampled every 50 ms: peak), and after they left and their
sessions expired. ``--write`` also puts the figures into the README's speed table.
"""

from __future__ import annotations

import argparse
import datetime as dt
import os
import random
import threading
import time
from dataclasses import dataclass, field

from streamlit.proto.WidgetStates_pb2 import WidgetState

from app_pages.compare.jobs import MAX_CHARACTERS
from benchmarks._common import Section, table
from benchmarks.attack import DEADLINE, Peak, Server, Visitor, server, wait_idle
from core.decoding import MAX_BEAM_WIDTH, MAX_LENGTH
from core.temperature import TEMPERATURES, format_temperature

HEAVY_N = MAX_CHARACTERS // MAX_LENGTH  # the largest N at the largest length
BASELINE_VALUES = (0.5, 1.0, 1.5, 2.0, 3.0)
GOAL_P95, GOAL_PEAK, GOAL_BACK = 1.0, 800.0, 50.0  # seconds, MiB, MiB (issue 18)


@dataclass(frozen=True)
class Page:
    """What the visitors open and move: a page, its slider's key, the chart it drives."""

    name: str
    script: str
    page: str
    slider: str
    chart: str

    def state(self, tab: Visitor, index: int) -> WidgetState:
        state = WidgetState(id=tab.widgets[self.slider])
        if self.script == "app.py":  # the temperature select_slider sends its option's label
            label = format_temperature(TEMPERATURES[index % len(TEMPERATURES)])
            state.string_array_value.data.append(label)
        else:
            state.double_array_value.data.append(BASELINE_VALUES[index % len(BASELINE_VALUES)])
        return state


PLAYGROUND = Page("app", "app.py", "playground", "playground_temperature", "playground_probs")
BARE = Page("bare page", "benchmarks/baseline_app.py", "", "baseline_temperature", "baseline_chart")


@dataclass
class Crowd:
    """One crowd's figures."""

    visitors: int
    latencies: list[float] = field(default_factory=list)
    fragment_runs: int = 0
    failed: int = 0
    jobs: list[str] = field(default_factory=list)
    with_visitors: float = 0.0
    peak: float = 0.0
    after: float = 0.0
    cpu: float = 0.0  # the server's CPU seconds while the crowd moved (jobs included)

    def p(self, q: float) -> float:
        ordered = sorted(self.latencies)
        return ordered[min(len(ordered) - 1, int(q * len(ordered)))] if ordered else float("nan")


def move(tab: Visitor, page: Page, index: int) -> tuple[float, bool]:
    """Move the slider to value ``index``; (seconds until the new chart arrived, a fragment rerun?)."""
    run = tab.set(page.page, page.state(tab, index), page.slider)
    if not run.finished or run.exceptions or page.chart not in run.arrived:
        return float("inf"), False
    return run.arrived[page.chart], bool(tab.fragments.get(page.slider))


def heavy_job(srv: Server, results: list[str]) -> None:
    """One Monte Carlo at the largest allowed settings, as a visitor clicking Run."""
    query = f"compare_n={HEAVY_N}&compare_length={MAX_LENGTH}&compare_beam={MAX_BEAM_WIDTH}"
    tab = Visitor(srv)
    try:
        tab.run("compare", query)
        values = {
            "compare_n": str(HEAVY_N),
            "compare_length": str(MAX_LENGTH),
            "compare_beam": str(MAX_BEAM_WIDTH),
        }
        for key, value in values.items():
            tab.states[tab.widgets[key]] = WidgetState(id=tab.widgets[key], string_value=value)
        run = tab.set(
            "compare", WidgetState(id=tab.widgets["compare_run"], trigger_value=True), "compare_run", query
        )
        results.append(f"{run.seconds:.1f} s{' (exceptions!)' if run.exceptions else ''}")
    finally:
        tab.close()


def crowd(
    srv: Server, page: Page, visitors: int, moves: int, pace: float, jobs: int, stagger: bool = False
) -> Crowd:
    """``visitors`` tabs move the slider ``moves`` times each while ``jobs`` heavy jobs run; all at once
    (a burst), or with ``stagger`` each from a random moment within the first ``pace`` seconds."""
    result = Crowd(visitors)
    tabs = [Visitor(srv) for _ in range(visitors)]
    for tab in tabs:
        tab.run(page.page)
    lock = threading.Lock()

    offsets = random.Random(visitors).uniform if stagger else (lambda a, b: 0.0)
    starts = [offsets(0.0, pace) for _ in tabs]

    def visitor(i: int, tab: Visitor) -> None:
        time.sleep(starts[i])
        for m in range(moves):
            seconds, fragment = move(tab, page, i + m + 1)
            with lock:
                result.latencies.append(seconds)
                result.fragment_runs += fragment
                result.failed += seconds == float("inf")
            time.sleep(pace)

    heavy = [threading.Thread(target=heavy_job, args=(srv, result.jobs)) for _ in range(jobs)]
    cpu0 = srv.cpu()
    with Peak(srv) as peak:
        for thread in heavy:
            thread.start()
        if heavy:
            time.sleep(1.0)  # the jobs have started
        threads = [threading.Thread(target=visitor, args=(i, t)) for i, t in enumerate(tabs)]
        for thread in threads:
            thread.start()
        for thread in threads + heavy:
            thread.join(timeout=DEADLINE * 2)
        result.with_visitors = srv.rss_mib()
    result.cpu = srv.cpu() - cpu0
    result.peak = peak.peak
    for tab in tabs:
        tab.close()
    return result


def describe(label: str, c: Crowd, idle: float, moves: int) -> str:
    jobs = f", jobs [{', '.join(c.jobs)}]" if c.jobs else ""
    return (
        f"{label}, {c.visitors} visitors × {moves} moves ({c.fragment_runs} fragment reruns, "
        f"{c.failed} failed){jobs}: slider → chart p50 {c.p(0.5):.2f} s, p95 {c.p(0.95):.2f} s, "
        f"max {max(c.latencies):.2f} s; server CPU {c.cpu:.1f} s"
        f" ({c.cpu / len(c.latencies) * 1e3:.0f} ms a move); "
        f"RSS idle {idle:.0f}, with them {c.with_visitors:.0f}, "
        f"peak {c.peak:.0f}, after {c.after:.0f} MiB ({c.after - idle:+.0f})"
    )


def scenario(page: Page, jobs: int, args) -> tuple[float, list[Crowd]]:
    """One server: idle memory, then each crowd and the memory after it left."""
    with server(f"--server.disconnectedSessionTTL={args.ttl}", script=page.script) as srv:
        first = Visitor(srv)
        first.run(page.page)
        first.close()
        if page.script == "app.py":
            for other in ("generator", "compare"):  # the shared model built once, as on any server in use
                tab = Visitor(srv)
                tab.run(other)
                tab.close()
        time.sleep(args.ttl + 5)
        wait_idle(srv)
        idle = srv.rss_mib()
        crowds = []
        for n in args.visitors:
            c = crowd(srv, page, n, args.moves, args.pace, jobs, args.stagger)
            time.sleep(args.ttl + 5)  # their sessions expire
            wait_idle(srv)
            c.after = srv.rss_mib()
            label = f"{page.name}{f' + {jobs} Monte Carlo jobs' if jobs else ''}"
            print(describe(label, c, idle, args.moves), flush=True)
            crowds.append(c)
        return idle, crowds


def summary_rows(results: dict[str, tuple[float, list[Crowd]]], args) -> list[tuple[str, str, str, str]]:
    """The README's two rows for this pace: latency (with the same crowd without jobs and on the bare
    page as context) and memory."""
    idle, crowds = results["app + jobs"]
    last = crowds[-1]
    others = [
        f"{name}: p95 {results[name][1][-1].p(0.95):.2f} s"
        for name in ("app", "bare page")
        if name in results
    ]
    figures = [f"{c.visitors} visitors: p50 {c.p(0.5):.2f}, p95 {c.p(0.95):.2f}, max {max(c.latencies):.2f} s"
               for c in crowds]  # fmt: skip
    if others:
        figures.append(f"the same {last.visitors} without jobs, {'; '.join(others)}")
    latency = (
        f"Load ({_pace(args)}): slider → chart while 2 largest Monte Carlo runs go",
        "; ".join(figures),
        f"{last.visitors} visitors p95 < {GOAL_P95:g} s",
        "yes" if last.p(0.95) < GOAL_P95 else "**no**",
    )
    peak = max(c.peak for c in crowds)
    back = last.after - idle
    bare = f"; bare page idle {results['bare page'][0]:.0f} MiB" if "bare page" in results else ""
    memory = (
        f"Server memory, same run ({_pace(args)})",
        f"idle {idle:.0f} MiB, peak {', '.join(f'{c.peak:.0f}' for c in crowds)} MiB "
        f"({'/'.join(str(c.visitors) for c in crowds)} visitors), after they left {back:+.0f} MiB{bare}",
        f"peak < {GOAL_PEAK:.0f} MiB, back within {GOAL_BACK:.0f} MiB",
        "yes" if peak < GOAL_PEAK and abs(back) <= GOAL_BACK else "**no**",
    )
    return [latency, memory]


def _pace(args) -> str:
    return f"a move every {args.pace:g} s{', staggered' if args.stagger else ', all at once'}"


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--visitors", type=int, nargs="+", default=[8, 50])
    parser.add_argument("--moves", type=int, default=5)
    parser.add_argument("--pace", type=float, default=0.3, help="seconds between a visitor's moves")
    parser.add_argument(
        "--stagger", action="store_true", help="visitors start at random moments within a pace"
    )
    parser.add_argument("--ttl", type=int, default=10, help="server.disconnectedSessionTTL for the run (s)")
    parser.add_argument("--only", nargs="+", choices=["app + jobs", "app", "bare page"])
    parser.add_argument("--write", action="store_true", help="put the figures into the README's table")
    args = parser.parse_args()
    if max(args.visitors) > 100 or args.moves > 20 or args.pace < 0.05:
        parser.error("at most 100 visitors, 20 moves, 0.05 s pace: this is a benchmark, not an attack")
    load = os.getloadavg()
    head = f"{dt.datetime.now(dt.UTC):%Y-%m-%d %H:%M} UTC, load average {load[0]:.2f} at the start"
    print(head, flush=True)
    results = {}
    for name, page, jobs in (("app + jobs", PLAYGROUND, 2), ("app", PLAYGROUND, 0), ("bare page", BARE, 0)):
        if not args.only or name in args.only:
            results[name] = scenario(page, jobs, args)
    head += f", {os.getloadavg()[0]:.2f} at the end (2 cores)"
    print(head, flush=True)
    if args.write and "app + jobs" in results:
        from benchmarks.run_all import write_results, write_summary_rows

        write_summary_rows(f"load, pace {args.pace}", f"Load run {head}", summary_rows(results, args))
        write_results(f"Load run {head}.", [section(results, args)])


def section(results: dict[str, tuple[float, list[Crowd]]], args) -> Section:
    """RESULTS.md's table: every crowd of every scenario."""
    rows = []
    for name, (idle, crowds) in results.items():
        for c in crowds:
            rows.append((
                name, c.visitors, f"{c.p(0.5):.2f}", f"{c.p(0.95):.2f}", f"{max(c.latencies):.2f}",
                f"{c.fragment_runs}/{len(c.latencies)}", f"{idle:.0f}", f"{c.peak:.0f}",
                f"{c.after:.0f} ({c.after - idle:+.0f})", ", ".join(c.jobs),
            ))  # fmt: skip
    header = ["server", "visitors", "p50 (s)", "p95 (s)", "max (s)", "fragment reruns", "RSS idle (MiB)",
              "peak", "after they left", "Monte Carlo runs (wall)"]  # fmt: skip
    notes = [
        f"`benchmarks/load.py --visitors {' '.join(map(str, args.visitors))}`: each visitor makes "
        f"{args.moves} moves, {args.pace} s apart"
        f"{', from a random start within the first pace' if args.stagger else ', all starting together'}; "
        f"latency: value sent → the chart's new element; "
        f'session TTL {args.ttl} s, "after" {args.ttl + 5} s after they left. Goal (issue 18), app + jobs: '
        f"50 visitors p95 < {GOAL_P95:g} s, peak < {GOAL_PEAK:.0f} MiB, back within {GOAL_BACK:.0f} MiB."
    ]
    return Section(
        f"Load: visitors on one server process, {_pace(args)} (load.py)",
        table(header, rows, "lrrrrrrrrl"),
        notes,
    )


if __name__ == "__main__":
    main()
