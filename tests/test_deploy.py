"""The container recipe, reproduced without Docker: Docker cannot run on this machine or in CI.

The test reads the ``Dockerfile`` and follows it step by step: ``COPY`` copies the build context
(minus ``.dockerignore``) into a temporary work dir, ``RUN pip ...`` installs into a clean virtual
environment, ``CMD`` starts the app on a free port, and the ``HEALTHCHECK`` command itself must then
pass. Steps that need root inside an image (``useradd``) are checked for shape, not run.
"""

from __future__ import annotations

import fnmatch
import json
import os
import shlex
import shutil
import subprocess
import sys
import time
import tomllib
import urllib.request
from collections.abc import Iterator
from pathlib import Path

import pytest

from tests.e2e.conftest import free_port

ROOT = Path(__file__).resolve().parent.parent
DOCKERFILE = ROOT / "Dockerfile"
CONTAINER_PORT = "8501"
# RUN steps that only make sense as root inside the image; the test checks them, cannot run them.
SYSTEM_ONLY = ("useradd ", "adduser ", "groupadd ")


def instructions(text: str) -> list[tuple[str, str]]:
    """``(INSTRUCTION, arguments)`` pairs, with ``\\`` line continuations joined and comments dropped."""
    steps: list[tuple[str, str]] = []
    pending = ""
    for raw in text.splitlines():
        line = raw.strip()
        if not pending and (not line or line.startswith("#")):
            continue
        if line.endswith("\\"):
            pending += line[:-1] + " "
            continue
        line = pending + line
        pending = ""
        word, _, rest = line.partition(" ")
        steps.append((word.upper(), rest.strip()))
    return steps


def ignored(relative: str, patterns: list[str]) -> bool:
    """Whether ``.dockerignore`` leaves a path out of the build context (the patterns used here)."""
    parts = relative.split("/")
    for pattern in patterns:
        if pattern.startswith("**/"):
            if any(fnmatch.fnmatch(part, pattern[3:]) for part in parts):
                return True
        elif any(fnmatch.fnmatch("/".join(parts[: i + 1]), pattern) for i in range(len(parts))):
            return True
    return False


def context_files() -> list[Path]:
    """The build context Docker would send: every file not matched by ``.dockerignore``."""
    patterns = [
        line.strip()
        for line in (ROOT / ".dockerignore").read_text().splitlines()
        if line.strip() and not line.startswith("#")
    ]
    files = []
    for path in sorted(ROOT.rglob("*")):
        relative = path.relative_to(ROOT).as_posix()
        if path.is_file() and not ignored(relative, patterns):
            files.append(path)
    return files


def exec_form(arguments: str) -> list[str]:
    """A ``CMD ["a", "b"]`` (exec form) as a list; the shell form would hide signals from streamlit."""
    assert arguments.startswith("["), "use the exec form so streamlit gets SIGTERM"
    return json.loads(arguments)


STEPS = instructions(DOCKERFILE.read_text())


def test_dockerfile_uses_a_slim_python_base_matching_this_python():
    base = dict(STEPS)["FROM"]
    assert base.startswith("python:") and base.endswith("-slim"), base
    version = base.removeprefix("python:").removesuffix("-slim")
    assert version == f"{sys.version_info.major}.{sys.version_info.minor}", (base, sys.version)


def test_dockerfile_runs_as_a_non_root_user_on_port_8501_with_a_health_check():
    names = [name for name, _ in STEPS]
    user = [args for name, args in STEPS if name == "USER"]
    assert user and user[-1] not in ("root", "0"), user
    # The user switch comes after the install steps and before the app starts.
    assert names.index("USER") > max(i for i, (n, a) in enumerate(STEPS) if n == "RUN" and "pip" in a)
    assert names.index("USER") < names.index("CMD")
    assert dict(STEPS)["EXPOSE"] == CONTAINER_PORT
    health = dict(STEPS)["HEALTHCHECK"]
    assert "/_stcore/health" in health and f":{CONTAINER_PORT}/" in health
    cmd = exec_form(dict(STEPS)["CMD"])
    assert cmd[:3] == ["streamlit", "run", "app.py"]
    assert f"--server.port={CONTAINER_PORT}" in cmd and "--server.address=0.0.0.0" in cmd


