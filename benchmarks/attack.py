"""Attack the app as a stranger would, on loopback only, and measure what it costs the server.

Run: ``.venv/bin/python -m benchmarks.attack`` (about a minute; ``--skip-guard-only`` for less).
Not a test: on demand, bounded in count and time (every wait has a deadline), never leaves a
process running. Each scenario starts ``streamlit run app.py`` on a free 127.0.0.1 port with the
repository's ``.streamlit/config.toml`` and talks to it as the browser does: a websocket speaking
Streamlit's protobuf protocol (``BackMsg`` → ``rerun_script`` with widget states; ``ForwardMsg``
back), and plain HTTP for uploads.

Measured from ``/proc/<pid>``: the server's CPU seconds (user + system, all threads) and its
resident memory, sampled every 50 ms (peak). "Recover" is the time from the attack until another
visitor's page run completes; "idle after" is until the server's CPU use drops below 10 %.

Scenarios:
1. sizes: the largest inbound message a real visitor sends (the playground table at its row
   limit, every label at its length limit in 4-byte characters) and the largest outbound message
   of each page at its defaults and largest settings — the basis of the message limits.
2. table: one message adding 200,000 rows to the playground's editor (7 MB), then one just under
   the inbound limit; and (``guard only``) the 7 MB one against a server whose inbound limit is
   raised to 50 MB, so the row cap alone must hold.
3. uploads: 50 PUTs of 1 MB to ``/_stcore/upload_file/<session>/<file>`` with a valid XSRF token.
4. links: ``?generator_seed=inf`` and the other values that broke pages; a page must not end in
   an exception.
5. clear cache: a ``clear_cache`` message, then another visitor's run of the generator.
"""

from __future__ import annotations

import argparse
import json
import os
import re
import subprocess
import sys
import threading
import time
import urllib.error
import urllib.request
import uuid
from contextlib import contextmanager
from dataclasses import dataclass, field

from streamlit.proto.Alert_pb2 import Alert
from streamlit.proto.BackMsg_pb2 import BackMsg
from streamlit.proto.ForwardMsg_pb2 import ForwardMsg
from streamlit.proto.WidgetStates_pb2 import WidgetState
from websockets.sync.client import connect

from app_pages.compare.jobs import MAX_CHARACTERS
from benchmarks._common import ROOT
from core.decoding import MAX_BEAM_WIDTH, MAX_LENGTH
from core.temperature import TEMPERATURES, format_temperature
from tests.e2e.conftest import free_port

DEADLINE = 120.0  # seconds: the longest any one step may take before the script gives up
TICK = os.sysconf("SC_CLK_TCK")
PAGE = 4096


# ---------------------------------------------------------------------------- the server
class Server:
    """``streamlit run <script>`` (the app by default) on a free loopback port; CPU and memory from /proc."""

    def __init__(self, *options: str, script: str = "app.py") -> None:
        self.port = free_port()
        self.proc = subprocess.Popen(
            [sys.executable, "-m", "streamlit", "run", script, "--server.address=127.0.0.1",
             f"--server.port={self.port}", "--server.headless=true", *options],
            cwd=ROOT, stdout=subprocess.DEVNULL, stderr=subprocess.PIPE, text=True,
        )  # fmt: skip
        self._err: list[str] = []
        threading.Thread(target=lambda: self._err.extend(self.proc.stderr), daemon=True).start()
        deadline = time.monotonic() + DEADLINE
        while time.monotonic() < deadline:
            try:
                if urllib.request.urlopen(self.url("/_stcore/health"), timeout=2).read() == b"ok":
                    return
            except OSError:
                time.sleep(0.2)
        self.stop()
        raise RuntimeError("server did not start")

    def url(self, path: str) -> str:
        return f"http://127.0.0.1:{self.port}{path}"

    def cpu(self) -> float:
        fields = open(f"/proc/{self.proc.pid}/stat").read().rsplit(")", 1)[1].split()
        return (int(fields[11]) + int(fields[12])) / TICK  # utime + stime

    def rss_mib(self) -> float:
        return int(open(f"/proc/{self.proc.pid}/statm").read().split()[1]) * PAGE / 2**20

    def log_lines(self, pattern: str) -> list[str]:
        return [line.strip() for line in self._err if re.search(pattern, line)]

    def stop(self) -> None:
        self.proc.terminate()
        try:
            self.proc.wait(timeout=20)
        except subprocess.TimeoutExpired:
            self.proc.kill()
            self.proc.wait()


