"""Texts of the insights (spikes, headlines, voice of the customer), in Russian and English.

Keys: ``spike.*`` the explanation of a spike and its rule; ``change.rule`` when a change is given
in per cent; ``headline.*`` the sentences of the week's headlines, with a subject per indicator;
``voice.*`` the voice-of-the-customer tables. The names of platforms, channels and sentiments are
in :mod:`resonance.words.vocabulary`.

Russian verbs agree with their subject, so each headline subject carries its grammatical form in
``SUBJECT_FORMS`` (``m``, ``f``, ``n`` or ``pl``) and the verb is taken from
``headline.verb.<form>.<up|down>``.
"""

from __future__ import annotations

# Headline subjects: (English, Russian, the Russian subject's form for verb agreement).
_SUBJECTS = {
    "posts_published": ("Posts published", "Число опубликованных постов", "n"),
    "reach": ("Reach of our posts", "Охват наших постов", "m"),
    "impressions": ("Impressions of our posts", "Показы наших постов", "pl"),
    "mentions": ("Mentions", "Упоминания", "pl"),
    "mentions_reach": ("Reach of mentions", "Охват упоминаний", "m"),
    "share_of_voice": ("Share of voice", "Доля голоса", "f"),
    "share_of_voice_reach": ("Share of voice by reach", "Доля голоса по охвату", "f"),
    "share_of_voice_engagements": ("Share of voice by engagement", "Доля голоса по вовлечениям", "f"),
    "engagements": ("Engagements on our posts", "Число вовлечений в наших постах", "n"),
    "engagement_rate_reach": ("Engagement rate by reach", "ER по охвату", "m"),
    "engagement_rate_impressions": ("Engagement rate by impressions", "ER по показам", "m"),
    "engagement_rate_followers": ("Engagement rate by followers", "ER по подписчикам", "m"),
    "positive_share": ("Positive share", "Доля позитива", "f"),
    "neutral_share": ("Neutral share", "Доля нейтральных упоминаний", "f"),
    "negative_share": ("Negative share", "Доля негатива", "f"),
    "net_sentiment": ("Net sentiment", "Чистая тональность", "f"),
    "net_sentiment_all": ("Net sentiment over all mentions", "Чистая тональность по всем упоминаниям", "f"),
    "followers": ("Followers", "Число подписчиков", "n"),
    "followers_net_change": ("Followers' net change", "Чистый прирост подписчиков", "m"),
    "follower_growth_rate": ("Follower growth rate", "Темп роста подписчиков", "m"),
    "returning_engagers_share": ("Share of returning authors", "Доля вернувшихся авторов", "f"),
    "advocates": ("Advocates", "Число адвокатов бренда", "n"),
    "response_rate": ("Response rate", "Доля ответов", "f"),
    "median_response_hours": ("Median response time", "Медианное время ответа", "n"),
    "revenue": ("Revenue", "Выручка", "f"),
    "orders": ("Orders", "Число заказов", "n"),
    "returning_customer_share": ("Share of returning customers", "Доля повторных покупателей", "f"),
}

SUBJECT_FORMS: dict[str, str] = {id: form for id, (_, _, form) in _SUBJECTS.items()}
ANY_SUBJECT_FORM = "m"  # «Показатель «…»» for an indicator without a subject of its own

_VERBS = {
    "m": ("вырос", "снизился"),
    "f": ("выросла", "снизилась"),
    "n": ("выросло", "снизилось"),
    "pl": ("выросли", "снизились"),
}

_PLURALS = {
    # babel's plural categories: English uses one/other, Russian one/few/many/other.
    "spike.mentions": {
        "one": ("mention", "упоминание"),
        "few": ("mentions", "упоминания"),
        "many": ("mentions", "упоминаний"),
        "other": ("mentions", "упоминания"),
    },
    "spike.days": {"one": ("day", "день"), "few": ("days", "дня"), "many": ("days", "дней"), "other": ("days", "дня")},
}

