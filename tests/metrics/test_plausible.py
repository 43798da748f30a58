"""Impossible dates and numbers: said where they are, never taken silently, never moving the default period."""

from __future__ import annotations

from resonance import say
from resonance.cli import main

HEADER = "Дата,Бренд,Площадка,Автор,Текст,Охват,Лайки\n"
ROWS = [
    "2026-11-16 10:00,Зерно,vk,a,Кофе,10,1",
    "9999-12-31 10:00,Зерно,vk,b,Кофе,1e400,2",
    "0001-01-01 10:00,Зерно,vk,c,Кофе,9223372036854775808,3",
    "2026-11-22 10:00,Зерно,vk,d,Кофе,5,-4",
]


def test_a_date_before_2000_or_to_come_is_said_and_a_number_past_64_bits_is_too_large(tmp_path):
    from metrics.ingest import read_export

    read = read_export((HEADER + "\n".join(ROWS) + "\n").encode(), name="m.csv")
    said = [(w.code, w.row, w.column) for w in read.warnings]
    assert ("implausible_date", 3, "Дата") in said and ("implausible_date", 4, "Дата") in said
    assert ("number_too_large", 3, "Охват") in said and ("number_too_large", 4, "Охват") in said
    assert ("negative_count", 5, "Лайки") in said  # and only the really negative one is called so
    assert len(read.frame) == 4 and read.frame["reach"].isna().sum() == 2
    line = say.problem(next(w for w in read.warnings if w.code == "number_too_large"), "en")
    assert line == (
        "m.csv, row 3, column «Охват»: «1e400» is too large to be a count or an amount (more than 9.2 × 10¹⁸); "
        "the value was left empty."
    )


def test_a_mistyped_day_far_away_does_not_move_the_default_period(tmp_path, capsys):
    path = tmp_path / "m.csv"
    path.write_text(HEADER + "\n".join(ROWS) + "\n", encoding="utf-8")
    workspace = tmp_path / "w.duckdb"
    assert main(["import", str(path), "--workspace", str(workspace), "--quiet"]) == 0
    capsys.readouterr()
    assert main(["summary", "--workspace", str(workspace)]) == 0
    assert capsys.readouterr().out.splitlines()[0].startswith("Зерно: 2026-11-16 … 2026-11-22")