@contextmanager
def server(*options: str, script: str = "app.py"):
    s = Server(*options, script=script)
    try:
        yield s
    finally:
        s.stop()


class Peak:
    """The server's resident memory sampled every 50 ms while the block runs."""

    def __init__(self, srv: Server) -> None:
        self.srv, self.peak, self._stop = srv, srv.rss_mib(), threading.Event()

    def __enter__(self) -> Peak:
        def sample() -> None:
            while not self._stop.wait(0.05):
                self.peak = max(self.peak, self.srv.rss_mib())

        self._thread = threading.Thread(target=sample, daemon=True)
        self._thread.start()
        return self

    def __exit__(self, *exc: object) -> None:
        self._stop.set()
        self._thread.join()


def wait_idle(srv: Server, limit: float = DEADLINE) -> float:
    """Seconds until the server uses under 10 % of a core over a 0.5 s window (capped at ``limit``)."""
    start = time.monotonic()
    while time.monotonic() - start < limit:
        before = srv.cpu()
        time.sleep(0.5)
        if srv.cpu() - before < 0.05:
            return time.monotonic() - start
    return limit


# ---------------------------------------------------------------------------- a visitor
@dataclass
class Run:
    """What one script run sent back."""

    finished: bool = False
    exceptions: list[str] = field(default_factory=list)
    warnings: list[str] = field(default_factory=list)
    largest: int = 0  # bytes of the largest ForwardMsg
    total: int = 0
    seconds: float = 0.0
    closed: str = ""  # why the server closed the socket, if it did
    arrived: dict[str, float] = field(default_factory=dict)  # user key -> seconds until its element came


class Visitor:
    """One browser tab, as a websocket client speaking Streamlit's protocol.

    Like the browser, it remembers every widget value it has set and sends them all with each
    rerun, and a change to a widget that lives in an ``@st.fragment`` asks for a rerun of that
    fragment only (``rerun_script.fragment_id``, read from the delta that carried the widget);
    a widget outside any fragment reruns the whole page (``set``).
    """

    def __init__(self, srv: Server) -> None:
        self._connection = connect(
            f"ws://127.0.0.1:{srv.port}/_stcore/stream", subprotocols=["streamlit"], max_size=None
        )
        self.ws = self._connection.__enter__()
        self.session_id = ""
        self.widgets: dict[str, str] = {}  # user key -> widget id
        self.fragments: dict[str, str] = {}  # user key -> id of the fragment that draws it ("" if none)
        self.states: dict[str, WidgetState] = {}  # widget id -> the last value this tab set

    def close(self) -> None:
        self._connection.__exit__(None, None, None)

    def send(self, msg: BackMsg) -> None:
        self.ws.send(msg.SerializeToString())

    def run(
        self, page: str, query: str = "", states: list[WidgetState] | None = None, fragment_id: str = ""
    ) -> Run:
        start = time.monotonic()
        try:
            self.send(rerun(page, query, states, fragment_id))
        except Exception as error:  # noqa: BLE001 - a refused message is a result
            return Run(closed=str(error))
        return self.collect(start)

    def set(self, page: str, state: WidgetState, key: str, query: str = "") -> Run:
        """Change one widget (``key``) as a browser does: every known value, its fragment's rerun."""
        self.states[state.id] = state
        return self.run(page, query, list(self.states.values()), self.fragments.get(key, ""))

    def collect(self, start: float) -> Run:
        run = Run()
        deadline = start + DEADLINE
        while time.monotonic() < deadline:
            try:
                data = self.ws.recv(timeout=max(0.1, deadline - time.monotonic()))
            except TimeoutError:
                break
            except Exception as error:  # noqa: BLE001 - the server closed the socket
                run.closed = str(error)
                break
            fwd = ForwardMsg()
            fwd.ParseFromString(data)
            run.largest, run.total = max(run.largest, len(data)), run.total + len(data)
            kind = fwd.WhichOneof("type")
            if kind == "new_session":
                self.session_id = fwd.new_session.initialize.session_id
            elif kind == "delta" and fwd.delta.WhichOneof("type") == "new_element":
                key = self._read_element(fwd.delta.new_element, run, fwd.delta.fragment_id)
                if key:
                    run.arrived.setdefault(key, time.monotonic() - start)
            elif kind == "script_finished":
                run.finished = True
                break
        run.seconds = time.monotonic() - start
        return run

    def _read_element(self, element, run: Run, fragment_id: str) -> str:
        """Note exceptions, notices and keyed elements (widgets, charts); return the element's key."""
        kind = element.WhichOneof("type")
        body = getattr(element, kind)
        if kind == "exception":
            run.exceptions.append(f"{body.type}: {body.message}"[:120])
        elif kind == "alert" and body.format in (Alert.ERROR, Alert.WARNING):  # not the calm callouts
            run.warnings.append(body.body[:160])
        widget_id = getattr(body, "id", "")
        if isinstance(widget_id, str) and widget_id.startswith("$$ID"):
            key = widget_id.rsplit("-", 1)[-1]
            self.widgets[key] = widget_id
            self.fragments[key] = fragment_id
            return key
        return ""


