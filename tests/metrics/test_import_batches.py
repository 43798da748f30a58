"""A large file is imported a batch at a time, and says exactly what a whole reading says: the same rows
(numbered as in the file, the last copy of a repeated row kept), the same counts and warnings, the same
date layout; where a batch alone could say otherwise (a value spanning lines, dates in two layouts, a
batch without one good row) the file is read again whole."""

from __future__ import annotations

import random
from pathlib import Path

import duckdb
import pandas as pd
import pytest

from metrics import store
from metrics.ingest import Tuning

HEADER = "Дата,Бренд,Площадка,Автор,Текст,Охват,Лайки,Комментарии,Репосты,Тональность\n"
WHOLE = Tuning(batches_from=1 << 40)
SMALL = Tuning(batches_from=1, batch_bytes=48 << 10)  # about 500 rows a batch


def row(i: int, rng: random.Random, day: str | None = None, text: str | None = None) -> str:
    day = day or f"2025-{rng.randint(1, 12):02d}-{rng.randint(1, 28):02d} {rng.randint(0, 23):02d}:{i % 60:02d}"
    words = ["кофе", "вкусно", "долго", "coffee", "great", "slow", "зерно"]
    cells = [
        day,
        rng.choice(["Зерно", "Крона", "Утро Кофе"]),
        rng.choice(["vk", "telegram", "x"]),
        f"user{rng.randint(1, 400)}",
        text or " ".join(rng.choice(words) for _ in range(9)),
        *(str(rng.randint(0, top)) for top in (9000, 50, 9, 3)),
        rng.choice(["positive", "neutral", "negative", ""]),
    ]
    return ",".join(cells) + "\n"


def write(path: Path, lines: list[str]) -> Path:
    path.write_text(HEADER + "".join(lines), encoding="utf-8")
    return path


def messy(n: int = 12_000, seed: int = 7) -> list[str]:
    """Rows with what real files have: blank lines, dates no one can read, counts written as words, and
    rows the export repeats far apart."""
    rng = random.Random(seed)
    lines = [row(i, rng) for i in range(n)]
    for i in range(37, n, 997):
        lines[i] = "\n"
    for i in range(101, n, 1499):
        lines[i] = lines[i].replace("2025-", "вчера-", 1)
    for i in range(211, n, 1777):
        parts = lines[i].split(",")
        parts[5] = "много"
        lines[i] = ",".join(parts)
    for i in range(300, n, 2500):
        lines[i + 5000 if i + 5000 < n else i - 200] = lines[i]  # the same row again, batches away
    return lines


def imported(tmp_path: Path, name: str, path: Path, tuning: Tuning, before: Path | None = None):
    workspace = store.open_workspace(tmp_path / f"{name}.duckdb")
    if before is not None:
        workspace.import_file(before)
    report = workspace.import_file(path, tuning=tuning)
    rows = workspace.read("mentions", with_text=True).drop(columns=["import_id"], errors="ignore")
    rows = rows.sort_values(["mention_key", "brand"]).reset_index(drop=True)
    workspace.close()
    return report, rows


@pytest.fixture
def appended(monkeypatch):
    """How many batches went into the workspace a batch at a time."""
    calls = []
    keyed = store.Workspace._keyed

    def counting(self, table, frame, aliases, judge):
        calls.append(len(frame))
        return keyed(self, table, frame, aliases, judge)

    monkeypatch.setattr(store.Workspace, "_keyed", counting)
    return calls


def assert_same_import(batched, whole) -> None:
    (report, rows), (whole_report, whole_rows) = batched, whole
    assert report.error is None and whole_report.error is None
    pd.testing.assert_frame_equal(rows, whole_rows)
    counts = [(t.table, t.added, t.replaced, t.unchanged, t.skipped, t.skipped_by) for t in report.tables]
    assert counts == [(t.table, t.added, t.replaced, t.unchanged, t.skipped, t.skipped_by) for t in whole_report.tables]
    result, whole_result = report.result, whole_report.result
    assert result.rows_read == whole_result.rows_read
    assert result.warning_counts == whole_result.warning_counts
    assert sorted((w.code, w.column, w.row) for w in result.warnings) == sorted(
        (w.code, w.column, w.row) for w in whole_result.warnings
    )
    assert result.date_orders == whole_result.date_orders
    assert result.assumptions() == whole_result.assumptions()


def test_a_file_read_in_batches_gives_what_a_whole_reading_gives(tmp_path, appended):
    path = write(tmp_path / "mentions.csv", messy())
    batched = imported(tmp_path, "batched", path, SMALL)
    assert len(appended) > 10, "the file was not read in batches"
    whole = imported(tmp_path, "whole", path, WHOLE)
    assert_same_import(batched, whole)
    report, rows = batched
    assert report.tables[0].skipped_by.get("empty_row") == 12
    lines = messy()
    last = max(i for i, line in enumerate(lines) if line == lines[300])
    assert last > 5000  # a row the export repeats batches apart is kept once, numbered as its last copy
    author, text = lines[300].split(",")[3:5]
    kept = rows[(rows["author"] == author) & (rows["text"] == text)]
    assert kept["source_row"].tolist() == [last + 2]  # the header is row 1


def test_batches_into_a_workspace_with_rows_add_replace_and_keep_as_a_whole_reading_does(tmp_path, appended):
    lines = messy(6000, seed=3)
    before = write(tmp_path / "before.csv", lines[:2000] + [line.replace(",vk,", ",ok,") for line in lines[2000:2500]])
    path = write(tmp_path / "mentions.csv", lines)
    batched = imported(tmp_path, "batched", path, SMALL, before=before)
    assert appended, "the file was not read in batches"
    whole = imported(tmp_path, "whole", path, WHOLE, before=before)
    assert_same_import(batched, whole)
    assert batched[0].tables[0].unchanged > 1500


