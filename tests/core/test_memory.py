"""core.memory: the fixed mmap threshold that lets a freed big array leave the process."""

from __future__ import annotations

import platform

import numpy as np
import pytest

from core.memory import return_big_blocks_to_the_os


def rss_mib() -> float:
    with open("/proc/self/statm") as f:
        return int(f.read().split()[1]) * 4096 / 2**20


@pytest.mark.skipif(platform.system() != "Linux" or platform.libc_ver()[0] != "glibc", reason="glibc only")
def test_a_freed_big_array_leaves_the_process_even_after_a_bigger_one_was_freed():
    assert return_big_blocks_to_the_os() is True
    big = np.ones(24 * 2**20 // 8)  # 24 MiB: glibc's dynamic threshold would rise to this size
    del big
    before = rss_mib()
    again = np.ones(16 * 2**20 // 8)  # below the old size: without the fix, this came from the heap
    during = rss_mib()
    del again
    after = rss_mib()
    assert during - before > 12  # the array was really touched
    assert after - before < 4  # and its pages went back when it was freed
