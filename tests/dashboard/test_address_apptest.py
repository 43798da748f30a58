"""A view is a link: the period, granularity, brand, platforms and language in the address (AppTest)."""

from datetime import date, timedelta
from pathlib import Path

import pytest
from streamlit.testing.v1 import AppTest

from metrics import store

ROOT = Path(__file__).resolve().parents[2]
APP = str(ROOT / "dashboard" / "app.py")


def start(monkeypatch, home: Path, workspace: Path, query: dict | None = None) -> AppTest:
    monkeypatch.setenv("RESONANCE_HOME", str(home))
    monkeypatch.setenv("RESONANCE_WORKSPACE", str(workspace))
    at = AppTest.from_file(APP, default_timeout=60)
    at.query_params.update(query or {})
    at.run()
    assert not at.exception, at.exception
    return at


def seen(at: AppTest) -> dict:
    """What a person sees of the view: headings, tiles with their changes, the sidebar's choices, the link."""
    return {
        "titles": [x.value for x in at.title],
        "captions": [x.value for x in at.caption],
        "tiles": [(m.label, m.value, m.delta) for m in at.metric],
        "platforms": at.multiselect(key="app_platforms").value,
        "brand": at.selectbox(key="app_brand").value,
        "link": at.code[0].value,
    }


def test_a_link_opens_the_week_brand_platforms_and_language_it_names(monkeypatch, demo_home, demo_workspace):
    at = start(
        monkeypatch,
        demo_home,
        demo_workspace,
        {"week": "2026-W45", "brand": "Крона", "platforms": "vk,telegram", "lang": "en"},
    )
    assert at.title[0].value == "Крона · Week 2026-W45 · Nov 2\u2009–\u20098, 2026"
    assert at.metric[0].label == "Mentions"
    assert at.multiselect(key="app_platforms").value == ["vk", "telegram"]
    assert at.selectbox(key="app_period_choice_week_en").value.start == date(2026, 11, 2)
    assert at.query_params == {"week": "2026-W45", "brand": "Крона", "platforms": "vk,telegram", "lang": "en"}
    assert at.code[0].value == "/?week=2026-W45&brand=Крона&platforms=vk,telegram&lang=en"


def test_a_view_made_with_the_controls_is_reproduced_by_its_link(monkeypatch, demo_home, demo_workspace):
    at = start(monkeypatch, demo_home, demo_workspace)
    at.segmented_control(key="app_lang_choice").set_value("en").run()
    at.selectbox(key="app_period_choice_week_en").select_index(3).run()
    at.selectbox(key="app_brand").select("Утро Кофе").run()
    at.multiselect(key="app_platforms").select("vk").select("x").run()
    at.switch_page("app_pages/attention.py").run()
    assert not at.exception
    made = seen(at)
    assert at.query_params == {"week": "2026-W44", "brand": "Утро Кофе", "platforms": "vk,x", "lang": "en"}
    assert made["link"] == "/attention?week=2026-W44&brand=Утро Кофе&platforms=vk,x&lang=en".replace(" ", "%20")

    opened = start(monkeypatch, demo_home, demo_workspace, dict(at.query_params))
    opened.switch_page("app_pages/attention.py").run()
    assert seen(opened) == made


def test_changing_a_control_updates_the_address_and_keeps_the_rest(monkeypatch, demo_home, demo_workspace):
    at = start(monkeypatch, demo_home, demo_workspace, {"lang": "en"})
    assert at.query_params == {"week": "2026-W47", "brand": "Зерно", "lang": "en"}
    at.selectbox(key="app_brand").select("Крона").run()
    assert at.query_params == {"week": "2026-W47", "brand": "Крона", "lang": "en"}
    at.multiselect(key="app_platforms").select("telegram").run()
    assert at.query_params["platforms"] == "telegram"
    at.segmented_control(key="app_granularity").set_value("month").run()
    assert at.query_params == {"month": "2026-10", "brand": "Крона", "platforms": "telegram", "lang": "en"}
    at.segmented_control(key="app_granularity").set_value("day").run()
    assert at.query_params["day"] == "2026-11-22" and "month" not in at.query_params
    at.segmented_control(key="app_lang_choice").set_value("ru").run()
    assert at.query_params == {"day": "2026-11-22", "brand": "Крона", "platforms": "telegram", "lang": "ru"}
    assert at.title[0].value.startswith("Крона · 22 нояб. 2026")


@pytest.mark.parametrize(
    "query, title",
    [
        ({"month": "2026-03"}, "Зерно · March 2026"),
        ({"day": "2026-11-16", "brand": "Утро Кофе"}, "Утро Кофе · Nov 16, 2026"),
        ({"week": "2026-W47", "present": "1"}, "Agenda"),  # the deck opens at its agenda, on the week named
    ],
)
def test_a_link_names_a_month_or_a_day(monkeypatch, demo_home, demo_workspace, query, title):
    at = start(monkeypatch, demo_home, demo_workspace, {**query, "lang": "en"})
    assert at.title[0].value == title
    if "present" in query:
        assert at.caption[0].value == "Зерно · Week 2026-W47 · Nov 16\u2009–\u200922, 2026"
    assert all(at.query_params[key] == value for key, value in query.items())


