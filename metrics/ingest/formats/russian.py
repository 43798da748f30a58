"""Russian social networks: VK and Telegram posts and statistics, as their Russian columns name them."""

from __future__ import annotations

import pandas as pd

from metrics.ingest.formats.base import Format


def _from_link(frame: pd.DataFrame, meta: dict) -> pd.DataFrame:
    url = frame["url"].astype("string")
    host = url.str.extract(r"https?://(?:www\.|m\.)?([^/]+)", expand=False).str.casefold()
    frame["platform"] = host.map(
        {
            "vk.com": "vk",
            "t.me": "telegram",
            "ok.ru": "ok",
            "instagram.com": "instagram",
            "facebook.com": "facebook",
            "x.com": "x",
            "twitter.com": "x",
            "youtube.com": "youtube",
            "youtu.be": "youtube",
            "tiktok.com": "tiktok",
        }
    )
    vk_club = url.str.extract(r"vk\.com/wall(-?\d+)_", expand=False)
    channel = url.str.extract(r"t\.me/([^/]+)/", expand=False)
    frame["account"] = ("club" + vk_club.str.lstrip("-")).fillna(channel)
    if frame["post_id"].isna().all():
        frame["post_id"] = url.str.extract(r"([^/_]+)/?$", expand=False)
    return frame


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

FORMATS = (RU_POSTS, VK_STATS, TELEGRAM_STATS)
