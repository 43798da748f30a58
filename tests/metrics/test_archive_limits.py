"""Archives past their limits are refused unread, in one line that says which limit, in little memory:
a decompression bomb, thousands of files, archives nested deep, a workbook of endless cells."""

from __future__ import annotations

import io
import sys
import tracemalloc
import zipfile
from datetime import date
from pathlib import Path

import openpyxl
import pytest

from metrics.ingest import IngestError, Tuning, read_export
from metrics.ingest.options import Limits
from resonance import say

sys.path.insert(0, str(Path(__file__).resolve().parents[2] / "bench"))
from bench_hostile import LAUGHS, OUTSIDE, workbook

GOOD = "Дата,Бренд,Площадка,Автор,Текст\n2026-11-20 10:00,Зерно,vk,a,Кофе\n".encode()


def zipped(entries: dict[str, bytes]) -> bytes:
    out = io.BytesIO()
    with zipfile.ZipFile(out, "w", compression=zipfile.ZIP_DEFLATED) as zf:
        for name, content in entries.items():
            zf.writestr(name, content)
    return out.getvalue()


def refusal(data: bytes, name: str, tuning: Tuning | None = None) -> IngestError:
    with pytest.raises(IngestError) as caught:
        read_export(data, name=name, today=date(2026, 11, 23), tuning=tuning)
    return caught.value


def test_a_decompression_bomb_is_refused_before_it_is_expanded():
    bomb = zipped({"week.csv": GOOD + b"0" * (64 << 20)})  # 64 MB of zeros in about 64 KB
    assert len(bomb) < 200_000
    tracemalloc.start()
    error = refusal(bomb, "bomb.zip")
    peak = tracemalloc.get_traced_memory()[1]
    tracemalloc.stop()
    assert error.code == "archive_ratio" and peak < 16 << 20  # never expanded
    assert say.problem(error, "en").startswith("bomb.zip/week.csv: refused unread: this file expands ")


def test_too_many_files_or_archives_nested_too_deep_are_refused_in_one_line():
    many = zipped({f"part{i}.csv": GOOD for i in range(1_001)})
    error = refusal(many, "many.zip")
    assert error.code == "archive_entries"
    assert say.problem(error, "en") == (
        "many.zip: refused unread: the archive holds 1,001 files, more than 1,000. Upload fewer at a time, or "
        "raise the limit (Data page: limits; --max-files)."
    )
    nested = zipped({"b.zip": zipped({"c.zip": zipped({"week.csv": GOOD})})})
    with pytest.raises(IngestError) as caught:
        read_export(nested, name="a.zip", today=date(2026, 11, 23))
    assert caught.value.code == "archive_depth"
    one_deep = read_export(zipped({"b.zip": zipped({"week.csv": GOOD})}), name="a.zip", today=date(2026, 11, 23))
    assert one_deep.error is None  # an archive inside an archive is read


def test_the_limits_are_adjustable_and_a_workbook_is_counted_as_it_is_read():
    book = openpyxl.Workbook()
    sheet = book.active
    sheet.append(["Дата", "Бренд", "Площадка", "Автор", "Текст"])
    for i in range(60):
        sheet.append([f"2026-11-{10 + i % 10}", "Зерно", "vk", f"a{i}", "Кофе"])
    data = io.BytesIO()
    book.save(data)
    assert read_export(data.getvalue(), name="w.xlsx", today=date(2026, 11, 23)).error is None
    error = refusal(data.getvalue(), "w.xlsx", Tuning(limits=Limits(cells=100)))
    assert error.code == "archive_cells"
    assert say.problem(error, "ru") == "w.xlsx: отклонено: в книге больше 100 ячеек. Выгрузите нужный лист в CSV."
    small = Tuning(limits=Limits(expanded=1_000))
    assert refusal(zipped({"week.csv": GOOD * 20}), "big.zip", small).code == "archive_expanded"


def test_the_command_line_raises_a_limit_for_a_file_known_to_be_sound(tmp_path, capsys):
    from resonance.cli import main

    path = tmp_path / "zeros.zip"
    path.write_bytes(zipped({"week.csv": GOOD + b"0" * (4 << 20)}))
    assert main(["inspect", str(path)]) == 2
    assert "refused unread: this file expands" in capsys.readouterr().out
    assert main(["inspect", str(path), "--max-ratio", "100000"]) == 0
    assert "Mentions table" in capsys.readouterr().out


def test_a_workspace_keeps_its_own_limits_and_the_cli_flags_override_them(tmp_path, capsys):
    from metrics import store
    from resonance import cli

    three = tmp_path / "three.zip"
    three.write_bytes(zipped({f"part{i}.csv": GOOD for i in range(3)}))
    workspace = store.open_workspace(tmp_path / "w.duckdb")
    version = workspace.version()
    workspace.update_settings(limits=Limits(entries=2).to_settings())
    assert workspace.version() == version  # how files are read changes no number: the pages' caches stay
    report = workspace.import_file(three)
    assert report.error is not None and report.error.code == "archive_entries"
    assert report.error.problem.params["maximum"] == 2 and workspace.imports().empty  # nothing written
    workspace.close()
    assert cli.main(["import", str(three), "--workspace", str(tmp_path / "w.duckdb")]) == 2
    assert "more than 2" in capsys.readouterr().err
    assert cli.main(["import", str(three), "--workspace", str(tmp_path / "w.duckdb"), "--max-files", "3"]) == 0
    reopened = store.open_workspace(tmp_path / "w.duckdb")
    assert len(reopened.imports()) == 1
    assert Limits.from_settings(reopened.settings()["limits"]).entries == 2  # a flag does not change the setting


@pytest.mark.parametrize(("dtd", "use"), [(LAUGHS, b"&h;"), (OUTSIDE, b"&x;")], ids=["billion_laughs", "outside_file"])
def test_a_workbook_declaring_entities_is_refused_unread_in_one_line(dtd, use):
    data = workbook(dtd, use)
    assert len(data) < 20_000
    tracemalloc.start()
    error = refusal(data, "week.xlsx")
    peak = tracemalloc.get_traced_memory()[1]
    tracemalloc.stop()
    assert error.code == "xml_dtd" and peak < 16 << 20  # nothing expanded, nothing of /etc read
    assert say.problem(error, "en").startswith(
        "week.xlsx: refused unread: its part xl/worksheets/sheet1.xml declares a DTD (entities)"
    )
    assert "объявляет DTD" in say.problem(error, "ru")
    assert read_export(workbook(b"", "Кофе".encode()), name="week.xlsx", today=date(2026, 11, 23)).error is None
