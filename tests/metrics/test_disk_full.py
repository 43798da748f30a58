"""A full disk: the import says so in one line, writes nothing, and keeps what was imported before.

The workspace's write-ahead log is made to point at /dev/full, where every write fails with "No space
left on device" (ENOSPC), as a full disk does.
"""

from __future__ import annotations

import os
from pathlib import Path

from metrics import store
from resonance import say


def week(first: int, n: int) -> bytes:
    rows = "".join(f"2026-11-{17 + i % 5} 10:00;Зерно;vk;user{first + i};Кофе {first + i}\n" for i in range(n))
    return ("Дата;Бренд;Площадка;Автор;Текст\n" + rows).encode()


def test_an_import_onto_a_full_disk_is_refused_in_one_line_and_loses_nothing(tmp_path: Path):
    path = tmp_path / "brand.duckdb"
    workspace = store.open_workspace(path)
    assert workspace.import_file(week(0, 50), name="first.csv").error is None
    workspace._cursor().execute("CHECKPOINT").fetchall()  # the log is empty and gone: the next write makes it
    wal = Path(f"{path}.wal")
    assert not wal.exists()
    os.symlink("/dev/full", wal)
    try:
        report = workspace.import_file(week(50, 500), name="second.csv")
        assert report.error is not None and report.error.code == "disk_full"
        assert say.problem(report.error, "en") == (
            f"second.csv: not imported: the disk that holds the workspace ({tmp_path}) is full. Nothing of this "
            "file was written and everything imported before is kept. Free some space and import it again."
        )
        assert "заполнен" in say.problem(report.error, "ru")
        counted = workspace._cursor().execute("SELECT count(*) FROM mentions").fetchall()[0][0]
        assert counted == 50 and len(workspace.imports()) == 1
    finally:
        wal.unlink()
        store.close_all()
    reopened = store.open_workspace(path)  # space freed: the workspace is as it was before
    assert reopened._cursor().execute("SELECT count(*) FROM mentions").fetchall()[0][0] == 50
    assert reopened.import_file(week(50, 500), name="second.csv").error is None
    assert reopened._cursor().execute("SELECT count(*) FROM mentions").fetchall()[0][0] == 550
