"""Every page with AppTest (no browser): the demo workspace, an empty one, language, upload."""

import io
import json
import re
import zipfile
from pathlib import Path

import pandas as pd
import pytest
from streamlit.testing.v1 import AppTest

ROOT = Path(__file__).resolve().parents[2]
APP = str(ROOT / "dashboard" / "app.py")
EXPORTS = ROOT / "tests" / "fixtures" / "exports"
TILES = ("mentions", "reach", "engagements", "net_sentiment", "share_of_voice", "followers_net_change", "revenue")


def start(monkeypatch, home: Path, workspace: Path, **state) -> AppTest:
    monkeypatch.setenv("RESONANCE_HOME", str(home))
    monkeypatch.setenv("RESONANCE_WORKSPACE", str(workspace))
    at = AppTest.from_file(APP, default_timeout=60)
    for key, value in state.items():
        at.session_state[key] = value
    at.run()
    assert not at.exception, at.exception
    return at


def plain(text: str) -> str:
    """What a reader sees of a markdown element whose imported text was escaped."""
    return re.sub(r"\\(.)", r"\1", text)


def table_with(at: AppTest, column: str):
    """The dataframe on the page that has ``column`` (pages show a few tables)."""
    return next(df.value for df in at.dataframe if column in df.value.columns)


def number(column) -> pd.Series:
    """A column of formatted numbers (``1 313``, ``1,313``) read back as numbers."""
    return pd.to_numeric(column.str.replace(r"[\s\u00a0\u202f,]", "", regex=True))


RAW = re.compile(r"\+00:00|\d{4}-\d{2}-\d{2}[ T]\d{2}:\d{2}|^None$|^nan$|^NaN$|^<NA>$|^NaT$|^\d{4,}(\.\d+)?$")


def raw_cells(table) -> list[str]:
    """Cells a person should never read: raw timestamps, None/NaN, numbers without separators."""
    return [
        str(v)
        for column in table.columns
        if table[column].dtype != bool
        for v in table[column].astype(str)
        if RAW.search(v.strip())
    ]


def spaced(text: str) -> str:
    """``text`` with the no-break spaces of number and date formats as plain spaces."""
    return re.sub(r"[\u00a0\u202f]", " ", text)


def keyed(at: AppTest, key: str):
    """The container of the page with ``key`` (``st.container(key=...)``)."""

    def walk(node):
        for child in getattr(node, "children", {}).values():
            yield child
            yield from walk(child)

    return next(b for b in walk(at.main) if getattr(b, "key", None) == key)


def metrics_by_label(at: AppTest) -> dict[str, object]:
    return {m.label: m for m in at.metric}


def test_this_week_shows_every_tile_with_a_value_and_a_change(monkeypatch, demo_home, demo_workspace):
    at = start(monkeypatch, demo_home, demo_workspace)
    assert "2026-W47" in at.title[0].value and "Зерно" in at.title[0].value
    shown = metrics_by_label(at)
    assert list(shown) == [
        "Упоминания",
        "Охват",
        "Вовлечения",
        "Чистая тональность",
        "Доля голоса",
        "Чистый прирост подписчиков",
        "Выручка",
    ]
    for label, metric in shown.items():
        assert metric.value != "–", label
        assert metric.delta, label  # each tile compares with the previous week
    badges = [m.value for m in at.markdown if "-badge[" in m.value]
    assert badges == [
        ":blue-badge[Продукт (output)]",
        ":blue-badge[Продукт (output)]",
        ":violet-badge[Восприятие (out-take)]",
        ":violet-badge[Восприятие (out-take)]",
        ":blue-badge[Продукт (output)]",
        ":green-badge[Результат (outcome)]",
        ":gray-badge[Влияние (impact), контекст]",
    ]
    charts = at.get("plotly_chart")
    assert len(charts) == 1
    figure = json.loads(charts[0].proto.spec)
    assert [trace["type"] for trace in figure["data"]][:3] == [
        "bar",
        "scatter",
        "bar",
    ]  # mentions, net sentiment, revenue
    stars = [trace for trace in figure["data"] if trace.get("marker", {}).get("symbol") == "star"]
    assert stars and "Запуск зимнего меню" in stars[0]["hovertext"][-1]  # the winter-menu spike, explained on hover


def test_switching_to_english_changes_every_label(monkeypatch, demo_home, demo_workspace):
    at = start(monkeypatch, demo_home, demo_workspace)
    at.selectbox(key="app_period_choice_week_ru").select_index(2).run()
    assert "2026-W45" in at.title[0].value
    at.get("segmented_control")[0].set_value("en").run()
    assert not at.exception
    assert "2026-W45" in at.title[0].value  # the chosen week survives the change of language
    assert at.selectbox(key="app_period_choice_week_en").value.start.isoformat() == "2026-11-02"
    at.selectbox(key="app_period_choice_week_en").select_index(0).run()
    labels = list(metrics_by_label(at))
    assert labels == [
        "Mentions",
        "Reach",
        "Engagements",
        "Net sentiment",
        "Share of voice",
        "Followers' net change",
        "Revenue",
    ]
    assert at.title[0].value.startswith("Зерно · Week 2026-W47")


def test_an_earlier_week_and_a_competitor_can_be_chosen(monkeypatch, demo_home, demo_workspace):
    at = start(monkeypatch, demo_home, demo_workspace, app_lang="en")
    before = metrics_by_label(at)["Mentions"].value
    at.selectbox(key="app_period_choice_week_en").select_index(1).run()
    assert "2026-W46" in at.title[0].value
    at.selectbox(key="app_brand").select("Крона").run()
    assert at.title[0].value.startswith("Крона")
    assert metrics_by_label(at)["Mentions"].value != before


