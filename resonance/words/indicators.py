"""What each number the product shows is called, and its formula and denominator in Russian.

Keys are ``indicator.<id>.label`` (short enough for a dashboard tile, in both languages),
``indicator.<id>.formula`` (the formula, its denominator and what happens at the edges; "–" is how
an interface shows no value) and ``indicator.<id>.denominator``, plus ``level.<level>`` for the AMEC
levels and the marketing mix. The English formula and denominator are the spec's own
(:mod:`metrics.catalog`), written once next to the function; this table gives their Russian.
"""

from __future__ import annotations

from typing import TypedDict

from metrics.catalog import REGISTRY
from resonance.words.context import PRORATED_RU

LANGUAGES = ("en", "ru")

_NONE = "Нет: это количество"
_SUM = "Нет: это сумма"


class _Words(TypedDict, total=False):
    """A spec's words: its label in both languages; its formula and denominator in Russian only."""

    label: dict[str, str]
    formula: str
    denominator: str


_INDICATORS: dict[str, _Words] = {
    # Attention (output)
    "posts_published": {
        "label": {"en": "Posts published", "ru": "Опубликовано постов"},
        "formula": "Число постов в наших аккаунтах, опубликованных за период; 0, если их не было.",
        "denominator": _NONE,
    },
    "reach": {
        "label": {"en": "Reach", "ru": "Охват"},
        "formula": (
            "Σ охвата наших постов за период в том виде, как его дают платформы, без множителей. Посты без охвата "
            "пропускаются; –, если охват не указан ни у одного поста."
        ),
        "denominator": _SUM,
    },
    "impressions": {
        "label": {"en": "Impressions", "ru": "Показы"},
        "formula": (
            "Σ показов наших постов за период по данным платформ. Посты без показов пропускаются; –, если показы "
            "не указаны ни у одного поста."
        ),
        "denominator": _SUM,
    },
    "mentions": {
        "label": {"en": "Mentions", "ru": "Упоминания"},
        "formula": "Число упоминаний нашего бренда, найденных мониторингом; упоминания конкурентов не считаются.",
        "denominator": _NONE,
    },
    "mentions_reach": {
        "label": {"en": "Mentions reach", "ru": "Охват упоминаний"},
        "formula": (
            "Σ охвата (потенциальной аудитории) упоминаний нашего бренда по данным системы мониторинга. Упоминания "
            "без охвата пропускаются; –, если охват не указан ни у одного нашего упоминания."
        ),
        "denominator": _SUM,
    },
    "unique_authors": {
        "label": {"en": "Authors", "ru": "Авторы"},
        "formula": (
            "Число разных авторов упоминаний нашего бренда за период (имя автора в том виде, как его даёт "
            "источник). Упоминания без автора не учитываются; –, если ни у одного нашего упоминания автор не указан."
        ),
        "denominator": _NONE,
    },
    "share_of_voice": {
        "label": {"en": "Share of voice", "ru": "Доля голоса"},
        "formula": (
            "Упоминания нашего бренда ÷ упоминания всех отслеживаемых брендов, включая наш; –, если упоминаний "
            "нет. Зависит от того, какие конкуренты включены в запрос мониторинга."
        ),
        "denominator": "Упоминания всех отслеживаемых брендов",
    },
    "share_of_voice_reach": {
        "label": {"en": "Share of voice by reach", "ru": "Доля голоса по охвату"},
        "formula": (
            "Σ охвата наших упоминаний ÷ Σ охвата упоминаний всех отслеживаемых брендов, по упоминаниям с "
            "указанным охватом; –, если эта сумма равна 0."
        ),
        "denominator": "Охват упоминаний всех отслеживаемых брендов",
    },
    "share_of_voice_engagements": {
        "label": {"en": "Share of voice by engagement", "ru": "Доля голоса по вовлечениям"},
        "formula": (
            "Вовлечения в наших упоминаниях ÷ вовлечения в упоминаниях всех отслеживаемых брендов; вовлечения "
            "упоминания — лайки + комментарии + репосты (недостающее считается за 0, если есть другое; упоминание "
            "без них не учитывается); –, если сумма равна 0."
        ),
        "denominator": "Вовлечения в упоминаниях всех отслеживаемых брендов",
    },
    # Reception (out-take)
    "engagements": {
        "label": {"en": "Engagements", "ru": "Вовлечения"},
        "formula": (
            "Σ (лайки + комментарии + репосты + сохранения) наших постов за период, каждое — если платформа его "
            "даёт; –, если ни у одного поста их нет."
        ),
        "denominator": _SUM,
    },
    "engagement_rate_reach": {
        "label": {"en": "Engagement rate by reach", "ru": "ER по охвату"},
        "formula": "Σ вовлечений ÷ Σ охвата по нашим постам, у которых указано и то и другое; –, если охват равен 0.",
        "denominator": "Охват наших постов",
    },
    "engagement_rate_impressions": {
        "label": {"en": "Engagement rate by impressions", "ru": "ER по показам"},
        "formula": "Σ вовлечений ÷ Σ показов по нашим постам, у которых указано и то и другое; –, если показов 0.",
        "denominator": "Показы наших постов",
    },
    "engagement_rate_followers": {
        "label": {"en": "Engagement rate by followers", "ru": "ER по подписчикам"},
        "formula": (
            "(Σ вовлечений ÷ число постов) ÷ подписчики на конец периода, сумма по нашим аккаунтам; –, если постов "
            "нет или число подписчиков неизвестно."
        ),
        "denominator": "Подписчики на конец периода (в расчёте на пост)",
    },
    "positive_share": {
        "label": {"en": "Positive share", "ru": "Доля позитива"},
        "formula": (
            "Позитивные ÷ (позитивные + нейтральные + негативные) по нашим упоминаниям; тональность «неизвестно» "
            "не учитывается; –, если тональность не известна ни у одного."
        ),
        "denominator": "Наши упоминания с известной тональностью",
    },
    "neutral_share": {
        "label": {"en": "Neutral share", "ru": "Доля нейтральных"},
        "formula": (
            "Нейтральные ÷ (позитивные + нейтральные + негативные) по нашим упоминаниям; тональность «неизвестно» "
            "не учитывается; –, если тональность не известна ни у одного."
        ),
        "denominator": "Наши упоминания с известной тональностью",
    },
    "negative_share": {
        "label": {"en": "Negative share", "ru": "Доля негатива"},
        "formula": (
            "Негативные ÷ (позитивные + нейтральные + негативные) по нашим упоминаниям; тональность «неизвестно» "
            "не учитывается; –, если тональность не известна ни у одного."
        ),
        "denominator": "Наши упоминания с известной тональностью",
    },
    "net_sentiment": {
        "label": {"en": "Net sentiment", "ru": "Чистая тональность"},
        "formula": (
            "(позитивные − негативные) ÷ (позитивные + негативные) по нашим упоминаниям, от −1 до +1; нейтральные "
            "не учитываются; –, если таких упоминаний нет."
        ),
        "denominator": "Наши позитивные и негативные упоминания",
    },
    "net_sentiment_all": {
        "label": {"en": "Net sentiment, all mentions", "ru": "Чистая тональность по всем"},
        "formula": (
            "(позитивные − негативные) ÷ (позитивные + нейтральные + негативные) по нашим упоминаниям, от −1 до "
            "+1; тональность «неизвестно» не учитывается; –, если она не известна ни у одного."
        ),
        "denominator": "Наши упоминания с известной тональностью",
    },
    "model_sentiment_share": {
        "label": {"en": "Sentiment read by the model", "ru": "Тональность от модели"},
        "formula": (
            "Наши упоминания, тональность которых дала встроенная модель (источник её не дал) ÷ наши упоминания "
            "с известной тональностью; –, если она не известна ни у одного. Показывает, какая часть любой цифры "
            "тональности — прочтение модели."
        ),
        "denominator": "Наши упоминания с известной тональностью",
    },
    # Loyalty (outcome)
    "followers": {
        "label": {"en": "Followers", "ru": "Подписчики"},
        "formula": (
            "Подписчики на последний день периода, за который есть данные, по каждому аккаунту, сумма по нашим "
            "аккаунтам; –, если данных нет ни по одному."
        ),
        "denominator": _SUM,
    },
    "followers_net_change": {
        "label": {"en": "Followers' net change", "ru": "Чистый прирост подписчиков"},
        "formula": (
            "По каждому аккаунту: подписчики на конец периода минус подписчики в последний день до него (не раньше "
            "чем за 7 дней); если в выгрузке нет общего числа подписчиков — пришедшие минус ушедшие за период или "
            "дневной чистый прирост, если выгрузка даёт только его (YouTube, TikTok). Аккаунты, где есть только "
            "пришедшие, не учитываются: по ним чистый прирост не посчитать. Сумма по аккаунтам; –, если подходящих "
            "аккаунтов нет."
        ),
        "denominator": _SUM,
    },
    "follower_growth_rate": {
        "label": {"en": "Follower growth rate", "ru": "Темп роста подписчиков"},
        "formula": (
            "Прирост подписчиков ÷ подписчики в последний день до периода (не раньше чем за 7 дней), по аккаунтам, "
            "где известно и то и другое; –, если таких нет или подписчиков было 0."
        ),
        "denominator": "Подписчики до начала периода",
    },
    "returning_engagers_share": {
        "label": {"en": "Share of returning authors", "ru": "Доля вернувшихся авторов"},
        "formula": (
            "Авторы наших упоминаний за период, писавшие о нас и в предыдущие 28 дней ÷ все авторы наших "
            "упоминаний за период, каждый считается один раз; –, если авторов нет."
        ),
        "denominator": "Авторы наших упоминаний за период",
    },
    "advocates": {
        "label": {"en": "Advocates", "ru": "Адвокаты бренда"},
        "formula": (
            "Число авторов, у которых за период 2 и более позитивных упоминания нашего бренда; упоминания без "
            "автора не учитываются."
        ),
        "denominator": _NONE,
    },
    # Service (outcome)
    "response_rate": {
        "label": {"en": "Response rate", "ru": "Доля ответов"},
        "formula": (
            "Наши вопросы и жалобы (вопрос или негативная тональность), на которые ответили ÷ все наши вопросы и "
            "жалобы; –, если их нет или источник не отмечает ответы (за период нет ни одного времени ответа)."
        ),
        "denominator": "Вопросы и жалобы к нашему бренду",
    },
    "median_response_hours": {
        "label": {"en": "Median response time", "ru": "Медианное время ответа"},
        "formula": (
            "Медиана (время ответа − время публикации) в часах по нашим вопросам и жалобам, на которые ответили; "
            "ответы с временем раньше упоминания не учитываются; меньше часа показывается в минутах; –, если "
            "ответов нет."
        ),
        "denominator": "Нет: медиана по отвеченным вопросам и жалобам",
    },
    # Sales (impact, shown as context)
    "revenue": {
        "label": {"en": "Revenue", "ru": "Выручка"},
        "formula": (
            "Σ выручки за дни периода по всем каналам; –, если выручка не указана ни за один день или указана в "
            "разных валютах."
        ),
        "denominator": _SUM,
    },
    "orders": {
        "label": {"en": "Orders", "ru": "Заказы"},
        "formula": "Σ заказов за дни периода по всем каналам; –, если заказы не указаны ни за один день.",
        "denominator": _SUM,
    },
    "returning_customer_share": {
        "label": {"en": "Share of returning customers", "ru": "Доля повторных покупателей"},
        "formula": (
            "Повторные покупатели ÷ (новые + повторные), по дням, где указано и то и другое; –, если покупателей нет."
        ),
        "denominator": "Новые и повторные покупатели",
    },
    # Sales in context (lagged association)
    "sales_association": {
        "label": {"en": "Association with sales", "ru": "Связь с продажами"},
        "formula": (
            "Корреляция Пирсона и Спирмена недельного PR-показателя с недельной выручкой через 0–8 недель, с "
            "числом пар недель и 95% доверительным интервалом (z-преобразование Фишера); –, если пар меньше 8 или "
            "ряд не меняется. Это связь, а не атрибуция."
        ),
        "denominator": "Нет: корреляция по парам недель",
    },
    # The marketing mix (cost per contact)
    "cost_per_thousand_contacts": {
        "label": {"en": "Cost per 1,000 contacts", "ru": "Цена 1000 контактов"},
        "formula": (
            "По каждому каналу маркетингового календаря: Σ бюджета ÷ Σ контактов × 1000 по активностям, где "
            f"указано и то и другое; {PRORATED_RU}. –, если контактов 0 или они не указаны, или бюджеты в "
            "разных валютах."
        ),
        "denominator": "Контакты канала, в тысячах",
    },
    "cost_per_engagement": {
        "label": {"en": "Cost per engagement", "ru": "Цена вовлечения"},
        "formula": (
            "Только SMM: бюджет SMM за период ÷ вовлечения (лайки + комментарии + репосты + сохранения) в наших "
            f"постах за период; {PRORATED_RU}. –, если вовлечений нет или нет данных о постах; у других "
            "каналов значения нет: их вовлечений нет в наших данных."
        ),
        "denominator": "Вовлечения в наших постах",
    },
    "cost_per_positive_mention": {
        "label": {"en": "Cost per positive mention", "ru": "Цена позитивного упоминания"},
        "formula": (
            "Только SMM: бюджет SMM за период ÷ позитивные упоминания нашего бренда за период, чем бы они ни были "
            f"вызваны (самое выгодное для SMM прочтение); {PRORATED_RU}. –, если их нет или нет данных об "
            "упоминаниях; у других каналов значения нет: упоминание нельзя приписать одному каналу."
        ),
        "denominator": "Позитивные упоминания нашего бренда",
    },
}

_LEVELS = {
    "output": {"en": "Output", "ru": "Продукт (output)"},
    "out-take": {"en": "Out-take", "ru": "Восприятие (out-take)"},
    "outcome": {"en": "Outcome", "ru": "Результат (outcome)"},
    "impact": {"en": "Impact (context)", "ru": "Влияние (impact), контекст"},
    "mix": {"en": "Mix (inputs)", "ru": "Маркетинг-микс (вложения)"},
}


def _texts(id: str, words: _Words) -> dict[str, dict[str, str]]:
    """The keys of one spec: its label, and its formula and denominator with the spec's English."""
    spec = REGISTRY[id]
    out = {f"indicator.{id}.label": words["label"]}
    if "formula" in words:
        out[f"indicator.{id}.formula"] = {"en": spec.formula, "ru": words["formula"]}
    if "denominator" in words:
        out[f"indicator.{id}.denominator"] = {"en": spec.denominator, "ru": words["denominator"]}
    return out


TEXTS: dict[str, dict[str, str]] = {
    **{key: text for id, words in _INDICATORS.items() for key, text in _texts(id, words).items()},
    **{f"level.{level}": text for level, text in _LEVELS.items()},
}
