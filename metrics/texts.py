"""Texts of the dashboard, the CLI and the readers, in Russian and English.

Indicator labels and formulas live beside the indicators (``metrics/indicators/texts.py``);
:mod:`metrics.i18n` joins both into the one table that every string goes through.
"""

TEXTS: dict[str, dict[str, str]] = {
    # --- the application ---
    "app.title": {"en": "Resonance", "ru": "Resonance"},
    "app.tagline": {
        "en": "PR, loyalty and feedback — social media judged by what it is for",
        "ru": "PR, лояльность и обратная связь — соцсети по тем задачам, для которых они нужны",
    },
    "app.language": {"en": "Language", "ru": "Язык"},
    "app.workspace": {"en": "Workspace", "ru": "Рабочая область"},
    "app.brand": {"en": "Brand", "ru": "Бренд"},
    "app.platforms": {"en": "Platforms", "ru": "Площадки"},
    "app.week": {"en": "Week", "ru": "Неделя"},
    "app.all_platforms": {"en": "All platforms", "ru": "Все площадки"},
    "page.this_week": {"en": "This week", "ru": "Эта неделя"},
    "page.data": {"en": "Data", "ru": "Данные"},
    "nav.meeting": {"en": "Weekly meeting", "ru": "Еженедельная встреча"},
    "nav.workspace": {"en": "Workspace", "ru": "Рабочая область"},
    "unit.thousand": {"en": "K", "ru": "тыс."},
    "unit.million": {"en": "M", "ru": "млн"},
    "unit.billion": {"en": "B", "ru": "млрд"},
    "unit.pp": {"en": "pp", "ru": "п. п."},
    "unit.hours": {"en": "h", "ru": "ч"},
    "unit.currency.RUB": {"en": "₽", "ru": "₽"},
    # --- This week ---
    "week.heading": {"en": "Week {week}: {period}", "ru": "Неделя {week}: {period}"},
    "week.compared": {
        "en": "Each tile compares the week with the week before ({previous}) and with the average of the four weeks before it.",
        "ru": "Каждая плитка сравнивает неделю с предыдущей ({previous}) и со средним за четыре недели до неё.",
    },
    "week.vs_previous": {"en": "vs previous week", "ru": "к прошлой неделе"},
    "week.vs_avg4": {"en": "vs 4-week average: {change}", "ru": "к среднему за 4 недели: {change}"},
    "week.formula": {"en": "How it is counted", "ru": "Как считается"},
    "week.denominator": {"en": "Denominator", "ru": "Знаменатель"},
    "week.trend": {"en": "Last 12 weeks", "ru": "Последние 12 недель"},
    "week.sales_note": {
        "en": "Revenue is shown as context, not as a result of social media: weekly sales follow the marketing mix (TV, promos, season) far more than weekly social activity.",
        "ru": "Выручка показана как контекст, а не как результат соцсетей: недельные продажи зависят от маркетинг-микса (ТВ, акции, сезон) гораздо сильнее, чем от недельной активности в соцсетях.",
    },
    "week.empty": {
        "en": "This workspace has no data yet. Upload your exports on the Data page, or build the demo workspace with `resonance demo`.",
        "ru": "В этой рабочей области пока нет данных. Загрузите выгрузки на странице «Данные» или соберите демо командой `resonance demo`.",
    },
    "week.note_title": {"en": "How to read this page", "ru": "Как читать эту страницу"},
    "week.go_to_data": {"en": "Upload exports on the Data page", "ru": "Загрузить выгрузки на странице «Данные»"},
    "week.no_value_help": {
        "en": "– means no value: no data for the period, or a zero denominator.",
        "ru": "– означает «нет значения»: нет данных за период или знаменатель равен нулю.",
    },
    # --- Data page ---
    "data.heading": {"en": "What the workspace holds", "ru": "Что есть в рабочей области"},
    "data.table": {"en": "Table", "ru": "Таблица"},
    "data.rows": {"en": "Rows", "ru": "Строк"},
    "data.first_day": {"en": "From", "ru": "С"},
    "data.last_day": {"en": "To", "ru": "По"},
    "data.imports": {"en": "Import history", "ru": "История загрузок"},
    "data.file": {"en": "File", "ru": "Файл"},
    "data.format": {"en": "Format", "ru": "Формат"},
    "data.imported_at": {"en": "Imported", "ru": "Загружен"},
    "data.added": {"en": "Added", "ru": "Добавлено"},
    "data.replaced": {"en": "Replaced", "ru": "Заменено"},
    "data.unchanged": {"en": "Unchanged", "ru": "Без изменений"},
    "data.skipped": {"en": "Skipped", "ru": "Пропущено"},
    "data.upload": {"en": "Upload exports (CSV, XLSX, ZIP)", "ru": "Загрузите выгрузки (CSV, XLSX, ZIP)"},
    "data.upload_help": {
        "en": "Drop this week's files from social platforms, listening tools and shops. Each file is recognised, checked and merged without duplicates.",
        "ru": "Перетащите файлы этой недели из соцсетей, систем мониторинга и магазинов. Каждый файл будет распознан, проверен и добавлен без дублей.",
    },
    "data.import_button": {"en": "Import", "ru": "Загрузить"},
    "data.imported_ok": {
        "en": "{file}: {format} → {table}: {added} added, {replaced} replaced, {unchanged} unchanged, {skipped} skipped.",
        "ru": "{file}: {format} → {table}: добавлено {added}, заменено {replaced}, без изменений {unchanged}, пропущено {skipped}.",
    },
    "data.problems": {"en": "Problems found", "ru": "Найденные проблемы"},
    "data.message": {"en": "Message", "ru": "Сообщение"},
    "data.empty": {"en": "The workspace is empty.", "ru": "Рабочая область пуста."},
    "table.mentions": {"en": "Mentions", "ru": "Упоминания"},
    "table.posts": {"en": "Our posts", "ru": "Наши посты"},
    "table.audience": {"en": "Audience by day", "ru": "Аудитория по дням"},
    "table.sales": {"en": "Sales by day", "ru": "Продажи по дням"},
    "table.activities": {"en": "Marketing calendar", "ru": "Маркетинговый календарь"},
    "table.context": {"en": "Marketing context", "ru": "Маркетинговый контекст"},
    # --- reading files ---
    "ingest.where.row": {"en": "row {row}", "ru": "строка {row}"},
    "ingest.where.column": {"en": "column «{column}»", "ru": "столбец «{column}»"},
    "ingest.cannot_open": {"en": "cannot open the file ({detail}).", "ru": "не удаётся открыть файл ({detail})."},
    "ingest.empty": {"en": "the file is empty. Export the report again with at least one row of data.",
                     "ru": "файл пуст. Выгрузите отчёт заново, в нём должна быть хотя бы одна строка данных."},
    "ingest.binary": {
        "en": "this is not a text table (it contains binary data). Upload a CSV, XLSX or ZIP export.",
        "ru": "это не текстовая таблица (в файле двоичные данные). Загрузите выгрузку CSV, XLSX или ZIP.",
    },
    "ingest.bad_encoding": {
        "en": "the text is in an unknown encoding ({detail}). Save it as UTF-8, UTF-16 or Windows-1251.",
        "ru": "текст в неизвестной кодировке ({detail}). Сохраните файл в UTF-8, UTF-16 или Windows-1251.",
    },
    "ingest.corrupt_zip": {
        "en": "the archive or workbook is damaged ({detail}). Download it again.",
        "ru": "архив или книга Excel повреждены ({detail}). Скачайте файл заново.",
    },
    "ingest.corrupt_xlsx": {
        "en": "the Excel workbook cannot be opened ({detail}); it may be truncated. Download it again or save it as CSV.",
        "ru": "книгу Excel не удаётся открыть ({detail}); возможно, файл обрезан. Скачайте его заново или сохраните как CSV.",
    },
    "ingest.zip_nothing": {
        "en": "none of the {count} files in the archive could be read.",
        "ru": "ни один из {count} файлов в архиве не удалось прочитать.",
    },
    "ingest.unknown_layout": {
        "en": "the columns were not recognised. Found: {columns}. Known formats: {known}.",
        "ru": "столбцы не распознаны. Найдены: {columns}. Известные форматы: {known}.",
    },
    "ingest.missing_columns": {
        "en": "looks like «{format}» but has no usable values in: {columns}.",
        "ru": "похоже на «{format}», но нет пригодных значений в: {columns}.",
    },
    "ingest.bad_date": {
        "en": "«{value}» is not a date; the value was left empty.",
        "ru": "«{value}» — не дата; значение оставлено пустым.",
    },
    "ingest.bad_date_row": {
        "en": "«{value}» is not a date; the row was skipped. Write dates like 2026-11-16 or 16.11.2026.",
        "ru": "«{value}» — не дата; строка пропущена. Пишите даты как 16.11.2026 или 2026-11-16.",
    },
    "ingest.bad_number": {
        "en": "«{value}» is not a number; the value was left empty.",
        "ru": "«{value}» — не число; значение оставлено пустым.",
    },
    "ingest.bad_number_row": {
        "en": "«{value}» is not a number; the row was skipped.",
        "ru": "«{value}» — не число; строка пропущена.",
    },
    "ingest.negative_count": {
        "en": "«{value}» is negative, but this count cannot be; the value was left empty.",
        "ru": "«{value}» — отрицательное значение, а этот показатель не может быть отрицательным; значение оставлено пустым.",
    },
    "ingest.mangled_id": {
        "en": "«{value}» is an id that Excel rounded; the id was taken from the permalink instead.",
        "ru": "«{value}» — идентификатор, округлённый Excel; идентификатор взят из ссылки на пост.",
    },
    "skip.empty_row": {"en": "empty rows", "ru": "пустые строки"},
    "skip.total_row": {"en": "total rows", "ru": "строки итогов"},
    "skip.missing_required_value": {"en": "rows without a date or key", "ru": "строки без даты или ключа"},
    "skip.bad_required_value": {"en": "rows without a valid date or key", "ru": "строки без корректной даты или ключа"},
    # --- CLI ---
    "cli.error": {"en": "error", "ru": "ошибка"},
    "cli.no_workspace": {
        "en": "no workspace at {path}. Create one with `resonance import FILE --workspace {path}` or `resonance demo`.",
        "ru": "нет рабочей области {path}. Создайте её: `resonance import FILE --workspace {path}` или `resonance demo`.",
    },
    "cli.no_data": {"en": "the workspace has no data for a complete week.", "ru": "в рабочей области нет данных за полную неделю."},
}
