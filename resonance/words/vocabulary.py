"""The words for the codes of :mod:`metrics.vocabulary`: platforms, channels, sentiments, mention kinds.

Two forms of each: the name a chart, a table or a filter shows (``platform.<code>``,
``channel.<code>``, ``sentiment.<code>``, ``mention_kind.<code>``) and the one that sits inside a
sentence, lower case where the language writes it so (``insight.platform.<code>``,
``insight.channel.<code>``, ``insight.sentiment.<code>``).
"""

from __future__ import annotations

# code: (name in English, name in Russian, in a sentence in English, in a sentence in Russian)
_PLATFORMS = {
    "vk": ("VK", "ВКонтакте", "VK", "ВКонтакте"),
    "telegram": ("Telegram", "Telegram", "Telegram", "Telegram"),
    "instagram": ("Instagram", "Instagram", "Instagram", "Instagram"),
    "facebook": ("Facebook", "Facebook", "Facebook", "Facebook"),
    "x": ("X", "X", "X", "X"),
    "youtube": ("YouTube", "YouTube", "YouTube", "YouTube"),
    "tiktok": ("TikTok", "TikTok", "TikTok", "TikTok"),
    "ok": ("Odnoklassniki", "Одноклассники", "Odnoklassniki", "Одноклассники"),
    "dzen": ("Dzen", "Дзен", "Dzen", "Дзен"),
    "linkedin": ("LinkedIn", "LinkedIn", "LinkedIn", "LinkedIn"),
    "news": ("News", "СМИ", "news sites", "СМИ"),
    "blog": ("Blogs", "Блоги", "blogs", "блоги"),
    "forum": ("Forums", "Форумы", "forums", "форумы"),
    "review": ("Reviews", "Отзывы", "review sites", "отзовики"),
    "other": ("Other", "Другое", "other sites", "другие площадки"),
}

_CHANNELS = {
    "tv": ("TV", "ТВ", "TV", "ТВ"),
    "pr": ("PR", "PR", "PR", "PR"),
    "banner": ("Banners", "Баннеры", "banners", "баннеры"),
    "context": ("Search ads", "Контекст", "search ads", "контекстная реклама"),
    "outdoor": ("Outdoor", "Наружная реклама", "outdoor", "наружная реклама"),
    "radio": ("Radio", "Радио", "radio", "радио"),
    "influencer": ("Influencers", "Инфлюенсеры", "influencers", "блогеры"),
    "promo": ("Promo", "Промо", "promo", "промо"),
    "smm": ("SMM", "SMM", "SMM", "SMM"),
    "other": ("Other", "Другое", "other", "другое"),
}

_SENTIMENTS = {
    "positive": ("Positive", "Позитивные", "positive", "позитивная"),
    "neutral": ("Neutral", "Нейтральные", "neutral", "нейтральная"),
    "negative": ("Negative", "Негативные", "negative", "негативная"),
    "unknown": ("Unknown", "Тональность не определена", "unknown", "не определена"),
}

_MENTION_KINDS = {
    "post": ("Post", "Пост"),
    "comment": ("Comment", "Комментарий"),
    "repost": ("Repost", "Репост"),
    "review": ("Review", "Отзыв"),
    "article": ("Article", "Статья"),
}

TEXTS: dict[str, dict[str, str]] = {
    **{
        f"{name}.{code}": {"en": en, "ru": ru}
        for name, table in (("platform", _PLATFORMS), ("channel", _CHANNELS), ("sentiment", _SENTIMENTS))
        for code, (en, ru, _, _) in table.items()
    },
    **{
        f"insight.{name}.{code}": {"en": en, "ru": ru}
        for name, table in (("platform", _PLATFORMS), ("channel", _CHANNELS), ("sentiment", _SENTIMENTS))
        for code, (_, _, en, ru) in table.items()
    },
    **{f"mention_kind.{code}": {"en": en, "ru": ru} for code, (en, ru) in _MENTION_KINDS.items()},
}
