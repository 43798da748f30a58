"""Real exports that their owners published (tests/fixtures/real/, sources and licences in each folder's
SOURCES.md), read as a new user would read them.

``EXPECTED.jsonl`` states, one line per file, what a correct reader gives: the table (or ``refuse``
for a file that holds no table of ours), the rows, the first and last day, and sums or last values
that were checked by hand against the file (or the platform's own total row), with how.
"""

from __future__ import annotations

import json
import math
from datetime import date
from pathlib import Path

import pandas as pd
import pytest

from metrics import schema, store
from metrics.ingest import IngestError, read_export
from resonance import cli

REAL = Path(__file__).resolve().parents[1] / "fixtures" / "real"
EXPECTED = [json.loads(line) for line in (REAL / "EXPECTED.jsonl").read_text(encoding="utf-8").splitlines() if line]
BY_FILE = {e["file"]: e for e in EXPECTED}
TODAY = date(2026, 11, 26)
KEEP = {"SOURCES.md", "EXPECTED.json", "EXPECTED.jsonl"}


def read(entry: dict):
    return read_export(REAL / entry["file"], today=TODAY, brand="Brand")


def local_days(frame: pd.DataFrame, table: str) -> pd.Series:
    """The day of each row as the source wrote it: times in the zone they were read in."""
    column = schema.TABLES[table].date_column
    values = frame[column]
    if isinstance(values.dtype, pd.DatetimeTZDtype):
        zones = frame["published_tz"] if "published_tz" in frame else pd.Series("UTC", index=frame.index)
        return pd.Series(
            [v.tz_convert(z).date() if pd.notna(v) else None for v, z in zip(values, zones, strict=True)],
            index=frame.index,
        )
    return values.dt.date


def test_every_file_of_the_corpus_has_its_expectation_and_its_source():
    files = {str(p.relative_to(REAL)) for p in REAL.rglob("*") if p.is_file() and p.name not in KEEP}
    assert files == set(BY_FILE)
    for folder in {Path(f).parts[0] for f in files}:
        sources = (REAL / folder / "SOURCES.md").read_text(encoding="utf-8")
        missing = [f for f in files if f.startswith(folder + "/") and Path(f).name not in sources]
        assert missing == [], f"{folder}/SOURCES.md does not name {missing}"


def test_the_corpus_is_large_and_varied():
    assert len(EXPECTED) >= 40
    assert len({e.get("layout", e["file"]) for e in EXPECTED}) >= 15


@pytest.mark.parametrize("name", sorted(BY_FILE))
def test_a_real_export_lands_in_its_table_with_its_rows_and_days(name):
    entry = BY_FILE[name]
    if entry["table"] == "refuse":
        with pytest.raises(IngestError) as refused:
            read(entry)
        if entry.get("refusal"):
            assert refused.value.code.startswith(entry["refusal"])
        return
    result = read(entry)
    tables = result.tables()
    assert list(tables) == [entry["table"]], f"read as {list(tables)}"
    frame = tables[entry["table"]]
    if entry.get("format"):
        assert {leaf.format_id for leaf in result.leaves() if leaf.frame is not None} == {entry["format"]}
    assert len(frame) == entry["rows"]
    days = local_days(frame, entry["table"])
    assert (str(days.min()), str(days.max())) == (entry["from"], entry["to"])
    for column, expected in entry.get("sums", {}).items():
        assert frame[column].sum() == pytest.approx(expected, abs=0.01), column
    for column, expected in entry.get("last", {}).items():
        dated = frame.assign(_day=days).dropna(subset=[column]).sort_values("_day")
        assert dated[column].iloc[-1] == expected, column
    for column, counts in entry.get("counts", {}).items():
        assert frame[column].value_counts().to_dict() == counts, column
    for column, distinct in entry.get("distinct", {}).items():
        assert frame[column].nunique() == distinct, column


def test_nothing_is_read_as_mentions_unless_it_holds_mentions():
    for entry in EXPECTED:
        if entry["table"] in ("mentions", "refuse"):
            continue
        try:
            tables = read(entry).tables()
        except IngestError:
            continue
        assert "mentions" not in tables, entry["file"]


def test_inspect_and_import_answer_every_file_without_a_traceback(tmp_path, capsys):
    workspace = tmp_path / "corpus.duckdb"
    for entry in EXPECTED:
        path = str(REAL / entry["file"])
        assert cli.main(["inspect", path, "--json"]) in (0, 2), entry["file"]
        (item,) = json.loads(capsys.readouterr().out)
        assert (item["error"] is None) == (entry["table"] != "refuse"), (entry["file"], item["error"])
        assert cli.main(["import", path, "--workspace", str(workspace)]) in (0, 2), entry["file"]
        capsys.readouterr()
    ws = store.open_workspace(workspace)
    try:
        for table in ("posts", "audience", "mentions", "sales"):
            expected = sum(e["rows"] for e in EXPECTED if e["table"] == table and e.get("distinct_keys", True))
            assert len(ws.read(table)) <= expected
    finally:
        ws.close()


def test_the_share_of_the_corpus_read_right_is_at_least_95_percent():
    right = 0
    for entry in EXPECTED:
        try:
            test_a_real_export_lands_in_its_table_with_its_rows_and_days(entry["file"])
        except (AssertionError, IngestError):
            continue
        right += 1
    assert right / len(EXPECTED) >= 0.95 or math.isclose(right / len(EXPECTED), 0.95)


def test_youtube_unique_viewers_per_video_are_not_added_up_as_reach():
    # A person who watched several videos is a unique viewer of each: the sum overstates reach, and the
    # file's Total row (for the whole file, before it was trimmed) is reported against the rows read.
    result = read(BY_FILE["platforms/youtube__ligardoisaghost/Table data.csv"])
    assert "Unique viewers" in result.unused_columns
    assert result.frame["reach"].isna().all()
    assert {c["source"] for c in result.totals if not c["equal"]} >= {"Views"}