def test_data_page_shows_contents_and_import_history(monkeypatch, demo_home, demo_workspace):
    at = start(monkeypatch, demo_home, demo_workspace, app_lang="en")
    at.switch_page("app_pages/data.py").run()
    assert not at.exception
    assert at.title[0].value == "Data"
    contents = table_with(at, "Table")
    assert list(contents["Table"]) == [
        "Mentions",
        "Our posts",
        "Audience by day",
        "Sales by day",
        "Marketing calendar",
        "Marketing context",
    ]
    assert (contents["Rows"] != "0").all()
    history = table_with(at, "Imported")
    assert len(history) == 10


def test_empty_workspace_explains_what_to_upload(monkeypatch, empty_home):
    at = start(monkeypatch, empty_home, empty_home / "empty.duckdb", app_lang="en")
    assert not at.metric
    assert "no data yet" in at.info[0].value and "Data page" in at.info[0].value
    at.switch_page("app_pages/data.py").run()
    assert not at.exception
    assert at.info[0].value == "The workspace is empty."


def test_upload_is_recognised_and_the_tiles_change(monkeypatch, demo_copy):
    home, copy = demo_copy
    at = start(monkeypatch, home, copy, app_lang="en")
    before = metrics_by_label(at)["Revenue"].value
    at.switch_page("app_pages/data.py").run()
    extra = ("Дата;Выручка\n16.11.2026;99 000 000,00\n").encode("cp1251")
    at.file_uploader(key="data_files").upload("extra_sales.csv", extra, "text/csv")
    at.button[0].click().run()
    assert not at.exception
    assert any(
        "extra_sales.csv: Daily sales table → Sales by day: 0 added, 1 replaced" in plain(s.value) for s in at.success
    )
    at.switch_page("app_pages/this_week.py").run()
    assert metrics_by_label(at)["Revenue"].value != before


def test_an_upload_says_what_was_assumed_and_which_columns_were_not_used(monkeypatch, demo_copy):
    home, copy = demo_copy
    at = start(monkeypatch, home, copy, app_lang="ru")
    at.switch_page("app_pages/data.py").run()
    report = (
        "Дата;Выручка;Постоянные покупатели;Средний чек\n16.11.2026;1 000;4;250\n"
        "17.11.2026;2 000;8;250\nИтого;3 000;12;\n"
    ).encode("cp1251")
    at.file_uploader(key="data_files").upload("продажи.csv", report, "text/csv")
    at.button[0].click().run()
    assert not at.exception
    (panel,) = [e for e in at.expander if "продажи.csv" in plain(e.label)]
    said = [plain(m.value) for m in panel.markdown]
    assert "- Текст прочитан в кодировке Windows-1251, столбцы разделены «;»." in said
    assert "- Сумма прочитанных строк совпадает со строкой итогов файла: «Выручка», «Постоянные покупатели»." in said
    assert "**Неиспользованные столбцы:** «Средний чек»" in said
    at.segmented_control(key="app_lang_choice").set_value("en").run()
    (panel,) = [e for e in at.expander if "продажи.csv" in plain(e.label)]
    assert "- Text read as Windows-1251, columns separated by «;»." in [plain(m.value) for m in panel.markdown]


def test_a_column_a_known_format_left_unused_can_be_read_from_then_on(monkeypatch, demo_copy):
    home, copy = demo_copy
    at = start(monkeypatch, home, copy, app_lang="en")
    at.switch_page("app_pages/data.py").run()
    report = "Дата;Выручка;Покупатели-новички\n18.11.2026;1 000;6\n19.11.2026;2 000;7\n".encode()
    at.file_uploader(key="data_files").upload("daily.csv", report, "text/csv")
    at.button[0].click().run()
    at.selectbox(key="data_extend_daily.csv_Покупатели-новички").select("customers_new")
    next(b for b in at.button if b.label == "Read these columns too").click().run()
    assert not at.exception
    assert any("«Покупатели-новички» will be read" in plain(s.value) for s in at.success)
    at.file_uploader(key="data_files").upload("daily.csv", report, "text/csv")
    at.button[0].click().run()
    assert any("daily.csv: Daily sales table → Sales by day: 0 added, 2 replaced" in plain(s.value) for s in at.success)
    from metrics import store

    workspace = store.open_workspace(copy)
    try:
        sales = workspace.read("sales").set_index("date")
    finally:
        workspace.close()
    assert sales.loc["2026-11-18":"2026-11-19", "customers_new"].tolist() == [6, 7]


def test_a_bad_upload_is_reported_by_file_and_changes_nothing(monkeypatch, demo_copy):
    home, copy = demo_copy
    at = start(monkeypatch, home, copy, app_lang="ru")
    at.switch_page("app_pages/data.py").run()
    before = table_with(at, "Таблица").copy()
    at.file_uploader(key="data_files").upload("фото.csv", b"\x89PNG\x00\x00" * 40, "text/csv")
    at.button[0].click().run()
    assert [plain(e.value) for e in at.error] == [
        "фото.csv: это не текстовая таблица (в файле двоичные данные). Загрузите выгрузку CSV, XLSX или ZIP."
    ]
    assert not any("Сообщение" in df.value.columns for df in at.dataframe)  # said once, not again in a table
    assert table_with(at, "Таблица").equals(before)


