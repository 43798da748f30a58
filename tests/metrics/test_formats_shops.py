"""Golden tests for shop and marketplace exports: order lines and accruals become sales per day and channel."""

from datetime import date
from pathlib import Path

import pandas as pd
import pytest

from metrics.ingest import IngestError, read_export
from resonance import say

EXPORTS = Path(__file__).resolve().parents[1] / "fixtures" / "exports" / "shops"
TODAY = date(2026, 11, 26)
SALES = ["date", "channel", "revenue", "orders", "units", "currency"]


def read(name: str):
    return read_export(EXPORTS / name, today=TODAY)


def rows(frame: pd.DataFrame, columns: list[str]) -> list[tuple]:
    """The chosen columns as plain tuples, NA as None: what a user would see in a table."""
    out = frame[columns].astype(object).where(frame[columns].notna(), None)
    return [tuple(r) for r in out.itertuples(index=False)]


@pytest.mark.parametrize(
    "name, format_id",
    [
        ("orders_export.csv", "shopify_orders"),
        ("wildberries_realisation.xlsx", "wildberries_realisation"),
        ("ozon_transactions.xlsx", "ozon_accruals"),
        ("ozon_accruals.xlsx", "ozon_accruals"),
    ],
)
def test_each_file_is_recognised_as_its_own_format(name, format_id):
    result = read(name)
    assert (result.format_id, result.table) == (format_id, "sales")


def test_shopify_order_lines_become_days():
    result = read("orders_export.csv")
    assert (result.format_id, result.header_row) == ("shopify_orders", 1)
    assert rows(result.frame, [*SALES, "customers_new", "customers_returning"]) == [
        # #1001 (two lines, 1 + 2 units, total 15.00 once) and #1002: Ann and Bob are new.
        (pd.Timestamp("2026-11-16"), "shopify", 22.0, 2, 4, "EUR", 2, 0),
        # #1003 at 00:30 +0100 is the shop's 17th (the 16th in UTC); Ann and Bob ('BOB@… in another
        # case) come back, Dina and Eve are new. Dina's order was refunded in full (sent and returned,
        # not cancelled): an order with no revenue; Eve's 9.90 less its 2.00 refund counts as 7.90.
        (pd.Timestamp("2026-11-17"), "shopify", 20.4, 4, 5, "EUR", 2, 2),
    ]
    # The cancelled order (two lines) is not a sale.
    assert result.rows_skipped == {"cancelled_order": 2}
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


SHOPIFY_HEADER = (
    "Name,Email,Financial Status,Paid at,Fulfillment Status,Currency,Total,Created at,"
    "Lineitem quantity,Cancelled at,Refunded Amount\n"
)


def test_shopify_skips_cancelled_and_voided_orders_each_under_its_own_reason_and_keeps_returns():
    data = (
        SHOPIFY_HEADER
        + "#1,,paid,2026-11-16 10:00:00 +0000,fulfilled,GBP,10.00,2026-11-16 10:00:00 +0000,1,,0.00\n"
        + "#2,,refunded,2026-11-16 11:00:00 +0000,unfulfilled,GBP,20.00,2026-11-16 11:00:00 +0000,1,"
        "2026-11-16 12:00:00 +0000,20.00\n"
        + "#2,,,,,,,,2,,\n"  # a second line of the cancelled order
        + "#3,,voided,,unfulfilled,GBP,30.00,2026-11-16 12:00:00 +0000,1,,0.00\n"
        + "#4,,refunded,2026-11-16 13:00:00 +0000,fulfilled,GBP,40.00,2026-11-16 13:00:00 +0000,2,,40.00\n"
    )
    result = read_export(data.encode(), name="orders_export.csv", today=TODAY)
    assert rows(result.frame, SALES) == [(pd.Timestamp("2026-11-16"), "shopify", 10.0, 2, 3, "GBP")]
    assert result.rows_skipped == {"cancelled_order": 2, "voided_order": 1}