def test_a_custom_period_is_compared_with_the_period_of_the_same_length_before(monkeypatch, demo_home, demo_workspace):
    at = start(monkeypatch, demo_home, demo_workspace, {"from": "2026-11-01", "to": "2026-11-20", "lang": "en"})
    assert at.title[0].value == "Зерно · Nov 1\u2009–\u200920, 2026"
    # 20 days against the 20 days before them, 12–31 October.
    assert "period of the same length before it (Oct 12\u2009–\u200931, 2026)" in at.caption[0].value
    assert "vs the period before" in str(at.metric[0].proto)
    assert at.date_input(key="app_range_choice_en").value == (date(2026, 11, 1), date(2026, 11, 20))

    at.date_input(key="app_range_choice_en").set_value((date(2026, 11, 9), date(2026, 11, 22))).run()
    assert not at.exception
    assert at.title[0].value == "Зерно · Nov 9\u2009–\u200922, 2026"
    assert at.query_params == {"from": "2026-11-09", "to": "2026-11-22", "brand": "Зерно", "lang": "en"}


def test_a_week_can_be_widened_to_a_custom_period_in_the_sidebar(monkeypatch, demo_home, demo_workspace):
    at = start(monkeypatch, demo_home, demo_workspace, {"week": "2026-W46", "lang": "ru"})
    at.segmented_control(key="app_granularity").set_value("range").run()
    assert at.date_input(key="app_range_choice_ru").value == (date(2026, 11, 9), date(2026, 11, 15))
    assert at.query_params["from"] == "2026-11-09" and at.query_params["to"] == "2026-11-15"
    assert "Каждая плитка сравнивает период с таким же по длине периодом до него" in at.caption[0].value


def test_the_default_week_is_the_newest_with_mentions_of_the_brand_and_a_link_still_wins(monkeypatch, demo_copy):
    home, copy = demo_copy
    ws = store.open_workspace(copy)
    days = [date(2026, 11, 23) + timedelta(days=i) for i in range(7)]  # sales go on a week past the mentions
    ws.import_file(
        ("Дата;Выручка\n" + "".join(f"{d:%d.%m.%Y};1 000,00\n" for d in days)).encode("cp1251"),
        name="december_sales.csv",
    )
    ws.close()

    at = start(monkeypatch, home, copy, {"lang": "en"})
    assert "2026-W48" in at.selectbox(key="app_period_choice_week_en").options[0]  # the sales' newest week
    assert at.title[0].value.startswith("Зерно · Week 2026-W47")  # the newest week with mentions of Зерно
    assert at.query_params["week"] == "2026-W47"

    linked = start(monkeypatch, home, copy, {"week": "2026-W48", "lang": "en"})
    assert linked.title[0].value.startswith("Зерно · Week 2026-W48")
    linked.selectbox(key="app_brand").select("Крона").run()
    assert linked.title[0].value.startswith("Крона · Week 2026-W48")  # the link's week stays


def test_a_link_that_cannot_be_read_opens_the_default_view(monkeypatch, demo_home, demo_workspace):
    at = start(
        monkeypatch,
        demo_home,
        demo_workspace,
        {"week": "2026-47", "brand": "Нет такого", "platforms": "vk,fax", "lang": "xx"},
    )
    assert at.title[0].value.startswith("Зерно · Неделя 2026-W47")
    assert at.multiselect(key="app_platforms").value == ["vk"]
    assert at.query_params == {"week": "2026-W47", "brand": "Зерно", "platforms": "vk", "lang": "ru"}


def test_moving_between_slides_keeps_the_whole_view(monkeypatch, demo_home, demo_workspace):
    view = {"week": "2026-W45", "brand": "Крона", "platforms": "vk,telegram", "lang": "en"}
    at = start(monkeypatch, demo_home, demo_workspace, {**view, "present": "1"})
    assert at.title[0].value == "Agenda"
    assert at.caption[0].value.startswith("Крона · Week 2026-W45")
    at.button(key="present_next").click().run()  # This week
    assert not at.exception
    assert at.query_params == {**view, "present": "1"}
    assert at.title[0].value == "Крона · Week 2026-W45 · Nov 2\u2009–\u20098, 2026"
    at.button(key="present_next").click().run()  # Attention
    assert at.query_params == {**view, "present": "1"}
    assert at.title[0].value == "Attention" and at.caption[0].value.startswith("Крона · Week 2026-W45")
    assert at.multiselect(key="app_platforms").value == ["vk", "telegram"]
    assert at.code[0].value == "/attention?week=2026-W45&brand=Крона&platforms=vk,telegram&lang=en&present=1"
    at.button(key="present_previous").click().run()
    assert at.query_params == {**view, "present": "1"}
