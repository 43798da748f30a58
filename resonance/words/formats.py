"""The names of the export formats Resonance reads, and what it says of an export it refuses.

Keyed ``format.<format id>`` (the name shown for a file read in that format) and
``ingest.not_a_table.<format id>`` (why a known export that holds no table of ours is refused, and
what to export instead). The formats themselves, in ``metrics.ingest.formats``, keep only their ids.
"""

TEXTS: dict[str, dict[str, str]] = {
    # --- listening ---
    "format.codes": {"en": "Sentiment codes", "ru": "Разметка тональности"},
    "format.codes_page": {
        "en": "Sentiment codes given on the Voice of the customer page",
        "ru": "Разметка тональности на странице «Голос клиента»",
    },
    "format.brandwatch_mentions": {"en": "Brandwatch mentions", "ru": "Упоминания Brandwatch"},
    "format.meltwater_mentions": {"en": "Meltwater mentions", "ru": "Упоминания Meltwater"},
    "format.talkwalker_mentions": {"en": "Talkwalker mentions", "ru": "Упоминания Talkwalker"},
    "format.mediacloud_stories": {"en": "Media Cloud: story URLs", "ru": "Media Cloud: ссылки на публикации"},
    "format.x_support_threads": {
        "en": "X: customers' tweets and the support accounts' answers",
        "ru": "X: твиты клиентов и ответы аккаунтов поддержки",
    },
    "format.openmeasures_posts": {
        "en": "Open Measures posts (Telegram and other networks)",
        "ru": "Публикации Open Measures (Telegram и другие сети)",
    },
    # --- annotated ---
    "format.crowdflower_brand_tweets": {
        "en": "CrowdFlower brand tweets with sentiment (US airlines)",
        "ru": "Твиты о брендах с тональностью CrowdFlower (авиакомпании США)",
    },
    "format.crowdflower_dfe_tweets": {
        "en": "CrowdFlower brand tweets with sentiment 1/3/5 (Data for Everyone)",
        "ru": "Твиты о бренде с тональностью 1/3/5 CrowdFlower (Data for Everyone)",
    },
    "format.sentirueval_tweets": {
        "en": "SentiRuEval tweets: one column per brand",
        "ru": "Твиты SentiRuEval: по столбцу на бренд",
    },
    "format.crowdflower_brand_emotion": {
        "en": "CrowdFlower brand and product emotions (no dates)",
        "ru": "Эмоции к брендам и продуктам CrowdFlower (без дат)",
    },
    "ingest.not_a_table.crowdflower_brand_emotion": {
        "en": "this is CrowdFlower's «Brands and product emotions» set: tweets with the brand and the emotion "
        "toward it, but with no date or time, so its mentions cannot be placed in time. Upload tweets that "
        "carry their publication date (a column such as «tweet_created» or «date»).",
        "ru": "это набор CrowdFlower «Brands and product emotions»: твиты с брендом и эмоцией к нему, но без даты "
        "и времени, поэтому упоминания нельзя отнести ко дню. Загрузите твиты с датой публикации (столбец "
        "вроде «tweet_created» или «date»).",
    },
    # --- sprout ---
    "format.sprout_posts": {"en": "Sprout Social: post performance", "ru": "Sprout Social: эффективность публикаций"},
    "format.sprout_profiles": {
        "en": "Sprout Social: profile performance by day",
        "ru": "Sprout Social: показатели профилей по дням",
    },
    # --- meta ---
    "format.mbs_instagram_posts": {
        "en": "Meta Business Suite: Instagram posts",
        "ru": "Meta Business Suite: посты Instagram",
    },
    "format.mbs_facebook_posts": {
        "en": "Meta Business Suite: Facebook posts",
        "ru": "Meta Business Suite: посты Facebook",
    },
    "format.mbs_facebook_videos": {
        "en": "Meta Business Suite: Facebook videos",
        "ru": "Meta Business Suite: видео Facebook",
    },
    "format.mbs_audience": {
        "en": "Meta Business Suite: audience (demographics)",
        "ru": "Meta Business Suite: аудитория (демография)",
    },
    "format.mbs_daily_series": {"en": "Meta Business Suite: daily series", "ru": "Meta Business Suite: дневной ряд"},
    "format.fb_insights_posts": {
        "en": "Facebook Insights (legacy export): posts",
        "ru": "Facebook Insights (старая выгрузка): публикации",
    },
    "format.fb_insights_page": {
        "en": "Facebook Insights (legacy export): page by day",
        "ru": "Facebook Insights (старая выгрузка): страница по дням",
    },
    "ingest.not_a_table.mbs_audience": {
        "en": "this is Meta Business Suite's «Audience.csv»: shares of the audience by age and gender, town and "
        "country, which are not followers or posts by day. If it was opened and saved in Excel, those shares "
        "may also have been turned into dates (3.4 as «3.апр»). For followers by day upload «Follows.csv» "
        "from Insights → Audience (Export data), as Business Suite saved it.",
        "ru": "это «Audience.csv» из Meta Business Suite: доли аудитории по полу и возрасту, городам и странам — "
        "не подписчики и не посты по дням. Если файл открывали и сохраняли в Excel, эти доли могли ещё и "
        "превратиться в даты (3,4 как «3.апр»). Для подписчиков по дням загрузите «Follows.csv» из "
        "Статистика → Аудитория (Экспорт данных) в том виде, в каком его сохранил Business Suite.",
    },
    # --- x ---
    "format.x_tweet_activity": {
        "en": "X (Twitter): tweet activity (legacy export)",
        "ru": "X (Twitter): активность твитов (старая выгрузка)",
    },
    "format.x_posts": {"en": "X: post analytics", "ru": "X: статистика постов"},
    "format.x_account_overview": {"en": "X: account overview by day", "ru": "X: обзор аккаунта по дням"},
    "format.x_daily_activity": {
        "en": "X (Twitter): account activity by day (legacy export)",
        "ru": "X (Twitter): активность аккаунта по дням (старая выгрузка)",
    },
    # --- linkedin ---
    "format.linkedin_metrics": {
        "en": "LinkedIn page: content metrics by day",
        "ru": "Страница LinkedIn: показатели контента по дням",
    },
    "format.linkedin_posts": {"en": "LinkedIn page: posts", "ru": "Страница LinkedIn: публикации"},
    "format.linkedin_new_followers": {
        "en": "LinkedIn page: new followers by day",
        "ru": "Страница LinkedIn: новые подписчики по дням",
    },
    # --- youtube ---
    "format.youtube_videos": {"en": "YouTube Studio: videos (table data)", "ru": "YouTube Studio: видео (таблица)"},
    "format.youtube_subscribers": {
        "en": "YouTube Studio: subscribers' net change by day (totals)",
        "ru": "YouTube Studio: прирост подписчиков по дням (итоги)",
    },
    "format.youtube_chart": {
        "en": "YouTube Studio: chart data (by day and video)",
        "ru": "YouTube Studio: данные графика (по дням и видео)",
    },
    "format.youtube_totals": {"en": "YouTube Studio: totals by day", "ru": "YouTube Studio: итоги по дням"},
    "format.youtube_split": {
        "en": "YouTube Studio: split by subscription status",
        "ru": "YouTube Studio: разбивка по статусу подписки",
    },
    "ingest.not_a_table.youtube_chart": {
        "en": "this is YouTube Studio's «Chart data.csv»: one row per day and video of a single metric, with no "
        "mentions or follower counts in it. Upload «Table data.csv» from the same export (one row per video).",
        "ru": "это «Chart data.csv» из YouTube Studio: по строке на день и видео для одного показателя, без "
        "упоминаний и числа подписчиков. Загрузите «Table data.csv» из той же выгрузки (по строке на видео).",
    },
    "ingest.not_a_table.youtube_totals": {
        "en": "this is YouTube Studio's «Totals.csv»: the channel's daily total of one metric (views), which is "
        "neither a post nor a follower count. Upload «Table data.csv» from the same export (one row per video), "
        "or «Totals.csv» exported for the Subscribers metric (the net change in subscribers by day).",
        "ru": "это «Totals.csv» из YouTube Studio: итог канала за день по одному показателю (просмотры), это не "
        "посты и не число подписчиков. Загрузите «Table data.csv» из той же выгрузки (по строке на видео) "
        "или «Totals.csv», выгруженный для показателя «Подписчики» (прирост подписчиков по дням).",
    },
    "ingest.not_a_table.youtube_split": {
        "en": "this is a YouTube Studio table or chart split by subscription status (Subscribed, Not subscribed), "
        "not by video: its rows are neither posts nor the channel's totals. Export the table by «Content» "
        "(one row per video) and upload «Table data.csv».",
        "ru": "это таблица или график YouTube Studio с разбивкой по статусу подписки (подписан, не подписан), а не "
        "по видео: её строки — не посты и не итоги канала. Выгрузите таблицу по «Контенту» (по строке на "
        "видео) и загрузите «Table data.csv».",
    },
    # --- tiktok ---
    "format.tiktok_content": {"en": "TikTok Studio: videos", "ru": "TikTok Studio: видео"},
    "format.tiktok_overview": {"en": "TikTok Studio: overview by day", "ru": "TikTok Studio: обзор по дням"},
    "format.tiktok_follower_history": {
        "en": "TikTok Studio: followers by day",
        "ru": "TikTok Studio: подписчики по дням",
    },
    "format.tiktok_viewers": {"en": "TikTok Studio: viewers by day", "ru": "TikTok Studio: зрители по дням"},
    "format.tiktok_business_overview": {
        "en": "TikTok: business account overview by day",
        "ru": "TikTok: обзор бизнес-аккаунта по дням",
    },
    "format.tiktok_video_list": {"en": "TikTok: video list", "ru": "TikTok: список видео"},
    "format.tiktok_follower_activity": {
        "en": "TikTok Studio: follower activity by hour",
        "ru": "TikTok Studio: активность подписчиков по часам",
    },
    "format.tiktok_split": {
        "en": "TikTok Studio: followers by gender or territory",
        "ru": "TikTok Studio: подписчики по полу или странам",
    },
    "ingest.not_a_table.tiktok_follower_activity": {
        "en": "this is TikTok Studio's FollowerActivity.csv: followers online by hour, which no indicator uses. "
        "Upload FollowerHistory.csv (followers by day), Overview.csv or Content.csv from the same download.",
        "ru": "это FollowerActivity.csv из TikTok Studio: подписчики онлайн по часам, "
        "ни один показатель их не использует. "
        "Загрузите из той же выгрузки FollowerHistory.csv (подписчики по дням), Overview.csv или Content.csv.",
    },
    "ingest.not_a_table.tiktok_split": {
        "en": "this is a TikTok Studio split of followers by gender or territory (shares, no dates): it is not "
        "read. Upload FollowerHistory.csv (followers by day) or Content.csv from the same download.",
        "ru": "это разбивка подписчиков TikTok Studio по полу или странам (доли, без дат): она не читается. "
        "Загрузите из той же выгрузки FollowerHistory.csv (подписчики по дням) или Content.csv.",
    },
    # --- russian ---
    "format.ru_posts": {
        "en": "Posts with Russian columns (VK, Telegram)",
        "ru": "Посты с русскими столбцами (ВКонтакте, Telegram)",
    },
    "format.vk_stats": {"en": "VK community statistics", "ru": "Статистика сообщества ВКонтакте"},
    "format.telegram_stats": {"en": "Telegram channel statistics", "ru": "Статистика Telegram-канала"},
    # --- shops ---
    "format.sales_daily": {"en": "Daily sales table", "ru": "Таблица продаж по дням"},
    "format.shopify_orders": {"en": "Shopify orders", "ru": "Заказы Shopify"},
    "format.stripe_payments": {"en": "Stripe payments", "ru": "Платежи Stripe"},
    "format.awin_transactions": {"en": "Awin affiliate transactions", "ru": "Транзакции партнёрской сети Awin"},
    "format.shopify_customers_split": {
        "en": "Shopify Analytics: new vs returning customers",
        "ru": "Аналитика Shopify: новые и вернувшиеся клиенты",
    },
    "format.shopify_checkout_funnel": {
        "en": "Shopify Analytics: checkout conversion",
        "ru": "Аналитика Shopify: конверсия оформления заказа",
    },
    "ingest.not_a_table.shopify_customers_split": {
        "en": "this is Shopify Analytics' «New vs returning customers» report: two counts of customers for the "
        "whole period, with no days and no sales. Export the orders instead (Orders → Export, one row per "
        "order line) or the «Sales over time» report by day.",
        "ru": "это отчёт Аналитики Shopify «Новые и вернувшиеся клиенты»: два числа клиентов за весь период, без "
        "дней и без продаж. Выгрузите заказы (Заказы → Экспорт, по строке на позицию заказа) или отчёт "
        "«Продажи за период» по дням.",
    },
    "ingest.not_a_table.shopify_checkout_funnel": {
        "en": "this is Shopify Analytics' checkout conversion report: sessions that reached and completed checkout "
        "by week, with no revenue or orders. Export the orders instead (Orders → Export, one row per order "
        "line) or the «Sales over time» report by day.",
        "ru": "это отчёт Аналитики Shopify о конверсии оформления заказа: сессии, дошедшие до оформления и "
        "завершившие его, по неделям, без выручки и заказов. Выгрузите заказы (Заказы → Экспорт, по строке "
        "на позицию заказа) или отчёт «Продажи за период» по дням.",
    },
    # --- marketplaces ---
    "format.wildberries_realisation": {"en": "Wildberries realisation report", "ru": "Отчёт о реализации Wildberries"},
    "format.ozon_accruals": {"en": "Ozon accruals", "ru": "Начисления Ozon"},
    # --- templates ---
    "format.activities_template": {"en": "Marketing calendar (template)", "ru": "Маркетинговый календарь (шаблон)"},
    "format.context_template": {"en": "Marketing context (template)", "ru": "Маркетинговый контекст (шаблон)"},
    # --- generic ---
    "format.generic_mentions": {
        "en": "Mentions table (recognised by column names)",
        "ru": "Таблица упоминаний (распознана по названиям столбцов)",
    },
    "format.generic_audience": {
        "en": "Audience table (recognised by column names)",
        "ru": "Таблица аудитории (распознана по названиям столбцов)",
    },
    "format.mapping": {
        "en": "Table read with your column mapping",
        "ru": "Таблица, прочитанная по вашему сопоставлению столбцов",
    },
}
