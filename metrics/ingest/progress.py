"""How far the reading of a file has got, told as it goes to whoever asked (a terminal's line, a page's bar).

:func:`~metrics.ingest.read_export` takes a ``progress`` callback; a caller that reads through another
layer (the workspace's import) sets one for a block of code with :func:`reporting`. The callback gets a
:class:`Progress` each time Arrow takes a block of a text table's bytes (on Arrow's reading thread), and
once when the file is read, whatever its kind. Numbers only: the words belong to the interface.
"""

from __future__ import annotations

import io
from collections.abc import Callable, Iterator
from contextlib import contextmanager
from contextvars import ContextVar
from dataclasses import dataclass
from typing import Any


@dataclass(frozen=True)
class Progress:
    """``bytes_read`` of the file's ``bytes_total``, and the ``rows`` read so far: while a text table's
    blocks are taken, estimated from the bytes and the length of the lines of the file's head; exact in
    the last report of a file. Once every byte is taken the rows are still parsed and checked (and, in an
    import, written): a report of a :attr:`complete` file may be followed by others, until the last.

    >>> Progress(250, 1000, 12).fraction, Progress(1000, 1000, 40).complete
    (0.25, True)
    """

    bytes_read: int
    bytes_total: int
    rows: int

    @property
    def fraction(self) -> float:
        """How much of the file is read, from 0 to 1 (1 for an empty file)."""
        return min(1.0, self.bytes_read / self.bytes_total) if self.bytes_total else 1.0

    @property
    def complete(self) -> bool:
        """Every byte of the file is taken."""
        return self.bytes_read >= self.bytes_total


Report = Callable[[Progress], None]

_REPORT: ContextVar[Report | None] = ContextVar("metrics.ingest.progress", default=None)


@contextmanager
def reporting(report: Report | None) -> Iterator[None]:
    """Every file read in the block (on this thread) reports to ``report``, unless its reading is given
    a callback of its own.

    >>> seen = []
    >>> from metrics.ingest import read_export
    >>> with reporting(seen.append):
    ...     _ = read_export("Дата;Выручка\\n16.11.2026;1200\\n".encode(), name="sales.csv")
    >>> seen[-1]
    Progress(bytes_read=40, bytes_total=40, rows=1)
    """
    token = _REPORT.set(report)
    try:
        yield
    finally:
        _REPORT.reset(token)


def current(report: Report | None = None) -> Report | None:
    """``report``, or the one :func:`reporting` set."""
    return report if report is not None else _REPORT.get()


class Counted(io.RawIOBase):
    """An input stream over bytes ``start:`` of a file of ``total`` bytes that reports each read, with the
    rows estimated at ``line_bytes`` bytes each, and the file complete when the stream ends (what follows
    it is blank)."""

    def __init__(self, stream: Any, *, start: int, total: int, line_bytes: float, report: Report):
        super().__init__()
        self._stream, self._start, self._total = stream, start, total
        self._line_bytes, self._report = max(line_bytes, 1.0), report
        self._read, self._ended = 0, False

    def readable(self) -> bool:
        return True

    def read(self, size: int = -1) -> Any:  # an Arrow buffer, which Arrow takes without a copy
        block = self._stream.read_buffer(size)
        if block.size or not self._ended:  # the end is asked for more than once
            self._ended = not block.size
            self._read += block.size
            done = self._total if self._ended else self._start + self._read
            self._report(Progress(done, self._total, int(self._read / self._line_bytes)))
        return block
