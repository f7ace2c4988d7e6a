"""core.memory: the fixed mmap threshold that lets a freed big array leave the process."""

from __future__ import annotations

import platform
import subprocess
import sys
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parents[2]

# Run in a fresh interpreter, as the server starts: a test worker's heap already holds freed memory
# from earlier tests, and malloc serves a request from it before asking for new pages.
PROBE = """
import sys
import numpy as np
from core.memory import return_big_blocks_to_the_os

def rss_mib():
    with open("/proc/self/statm") as f:
        return int(f.read().split()[1]) * 4096 / 2**20

if sys.argv[1] == "fixed":
    assert return_big_blocks_to_the_os() is True
big = np.ones(24 * 2**20 // 8)  # 24 MiB: glibc's dynamic threshold would rise to this size
del big
before = rss_mib()
again = np.ones(16 * 2**20 // 8)  # below the old size: without the fix, it comes from the heap
during = rss_mib()
del again
print(during - before, rss_mib() - before)
"""


def grown_and_kept(mode: str) -> tuple[float, float]:
    """(MiB the 16 MiB array added while alive, MiB still held after it was freed)."""
    command = [sys.executable, "-c", PROBE, mode]
    out = subprocess.run(command, cwd=ROOT, capture_output=True, text=True, check=True)
    grown, kept = map(float, out.stdout.split())
    return grown, kept


@pytest.mark.skipif(platform.system() != "Linux" or platform.libc_ver()[0] != "glibc", reason="glibc only")
def test_a_freed_big_array_leaves_the_process_even_after_a_bigger_one_was_freed():
    grown, kept = grown_and_kept("fixed")
    assert grown > 12  # the array was really touched
    assert kept < 4  # and its pages went back when it was freed
    _, kept_without = grown_and_kept("default")
    assert kept_without > 12  # what the fix changes: glibc's own threshold keeps them
