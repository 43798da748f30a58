"""What a meeting page shows follows the sidebar: another period or another brand shows other numbers."""

import json
from pathlib import Path

import pytest
from streamlit.testing.v1 import AppTest

from dashboard.navigation import PAGES

ROOT = Path(__file__).resolve().parents[2]
APP = str(ROOT / "dashboard" / "app.py")
SLIDES = [spec.id for spec in PAGES if spec.slide]


def shown(at: AppTest) -> list[str]:
    """What the page's body shows below its heading: tiles, tables, charts, notes and messages."""
    body = at.main
    out = [f"{m.label}={m.value} {m.delta}" for m in body.metric]
    out += [df.value.to_string() for df in [*body.dataframe, *body.table]]
    out += [json.dumps(json.loads(chart.proto.spec)["data"], sort_keys=True) for chart in body.get("plotly_chart")]
    out += [str(n.value) for n in body.number_input]
    for kind in ("markdown", "subheader", "info", "warning", "error"):
        out += [e.value for e in getattr(body, kind)]
    return out + [c.value for c in body.caption][1:]  # the first caption names the period and brand


@pytest.mark.parametrize("lang", ["ru", "en"])
@pytest.mark.parametrize("page", SLIDES)
def test_another_period_or_brand_in_the_sidebar_changes_what_the_page_shows(
    monkeypatch, demo_home, demo_workspace, page, lang
):
    monkeypatch.setenv("RESONANCE_HOME", str(demo_home))
    monkeypatch.setenv("RESONANCE_WORKSPACE", str(demo_workspace))
    at = AppTest.from_file(APP, default_timeout=90)
    at.session_state["app_lang"] = lang
    at.run()
    at.switch_page(f"app_pages/{page}.py").run()
    at.segmented_control(key="app_granularity").set_value("month").run()  # months: each has its calendar
    newest = shown(at)
    at.selectbox(key=f"app_period_choice_month_{lang}").select_index(7).run()  # March 2026: the TV flight
    assert not at.exception
    march = shown(at)
    assert march != newest
    at.selectbox(key="app_brand").select("Крона").run()
    assert not at.exception
    assert shown(at) != march