def test_shopify_pending_cash_on_delivery_orders_are_sales_on_their_day():
    data = (
        SHOPIFY_HEADER
        + "#1,,pending,,fulfilled,BDT,1490.00,2026-04-01 12:39:28 -0400,1,,0.00\n"
        + "#2,,pending,,unfulfilled,BDT,2980.00,2026-04-01 22:57:37 -0400,2,,0.00\n"
    )
    result = read_export(data.encode(), name="orders_export.csv", today=TODAY)
    assert rows(result.frame, SALES) == [(pd.Timestamp("2026-04-01"), "shopify", 4470.0, 2, 3, "BDT")]
    assert result.rows_skipped == {}


STRIPE_HEADER = (
    "id,Created date (UTC),Amount,Amount Refunded,Currency,Captured,Converted Amount,"
    "Converted Amount Refunded,Converted Currency,Status,Customer ID\n"
)


def test_stripe_payments_only_paid_ones_less_refunds_in_the_accounts_currency_per_utc_day():
    data = (
        STRIPE_HEADER
        + "ch_1,2024-09-20 23:40:57,9.99,0.00,usd,true,9.99,0.00,usd,Paid,cus_a\n"
        + "ch_2,2024-09-20 17:38:57,14.99,0.00,usd,false,14.99,0.00,usd,Failed,cus_b\n"
        + ",2024-09-20 17:00:00,8.99,0.00,usd,,,,,requires_payment_method,cus_c\n"
        + "ch_3,2024-09-21 00:10:00,20.00,5.00,eur,true,21.70,5.43,usd,Paid,cus_a\n"
        + "ch_4,2024-09-21 09:00:00,10.00,10.00,usd,true,10.00,10.00,usd,Refunded,cus_d\n"
    )
    result = read_export(data.encode(), name="unified_payments.csv", today=TODAY)
    assert result.format_id == "stripe_payments"
    assert rows(result.frame, [*SALES[:5], "currency", "customers_new", "customers_returning"]) == [
        (pd.Timestamp("2024-09-20"), "stripe", 9.99, 1, None, "USD", 1, 0),
        (pd.Timestamp("2024-09-21"), "stripe", 16.27, 2, None, "USD", 1, 1),
    ]
    assert result.rows_skipped == {"unpaid_payment": 2}


AWIN_HEADER = "id,publisher_id,sale_amount,commission,date,commission_status,type,customer_acquisition\n"


def test_awin_transactions_are_affiliate_sales_without_declined_ones():
    data = (
        AWIN_HEADER
        + '"1","80338","39.60","4.75","2025-05-26 10:07:00","1","Sale","new"\n'
        + '"2","80338","42.00","5.04","2025-05-26 18:00:00","2","Sale","returning"\n'
        + '"3","531021","100.00","12.00","2025-05-26 23:59:00","0","Sale","returning"\n'
        + '"4","531021","0.00","2.00","2025-05-27 08:00:00","1","Lead",""\n'
    )
    result = read_export(data.encode(), name="transactions.csv", today=TODAY)
    assert result.format_id == "awin_transactions"
    assert rows(result.frame, [*SALES[:5], "customers_new", "customers_returning"]) == [
        (pd.Timestamp("2025-05-26"), "affiliate", 139.6, 2, None, 1, 1),
    ]
    assert result.rows_skipped == {"declined_transaction": 1, "not_a_sale": 1}


@pytest.mark.parametrize(
    "data, code",
    [
        (
            '"New or returning customer","Customers"\n"New",1584\n"Returning",942\n',
            "not_a_table.shopify_customers_split",
        ),
        (
            '"Week","Sessions that reached checkout","Sessions that completed checkout","Checkout conversion rate"\n'
            '"2024-01-01",62,26,0.41935483870967744\n',
            "not_a_table.shopify_checkout_funnel",
        ),
    ],
)
def test_shopify_analytics_reports_are_refused_with_what_they_are(data, code):
    with pytest.raises(IngestError) as refused:
        read_export(data.encode(), name="report.csv", today=TODAY)
    assert refused.value.code == code
    assert "Orders" in say.problem(refused.value, "en") and "Заказы" in say.problem(refused.value, "ru")


def test_a_currency_is_read_as_its_iso_code_whatever_its_case():
    data = "Date,Revenue,Currency\n2026-11-16,10,usd\n2026-11-17,12, Usd \n"
    result = read_export(data.encode(), name="sales.csv", today=TODAY)
    assert result.format_id == "sales_daily"
    assert result.frame["currency"].tolist() == ["USD", "USD"]
