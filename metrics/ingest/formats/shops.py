"""Sales: daily sales tables, shop order exports and marketplace reports.

The sales table has one row per day and channel. A daily table is read as it is; shops and
marketplaces list order lines or accruals, which their finish step adds up to days, each on the
local day the source writes.
"""

from __future__ import annotations

import numpy as np
import pandas as pd

from metrics import schema
from metrics.ingest.formats.base import Format

DAY = ["date", "channel", "currency", "source_file"]
SHOPIFY_EXCLUDED = frozenset({"voided", "refunded"})  # financial statuses of orders that were not sales
WILDBERRIES_SIGN = {"продажа": 1.0, "возврат": -1.0}


def _per_day(lines: pd.DataFrame, **sums: pd.Series) -> pd.DataFrame:
    """One row per day: each of ``sums`` (aligned with ``lines``) added up, and the day's first row."""
    keys = [lines.reindex(columns=DAY)[c] for c in DAY]
    days = pd.DataFrame({name: part.groupby(keys, dropna=False).sum(min_count=1) for name, part in sums.items()})
    days["source_row"] = lines["source_row"].groupby(keys, dropna=False).min()
    return days.reset_index()


def _shopify_days(frame: pd.DataFrame, meta: dict) -> pd.DataFrame:
    """Order lines → days: revenue, orders, units and new and returning customers.

    The day is the shop's local day as ``Created at`` writes it (``2026-11-16 23:30:00 +0300`` is
    16 November), not the UTC day. Revenue is each order's ``Total`` once, not once per line;
    orders are distinct ``Name``s; units add up ``Lineitem quantity`` over the lines. Voided and
    refunded orders are not sales: their lines are counted in ``rows_skipped`` as
    ``cancelled_order``. A partly refunded order counts at its full total.

    "Returning" is judged within the file: an email whose first order in the file is on that
    day is a new customer, one seen on an earlier day of the file is returning. A customer who
    bought before the file's first day counts as new, so export a long period for this split.
    Emails are compared without case and without Excel's guarding apostrophe (``'ann@…``).
    """
    frame["date"] = pd.to_datetime(frame["_created"].str[:10], format="%Y-%m-%d", errors="coerce").fillna(frame["date"])
    excluded = frame["_status"].str.casefold().isin(SHOPIFY_EXCLUDED)
    lines = frame[~excluded]
    orders = lines.drop_duplicates("_order")
    day = orders["date"]
    email = orders.get("_email", pd.Series(pd.NA, index=orders.index, dtype="string"))
    email = email.str.lstrip("'").str.strip().str.casefold()
    first_day = day.groupby(email).transform("min")
    once = email.notna() & ~pd.concat([email, day], axis=1).duplicated()  # each customer once a day
    days = _per_day(
        orders,
        revenue=orders["_total"],
        orders=pd.Series(1, index=orders.index),
        units=orders["_order"].map(lines.groupby("_order")["_quantity"].sum(min_count=1)),
        customers_new=(once & first_day.eq(day)).astype(float).where(email.notna()),
        customers_returning=(once & first_day.lt(day)).astype(float).where(email.notna()),
    )
    if excluded.any():
        meta["skipped"]["cancelled_order"] = int(excluded.sum())
    return days


def _wildberries_days(frame: pd.DataFrame, meta: dict) -> pd.DataFrame:
    """Sales minus returns per day of sale; rows of other documents (logistics, fines) sell nothing."""
    sign = frame["_doc_type"].str.casefold().map(WILDBERRIES_SIGN).astype(float)
    lines = frame[sign.notna()]
    sign = sign[sign.notna()]
    return _per_day(lines, revenue=lines["_amount"] * sign, units=lines["_quantity"] * sign)


def _ozon_days(frame: pd.DataFrame, meta: dict) -> pd.DataFrame:
    """Sales minus returns per day of accrual.

    A sale («Доставка покупателю») is accrued with a positive amount before commissions, a
    return («Получение возврата, отмены, невыкупа от покупателя») with a negative one, and
    services and commissions with none: the sign of the amount says which, whatever the
    accrual's name in this version of the report.
    """
    sign = np.sign(frame["_amount"].astype(float))
    lines = frame[sign.ne(0) & sign.notna()]
    return _per_day(lines, revenue=lines["_amount"], units=lines["_quantity"].abs() * sign[lines.index])