def rerun(
    page: str, query: str = "", states: list[WidgetState] | None = None, fragment_id: str = ""
) -> BackMsg:
    """The message a browser sends to run ``page`` (or one fragment of it) with these widget values."""
    msg = BackMsg()
    msg.rerun_script.query_string = query
    msg.rerun_script.page_name = page
    msg.rerun_script.fragment_id = fragment_id
    msg.rerun_script.widget_states.widgets.extend(states or [])
    return msg


def editor_state(widget_id: str, added: list[dict]) -> WidgetState:
    state = WidgetState(id=widget_id)
    state.string_value = json.dumps({"edited_rows": {}, "added_rows": added, "deleted_rows": []})
    return state


# ---------------------------------------------------------------------------- scenarios
def sizes(srv: Server) -> list[str]:
    """The largest legitimate inbound and outbound messages."""
    out = []
    v = Visitor(srv)
    v.run("playground")
    editor = v.widgets["playground_editor"]
    label = "😀" * 40  # MAX_LABEL characters, 4 bytes each in UTF-8
    rows = [{"token": f"{label[:-3]}{i:03d}", "logit": "-123.456789e-3"} for i in range(200)]
    inbound = rerun("playground", "", [editor_state(editor, rows)])
    run = v.run("playground", states=[editor_state(editor, rows)])
    out.append(
        f"inbound, playground table at 200 rows × 40 four-byte characters: "
        f"{len(inbound.SerializeToString()) / 1e3:.1f} kB; its page's largest outbound message "
        f"{run.largest / 1e3:.1f} kB, exceptions {run.exceptions or 'none'}"
    )
    v.close()
    for page, query in [
        ("home", ""),
        ("playground", ""),
        ("generator", ""),
        ("generator", "generator_run_n=200"),
        ("compare", ""),
        ("compare", "compare_n=10000"),
        ("why", ""),
    ]:
        v = Visitor(srv)
        run = v.run(page, query)
        out.append(
            f"outbound, {page}?{query}: largest {run.largest / 1e3:.1f} kB, all {run.total / 1e3:.0f} kB, "
            f"{run.seconds:.1f} s, finished {run.finished}, exceptions {run.exceptions or 'none'}"
        )
        v.close()
    return out


