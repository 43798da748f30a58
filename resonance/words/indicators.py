"""What each indicator is called and how it is computed, in Russian and English.

Keys are ``indicator.<id>.label`` (short enough for a dashboard tile), ``indicator.<id>.formula``
(the formula, its denominator and what happens at the edges; "–" is how the dashboard shows no
value) and ``indicator.<id>.denominator``, plus ``level.<level>`` for the AMEC levels.
"""

from __future__ import annotations

LANGUAGES = ("en", "ru")

_NONE = {"en": "None: a count", "ru": "Нет: это количество"}
_SUM = {"en": "None: a sum", "ru": "Нет: это сумма"}

_INDICATORS: dict[str, dict[str, dict[str, str]]] = {
    # Attention (output)
    "posts_published": {
        "label": {"en": "Posts published", "ru": "Опубликовано постов"},
        "formula": {
            "en": "Number of posts on our own accounts published in the period; 0 when there are none.",
            "ru": "Число постов в наших аккаунтах, опубликованных за период; 0, если их не было.",
        },
        "denominator": _NONE,
    },
    "reach": {
        "label": {"en": "Reach", "ru": "Охват"},
        "formula": {
            "en": "Σ reach of our posts published in the period, as the platforms report it, never multiplied. "
            "Posts without reach are skipped; – when no post reports it.",
            "ru": "Σ охвата наших постов за период в том виде, как его дают платформы, без множителей. "
            "Посты без охвата пропускаются; –, если охват не указан ни у одного поста.",
        },
        "denominator": _SUM,
    },
    "impressions": {
        "label": {"en": "Impressions", "ru": "Показы"},
        "formula": {
            "en": "Σ impressions of our posts published in the period, as the platforms report them. "
            "Posts without impressions are skipped; – when no post reports them.",
            "ru": "Σ показов наших постов за период по данным платформ. "
            "Посты без показов пропускаются; –, если показы не указаны ни у одного поста.",
        },
        "denominator": _SUM,
    },
    "mentions": {
        "label": {"en": "Mentions", "ru": "Упоминания"},
        "formula": {
            "en": "Number of mentions of our brand found by listening; competitors' mentions are not counted.",
            "ru": "Число упоминаний нашего бренда, найденных мониторингом; упоминания конкурентов не считаются.",
        },
        "denominator": _NONE,
    },
    "mentions_reach": {
        "label": {"en": "Mentions reach", "ru": "Охват упоминаний"},
        "formula": {
            "en": "Σ reach (potential audience) of our brand's mentions, as the listening tool reports it. "
            "Mentions without reach are skipped; – when none of ours reports it.",
            "ru": "Σ охвата (потенциальной аудитории) упоминаний нашего бренда по данным системы мониторинга. "
            "Упоминания без охвата пропускаются; –, если охват не указан ни у одного нашего упоминания.",
        },
        "denominator": _SUM,
    },
    "share_of_voice": {
        "label": {"en": "Share of voice", "ru": "Доля голоса"},
        "formula": {
            "en": "Mentions of our brand ÷ mentions of all tracked brands, ours included; "
            "– when there are none. Depends on which competitors the listening query tracks.",
            "ru": "Упоминания нашего бренда ÷ упоминания всех отслеживаемых брендов, включая наш; "
            "–, если упоминаний нет. Зависит от того, какие конкуренты включены в запрос мониторинга.",
        },
        "denominator": {"en": "Mentions of all tracked brands", "ru": "Упоминания всех отслеживаемых брендов"},
    },
    "share_of_voice_reach": {
        "label": {"en": "Share of voice by reach", "ru": "Доля голоса по охвату"},
        "formula": {
            "en": "Σ reach of our mentions ÷ Σ reach of all tracked brands' mentions, over mentions that "
            "report reach; – when that total is 0.",
            "ru": "Σ охвата наших упоминаний ÷ Σ охвата упоминаний всех отслеживаемых брендов, по упоминаниям "
            "с указанным охватом; –, если эта сумма равна 0.",
        },
        "denominator": {
            "en": "Reach of all tracked brands' mentions",
            "ru": "Охват упоминаний всех отслеживаемых брендов",
        },
    },
    "share_of_voice_engagements": {
        "label": {"en": "Share of voice by engagement", "ru": "Доля голоса по вовлечениям"},
        "formula": {
            "en": "Engagements on our mentions ÷ engagements on all tracked brands' mentions; a mention's "
            "engagements are likes + comments + shares (a missing one counts as 0 when another is given, "
            "a mention with none is left out); – when the total is 0.",
            "ru": "Вовлечения в наших упоминаниях ÷ вовлечения в упоминаниях всех отслеживаемых брендов; "
            "вовлечения упоминания — лайки + комментарии + репосты (недостающее считается за 0, если есть другое; "
            "упоминание без них не учитывается); –, если сумма равна 0.",
        },
        "denominator": {
            "en": "Engagements on all tracked brands' mentions",
            "ru": "Вовлечения в упоминаниях всех отслеживаемых брендов",
        },
    },
    # Reception (out-take)
    "engagements": {
        "label": {"en": "Engagements", "ru": "Вовлечения"},
        "formula": {
            "en": "Σ (likes + comments + shares + saves) on our posts published in the period, each where the "
            "platform gives it; – when no post gives any of them.",
            "ru": "Σ (лайки + комментарии + репосты + сохранения) наших постов за период, каждое — если "
            "платформа его даёт; –, если ни у одного поста их нет.",
        },
        "denominator": _SUM,
    },
    "engagement_rate_reach": {
        "label": {"en": "Engagement rate by reach", "ru": "ER по охвату"},
        "formula": {
            "en": "Σ engagements ÷ Σ reach, over our posts that report both; – when the reach is 0.",
            "ru": "Σ вовлечений ÷ Σ охвата по нашим постам, у которых указано и то и другое; –, если охват равен 0.",
        },
        "denominator": {"en": "Reach of our posts", "ru": "Охват наших постов"},
    },
    "engagement_rate_impressions": {
        "label": {"en": "Engagement rate by impressions", "ru": "ER по показам"},
        "formula": {
            "en": "Σ engagements ÷ Σ impressions, over our posts that report both; – when the impressions are 0.",
            "ru": "Σ вовлечений ÷ Σ показов по нашим постам, у которых указано и то и другое; –, если показов 0.",
        },
        "denominator": {"en": "Impressions of our posts", "ru": "Показы наших постов"},
    },
    "engagement_rate_followers": {
        "label": {"en": "Engagement rate by followers", "ru": "ER по подписчикам"},
        "formula": {
            "en": "(Σ engagements ÷ posts published) ÷ followers at the end of the period, summed over our "
            "accounts; – when there are no posts or no follower count.",
            "ru": "(Σ вовлечений ÷ число постов) ÷ подписчики на конец периода, сумма по нашим аккаунтам; "
            "–, если постов нет или число подписчиков неизвестно.",
        },
        "denominator": {
            "en": "Followers at the end of the period (per post)",
            "ru": "Подписчики на конец периода (в расчёте на пост)",
        },
    },
    "positive_share": {
        "label": {"en": "Positive share", "ru": "Доля позитива"},
        "formula": {
            "en": "Positive ÷ (positive + neutral + negative), over our mentions; unknown sentiment is left out; "
            "– when none has a known sentiment.",
            "ru": "Позитивные ÷ (позитивные + нейтральные + негативные) по нашим упоминаниям; тональность "
            "«неизвестно» не учитывается; –, если тональность не известна ни у одного.",
        },
        "denominator": {
            "en": "Our mentions with a known sentiment",
            "ru": "Наши упоминания с известной тональностью",
        },
    },
    "neutral_share": {
        "label": {"en": "Neutral share", "ru": "Доля нейтральных"},
        "formula": {
            "en": "Neutral ÷ (positive + neutral + negative), over our mentions; unknown sentiment is left out; "
            "– when none has a known sentiment.",
            "ru": "Нейтральные ÷ (позитивные + нейтральные + негативные) по нашим упоминаниям; тональность "
            "«неизвестно» не учитывается; –, если тональность не известна ни у одного.",
        },
        "denominator": {
            "en": "Our mentions with a known sentiment",
            "ru": "Наши упоминания с известной тональностью",
        },
    },
    "negative_share": {
        "label": {"en": "Negative share", "ru": "Доля негатива"},
        "formula": {
            "en": "Negative ÷ (positive + neutral + negative), over our mentions; unknown sentiment is left out; "
            "– when none has a known sentiment.",
            "ru": "Негативные ÷ (позитивные + нейтральные + негативные) по нашим упоминаниям; тональность "
            "«неизвестно» не учитывается; –, если тональность не известна ни у одного.",
        },
        "denominator": {
            "en": "Our mentions with a known sentiment",
            "ru": "Наши упоминания с известной тональностью",
        },
    },
    "net_sentiment": {
        "label": {"en": "Net sentiment", "ru": "Чистая тональность"},
        "formula": {
            "en": "(positive − negative) ÷ (positive + negative) over our mentions, from −1 to +1; neutral "
            "excluded; – when there are none.",
            "ru": "(позитивные − негативные) ÷ (позитивные + негативные) по нашим упоминаниям, от −1 до +1; "
            "нейтральные не учитываются; –, если таких упоминаний нет.",
        },
        "denominator": {
            "en": "Our positive and negative mentions",
            "ru": "Наши позитивные и негативные упоминания",
        },
    },
    "net_sentiment_all": {
        "label": {"en": "Net sentiment, all mentions", "ru": "Чистая тональность по всем"},
        "formula": {
            "en": "(positive − negative) ÷ (positive + neutral + negative) over our mentions, from −1 to +1; "
            "unknown sentiment is left out; – when none has a known sentiment.",
            "ru": "(позитивные − негативные) ÷ (позитивные + нейтральные + негативные) по нашим упоминаниям, "
            "от −1 до +1; тональность «неизвестно» не учитывается; –, если она не известна ни у одного.",
        },
        "denominator": {
            "en": "Our mentions with a known sentiment",
            "ru": "Наши упоминания с известной тональностью",
        },
    },
    # Loyalty (outcome)
    "followers": {
        "label": {"en": "Followers", "ru": "Подписчики"},
        "formula": {
            "en": "Followers on each account's last day in the period that has a count, summed over our "
            "accounts; – when no account has one.",
            "ru": "Подписчики на последний день периода, за который есть данные, по каждому аккаунту, "
            "сумма по нашим аккаунтам; –, если данных нет ни по одному.",
        },
        "denominator": _SUM,
    },
    "followers_net_change": {
        "label": {"en": "Followers' net change", "ru": "Чистый прирост подписчиков"},
        "formula": {
            "en": "Per account: followers at the end of the period minus followers on the last day before it "
            "(looking back up to 7 days); where an export has no follower totals, gained − lost over the "
            "period, or the daily net change where that is all the export gives (YouTube, TikTok). Accounts with gains but no losses are left out: they cannot give a net change. "
            "Summed over accounts; – when no account qualifies.",
            "ru": "По каждому аккаунту: подписчики на конец периода минус подписчики в последний день до "
            "него (не раньше чем за 7 дней); если в выгрузке нет общего числа подписчиков — пришедшие "
            "минус ушедшие за период или дневной чистый прирост, если выгрузка даёт только его (YouTube, TikTok). Аккаунты, где есть только пришедшие, не учитываются: по ним "
            "чистый прирост не посчитать. Сумма по аккаунтам; –, если подходящих аккаунтов нет.",
        },
        "denominator": _SUM,
    },
    "follower_growth_rate": {
        "label": {"en": "Follower growth rate", "ru": "Темп роста подписчиков"},
        "formula": {
            "en": "Net follower change ÷ followers on the last day before the period (looking back up to "
            "7 days), over accounts that have both; – when there are none or the followers before were 0.",
            "ru": "Прирост подписчиков ÷ подписчики в последний день до периода (не раньше чем за 7 дней), "
            "по аккаунтам, где известно и то и другое; –, если таких нет или подписчиков было 0.",
        },
        "denominator": {"en": "Followers before the period", "ru": "Подписчики до начала периода"},
    },
    "returning_engagers_share": {
        "label": {"en": "Share of returning authors", "ru": "Доля вернувшихся авторов"},
        "formula": {
            "en": "Authors of our mentions in the period who also wrote about us in the 28 days before ÷ "
            "authors of our mentions in the period, each counted once; – when there are none.",
            "ru": "Авторы наших упоминаний за период, писавшие о нас и в предыдущие 28 дней ÷ все авторы "
            "наших упоминаний за период, каждый считается один раз; –, если авторов нет.",
        },
        "denominator": {"en": "Authors of our mentions in the period", "ru": "Авторы наших упоминаний за период"},
    },
    "advocates": {
        "label": {"en": "Advocates", "ru": "Адвокаты бренда"},
        "formula": {
            "en": "Number of authors with 2 or more positive mentions of our brand in the period; "
            "mentions without an author are left out.",
            "ru": "Число авторов, у которых за период 2 и более позитивных упоминания нашего бренда; "
            "упоминания без автора не учитываются.",
        },
        "denominator": _NONE,
    },
    # Service (outcome)
    "response_rate": {
        "label": {"en": "Response rate", "ru": "Доля ответов"},
        "formula": {
            "en": "Our questions and complaints (a question, or negative sentiment) with a reply ÷ all our "
            "questions and complaints; – when there are none, or when the source does not track replies "
            "(no reply times at all in the period).",
            "ru": "Наши вопросы и жалобы (вопрос или негативная тональность), на которые ответили ÷ все наши "
            "вопросы и жалобы; –, если их нет или источник не отмечает ответы (за период нет ни одного "
            "времени ответа).",
        },
        "denominator": {"en": "Questions and complaints to our brand", "ru": "Вопросы и жалобы к нашему бренду"},
    },
    "median_response_hours": {
        "label": {"en": "Median response time", "ru": "Медианное время ответа"},
        "formula": {
            "en": "Median of (reply time − publication time) in hours, over our answered questions and "
            "complaints; replies timed before the mention are left out; – when nothing was answered.",
            "ru": "Медиана (время ответа − время публикации) в часах по нашим вопросам и жалобам, на которые "
            "ответили; ответы с временем раньше упоминания не учитываются; –, если ответов нет.",
        },
        "denominator": {
            "en": "None: a median over answered questions and complaints",
            "ru": "Нет: медиана по отвеченным вопросам и жалобам",
        },
    },
    # Sales (impact, shown as context)
    "revenue": {
        "label": {"en": "Revenue", "ru": "Выручка"},
        "formula": {
            "en": "Σ revenue over the period's sales days, all channels; – when no day gives it or the days "
            "are in more than one currency.",
            "ru": "Σ выручки за дни периода по всем каналам; –, если выручка не указана ни за один день или "
            "указана в разных валютах.",
        },
        "denominator": _SUM,
    },
    "orders": {
        "label": {"en": "Orders", "ru": "Заказы"},
        "formula": {
            "en": "Σ orders over the period's sales days, all channels; – when no day gives them.",
            "ru": "Σ заказов за дни периода по всем каналам; –, если заказы не указаны ни за один день.",
        },
        "denominator": _SUM,
    },
    "returning_customer_share": {
        "label": {"en": "Share of returning customers", "ru": "Доля повторных покупателей"},
        "formula": {
            "en": "Returning customers ÷ (new + returning customers), over days that give both; – when there "
            "are no customers.",
            "ru": "Повторные покупатели ÷ (новые + повторные), по дням, где указано и то и другое; –, если "
            "покупателей нет.",
        },
        "denominator": {"en": "New and returning customers", "ru": "Новые и повторные покупатели"},
    },
}

_LEVELS = {
    "output": {"en": "Output", "ru": "Продукт (output)"},
    "out-take": {"en": "Out-take", "ru": "Восприятие (out-take)"},
    "outcome": {"en": "Outcome", "ru": "Результат (outcome)"},
    "impact": {"en": "Impact (context)", "ru": "Влияние (impact), контекст"},
}

TEXTS: dict[str, dict[str, str]] = {
    **{f"indicator.{id}.{field}": text for id, fields in _INDICATORS.items() for field, text in fields.items()},
    **{f"level.{level}": text for level, text in _LEVELS.items()},
}