SALES_DAILY = Format(
    "sales_daily",
    "sales",
    {
        "date": ("Дата", "Date", "День", "Day", "Период"),
        "revenue": ("Выручка", "Revenue", "Sales", "Продажи", "Сумма", "Net sales", "Сумма продаж", "Оборот",
                    "Total sales", "Gross sales", "Выручка с НДС", "Сумма выручки"),
        "orders": ("Заказы", "Orders", "Количество заказов", "Чеки", "Количество чеков", "Кол-во заказов",
                   "Кол-во чеков", "Число заказов", "Number of orders", "Transactions", "Продажи, шт"),
        "units": ("Units", "Штук", "Количество товаров", "Units sold", "Items sold", "Кол-во товаров",
                  "Продано единиц", "Количество"),
        "customers_new": ("Новые клиенты", "New customers", "Новые покупатели", "Первые покупки",
                          "First-time customers", "Новые"),
        "customers_returning": ("Повторные клиенты", "Returning customers", "Постоянные клиенты",
                                "Повторные покупатели", "Постоянные покупатели", "Repeat customers",
                                "Вернувшиеся покупатели", "Вернувшиеся клиенты", "Постоянные"),
        "channel": ("Канал продаж", "Sales channel", "Канал", "Channel", "Магазин", "Store", "Точка продаж"),
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
    },
    signature=("_order", "_status", "date", "_total", "_quantity"),
    date_formats={"date": ("%Y-%m-%d %H:%M:%S %z",)},
    constants={"channel": "shopify"},
    fill_down=("date", "_created", "_status", "_total", "currency", "_email"),
    fill_key="_order",
    extra_types={"_total": schema.FLOAT, "_quantity": schema.INT},
    finish=_shopify_days,
)

# About seventy columns, one row per unit sold or returned, plus rows for logistics and fines.
# The retail price only makes the signature specific; it is written «с учетом» or «с учётом», and
# headers are matched with ё as е.
WILDBERRIES = Format(
    "wildberries_realisation",
    "sales",
    {
        "date": ("Дата продажи",),
        "_doc_type": ("Тип документа",),
        "_quantity": ("Кол-во",),
        "_amount": ("Вайлдберриз реализовал Товар (Пр)",),
        "_retail_price": ("Цена розничная с учетом согласованной скидки",),
    },
    signature=("date", "_doc_type", "_quantity", "_amount", "_retail_price"),
    constants={"channel": "wildberries", "currency": "RUB"},
    extra_types={"_quantity": schema.INT, "_amount": schema.FLOAT},
    finish=_wildberries_days,
)

# The header is on row 2, under the report's title. The older transaction report writes the day
# as an Excel serial number (46342), the current one as a date. The accrual's type only makes the
# signature specific: see _ozon_days.
OZON = Format(
    "ozon_accruals",
    "sales",
    {
        "date": ("Дата начисления",),
        "_type": ("Тип начисления",),
        "_quantity": ("Количество",),
        "_amount": ("За продажу или возврат до вычета комиссий и услуг",),
    },
    signature=("date", "_type", "_quantity", "_amount"),
    constants={"channel": "ozon", "currency": "RUB"},
    signed=("_quantity",),
    extra_types={"_quantity": schema.INT, "_amount": schema.FLOAT},
    finish=_ozon_days,
)

FORMATS = (SALES_DAILY, SHOPIFY_ORDERS, WILDBERRIES, OZON)

TEXTS = {
    "format.sales_daily": {"en": "Daily sales table", "ru": "Таблица продаж по дням"},
    "format.shopify_orders": {"en": "Shopify orders", "ru": "Заказы Shopify"},
    "format.wildberries_realisation": {"en": "Wildberries realisation report", "ru": "Отчёт о реализации Wildberries"},
    "format.ozon_accruals": {"en": "Ozon accruals", "ru": "Начисления Ozon"},
}
