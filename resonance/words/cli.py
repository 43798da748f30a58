"""Words only the command line (``resonance``) says.

Shared words (units, the names of tables, an import's report) are in ``resonance/words/app.py``; what
reading a file gave, in ``resonance/words/ingest.py``.
"""

TEXTS: dict[str, dict[str, str]] = {
    # --- errors and imports ---
    "cli.error": {"en": "error", "ru": "ошибка"},
    "cli.read_copy": {
        "en": "{path} is open in another program (a running dashboard): read as it last wrote it.",
        "ru": "{path} открыт другой программой (запущенным дашбордом): прочитан в том виде, как она его записала.",
    },
    "cli.access.damaged": {
        "en": "{path} is not a readable access setting; remove it and set the password again (resonance access set).",
        "ru": "{path} не читается как настройка доступа; удалите его и задайте пароль заново (resonance access set).",
    },
    "cli.access.none": {
        "en": "No password is set ({path} does not exist): whoever reaches the server opens the dashboard.",
        "ru": "Пароль не задан ({path} нет): дашборд открывает любой, кто дотянется до сервера.",
    },
    "cli.access.is_password": {
        "en": "A team password is set ({path}, {set}); the dashboard asks for it.",
        "ru": "Пароль команды задан ({path}, {set}); дашборд спрашивает его.",
    },
    "cli.access.is_token": {
        "en": "A generated token is set ({path}, {set}); the dashboard asks for it.",
        "ru": "Задан сгенерированный токен ({path}, {set}); дашборд спрашивает его.",
    },
    "cli.access.cleared": {
        "en": "Password removed ({path}): whoever reaches the server opens the dashboard.",
        "ru": "Пароль удалён ({path}): дашборд открывает любой, кто дотянется до сервера.",
    },
    "cli.access.token_written": {
        "en": "The token above is the team's key to the dashboard; only its hash is kept ({path}). "
        "It is not shown again.",
        "ru": "Токен выше — ключ команды к дашборду; хранится только его хеш ({path}). Больше он не показывается.",
    },
    "cli.access.written": {
        "en": "Password set; only its hash is kept ({path}). Open sessions are asked for it again.",
        "ru": "Пароль задан; хранится только его хеш ({path}). Открытые сессии спросят его заново.",
    },
    "cli.access.prompt": {"en": "Team password: ", "ru": "Пароль команды: "},
    "cli.access.again": {"en": "The same again: ", "ru": "Ещё раз: "},
    "cli.access.mismatch": {
        "en": "the two passwords differ; nothing changed.",
        "ru": "пароли не совпали; ничего не изменено.",
    },
    "cli.access.short": {
        "en": "a password needs at least {n} characters; nothing changed.",
        "ru": "в пароле нужно не меньше {n} символов; ничего не изменено.",
    },
    "cli.access.no_terminal": {
        "en": "no terminal to type the password in: give it on stdin with --stdin, or use `resonance access token`.",
        "ru": "нет терминала, чтобы ввести пароль: передайте его через stdin с --stdin или используйте "
        "`resonance access token`.",
    },
    "cli.serve.needs_access": {
        "en": "--address {address} lets every computer that reaches this one open the dashboard, and there is no "
        "password yet: set one first with `resonance access set --workspace {workspace}` (or `resonance access "
        "token`), or serve on localhost.",
        "ru": "--address {address} открывает дашборд всем компьютерам, которые дотянутся до этого, а пароля ещё нет: "
        "сначала задайте его — `resonance access set --workspace {workspace}` (или `resonance access token`) — "
        "либо запускайте на localhost.",
    },
    "cli.serve.network": {
        "en": "Warning: serving on {address}:{port}, reachable from other computers. Visitors are asked the "
        "team's password ({path}). The connection is plain HTTP: on a network you do not trust, put the "
        "server behind HTTPS (a reverse proxy).",
        "ru": "Внимание: дашборд доступен на {address}:{port} с других компьютеров. Посетителей спросят пароль "
        "команды ({path}). Соединение — обычный HTTP: в сети, которой вы не доверяете, поставьте перед сервером "
        "HTTPS (обратный прокси).",
    },
    "cli.report.written": {"en": "Report written: {path}", "ru": "Отчёт записан: {path}"},
    "cli.report.no_folder": {
        "en": "there is no folder {path} to write the report in.",
        "ru": "нет папки {path}, куда записать отчёт.",
    },
    "cli.notes.added": {"en": "Decision #{id} logged.", "ru": "Решение №{id} записано."},
    "cli.notes.undone": {
        "en": "The latest change of decision #{id} taken back.",
        "ru": "Последнее изменение решения №{id} отменено.",
    },
    "cli.notes.previous": {"en": "Decided the period before:", "ru": "Решено в прошлом периоде:"},
    "cli.notes.this": {"en": "Decided for this period:", "ru": "Решено в этом периоде:"},
    "cli.notes.none": {"en": "none", "ru": "нет"},
    "cli.code.judging": {
        "en": "{file}: the model learns and judges the mentions again",
        "ru": "{file}: модель учится и заново оценивает упоминания",
    },
    "cli.code.written": {
        "en": "{file}: {added} new codes, {changed} changed, {unchanged} as before; {coded} mentions carry a hand "
        "code.",
        "ru": "{file}: новых оценок {added}, изменено {changed}, без изменений {unchanged}; упоминаний с ручной "
        "оценкой: {coded}.",
    },
    "cli.unknown_layout_hint": {
        "en": "To read it, name its table and say which column is which: --table TABLE --map 'COLUMN=FIELD' "
        "(see resonance import --help).",
        "ru": "Чтобы прочитать его, укажите таблицу и какой столбец что означает: --table ТАБЛИЦА "
        "--map 'СТОЛБЕЦ=ПОЛЕ' (см. resonance import --help).",
    },
    "cli.no_workspace": {
        "en": "no workspace at {path}. Create one with `resonance import FILE --workspace {path}` or `resonance demo`.",
        "ru": "нет рабочей области {path}. Создайте её: `resonance import FILE --workspace {path}` или `resonance "
        "demo`.",
    },
    "cli.no_data": {
        "en": "the workspace has no data for a complete week.",
        "ru": "в рабочей области нет данных за полную неделю.",
    },
    # column mappings from the shell
    "cli.map_needs_table": {
        "en": "--map needs --table, the table the file fills: {tables}.",
        "ru": "для --map нужен --table — таблица, которую заполняет файл: {tables}.",
    },
    "cli.table_needs_map": {
        "en": "--table goes with --map SOURCE=FIELD or --template NAME.",
        "ru": "--table указывается вместе с --map ИСТОЧНИК=ПОЛЕ или --template ИМЯ.",
    },
    "cli.map_and_template": {
        "en": "--map and --template do not go together: give the columns or the name of a saved mapping.",
        "ru": "--map и --template вместе не указываются: дайте либо столбцы, либо имя сохранённого сопоставления.",
    },
    "cli.save_needs_map": {
        "en": "--save-template needs --map: the mapping to save.",
        "ru": "для --save-template нужен --map: сопоставление, которое сохранить.",
    },
    "cli.template_needs_workspace": {
        "en": "--template needs --workspace: templates are saved in a workspace.",
        "ru": "для --template нужен --workspace: шаблоны хранятся в рабочей области.",
    },
    "cli.unknown_template": {
        "en": "no template «{name}» in {workspace}; saved templates: {names}.",
        "ru": "в {workspace} нет шаблона «{name}»; сохранённые шаблоны: {names}.",
    },
    "cli.template_table": {
        "en": "the template «{name}» fills {template_table}, not {table}.",
        "ru": "шаблон «{name}» заполняет {template_table}, а не {table}.",
    },
    "cli.map.not_a_pair": {
        "en": "--map takes SOURCE=FIELD (a column of the file = a field of the table), not «{pair}».",
        "ru": "--map принимает ИСТОЧНИК=ПОЛЕ (столбец файла = поле таблицы), а не «{pair}».",
    },
    "cli.map.unknown_field": {
        "en": "«{field}» is not a field of {table}; its fields: {fields}.",
        "ru": "«{field}» — не поле таблицы {table}; её поля: {fields}.",
    },
    "cli.map.field_twice": {
        "en": "{field} is mapped twice: from «{first}» and from «{second}».",
        "ru": "{field} сопоставлено дважды: со столбцом «{first}» и со столбцом «{second}».",
    },
    "cli.map.unmapped_required": {
        "en": "{table} needs a column for {columns}: add --map SOURCE={first}.",
        "ru": "таблице {table} нужен столбец для {columns}: добавьте --map ИСТОЧНИК={first}.",
    },
    "cli.mapping": {"en": "mapping → {table}: {columns}", "ru": "сопоставление → {table}: {columns}"},
    "cli.template": {"en": "template «{name}» → {table}: {columns}", "ru": "шаблон «{name}» → {table}: {columns}"},
    "cli.template_saved": {
        "en": "saved the template «{name}» → {table}: {columns}",
        "ru": "шаблон «{name}» сохранён → {table}: {columns}",
    },
    "cli.template_renamed": {
        "en": "the name «{name}» was given to a mapping of other columns before; it now means this one.",
        "ru": "имя «{name}» раньше принадлежало сопоставлению других столбцов; теперь оно означает это.",
    },
    "cli.no_templates": {"en": "no templates saved in {workspace}.", "ru": "в {workspace} нет сохранённых шаблонов."},
    # --- summary ---
    "ours_only.summary": {
        "en": "Indicators of your own accounts, sales and marketing calendar exist only for {brand}: – here.",
        "ru": "Показатели ваших аккаунтов, продаж и маркетингового календаря есть только для {brand}: здесь –.",
    },
    "ours_unknown": {  # the command line's summary, the dashboard's pages and the reports
        "en": "The workspace does not name your brand: the figures of your own accounts, sales and marketing "
        "calendar are shown for {brand} as if it were yours. Name it under «Our brand» in the workspace settings "
        "on the Data page.",
        "ru": "В рабочей области не указан ваш бренд: показатели ваших аккаунтов, продаж и маркетингового "
        "календаря показаны для {brand}, как если бы он был вашим. Укажите его в поле «Наш бренд» в настройках "
        "рабочей области на странице «Данные».",
    },
    # --- inspect ---
    "data.warnings_more": {
        "en": "… and {count} more warnings like these (see the counts by reason).",
        "ru": "… и ещё {count} таких же предупреждений (см. число по причинам).",
    },
}
