"""The formats Resonance recognises: one small entry each.

An entry is plain data: the canonical table it fills, the columns it maps (each canonical column
with the source headers that may hold it, in the source's languages), the columns that make its
signature, and parsing options (date formats, source time zone, constants). A few formats need a
``finish`` step for something only they do (a brand from a listening query, a platform from a
link); nothing else changes per format.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field
from typing import Callable

import pandas as pd

from metrics.ingest import vocab

LOCAL = "local"  # the workspace's business time zone: the source writes local wall-clock times


@dataclass(frozen=True)
class Format:
    id: str
    table: str
    columns: dict[str, tuple[str, ...]]
    signature: tuple[str, ...]
    date_formats: dict[str, tuple[str, ...]] = field(default_factory=dict)
    tz: str = LOCAL
    constants: dict[str, object] = field(default_factory=dict)
    percent: dict[str, bool | None] = field(default_factory=dict)
    signed: tuple[str, ...] = ()
    id_from_url: bool = False  # key posts by their permalink: stable across exports, never mangled by Excel
    preamble: str | None = None  # a regex the lines above the header must match
    finish: Callable[[pd.DataFrame, dict], pd.DataFrame] | None = None

    def source_headers(self) -> dict[str, str]:
        """Normalised source header → canonical column."""
        return {vocab.normalise_header(h): c for c, hs in self.columns.items() for h in hs}


def _brand_from_query(frame: pd.DataFrame, meta: dict) -> pd.DataFrame:
    # Listening queries are named like "Зерно (бренд)"; the workspace's aliases refine this.
    frame["brand"] = frame["query"].str.replace(r"\s*[\(\[].*?[\)\]]\s*$", "", regex=True).str.strip()
    frame["platform"] = vocab.mapped(frame["platform"], vocab.PLATFORM).fillna(frame["platform"].str.casefold())
    frame["kind"] = vocab.mapped(frame["kind"], vocab.KIND, default="post")
    frame["sentiment_source"] = "export"
    return frame


def _from_link(frame: pd.DataFrame, meta: dict) -> pd.DataFrame:
    url = frame["url"].astype("string")
    host = url.str.extract(r"https?://(?:www\.|m\.)?([^/]+)", expand=False).str.casefold()
    frame["platform"] = host.map({"vk.com": "vk", "t.me": "telegram", "ok.ru": "ok", "instagram.com": "instagram",
                                  "facebook.com": "facebook", "x.com": "x", "twitter.com": "x",
                                  "youtube.com": "youtube", "youtu.be": "youtube", "tiktok.com": "tiktok"})
    vk_club = url.str.extract(r"vk\.com/wall(-?\d+)_", expand=False)
    channel = url.str.extract(r"t\.me/([^/]+)/", expand=False)
    frame["account"] = ("club" + vk_club.str.lstrip("-")).fillna(channel)
    if frame["post_id"].isna().all():
        frame["post_id"] = url.str.extract(r"([^/_]+)/?$", expand=False)
    return frame


def _follows_fill(frame: pd.DataFrame, meta: dict) -> pd.DataFrame:
    # Meta's follow series are sparse: a day that is missing had no follows.
    metric = meta.get("metric", "")
    platform = "instagram" if "instagram" in metric.casefold() else "facebook"
    frame["platform"] = platform
    column = {"follows": "followers_gained", "visits": "page_views", "viewers": "reach"}
    target = next((c for k, c in column.items() if k in metric.casefold()), None)
    if target is None:
        raise ValueError(metric)
    frame = frame.rename(columns={"value": target})
    if target == "followers_gained" and len(frame):
        days = pd.date_range(frame["date"].min(), frame["date"].max(), freq="D", tz=frame["date"].dt.tz)
        frame = frame.set_index("date").reindex(days).rename_axis("date").reset_index()
        frame["platform"] = platform
        frame["source_file"] = frame["source_file"].ffill()
        frame[target] = frame[target].fillna(0)
    return frame


BRANDWATCH = Format(
    "brandwatch_mentions",
    "mentions",
    {
        "mention_key": ("Mention Id", "Resource Id"),
        "query": ("Query Name",),
        "published_at": ("Date",),
        "title": ("Title",),
        "text": ("Full Text", "Snippet"),
        "url": ("Url",),
        "sentiment": ("Sentiment",),
        "platform": ("Page Type", "Content Source Name"),
        "language": ("Language",),
        "author": ("Author",),
        "author_audience": ("X Followers", "Twitter Followers"),
        "reach": ("Reach (new)", "Potential Audience", "Impressions"),
        "likes": ("Likes",),
        "comments": ("Comments",),
        "shares": ("Shares",),
        "kind": ("Thread Entry Type",),
    },
    signature=("query", "published_at", "url", "text"),
    date_formats={"published_at": ("ISO8601",)},
    tz="UTC",
    finish=_brand_from_query,
)

MBS_INSTAGRAM_POSTS = Format(
    "mbs_instagram_posts",
    "posts",
    {
        "post_id": ("Post ID",),
        "account": ("Account username",),
        "text": ("Description",),
        "published_at": ("Publish time",),
        "url": ("Permalink",),
        "format": ("Post type",),
        "impressions": ("Views", "Impressions"),
        "reach": ("Reach",),
        "likes": ("Likes",),
        "comments": ("Comments",),
        "saves": ("Saves",),
        "shares": ("Shares",),
        "video_views": ("Plays",),
        "_account_id": ("Account ID",),
    },
    signature=("post_id", "_account_id", "account", "published_at", "url"),
    date_formats={"published_at": ("%m/%d/%Y %H:%M",)},
    constants={"platform": "instagram"},
    id_from_url=True,
)

MBS_FACEBOOK_POSTS = Format(
    "mbs_facebook_posts",
    "posts",
    {
        "post_id": ("Post ID",),
        "account": ("Page name",),
        "text": ("Description", "Title"),
        "published_at": ("Publish time",),
        "url": ("Permalink",),
        "format": ("Post type",),
        "impressions": ("Views", "Impressions"),
        "reach": ("Reach",),
        "likes": ("Reactions",),
        "comments": ("Comments",),
        "shares": ("Shares",),
        "clicks": ("Total clicks",),
        "video_views": ("3-Second Video Views",),
        "_page_id": ("Page ID",),
    },
    signature=("post_id", "_page_id", "account", "published_at", "url"),
    date_formats={"published_at": ("%m/%d/%Y %H:%M",)},
    constants={"platform": "facebook"},
    id_from_url=True,
)

RU_POSTS = Format(
    "ru_posts",
    "posts",
    {
        "post_id": ("ID поста", "ID", "Номер поста"),
        "published_at": ("Дата публикации", "Дата", "Время публикации"),
        "url": ("Ссылка", "Ссылка на пост", "URL"),
        "text": ("Текст", "Текст поста", "Пост"),
        "impressions": ("Просмотры",),
        "reach": ("Охват", "Полный охват"),
        "likes": ("Лайки", "Реакции", "Мне нравится"),
        "comments": ("Комментарии",),
        "shares": ("Репосты", "Пересылки", "Рассказать друзьям"),
    },
    signature=("published_at", "url", "text", "impressions"),
    finish=_from_link,
)

VK_STATS = Format(
    "vk_stats",
    "audience",
    {
        "date": ("Дата", "День"),
        "followers": ("Всего участников", "Участники"),
        "followers_gained": ("Новые участники", "Вступили", "Вступившие участники"),
        "followers_lost": ("Вышедшие участники", "Вышли"),
        "reach": ("Охват", "Полный охват"),
        "page_views": ("Просмотры",),
    },
    signature=("date", "followers", "followers_gained", "followers_lost"),
    constants={"platform": "vk"},
)

TELEGRAM_STATS = Format(
    "telegram_stats",
    "audience",
    {
        "date": ("Дата", "День"),
        "followers": ("Подписчики",),
        "followers_gained": ("Подписались", "Новые подписчики"),
        "followers_lost": ("Отписались",),
        "page_views": ("Просмотры",),
    },
    signature=("date", "followers", "followers_gained", "followers_lost"),
    constants={"platform": "telegram"},
)

MBS_SERIES = Format(
    "mbs_daily_series",
    "audience",
    {"date": ("Date",), "value": ("Primary",)},
    signature=("date", "value"),
    date_formats={"date": ("ISO8601",)},
    preamble=r"(?i)^\s*\"?(instagram follows|facebook follows|facebook visits|viewers)\"?\s*$",
    finish=_follows_fill,
)

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

FORMATS: tuple[Format, ...] = (
    BRANDWATCH, MBS_INSTAGRAM_POSTS, MBS_FACEBOOK_POSTS, RU_POSTS, VK_STATS, TELEGRAM_STATS, MBS_SERIES,
    SALES_DAILY, ACTIVITIES_TEMPLATE, CONTEXT_TEMPLATE,
)
BY_ID = {f.id: f for f in FORMATS}


def match(headers: list[str], preamble: str = "") -> tuple[Format, dict[str, str]] | None:
    """The best format for a header row, with its column map (canonical → source header).

    A format matches when every signature column is found; among matches the most specific
    (longest signature, then most columns found) wins.
    """
    normalised = [vocab.normalise_header(h) for h in headers]
    best = None
    for fmt in FORMATS:
        if fmt.preamble and not any(re.search(fmt.preamble, line) for line in preamble.splitlines()):
            continue
        found = resolve(fmt, headers, normalised)
        if all(c in found for c in fmt.signature):
            rank = (len(fmt.signature), len(found))
            if best is None or rank > best[0]:
                best = (rank, fmt, found)
    return (best[1], best[2]) if best else None


def resolve(fmt: Format, headers: list[str], normalised: list[str] | None = None) -> dict[str, str]:
    normalised = normalised or [vocab.normalise_header(h) for h in headers]
    exact = dict(zip(normalised, headers))
    base: dict[str, str] = {}
    for n, h in zip(normalised, headers):
        base.setdefault(vocab.header_base(n), h)
    found = {}
    for canonical, candidates in fmt.columns.items():
        for candidate in candidates:
            key = vocab.normalise_header(candidate)
            if key in exact:
                found[canonical] = exact[key]
                break
            if key in base:
                found[canonical] = base[key]
                break
    return found
