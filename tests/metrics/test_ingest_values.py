"""Values are parsed per column, the way the people who wrote them meant them."""

import math

import pandas as pd
import pytest

from metrics.ingest import sniff, values
from metrics.ingest.errors import IngestError


def as_list(series: pd.Series) -> list:
    return [None if (isinstance(v, float) and math.isnan(v)) or v is pd.NA or v is pd.NaT else v for v in series]


@pytest.mark.parametrize(
    ("cells", "expected"),
    [
        (["1,234", "12,500", "7"], [1234.0, 12500.0, 7.0]),  # thousands commas (X overview, Sprout)
        (["1,5", "2,25"], [1.5, 2.25]),  # decimal comma
        (["1\u00a0234,5", "12\u202f000"], [1234.5, 12000.0]),  # Russian Excel: no-break spaces
        (["1.234,5", "2.000.000,0"], [1234.5, 2000000.0]),  # European
        (["1,234.5", "2,000,000.25"], [1234.5, 2000000.25]),
        (["1777.0", "5.0"], [1777.0, 5.0]),  # X legacy floats as text
        (["1.2K", "3M", "15"], [1200.0, 3000000.0, 15.0]),  # TikTok
        (["-", "–", "N/A", "undefined", ""], [None] * 5),  # placeholders are no value, never 0
        (["2.57%", "10%"], [2.57, 10.0]),
    ],
)
def test_numbers_are_decided_per_column(cells, expected):
    parsed, bad = values.numbers(pd.Series(cells, dtype="string"))
    assert as_list(parsed) == expected
    assert not bad.any()


def test_a_cell_that_is_not_a_number_is_flagged_not_guessed():
    parsed, bad = values.numbers(pd.Series(["12", "lots", "-"]))
    assert as_list(parsed) == [12.0, None, None]
    assert bad.tolist() == [False, True, False]


@pytest.mark.parametrize(
    ("cells", "percent", "expected"),
    [
        (["4,2%", "0,8%"], None, [0.042, 0.008]),
        (["5.02", "71.07"], True, [0.0502, 0.7107]),  # YouTube CTR in percent units
        (["0.0028", "0.61"], None, [0.0028, 0.61]),  # X engagement rate as a fraction
    ],
)
def test_rates_become_fractions(cells, percent, expected):
    parsed, _ = values.rates(pd.Series(cells), percent=percent)
    assert parsed.round(6).tolist() == expected


@pytest.mark.parametrize(
    ("cells", "expected"),
    [
        (["03/04/2026", "12/25/2026"], ["2026-03-04", "2026-12-25"]),  # month first: 25 cannot be a month
        (["03/04/2026", "25/12/2026"], ["2026-04-03", "2026-12-25"]),  # day first, decided by the column
        (["13.03.2026", "01.04.2026 18:30"], ["2026-03-13", "2026-04-01"]),
        (["Sun, Nov 9, 2025", "Mon, Nov 10, 2025"], ["2025-11-09", "2025-11-10"]),
        (["Sep 27, 2024"], ["2024-09-27"]),
        (["18 января 2026", "3 марта 2026"], ["2026-01-18", "2026-03-03"]),
        (["2026-11-16T00:00:00", "2026-11-17"], ["2026-11-16", "2026-11-17"]),
    ],
)
def test_dates_choose_one_format_for_the_whole_column(cells, expected):
    parsed, bad = values.dates(pd.Series(cells))
    assert parsed.dt.strftime("%Y-%m-%d").tolist() == expected
    assert not bad.any()


def test_local_times_are_stored_in_utc_and_offsets_are_kept():
    local, _ = values.dates(pd.Series(["17.11.2026 10:00"]), tz="Europe/Moscow")
    assert local.iloc[0] == pd.Timestamp("2026-11-17 07:00", tz="UTC")
    shop, _ = values.dates(pd.Series(["2026-05-01 10:00:00 +0200"]), formats=("%Y-%m-%d %H:%M:%S %z",))
    assert shop.iloc[0] == pd.Timestamp("2026-05-01 08:00", tz="UTC")


def test_excel_serial_dates():
    parsed, _ = values.dates(pd.Series([46342.0, 46343.0]))
    assert parsed.dt.strftime("%Y-%m-%d").tolist() == ["2026-11-16", "2026-11-17"]


