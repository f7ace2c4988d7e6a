"""Shared test set-up: a Hypothesis profile that fits a 2-core CI machine and draws the same examples
on every run, and the order in which the two xdist workers are handed the tests."""

from __future__ import annotations

import functools
import os

from hypothesis import HealthCheck, settings

# derandomize: the same examples on every run, so a CI verdict is reproducible and a red run is the
# code's doing, not a new draw's (a fresh clone once drew a case its test's assumption did not cover).
settings.register_profile(
    "ci", max_examples=200, deadline=None, derandomize=True, suppress_health_check=[HealthCheck.too_slow]
)
settings.load_profile("ci")

# Every new AppTest has Streamlit look through the metadata of every installed package for components
# (components/v2/manifest_scanner.py): ~50 packages in the dev environment, ~130 ms, most of the time
# it takes to open a page in an AppTest (the page's own run: 35-70 ms). The installed packages do not
# change during a test run, so each test process looks once. A private module: if a Streamlit upgrade
# moves it, the tests run as before, only slower.
try:
    from streamlit.components.v2 import manifest_scanner
except ImportError:
    pass
else:
    manifest_scanner.scan_component_manifests = functools.cache(manifest_scanner.scan_component_manifests)

# Files whose tests start browsers, servers or an install: each takes a minute or more on one worker.
# A file is one work unit (``--dist loadfile``, pyproject.toml): its module fixtures (the image of
# test_deploy, a second browser, a server of its own) are set up once. Not ``--dist loadgroup``: since
# pytest 9.2 it silently ignores its marks (pytest-xdist issue 1386), and the image was built twice.
HEAVY = ("tests/e2e/", "tests/test_deploy.py")


def pytest_collection_modifyitems(items):
    """The heavy files first, then the quick ones, so whichever worker finishes its last heavy file
    still has quick files to share with the other, instead of one worker running a long file alone
    at the end (xdist hands out work units in collection order with
    ``--no-loadscope-reorder``, set in pyproject.toml; by default it would sort them by size, which
    puts a module of one long test among the quick ones)."""

    def quick(item) -> bool:
        path = str(item.fspath).replace(os.sep, "/")
        return not any(heavy in path for heavy in HEAVY)

    items.sort(key=quick)  # stable: the order within each part stays as collected
