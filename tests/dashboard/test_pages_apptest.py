"""Every page with AppTest (no browser): the demo workspace, an empty one, language, upload."""

import json
import re
import shutil
from pathlib import Path

import pytest
from streamlit.testing.v1 import AppTest

ROOT = Path(__file__).resolve().parents[2]
APP = str(ROOT / "dashboard" / "app.py")
EXPORTS = ROOT / "tests" / "fixtures" / "exports"
TILES = ("mentions", "reach", "engagements", "net_sentiment", "share_of_voice", "followers_net_change", "revenue")


@pytest.fixture
def demo_copy(tmp_path, demo_workspace) -> tuple[Path, Path]:
    """A home folder with a copy of the demo workspace, for tests that change it."""
    home = tmp_path / "home"
    home.mkdir()
    shutil.copy(demo_workspace, home / "demo.duckdb")
    return home, home / "demo.duckdb"


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


def metrics_by_label(at: AppTest) -> dict[str, object]:
    return {m.label: m for m in at.metric}


def test_this_week_shows_every_tile_with_a_value_and_a_change(monkeypatch, demo_home, demo_workspace):
    at = start(monkeypatch, demo_home, demo_workspace)
    assert "2026-W47" in at.title[0].value and "Зерно" in at.title[0].value
    shown = metrics_by_label(at)
    assert list(shown) == ["Упоминания", "Охват", "Вовлечения", "Чистая тональность", "Доля голоса",
                           "Чистый прирост подписчиков", "Выручка"]
    for label, metric in shown.items():
        assert metric.value != "–", label
        assert metric.delta, label  # each tile compares with the previous week
    badges = [m.value for m in at.markdown if "-badge[" in m.value]
    assert badges == [":blue-badge[Продукт (output)]", ":blue-badge[Продукт (output)]",
                      ":violet-badge[Восприятие (out-take)]", ":violet-badge[Восприятие (out-take)]",
                      ":blue-badge[Продукт (output)]", ":green-badge[Результат (outcome)]",
                      ":gray-badge[Влияние (impact), контекст]"]
    charts = at.get("plotly_chart")
    assert len(charts) == 1
    figure = json.loads(charts[0].proto.spec)
    assert [trace["type"] for trace in figure["data"]][:3] == ["bar", "scatter", "bar"]  # mentions, net sentiment, revenue
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
    assert labels == ["Mentions", "Reach", "Engagements", "Net sentiment", "Share of voice",
                      "Followers' net change", "Revenue"]
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
    assert list(contents["Table"]) == ["Mentions", "Our posts", "Audience by day", "Sales by day",
                                       "Marketing calendar", "Marketing context"]
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
    assert any("extra_sales.csv: Daily sales table → Sales by day: 0 added, 1 replaced" in plain(s.value)
               for s in at.success)
    at.switch_page("app_pages/this_week.py").run()
    assert metrics_by_label(at)["Revenue"].value != before


def test_an_upload_says_what_was_assumed_and_which_columns_were_not_used(monkeypatch, demo_copy):
    home, copy = demo_copy
    at = start(monkeypatch, home, copy, app_lang="ru")
    at.switch_page("app_pages/data.py").run()
    report = ("Дата;Выручка;Постоянные покупатели;Средний чек\n16.11.2026;1 000;4;250\n"
              "17.11.2026;2 000;8;250\nИтого;3 000;12;\n").encode("cp1251")
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
    assert plain(at.error[0].value).startswith("фото.csv: это не текстовая таблица")
    problems = table_with(at, "Сообщение")
    assert list(problems.iloc[0])[0] == "фото.csv"
    assert table_with(at, "Таблица").equals(before)


def test_an_unknown_file_gets_a_column_mapping_step_that_imports_it(monkeypatch, demo_copy):
    home, copy = demo_copy
    at = start(monkeypatch, home, copy, app_lang="en")
    at.switch_page("app_pages/data.py").run()
    strange = "Когда;Что написали;Где\n21.11.2026;Вкусный раф;vk\n22.11.2026;Холодный кофе;telegram\n".encode()
    at.file_uploader(key="data_files").upload("monitoring.csv", strange, "text/csv")
    at.button[0].click().run()
    assert "the columns were not recognised" in plain(at.error[0].value)
    assert any("monitoring.csv: which column is which?" in plain(m.value) for m in at.markdown)
    at.selectbox(key="data_map_table_monitoring.csv").select("mentions").run()
    at.selectbox(key="data_map_monitoring.csv_mentions_published_at").select("Когда")
    at.selectbox(key="data_map_monitoring.csv_mentions_text").select("Что написали")
    at.selectbox(key="data_map_monitoring.csv_mentions_platform").select("Где")
    assert at.text_input(key="data_map_name_monitoring.csv").value == "monitoring"  # named for the file
    next(b for b in at.button if b.label == "Save the mapping and import").click().run()
    assert not at.exception
    assert any("monitoring.csv: Table read with your column mapping → Mentions: 2 added" in plain(s.value)
               for s in at.success)
    rows = table_with(at, "Table")
    assert rows.loc[rows["Table"] == "Mentions", "Rows"].item() == "18,351"
    saved = table_with(at, "The file holds")
    assert saved.values.tolist() == [["monitoring", "Mentions",
                                      "Published ← «Когда», Platform ← «Где», Text ← «Что написали»"]]


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
    assert len(authors) == 10 and authors["Mentions"].is_monotonic_decreasing


