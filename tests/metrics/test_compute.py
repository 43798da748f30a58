"""Running indicators over a period: coverage, platforms, local days, lookback and comparisons."""

from datetime import date

import pandas as pd
import pytest

from metrics.indicators import compute as compute_module
from metrics.indicators.compute import UnknownIndicatorError, compare, compute, series
from metrics.indicators.registry import frame
from metrics.periods import Period, month, parse_week

NAN = float("nan")
BRAND = "Acme"
W48 = parse_week("2026-W48")  # 2026-11-23 … 2026-11-29


def mentions(*rows, platform="vk"):
    """Mentions as (published_at UTC, brand) or (published_at, brand, platform)."""
    rows = [r if len(r) == 3 else (*r, platform) for r in rows]
    return frame(
        "mentions",
        {"published_at": [r[0] for r in rows], "brand": [r[1] for r in rows], "platform": [r[2] for r in rows]},
    )


def run(tables, ids, period=W48, **options):
    return compute(tables, period, brand=BRAND, ids=ids, **options)


# --- coverage: no data is not zero ------------------------------------------------------------

COVERAGE = [
    pytest.param({"mentions": mentions(("2026-11-10 10:00", "Acme"))}, NAN, id="data only in an earlier week"),
    pytest.param(
        {"mentions": mentions(("2026-11-10 10:00", "Acme"), ("2026-12-05 10:00", "Acme"))},
        0.0,
        id="data around the week, none in it: a real zero",
    ),
    pytest.param({"mentions": mentions(("2026-11-24 10:00", "Rival"))}, 0.0, id="only competitors in the week"),
    pytest.param({"mentions": mentions(("2026-11-24 10:00", "Acme"))}, 1.0, id="data in the week"),
    pytest.param({}, NAN, id="table missing"),
    pytest.param({"mentions": frame("mentions", {})}, NAN, id="table empty"),
    pytest.param({"mentions": mentions((None, "Acme"))}, NAN, id="no dates"),
]


@pytest.mark.parametrize("tables, expected", COVERAGE)
def test_coverage(tables, expected, check_value):
    check_value(run(tables, ["mentions"])["mentions"], expected)


def test_an_indicator_needing_two_tables_needs_both_to_have_data(check_value):
    posts = frame("posts", {"published_at": ["2026-11-24 10:00"], "post_id": ["1"], "platform": ["vk"], "likes": [50]})
    old = frame("audience", {"date": ["2026-10-01"], "platform": ["vk"], "followers": [1000]})
    now = frame("audience", {"date": ["2026-11-29"], "platform": ["vk"], "followers": [1000]})
    for audience, expected in ((old, NAN), (now, 0.05)):
        got = run({"posts": posts, "audience": audience}, ["engagement_rate_followers"])
        check_value(got["engagement_rate_followers"], expected)


# --- platforms ---------------------------------------------------------------------------------

PLATFORM_MENTIONS = mentions(
    ("2026-11-24 10:00", "Acme", "vk"),
    ("2026-11-24 11:00", "Rival", "vk"),
    ("2026-11-25 10:00", "Acme", "telegram"),
    ("2026-11-25 11:00", "Acme", "telegram"),
    ("2026-11-10 10:00", "Acme", "ok"),
)
PLATFORMS = [
    pytest.param(None, {"mentions": 3.0, "share_of_voice": 0.75}, id="all platforms"),
    pytest.param(["vk"], {"mentions": 1.0, "share_of_voice": 0.5}, id="vk"),
    pytest.param(["vk", "telegram"], {"mentions": 3.0, "share_of_voice": 0.75}, id="vk and telegram"),
    pytest.param(["ok"], {"mentions": NAN, "share_of_voice": NAN}, id="a platform with no data in the week"),
    pytest.param([], {"mentions": NAN, "share_of_voice": NAN}, id="no platform chosen"),
]


@pytest.mark.parametrize("platforms, expected", PLATFORMS)
def test_platform_filter(platforms, expected, check_value):
    got = run({"mentions": PLATFORM_MENTIONS}, list(expected), platforms=platforms)
    for id, value in expected.items():
        check_value(got[id], value, id)


def test_tables_without_platforms_are_not_filtered(check_value):
    sales = frame("sales", {"date": ["2026-11-23", "2026-11-24"], "revenue": [100.0, 50.0]})
    check_value(run({"sales": sales}, ["revenue"], platforms=["vk"])["revenue"], 150.0)


# --- local days --------------------------------------------------------------------------------

LOCAL_DAYS = [
    pytest.param("2026-11-22 22:30", "Europe/Moscow", W48, 1.0, id="Sunday 22:30 UTC is Monday in Moscow"),
    pytest.param("2026-11-22 22:30", "UTC", W48, NAN, id="the same mention in UTC is the week before"),
    pytest.param("2026-11-29 20:59", "Europe/Moscow", W48, 1.0, id="Sunday 23:59 in Moscow"),
    pytest.param("2026-11-29 21:00", "Europe/Moscow", W48, NAN, id="Monday 00:00 in Moscow is next week"),
    pytest.param("2026-11-22 22:30", "Europe/Moscow", Period(date(2026, 11, 23), date(2026, 11, 23)), 1.0, id="a day"),
]


@pytest.mark.parametrize("published, tz, period, expected", LOCAL_DAYS)
def test_local_day_bucketing(published, tz, period, expected, check_value):
    check_value(
        run({"mentions": mentions((published, "Acme"))}, ["mentions"], period=period, tz=tz)["mentions"], expected
    )


