"""An upload's import runs on a thread of its own while the page's thread draws how far it has got."""

from __future__ import annotations

import threading
import time

import pytest

from dashboard.progress import with_progress
from metrics.ingest import Progress, read_export
from metrics.ingest.progress import current


def test_the_last_progress_is_drawn_on_the_calling_thread_until_the_work_returns():
    drawn: list[tuple[Progress, str]] = []

    def work() -> str:
        report = current()
        assert report is not None
        for done in range(1, 4):
            report(Progress(done * 100, 300, done * 10))
            time.sleep(0.15)
        return "imported"

    result = with_progress(
        work, lambda done, seconds: drawn.append((done, threading.current_thread().name)), every=0.05
    )
    assert result == "imported"
    assert [done.bytes_read for done, _ in drawn] == [100, 200, 300]  # each drawn once
    assert {thread for _, thread in drawn} == {threading.current_thread().name}


def test_a_file_read_by_the_work_reports_to_the_drawing(tmp_path):
    path = tmp_path / "sales.csv"
    path.write_text("Дата;Выручка\n" + "".join(f"{1 + i % 28:02d}.11.2026;{i}\n" for i in range(200_000)))
    drawn: list[Progress] = []
    result = with_progress(lambda: read_export(path), lambda done, seconds: drawn.append(done), every=0.001)
    assert result.rows_read == 200_000
    assert drawn and all(done.bytes_total == path.stat().st_size for done in drawn)


def test_an_error_of_the_work_reaches_the_caller():
    def work() -> None:
        raise ValueError("not a table")

    with pytest.raises(ValueError, match="not a table"):
        with_progress(work, lambda done, seconds: None)