def test_problems_inside_an_upload_name_their_row_and_column_or_show_a_dash(monkeypatch, demo_copy):
    home, copy = demo_copy
    at = start(monkeypatch, home, copy, app_lang="en")
    at.switch_page("app_pages/data.py").run()
    buffer = io.BytesIO()
    with zipfile.ZipFile(buffer, "w") as zf:
        zf.writestr("stats/telegram_stats.csv", (EXPORTS / "telegram_stats.csv").read_bytes())
        zf.writestr("stats/notes.csv", "what;ever\n1;2\n")
    at.file_uploader(key="data_files").upload("week.zip", buffer.getvalue(), "application/zip")
    at.button[0].click().run()
    assert not at.exception
    problems = table_with(at, "Message")
    (row,) = problems[problems["File"] == "week.zip/stats/notes.csv"].to_dict("records")
    assert (row["Row"], row["Column"]) == ("–", "–")
    assert "Resonance does not know these columns: «what», «ever»" in row["Message"]
    assert "None" not in problems.astype(str).to_numpy().ravel().tolist()


def test_rows_skipped_are_explained_by_reason(monkeypatch, demo_copy):
    home, copy = demo_copy
    at = start(monkeypatch, home, copy, app_lang="ru")
    at.switch_page("app_pages/data.py").run()
    at.file_uploader(key="data_files").upload("sales_1c.csv", (EXPORTS / "sales_1c.csv").read_bytes(), "text/csv")
    at.button[0].click().run()
    assert not at.exception
    (done,) = [plain(s.value) for s in at.success if s.value.startswith("sales")]
    assert "пропущено 2." in done
    assert done.endswith(" Пропущены: строки итогов — 1, строки без корректной даты или ключа — 1.")


def test_a_post_export_uploaded_again_is_unchanged(monkeypatch, demo_copy):
    home, copy = demo_copy
    at = start(monkeypatch, home, copy, app_lang="en")
    at.switch_page("app_pages/data.py").run()
    name = "fb_insights_video_posts__johankitti_vicvisual_2014-08-24_2015-02-19.csv"
    data = (ROOT / "tests" / "fixtures" / "real" / "platforms" / name).read_bytes()
    for expected in ("22 added, 0 replaced, 0 unchanged", "0 added, 0 replaced, 22 unchanged"):
        at.file_uploader(key="data_files").upload(name, data, "text/csv")
        at.button[0].click().run()
        assert any(expected in plain(s.value) for s in at.success), [s.value for s in at.success]


def test_an_unknown_file_gets_a_column_mapping_step_that_imports_it(monkeypatch, demo_copy):
    home, copy = demo_copy
    at = start(monkeypatch, home, copy, app_lang="en")
    at.switch_page("app_pages/data.py").run()
    strange = "Когда;Что написали;Где\n21.11.2026;Вкусный раф;vk\n22.11.2026;Холодный кофе;telegram\n".encode()
    at.file_uploader(key="data_files").upload("monitoring.csv", strange, "text/csv")
    at.button[0].click().run()
    assert not at.error  # a file of its own layout is no failure: it is read once its columns are named
    assert [plain(w.value) for w in at.warning] == [
        "monitoring.csv: Resonance does not know these columns: «Когда», «Что написали», «Где». Say below which "
        "column is which and the file is read; next week's file with the same columns will be read without asking."
    ]
    assert any(c.value.startswith("Resonance reads exports of listening tools (Brandwatch") for c in at.caption)
    (listed,) = [e for e in at.expander if e.label.startswith("All the exports Resonance reads (")]
    assert any("Meta Business Suite: Instagram posts" in m.value for m in listed.markdown)
    shown = " ".join(e.value for e in [*at.warning, *at.caption, *at.markdown, *at.success] if isinstance(e.value, str))
    assert "brandwatch_mentions" not in shown and "mbs_instagram_posts" not in shown  # no internal ids
    assert not any("Message" in df.value.columns for df in at.dataframe)
    assert any("monitoring.csv: which column is which?" in plain(m.value) for m in at.markdown)
    at.selectbox(key="data_map_table_monitoring.csv").select("mentions").run()
    at.selectbox(key="data_map_monitoring.csv_mentions_published_at").select("Когда")
    at.selectbox(key="data_map_monitoring.csv_mentions_text").select("Что написали")
    at.selectbox(key="data_map_monitoring.csv_mentions_platform").select("Где")
    assert at.text_input(key="data_map_name_monitoring.csv").value == "monitoring"  # named for the file
    next(b for b in at.button if b.label == "Save the mapping and import").click().run()
    assert not at.exception
    assert any(
        "monitoring.csv: Table read with your column mapping → Mentions: 2 added" in plain(s.value) for s in at.success
    )
    rows = table_with(at, "Table")
    assert rows.loc[rows["Table"] == "Mentions", "Rows"].item() == "18,351"
    saved = table_with(at, "The file holds")
    assert saved.values.tolist() == [
        ["monitoring", "Mentions", "Published ← «Когда», Platform ← «Где», Text ← «Что написали»"]
    ]