def monte_carlo(srv: Server, visitors: int = 1, n: int = 10_000, length: int = 400, beam: int = 64) -> str:
    """``visitors`` Monte Carlo runs at these settings, started at once (the defaults are issue 18's
    attack, over the cost limit; ``load.HEAVY_N`` at length 400 is the largest allowed)."""
    query = f"compare_n={n}&compare_length={length}&compare_beam={beam}"
    tabs = [Visitor(srv) for _ in range(visitors)]
    for tab in tabs:
        tab.run("compare", query)
    cpu0 = srv.cpu()
    results: list[Run] = []

    def click(tab: Visitor) -> None:
        values = {"compare_n": str(n), "compare_length": str(length), "compare_beam": str(beam)}
        states = [WidgetState(id=tab.widgets[k], string_value=v) for k, v in values.items()]
        states.append(WidgetState(id=tab.widgets["compare_run"], trigger_value=True))
        results.append(tab.run("compare", query, states))

    with Peak(srv) as peak:
        threads = [threading.Thread(target=click, args=(tab,)) for tab in tabs]
        for thread in threads:
            thread.start()
        probe = Visitor(srv)  # another visitor moves the playground's slider while the jobs run
        probe.run("playground")
        moves = []
        while any(t.is_alive() for t in threads) and len(moves) < 200:
            state = WidgetState(id=probe.widgets["playground_temperature"])
            option = TEMPERATURES[len(TEMPERATURES) // 2 + len(moves) % 2]
            state.string_array_value.data.append(format_temperature(option))
            run = probe.set("playground", state, "playground_temperature")
            moves.append(run.arrived.get("playground_probs", float("inf")))
            time.sleep(0.3)
        for thread in threads:
            thread.join(timeout=DEADLINE)
        recover = wait_idle(srv)  # the jobs' end → the server idle again
    probe.close()
    for tab in tabs:
        tab.close()
    moves.sort()
    p95 = f"p95 {moves[min(len(moves) - 1, int(0.95 * len(moves)))]:.2f} s" if moves else "no move"
    walls = ", ".join(f"{r.seconds:.1f}" for r in sorted(results, key=lambda r: r.seconds))
    return (
        f"Monte Carlo ×{visitors} at N {n:,}, length {length}, beam {beam}: server CPU "
        f"{srv.cpu() - cpu0:.1f} s, wall [{walls}] s, peak RSS {peak.peak:.0f} MiB, "
        f"largest outbound message {max(r.largest for r in results) / 1e3:.0f} kB, "
        f"exceptions {[e for r in results for e in r.exceptions] or 'none'}, "
        f"notices {sorted({w[:60] for r in results for w in r.warnings}) or 'none'}; "
        f"another visitor's slider → chart meanwhile: {len(moves)} moves, {p95}; "
        f"server idle {recover:.1f} s after the last job; "
        f"RSS after {srv.rss_mib():.0f} MiB"
    )


def table_attack(srv: Server, rows: int, label: str) -> str:
    v = Visitor(srv)
    v.run("playground")
    editor = v.widgets["playground_editor"]
    cpu0, rss0 = srv.cpu(), srv.rss_mib()
    attack = rerun("playground", "", [editor_state(editor, [{"token": "x", "logit": 1}] * rows)])
    size = len(attack.SerializeToString())
    with Peak(srv) as peak:
        start = time.monotonic()
        try:
            v.send(attack)
        except Exception as error:  # noqa: BLE001
            print("send failed:", error)
        other = Visitor(srv)  # another visitor arrives while the attack is processed
        other_run = other.run("playground")
        attack_run = v.collect(start)
        idle = wait_idle(srv)
    other.close()
    v.close()
    capped = [w for w in attack_run.warnings if "at most" in w]
    return (
        f"{label}: {rows:,} rows ({size / 1e6:.1f} MB): server CPU {srv.cpu() - cpu0:.1f} s, "
        f"peak RSS {peak.peak:.0f} MiB (from {rss0:.0f}), RSS after {srv.rss_mib():.0f} MiB; "
        f"attacker's run finished {attack_run.finished} in {attack_run.seconds:.1f} s"
        f"{', socket closed: ' + attack_run.closed[:60] if attack_run.closed else ''}; "
        f"notice shown {bool(capped)}; another visitor's run {other_run.seconds:.2f} s; "
        f"idle after {idle:.1f} s"
    )


def upload_attack(srv: Server, count: int = 50) -> str:
    """``count`` PUTs of 1 MB, then one of 100 bytes and one empty file, each with a valid XSRF token."""
    v = Visitor(srv)
    v.run("home")
    # What the browser does: the health check sets the XSRF cookie, the upload sends it back as a header.
    page = urllib.request.urlopen(srv.url("/_stcore/health"), timeout=10)  # sets the cookie
    cookies = [c.split(";")[0] for c in page.headers.get_all("Set-Cookie") or []]
    token = next((c.split("=", 1)[1] for c in cookies if c.startswith("_streamlit_xsrf=")), "")
    boundary = uuid.uuid4().hex

    def put(number: int, size: int) -> int | str:
        body = (
            (
                f'--{boundary}\r\nContent-Disposition: form-data; name="file"; filename="a.bin"\r\n'
                "Content-Type: application/octet-stream\r\n\r\n"
            ).encode()
            + os.urandom(size)
            + f"\r\n--{boundary}--\r\n".encode()
        )
        request = urllib.request.Request(
            srv.url(f"/_stcore/upload_file/{v.session_id}/{number}"), data=body, method="PUT",
            headers={"Content-Type": f"multipart/form-data; boundary={boundary}", "X-Xsrftoken": token,
                     "Cookie": f"_streamlit_xsrf={token}"},
        )  # fmt: skip
        try:
            return urllib.request.urlopen(request, timeout=10).status
        except urllib.error.HTTPError as error:
            return error.code
        except (urllib.error.URLError, ConnectionError):
            return "closed"  # refused from its Content-Length alone, before the body was read

    rss0, codes = srv.rss_mib(), {}
    for number in range(count):
        code = put(number, 1_000_000)
        codes[code] = codes.get(code, 0) + 1
    small, empty = put(count, 100), put(count + 1, 0)
    v.close()
    return (
        f"{count} uploads of 1 MB (XSRF token {'sent' if token else 'missing'}): HTTP status {codes}; "
        f"100 bytes: {small}; empty file: {empty}; RSS {rss0:.0f} → {srv.rss_mib():.0f} MiB"
    )


BAD_LINKS = [
    ("generator", "generator_seed=inf"),
    ("generator", "generator_seed=-inf"),
    ("generator", "generator_seed=1e400"),
    ("generator", "generator_seed=" + "9" * 5000),
    ("generator", "generator_run_n=inf"),
    ("generator", "generator_seed=%EF%BC%91%EF%BC%92"),  # full-width 12
    ("generator", "model_smoothing=inf"),
    ("compare", "compare_k=inf"),
    ("playground", "playground_temperature=inf"),
]


def link_attack(srv: Server) -> list[str]:
    out = []
    for page, query in BAD_LINKS:
        v = Visitor(srv)
        run = v.run(page, query)
        v.close()
        # A link notice (a slider's value dropped) or a number box's message (the text kept in the box)
        notices = [w for w in run.warnings if "link" in w.lower() or "“" in w]
        out.append(
            f"/{page}?{query[:40]}: finished {run.finished}, exceptions {run.exceptions or 'none'}, "
            f"notice or message {notices[0][:90] if notices else 'none'!r}"
        )
    return out


def clear_cache_attack(srv: Server) -> str:
    warm = Visitor(srv)
    first = warm.run("generator")
    again = Visitor(srv).run("generator")
    v = Visitor(srv)
    cpu0 = srv.cpu()
    for _ in range(5):
        v.send(BackMsg(clear_cache=True))
    after = Visitor(srv).run("generator")
    return (
        f"generator run: first {first.seconds:.2f} s, warm {again.seconds:.2f} s; after 5 clear_cache "
        f"messages another visitor's run takes {after.seconds:.2f} s (server CPU {srv.cpu() - cpu0:.1f} s)"
    )


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    parser.add_argument("--skip-guard-only", action="store_true", help="skip the raised-limit table attack")
    args = parser.parse_args()
    report: list[str] = []
    with server() as srv:
        idle = srv.rss_mib()
        report.append(f"server idle: {idle:.0f} MiB")
        report += sizes(srv)
        report.append(monte_carlo(srv, 1))  # the attack: over the cost limit
        largest = MAX_CHARACTERS // MAX_LENGTH, MAX_LENGTH, MAX_BEAM_WIDTH  # the largest allowed
        report.append(monte_carlo(srv, 1, *largest))
        report.append(monte_carlo(srv, 4, *largest))  # two run (the job pool), two wait
        report.append(table_attack(srv, 200_000, "table, config limits"))
        report.append(table_attack(srv, 100_000, "table, just under the inbound limit"))
        report.append(upload_attack(srv))
        report += link_attack(srv)
        report.append(clear_cache_attack(srv))
        report.append(f"server at the end: {srv.rss_mib():.0f} MiB; log lines about sizes: "
                      f"{srv.log_lines('exceeds the limit')[:1]}")  # fmt: skip
    if not args.skip_guard_only:
        with server("--server.maxWidgetStateSize=50", "--server.maxMessageSize=50") as srv:
            report.append(table_attack(srv, 200_000, "table, guard only (inbound limit raised to 50 MB)"))
    print("\n".join(f"- {line}" for line in report))


if __name__ == "__main__":
    main()