_TEXTS: dict[str, dict[str, str]] = {
    # --- spikes ---
    "spike.headline": {
        "en": "{day}: {count} {mentions} of {brand} against a usual {usual} a day.",
        "ru": "{day}: {count} {mentions} бренда «{brand}» вместо обычных {usual} в день.",
    },
    "spike.threshold": {
        "en": "Threshold that day: {threshold} mentions, the median of the {window} before it ({usual}) plus {k} × "
        "MAD × 1.4826 ({spread}).",
        "ru": "Порог в этот день: {threshold} упоминания — медиана за {window} до него ({usual}) плюс {k} × MAD × "
        "1,4826 ({spread}).",
    },
    "spike.sentiment": {"en": "Sentiment: {split}.", "ru": "Тональность: {split}."},
    "spike.sentiment.positive": {"en": "{share} positive", "ru": "{share} позитивных"},
    "spike.sentiment.neutral": {"en": "{share} neutral", "ru": "{share} нейтральных"},
    "spike.sentiment.negative": {"en": "{share} negative", "ru": "{share} негативных"},
    "spike.sentiment_unknown": {
        "en": "The sentiment of these mentions is not known.",
        "ru": "Тональность этих упоминаний неизвестна.",
    },
    "spike.platforms": {"en": "Platforms: {platforms}.", "ru": "Площадки: {platforms}."},
    "spike.platform_share": {"en": "{platform} {share}", "ru": "{platform} — {share}"},
    "spike.authors": {"en": "Most active authors: {authors}.", "ru": "Чаще всех писали: {authors}."},
    "spike.authors_once": {
        "en": "No author wrote more than once that day: many voices, not a few loud ones.",
        "ru": "Ни один автор не написал в этот день больше одного раза: голосов много, а не несколько громких.",
    },
    "spike.quote_reach": {"en": "reach {reach}", "ru": "охват {reach}"},
    "spike.quote_engagements": {"en": "{engagements} engagements", "ru": "вовлечений: {engagements}"},
    "spike.quotes": {"en": "What was written", "ru": "Что писали"},
    "spike.details": {"en": "How the spike was found", "ru": "Как найден всплеск"},
    "spike.activities": {
        "en": "Running that day in the marketing calendar: {activities}.",
        "ru": "В маркетинговом календаре на этот день: {activities}.",
    },
    "spike.background_only": {
        "en": "Nothing new in the marketing calendar, only what also ran on every day before: {activities}.",
        "ru": "В маркетинговом календаре ничего нового, только то, что шло и во все предыдущие дни: {activities}.",
    },
    "spike.no_activities": {
        "en": "No activity of the marketing calendar overlaps it.",
        "ru": "В маркетинговом календаре на этот день ничего нет.",
    },
    "spike.no_calendar": {
        "en": "There is no marketing calendar to compare it with.",
        "ru": "Маркетингового календаря нет, сравнить не с чем.",
    },
    "spike.none": {
        "en": "No spikes: on no day did mentions rise above the threshold.",
        "ru": "Всплесков нет: ни в один день упоминаний не было больше порога.",
    },
    "spike.rule": {
        "en": "A day is a spike when its mentions are above the median of the {window} before it plus {k} × MAD "
        "(the median absolute deviation of those days, scaled by 1.4826 to read like a standard deviation, "
        "and at least 1 mention), and there are at least {min_count}. Only the days before count, so a spike "
        "does not raise its own threshold; a day with less than {min_history} of history has no threshold.",
        "ru": "День считается всплеском, если в нём хотя бы {min_count} и их больше, чем медиана за {window} до "
        "него плюс {k} × MAD (медианное абсолютное отклонение за эти дни, умноженное на 1,4826, чтобы его можно "
        "было читать как стандартное отклонение; не меньше 1 упоминания). Учитываются только предыдущие дни, "
        "поэтому всплеск не поднимает собственный порог; пока истории меньше, чем {min_history}, порога нет.",
    },
    # --- per cent or difference (metrics.insights.change) ---
    "change.rule": {
        "en": "A change is given in per cent only when the base it is compared with is above 0, at least "
        "{small_base} for counts, and the change is at most +{large_change}. Otherwise it is given as a "
        "difference with both values (“rose by 371, from 5 to 376”): a percentage of a small base, such as "
        "“+7,420%”, says more about the base than about the change. Shares and rates change in percentage "
        "points, indices in points.",
        "ru": "Изменение называется в процентах, только если база сравнения больше 0 (для количеств — не меньше "
        "{small_base}), а рост не больше +{large_change}. Иначе оно называется разницей и обоими значениями "
        "(«выросли на 371 — с 5 до 376»): процент от маленькой базы, например «+7 420%», говорит больше о базе, "
        "чем об изменении. Доли и коэффициенты меняются в процентных пунктах, индексы — в пунктах.",
    },
    # --- headlines ---
    "headline.change": {
        "en": "{subject} {verb} {change} to {value} against {against} ({previous}).",
        "ru": "{subject} {verb} на {change} до {value} по сравнению с {against} ({previous}).",
    },
    "headline.change_context": {
        "en": "{subject} {verb} {change} to {value} against {against} ({previous}): context, "
        "not a result of social media.",
        "ru": "{subject} {verb} на {change} до {value} по сравнению с {against} ({previous}) — это контекст, "
        "а не результат соцсетей.",
    },
    "headline.change_by": {
        "en": "{subject} {verb} by {change}, from {previous} to {value}, against {against}.",
        "ru": "{subject} {verb} на {change} — с {previous} до {value} — по сравнению с {against}.",
    },
    "headline.change_context_by": {
        "en": "{subject} {verb} by {change}, from {previous} to {value}, against {against}: context, "
        "not a result of social media.",
        "ru": "{subject} {verb} на {change} — с {previous} до {value} — по сравнению с {against}; это контекст, "
        "а не результат соцсетей.",
    },
    "headline.subject_any": {"en": "{label}", "ru": "Показатель «{label}»"},
    "headline.against.week": {"en": "last week", "ru": "прошлой неделей"},
    "headline.against.month": {"en": "last month", "ru": "прошлым месяцем"},
    "headline.against.day": {"en": "the day before", "ru": "предыдущим днём"},
    "headline.against.period": {"en": "the previous period", "ru": "предыдущим периодом"},
    "headline.none": {
        "en": "No indicator changed noticeably against {against}.",
        "ru": "По сравнению с {against} заметных изменений нет.",
    },
    "headline.method": {
        "en": "Headlines are the largest changes against the previous period: relative changes for counts (from "
        "at least 10) and money, changes in percentage points for shares (an index from −1 to 1 counts half). "
        "Changes under 2% are left out; the main indicator of each AMEC level goes first, one per level. Sales "
        "are context.",
        "ru": "Заголовки — самые большие изменения к предыдущему периоду: относительные для количеств (от 10 и "
        "больше) и денег, в процентных пунктах для долей (изменение индекса от −1 до 1 берётся с половинным "
        "весом). Изменения меньше 2% не берутся; сначала главные показатели каждого уровня AMEC, по одному на "
        "уровень. Продажи — контекст.",
    },
    # --- voice of the customer ---
    "voice.terms": {"en": "Keywords and hashtags", "ru": "Ключевые слова и хештеги"},
    "voice.term": {"en": "Word or hashtag", "ru": "Слово или хештег"},
    "voice.mentions": {"en": "Mentions", "ru": "Упоминаний"},
    "voice.copies": {"en": "Same text", "ru": "Одинаковый текст"},
    "voice.found_by": {"en": "Found by", "ru": "Как найден"},
    "voice.found_by.flag": {"en": "marked as a question by the source", "ru": "источник отметил как вопрос"},
    "voice.found_by.question_mark": {"en": "question mark", "ru": "вопросительный знак"},
    "voice.found_by.question_word": {"en": "starts with a question word", "ru": "начинается с вопросительного слова"},
    "voice.no_text": {
        "en": "These mentions have no texts (the export did not include them), so there are no keywords, "
        "questions or quotes to show.",
        "ru": "У этих упоминаний нет текстов (их не было в выгрузке), поэтому ключевых слов, вопросов и цитат нет.",
    },
    "voice.terms_method": {
        "en": "Each word or hashtag is counted once per mention. Common Russian and English words and the "
        "brand's own name are left out.",
        "ru": "Каждое слово или хештег считается один раз на упоминание. Частые служебные слова русского и "
        "английского языков и название самого бренда не учитываются.",
    },
    "voice.questions_method": {
        "en": "Questions are mentions that the source marks as questions, that have a question mark, or with a "
        "sentence starting with a question word (how, where, when, why, can…). Widest reach first; a repeated "
        "text is shown once.",
        "ru": "Вопросы — упоминания, которые источник отметил как вопрос, с вопросительным знаком или с "
        "предложением, начинающимся с вопросительного слова (как, где, когда, почему, можно ли…). Сначала с "
        "самым большим охватом; повторяющийся текст показан один раз.",
    },
    "model_sentiment.note": {
        "en": "{share} of these sentiments were read by the model (the source gave none); {agreement}.",
        "ru": "{share} этих оценок тональности дала модель (источник их не дал); {agreement}.",
    },
    "model_sentiment.built_in": {
        "en": "Model: built-in (it learns from your codes from {min} on; you have {codes}); {agreement}.",
        "ru": "Модель: встроенная (учится на вашей разметке начиная с {min} оценок; у вас {codes}); {agreement}.",
    },
    "model_sentiment.learnt": {
        "en": "Model: learnt from your {codes} codes (checked by 5-fold cross-validation); {agreement}.",
        "ru": "Модель: обучена на вашей разметке, {codes} оценок (проверка 5-кратной перекрёстной проверкой); "
        "{agreement}.",
    },
    "model_sentiment.details": {
        "en": "Accuracy {accuracy} (95% interval {accuracy_low}–{accuracy_high}), F-macro of positive and negative "
        "{f_macro} ({f_macro_low}–{f_macro_high}), n = {n}.",
        "ru": "Точность {accuracy} (95-процентный интервал {accuracy_low}–{accuracy_high}), F-мера позитива и "
        "негатива {f_macro} ({f_macro_low}–{f_macro_high}), n = {n}.",
    },
    "model_sentiment.unchecked": {
        "en": "not checked against your codes yet",
        "ru": "с вашей разметкой ещё не сверялась",
    },
    "model_sentiment.agreement": {
        "en": "agreement with your codes {f_macro} ± {margin}, n = {n}",
        "ru": "согласие с вашей разметкой {f_macro} ± {margin}, n = {n}",
    },
    "voice.complaints_method": {
        "en": "Complaints are the brand's negative mentions, widest reach first; a repeated text is shown once.",
        "ru": "Жалобы — негативные упоминания бренда, сначала с самым большим охватом; повторяющийся текст "
        "показан один раз.",
    },
}

TEXTS: dict[str, dict[str, str]] = {
    **{f"{key}.{form}": {"en": en, "ru": ru} for key, forms in _PLURALS.items() for form, (en, ru) in forms.items()},
    **{f"headline.subject.{k}": {"en": en, "ru": ru} for k, (en, ru, _) in _SUBJECTS.items()},
    **{f"headline.verb.{form}.up": {"en": "rose", "ru": up} for form, (up, _) in _VERBS.items()},
    **{f"headline.verb.{form}.down": {"en": "fell", "ru": down} for form, (_, down) in _VERBS.items()},
    **_TEXTS,
}
