"""Words only the dashboard says: its frame, pages, tiles, charts and the Data page.

The dashboard's own table of words, added to the one lookup (:func:`resonance.i18n.t`) when the
``dashboard`` package is imported; words the command line shares are in ``resonance/words/``.
"""

TEXTS: dict[str, dict[str, str]] = {
    # --- the application ---
    "app.tagline": {
        "en": "PR, loyalty and feedback — social media judged by what it is for",
        "ru": "PR, лояльность и обратная связь — соцсети по тем задачам, для которых они нужны",
    },
    "app.language": {"en": "Language", "ru": "Язык"},
    "app.workspace": {"en": "Workspace", "ru": "Рабочая область"},
    "app.brand": {"en": "Brand", "ru": "Бренд"},
    "app.platforms": {"en": "Platforms", "ru": "Площадки"},
    "app.granularity": {"en": "Period", "ru": "Период"},
    "granularity.day": {"en": "Day", "ru": "День"},
    "granularity.week": {"en": "Week", "ru": "Неделя"},
    "granularity.month": {"en": "Month", "ru": "Месяц"},
    "app.period.day": {"en": "Day", "ru": "День"},
    "app.period.week": {"en": "Week", "ru": "Неделя"},
    "app.period.month": {"en": "Month", "ru": "Месяц"},
    "app.all_platforms": {"en": "All platforms", "ru": "Все площадки"},
    "granularity.range": {"en": "Dates", "ru": "Даты"},
    "app.period.range": {"en": "From – to", "ru": "С – по"},
    "app.link": {"en": "Link to this view", "ru": "Ссылка на этот вид"},
    "app.link_help": {
        "en": "Opens this page with the same period, brand, platforms and language. "
        "Copy it with the icon on the right.",
        "ru": "Открывает эту страницу с тем же периодом, брендом, площадками и языком. Скопируйте её значком справа.",
    },
    "page.this_week": {"en": "This week", "ru": "Эта неделя"},
    "page.data": {"en": "Data", "ru": "Данные"},
    "nav.meeting": {"en": "Weekly meeting", "ru": "Еженедельная встреча"},
    "nav.workspace": {"en": "Workspace", "ru": "Рабочая область"},
    # --- This week ---
    "heading.day": {"en": "{label}", "ru": "{label}"},
    "heading.week": {"en": "Week {label}", "ru": "Неделя {label}"},
    "heading.month": {"en": "{label}", "ru": "{label}"},
    "compared.day": {
        "en": "Each tile compares the day with the day before ({previous}) and with the average of the four days "
        "before it.",
        "ru": "Каждая плитка сравнивает день с предыдущим ({previous}) и со средним за четыре дня до него.",
    },
    "compared.week": {
        "en": "Each tile compares the week with the week before ({previous}) and with the average of the four weeks "
        "before it.",
        "ru": "Каждая плитка сравнивает неделю с предыдущей ({previous}) и со средним за четыре недели до неё.",
    },
    "compared.month": {
        "en": "Each tile compares the month with the month before ({previous}) and with the average of the four "
        "months before it.",
        "ru": "Каждая плитка сравнивает месяц с предыдущим ({previous}) и со средним за четыре месяца до него.",
    },
    "vs_previous.day": {"en": "vs previous day", "ru": "к предыдущему дню"},
    "vs_previous.week": {"en": "vs previous week", "ru": "к прошлой неделе"},
    "vs_previous.month": {"en": "vs previous month", "ru": "к прошлому месяцу"},
    "vs_avg4.day": {"en": "vs 4-day average: {change}", "ru": "к среднему за 4 дня: {change}"},
    "vs_avg4.week": {"en": "vs 4-week average: {change}", "ru": "к среднему за 4 недели: {change}"},
    "vs_avg4.month": {"en": "vs 4-month average: {change}", "ru": "к среднему за 4 месяца: {change}"},
    "trend.day": {"en": "Last 12 days", "ru": "Последние 12 дней"},
    "trend.week": {"en": "Last 12 weeks", "ru": "Последние 12 недель"},
    "trend.month": {"en": "Last 12 months", "ru": "Последние 12 месяцев"},
    "heading.range": {"en": "{label}", "ru": "{label}"},
    "compared.range": {
        "en": "Each tile compares the period with the period of the same length before it ({previous}) and with the "
        "average of the four such periods before that.",
        "ru": "Каждая плитка сравнивает период с таким же по длине периодом до него ({previous}) и со средним за "
        "четыре таких периода до этого.",
    },
    "vs_previous.range": {"en": "vs the period before", "ru": "к предыдущему периоду"},
    "vs_avg4.range": {
        "en": "vs average of the 4 periods before: {change}",
        "ru": "к среднему за 4 периода до: {change}",
    },
    "trend.range": {"en": "Last 12 periods of the same length", "ru": "Последние 12 периодов той же длины"},
    "week.formula": {"en": "How it is counted", "ru": "Как считается"},
    "week.denominator": {"en": "Denominator", "ru": "Знаменатель"},
    "week.sales_note": {
        "en": "Revenue is shown as context, not as a result of social media: "
        "weekly sales follow the marketing mix (TV, promos, season) far more than weekly social activity.",
        "ru": "Выручка показана как контекст, а не как результат соцсетей: "
        "недельные продажи зависят от маркетинг-микса (ТВ, акции, сезон) гораздо сильнее, "
        "чем от недельной активности в соцсетях.",
    },
    "week.empty": {
        "en": "This workspace has no data yet. Upload your exports on the Data page, "
        "or build the demo workspace with `resonance demo`.",
        "ru": "В этой рабочей области пока нет данных. Загрузите выгрузки на странице «Данные» или соберите демо "
        "командой `resonance demo`.",
    },
    "week.note_title": {"en": "How to read this page", "ru": "Как читать эту страницу"},
    "week.go_to_data": {"en": "Upload exports on the Data page", "ru": "Загрузить выгрузки на странице «Данные»"},
    "tile.nothing_to_count": {
        "en": "No value in any period shown: the imported files hold nothing it counts.",
        "ru": "Нет значения ни за один показанный период: в загруженных файлах нет того, что он считает.",
    },
    "week.no_value_help": {
        "en": "– means no value: no data for the period, or a zero denominator.",
        "ru": "– означает «нет значения»: нет данных за период или знаменатель равен нулю.",
    },
    # --- a competitor chosen: what exists only for our brand ---
    "ours_only.posts": {"en": "Only for {brand}: your own accounts", "ru": "Только для {brand}: ваши аккаунты"},
    "ours_only.audience": {"en": "Only for {brand}: your own accounts", "ru": "Только для {brand}: ваши аккаунты"},
    "ours_only.sales": {"en": "Only for {brand}: your sales", "ru": "Только для {brand}: ваши продажи"},
    "ours_only.activities": {
        "en": "Only for {brand}: your marketing calendar",
        "ru": "Только для {brand}: ваш маркетинговый календарь",
    },
    "ours_only.context": {
        "en": "Only for {brand}: your market context",
        "ru": "Только для {brand}: ваш рыночный контекст",
    },
    "ours_only.slide": {
        "en": "{competitor} is a competitor: figures from your own accounts, "
        "sales and marketing calendar exist only for {brand} and show «–».",
        "ru": "{competitor} — конкурент: показатели ваших аккаунтов, "
        "продаж и маркетингового календаря есть только для {brand} и показаны как «–».",
    },
    "ours_only.rule": {
        "en": "{competitor} is a competitor: figures from your own accounts, "
        "sales and marketing calendar exist only for {brand} and show «–» here. "
        "Choose {brand} in «Brand» to see them.",
        "ru": "{competitor} — конкурент: показатели ваших аккаунтов, "
        "продаж и маркетингового календаря есть только для {brand} и здесь показаны как «–». "
        "Выберите {brand} в поле «Бренд», чтобы их увидеть.",
    },
    "ours_only.page": {
        "en": "This page is built from your own sales, marketing calendar and market context: "
        "it exists only for {brand}, not for {competitor}. Choose {brand} in «Brand» to see it.",
        "ru": "Эта страница строится по вашим продажам, маркетинговому календарю и рыночному контексту: "
        "она есть только для {brand}, не для {competitor}. Выберите {brand} в поле «Бренд», чтобы её увидеть.",
    },
    "change.none": {"en": "no change", "ru": "без изменений"},
    # --- indicator pages ---
    "page.attention": {"en": "Attention", "ru": "Внимание"},
    "page.attention.about": {
        "en": "how much the brand is talked about, and how loudly against competitors",
        "ru": "сколько о бренде говорят и насколько громко по сравнению с конкурентами",
    },
    "page.reception": {"en": "Reception", "ru": "Восприятие"},
    "page.reception.about": {
        "en": "how people respond to our posts and how they speak of the brand",
        "ru": "как люди откликаются на наши посты и как говорят о бренде",
    },
    "page.loyalty": {"en": "Loyalty & service", "ru": "Лояльность и сервис"},
    "page.loyalty.about": {
        "en": "who stays, who comes back, who speaks up for us, and how we answer",
        "ru": "кто остаётся, кто возвращается, кто нас защищает и как мы отвечаем",
    },
    "page.this_week.about": {"en": "the week at a glance", "ru": "неделя с одного взгляда"},
    "page.data.about": {"en": "files and the workspace", "ru": "файлы и рабочая область"},
    "attention.by_brand": {
        "en": "Mentions by brand and our share of voice",
        "ru": "Упоминания по брендам и наша доля голоса",
    },
    "attention.sov_note": {
        "en": "Share of voice depends on which competitors the listening query tracks: "
        "it is our mentions ÷ mentions of all tracked brands. Shaded bands are marketing-calendar activities.",
        "ru": "Доля голоса зависит от того, каких конкурентов отслеживает мониторинг: "
        "это наши упоминания ÷ упоминания всех отслеживаемых брендов. "
        "Полосы — активности маркетингового календаря.",
    },
    "attention.platforms": {"en": "Our mentions by platform", "ru": "Наши упоминания по площадкам"},
    "attention.top_authors": {"en": "Who wrote most about us", "ru": "Кто больше всех писал о нас"},
    "attention.col.author": {"en": "Author", "ru": "Автор"},
    "attention.col.platform": {"en": "Platform", "ru": "Площадка"},
    "attention.col.mentions": {"en": "Mentions", "ru": "Упоминаний"},
    "attention.col.reach": {"en": "Reach", "ru": "Охват"},
    "attention.col.positive": {"en": "Positive", "ru": "Позитивных"},
    "attention.col.negative": {"en": "Negative", "ru": "Негативных"},
    "chart.no_data": {
        "en": "Nothing to draw: no data for the chosen periods and filters.",
        "ru": "Рисовать нечего: за выбранные периоды и с этими фильтрами данных нет.",
    },
    "reception.sentiment": {"en": "Sentiment of our mentions", "ru": "Тональность наших упоминаний"},
    "reception.sentiment_note": {
        "en": "Shares of our mentions with a known sentiment, as the listening tool labelled them. "
        "Shaded bands are marketing-calendar activities.",
        "ru": "Доли наших упоминаний с известной тональностью, как её разметила система мониторинга. "
        "Полосы — активности маркетингового календаря.",
    },
    "reception.top_posts": {"en": "Our posts with the most engagements", "ru": "Наши посты с наибольшим вовлечением"},
    "reception.col.published_at": {"en": "Published", "ru": "Опубликован"},
    "reception.col.platform": {"en": "Platform", "ru": "Площадка"},
    "reception.col.text": {"en": "Text", "ru": "Текст"},
    "reception.col.url": {"en": "Link", "ru": "Ссылка"},
    "reception.col.engagements": {"en": "Engagements", "ru": "Вовлечения"},
    "reception.col.reach": {"en": "Reach", "ru": "Охват"},
    "reception.col.engagement_rate_reach": {"en": "ER by reach", "ru": "ER по охвату"},
    "loyalty.followers": {"en": "Followers by platform", "ru": "Подписчики по площадкам"},
    "loyalty.service_note": {
        "en": "Response rate and time need an export that records our replies; without one they show –, not 0.",
        "ru": "Доля ответов и время ответа требуют выгрузки, в которой есть наши ответы; без неё показано –, а не 0.",
    },
    "page.sales": {"en": "Sales in context", "ru": "Продажи в контексте"},
    "page.sales.about": {
        "en": "revenue beside attention and loyalty: association, not attribution",
        "ru": "выручка рядом с вниманием и лояльностью: связь, а не атрибуция",
    },
    "page.mix": {"en": "Mix & budget", "ru": "Микс и бюджет"},
    "page.mix.about": {
        "en": "each channel per contact, per engagement, per positive mention",
        "ru": "каждый канал в расчёте на контакт, вовлечение и позитивное упоминание",
    },
    "page.forecast": {"en": "Forecast", "ru": "Прогноз"},
    "page.forecast.about": {
        "en": "a scenario from the marketing context, with what is missing",
        "ru": "сценарий из маркетингового контекста и то, чего не хватает",
    },
    "sales.indicator": {"en": "Indicator beside revenue", "ru": "Показатель рядом с выручкой"},
    "sales.beside": {
        "en": "Revenue and the indicator, week by week, over the year to the chosen period",
        "ru": "Выручка и показатель по неделям за год до выбранного периода",
    },
    "sales.lags": {
        "en": "Does the indicator move with revenue weeks later?",
        "ru": "Движется ли показатель вместе с выручкой через несколько недель?",
    },
    "mix.empty": {
        "en": "The marketing calendar has no activity in this period.",
        "ru": "В маркетинговом календаре нет активностей за этот период.",
    },
    "forecast.contacts": {"en": "Planned contacts", "ru": "Запланированные контакты"},
    "forecast.spread": {"en": "Low and high: conversion ±", "ru": "Низкий и высокий: конверсия ±"},
    "page.voice": {"en": "Voice of the customer", "ru": "Голос клиента"},
    "page.voice.about": {
        "en": "what people praise, what they complain about, what they ask",
        "ru": "что хвалят, на что жалуются, о чём спрашивают",
    },
    "voice.words.positive": {"en": "Words in positive mentions", "ru": "Слова в позитивных упоминаниях"},
    "voice.words.negative": {"en": "Words in negative mentions", "ru": "Слова в негативных упоминаниях"},
    "voice.questions": {"en": "Questions", "ru": "Вопросы"},
    "voice.complaints": {"en": "Complaints", "ru": "Жалобы"},
    "voice.one_heading": {
        "en": "Each mention is listed under one heading: a negative mention is a complaint, "
        "even when it asks something; Questions lists the others.",
        "ru": "Каждое упоминание стоит под одним заголовком: негативное упоминание — жалоба, "
        "даже если в нём есть вопрос; в «Вопросах» — остальные.",
    },
    "voice.teach.title": {"en": "Teach the sentiment model", "ru": "Научите модель тональности"},
    "voice.teach.about": {
        "en": "Say what each mention means for the brand. The most frequent texts the model is least sure of come "
        "first; your code applies at once to every mention with the same text, and the model learns from your "
        "codes after every {round}. Keys: 1 negative, 2 neutral, 3 positive, 0 skip.",
        "ru": "Скажите, что каждое упоминание значит для бренда. Первыми идут частые тексты, в которых модель "
        "меньше всего уверена; ваша оценка сразу применяется ко всем упоминаниям с тем же текстом, а модель "
        "учится на разметке после каждых {round}. Клавиши: 1 — негатив, 2 — нейтрально, 3 — позитив, 0 — пропустить.",
    },
    "voice.teach.nothing": {
        "en": "Nothing to code in this period: every sentiment of the brand's mentions came from the source or "
        "from your codes.",
        "ru": "В этом периоде нечего размечать: тональность всех упоминаний бренда дал источник или ваша разметка.",
    },
    "voice.teach.model_says": {"en": "the model says: {sentiment}", "ru": "модель считает: {sentiment}"},
    "voice.teach.same_text": {"en": "mentions with this text: {n}", "ru": "упоминаний с этим текстом: {n}"},
    "voice.teach.negative": {"en": "Negative", "ru": "Негатив"},
    "voice.teach.neutral": {"en": "Neutral", "ru": "Нейтрально"},
    "voice.teach.positive": {"en": "Positive", "ru": "Позитив"},
    "voice.teach.skip": {"en": "Skip", "ru": "Пропустить"},
    "voice.teach.round": {
        "en": "{done} of {round} codes in this round; the model learns at the end of it.",
        "ru": "В этом круге {done} из {round} оценок; модель учится в его конце.",
    },
    "voice.teach.learn_now": {"en": "Learn now", "ru": "Обучить сейчас"},
    "voice.teach.learning": {"en": "The model is learning from your codes…", "ru": "Модель учится на вашей разметке…"},
    "voice.teach.undo": {
        "en": "Each round is one line of the import history on the Data page, and is undone there.",
        "ru": "Каждый круг — одна строка истории загрузок на странице «Данные», там же он отменяется.",
    },
    "voice.themes": {"en": "What people talk about", "ru": "О чём говорят"},
    "voice.complaint_groups": {"en": "What went wrong", "ru": "Что пошло не так"},
    "voice.theme_size": {"en": "{n} mentions", "ru": "упоминаний: {n}"},
    "voice.theme_new": {"en": "new this period", "ru": "новая тема"},
    "voice.theme_change": {"en": "{change} vs the period before", "ru": "{change} к прошлому периоду"},
    "voice.themes_none": {
        "en": "Too few texts this period to find themes in them (at least six different texts that share words).",
        "ru": "В этом периоде слишком мало текстов, чтобы найти в них темы (нужно хотя бы шесть разных текстов "
        "с общими словами).",
    },
    "voice.themes_method": {
        "en": "Themes are found in the words of {texts} different texts of the period and the period before (their "
        "lemmas and two-word phrases, by non-negative matrix factorisation of TF-IDF); each mention counts in "
        "the theme its words are closest to. A theme is new when no mention of the period before belongs to it. "
        "Quotes are the texts most typical of a theme.",
        "ru": "Темы найдены в словах {texts} разных текстов периода и предыдущего периода (леммы и словосочетания "
        "из двух слов, неотрицательное матричное разложение TF-IDF); каждое упоминание отнесено к теме, к "
        "которой ближе всего его слова. Тема новая, если к ней не относится ни одно упоминание прошлого "
        "периода. Цитаты — самые типичные для темы тексты.",
    },
    "voice.groups_method": {
        "en": "Complaints (the negative mentions) grouped by what they are about, found in their own words the "
        "same way as the themes ({texts} different texts): no fixed list of reasons.",
        "ru": "Жалобы (негативные упоминания), сгруппированные по тому, о чём они, — найдено в их же словах так "
        "же, как темы ({texts} разных текстов): без заранее заданного списка причин.",
    },
    "voice.unanswered": {"en": "Questions left without an answer", "ru": "Вопросы без ответа"},
    "voice.unanswered_none": {
        "en": "Every question of the period was answered.",
        "ru": "На все вопросы периода ответили.",
    },
    "voice.unanswered_unknown": {
        "en": "No source of these questions says which were answered: import a community's comments with their "
        "reply times (the Loyalty & service page uses them too).",
        "ru": "Ни один источник этих вопросов не сообщает, на какие ответили: загрузите комментарии сообщества со "
        "временем ответа (их использует и страница «Лояльность и сервис»).",
    },
    "voice.col.phrase": {"en": "Phrase", "ru": "Словосочетание"},
    "voice.none": {"en": "Nothing in this period.", "ru": "За этот период ничего нет."},
    "voice.note": {
        "en": "Quotes are the texts as the listening tool exported them, the widest reach first. "
        "Words are counted once per mention; stop words and the brand's own name are left out.",
        "ru": "Цитаты — тексты в том виде, как их выгрузила система мониторинга, сначала с наибольшим охватом. "
        "Слова считаются один раз на упоминание; служебные слова и название бренда не учитываются.",
    },
    "week.spikes": {"en": "Spikes of mentions", "ru": "Всплески упоминаний"},
    "week.headlines": {"en": "Headlines", "ru": "Главное"},
    "present.toggle": {"en": "Presentation mode", "ru": "Режим презентации"},
    "present.help": {
        "en": "Full-screen slides for a shared screen: ← and → turn them, Esc leaves.",
        "ru": "Полноэкранные слайды для общего экрана: ← и → листают, Esc — выход.",
    },
    "present.previous": {"en": "Previous", "ru": "Назад"},
    "present.next": {"en": "Next", "ru": "Далее"},
    "present.exit": {"en": "Exit", "ru": "Выйти"},
    "present.slide": {"en": "{n} / {total}", "ru": "{n} / {total}"},
    "present.agenda": {"en": "Agenda", "ru": "Повестка"},
    "present.decisions": {"en": "Decisions", "ru": "Решения"},
    "present.decisions.about": {
        "en": "what we do next, who does it and by when",
        "ru": "что делаем дальше, кто и к какому сроку",
    },
    "downloads.title": {"en": "The report of this view", "ru": "Отчёт по этому виду"},
    "downloads.pptx": {"en": "Slides (PPTX)", "ru": "Слайды (PPTX)"},
    "downloads.html": {"en": "Web page (HTML)", "ru": "Веб-страница (HTML)"},
    "downloads.xlsx": {"en": "Workbook (XLSX)", "ru": "Таблица (XLSX)"},
    "decisions.title": {"en": "Decisions of this meeting", "ru": "Решения этой встречи"},
    "decisions.none": {
        "en": "Nothing decided for this period yet. What is written here opens next period's page.",
        "ru": "Решений на этот период пока нет. Записанное здесь откроет страницу следующего периода.",
    },
    "decisions.before.week": {"en": "Last week we decided:", "ru": "На прошлой неделе мы решили:"},
    "decisions.before.month": {"en": "Last month we decided:", "ru": "В прошлом месяце мы решили:"},
    "decisions.before.day": {"en": "The day before we decided:", "ru": "Накануне мы решили:"},
    "decisions.before.range": {"en": "The period before we decided:", "ru": "В прошлом периоде мы решили:"},
    "decisions.what": {"en": "What we will do", "ru": "Что делаем"},
    "decisions.who": {"en": "Who", "ru": "Кто"},
    "decisions.due": {"en": "By when", "ru": "К какому сроку"},
    "decisions.add": {"en": "Write the decision", "ru": "Записать решение"},
    "decisions.undo": {"en": "Undo the last change", "ru": "Отменить последнее изменение"},
    "decision.status": {"en": "Status", "ru": "Статус"},
    "present.denominator": {"en": "÷ {denominator}", "ru": "÷ {denominator}"},
    "voice.col.term": {"en": "Word", "ru": "Слово"},
    "voice.col.hashtag": {"en": "Hashtag", "ru": "Хештег"},
    "voice.col.mentions": {"en": "Mentions", "ru": "Упоминаний"},
    "voice.col.share": {"en": "Share", "ru": "Доля"},
    "voice.col.positive": {"en": "Positive", "ru": "Позитивных"},
    "voice.col.neutral": {"en": "Neutral", "ru": "Нейтральных"},
    "voice.col.negative": {"en": "Negative", "ru": "Негативных"},
    # --- Data page ---
    "data.heading": {"en": "What the workspace holds", "ru": "Что есть в рабочей области"},
    "data.table": {"en": "Table", "ru": "Таблица"},
    "data.first_day": {"en": "From", "ru": "С"},
    "data.last_day": {"en": "To", "ru": "По"},
    "data.imports": {"en": "Import history", "ru": "История загрузок"},
    "data.file": {"en": "File", "ru": "Файл"},
    "data.format": {"en": "Format", "ru": "Формат"},
    "data.imported_at": {"en": "Imported", "ru": "Загружен"},
    "data.added": {"en": "Added", "ru": "Добавлено"},
    "data.replaced": {"en": "Replaced", "ru": "Заменено"},
    "data.unchanged": {"en": "Unchanged", "ru": "Без изменений"},
    "data.upload": {"en": "Upload exports (CSV, XLSX, ZIP)", "ru": "Загрузите выгрузки (CSV, XLSX, ZIP)"},
    "data.upload_help": {
        "en": "Drop this week's files from social platforms, listening tools and shops. "
        "Each file is recognised, checked and merged without duplicates.",
        "ru": "Перетащите файлы этой недели из соцсетей, систем мониторинга и магазинов. "
        "Каждый файл будет распознан, проверен и добавлен без дублей.",
    },
    "data.import_button": {"en": "Import", "ru": "Загрузить"},
    "data.importing": {"en": "Imported {file}", "ru": "Загружен {file}"},
    "data.undone_at": {"en": "Undone", "ru": "Отменён"},
    "data.undo_which": {"en": "Import to undo", "ru": "Какую загрузку отменить"},
    "data.undo": {"en": "Undo", "ru": "Отменить"},
    "data.undone": {
        "en": "Import #{id} undone: {removed} rows removed, {restored} earlier rows brought back.",
        "ru": "Загрузка №{id} отменена: удалено строк {removed}, возвращено прежних строк {restored}.",
    },
    "data.settings": {"en": "Workspace settings", "ru": "Настройки рабочей области"},
    "data.our_brand": {"en": "Our brand", "ru": "Наш бренд"},
    "data.competitors": {"en": "Competitors", "ru": "Конкуренты"},
    "data.one_per_line": {"en": "One name per line.", "ru": "По одному названию в строке."},
    "data.aliases": {"en": "Other spellings", "ru": "Другие написания"},
    "data.aliases_help": {
        "en": "How listening tools name the brands, one per line: «Zerno coffee = Зерно». "
        "Mentions already imported are re-labelled.",
        "ru": "Как системы мониторинга называют бренды, по одному в строке: «Zerno coffee = Зерно». "
        "Уже загруженные упоминания будут переименованы.",
    },
    "data.time_zone": {"en": "Business time zone (days and weeks)", "ru": "Часовой пояс бизнеса (дни и недели)"},
    "data.currency": {"en": "Currency", "ru": "Валюта"},
    "data.save_settings": {"en": "Save settings", "ru": "Сохранить настройки"},
    "data.settings_saved": {"en": "Settings saved.", "ru": "Настройки сохранены."},
    "data.new_workspace": {
        "en": "New workspace (another brand or client)",
        "ru": "Новая рабочая область (другой бренд или клиент)",
    },
    "data.new_workspace_name": {"en": "Name", "ru": "Название"},
    "data.create": {"en": "Create and open", "ru": "Создать и открыть"},
    "data.workspace_name_too_long": {
        "en": "The name is {length} characters long; a workspace's name has at most {limit}.",
        "ru": "Название длиной {length} символов; у рабочей области не больше {limit}.",
    },
    "data.workspace_cannot_create": {
        "en": "The workspace {path} cannot be created: {reason}.",
        "ru": "Рабочую область {path} создать нельзя: {reason}.",
    },
    "data.problems": {"en": "Problems found", "ru": "Найденные проблемы"},
    "data.unknown_layout": {
        "en": "{file}: Resonance does not know these columns: {columns}. Say below which column is which and the "
        "file is read; next week's file with the same columns will be read without asking.",
        "ru": "{file}: Resonance не знает таких столбцов: {columns}. Укажите ниже, какой столбец что означает, и "
        "файл будет прочитан; файл с теми же столбцами на следующей неделе прочитается без вопросов.",
    },
    "data.all_formats": {
        "en": "All the exports Resonance reads ({count})",
        "ru": "Все выгрузки, которые читает Resonance ({count})",
    },
    "data.uploader_button": {"en": "Choose files", "ru": "Выбрать файлы"},
    "data.uploader_drop": {"en": "Drop the files here", "ru": "Отпустите файлы здесь"},
    "data.uploader_hint": {
        "en": "or drag them here · up to {size} MB per file · CSV, TSV, TXT, XLSX, ZIP",
        "ru": "или перетащите их сюда · до {size} МБ на файл · CSV, TSV, TXT, XLSX, ZIP",
    },
    "data.message": {"en": "Message", "ru": "Сообщение"},
    "data.row": {"en": "Row", "ru": "Строка"},
    "data.column": {"en": "Column", "ru": "Столбец"},
    "data.empty": {"en": "The workspace is empty.", "ru": "Рабочая область пуста."},
    "data.map_title": {"en": "{file}: which column is which?", "ru": "{file}: какой столбец что означает?"},
    "data.map_help": {
        "en": "The columns of this file were not recognised. Choose the table it fills and match its columns; "
        "the mapping is saved and next week's file with the same columns is read without asking. * required.",
        "ru": "Столбцы этого файла не распознаны. Выберите, какую таблицу он заполняет, и сопоставьте столбцы; "
        "сопоставление сохранится, и файл с теми же столбцами на следующей неделе будет прочитан без вопросов. "
        "* обязательно.",
    },
    "data.map_table": {"en": "The file holds", "ru": "Файл содержит"},
    "data.map_save": {"en": "Save the mapping and import", "ru": "Сохранить сопоставление и загрузить"},
    "data.map_name": {
        "en": "Save the mapping as (optional)",
        "ru": "Сохранить сопоставление под именем (необязательно)",
    },
    "data.map_name_help": {
        "en": "The name to apply it by from the command line: resonance import FILE --template NAME.",
        "ru": "Имя, по которому его можно применить из командной строки: resonance import ФАЙЛ --template ИМЯ.",
    },
    "data.saved_mappings": {"en": "Saved column mappings", "ru": "Сохранённые сопоставления столбцов"},
    "data.saved_mappings_help": {
        "en": "A file with the same columns is read by its mapping without asking; "
        "from the command line any of them is applied by name with --template NAME.",
        "ru": "Файл с теми же столбцами читается по своему сопоставлению без вопросов; "
        "из командной строки любое из них применяется по имени: --template ИМЯ.",
    },
    "data.mapping_name": {"en": "Name", "ru": "Имя"},
    "data.mapping_columns": {"en": "Columns", "ru": "Столбцы"},
    "data.map_missing": {"en": "Choose a column for: {columns}.", "ru": "Выберите столбец для: {columns}."},
    "data.templates": {
        "en": "Templates: marketing calendar and marketing context",
        "ru": "Шаблоны: маркетинговый календарь и маркетинговый контекст",
    },
    "data.templates_help": {
        "en": "Fill these in Excel (one row per activity or per period) and upload them with the other files. "
        "Percentages may be written as 4,2% or 0.042.",
        "ru": "Заполните их в Excel (строка на каждую активность или период) и загрузите вместе с остальными файлами. "
        "Проценты можно писать как 4,2% или 0,042.",
    },
    "data.template_file_activities": {
        "en": "marketing_calendar_template.csv",
        "ru": "шаблон_маркетинговый_календарь.csv",
    },
    "data.template_file_context": {"en": "marketing_context_template.csv", "ru": "шаблон_маркетинговый_контекст.csv"},
    # --- Data page: what was read from each file ---
    "data.assumed_in": {
        "en": "{file}: what was assumed and what was not used",
        "ru": "{file}: что было принято и что не использовано",
    },
    "data.unused_help": {
        "en": "If one of these columns holds something the table should have, choose which field it is: files "
        "with the same columns will read it too. Upload this file again to read it now.",
        "ru": "Если в одном из этих столбцов есть то, что нужно таблице, выберите, какое это поле: файлы с "
        "такими же столбцами будут читать его тоже. Загрузите этот файл ещё раз, чтобы прочитать его сейчас.",
    },
    "data.extend_save": {"en": "Read these columns too", "ru": "Читать и эти столбцы"},
    "data.extend_saved": {
        "en": "Saved: {columns} will be read from files with these columns. Upload the file again to read them now.",
        "ru": "Сохранено: {columns} будут читаться из файлов с такими столбцами. Загрузите файл ещё раз, чтобы "
        "прочитать их сейчас.",
    },
    # --- the door (resonance access) ---
    "gate.ask_password": {
        "en": "This dashboard is the team's. Enter the team's password.",
        "ru": "Этот дашборд — для команды. Введите пароль команды.",
    },
    "gate.ask_token": {
        "en": "This dashboard is the team's. Enter the access token you were given.",
        "ru": "Этот дашборд — для команды. Введите выданный вам токен доступа.",
    },
    "gate.password": {"en": "Password", "ru": "Пароль"},
    "gate.token": {"en": "Access token", "ru": "Токен доступа"},
    "gate.enter": {"en": "Open the dashboard", "ru": "Открыть дашборд"},
    "gate.wrong_password": {"en": "That is not the team's password.", "ru": "Это не пароль команды."},
    "gate.wrong_token": {"en": "That is not the access token.", "ru": "Это не токен доступа."},
    "gate.help": {
        "en": "Whoever runs the server sets it with `resonance access set` (or `resonance access token`).",
        "ru": "Его задаёт тот, кто запускает сервер: `resonance access set` (или `resonance access token`).",
    },
    "gate.damaged": {
        "en": "The access setting ({path}) cannot be read, so the dashboard stays closed. Whoever runs the server: "
        "set the password again with `resonance access set`.",
        "ru": "Настройку доступа ({path}) не удаётся прочитать, поэтому дашборд закрыт. Тому, кто запускает "
        "сервер: задайте пароль заново — `resonance access set`.",
    },
    "gate.missing": {
        "en": "The dashboard is open to the network and its password has been removed, so it stays closed. Whoever "
        "runs the server: set one with `resonance access set`.",
        "ru": "Дашборд открыт в сеть, а его пароль удалён, поэтому он закрыт. Тому, кто запускает сервер: задайте "
        "пароль — `resonance access set`.",
    },
    # --- how much a file may hold (metrics.ingest.options.Limits, kept in the workspace's settings) ---
    "data.limits": {"en": "Limits for archives and workbooks", "ru": "Пределы для архивов и книг Excel"},
    "data.limits_help": {
        "en": "A few kilobytes of ZIP can expand to gigabytes. A file past any of these is refused unread, with a "
        "line that names the limit; files within them are read as always. They apply to uploads here and to "
        "`resonance import` (whose --max-files, --max-expanded-mb and --max-ratio override them).",
        "ru": "Несколько килобайт ZIP могут распаковаться в гигабайты. Файл, превышающий любой из пределов, "
        "отклоняется без чтения — с сообщением, какой предел превышен; остальные читаются как обычно. Пределы "
        "действуют на загрузки здесь и на `resonance import` (его --max-files, --max-expanded-mb и --max-ratio "
        "важнее).",
    },
    "data.limit_files": {"en": "Files in an archive (default {default})", "ru": "Файлов в архиве (обычно {default})"},
    "data.limit_expanded": {
        "en": "Expanded size, MB (default {default})",
        "ru": "Размер после распаковки, МБ (обычно {default})",
    },
    "data.limit_ratio": {
        "en": "Times a file may expand (default {default})",
        "ru": "Во сколько раз файл может распаковаться (обычно {default})",
    },
    "data.limit_cells": {
        "en": "Cells of a workbook, millions (default {default})",
        "ru": "Ячеек в книге, млн (обычно {default})",
    },
    "data.save_limits": {"en": "Save limits", "ru": "Сохранить пределы"},
    "data.limits_saved": {
        "en": "Limits saved: the next upload is read within them.",
        "ru": "Пределы сохранены: следующая загрузка читается в их рамках.",
    },
}
