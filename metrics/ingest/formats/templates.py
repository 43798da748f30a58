"""Resonance's own templates: the marketing calendar and the marketing context."""

from __future__ import annotations

from collections.abc import Sequence

from metrics.ingest.formats.base import Format

ACTIVITIES_TEMPLATE = Format(
    "activities_template",
    "activities",
    {
        "start": ("Начало", "Start", "Дата начала", "Start date"),
        "end": ("Окончание", "End", "Дата окончания", "End date"),
        "channel": ("Канал", "Channel"),
        "name": ("Название", "Name", "Activity", "Активность"),
        "budget": ("Бюджет", "Budget"),
        "currency": ("Валюта", "Currency"),
        "contacts": ("Контакты", "Contacts"),
    },
    signature=("start", "end", "channel", "name"),
)

CONTEXT_TEMPLATE = Format(
    "context_template",
    "context",
    {
        "period_start": ("Период с", "Period start", "From"),
        "period_end": ("Период по", "Period end", "To"),
        "penetration": ("Проникновение", "Penetration"),
        "market_share": ("Доля рынка", "Market share"),
        "conversion_contact_to_sale": ("Конверсия контакта в продажу", "Contact-to-sale conversion"),
        "average_order_value": ("Средний чек", "Average order value"),
        "customer_base": ("Клиентская база", "Customer base"),
        "target_audience": ("Целевая аудитория", "Target audience"),
    },
    signature=("period_start", "period_end"),
    percent={"penetration": None, "market_share": None, "conversion_contact_to_sale": None},
)

FORMATS = (ACTIVITIES_TEMPLATE, CONTEXT_TEMPLATE)
TEMPLATES = {"activities": ACTIVITIES_TEMPLATE, "context": CONTEXT_TEMPLATE}  # by the table each fills


EXAMPLES: dict[str, list[tuple[str, ...]]] = {
    "activities": [
        ("01.03.2026", "29.03.2026", "ТВ", "Весенний ТВ-флайт", "12000000", "RUB", "45000000"),
        ("06.06.2026", "07.06.2026", "PR", "Кофейный фестиваль", "800000", "RUB", "2500000"),
    ],
    "context": [("01.01.2026", "31.03.2026", "4,2%", "6,5%", "0,8%", "445", "180000", "городские жители 20–40 лет")],
}


def csv_file(table: str, header: Sequence[str]) -> bytes:
    """The template of ``table`` to fill in: ``header`` (names its format reads, one per column, in the
    format's order) and example rows; UTF-8 with a BOM so that Excel opens it with the right letters.

    >>> header = [names[1] for names in CONTEXT_TEMPLATE.columns.values()]
    >>> csv_file("context", header).decode("utf-8-sig").split(";")[:2]
    ['Period start', 'Period end']
    """
    lines = [";".join(header)] + [";".join(row) for row in EXAMPLES[table]]
    return ("\ufeff" + "\r\n".join(lines) + "\r\n").encode("utf-8")
