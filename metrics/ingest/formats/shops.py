"""Sales: daily sales tables, shop orders, payments and affiliate transactions.

The sales table has one row per day and channel. A daily table is read as it is; shops, payment
services and affiliate networks list orders, order lines or payments, which their finish step adds
up to days, each on the day the source writes. Marketplaces are in :mod:`marketplaces`.
"""

from __future__ import annotations

import pandas as pd

from metrics import schema
from metrics.ingest.formats.base import Format

DAY = ["date", "channel", "currency", "source_file"]
STRIPE_PAID = frozenset({"paid", "succeeded", "refunded", "partially refunded", "partially_refunded"})
AWIN_DECLINED = frozenset({"2", "declined", "deleted"})  # Awin writes its status as a code or a word


def per_day(lines: pd.DataFrame, **sums: pd.Series) -> pd.DataFrame:
    """One row per day: each of ``sums`` (aligned with ``lines``) added up, and the day's first row."""
    keys = [lines.reindex(columns=DAY)[c] for c in DAY]
    days = pd.DataFrame({name: part.groupby(keys, dropna=False).sum(min_count=1) for name, part in sums.items()})
    days["source_row"] = lines["source_row"].groupby(keys, dropna=False).min()
    return days.reset_index()


def _customers(who: pd.Series, day: pd.Series) -> dict[str, pd.Series]:
    """New and returning customers, judged within the file, one mark per customer and day.

    A customer whose first purchase in the file is on that day is new, one seen on an earlier day
    of the file is returning. A customer who bought before the file's first day counts as new, so
    export a long period for this split. Both are empty where the file names no customer.
    """
    first_day = day.groupby(who).transform("min")
    once = who.notna() & ~pd.concat([who, day], axis=1).duplicated()
    return {
        "customers_new": (once & first_day.eq(day)).astype(float).where(who.notna()),
        "customers_returning": (once & first_day.lt(day)).astype(float).where(who.notna()),
    }


def _shopify_days(frame: pd.DataFrame, meta: dict) -> pd.DataFrame:
    """Order lines → days: revenue, orders, units and new and returning customers.

    The day is the shop's local day as ``Created at`` writes it (``2026-11-16 23:30:00 +0300`` is
    16 November), not the UTC day. Orders are distinct ``Name``s; units add up ``Lineitem
    quantity`` over the lines.

    What is a sale, as in Shopify's own sales reports:

    - an order counts on the day it was placed, whether or not it is paid yet: a ``pending``
      order (cash on delivery, bank transfer, ``Paid at`` empty) or an ``authorized`` one is a sale;
    - a cancelled order (``Cancelled at`` set) is not: its lines are skipped as ``cancelled_order``;
      an order whose payment was voided without a cancellation is skipped as ``voided_order``;
    - refunds are taken off: revenue is ``Total`` less ``Refunded Amount``, once per order, on the
      day of the order (the export gives no day for a refund). A fully refunded order that was not
      cancelled (goods sent and returned) still counts as an order, with no revenue.

    Customers are judged within the file by email (see :func:`_customers`), compared without case
    and without Excel's guarding apostrophe (``'ann@…``).
    """
    frame["date"] = pd.to_datetime(frame["_created"].str[:10], format="%Y-%m-%d", errors="coerce").fillna(frame["date"])
    cancelled = frame["_cancelled"].notna() if "_cancelled" in frame else pd.Series(False, index=frame.index)
    voided = frame["_status"].str.casefold().eq("voided").fillna(False) & ~cancelled
    lines = frame[~(cancelled | voided)]
    orders = lines.drop_duplicates("_order")
    refunded = orders["_refunded"].fillna(0.0) if "_refunded" in orders else 0.0
    email = orders.get("_email", pd.Series(pd.NA, index=orders.index, dtype="string"))
    email = email.str.lstrip("'").str.strip().str.casefold()
    days = per_day(
        orders,
        revenue=orders["_total"] - refunded,
        orders=pd.Series(1, index=orders.index),
        units=orders["_order"].map(lines.groupby("_order")["_quantity"].sum(min_count=1)),
        **_customers(email, orders["date"]),
    )
    for reason, mask in (("cancelled_order", cancelled), ("voided_order", voided)):
        if mask.any():
            meta["skipped"][reason] = int(mask.sum())
    return days


