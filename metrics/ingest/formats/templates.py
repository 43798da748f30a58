"""Resonance's own templates: the marketing calendar and the marketing context."""

from __future__ import annotations

import pandas as pd

from metrics.ingest import vocab
from metrics.ingest.formats.base import LOCAL, Format

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

TEXTS = {
    "format.activities_template": {"en": "Marketing calendar (template)", "ru": "Маркетинговый календарь (шаблон)"},
    "format.context_template": {"en": "Marketing context (template)", "ru": "Маркетинговый контекст (шаблон)"},
}
