"""Bad files never crash: each gets a clear message naming the file and saying what would be valid."""

import io
import re
import zipfile
from pathlib import Path

import pytest

from metrics.ingest import FORMATS, IngestError, read_export
from resonance import say
from resonance.i18n import t

EXPORTS = Path(__file__).resolve().parents[1] / "fixtures" / "exports"


def error_of(data: bytes, name: str) -> IngestError:
    with pytest.raises(IngestError) as caught:
        read_export(data, name=name)
    return caught.value


@pytest.mark.parametrize(
    ("data", "name", "code", "says"),
    [
        (b"", "empty.csv", "empty", "the file is empty"),
        (b"   \n\n", "blank.csv", "empty", "the file is empty"),
        (b"\x89PNG\r\n\x1a\n\x00\x00\x00\rIHDR" + bytes(200), "photo.csv", "binary", "not a text table"),
        ((EXPORTS / "marketing_calendar.xlsx").read_bytes()[:900], "calendar.xlsx", "corrupt_zip", "damaged"),
        (b"PK\x03\x04" + bytes(50), "broken.zip", "corrupt_zip", "damaged"),
        # Mac Roman: its é is Windows-1252's Ž, so reading it as either Windows code page would be wrong.
        (
            "Café;Prix;Qualité\nrésumé;10;élevée\n".encode("mac_roman"),
            "mac.csv",
            "bad_encoding",
            "Save it as UTF-8 (or UTF-16, Windows-1251, Windows-1252)",
        ),
        (b"\xd0\xcf\x11\xe0\xa1\xb1\x1a\xe1" + bytes(100), "old.xls", "corrupt_xlsx", "cannot be opened"),
    ],
)
def test_unreadable_files_get_a_message_that_names_them(data, name, code, says):
    error = error_of(data, name)
    assert error.code == code
    assert say.problem(error, "en").startswith(f"{name}: ")
    assert says in say.problem(error, "en")
    assert say.problem(error, "ru").startswith(f"{name}: ") and say.problem(error, "ru") != say.problem(error, "en")


def test_unknown_layout_says_in_plain_words_what_was_found_and_what_to_do():
    error = error_of("Колонка А;Колонка Б\n1;2\n".encode(), "mystery.csv")
    assert error.code == "unknown_layout"
    assert say.problem(error, "en") == (
        "mystery.csv: Resonance does not know these columns: «Колонка А», «Колонка Б». Say which column is which "
        "(a date, a text, a number) and the file is read; a file with the same columns is then read the same way."
    )
    assert say.problem(error, "ru").startswith(
        "mystery.csv: Resonance не знает таких столбцов: «Колонка А», «Колонка Б»."
    )
    for lang in ("en", "ru"):  # no internal format id
        assert not any(f.id in say.problem(error, lang) for f in FORMATS)


def test_a_header_with_no_rows_says_there_are_no_values():
    error = error_of("Дата;Выручка\n".encode(), "sales.csv")
    assert error.code == "missing_columns"
    assert "sales.csv" in say.problem(error, "en") and "date" in say.problem(error, "en")
    assert error.problem.params["format"] == "sales_daily"  # the library gives the format's id ...
    assert "«Daily sales table»" in say.problem(error, "en")  # ... which is named in the reader's language
    assert "«Таблица продаж по дням»" in say.problem(error, "ru")


def test_a_zip_with_nothing_readable_says_how_many_files_it_tried():
    buffer = io.BytesIO()
    with zipfile.ZipFile(buffer, "w") as zf:
        zf.writestr("__MACOSX/._sales.csv", b"\x00\x05\x16\x07")
        zf.writestr("notes.csv", "a;b\n1;2\n")
    error = error_of(buffer.getvalue(), "export.zip")
    assert error.code == "zip_nothing"
    assert "1 files" in say.problem(error, "en")  # the macOS shadow entry is not counted