def test_a_mapping_saved_under_a_name_on_the_data_page_is_listed_in_russian(monkeypatch, empty_home):
    at = start(monkeypatch, empty_home, empty_home / "empty.duckdb", app_lang="ru")
    at.switch_page("app_pages/data.py").run()
    strange = "Когда;Что написали\n21.11.2026;Вкусный раф\n".encode()
    at.file_uploader(key="data_files").upload("неделя 47.csv", strange, "text/csv")
    at.button[0].click().run()
    at.selectbox(key="data_map_table_неделя 47.csv").select("mentions").run()
    at.selectbox(key="data_map_неделя 47.csv_mentions_published_at").select("Когда")
    at.selectbox(key="data_map_неделя 47.csv_mentions_text").select("Что написали")
    at.text_input(key="data_map_name_неделя 47.csv").input("мониторинг")
    next(b for b in at.button if b.label == "Сохранить сопоставление и загрузить").click().run()
    assert not at.exception
    saved = table_with(at, "Файл содержит")
    assert saved.values.tolist() == [["мониторинг", "Упоминания", "Дата публикации ← «Когда», Текст ← «Что написали»"]]


def test_templates_are_offered_for_download(monkeypatch, empty_home):
    at = start(monkeypatch, empty_home, empty_home / "empty.duckdb", app_lang="ru")
    at.switch_page("app_pages/data.py").run()
    labels = [b.proto.label for b in at.get("download_button")]
    assert labels == ["Маркетинговый календарь", "Маркетинговый контекст"]


def test_an_import_can_be_undone_from_the_history(monkeypatch, demo_copy):
    home, copy = demo_copy
    at = start(monkeypatch, home, copy, app_lang="en")
    at.switch_page("app_pages/data.py").run()
    extra = ("Дата;Выручка\n16.11.2026;99 000 000,00\n17.12.2026;1 000,00\n").encode("cp1251")
    at.file_uploader(key="data_files").upload("extra_sales.csv", extra, "text/csv")
    at.button[0].click().run()
    assert table_with(at, "Table").set_index("Table").loc["Sales by day", "Rows"] == "365"
    assert next(s for s in at.selectbox if s.label == "Import to undo").value == 11
    at.button(key="data_undo").click().run()
    assert not at.exception
    assert any(s.value == "Import #11 undone: 2 rows removed, 1 earlier rows brought back." for s in at.success)
    assert table_with(at, "Table").set_index("Table").loc["Sales by day", "Rows"] == "364"
    assert table_with(at, "Undone").iloc[0]["Undone"] != ""


def test_settings_rename_the_brands_and_a_new_workspace_can_be_created(monkeypatch, demo_copy):
    home, copy = demo_copy
    at = start(monkeypatch, home, copy, app_lang="en")
    at.switch_page("app_pages/data.py").run()
    at.text_area(key="data_set_aliases").input("Крона (конкурент) = Krona Coffee")
    at.text_area(key="data_set_competitors").input("Krona Coffee\nУтро Кофе")
    next(b for b in at.button if b.label == "Save settings").click().run()
    assert any(s.value == "Settings saved." for s in at.success)
    assert "Krona Coffee" in at.selectbox(key="app_brand").options
    at.text_input(key="data_new_workspace").input("Client B")
    at.button(key="data_create_workspace").click().run()
    assert not at.exception
    assert (home / "Client_B.duckdb").exists()
    assert at.info[0].value == "The workspace is empty."
    at.switch_page("app_pages/data.py").run()
    at.text_input(key="data_new_workspace").input("Клиент" * 50)  # 300 characters: past a file name's limit
    at.button(key="data_create_workspace").click().run()
    assert not at.exception
    assert [e.value for e in at.error] == ["The name is 300 characters long; a workspace's name has at most 80."]


def test_a_month_and_a_day_can_be_chosen_instead_of_a_week(monkeypatch, demo_home, demo_workspace):
    at = start(monkeypatch, demo_home, demo_workspace, app_lang="en")
    at.get("segmented_control")[1].set_value("month").run()
    assert not at.exception
    # November 2026 is not complete (the data ends on the 22nd): the last complete month is shown.
    assert at.title[0].value == "Зерно · October 2026"
    assert "vs previous month" in str(at.metric[0].proto)
    assert "vs 4-month average" in at.caption[1].value
    at.get("segmented_control")[1].set_value("day").run()
    assert not at.exception
    assert at.title[0].value.startswith("Зерно · ")
    assert "vs previous day" in str(at.metric[0].proto)


@pytest.mark.parametrize(
    ("page", "title", "tiles", "charts"),
    [
        ("app_pages/attention.py", "Attention", 8, 2),
        ("app_pages/reception.py", "Reception", 8, 1),
        ("app_pages/loyalty.py", "Loyalty & service", 8, 1),
    ],
)
def test_indicator_pages_on_the_demo(monkeypatch, demo_home, demo_workspace, page, title, tiles, charts):
    at = start(monkeypatch, demo_home, demo_workspace, app_lang="en")
    at.switch_page(page).run()
    assert not at.exception
    assert at.title[0].value == title
    assert at.caption[0].value.startswith("Зерно · Week 2026-W47")
    assert len(at.metric) == tiles
    assert len(at.get("plotly_chart")) == charts
    at.get("segmented_control")[1].set_value("month").run()  # any granularity
    assert not at.exception and len(at.metric) == tiles


@pytest.mark.parametrize("page", ["app_pages/attention.py", "app_pages/reception.py", "app_pages/loyalty.py"])
def test_indicator_pages_on_an_empty_workspace_say_what_to_upload(monkeypatch, empty_home, page):
    at = start(monkeypatch, empty_home, empty_home / "empty.duckdb", app_lang="ru")
    at.switch_page(page).run()
    assert not at.exception
    assert "пока нет данных" in at.info[0].value


