"""The process benchmark's storing floor is what it says: the generic file's rows written as wide as the
workspace keeps its mentions, so that the import's ratio is read against a floor of the same work."""

import subprocess
import sys
from datetime import date
from pathlib import Path

import duckdb

BENCH = Path(__file__).resolve().parents[2] / "bench"
sys.path.insert(0, str(BENCH))
from bench_process import storing_floor  # noqa: E402
from make_generic import write  # noqa: E402

from metrics.store import CONNECTION, open_workspace  # noqa: E402


def columns(path: Path) -> list[tuple[str, str]]:
    with duckdb.connect(str(path), read_only=True) as con:
        return con.execute(
            "SELECT column_name, data_type FROM duckdb_columns() WHERE table_name = 'mentions' ORDER BY column_index"
        ).fetchall()


def test_the_storing_floor_writes_every_row_into_a_table_laid_out_as_the_workspace_mentions(tmp_path):
    csv = write(1_000, tmp_path / "generic.csv")
    floor = tmp_path / "floor.duckdb"
    assert f"config={CONNECTION!r}" in storing_floor(csv, str(floor), True)  # opened as a workspace is
    for _ in range(2):  # run twice, as the benchmark runs each process: the second starts from a new file
        subprocess.run([sys.executable, "-c", storing_floor(csv, str(floor), True)], check=True)
    workspace = open_workspace(tmp_path / "workspace.duckdb")
    report = workspace.import_file(csv, today=date(2026, 1, 1))
    workspace.close()
    assert report.error is None and report.tables[0].added == 1_000
    assert columns(floor) == columns(tmp_path / "workspace.duckdb")
    with duckdb.connect(str(floor), read_only=True) as con:
        stored = con.execute(
            "SELECT count(*), count(DISTINCT source_row), count(published_at), count(sentiment), min(source_row) "
            "FROM mentions"
        ).fetchone()
    assert stored == (1_000, 1_000, 1_000, 1_000, 2)
