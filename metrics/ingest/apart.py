"""Reading a file in a process of its own: a server's other work keeps the interpreter while a file is read.

Parsing, checking, keying and scoring the sentiment of an upload is seconds of Python. In a dashboard's
server that time holds the interpreter's lock against every viewer's page: measured with twenty viewers
(``bench/bench_load.py``), every page asked while a 100,000-row upload was read waited until it was read
(10 s), though the reading alone takes 1.2 s. Read in a child process, the server only waits for the
result and writes it.

The child is ``python -m metrics.ingest.apart``, started afresh for each file (a server's threads are
never forked, and nothing of the parent's main script is run again). It is sent the file and the
options on its standard input; it answers on its standard output with messages, each a length and a
pickle: its progress as it goes, then what it read (frames as Arrow buffers) or the
:class:`~metrics.ingest.IngestError` that says why it could not. A child that dies (out of memory,
killed) is the error ``read_stopped``, and nothing is written.
"""

from __future__ import annotations

import pickle
import struct
import subprocess
import sys
from pathlib import Path
from typing import IO, Any

from metrics.ingest.errors import IngestError
from metrics.ingest.progress import Progress, Report, current, reporting
from metrics.ingest.result import ReadResult

_LENGTH = struct.Struct("<Q")


def read_apart(source: str | Path | bytes, *, name: str, progress: Report | None = None, **options: Any) -> ReadResult:
    """:func:`~metrics.ingest.read_export` of ``source`` in a child process (``options`` as it takes them,
    never ``batches``: a result crosses whole); its progress is reported here, to ``progress`` or to the
    report :func:`~metrics.ingest.progress.reporting` set."""
    report = current(progress)
    child = subprocess.Popen(
        [sys.executable, "-m", "metrics.ingest.apart"],
        stdin=subprocess.PIPE,
        stdout=subprocess.PIPE,
        stderr=subprocess.DEVNULL,
    )
    try:
        assert child.stdin is not None and child.stdout is not None
        try:
            _send(child.stdin, (source, name, options))
            child.stdin.close()
        except BrokenPipeError:
            pass  # it died at once: said below
        while True:
            message = _receive(child.stdout)
            if message is None:  # it ended without an answer
                raise IngestError("read_stopped", name, status=child.wait())
            kind, payload = message
            if kind == "progress":
                if report is not None:
                    report(payload)
            elif kind == "result":
                result: ReadResult = payload
                return result
            elif kind == "error":
                raise payload
            else:  # an exception of the reader's own, raised here as it was there
                raise RuntimeError(payload)
    finally:
        if child.poll() is None:
            child.kill()
        child.wait()
        if child.stdout is not None:
            child.stdout.close()


def _send(out: IO[bytes], message: object) -> None:
    data = pickle.dumps(message, protocol=pickle.HIGHEST_PROTOCOL)
    out.write(_LENGTH.pack(len(data)))
    out.write(data)
    out.flush()


def _receive(source: IO[bytes]) -> Any:
    head = source.read(_LENGTH.size)
    if len(head) < _LENGTH.size:
        return None
    (length,) = _LENGTH.unpack(head)
    data = source.read(length)
    if len(data) < length:
        return None
    return pickle.loads(data)


def _detached(result: ReadResult) -> None:
    """The result without what ties it to this process: its content hash computed, its source let go."""
    if result.origin is not None:
        _ = result.content_hash
        result.origin = None
    result.batches = None
    for part in result.parts:  # the files of an archive, the sheets of a workbook, and theirs
        _detached(part)


def main() -> None:
    from metrics.ingest.read import read_export

    answer = sys.stdout.buffer
    sys.stdout = sys.stderr  # nothing printed by a library reaches the answers

    def told(done: Progress) -> None:
        _send(answer, ("progress", done))

    source, name, options = _receive(sys.stdin.buffer)
    try:
        with reporting(told):
            result = read_export(source, name=name, batches=False, **options)
        _detached(result)
        _send(answer, ("result", result))
    except IngestError as exc:
        _send(answer, ("error", exc))
    except Exception as exc:  # said in the parent, where it is raised
        _send(answer, ("crash", f"{type(exc).__name__}: {exc}"))


if __name__ == "__main__":
    main()
