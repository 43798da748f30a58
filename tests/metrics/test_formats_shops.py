"""Golden tests for shop and marketplace exports: order lines and accruals become sales per day and channel."""

from datetime import date
from pathlib import Path

import pandas as pd
import pytest

from metrics.ingest import read_export

EXPORTS = Path(__file__).resolve().parents[1] / "fixtures" / "exports" / "shops"
TODAY = date(2026, 11, 26)
SALES = ["date", "channel", "revenue", "orders", "units", "currency"]


def read(name: str):
    return read_export(EXPORTS / name, today=TODAY)


def rows(frame: pd.DataFrame, columns: list[str]) -> list[tuple]:
    """The chosen columns as plain tuples, NA as None: what a user would see in a table."""
    out = frame[columns].astype(object).where(frame[columns].notna(), None)
    return [tuple(r) for r in out.itertuples(index=False)]


@pytest.mark.parametrize("name, format_id", [
    ("orders_export.csv", "shopify_orders"),
    ("wildberries_realisation.xlsx", "wildberries_realisation"),
    ("ozon_transactions.xlsx", "ozon_accruals"),
    ("ozon_accruals.xlsx", "ozon_accruals"),
])
def test_each_file_is_recognised_as_its_own_format(name, format_id):
    result = read(name)
    assert (result.format_id, result.table) == (format_id, "sales")


def test_shopify_order_lines_become_days():
    result = read("orders_export.csv")
    assert (result.format_id, result.header_row) == ("shopify_orders", 1)
    assert rows(result.frame, SALES + ["customers_new", "customers_returning"]) == [
        # #1001 (two lines, 1 + 2 units, total 15.00 once) and #1002: Ann and Bob are new.
        (pd.Timestamp("2026-11-16"), "shopify", 22.0, 2, 4, "EUR", 2, 0),
        # #1003 at 00:30 +0100 is the shop's 17th (the 16th in UTC); Ann and Bob ('BOB@… in another
        # case) come back, Eve is new; her partly refunded order counts at its total.
        (pd.Timestamp("2026-11-17"), "shopify", 22.4, 3, 4, "EUR", 1, 2),
    ]
    # The voided order (two lines) and the refunded one (one line) are not sales.
    assert result.rows_skipped == {"cancelled_order": 3}
    assert result.warnings == []


def test_wildberries_realisation_report_returns_subtract():
    result = read("wildberries_realisation.xlsx")
    assert result.format_id == "wildberries_realisation"
    assert rows(result.frame, SALES) == [
        (pd.Timestamp("2026-11-16"), "wildberries", 1290.0, None, 1, "RUB"),  # two sales, one returned
        (pd.Timestamp("2026-11-17"), "wildberries", 2580.0, None, 2, "RUB"),  # the logistics row sells nothing
    ]
    assert result.rows_skipped == {} and result.warnings == []


def test_ozon_transaction_report_with_title_row_and_excel_serial_dates():
    result = read("ozon_transactions.xlsx")
    assert (result.format_id, result.header_row, result.sheet) == ("ozon_accruals", 2, "Транзакции")
    assert rows(result.frame, SALES) == [
        (pd.Timestamp("2026-11-16"), "ozon", 4470.0, None, 3, "RUB"),  # the acquiring fee is no sale
        (pd.Timestamp("2026-11-17"), "ozon", 610.0, None, 0, "RUB"),  # a sale of 2100 and a return of 1490
    ]
    assert result.rows_skipped == {} and result.warnings == []


def test_ozon_accruals_report_with_dates():
    result = read("ozon_accruals.xlsx")
    assert (result.format_id, result.header_row, result.sheet) == ("ozon_accruals", 2, "Начисления")
    assert rows(result.frame, SALES) == [
        (pd.Timestamp("2026-11-18"), "ozon", 4470.0, None, 3, "RUB"),
        (pd.Timestamp("2026-11-19"), "ozon", -1490.0, None, -1, "RUB"),  # a day with only a return
    ]
