"""Sales: daily sales tables from accounting systems and shops."""

from __future__ import annotations

import pandas as pd

from metrics.ingest import vocab
from metrics.ingest.formats.base import LOCAL, Format

SALES_DAILY = Format(
    "sales_daily",
    "sales",
    {
        "date": ("Дата", "Date", "День", "Day", "Период"),
        "revenue": ("Выручка", "Revenue", "Sales", "Продажи", "Сумма", "Net sales"),
        "orders": ("Заказы", "Orders", "Количество заказов", "Чеки", "Количество чеков"),
        "units": ("Units", "Штук", "Количество товаров"),
        "customers_new": ("Новые клиенты", "New customers", "Новые покупатели"),
        "customers_returning": ("Повторные клиенты", "Returning customers", "Постоянные клиенты",
                                "Повторные покупатели"),
        "channel": ("Канал продаж", "Sales channel"),
    },
    signature=("date", "revenue"),
)

FORMATS = (SALES_DAILY,)

TEXTS = {
    "format.sales_daily": {"en": "Daily sales table", "ru": "Таблица продаж по дням"},
}