def test_image_contents_leave_out_tests_tooling_and_secrets_but_keep_the_app():
    names = {p.relative_to(ROOT).as_posix() for p in context_files()}
    for needed in ("app.py", "requirements.txt", ".streamlit/config.toml", "core/softmax.py"):
        assert needed in names, needed
    assert not any(n.startswith((".venv/", ".git/", "tests/", "test-artifacts/")) for n in names)
    assert not any("__pycache__" in n or n.endswith(".pyc") for n in names)
    assert ".streamlit/secrets.toml" not in names


def test_public_demo_config_is_headless_private_and_protected():
    config = tomllib.loads((ROOT / ".streamlit" / "config.toml").read_text())
    server = config["server"]
    assert server["headless"] is True
    assert server["runOnSave"] is False
    assert server["enableXsrfProtection"] is True
    assert server.get("enableAgentApi", False) is False
    assert 1 <= server["maxMessageSize"] <= 200
    assert server["maxUploadSize"] == 0  # the app has no uploader: every upload is refused
    assert server["maxWidgetStateSize"] <= 3  # MB from a browser; the largest real message is ~100 kB
    assert config["browser"]["gatherUsageStats"] is False
    assert config["client"]["showErrorDetails"] == "none"
    # A new run waits for the one it replaces: two at once raced on the session's state (CI, 6 Dec).
    assert config["runner"]["fastReruns"] is False
    # One accent per base theme, both from the charts' palette (core/charts/style.py).
    from core.charts import style

    for base in ("light", "dark"):
        assert config["theme"][base]["primaryColor"] in style.SEQUENCE


def _wait_healthy(port: int, process: subprocess.Popen, log: Path, timeout: float = 90) -> None:
    deadline = time.monotonic() + timeout
    while time.monotonic() < deadline:
        if process.poll() is not None:
            pytest.fail(f"the app exited early:\n{log.read_text()}")
        try:
            with urllib.request.urlopen(f"http://127.0.0.1:{port}/_stcore/health", timeout=2) as r:
                if r.read().strip() == b"ok":
                    return
        except OSError:
            time.sleep(0.5)
    pytest.fail(f"the app did not answer /_stcore/health within {timeout} s:\n{log.read_text()}")


class Image:
    """The Dockerfile's result without Docker: the work dir, its venv's environment, the running CMD."""

    def __init__(self, workdir: Path, env: dict[str, str], port: int, health: str, log: Path):
        self.workdir, self.env, self.port, self.health, self.log = workdir, env, port, health, log