def test_attention_shows_competitors_and_share_of_voice(monkeypatch, demo_home, demo_workspace):
    at = start(monkeypatch, demo_home, demo_workspace, app_lang="en")
    at.switch_page("app_pages/attention.py").run()
    figure = json.loads(at.get("plotly_chart")[0].proto.spec)
    names = [trace["name"] for trace in figure["data"]]
    assert names == ["Зерно", "Крона", "Утро Кофе", "Share of voice"]
    assert figure["data"][0]["marker"]["color"] == "#0072B2"  # our brand in the same blue everywhere
    authors = table_with(at, "Author")
    assert len(authors) == 10 and number(authors["Mentions"]).is_monotonic_decreasing


def test_reception_sentiment_is_not_told_by_colour_alone(monkeypatch, demo_home, demo_workspace):
    at = start(monkeypatch, demo_home, demo_workspace, app_lang="ru")
    at.switch_page("app_pages/reception.py").run()
    figure = json.loads(at.get("plotly_chart")[0].proto.spec)
    assert [trace["name"] for trace in figure["data"]] == ["Позитивные", "Нейтральные", "Негативные"]
    patterns = [trace["marker"].get("pattern", {}).get("shape", "") for trace in figure["data"]]
    assert len(set(patterns)) == 3
    for trace in figure["data"]:  # each class in its colour, the pattern over it (not instead of it)
        assert trace["marker"]["color"].upper() not in ("#FFFFFF", "WHITE")
        assert trace["marker"]["pattern"]["fillmode"] == "overlay"
        assert trace["marker"]["pattern"]["bgcolor"] == trace["marker"]["color"]
    posts = table_with(at, "Вовлечения")
    assert len(posts) == 10 and number(posts["Вовлечения"]).is_monotonic_decreasing


def test_sales_in_context_says_association_not_attribution(monkeypatch, demo_home, demo_workspace):
    at = start(monkeypatch, demo_home, demo_workspace, app_lang="en")
    at.switch_page("app_pages/sales.py").run()
    assert not at.exception
    assert at.warning[0].value.startswith("**Association, not attribution.**")
    beside, lags = (json.loads(c.proto.spec) for c in at.get("plotly_chart"))
    assert [trace["name"] for trace in beside["data"]] == ["Revenue", "Mentions"]
    assert len(beside["data"][0]["x"]) == 52  # a year of weeks
    assert lags["data"][0]["text"][0] == "n=52" and len(lags["data"][0]["x"]) == 9
    at.selectbox(key="sales_indicator").select("net_sentiment").run()
    assert json.loads(at.get("plotly_chart")[0].proto.spec)["data"][1]["name"] == "Net sentiment"


@pytest.mark.parametrize(
    ("lang", "no_evidence", "together"),
    [
        (
            "en",
            "#### No evidence that “Mentions” moves with revenue at any lag, from the same week to 8 weeks later.",
            "#### “Followers' net change” tends to move with revenue in the same week: when it is higher, revenue "
            "tends to be higher too. A strong association, not a cause",
        ),
        (
            "ru",
            "#### Нет свидетельств, что показатель «Упоминания» движется вместе с выручкой при каком-либо лаге — "
            "ни в ту же неделю, ни с задержкой до 8 недель.",
            "#### Показатель «Чистый прирост подписчиков» обычно движется вместе с выручкой в ту же неделю: когда он "
            "выше, выручка, как правило, тоже выше. Это сильная связь, а не причина",
        ),
    ],
)
def test_sales_in_context_says_in_plain_words_whether_anything_moves_together(
    monkeypatch, demo_home, demo_workspace, lang, no_evidence, together
):
    at = start(monkeypatch, demo_home, demo_workspace, app_lang=lang)
    at.switch_page("app_pages/sales.py").run()
    assert not at.exception
    hidden = {m.value for e in at.expander for m in e.markdown}
    read = [plain(m.value) for m in at.markdown if m.value not in hidden]
    # Mentions on the demo: strongest r = −0.14 at a lag of 8 weeks, 95% interval −0.42…0.16: it spans zero.
    assert no_evidence in read
    assert not any(
        "Strongest" in line or "Сильнее всего" in line or "Fisher" in line or "Фишер" in line for line in read
    )
    (details,) = [e for e in at.expander if e.label not in ("Link to this view", "Ссылка на этот вид")]
    numbers = plain(details.markdown[0].value).replace("−", "-")
    assert ("r = -0.14" if lang == "en" else "r = -0,14") in numbers and "n = 44" in numbers
    assert any("Fisher" in plain(m.value) or "Фишер" in plain(m.value) for m in details.markdown)
    # Followers' net change moves with revenue in the same week: r = 0.52, 95% interval 0.29…0.70.
    at.selectbox(key="sales_indicator").select("followers_net_change").run()
    read = [plain(m.value) for m in at.markdown]
    assert any(line.startswith(together) for line in read), read


def test_mix_compares_channels_per_contact(monkeypatch, demo_home, demo_workspace):
    at = start(monkeypatch, demo_home, demo_workspace, app_lang="en")
    at.get("segmented_control")[1].set_value("month").run()
    at.selectbox(key="app_period_choice_month_en").select_index(7).run()  # March 2026: the TV flight
    at.switch_page("app_pages/mix.py").run()
    assert not at.exception
    assert at.caption[0].value.startswith("Зерно · March 2026")
    table = table_with(at, "Channel").set_index("Channel")
    assert "TV" in table.index and table.loc["TV", "Cost per 1,000 contacts"] != "–"
    assert table.loc["TV", "Cost per engagement"].startswith("–")  # only SMM is credited with engagements


