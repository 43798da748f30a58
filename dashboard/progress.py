"""Work that reads files, done while the page shows how far it has got.

Streamlit draws only from the page's own thread, and the reader reports from Arrow's reading thread:
the work runs on a thread of its own, and the page's thread draws the last report until it is done.
"""

from __future__ import annotations

import ctypes
import ctypes.util
import gc
import time
from collections.abc import Callable
from concurrent.futures import ThreadPoolExecutor, wait
from typing import TypeVar

from metrics.ingest import Progress, reporting

T = TypeVar("T")
_LIBC = ctypes.util.find_library("c")


def release() -> None:
    """Give the memory an upload used back to the system once it has ended or failed.

    A server process otherwise keeps what its largest upload needed: Arrow's pool (mimalloc) holds freed
    blocks for reuse, and so does glibc's heap; measured on a 200 MB export, 1.1 GB after the import,
    850 MB after Python freed it, 370 MB after this (355 MB before the upload). DuckDB keeps the blocks it
    wrote in its own buffer (within its memory limit) for the pages that read them next.
    """
    import pyarrow as pa

    gc.collect(1)  # the upload's own objects are young: a full collection would hold every viewer up
    pa.default_memory_pool().release_unused()
    if _LIBC:
        try:
            trim = ctypes.CDLL(_LIBC).malloc_trim
        except (OSError, AttributeError):  # not glibc: nothing to trim
            return
        trim(0)


class _Last:
    """The last progress reported (each report replaces the one before)."""

    value: Progress | None = None

    def __call__(self, done: Progress) -> None:
        self.value = done


def with_progress(
    work: Callable[[], T],
    draw: Callable[[Progress, float], None],
    *,
    every: float = 0.1,
    clock: Callable[[], float] = time.monotonic,
) -> T:
    """``work()``, run on a worker thread; every ``every`` seconds until it returns, ``draw`` is called on
    this thread with the last progress its readings reported (if new) and the seconds since it began.

    >>> with_progress(lambda: 42, lambda done, seconds: None)
    42
    """
    last = _Last()

    def run() -> T:
        with reporting(last):
            return work()

    start = clock()
    with ThreadPoolExecutor(1, thread_name_prefix="import") as pool:
        future = pool.submit(run)
        drawn = None
        while not wait([future], timeout=every).done:
            if last.value is not None and last.value is not drawn:
                drawn = last.value
                draw(drawn, clock() - start)
    return future.result()
