"""What reading a file gave, in words: its problems, the rows left out and what was assumed.

``metrics.ingest`` returns codes and parameters; :mod:`resonance.say` words them with these texts:
``ingest.<code>`` for a problem (after where it is, ``ingest.where.*``), ``skip.<reason>`` for rows
left out, ``assume.<code>`` for what was decided about a file rather than read from it.
"""

TEXTS: dict[str, dict[str, str]] = {
    # --- where a problem is: the file, then its row and column ---
    "ingest.where.row": {"en": "row {row}", "ru": "строка {row}"},
    "ingest.where.column": {"en": "column «{column}»", "ru": "столбец «{column}»"},
    # --- problems, by code: files that cannot be read, then parts of a file read anyway ---
    "ingest.cannot_open": {"en": "cannot open the file ({detail}).", "ru": "не удаётся открыть файл ({detail})."},
    "ingest.empty": {
        "en": "the file is empty. Export the report again with at least one row of data.",
        "ru": "файл пуст. Выгрузите отчёт заново, в нём должна быть хотя бы одна строка данных.",
    },
    "ingest.binary": {
        "en": "this is not a text table (it contains binary data). Upload a CSV, XLSX or ZIP export.",
        "ru": "это не текстовая таблица (в файле двоичные данные). Загрузите выгрузку CSV, XLSX или ZIP.",
    },
    "ingest.bad_encoding": {
        "en": "the text is in an unknown encoding ({detail}). Save it as UTF-8 (or UTF-16, Windows-1251, "
        "Windows-1252).",
        "ru": "текст в неизвестной кодировке ({detail}). Сохраните файл в UTF-8 (или UTF-16, Windows-1251, "
        "Windows-1252).",
    },
    "ingest.corrupt_zip": {
        "en": "the archive or workbook is damaged ({detail}). Download it again.",
        "ru": "архив или книга Excel повреждены ({detail}). Скачайте файл заново.",
    },
    "ingest.archive_entries": {
        "en": "refused unread: the archive holds {value} files, more than {maximum}. Upload fewer at a "
        "time, or raise the limit (Data page: limits; --max-files).",
        "ru": "отклонено без чтения: в архиве {value} файлов, больше {maximum}. Загружайте меньше за раз или поднимите "
        "предел (страница «Данные»: пределы; --max-files).",
    },
    "ingest.archive_expanded": {
        "en": "refused unread: the archive expands to {value} MB, more than {maximum} MB. Upload its files one by "
        "one, or split them, or raise the limit (Data page: limits; --max-expanded-mb).",
        "ru": "отклонено без чтения: архив распаковывается в {value} МБ, больше {maximum} МБ. Загрузите файлы по "
        "одному, разделите их или поднимите предел (страница «Данные»: пределы; --max-expanded-mb).",
    },
    "ingest.archive_ratio": {
        "en": "refused unread: this file expands {value} times its packed size, more than {maximum} — as a "
        "decompression bomb does. Upload the file itself, unpacked.",
        "ru": "отклонено без чтения: этот файл распаковывается в {value} раз больше сжатого, больше {maximum} — "
        "так делает архивная бомба. Загрузите сам файл, без архива.",
    },
    "ingest.archive_depth": {
        "en": "refused unread: an archive {value} archives deep; at most {maximum} are opened. Unpack it first.",
        "ru": "отклонено без чтения: архив на глубине {value} архивов; открывается не больше {maximum}. "
        "Сначала распакуйте его.",
    },
    "ingest.archive_cells": {
        "en": "refused: the workbook holds more than {maximum} cells. Export the sheet you need as CSV.",
        "ru": "отклонено: в книге больше {maximum} ячеек. Выгрузите нужный лист в CSV.",
    },
    "ingest.xml_dtd": {
        "en": "refused unread: its part {part} declares a DTD (entities), which Excel never writes and which can "
        "expand to gigabytes or point at files of this computer. Open it in Excel and save it again, or export CSV.",
        "ru": "отклонено без чтения: его часть {part} объявляет DTD (сущности) — Excel такого не пишет, а они могут "
        "развернуться в гигабайты или указывать на файлы этого компьютера. Откройте файл в Excel и сохраните заново "
        "или выгрузите CSV.",
    },
    "ingest.disk_full": {
        "en": "not imported: the disk that holds the workspace ({folder}) is full. Nothing of this file was written "
        "and everything imported before is kept. Free some space and import it again.",
        "ru": "не импортирован: диск, на котором лежит рабочая область ({folder}), заполнен. Из этого файла ничего "
        "не записано, всё импортированное раньше сохранено. Освободите место и импортируйте его снова.",
    },
    "ingest.read_stopped": {
        "en": "reading stopped before the end (the computer may have run out of memory; exit status {status}). "
        "Nothing of this file was written. Try again, or split the file.",
        "ru": "чтение прервалось (возможно, компьютеру не хватило памяти; код завершения {status}). Из этого файла "
        "ничего не записано. Попробуйте ещё раз или разделите файл.",
    },
    "ingest.zip_encrypted": {
        "en": "this file in the archive is protected by a password. Pack it again without one, or upload it alone.",
        "ru": "этот файл в архиве защищён паролем. Упакуйте архив заново без пароля или загрузите файл отдельно.",
    },
    "ingest.zip_method": {
        "en": "this file in the archive is compressed with a method that cannot be read (method {method}). Pack "
        "it again as a standard ZIP (Deflate), or upload it alone.",
        "ru": "этот файл в архиве сжат методом, который не читается (метод {method}). Упакуйте архив заново как "
        "обычный ZIP (Deflate) или загрузите файл отдельно.",
    },
    "ingest.corrupt_xlsx": {
        "en": "the Excel workbook cannot be opened ({detail}); it may be truncated. "
        "Download it again or save it as CSV.",
        "ru": "книгу Excel не удаётся открыть ({detail}); возможно, файл обрезан. "
        "Скачайте его заново или сохраните как CSV.",
    },
    "ingest.bad_xml": {
        "en": "the XML file cannot be read ({detail}). Export the table again, as XML without a document type, "
        "or as CSV or XLSX.",
        "ru": "XML-файл не читается ({detail}). Выгрузите таблицу заново — в XML без объявления типа документа "
        "или в CSV либо XLSX.",
    },
    "ingest.xml_no_table": {
        "en": "the XML file holds no table: no element whose children are a row of named values "
        '(like phpMyAdmin\'s <table><column name="…">…</column></table>). Export the table as CSV or XLSX.',
        "ru": "в XML-файле нет таблицы: нет элемента, дочерние элементы которого — строка именованных значений "
        '(как <table><column name="…">…</column></table> в выгрузке phpMyAdmin). Выгрузите таблицу в CSV или XLSX.',
    },
    "ingest.zip_nothing": {
        "en": "none of the {count} files in the archive could be read.",
        "ru": "ни один из {count} файлов в архиве не удалось прочитать.",
    },
    "ingest.unknown_layout": {
        "en": "Resonance does not know these columns: {columns}. Say which column is which (a date, a text, a "
        "number) and the file is read; a file with the same columns is then read the same way.",
        "ru": "Resonance не знает таких столбцов: {columns}. Укажите, какой столбец что означает (дата, текст, "
        "число), и файл будет прочитан; файл с теми же столбцами потом прочитается так же.",
    },
    "ingest.known_kinds": {
        "en": "Resonance reads exports of listening tools (Brandwatch, Meltwater, Talkwalker), social platforms "
        "(Meta Business Suite, Facebook Insights, Sprout Social, X, LinkedIn, YouTube Studio, TikTok Studio, "
        "VK, Telegram), shops and marketplaces (Shopify, Stripe, Awin, Wildberries, Ozon), daily sales "
        "tables and its own templates.",
        "ru": "Resonance читает выгрузки систем мониторинга (Brandwatch, Meltwater, Talkwalker), соцсетей "
        "(Meta Business Suite, Facebook Insights, Sprout Social, X, LinkedIn, YouTube Studio, TikTok Studio, "
        "ВКонтакте, Telegram), магазинов и маркетплейсов (Shopify, Stripe, Awin, Wildberries, Ozon), "
        "таблицы продаж по дням и собственные шаблоны.",
    },
    "ingest.mapped_columns_absent": {
        "en": "the mapping names columns the file does not have: {absent}. The file's columns: {columns}.",
        "ru": "в сопоставлении есть столбцы, которых нет в файле: {absent}. Столбцы файла: {columns}.",
    },
    "ingest.missing_columns": {
        "en": "looks like «{format}» but has no usable values in: {columns}.",
        "ru": "похоже на «{format}», но нет пригодных значений в: {columns}.",
    },
    "ingest.unreadable_dates": {
        "en": "no value in this column could be read as a date, for example «{value}», so none of its {count} rows "
        "was read. Expected dates like {expected}.",
        "ru": "ни одно значение в этом столбце не читается как дата, например «{value}», поэтому не прочитана ни "
        "одна из {count} строк. Ожидаются даты вида {expected}.",
    },
    "ingest.unreadable_values": {
        "en": "no value in this column could be read, for example «{value}», so none of its {count} rows was read.",
        "ru": "ни одно значение в этом столбце не удалось прочитать, например «{value}», поэтому не прочитана ни "
        "одна из {count} строк.",
    },
    "ingest.year_assumed": {
        "en": "the dates have no year; they were given the year(s) {years}, so that none falls after the export "
        "day {day}, taken from the file name, and a series of days stays unbroken.",
        "ru": "в датах нет года; им присвоены годы {years} так, чтобы ни одна не была позже дня выгрузки {day} "
        "(он взят из имени файла), а ряд дней шёл без разрывов.",
    },
    "ingest.year_assumed_today": {
        "en": "the dates have no year; they were given the year(s) {years}, so that none falls after today, {day}, "
        "taken as the export day, and a series of days stays unbroken. If the file was exported earlier, "
        "add that day to its name (for example {example}) and import it again.",
        "ru": "в датах нет года; им присвоены годы {years} так, чтобы ни одна не была позже сегодняшнего дня {day}, "
        "принятого за день выгрузки, а ряд дней шёл без разрывов. Если файл выгружен раньше, добавьте день "
        "выгрузки в его имя (например, {example}) и загрузите снова.",
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
    "ingest.implausible_date": {
        "en": "«{value}» is before 2000 or after the export was taken; the row was kept, but check the date "
        "(the default period leaves out days to come).",
        "ru": "«{value}» — раньше 2000 года или позже дня выгрузки; строка сохранена, но проверьте дату "
        "(период по умолчанию не учитывает будущие дни).",
    },
    "ingest.number_too_large": {
        "en": "«{value}» is too large to be a count or an amount (more than 9.2 × 10¹⁸); the value was left empty.",
        "ru": "«{value}» слишком велико для количества или суммы (больше 9,2 × 10¹⁸); значение оставлено пустым.",
    },
    "ingest.negative_count": {
        "en": "«{value}» is negative, but this count cannot be; the value was left empty.",
        "ru": "«{value}» — отрицательное значение, а этот показатель не может быть отрицательным; "
        "значение оставлено пустым.",
    },
    "ingest.mangled_id": {
        "en": "Excel rounded {count} id(s) in this column (for example «{value}»), which could merge different rows; "
        "those rows are told apart by their link instead, or by their date and text where they have none. "
        "Export the file again without opening it in Excel to keep the ids.",
        "ru": "идентификаторов в этом столбце, округлённых Excel: {count} (например, «{value}»); они могли бы склеить "
        "разные строки, поэтому такие строки различаются по ссылке, а где её нет — по дате и тексту. Чтобы "
        "сохранить идентификаторы, выгрузите файл заново и не открывайте его в Excel.",
    },
    "ingest.row_quoted": {
        "en": "every row was wrapped in quotes, with its own quotes doubled (the file was opened in Excel as one "
        "column and saved again); the quotes were undone and the rows read as the export wrote them. Upload "
        "the file as the platform exported it, without opening it in Excel, to be sure nothing else changed.",
        "ru": "каждая строка была заключена в кавычки, а её собственные кавычки удвоены (файл открыли в Excel одним "
        "столбцом и сохранили); кавычки сняты, строки прочитаны так, как их записала выгрузка. Чтобы ничего "
        "другого не изменилось, загружайте файл в том виде, в каком его выгрузила платформа, не открывая в Excel.",
    },
    "ingest.nothing_left": {
        "en": "every row of the file was left out, so nothing was read ({reasons}). Check that the export "
        "covers the period you meant and holds what this format counts.",
        "ru": "все строки файла оставлены без внимания, ничего не прочитано ({reasons}). Проверьте, что выгрузка "
        "за нужный период и в ней есть то, что учитывает этот формат.",
    },
    "ingest.codes_columns": {
        "en": "this is not a file of sentiment codes: it needs a «Text» column and a «Sentiment» column (positive, "
        "neutral or negative), optionally «Brand». Columns found: {columns}.",
        "ru": "это не файл разметки тональности: нужны столбцы «Текст» и «Тональность» (позитив, нейтрально или "
        "негатив), по желанию «Бренд». Найдены столбцы: {columns}.",
    },
    "ingest.codes_nothing": {
        "en": "no row of the file holds a text and a sentiment that can be read ({count} rows left out). Write "
        "each sentiment as positive, neutral or negative (or 1, 0, -1).",
        "ru": "ни в одной строке файла нет текста с читаемой тональностью (пропущено строк: {count}). Пишите "
        "тональность как позитив, нейтрально или негатив (или 1, 0, -1).",
    },
    "ingest.bad_code": {
        "en": "«{value}» is not a sentiment; the row was left out. Write positive, neutral or negative (or 1, 0, -1).",
        "ru": "«{value}» — не тональность; строка пропущена. Пишите позитив, нейтрально или негатив (или 1, 0, -1).",
    },
    "ingest.code_no_text": {
        "en": "the row has no text to code; it was left out.",
        "ru": "в строке нет текста для разметки; она пропущена.",
    },
    "ingest.total_mismatch": {
        "en": "the file's total row gives {total}, but the rows read add up to {sum}. Check that the export is "
        "whole (a trimmed or filtered file, or rows skipped above, make a difference).",
        "ru": "в строке итогов файла {total}, а сумма прочитанных строк {sum}. Проверьте, что выгрузка полная "
        "(обрезанный или отфильтрованный файл либо пропущенные выше строки дают расхождение).",
    },
    # --- rows left out, by reason ---
    "skip.empty_row": {"en": "empty rows", "ru": "пустые строки"},
    "skip.total_row": {"en": "total rows", "ru": "строки итогов"},
    "skip.cancelled_order": {"en": "lines of cancelled orders", "ru": "строки отменённых заказов"},
    "skip.voided_order": {
        "en": "lines of orders whose payment was voided",
        "ru": "строки заказов с аннулированной оплатой",
    },
    "skip.unpaid_payment": {
        "en": "payments that did not go through (failed, declined or unfinished)",
        "ru": "платежи, которые не прошли (отклонённые, неудачные или незавершённые)",
    },
    "skip.declined_transaction": {
        "en": "transactions the affiliate network declined",
        "ru": "транзакции, отклонённые партнёрской сетью",
    },
    "skip.not_a_sale": {
        "en": "transactions that are not sales (leads, bonuses)",
        "ru": "транзакции, которые не являются продажами (лиды, бонусы)",
    },
    "skip.missing_required_value": {"en": "rows without a date or key", "ru": "строки без даты или ключа"},
    "skip.bad_required_value": {"en": "rows without a valid date or key", "ru": "строки без корректной даты или ключа"},
    "skip.support_reply": {
        "en": "the support accounts' own tweets (read for the time they answered, not counted as mentions)",
        "ru": "собственные твиты аккаунтов поддержки (прочитаны как время ответа, упоминаниями не считаются)",
    },
    "skip.no_brand_addressed": {
        "en": "customers' tweets that name none of the file's support accounts",
        "ru": "твиты клиентов, в которых не назван ни один аккаунт поддержки из файла",
    },
    "skip.not_relevant": {
        "en": "rows marked as not about the brand",
        "ru": "строки, отмеченные как не относящиеся к бренду",
    },
    # --- what was assumed rather than read ---
    "assume.encoding": {
        "en": "Text read as {encoding}, columns separated by «{separator}».",
        "ru": "Текст прочитан в кодировке {encoding}, столбцы разделены «{separator}».",
    },
    "assume.encoding_without_bom": {
        "en": "The file does not mark how its text is written (no byte-order mark): {encoding} was judged "
        "from its bytes.",
        "ru": "Файл не указывает, как записан его текст (нет метки порядка байтов): кодировка {encoding} "
        "определена по его байтам.",
    },
    "assume.sheet": {"en": "Read from the sheet «{sheet}».", "ru": "Прочитан лист «{sheet}»."},
    "assume.header_row": {
        "en": "The column names are in row {row}; the rows above them were taken as the report's title.",
        "ru": "Названия столбцов — в строке {row}; строки над ними приняты за заголовок отчёта.",
    },
    "assume.date_format": {
        "en": "Dates in «{column}» read as written like {example} (decided by the whole column).",
        "ru": "Даты в «{column}» прочитаны как записанные в виде {example} (решено по всему столбцу).",
    },
    "assume.year_assumed": {
        "en": "Dates in «{column}» have no year: given {years}, so that none falls after {day}, "
        "the export day in the file's name.",
        "ru": "В датах «{column}» нет года: присвоен {years}, чтобы ни одна не оказалась позже {day} — "
        "дня выгрузки из имени файла.",
    },
    "assume.year_assumed_today": {
        "en": "Dates in «{column}» have no year: given {years}, so that none falls after today, {day}.",
        "ru": "В датах «{column}» нет года: присвоен {years}, чтобы ни одна не оказалась позже сегодняшнего дня, "
        "{day}.",
    },
    "assume.zone_workspace": {
        "en": "Times without a zone read as local time in {tz}, the workspace's zone.",
        "ru": "Время без часового пояса прочитано как местное в поясе {tz} рабочей области.",
    },
    "assume.zone_source": {
        "en": "Times read in {tz}, as the source writes them.",
        "ru": "Время прочитано в поясе {tz}, как его пишет источник.",
    },
    "assume.export_day_name": {
        "en": "Post figures taken as of {day}, the export day in the file's name.",
        "ru": "Показатели постов взяты на {day} — день выгрузки из имени файла.",
    },
    "assume.export_day_today": {
        "en": "Post figures taken as of {day}, today: the file's name gives no export day.",
        "ru": "Показатели постов взяты на {day}, сегодня: в имени файла нет дня выгрузки.",
    },
    "assume.totals_agree": {
        "en": "The rows read add up to the file's own total row in {columns}.",
        "ru": "Сумма прочитанных строк совпадает со строкой итогов файла: {columns}.",
    },
}