def test_forecast_uses_the_context_and_names_what_is_missing(monkeypatch, demo_home, demo_workspace):
    at = start(monkeypatch, demo_home, demo_workspace, app_lang="en")
    at.switch_page("app_pages/forecast.py").run()
    assert not at.exception
    values = [m.value for m in at.metric if m.label in ("Low", "Base", "High")]
    assert len(values) == 3 and all(v != "–" for v in values)
    assert any(c.value.startswith("Revenue = planned contacts × contact-to-sale conversion") for c in at.caption)
    at.number_input(key="forecast_contacts").set_value(1_000_000).run()
    base = next(m.value for m in at.metric if m.label == "Base")
    assert base == "4.1\u00a0M\u00a0₽"  # 1,000,000 contacts × 0.90% × 453 ₽


def test_forecast_without_a_marketing_context_names_what_is_missing(monkeypatch, tmp_path):
    from metrics import store

    home = tmp_path / "home"
    home.mkdir()
    workspace = store.open_workspace(home / "w.duckdb")
    workspace.import_file(Path(__file__).resolve().parents[1] / "fixtures" / "exports" / "sales_1c.csv")
    workspace.close()
    at = start(monkeypatch, home, home / "w.duckdb", app_lang="en")
    at.get("segmented_control")[1].set_value("day").run()
    at.switch_page("app_pages/forecast.py").run()
    assert not at.exception
    assert at.warning[0].value.startswith("No marketing context covers")
    assert at.error[0].value.startswith(
        "No forecast: planned contacts, contact-to-sale conversion, average order value"
    )


def test_this_week_opens_with_three_headlines_naming_their_numbers(monkeypatch, demo_home, demo_workspace):
    at = start(monkeypatch, demo_home, demo_workspace, app_lang="en")
    lines = [plain(m.value) for m in at.markdown if m.value.startswith("#### ")]
    assert len(lines) == 3
    assert any("Mentions rose 31% to 282 against last week (216)" in line for line in lines)


def signed_percentages(text: str) -> list[float]:
    """The changes in per cent a reader sees: «+394%», «−22 %», «rose 117%», «fell 58%»."""
    text = text.replace("\xa0", " ").replace("\u202f", " ")
    found = re.findall(r"(?:[+\-−]|rose |fell |на )(\d[\d,. ]*)\s?%", text)
    return [float(n.replace(",", "").replace(" ", "")) for n in found]


def test_this_week_never_shows_a_percentage_of_a_small_base_or_beyond_200_percent(
    monkeypatch, demo_home, demo_workspace
):
    at = start(monkeypatch, demo_home, demo_workspace, app_lang="en")
    shown = metrics_by_label(at)
    assert shown["Reach"].delta == "+184.7\xa0K"  # 46.9 K → 231.6 K is +394%: told as a difference
    assert shown["Engagements"].delta == "+9,146"  # 2,648 → 11,794 is +345%
    assert shown["Mentions"].delta == "+66 (+31%)"  # within the rule: still in per cent
    seen = [m.delta for m in at.metric] + [c.value for c in at.caption if c.value.startswith("vs 4-week")]
    seen += [m.value for m in at.markdown if m.value.startswith("#### ")]
    assert all(p <= 200 for text in seen for p in signed_percentages(text)), seen


def test_a_spike_week_explains_the_spike(monkeypatch, demo_home, demo_workspace):
    at = start(monkeypatch, demo_home, demo_workspace, app_lang="en")
    week = next(w for w in at.selectbox(key="app_period_choice_week_en").options if w.startswith("2026-W29"))
    at.selectbox(key="app_period_choice_week_en").select(week).run()
    assert "Spikes of mentions" in [s.value for s in at.subheader]
    assert any("14 Jul" in m.value or "Jul 14" in m.value for m in at.markdown)


def test_a_spike_is_told_by_its_quotes_platforms_and_calendar_with_the_statistics_a_click_away(
    monkeypatch, demo_home, demo_workspace
):
    at = start(monkeypatch, demo_home, demo_workspace, app_lang="en")
    week = next(w for w in at.selectbox(key="app_period_choice_week_en").options if w.startswith("2026-W29"))
    at.selectbox(key="app_period_choice_week_en").select(week).run()
    hidden = {m.value for e in at.expander for m in e.markdown} | {c.value for e in at.expander for c in e.caption}
    read = [plain(m.value) for m in at.markdown if m.value not in hidden]
    day = read.index(next(line for line in read if line.startswith("**16 Jul: 41 mentions of Зерно")))
    spike = read[day : day + 8]
    assert "Platforms: Telegram 34%, VK 24%, Instagram 22%." in spike
    assert any(line.startswith("Running that day in the marketing calendar: Промокод ПРОСТИ") for line in spike)
    quotes = [line for line in spike if line.startswith("> ")]
    assert len(quotes) == 3 and quotes[0].startswith("> Сеть «Зерно» извинилась перед клиентами")
    assert not any("MAD" in line or "threshold" in line.lower() for line in read)  # not in what the room reads
    found = [e for e in at.expander if e.label != "Link to this view"]  # the sidebar's link is one too
    assert [e.label for e in found] == ["How the spike was found"] * 3
    assert any("MAD × 1.4826" in plain(m.value) for m in found[0].markdown)


