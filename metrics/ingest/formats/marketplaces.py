"""Sales from marketplaces: Wildberries' realisation report and Ozon's accruals, added up to days.

Each lists units sold and returned (and rows of logistics, fines and commissions, which sell
nothing); their finish steps take returns off sales, per day of sale or accrual.
"""

from __future__ import annotations

import numpy as np
import pandas as pd

from metrics import schema
from metrics.ingest.formats.base import Format
from metrics.ingest.formats.shops import per_day

WILDBERRIES_SIGN = {"продажа": 1.0, "возврат": -1.0}


def _wildberries_days(frame: pd.DataFrame, meta: dict) -> pd.DataFrame:
    """Sales minus returns per day of sale; rows of other documents (logistics, fines) sell nothing."""
    sign = frame["_doc_type"].str.casefold().map(WILDBERRIES_SIGN).astype(float)
    lines = frame[sign.notna()]
    sign = sign[sign.notna()]
    return per_day(lines, revenue=lines["_amount"] * sign, units=lines["_quantity"] * sign)


def _ozon_days(frame: pd.DataFrame, meta: dict) -> pd.DataFrame:
    """Sales minus returns per day of accrual.

    A sale («Доставка покупателю») is accrued with a positive amount before commissions, a
    return («Получение возврата, отмены, невыкупа от покупателя») with a negative one, and
    services and commissions with none: the sign of the amount says which, whatever the
    accrual's name in this version of the report.
    """
    sign = np.sign(frame["_amount"].astype(float))
    lines = frame[sign.ne(0) & sign.notna()]
    return per_day(lines, revenue=lines["_amount"], units=lines["_quantity"].abs() * sign[lines.index])


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

FORMATS = (WILDBERRIES, OZON)