def test_values_spanning_lines_are_read_whole(tmp_path):
    rng = random.Random(5)
    lines = [row(i, rng, text='"первая строка\nвторая строка"' if i % 40 == 0 else None) for i in range(6000)]
    path = write(tmp_path / "multiline.csv", lines)
    assert_same_import(imported(tmp_path, "batched", path, SMALL), imported(tmp_path, "whole", path, WHOLE))


@pytest.mark.parametrize("clear_first", [True, False], ids=["the first batch says day first", "a later batch does"])
def test_dates_are_read_in_the_layout_the_whole_file_shows(tmp_path, clear_first):
    rng = random.Random(11)
    clear = [row(i, rng, day=f"{13 + i % 15}.0{1 + i % 9}.2025 10:{i % 60:02d}") for i in range(1500)]
    unclear = [row(i, rng, day=f"0{1 + i % 9}.0{1 + (i * 7) % 9}.2025 11:{i % 60:02d}") for i in range(4500)]
    path = write(tmp_path / "dates.csv", clear + unclear if clear_first else unclear + clear)
    batched, whole = imported(tmp_path, "batched", path, SMALL), imported(tmp_path, "whole", path, WHOLE)
    assert_same_import(batched, whole)
    assert batched[1]["published_at"].dt.month.nunique() == 9  # 05.03 is the 5th of March throughout
    assert batched[0].tables[0].skipped == 0


def test_a_batch_without_one_good_row_does_not_refuse_a_file_a_whole_reading_takes(tmp_path):
    rng = random.Random(2)
    good = [row(i, rng) for i in range(3000)]
    undated = [line.replace("2025-", "когда-то-", 1) for line in (row(i, rng) for i in range(1500))]
    path = write(tmp_path / "gap.csv", good[:1500] + undated + good[1500:])
    batched, whole = imported(tmp_path, "batched", path, SMALL), imported(tmp_path, "whole", path, WHOLE)
    assert_same_import(batched, whole)
    assert batched[0].tables[0].added == 3000


def test_a_file_no_batch_can_read_is_refused_as_a_whole_reading_refuses_it(tmp_path):
    rng = random.Random(4)
    path = write(tmp_path / "undated.csv", [row(i, rng).replace("2025-", "когда-то-", 1) for i in range(3000)])
    workspace = store.open_workspace(tmp_path / "w.duckdb")
    try:
        report = workspace.import_file(path, tuning=SMALL)
        whole = workspace.import_file(path, tuning=WHOLE)
        assert report.error is not None and report.error.code == whole.error.code == "unreadable_dates"
        where = (report.error.problem.row, report.error.problem.column)
        assert where == (whole.error.problem.row, whole.error.problem.column) == (2, "Дата")
        assert workspace.imports().empty and workspace.read("mentions").empty
    finally:
        workspace.close()


def test_a_workspace_with_codes_judges_a_batched_file_as_a_whole_one(tmp_path):
    """Codes and the model learnt from them apply to every batch: hand codes where a text is coded, the
    learnt model's label where the source gave none, the export's label kept aside, as a whole reading."""
    from metrics.sentiment.codes import CodesFile

    path = write(tmp_path / "mentions.csv", messy(4_000))
    rng = random.Random(11)
    texts = sorted({line.split(",")[4] for line in messy(4_000) if line.count(",") > 5})[:60]
    codes = pd.DataFrame(
        {
            "brand": [None] * 60,
            "text": texts,
            "sentiment": [rng.choice(["positive", "neutral", "negative"]) for _ in texts],
            "row": range(2, 62),
        }
    )
    reads = {}
    for name, tuning in (("whole", WHOLE), ("batched", SMALL)):
        workspace = store.open_workspace(tmp_path / f"{name}.duckdb")
        workspace.add_codes(CodesFile("codes.csv", codes))
        assert workspace.sentiment_model().learnt
        workspace.import_file(path, tuning=tuning)
        rows = workspace.read("mentions", with_text=True).drop(columns=["import_id"], errors="ignore")
        reads[name] = rows.sort_values(["mention_key", "brand"]).reset_index(drop=True)
        workspace.close()
    pd.testing.assert_frame_equal(reads["batched"], reads["whole"])
    sources = set(reads["whole"]["sentiment_source"].dropna())
    assert sources == {"export", "model", "manual"}


def test_batches_go_into_their_columns_in_a_workspace_an_older_version_laid_out(tmp_path, appended):
    """A workspace written before a column was added has that column last: batches are written by name."""
    path = write(tmp_path / "mentions.csv", messy(3000, seed=5))
    store.open_workspace(tmp_path / "older.duckdb").close()
    with duckdb.connect(str(tmp_path / "older.duckdb")) as con:
        for column in ("published_tz", "export_sentiment"):
            con.execute(f'ALTER TABLE mentions DROP COLUMN "{column}"')
    batched = imported(tmp_path, "older", path, SMALL)
    assert len(appended) > 3, "the file was not read in batches"
    with duckdb.connect(str(tmp_path / "older.duckdb"), read_only=True) as con:
        found = con.execute("SELECT column_name FROM duckdb_columns() WHERE table_name = 'mentions'").fetchall()
    order = [r[0] for r in found]
    assert order[-3:] == ["import_id", "published_tz", "export_sentiment"]  # as an older version leaves them
    assert_same_import(batched, imported(tmp_path, "whole", path, WHOLE))