def _stripe_days(frame: pd.DataFrame, meta: dict) -> pd.DataFrame:
    """Payments → days: revenue, orders (successful payments) and new and returning customers.

    Only payments that went through are sales: ``Paid`` (``succeeded``), and those refunded since.
    Failed, declined, cancelled and unfinished ones (a PaymentIntent that ``requires_payment_method``,
    which has no charge id) are skipped as ``unpaid_payment``. Revenue is the amount less what was
    refunded of it, on the day of the payment, in the account's currency (``Converted Amount``) when
    the export has it. The day is the UTC day that ``Created date (UTC)`` writes. Customers are judged
    within the file by ``Customer ID`` (see :func:`_customers`).
    """
    paid = frame["_status"].str.casefold().isin(STRIPE_PAID).fillna(False)
    charges = frame[paid]
    refunded = charges["_refunded"].fillna(0.0) if "_refunded" in charges else 0.0
    customer = charges.get("_customer", pd.Series(pd.NA, index=charges.index, dtype="string"))
    days = per_day(
        charges,
        revenue=charges["_amount"] - refunded,
        orders=pd.Series(1, index=charges.index),
        **_customers(customer, charges["date"]),
    )
    if not paid.all():
        meta["skipped"]["unpaid_payment"] = int((~paid).sum())
    return days


def _awin_days(frame: pd.DataFrame, meta: dict) -> pd.DataFrame:
    """Affiliate transactions → days: revenue, orders and new and returning customers.

    Awin lists only the shop's orders that it attributes to a publisher, so these days are a part of
    the shop's sales, under the channel ``affiliate``. A transaction the network declined (a return,
    a cancellation, a duplicate or a claim it rejected) is not a sale and is skipped as
    ``declined_transaction``; approved ones and pending ones (awaiting validation, as an unpaid order
    awaits payment) are sales on the day of the transaction. Lines that are not sales (a lead, a
    bonus) are skipped as ``not_a_sale``. New and returning customers are Awin's own
    ``customer_acquisition``. The file names no currency: amounts are in the advertiser's currency.
    """
    status = frame["_status"].str.strip().str.casefold()
    declined = status.isin(AWIN_DECLINED).fillna(False)
    kind = frame["_type"].str.strip().str.casefold() if "_type" in frame else pd.Series("sale", index=frame.index)
    other = kind.ne("sale").fillna(False) & ~declined
    sales = frame[~(declined | other)]
    acquisition = sales["_acquisition"].str.strip().str.casefold() if "_acquisition" in sales else None
    known = acquisition.isin(("new", "returning")) if acquisition is not None else None
    days = per_day(
        sales,
        revenue=sales["_amount"],
        orders=pd.Series(1, index=sales.index),
        **(
            {}
            if acquisition is None
            else {
                "customers_new": acquisition.eq("new").astype(float).where(known),
                "customers_returning": acquisition.eq("returning").astype(float).where(known),
            }
        ),
    )
    for reason, mask in (("declined_transaction", declined), ("not_a_sale", other)):
        if mask.any():
            meta["skipped"][reason] = int(mask.sum())
    return days


SALES_DAILY = Format(
    "sales_daily",
    "sales",
    {
        "date": ("Дата", "Date", "День", "Day", "Период"),
        "revenue": (
            "Выручка",
            "Revenue",
            "Sales",
            "Продажи",
            "Сумма",
            "Net sales",
            "Сумма продаж",
            "Оборот",
            "Total sales",
            "Gross sales",
            "Выручка с НДС",
            "Сумма выручки",
        ),
        "orders": (
            "Заказы",
            "Orders",
            "Количество заказов",
            "Чеки",
            "Количество чеков",
            "Кол-во заказов",
            "Кол-во чеков",
            "Число заказов",
            "Number of orders",
            "Transactions",
            "Продажи, шт",
        ),
        "units": (
            "Units",
            "Штук",
            "Количество товаров",
            "Units sold",
            "Items sold",
            "Кол-во товаров",
            "Продано единиц",
            "Количество",
        ),
        "customers_new": (
            "Новые клиенты",
            "New customers",
            "Новые покупатели",
            "Первые покупки",
            "First-time customers",
            "Новые",
        ),
        "customers_returning": (
            "Повторные клиенты",
            "Returning customers",
            "Постоянные клиенты",
            "Повторные покупатели",
            "Постоянные покупатели",
            "Repeat customers",
            "Вернувшиеся покупатели",
            "Вернувшиеся клиенты",
            "Постоянные",
        ),
        "channel": ("Канал продаж", "Sales channel", "Канал", "Channel", "Магазин", "Store", "Точка продаж"),
        "currency": ("Валюта", "Currency", "Код валюты", "Currency code"),
    },
    signature=("date", "revenue"),
)