def test_ids_stay_text_without_excel_guards():
    assert values.ids(pd.Series([" -HHGH-TTqYM", "'123", "1465712230054432768"])).tolist() == [
        "-HHGH-TTqYM",
        "123",
        "1465712230054432768",
    ]
    # Excel wrote one id in scientific notation, and re-saved, rounded the other: neither can be trusted.
    assert values.excel_mangled(pd.Series(["1.22158E+17", "122158000000000000"])).tolist() == [True, True]


@pytest.mark.parametrize(
    ("data", "encoding"),
    [
        ("Дата;Выручка\n".encode(), "utf-8"),
        (b"\xef\xbb\xbf" + "Дата;Выручка\n".encode(), "utf-8-sig"),
        ("\ufeffДата\tВыручка\n".encode("utf-16-le"), "utf-16"),
        # Without a byte-order mark, as some tools write it: the zero bytes give the byte order.
        ("Дата\tВыручка\n2026-11-16\t1200\n".encode("utf-16-le"), "utf-16-le"),
        ("Дата\tВыручка\n2026-11-16\t1200\n".encode("utf-16-be"), "utf-16-be"),
        ("Дата;Выручка\n".encode("cp1251"), "cp1251"),
        ("Дата;Cafe Moskva;Выручка по кофейне\n".encode("cp1251"), "cp1251"),  # Russian, with a Latin name
    ],
)
def test_encodings_are_detected(data, encoding):
    text, found = sniff.decode(data, "f.csv")
    assert found == encoding
    assert text.startswith("Дата")


@pytest.mark.parametrize(
    "data",
    [
        b"\x89PNG\r\n\x1a\n\x00\x00\x00\rIHDR" + bytes(200),
        bytes(range(256)) * 4,  # every byte, zeros on both sides
        "Дата;Выручка\n1\x07;2\n".encode("utf-16-le"),  # a control character: not text
        b"PK\x03\x04\x14\x00\x00\x00\x08\x00" + bytes(60),  # a zip's local header, cut short
    ],
)
def test_binary_data_is_not_taken_for_utf16_without_a_byte_order_mark(data):
    assert sniff.utf16_without_bom(data) is None
    with pytest.raises(IngestError) as caught:
        sniff.decode(data, "f.csv")
    assert caught.value.code == "binary"


@pytest.mark.parametrize(
    "text",
    [
        "Date,Lifetime Total Likes,Daily City: People Talking About This - Montréal, QC\n",
        "Date,Page’s “Likes” – Daily\n",
        "Café;Prix;Qualité\nrésumé;10;élevée\n",
    ],
)
def test_latin_text_in_windows_1252_is_read_as_such(text):
    assert sniff.decode(text.encode("cp1252"), "f.csv") == (text, "cp1252")


@pytest.mark.parametrize(("line", "delimiter"), [("a,b,c\n1,2,3", ","), ("a;b;c\n1;2,5;3", ";"), ("a\tb\n1\t2", "\t")])
def test_delimiters_are_detected(line, delimiter):
    assert sniff.delimiter(line) == delimiter


def test_a_delimiter_inside_quoted_text_does_not_decide_the_delimiter():
    # Tweets keep HTML entities ("&amp;") and span lines, one of which starts with "#".
    header = '"Tweet id","Tweet text","time","impressions"'
    rows = [
        f'"{i}","Schedules &amp; posters; see\n#DH2021 &amp; more","2021-07-28 10:30 +0000","5.0"' for i in range(30)
    ]
    assert sniff.delimiter("\n".join([header, *rows])) == ","


def test_comment_lines_above_the_table_are_skipped_when_judging_the_delimiter():
    text = "# Report\n# a;b;c\nDate;Sessions;Users\n2024-01-01;5;3\n2024-01-02;6;4"
    assert sniff.delimiter(text) == ";"


def test_dates_without_a_year_take_the_export_year_and_roll_back_over_new_year():
    from datetime import date

    parsed, bad = values.dates(pd.Series(["18 января", "28 декабря", "3 Jan"]), reference=date(2026, 1, 20))
    assert parsed.dt.strftime("%Y-%m-%d").tolist() == ["2026-01-18", "2025-12-28", "2026-01-03"]
    assert not bad.any()