@pytest.fixture(scope="module")
def image(tmp_path_factory) -> Iterator[Image]:
    """Follow the Dockerfile: copy the context, install into a fresh venv, start CMD on a free port.
    Built once (a venv installed from PyPI's wheels, ~25 s): one worker runs a whole file (pyproject.toml)."""
    tmp_path = tmp_path_factory.mktemp("image")
    venv = tmp_path / "venv"
    subprocess.run([sys.executable, "-m", "venv", str(venv)], check=True)
    bin_dir = venv / "bin"
    env = {k: v for k, v in os.environ.items() if not k.startswith(("VIRTUAL_ENV", "PYTHON"))}
    env["PATH"] = f"{bin_dir}{os.pathsep}{env.get('PATH', '')}"
    env["HOME"] = str(tmp_path / "home")  # the image's user has an empty home: no ~/.streamlit
    workdir = tmp_path / "app"
    workdir.mkdir()
    port = free_port()
    cmd: list[str] = []
    health = ""
    for name, args in STEPS:
        if name == "ENV":
            for pair in shlex.split(args):
                key, _, value = pair.partition("=")
                env[key] = value
        elif name == "WORKDIR":
            assert args.startswith("/"), args
        elif name == "COPY":
            words = [w for w in shlex.split(args) if not w.startswith("--")]
            sources, dest = words[:-1], words[-1]
            for source in sources:
                if source == ".":
                    for path in context_files():
                        target = workdir / path.relative_to(ROOT)
                        target.parent.mkdir(parents=True, exist_ok=True)
                        shutil.copy2(path, target)
                else:
                    shutil.copy2(ROOT / source, workdir / (source if dest in (".", "./") else dest))
        elif name == "RUN":
            if args.startswith(SYSTEM_ONLY):
                continue
            assert args.startswith(("pip ", "python -m pip ")), f"cannot reproduce RUN {args!r}"
            # Keep pip's cache between test runs; the image drops it to stay small. Skip compiling
            # the ~5,500 .pyc files: they halve the install's time (48 s → 21 s here), and this
            # venv's three processes pay ~2 s each to compile what they import instead.
            run = [w for w in shlex.split(args) if w != "--no-cache-dir"] + ["--no-compile"]
            subprocess.run(run, cwd=workdir, env=env, check=True, timeout=900)
        elif name == "HEALTHCHECK":
            health = args.split(" CMD ", 1)[1].replace(f":{CONTAINER_PORT}/", f":{port}/")
        elif name == "CMD":
            cmd = [
                a.replace(f"--server.port={CONTAINER_PORT}", f"--server.port={port}") for a in exec_form(args)
            ]
    assert cmd and health
    # The venv is clean: streamlit must come from the install steps, not from the test's own venv.
    assert shutil.which("streamlit", path=env["PATH"]) == str(bin_dir / "streamlit")
    log = tmp_path / "app.log"
    app = subprocess.Popen(cmd, cwd=workdir, env=env, stdout=log.open("w"), stderr=subprocess.STDOUT)
    try:
        _wait_healthy(port, app, log)
        yield Image(workdir, env, port, health, log)
    finally:
        app.terminate()
        try:
            app.wait(10)
        except subprocess.TimeoutExpired:
            app.kill()


def test_app_installed_by_the_dockerfile_steps_passes_its_health_check(image):
    with urllib.request.urlopen(f"http://127.0.0.1:{image.port}/_stcore/health", timeout=5) as r:
        assert r.read().strip() == b"ok"
    # The HEALTHCHECK command itself, as Docker would run it inside the container.
    check = subprocess.run(
        shlex.split(image.health),
        cwd=image.workdir,
        env=image.env,
        timeout=30,
        capture_output=True,
        text=True,
    )
    assert check.returncode == 0, check.stderr
    assert "Traceback" not in image.log.read_text(), image.log.read_text()


PROBE = """
import sys
from streamlit.testing.v1 import AppTest
failures = []
for page in sys.argv[1:]:
    at = AppTest.from_file("app.py", default_timeout=120)
    at.query_params["lang"] = "en"
    at.run()
    if page != "home":
        at.switch_page(f"app_pages/{page}/page.py").run()
    if at.exception:
        failures.append((page, [(e.message, e.stack_trace[-3:]) for e in at.exception]))
assert not failures, failures
"""


def test_every_page_runs_with_only_the_files_and_packages_in_the_image(image):
    """A page importing test helpers or a dev-only package would fail here, not on the host."""
    pages = sorted(p.parent.name for p in (image.workdir / "app_pages").glob("*/page.py"))
    assert "home" in pages
    result = subprocess.run(
        ["python", "-c", PROBE, *pages],
        cwd=image.workdir,
        env=image.env,
        timeout=600,
        capture_output=True,
        text=True,
    )
    assert result.returncode == 0, result.stderr[-3000:]
