"""What a read says about the file beside its rows: columns not used, every warning counted, the file's
own total row checked, the tables of an archive."""

import io
import json
import zipfile

import pytest

from metrics.ingest import IngestError, read_export
from resonance import cli, say

SALES = (
    "Дата;Выручка;Заказы;Постоянные покупатели;Новые покупатели;Средний чек;Комментарий\n"
    "01.11.2026;1000;10;4;6;100;первый день\n"
    "02.11.2026;2000;20;8;12;100;\n"
)


def test_returning_customers_are_read_and_the_columns_left_unused_are_named():
    result = read_export((SALES + "Итого;3000;30;12;18;;\n").encode("cp1251"), name="продажи.csv")
    assert result.frame[["customers_new", "customers_returning"]].sum().tolist() == [18, 12]
    assert result.unused_columns == ["Средний чек", "Комментарий"]


def test_a_total_row_that_the_rows_do_not_add_up_to_is_reported_and_one_that_they_do_is_not():
    whole = read_export((SALES + "Итого;3000;30;12;18;;\n").encode(), name="sales.csv")
    assert whole.warnings == []
    assert {c["column"]: c["equal"] for c in whole.totals} == {
        "revenue": True,
        "orders": True,
        "customers_new": True,
        "customers_returning": True,
    }
    trimmed = read_export((SALES + "Итого;3100;30;12;18;;\n").encode(), name="sales.csv")
    (warning,) = trimmed.warnings
    assert (warning.code, warning.row, warning.column) == ("total_mismatch", 4, "Выручка")
    assert "3\u00a0100" in say.problem(warning, "ru") and "3\u00a0000" in say.problem(warning, "ru")
    assert "3,100" in say.problem(warning, "en")
    assert trimmed.frame["revenue"].sum() == 3000  # reported, never corrected


def test_every_warning_is_counted_by_reason_and_the_sample_says_how_many_more(tmp_path, capsys):
    lines = ["Дата,Подписчики,Просмотры"] + [
        f"{1 + d % 28:02d}.{1 + d // 28:02d}.2026,{1000 + d},много" for d in range(60)
    ]
    path = tmp_path / "audience.csv"
    path.write_text("\n".join(lines) + "\n", encoding="utf-8")
    result = read_export(path)
    assert result.warning_counts == {"bad_number": 60}
    assert len(result.warnings) == 20
    assert cli.main(["inspect", str(path), "--json"]) == 0
    (item,) = json.loads(capsys.readouterr().out)
    assert item["warning_counts"] == {"bad_number": 60}
    assert len(item["warnings"]) == 20 and item["warnings_not_shown"] == 40


def test_an_archive_of_several_tables_lists_them():
    buffer = io.BytesIO()
    with zipfile.ZipFile(buffer, "w") as zf:
        zf.writestr("sales.csv", SALES)
        zf.writestr("audience.csv", "Дата,Подписчики\n01.11.2026,1000\n02.11.2026,1010\n")
    item = say.inspection(read_export(buffer.getvalue(), name="week.zip"), "en")
    assert item["table"] == ["audience", "sales"]
    assert item["format"] == ["generic_audience", "sales_daily"]
    assert item["rows"] == 4


def test_a_file_whose_every_row_is_left_out_says_why_not_that_a_column_is_missing():
    orders = (
        "Name,Email,Financial Status,Paid at,Fulfillment Status,Currency,Subtotal,Total,Created at,"
        "Lineitem quantity,Lineitem name,Cancelled at,Refunded Amount\n"
        "#1001,a@example.com,voided,,,USD,10,10,2026-11-16 10:00:00 +0300,1,Coffee,2026-11-16 11:00:00 +0300,0\n"
    )
    with pytest.raises(IngestError) as refused:
        read_export(orders.encode(), name="orders_export.csv")
    assert refused.value.code == "nothing_left"
    assert "(lines of cancelled orders — 1)" in say.problem(refused.value, "en")


def test_the_order_of_day_and_month_chosen_for_a_column_is_said():
    table = "Дата,Подписчики\n03/04/2026,1000\n03/05/2026,1010\n13/05/2026,1020\n"
    result = read_export(table.encode(), name="audience.csv")
    assert result.frame["date"].dt.strftime("%Y-%m-%d").tolist() == ["2026-04-03", "2026-05-03", "2026-05-13"]
    said = dict(result.assumptions())
    assert said["date_format"] == {"column": "Дата", "example": "31/12/2026"}


def test_the_year_given_to_dates_without_one_is_among_what_was_assumed():
    overview = '"Date","Video Views","Profile Views","Likes","Comments","Shares"\n' + "".join(
        f'"{day}","10","1","2","0","0"\n' for day in ("December 30", "December 31", "January 1")
    )
    result = read_export(overview.encode(), name="Overview_2026-03-01.csv")
    assert result.frame["date"].dt.strftime("%Y-%m-%d").tolist() == ["2025-12-30", "2025-12-31", "2026-01-01"]
    said = dict(result.assumptions())
    assert said["year_assumed"] == {"column": "Date", "years": "2025, 2026", "day": "2026-03-01"}