def test_a_zip_reads_every_readable_entry_and_reports_the_others():
    buffer = io.BytesIO()
    with zipfile.ZipFile(buffer, "w") as zf:
        zf.writestr("stats/telegram_stats.csv", (EXPORTS / "telegram_stats.csv").read_bytes())
        zf.writestr("stats/readme.csv", "what;ever\n")
        zf.writestr(".DS_Store", b"\x00\x00")
    result = read_export(buffer.getvalue(), name="export.zip")
    leaves = result.leaves()
    assert [leaf.file for leaf in leaves] == ["export.zip/stats/telegram_stats.csv", "export.zip/stats/readme.csv"]
    assert leaves[0].rows_read == 3 and leaves[0].error is None
    assert leaves[1].error.code == "unknown_layout"
    assert set(result.tables()) == {"audience"}


def test_impossible_values_are_named_by_row_and_column_and_the_rest_is_read():
    data = (
        "Дата,Подписчики,Подписались,Отписались,Просмотры\n"
        "2026-11-15,19400,40,12,8800\n"
        "2026-13-45,19430,45,15,9100\n"
        "2026-11-17,19500,-90,20,lots\n"
    ).encode()
    result = read_export(data, name="tg.csv")
    assert result.rows_read == 2
    assert result.rows_skipped == {"bad_required_value": 1}
    messages = [say.problem(w, "en") for w in result.warnings]
    assert "tg.csv, row 3, column «Дата»: «2026-13-45» is not a date; the row was skipped." in messages[0]
    assert any(m.startswith("tg.csv, row 4, column «Просмотры»: «lots» is not a number") for m in messages)
    assert any(m.startswith("tg.csv, row 4, column «Подписались»: «-90» is negative") for m in messages)
    assert result.frame["followers_gained"].isna().tolist() == [False, True]


def test_a_missing_path_is_a_clear_error():
    with pytest.raises(IngestError) as caught:
        read_export("/nonexistent/folder/sales.csv")
    assert say.problem(caught.value, "en").startswith("sales.csv: cannot open the file")


def test_the_exports_named_as_those_resonance_reads_are_among_its_formats():
    labels = " ".join(t(f"format.{f.id}", "en") for f in FORMATS if not f.refuse)
    named = [n.strip() for group in re.findall(r"\(([^)]*)\)", t("ingest.known_kinds", "en")) for n in group.split(",")]
    assert len(named) > 10 and [n for n in named if n not in labels] == []


def test_a_text_longer_than_the_csv_modules_cell_limit_is_read_whole():
    """A long post or a whole news story (more than 131,072 characters in one cell) is one value, read."""
    from metrics.ingest import read_export

    long = "Кофе " * 40_000  # 200,000 characters
    read = read_export(f"Дата,Бренд,Текст\n2026-11-20,Зерно,{long}\n2026-11-21,Зерно,Кофе\n".encode(), name="m.csv")
    assert read.frame["text"].str.len().tolist() == [len(long), 4]


def test_a_first_row_longer_than_the_part_of_the_file_looked_at_first_is_read():
    """A news story of 600,000 Cyrillic characters (1.2 MB) in the first row: the reader looks at the
    file's first megabyte to find its layout, which then ends inside that row; the rows are still read."""
    from metrics.ingest import read_export

    story = "к" * 600_000
    header = "Дата;Бренд;Площадка;Автор;Текст\n"
    alone = read_export(f"{header}2026-11-20 10:00;Зерно;vk;anna;{story}\n".encode(), name="news.csv")
    assert alone.frame["text"].str.len().tolist() == [600_000]
    more = read_export(
        f"{header}2026-11-20 10:00;Зерно;vk;anna;{story}\n2026-11-21;Зерно;vk;b;x\n".encode(), name="n.csv"
    )
    assert more.frame["text"].str.len().tolist() == [600_000, 1] and more.frame["brand"].tolist() == ["Зерно"] * 2
