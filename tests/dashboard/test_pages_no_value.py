"""The "–" rule on every tile and headline: no value is «–» with no change under it, never 0 with "↑ +0".

Workspaces built from files that carry mentions only (no own posts, no audience, no sales, no reach,
no replies): every tile of an indicator the files cannot give shows «–» without an arrow, an
unchanged value says "no change" without an arrow, and no headline is built on a missing value.
"""

import re
from pathlib import Path

import pytest
from streamlit.testing.v1 import AppTest

from metrics import store

ROOT = Path(__file__).resolve().parents[2]
APP = str(ROOT / "dashboard" / "app.py")
LISTENING = ROOT / "tests" / "fixtures" / "real" / "listening"
PAGES = ("this_week", "attention", "reception", "loyalty")
NO_VALUE = {  # what mentions-only files cannot give, by tile label
    "en": [
        "Reach",
        "Engagements",
        "Followers' net change",
        "Revenue",
        "Posts published",
        "Impressions",
        "Engagement rate by reach",
        "Followers",
        "Response rate",
        "Share of returning customers",
    ],
}


@pytest.fixture(scope="module")
def listening_home(tmp_path_factory) -> Path:
    home = tmp_path_factory.mktemp("listening_home")
    for name, source in (
        ("airline", "airline_tweets_excel_resaved_AirlineTweets.csv"),
        ("banks", "sentirueval2016_banks_test_etalon.xml"),
    ):
        workspace = store.open_workspace(home / f"{name}.duckdb")
        report = workspace.import_file((LISTENING / source).read_bytes(), name=source)
        assert not report.error
        workspace.close()
    return home


def open_page(monkeypatch, home: Path, name: str, page: str) -> AppTest:
    monkeypatch.setenv("RESONANCE_HOME", str(home))
    monkeypatch.setenv("RESONANCE_WORKSPACE", str(home / f"{name}.duckdb"))
    at = AppTest.from_file(APP, default_timeout=90)
    at.session_state["app_lang"] = "en"
    at.run()
    if page != "this_week":
        at.switch_page(f"app_pages/{page}.py").run()
    assert not at.exception, at.exception
    return at


@pytest.mark.parametrize("name", ["airline", "banks"])
@pytest.mark.parametrize("page", PAGES)
def test_missing_data_is_a_dash_without_an_arrow(monkeypatch, listening_home, name, page):
    at = open_page(monkeypatch, listening_home, name, page)
    assert at.metric
    for metric in at.metric:
        delta = metric.proto.delta
        assert not re.fullmatch(r"[+−-]0(\D.*)?", delta), (metric.label, delta)  # never "+0" or "−0"
        if metric.label in NO_VALUE["en"]:
            assert metric.value == "–" and not delta, metric.label
        if metric.value == "–":
            assert not delta, metric.label
        if delta == "no change":  # an unchanged value: no arrow, no colour
            assert metric.proto.direction == metric.proto.MetricDirection.NONE, metric.label
            assert metric.proto.color == metric.proto.MetricColor.GRAY, metric.label
    captions = " ".join(c.value for c in at.caption)
    assert "+0 " not in captions and "−0 " not in captions
    # A tile the files can never fill says so, in place of its comparison with the average.
    never = [c.value for c in at.caption if c.value.startswith("No value in any period shown")]
    assert len(never) >= len([m for m in at.metric if m.label in NO_VALUE["en"]])
    assert len(never) <= len([m for m in at.metric if m.value == "–"])  # a tile with a value is compared as usual


@pytest.mark.parametrize("name", ["airline", "banks"])
def test_no_headline_is_built_on_a_missing_value(monkeypatch, listening_home, name):
    at = open_page(monkeypatch, listening_home, name, "this_week")
    lines = [m.value for m in at.markdown if m.value.startswith("####")]
    for line in lines:
        assert "–" not in line and "nan" not in line.lower(), line
    subjects = ("Reach", "Engagements", "Followers", "Revenue", "Orders", "Posts", "Impressions")
    assert not [line for line in lines if line.lstrip("# ").startswith(subjects)]


def test_a_count_that_moved_by_less_than_one_from_its_average_says_no_change_not_minus_zero():
    import pandas as pd

    from dashboard.tiles import change_text
    from resonance.i18n import t

    row = pd.Series({"value": 1.0, "unit": "count", "previous": 0.0, "change": 1.0, "avg4": 1.3, "change_avg4": -0.3})
    assert change_text(row, "en", base="avg4", absolute="change_avg4") == "no change"
    assert change_text(row, "ru", base="avg4", absolute="change_avg4") == t("change.none", "ru")
