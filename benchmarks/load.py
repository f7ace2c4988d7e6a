"""Many visitors at once on one server process: slider → chart latency and memory (issue 18).

Run: ``.venv/bin/python -m benchmarks.load`` (``--visitors 8 50``, a few minutes). On demand,
loopback only, bounded: every wait has a deadline (``benchmarks.attack.DEADLINE``), every visitor
makes ``--moves`` moves, and the server is stopped at the end.

One ``streamlit run app.py`` with the repository's config, except ``server.disconnectedSessionTTL``
lowered to ``--ttl`` seconds (default 120) so that "after they leave" does not take two minutes.
Visitors are websocket clients speaking Streamlit's protocol (``benchmarks.attack.Visitor``), not
browsers: 50 Chromium pages would not fit this 2-core machine beside the server. Each opens the
playground and moves its temperature slider; a move's latency is from sending the new value to the
end of the rerun that carries the new chart. Meanwhile the heaviest allowed jobs run: two Monte
Carlo runs at the largest settings the cost limit allows (``app_pages.compare.jobs``).

Reported: p50/p95/max latency per visitor count, server RSS idle (first page served), peak with
the visitors, and after they have left and their sessions expired.
"""

from __future__ import annotations

import argparse
import threading
import time

from streamlit.proto.WidgetStates_pb2 import WidgetState

from app_pages.compare.jobs import MAX_CHARACTERS
from benchmarks.attack import DEADLINE, Peak, Visitor, server, wait_idle
from core.decoding import MAX_BEAM_WIDTH, MAX_LENGTH
from core.temperature import TEMPERATURES, format_temperature

HEAVY_N = MAX_CHARACTERS // MAX_LENGTH  # the largest N at the largest length


def move(tab: Visitor, index: int) -> float:
    """Set the playground's temperature slider to option ``index``; seconds until the rerun ends."""
    state = WidgetState(id=tab.widgets["playground_temperature"])
    state.string_array_value.data.append(format_temperature(TEMPERATURES[index]))  # the option's label
    run = tab.run("playground", states=[state])
    return run.seconds if run.finished and not run.exceptions else float("inf")


def heavy_job(srv, results: list[str]) -> None:
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
        states = [WidgetState(id=tab.widgets[k], string_value=v) for k, v in values.items()]
        states.append(WidgetState(id=tab.widgets["compare_run"], trigger_value=True))
        run = tab.run("compare", query, states)
        results.append(f"{run.seconds:.1f} s{' (exceptions!)' if run.exceptions else ''}")
    finally:
        tab.close()


def percentile(values: list[float], q: float) -> float:
    ordered = sorted(values)
    return ordered[min(len(ordered) - 1, int(q * len(ordered)))]


def crowd(srv, visitors: int, moves: int) -> str:
    """``visitors`` tabs move the slider ``moves`` times each while two heavy jobs run."""
    tabs = [Visitor(srv) for _ in range(visitors)]
    for tab in tabs:
        tab.run("playground")
    latencies: list[float] = []
    lock = threading.Lock()
    jobs: list[str] = []

    def visitor(i: int, tab: Visitor) -> None:
        for m in range(moves):
            seconds = move(tab, (i + m) % len(TEMPERATURES))
            with lock:
                latencies.append(seconds)
            time.sleep(0.3)  # a person moves a slider a few times a second at most

    heavy = [threading.Thread(target=heavy_job, args=(srv, jobs)) for _ in range(2)]
    with Peak(srv) as peak:
        for thread in heavy:
            thread.start()
        time.sleep(1.0)  # the jobs have started
        threads = [threading.Thread(target=visitor, args=(i, t)) for i, t in enumerate(tabs)]
        for thread in threads:
            thread.start()
        for thread in threads + heavy:
            thread.join(timeout=DEADLINE * 2)
        with_visitors = srv.rss_mib()
    for tab in tabs:
        tab.close()
    return (
        f"{visitors} visitors × {moves} moves, 2 Monte Carlo runs (N {HEAVY_N:,}, length {MAX_LENGTH}, "
        f"beam {MAX_BEAM_WIDTH}) at once [{', '.join(jobs)}]: slider → chart p50 "
        f"{percentile(latencies, 0.5):.2f} s, p95 {percentile(latencies, 0.95):.2f} s, "
        f"max {max(latencies):.2f} s; "
        f"RSS with them {with_visitors:.0f} MiB, peak {peak.peak:.0f} MiB"
    )


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--visitors", type=int, nargs="+", default=[8, 50])
    parser.add_argument("--moves", type=int, default=5)
    parser.add_argument("--ttl", type=int, default=10, help="server.disconnectedSessionTTL for the run (s)")
    args = parser.parse_args()
    if max(args.visitors) > 100 or args.moves > 20:
        parser.error("at most 100 visitors and 20 moves: this is a benchmark, not an attack")
    with server(f"--server.disconnectedSessionTTL={args.ttl}") as srv:
        first = Visitor(srv)
        first.run("playground")
        first.close()
        wait_idle(srv)
        print(f"idle, one playground served: {srv.rss_mib():.0f} MiB", flush=True)
        for page in ("generator", "compare"):  # the shared model built once, as on any server in use
            tab = Visitor(srv)
            tab.run(page)
            tab.close()
        time.sleep(args.ttl + 5)
        wait_idle(srv)
        idle = srv.rss_mib()
        print(f"idle, shared model built: {idle:.0f} MiB; session TTL lowered to {args.ttl} s", flush=True)
        for n in args.visitors:
            print(crowd(srv, n, args.moves), flush=True)
            time.sleep(args.ttl + 5)  # their sessions expire
            wait_idle(srv)
            after = srv.rss_mib()
            print(
                f"after the {n} left (+{args.ttl + 5} s): {after:.0f} MiB ({after - idle:+.0f} MiB)",
                flush=True,
            )


if __name__ == "__main__":
    main()