# One row per order line; a continuation line repeats the order's Name and leaves the order's
# fields blank. Created at is read twice: as a date, to check it, and as text, for its local day.
SHOPIFY_ORDERS = Format(
    "shopify_orders",
    "sales",
    {
        "date": ("Created at",),
        "currency": ("Currency",),
        "_created": ("Created at",),
        "_order": ("Name",),
        "_status": ("Financial Status",),
        "_total": ("Total",),
        "_quantity": ("Lineitem quantity",),
        "_email": ("Email",),
        "_cancelled": ("Cancelled at",),
        "_refunded": ("Refunded Amount",),
    },
    signature=("_order", "_status", "date", "_total", "_quantity"),
    date_formats={"date": ("%Y-%m-%d %H:%M:%S %z",)},
    constants={"channel": "shopify"},
    fill_down=("date", "_created", "_status", "_total", "currency", "_email", "_cancelled", "_refunded"),
    fill_key="_order",
    extra_types={"_total": schema.FLOAT, "_quantity": schema.INT, "_refunded": schema.FLOAT},
    finish=_shopify_days,
)

# Stripe's payments export (unified_payments.csv): one row per payment, failed ones included. Its
# columns depend on the dashboard's view (23 in one, 80 in another); these are in every view. The
# account's currency (Converted …) is preferred to the payment's, so that every payment adds up.
STRIPE_PAYMENTS = Format(
    "stripe_payments",
    "sales",
    {
        "date": ("Created date (UTC)", "Created (UTC)"),
        "currency": ("Converted Currency", "Currency"),
        "_amount": ("Converted Amount", "Amount"),
        "_refunded": ("Converted Amount Refunded", "Amount Refunded"),
        "_status": ("Status",),
        "_customer": ("Customer ID",),
    },
    signature=("date", "currency", "_amount", "_refunded", "_status"),
    date_formats={"date": ("%Y-%m-%d %H:%M:%S", "%Y-%m-%d %H:%M")},
    tz="UTC",
    constants={"channel": "stripe"},
    extra_types={"_amount": schema.FLOAT, "_refunded": schema.FLOAT},
    finish=_stripe_days,
)

# Awin's advertiser transactions: one row per order a publisher was credited with, in the API's
# snake_case or the interface's words; the commission and the publisher make the signature specific.
AWIN_TRANSACTIONS = Format(
    "awin_transactions",
    "sales",
    {
        "date": ("date", "Transaction Date"),
        "_amount": ("sale_amount", "Sale Amount"),
        "_status": ("commission_status", "Commission Status", "Status"),
        "_commission": ("commission", "Commission"),
        "_publisher": ("publisher_id", "Publisher ID", "Publisher"),
        "_type": ("type", "Type"),
        "_acquisition": ("customer_acquisition", "Customer Acquisition"),
    },
    signature=("date", "_amount", "_status", "_commission", "_publisher"),
    date_formats={"date": ("%Y-%m-%d %H:%M:%S", "%Y-%m-%d %H:%M", "%d/%m/%Y %H:%M:%S", "%d/%m/%Y %H:%M")},
    constants={"channel": "affiliate"},
    extra_types={"_amount": schema.FLOAT},
    finish=_awin_days,
)

# Shopify Analytics reports hold no sales by day: they are recognised only to say which export to use.
SHOPIFY_CUSTOMERS_SPLIT = Format(  # «New vs returning customers»: two rows for the whole period
    "shopify_customers_split",
    "sales",
    {"_split": ("New or returning customer", "Customer type"), "_customers": ("Customers",)},
    signature=("_split", "_customers"),
    refuse=True,
)
SHOPIFY_CHECKOUT_FUNNEL = Format(  # «Checkout conversion rate over time»: sessions by week or day
    "shopify_checkout_funnel",
    "sales",
    {
        "_reached": ("Sessions that reached checkout", "Sessions reached checkout"),
        "_completed": ("Sessions that completed checkout", "Sessions converted"),
    },
    signature=("_reached", "_completed"),
    refuse=True,
)

FORMATS = (
    SALES_DAILY,
    SHOPIFY_ORDERS,
    STRIPE_PAYMENTS,
    AWIN_TRANSACTIONS,
    SHOPIFY_CUSTOMERS_SPLIT,
    SHOPIFY_CHECKOUT_FUNNEL,
)
