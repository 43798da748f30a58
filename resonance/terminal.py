"""How far an import has got, on a terminal: one line on stderr per file, rewritten in place.

The line is drawn only on a terminal (a pipe, a file or a test sees nothing) and never with ``--quiet``;
it is cleared before the file's report is printed. The reader reports from Arrow's reading thread, so
drawing is guarded by a lock and done at most ten times a second.
"""

from __future__ import annotations

import shutil
import sys
import threading
import time
from collections.abc import Callable, Iterator
from contextlib import contextmanager
from typing import TextIO

from metrics.ingest import Progress, reporting
from resonance import say

CLEAR = "\r\x1b[K"  # back to the start of the line, and erase it
EVERY = 0.1  # seconds between two drawings


class ProgressLine:
    """Draws the progress of each file read inside :meth:`file` on ``stream`` (stderr), when ``shown``."""

    def __init__(
        self,
        lang: str,
        *,
        stream: TextIO | None = None,
        quiet: bool = False,
        clock: Callable[[], float] = time.monotonic,
    ):
        self.stream = stream or sys.stderr
        self.shown = not quiet and self.stream.isatty()
        self.lang, self.clock = lang, clock
        self._lock = threading.Lock()
        self._label, self._start, self._drawn = "", 0.0, float("-inf")

    @contextmanager
    def file(self, name: str, number: int = 1, count: int = 1) -> Iterator[None]:
        """Every file read in the block reports to this line, labelled ``name`` (and ``[number/count]``)."""
        if not self.shown:
            yield
            return
        self._label = f"[{number}/{count}] {name}" if count > 1 else name
        self._start, self._drawn = self.clock(), float("-inf")
        try:
            with reporting(self.report):
                yield
        finally:
            self._write(CLEAR)

    def report(self, done: Progress) -> None:
        """Draw ``done``, unless the line was drawn less than :data:`EVERY` ago (the file's end is always drawn)."""
        if not self.shown:
            return
        now = self.clock()
        if not done.complete and now - self._drawn < EVERY:
            return
        self._drawn = now
        line = say.progress(self._label, done, now - self._start, self.lang)
        self._write(CLEAR + line[: shutil.get_terminal_size().columns - 1])  # a wrapped line would not be erased

    def counter(self) -> Callable[[int, int], None]:
        """A callback for work counted in items (texts judged): ``done`` of ``total`` drawn as the file's line."""
        return lambda done, total: self.report(Progress(done, total, done))

    def _write(self, text: str) -> None:
        with self._lock:
            self.stream.write(text)
            self.stream.flush()
