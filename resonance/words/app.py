"""Words every interface of Resonance shares: its name, units, and the names of the library's values.

The canonical tables and columns, sentiments, platforms and channels are named here once for the
dashboard, the command line and reports alike; so are the words of an import's report that the
command line and the Data page both print. Words only one interface uses live with it
(``resonance/words/cli.py``, ``dashboard/words.py``); :mod:`resonance.i18n` assembles the tables.
"""

TEXTS: dict[str, dict[str, str]] = {
    # --- the application and its units ---
    "app.title": {"en": "Resonance", "ru": "Resonance"},
    "unit.thousand": {"en": "K", "ru": "тыс."},
    "unit.million": {"en": "M", "ru": "млн"},
    "unit.billion": {"en": "B", "ru": "млрд"},
    "unit.pp": {"en": "pp", "ru": "п.\u00a0п."},
    "unit.hours": {"en": "h", "ru": "ч"},
    "unit.minutes": {"en": "min", "ru": "мин"},
    "unit.currency.RUB": {"en": "₽", "ru": "₽"},
    # --- an import, as the command line and the Data page both report it ---
    "data.rows": {"en": "Rows", "ru": "Строк"},
    "data.skipped": {"en": "Skipped", "ru": "Пропущено"},
    "data.imported_ok": {
        "en": "{file}: {format} → {table}: {added} added, {replaced} replaced, {unchanged} unchanged, "
        "{skipped} skipped.",
        "ru": "{file}: {format} → {table}: добавлено {added}, заменено {replaced}, без изменений {unchanged}, "
        "пропущено {skipped}.",
    },
    "data.skipped_why": {"en": "Skipped: {reasons}.", "ru": "Пропущены: {reasons}."},
    # how far an import has got (the rows are estimated from the bytes until the file is read)
    "progress.reading": {
        "en": "{file}: {percent} · ≈{rows} rows · {rate} rows/s · {left} left",
        "ru": "{file}: {percent} · ≈{rows} строк · {rate} строк/с · осталось {left}",
    },
    "progress.finishing": {
        "en": "{file}: read in {elapsed}; checking and saving…",
        "ru": "{file}: прочитан за {elapsed}; проверка и запись…",
    },
    "data.unused_columns": {"en": "Columns not used", "ru": "Неиспользованные столбцы"},
    # --- the canonical tables ---
    "table.mentions": {"en": "Mentions", "ru": "Упоминания"},
    "table.posts": {"en": "Our posts", "ru": "Наши посты"},
    "table.audience": {"en": "Audience by day", "ru": "Аудитория по дням"},
    "table.sales": {"en": "Sales by day", "ru": "Продажи по дням"},
    "table.activities": {"en": "Marketing calendar", "ru": "Маркетинговый календарь"},
    "table.context": {"en": "Marketing context", "ru": "Маркетинговый контекст"},
    # --- canonical columns ---
    "column.published_at": {"en": "Published", "ru": "Дата публикации"},
    "column.published_tz": {"en": "Time zone of the source", "ru": "Часовой пояс источника"},
    "column.brand": {"en": "Brand", "ru": "Бренд"},
    "column.platform": {"en": "Platform", "ru": "Площадка"},
    "column.author": {"en": "Author", "ru": "Автор"},
    "column.author_audience": {"en": "Author's audience", "ru": "Аудитория автора"},
    "column.mention_key": {"en": "Mention id", "ru": "ID упоминания"},
    "column.url": {"en": "Link", "ru": "Ссылка"},
    "column.title": {"en": "Title", "ru": "Заголовок"},
    "column.text": {"en": "Text", "ru": "Текст"},
    "column.language": {"en": "Language", "ru": "Язык"},
    "column.reach": {"en": "Reach", "ru": "Охват"},
    "column.likes": {"en": "Likes", "ru": "Лайки"},
    "column.comments": {"en": "Comments", "ru": "Комментарии"},
    "column.shares": {"en": "Shares", "ru": "Репосты"},
    "column.sentiment": {"en": "Sentiment", "ru": "Тональность"},
    "column.ave": {"en": "AVE (kept, never used as value)", "ru": "AVE (хранится, не используется как ценность)"},
    "column.account": {"en": "Account", "ru": "Аккаунт"},
    "column.post_id": {"en": "Post id", "ru": "ID поста"},
    "column.format": {"en": "Post format", "ru": "Формат поста"},
    "column.impressions": {"en": "Impressions", "ru": "Показы"},
    "column.saves": {"en": "Saves", "ru": "Сохранения"},
    "column.clicks": {"en": "Clicks", "ru": "Клики"},
    "column.video_views": {"en": "Video views", "ru": "Просмотры видео"},
    "column.date": {"en": "Date", "ru": "Дата"},
    "column.followers": {"en": "Followers", "ru": "Подписчики"},
    "column.followers_gained": {"en": "Followers gained", "ru": "Новые подписчики"},
    "column.followers_lost": {"en": "Followers lost", "ru": "Отписались"},
    "column.page_views": {"en": "Page views", "ru": "Просмотры страницы"},
    "column.channel": {"en": "Channel", "ru": "Канал"},
    "column.revenue": {"en": "Revenue", "ru": "Выручка"},
    "column.orders": {"en": "Orders", "ru": "Заказы"},
    "column.units": {"en": "Units", "ru": "Штуки"},
    "column.currency": {"en": "Currency", "ru": "Валюта"},
    "column.customers_new": {"en": "New customers", "ru": "Новые клиенты"},
    "column.customers_returning": {"en": "Returning customers", "ru": "Повторные клиенты"},
    "column.start": {"en": "Start", "ru": "Начало"},
    "column.end": {"en": "End", "ru": "Окончание"},
    "column.name": {"en": "Name", "ru": "Название"},
    "column.budget": {"en": "Budget", "ru": "Бюджет"},
    "column.contacts": {"en": "Contacts", "ru": "Контакты"},
    "column.period_start": {"en": "Period start", "ru": "Период с"},
    "column.period_end": {"en": "Period end", "ru": "Период по"},
    "column.penetration": {"en": "Penetration", "ru": "Проникновение"},
    "column.market_share": {"en": "Market share", "ru": "Доля рынка"},
    "column.conversion_contact_to_sale": {"en": "Contact-to-sale conversion", "ru": "Конверсия контакта в продажу"},
    "column.average_order_value": {"en": "Average order value", "ru": "Средний чек"},
    "column.customer_base": {"en": "Customer base", "ru": "Клиентская база"},
    "column.target_audience": {"en": "Target audience", "ru": "Целевая аудитория"},
}