def test_reception_sentiment_is_not_told_by_colour_alone(monkeypatch, demo_home, demo_workspace):
    at = start(monkeypatch, demo_home, demo_workspace, app_lang="ru")
    at.switch_page("app_pages/reception.py").run()
    figure = json.loads(at.get("plotly_chart")[0].proto.spec)
    assert [trace["name"] for trace in figure["data"]] == ["Позитивные", "Нейтральные", "Негативные"]
    patterns = [trace["marker"].get("pattern", {}).get("shape", "") for trace in figure["data"]]
    assert len(set(patterns)) == 3
    posts = table_with(at, "Вовлечения")
    assert len(posts) == 10 and posts["Вовлечения"].is_monotonic_decreasing


def test_sales_in_context_says_association_not_attribution(monkeypatch, demo_home, demo_workspace):
    at = start(monkeypatch, demo_home, demo_workspace, app_lang="en")
    at.switch_page("app_pages/sales.py").run()
    assert not at.exception
    assert at.warning[0].value.startswith("**Association, not attribution.**")
    beside, lags = (json.loads(c.proto.spec) for c in at.get("plotly_chart"))
    assert [trace["name"] for trace in beside["data"]] == ["Revenue", "Mentions"]
    assert len(beside["data"][0]["x"]) == 52  # a year of weeks
    assert lags["data"][0]["text"][0] == "n=52" and len(lags["data"][0]["x"]) == 9
    assert any(m.value.startswith("Strongest at a lag of") for m in at.markdown)
    at.selectbox(key="sales_indicator").select("net_sentiment").run()
    assert json.loads(at.get("plotly_chart")[0].proto.spec)["data"][1]["name"] == "Net sentiment"


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
    workspace.import_file((Path(__file__).resolve().parents[1] / "fixtures" / "exports" / "sales_1c.csv"))
    workspace.close()
    at = start(monkeypatch, home, home / "w.duckdb", app_lang="en")
    at.get("segmented_control")[1].set_value("day").run()
    at.switch_page("app_pages/forecast.py").run()
    assert not at.exception
    assert at.warning[0].value.startswith("No marketing context covers")
    assert at.error[0].value.startswith("No forecast: planned contacts, contact-to-sale conversion, average order value")


def test_this_week_opens_with_three_headlines_naming_their_numbers(monkeypatch, demo_home, demo_workspace):
    at = start(monkeypatch, demo_home, demo_workspace, app_lang="en")
    lines = [plain(m.value) for m in at.markdown if m.value.startswith("#### ")]
    assert len(lines) == 3
    assert any("Mentions rose 31% to 282 against last week (216)" in line for line in lines)


def test_a_spike_week_explains_the_spike(monkeypatch, demo_home, demo_workspace):
    at = start(monkeypatch, demo_home, demo_workspace, app_lang="en")
    week = next(w for w in at.selectbox(key="app_period_choice_week_en").options if w.startswith("2026-W29"))
    at.selectbox(key="app_period_choice_week_en").select(week).run()
    assert "Spikes of mentions" in [s.value for s in at.subheader]
    assert any("14 Jul" in m.value or "Jul 14" in m.value for m in at.markdown)


def test_voice_of_the_customer_shows_real_quotes(monkeypatch, demo_home, demo_workspace):
    at = start(monkeypatch, demo_home, demo_workspace, app_lang="en")
    week = next(w for w in at.selectbox(key="app_period_choice_week_en").options if w.startswith("2026-W29"))
    at.selectbox(key="app_period_choice_week_en").select(week).run()
    at.switch_page("app_pages/voice.py").run()
    assert not at.exception
    quotes = [m.value for m in at.markdown if m.value.startswith("> ")]
    assert len(quotes) >= 8
    negative_words = table_with(at, "Negative")
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
    assert "**This week**" in agenda and "**Forecast**" in agenda and agenda.splitlines()[-1].startswith("9. **Decisions**")

    titles = []
    for n in range(2, 11):
        at.button(key="present_next").click().run()
        assert not at.exception
        titles.append(at.title[0].value)
        assert any(m.value.startswith(f"**{n} / 10 · ") for m in at.markdown)
        headlines = [m.value for m in at.markdown if m.value.startswith(("#### ", "##### "))]
        # One message a slide: the period's headlines on This week only.
        assert bool(headlines) == (n == 2), (n, headlines)
        assert len(headlines) in (0, 3)
        assert not at.get("popover"), n  # no "How it is counted" button on a slide
        for chart in at.get("plotly_chart"):  # chart text as large as the slide's
            layout = json.loads(chart.proto.spec)["layout"]
            assert layout["xaxis"]["tickfont"]["size"] >= 18 and layout["yaxis"]["tickfont"]["size"] >= 18
            assert layout["legend"]["font"]["size"] >= 18
    assert titles[0].startswith("Зерно · Week") and titles[1:-1] == [
        "Attention", "Reception", "Loyalty & service", "Voice of the customer", "Sales in context", "Mix & budget",
        "Forecast"]
    assert titles[-1] == "Decisions"
    assert "decisions of this meeting will be logged here" in at.info[0].value
    assert at.button(key="present_next").disabled

    at.button(key="present_exit").click().run()
    assert not [b for b in at.button if b.key == "present_next"]
    assert at.sidebar.toggle[0].value is False


def test_a_slide_shows_fewer_tiles_without_sparklines_and_names_the_denominator(monkeypatch, demo_home,
                                                                               demo_workspace):
    at = start(monkeypatch, demo_home, demo_workspace, app_lang="en")
    at.query_params["present"] = "1"
    at.switch_page("app_pages/attention.py").run()
    assert not at.exception
    assert [m.label for m in at.metric] == ["Mentions", "Mentions reach", "Share of voice", "Share of voice by reach"]
    assert not [m for m in at.metric if m.proto.chart_data]
    assert "÷ Mentions of all tracked brands" in [c.value for c in at.caption]
    assert not at.dataframe  # the top authors stay on the page
