"""Progress while a file is read: bytes as Arrow takes each block, then once the file is read, with its rows."""

from __future__ import annotations

import io
import zipfile
from pathlib import Path

import pytest

from metrics.ingest import Progress, Tuning, read_export, reporting

EXPORTS = Path(__file__).resolve().parents[1] / "fixtures" / "exports"


def mentions(rows: int) -> bytes:
    """A generic mentions table of ``rows`` rows."""
    body = "".join(
        f"2026-03-{1 + i % 28:02d} 12:{i % 60:02d},Бренд {i % 3},vk,автор {i},текст {i},{i},{i % 7},1,0,positive\n"
        for i in range(rows)
    )
    return ("Дата,Бренд,Площадка,Автор,Текст,Охват,Лайки,Комментарии,Репосты,Тональность\n" + body).encode()


def test_a_file_of_many_blocks_reports_growing_bytes_up_to_its_size_then_its_rows(tmp_path):
    path = tmp_path / "mentions.csv"
    path.write_bytes(mentions(5000))
    seen: list[Progress] = []
    result = read_export(path, tuning=Tuning(block_size=1 << 14), progress=seen.append)
    size = path.stat().st_size
    read = [p.bytes_read for p in seen]
    assert len(seen) > 10  # one report per block of 16 KB
    assert read == sorted(read) and read[0] < size // 10
    assert all(p.bytes_total == size for p in seen)
    assert seen[-1] == Progress(size, size, result.rows_read) and result.rows_read == 5000
    assert all(abs(p.rows - 5000 * p.fraction) < 500 for p in seen[:-1])  # estimated from the bytes
    assert [p.complete for p in seen[-2:]] == [True, True]  # every byte taken; then the rows read


def test_reporting_changes_nothing_that_is_read():
    data = mentions(2000)
    quiet = read_export(data, name="m.csv", tuning=Tuning(block_size=1 << 12))
    told = read_export(data, name="m.csv", tuning=Tuning(block_size=1 << 12), progress=lambda p: None)
    assert told.frame is not None and told.frame.equals(quiet.frame)


@pytest.mark.parametrize(
    "name",
    ["marketing_calendar.xlsx", "sales_1c.csv", "vk_posts.csv"],
)
def test_a_small_file_or_a_workbook_reports_once_when_it_is_read(name):
    path = EXPORTS / name
    seen: list[Progress] = []
    result = read_export(path, progress=seen.append)
    size = path.stat().st_size
    assert seen[-1] == Progress(size, size, sum(leaf.rows_read for leaf in result.leaves()))
    assert len(seen) <= 3  # the single block Arrow takes of a small text table, its end, then the file read


def test_the_entries_of_a_zip_report_as_the_zip_file_only():
    buffer = io.BytesIO()
    with zipfile.ZipFile(buffer, "w") as archive:
        archive.writestr("one.csv", mentions(300))
        archive.writestr("two.csv", mentions(200))
    data = buffer.getvalue()
    seen: list[Progress] = []
    read_export(data, name="week.zip", tuning=Tuning(block_size=1 << 12), progress=seen.append)
    assert seen == [Progress(len(data), len(data), 500)]


def test_a_reading_in_a_reporting_block_reports_unless_given_its_own_callback():
    data = mentions(10)
    block: list[Progress] = []
    own: list[Progress] = []
    with reporting(block.append):
        read_export(data, name="a.csv")
        read_export(data, name="b.csv", progress=own.append)
    read_export(data, name="c.csv")
    assert len(block) == len(own) == 3  # the block, the end of the bytes, the rows read
    assert block[-1].rows == own[-1].rows == 10
