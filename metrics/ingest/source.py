"""A file's bytes, read only as far as needed, and its content hash computed beside the reading."""

from __future__ import annotations

import threading
from collections.abc import Iterator
from concurrent.futures import Future
from contextlib import contextmanager
from pathlib import Path

import blake3

from metrics.ingest import sniff


class Source:
    """A file's bytes, read only as far as needed: a 300 MB export is streamed, not held in memory."""

    def __init__(self, path: Path | None = None, data: bytes | None = None):
        self.path, self._data = path, data
        self._hashing: Future | None = None

    @property
    def file(self) -> Path:
        """The file on disk; a source made of bytes has none (and reads its bytes instead)."""
        if self.path is None:
            raise ValueError("a source made of bytes has no file")
        return self.path

    @property
    def size(self) -> int:
        return len(self._data) if self._data is not None else self.file.stat().st_size

    def head(self, n: int = sniff.HEAD_BYTES) -> bytes:
        if self._data is not None:
            return self._data[:n]
        with open(self.file, "rb") as f:
            return f.read(n)

    def tail(self, n: int = 4096) -> bytes:
        if self._data is not None:
            return self._data[-n:]
        with open(self.file, "rb") as f:
            f.seek(max(0, self.size - n))
            return f.read()

    def line_end(self, pos: int, end: int) -> int:
        """The position just after the first line break at or after ``pos`` (``end`` when there is none before it)."""
        if self._data is not None:
            found = self._data.find(b"\n", pos, end)
            return end if found < 0 else found + 1
        with open(self.file, "rb") as f:
            f.seek(pos)
            while pos < end:
                block = f.read(min(1 << 16, end - pos))
                if not block:
                    break
                found = block.find(b"\n")
                if found >= 0:
                    return pos + found + 1
                pos += len(block)
        return end

    def all(self) -> bytes:
        if self._data is None:
            self._data = self.file.read_bytes()
        return self._data

    @contextmanager
    def stream(self, start: int, end: int) -> Iterator:
        """An Arrow input stream over bytes ``start:end``."""
        import pyarrow as pa

        if self._data is not None:
            yield pa.BufferReader(pa.py_buffer(self._data).slice(start, end - start))
            return
        # Read by Arrow itself into buffers it reuses (a Python stream would hand it new ones per block).
        with pa.OSFile(str(self.path)) as file:
            yield file.get_stream(start, end - start)

    def release(self) -> None:
        """Forget bytes read from a path (they can be read again); bytes given by the caller stay."""
        if self.path is not None:
            self._data = None

    def hash_in_background(self) -> None:
        """Start computing :meth:`content_hash` on a thread of its own (BLAKE3 lets go of the GIL)."""
        if self._hashing is None:
            self._hashing = Future()
            threading.Thread(target=self._hash, args=(self._hashing, self._data), daemon=True).start()

    def _hash(self, future: Future, data: bytes | None) -> None:
        try:
            future.set_result(self._content_hash(data))
        except BaseException as exc:  # handed to whoever asks for the hash
            future.set_exception(exc)

    def content_hash(self) -> str | None:
        """The content hash, ``blake3:`` and 64 hex digits; None when the file can no longer be read."""
        try:
            return self._hashing.result() if self._hashing is not None else self._content_hash(self._data)
        except OSError:
            return None

    def _content_hash(self, data: bytes | None) -> str:
        # BLAKE3: a cryptographic hash several times faster than SHA-256 (a 300 MB export in 0.06 s).
        hasher = blake3.blake3()
        if data is not None:
            hasher.update(data)
        elif self.file.stat().st_size:  # an empty file cannot be mapped (and hashes as no bytes)
            hasher.update_mmap(self.file)
        return "blake3:" + hasher.hexdigest()