def test_lookback_reaches_before_the_period(check_value):
    table = frame(
        "mentions",
        {
            "published_at": ["2026-11-24 10:00", "2026-11-25 10:00", "2026-11-02 10:00", "2026-10-26 10:00"],
            "brand": ["Acme"] * 4,
            "author": ["ann", "bob", "ann", "zoe"],
        },
    )
    check_value(run({"mentions": table}, ["returning_engagers_share"])["returning_engagers_share"], 0.5)
    # Data that starts inside the 28 days before the period cannot say who came back: no value, not 0.
    later = table.iloc[:3]
    check_value(run({"mentions": later}, ["returning_engagers_share"])["returning_engagers_share"], NAN)
    audience = frame(
        "audience", {"date": ["2026-11-22", "2026-11-29"], "platform": ["vk", "vk"], "followers": [1000, 1030]}
    )
    got = run({"audience": audience}, ["followers", "followers_net_change", "follower_growth_rate"])
    for id, value in {"followers": 1030.0, "followers_net_change": 30.0, "follower_growth_rate": 0.03}.items():
        check_value(got[id], value, id)


def test_no_brand_gives_no_value_for_brand_indicators(check_value):
    table = mentions(("2026-11-24 10:00", "Acme"))
    posts = frame("posts", {"published_at": ["2026-11-24 10:00"], "platform": ["vk"], "post_id": ["1"]})
    got = compute({"mentions": table, "posts": posts}, W48, brand=None, ids=["mentions", "posts_published"])
    check_value(got["mentions"], NAN, "mentions")
    check_value(got["posts_published"], 1.0, "posts_published")


def test_ids_choose_and_order_the_results():
    table = {"mentions": mentions(("2026-11-24 10:00", "Acme"))}
    assert list(run(table, ["share_of_voice", "mentions"])) == ["share_of_voice", "mentions"]
    with pytest.raises(UnknownIndicatorError, match="sentiment_score"):
        run(table, ["sentiment_score"])


# --- compare -----------------------------------------------------------------------------------


def weekly(counts_by_monday: dict[str, tuple[int, int]]) -> pd.DataFrame:
    """Mentions on each Monday: (ours, competitors') at noon UTC."""
    rows = [
        (f"{day} 12:00", brand)
        for day, (ours, rivals) in counts_by_monday.items()
        for brand in ["Acme"] * ours + ["Rival"] * rivals
    ]
    return mentions(*rows)


# W44 … W48: ours 2, 4, 0, 6, 9; competitors' 2, 4, 5, 6, 3.
FIVE_WEEKS = weekly(
    {"2026-10-26": (2, 2), "2026-11-02": (4, 4), "2026-11-09": (0, 5), "2026-11-16": (6, 6), "2026-11-23": (9, 3)}
)


def test_compare_against_the_previous_week_and_the_four_week_average():
    got = compare({"mentions": FIVE_WEEKS}, W48, brand=BRAND, ids=["mentions", "share_of_voice"])
    assert list(got.columns) == [
        "value",
        "previous",
        "change",
        "change_rel",
        "avg4",
        "change_avg4",
        "change_avg4_rel",
        "level",
        "unit",
        "higher_is_better",
    ]
    expected = pd.DataFrame(
        {
            "value": [9.0, 0.75],
            "previous": [6.0, 0.5],
            "change": [3.0, 0.25],
            "change_rel": [0.5, 0.5],
            "avg4": [3.0, 0.375],
            "change_avg4": [6.0, 0.375],
            "change_avg4_rel": [2.0, 1.0],
            "level": ["output", "output"],
            "unit": ["count", "fraction"],
            "higher_is_better": [True, True],
        },
        index=pd.Index(["mentions", "share_of_voice"], name="id"),
    )
    pd.testing.assert_frame_equal(got, expected, check_dtype=False)


def test_compare_relative_change_from_zero_is_nan(check_value):
    table = weekly({"2026-11-09": (1, 1), "2026-11-16": (0, 3), "2026-11-23": (2, 0)})
    got = compare({"mentions": table}, W48, brand=BRAND, ids=["mentions"]).loc["mentions"]
    for column, value in {
        "previous": 0.0,
        "change": 2.0,
        "change_rel": NAN,
        "avg4": 0.5,
        "change_avg4": 1.5,
        "change_avg4_rel": 3.0,
    }.items():
        check_value(got[column], value, column)


def test_compare_months_steps_by_calendar_month(check_value):
    table = mentions(
        ("2026-09-30 12:00", "Acme"),
        ("2026-10-01 12:00", "Acme"),
        ("2026-10-31 12:00", "Acme"),
        ("2026-11-15 12:00", "Acme"),
    )
    got = compare({"mentions": table}, month(2026, 11), brand=BRAND, ids=["mentions"]).loc["mentions"]
    for column, value in {"value": 1.0, "previous": 2.0, "avg4": 1.5}.items():
        check_value(got[column], value, column)


def test_compare_reads_each_table_once(monkeypatch):
    calls = []
    original = compute_module.local_days
    monkeypatch.setattr(compute_module, "local_days", lambda *a, **k: calls.append(1) or original(*a, **k))
    sales = frame("sales", {"date": ["2026-11-23"], "revenue": [1.0]})
    compare({"mentions": FIVE_WEEKS, "sales": sales}, W48, brand=BRAND)
    assert len(calls) == 2


def test_series_gives_a_row_per_period(check_value):
    weeks = [parse_week(f"2026-W{w}") for w in (46, 47, 48)]
    got = series({"mentions": FIVE_WEEKS}, weeks, brand=BRAND, ids=["mentions"])
    assert [d.date() for d in got.index] == [w.start for w in weeks]
    for got_value, value in zip(got["mentions"], [0.0, 6.0, 9.0], strict=True):
        check_value(float(got_value), value)