def test_voice_of_the_customer_shows_real_quotes(monkeypatch, demo_home, demo_workspace):
    at = start(monkeypatch, demo_home, demo_workspace, app_lang="en")
    week = next(w for w in at.selectbox(key="app_period_choice_week_en").options if w.startswith("2026-W29"))
    at.selectbox(key="app_period_choice_week_en").select(week).run()
    at.switch_page("app_pages/voice.py").run()
    assert not at.exception
    quotes = [m.value for m in at.markdown if m.value.startswith("> ")]
    assert len(quotes) >= 8
    _positive_words, negative_words = (df.value for df in at.dataframe)
    assert len(negative_words) > 0


def test_presentation_mode_turns_pages_into_slides(monkeypatch, demo_home, demo_workspace):
    at = start(monkeypatch, demo_home, demo_workspace, app_lang="en")
    at.toggle(key="app_present_toggle").set_value(True).run()
    assert not at.exception
    assert [b.label for b in at.button][:3] == ["Previous", "Next", "Exit"]
    assert at.button(key="present_previous").disabled
    # The deck opens at its agenda: every topic to come, and the decisions last.
    assert at.title[0].value == "Agenda"
    assert any(m.value.startswith("**1 / 10 · Agenda") for m in at.markdown)
    agenda = next(m.value for m in at.markdown if m.value.startswith("1. "))
    assert (
        "**This week**" in agenda
        and "**Forecast**" in agenda
        and agenda.splitlines()[-1].startswith("9. **Decisions**")
    )

    titles = []
    for n in range(2, 11):
        at.button(key="present_next").click().run()
        assert not at.exception
        titles.append(at.title[0].value)
        assert any(m.value.startswith(f"**{n} / 10 · ") for m in at.markdown)
        headlines = [m.value for m in at.markdown if m.value.startswith(("#### ", "##### "))]
        # One message a slide: the period's headlines on This week only; Sales says its finding in one line.
        assert len(headlines) == {2: 3, 7: 1}.get(n, 0), (n, headlines)
        assert not at.get("popover"), n  # no "How it is counted" button on a slide
        for chart in at.get("plotly_chart"):  # chart text as large as the slide's
            layout = json.loads(chart.proto.spec)["layout"]
            assert layout["xaxis"]["tickfont"]["size"] >= 18 and layout["yaxis"]["tickfont"]["size"] >= 18
            assert layout["legend"]["font"]["size"] >= 18
    assert titles[0].startswith("Зерно · Week") and titles[1:-1] == [
        "Attention",
        "Reception",
        "Loyalty & service",
        "Voice of the customer",
        "Sales in context",
        "Mix & budget",
        "Forecast",
    ]
    assert titles[-1] == "Decisions"
    # The last slide is the decision log: this meeting's, written there, and the report to send.
    assert [h.value for h in at.subheader] == ["Decisions of this meeting"]
    assert at.text_input(key="present_decision_what").label == "What we will do"
    assert at.button(key="present_next").disabled

    at.button(key="present_exit").click().run()
    assert not [b for b in at.button if b.key == "present_next"]
    assert at.sidebar.toggle[0].value is False


def test_a_slide_shows_fewer_tiles_without_sparklines_and_names_the_denominator(monkeypatch, demo_home, demo_workspace):
    at = start(monkeypatch, demo_home, demo_workspace, app_lang="en")
    at.query_params["present"] = "1"
    at.switch_page("app_pages/attention.py").run()
    assert not at.exception
    assert [m.label for m in at.metric] == ["Mentions", "Mentions reach", "Share of voice", "Share of voice by reach"]
    assert not [m for m in at.metric if m.proto.chart_data]
    assert "÷ Mentions of all tracked brands" in [c.value for c in at.caption]
    assert not at.dataframe  # the top authors stay on the page


@pytest.mark.parametrize("lang", ["ru", "en"])
def test_tables_show_formatted_moments_and_numbers(monkeypatch, demo_home, demo_workspace, lang):
    at = start(monkeypatch, demo_home, demo_workspace, app_lang=lang)
    at.switch_page("app_pages/reception.py").run()
    published, engagements = ("Опубликован", "Вовлечения") if lang == "ru" else ("Published", "Engagements")
    posts = table_with(at, engagements)
    assert raw_cells(posts) == []
    # 2026-11-22 09:03 UTC, as the clock showed it in the workspace's zone (Moscow, UTC+3).
    first = posts.iloc[0].map(spaced)
    assert first[published] == ("22 нояб. 2026 г., 12:03" if lang == "ru" else "Nov 22, 2026, 12:03")
    assert first[engagements] == ("1 313" if lang == "ru" else "1,313")
    assert first.iloc[-1] == ("7,5%" if lang == "ru" else "7.5%")  # ER by reach

    at.switch_page("app_pages/attention.py").run()
    authors = table_with(at, "Автор" if lang == "ru" else "Author")
    assert raw_cells(authors) == []
    reach = authors["Охват" if lang == "ru" else "Reach"]
    assert spaced(reach[0]) == ("476 642" if lang == "ru" else "476,642")
    assert "СМИ" in set(authors["Площадка"]) if lang == "ru" else "News" in set(authors["Platform"])


