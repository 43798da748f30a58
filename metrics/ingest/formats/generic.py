"""Generic tables: any file whose columns are recognised by their Russian or English names.

These have the shortest signatures, so a specific format always wins over them. A mentions table
without a brand column is taken as mentions of our own brand (``OURS``, resolved by the workspace).
"""

from __future__ import annotations

import pandas as pd

from metrics.ingest import values, vocab
from metrics.ingest.formats.base import Format

OURS = "@ours"  # the workspace puts its own brand here


def _mentions(frame: pd.DataFrame, meta: dict) -> pd.DataFrame:
    if "brand" not in frame or frame["brand"].isna().all():
        frame["brand"] = meta.get("brand") or OURS
    if "platform" in frame:
        frame["platform"] = vocab.platforms(frame["platform"])
    if "sentiment" in frame:  # Media Cloud's stories and Open Measures' posts carry none
        frame["sentiment_source"] = values.constant("export", frame.index)
    return frame


def _audience(frame: pd.DataFrame, meta: dict) -> pd.DataFrame:
    if "platform" in frame:
        frame["platform"] = vocab.platforms(frame["platform"])
    else:
        frame["platform"] = "other"
    frame["platform"] = frame["platform"].fillna("other")
    return frame


GENERIC_MENTIONS = Format(
    "generic_mentions",
    "mentions",
    {
        "published_at": ("Дата", "Date", "Дата публикации", "Published", "Время публикации", "Дата и время"),
        "text": ("Текст", "Text", "Упоминание", "Mention", "Content", "Сообщение", "Message", "Текст упоминания"),
        "url": ("Ссылка", "URL", "Link", "Ссылка на упоминание"),
        "author": ("Автор", "Author", "Профиль", "Profile"),
        "platform": ("Источник", "Source", "Площадка", "Platform", "Network", "Платформа", "Соцсеть", "Тип источника"),
        "sentiment": ("Тональность", "Sentiment", "Тон", "Tone"),
        "reach": ("Охват", "Reach", "Аудитория", "Audience", "Аудитория автора"),
        "brand": ("Бренд", "Brand", "Объект", "Object"),
        "likes": ("Лайки", "Likes"),
        "comments": ("Комментарии", "Comments"),
        "shares": ("Репосты", "Shares", "Reposts"),
        "mention_key": ("ID", "Id упоминания", "Mention ID"),
    },
    signature=("published_at", "text"),
    # A date and a text are not enough: a mention has an author, a link, a source, a tone or a brand.
    evidence=("author", "url", "platform", "sentiment", "brand", "mention_key"),
    finish=_mentions,
    batches=True,
    whole_column=("brand",),
)

GENERIC_AUDIENCE = Format(
    "generic_audience",
    "audience",
    {
        "date": ("Дата", "Date", "День", "Day"),
        "followers": ("Подписчики", "Followers", "Участники", "Members", "Всего подписчиков", "Total followers"),
        "followers_gained": ("Подписались", "Новые подписчики", "New followers", "Вступили", "Follows"),
        "followers_lost": ("Отписались", "Unfollows", "Вышли", "Lost followers"),
        "reach": ("Охват", "Reach"),
        "page_views": ("Просмотры", "Views", "Посетители", "Visits", "Просмотры страницы", "Page views"),
        "platform": ("Площадка", "Platform", "Network", "Соцсеть", "Сеть"),
        "account": ("Аккаунт", "Account", "Сообщество", "Канал", "Profile"),
    },
    signature=("date", "followers"),
    finish=_audience,
)

FORMATS = (GENERIC_MENTIONS, GENERIC_AUDIENCE)