def test_blank_and_total_cells_are_found_in_one_pass_exactly_as_one_by_one():
    from metrics.ingest.parse import TOTAL_LABELS

    cells = [
        "Итого",
        " ИТОГО\u00a0",
        "Grand Total",
        "grand total:",
        "Total sales",
        "—",
        " n/a ",
        "N/A",
        "NaN",
        "",
        "\u2003",
        "\x0b",
        None,
        "12",
        "-5",
        "Всего",
        "totals",
        "итог ",
        "—-",
        "н/д",
        "#Н/Д",
        "undefined",
        "\u3000GRAND TOTAL",  # the cells a first byte may hide: whitespace of any width, any case
        "\x85Итоговое значение",
        "NONE",
        "–",
        "#n/a",
        "2026-11-16 09:41",
        "Зерно",
    ] * 3
    column = pd.Series(cells, index=range(10, 10 + len(cells)), dtype="string").iloc[1:]  # offsets not from 0
    empty, total = values.blank_or_one_of(column, TOTAL_LABELS)
    pd.testing.assert_series_equal(empty, values.blank(column), check_names=False)
    pd.testing.assert_series_equal(total, values.one_of(column, TOTAL_LABELS), check_names=False)
    found = column[total].str.strip().str.lower().tolist()[:7]
    assert found == ["итого", "grand total", "всего", "totals", "итог", "grand total", "итоговое значение"]
    assert empty.sum() == 11 * 3 + 3 * 3


@pytest.mark.parametrize(
    "space",
    [
        "\t",
        "\n",
        "\x0b",
        "\x0c",
        "\r",
        " ",
        "\x85",
        "\xa0",
        "\u1680",
        "\u2000",
        "\u2005",
        "\u200a",
        "\u2028",
        "\u2029",
        "\u202f",
        "\u205f",
        "\u3000",
    ],
)
def test_text_cells_are_trimmed_of_any_whitespace_the_quick_look_may_skip(space):
    import pyarrow as pa
    import pyarrow.compute as pc

    cells = ["Зерно", "кофе", "Крона", "—", "x", None, "", "12", "ok"] * 50
    for position in (0, 7, len(cells) - 1):
        for where in ("start", "end"):
            column = list(cells)
            column[position] = (space + "Утро") if where == "start" else ("Утро" + space)
            series = pd.Series(column, dtype="string").iloc[1:]  # a slice: offsets do not start at 0
            trimmed = pc.utf8_trim_whitespace(pa.array(series, type=pa.large_string(), from_pandas=True))
            expected = pd.Series(trimmed.to_pylist(), index=series.index, dtype="string")
            expected = expected.where(~expected.str.lower().isin(values.PLACEHOLDERS))
            pd.testing.assert_series_equal(values.text(series), expected)


@pytest.mark.parametrize(
    "cells", [["2001234561"] * 5 + [""], ["2001234561"] * 5 + [None], ["12", "Итого"], ["1", " 2"]]
)
def test_a_column_of_ids_is_told_from_one_with_blank_or_total_cells(cells):
    from metrics.ingest.parse import TOTAL_LABELS

    column = pd.Series(cells, dtype="string")
    empty, total = values.blank_or_one_of(column, TOTAL_LABELS)
    pd.testing.assert_series_equal(empty, values.blank(column), check_names=False)
    pd.testing.assert_series_equal(total, values.one_of(column, TOTAL_LABELS), check_names=False)
    assert (empty | total).any() == (cells[-1] in ("", None, "Итого"))


@pytest.mark.parametrize("odd", [None, "-", "N/A", "undefined", " н/д "])
def test_a_placeholder_among_long_cells_is_still_missing(odd):
    cells = ["https://vk.com/wall-5_1", "1866654321987654321", "2026-11-16 09:41:22.0"] * 100
    if odd is not None:
        cells[150] = odd
    parsed = values.text(pd.Series(cells, dtype="string"))
    assert parsed.isna().sum() == (odd is not None)
    assert parsed.dropna().tolist() == [c for c in cells if c != odd]