def test_voice_lists_a_mention_under_one_heading_and_drops_silent_columns(monkeypatch, demo_home, demo_workspace):
    at = start(monkeypatch, demo_home, demo_workspace, app_lang="en")
    at.switch_page("app_pages/voice.py").run()
    assert not at.exception
    assert [h.value for h in at.subheader] == [
        "What people talk about",
        "Words in positive mentions",
        "Words in negative mentions",
        "What went wrong",
        "Questions",
        "Complaints",
        "Questions left without an answer",
        "Teach the sentiment model",
    ]
    themes = [m.value for m in at.markdown if m.value.startswith("**") and " · " in m.value]
    assert len(themes) == 4 + 2  # the four largest themes, the two complaint groups, each with its quotes
    assert any("зимнее меню" in t for t in themes)
    positive, negative = (df.value for df in at.dataframe)
    assert list(positive.columns) == ["Word", "Mentions", "Share"]  # Neutral, Negative: all zero
    assert list(negative.columns) == ["Word", "Mentions", "Share"]
    assert "зимнее меню" in set(positive["Word"])  # two-word phrases as people write them, beside lemmas
    assert raw_cells(positive) == [] and raw_cells(negative) == []
    # Each quote sits in a bordered box under Questions (left) or Complaints (right), never under both.
    quotes = [m.value for key in ("voice_questions", "voice_complaints") for m in keyed(at, key).markdown]
    assert quotes and all(q.startswith("> ") for q in quotes)
    assert len(quotes) == len(set(quotes)), "a mention listed twice"
    assert any(
        c.value.startswith("Each mention is listed under one heading: a negative mention is a complaint")
        for c in at.caption
    )
    stamps = [c.value for c in at.caption if " · " in c.value and "Week" not in c.value]
    assert stamps and not any(re.search(r"\d{4}\\?-\d{2}", s) for s in stamps)  # no 2026-11-21


def test_sentiment_read_by_the_model_says_so_beside_the_figures(monkeypatch, tmp_path):
    """Real Russian sentences without a sentiment column: This week and Reception say how much of the
    sentiment the model read, and that no one has checked it against the team's codes yet; once the team
    has coded some, how often the model agrees with them."""
    import sys

    sys.path.insert(0, str(ROOT / "bench"))
    from bench_sentiment import SETS

    from metrics import store

    labelled = pd.read_csv(SETS["ru"]).head(600)
    texts = labelled["text"]
    rows = pd.DataFrame(
        {
            "Дата": [f"2026-11-{16 + i % 7:02d} {i % 24:02d}:{i % 60:02d}" for i in range(len(texts))],
            "Бренд": "Зерно",
            "Площадка": "vk",
            "Текст": texts,
        }
    )
    path = tmp_path / "mentions.csv"
    rows.to_csv(path, index=False)
    workspace = store.open_workspace(tmp_path / "w.duckdb")
    assert workspace.import_file(path).error is None
    workspace.close()
    notes = {
        "en": ("were read by the model (the source gave none); not checked against your codes yet", "n = 40"),
        "ru": ("дала модель (источник их не дал); с вашей разметкой ещё не сверялась", "n = 40"),
    }
    for lang, (note, _) in notes.items():
        at = start(monkeypatch, tmp_path, tmp_path / "w.duckdb", app_lang=lang)
        assert any(note in plain(c.value) and "100" in c.value for c in at.caption), [c.value for c in at.caption]
        at.switch_page("app_pages/reception.py").run()
        assert not at.exception, at.exception
        assert any(note in plain(c.value) for c in at.caption)
    from metrics.sentiment.codes import CodesFile

    workspace = store.open_workspace(tmp_path / "w.duckdb")  # the one the app holds open (one per process)
    coded = labelled.head(40).rename(columns={"label": "sentiment"}).assign(brand=None, row=range(2, 42))
    workspace.add_codes(CodesFile("codes.csv", coded))
    for lang, (_, agreed) in notes.items():
        at = start(monkeypatch, tmp_path, tmp_path / "w.duckdb", app_lang=lang)
        said = [plain(c.value) for c in at.caption if "± " in c.value]
        assert len(said) == 1 and agreed in said[0] and ("agreement with your codes" in said[0] or lang == "ru")


def test_a_table_downloaded_from_its_toolbar_runs_no_formula(monkeypatch, demo_copy, tmp_path):
    """Authors named like formulas (the week's most active): the table the page shows, and its toolbar
    downloads as CSV, leads each with an invisible word joiner, so a spreadsheet takes it as text."""
    from metrics import store

    home, copy = demo_copy
    hostile = ['=HYPERLINK("http://example.invalid","x")', "@SUM(1)", "+1+1"]
    export = tmp_path / "monitoring.csv"
    pd.DataFrame(
        {
            "Дата": [f"18.11.2026 1{i}:{m:02d}" for i in range(len(hostile)) for m in range(30)],
            "Текст": [f"Кофе {m}" for _ in hostile for m in range(30)],
            "Тональность": "негатив",
            "Бренд": "Зерно",
            "Автор": [a for a in hostile for _ in range(30)],
            "Площадка": "vk",
            "Охват": 1000,
        }
    ).to_csv(export, sep=";", index=False)
    opened = store.open_workspace(copy)
    assert opened.import_file(export).error is None
    opened.close()
    store.forget(copy)
    at = start(monkeypatch, home, copy, app_lang="en")
    at.switch_page("app_pages/attention.py").run()
    assert not at.exception
    authors = table_with(at, "Author")["Author"].tolist()
    assert {"\u2060" + a for a in hostile} <= set(authors)
    assert not [a for a in authors if a.startswith(("=", "+", "-", "@"))]
