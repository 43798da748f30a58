"""Periods: ISO weeks, months, the last complete week, and local days."""

from datetime import date

import pandas as pd
import pytest

from metrics.periods import (
    RANGE,
    Period,
    PeriodError,
    bucket,
    from_address,
    iso_week,
    last_complete_week,
    local_date,
    month,
    parse_week,
    periods_ending,
    to_address,
)


def d(text: str) -> date:
    return date.fromisoformat(text)


def span(start: str, end: str) -> Period:
    return Period(d(start), d(end))


ISO_WEEKS = [
    pytest.param(2026, 48, span("2026-11-23", "2026-11-29"), id="2026-W48"),
    pytest.param(2025, 1, span("2024-12-30", "2025-01-05"), id="2025-W01 starts in 2024"),
    pytest.param(2026, 1, span("2025-12-29", "2026-01-04"), id="2026-W01 starts in 2025"),
    pytest.param(2026, 53, span("2026-12-28", "2027-01-03"), id="2026-W53 exists: 2026 starts on a Thursday"),
    pytest.param(2027, 1, span("2027-01-04", "2027-01-10"), id="2027-W01 starts after 2026-W53"),
    pytest.param(2020, 53, span("2020-12-28", "2021-01-03"), id="2020-W53 exists"),
]


@pytest.mark.parametrize("year, week, expected", ISO_WEEKS)
def test_iso_week(year, week, expected):
    assert iso_week(year, week) == expected
    assert parse_week(f"{year}-W{week:02d}") == expected


@pytest.mark.parametrize("text", ["2026-W47", "2026W47", "2026-w47", " 2026-W47 ", "2026-W47\n"])
def test_parse_week_accepts_common_spellings(text):
    assert parse_week(text) == span("2026-11-16", "2026-11-22")


BAD_WEEKS = [
    pytest.param("2025-W53", "2025 has weeks 1–52", id="2025 has no week 53"),
    pytest.param("2027-W53", "2027 has weeks 1–52", id="2027 has no week 53"),
    pytest.param("2026-W54", "2026 has weeks 1–53", id="week 54"),
    pytest.param("2026-W00", "2026 has weeks 1–53", id="week 0"),
    pytest.param("2026-47", "write it as YYYY-Www", id="no W"),
    pytest.param("W47", "write it as YYYY-Www", id="no year"),
    pytest.param("", "write it as YYYY-Www", id="empty"),
    pytest.param("2026-11-23", "write it as YYYY-Www", id="a date"),
]


@pytest.mark.parametrize("text, message", BAD_WEEKS)
def test_parse_week_rejects_bad_input_with_a_clear_message(text, message):
    with pytest.raises(PeriodError, match=message) as error:
        parse_week(text)
    assert isinstance(error.value, ValueError)


MONTHS = [
    pytest.param(2024, 2, span("2024-02-01", "2024-02-29"), id="leap February"),
    pytest.param(2026, 2, span("2026-02-01", "2026-02-28"), id="February"),
    pytest.param(2026, 12, span("2026-12-01", "2026-12-31"), id="December"),
]


@pytest.mark.parametrize("year, number, expected", MONTHS)
def test_month(year, number, expected):
    assert month(year, number) == expected


def test_month_out_of_range():
    with pytest.raises(PeriodError, match="months are 1–12"):
        month(2026, 13)


def test_period_arithmetic():
    week = iso_week(2026, 48)
    assert week.days == 7
    assert week.previous() == iso_week(2026, 47)
    assert week.shift(6) == iso_week(2027, 1)
    assert d("2026-11-29") in week and d("2026-11-30") not in week
    with pytest.raises(PeriodError, match="cannot end"):
        Period(d("2026-11-29"), d("2026-11-23"))


PERIODS_ENDING = [
    pytest.param(
        iso_week(2026, 2),
        3,
        None,
        [iso_week(2025, 51), iso_week(2025, 52), iso_week(2026, 1)],
        id="weeks across a year",
    ),
    pytest.param(
        month(2026, 2), 3, None, [month(2025, 11), month(2025, 12), month(2026, 1)], id="calendar months across a year"
    ),
    pytest.param(
        span("2026-03-01", "2026-03-01"),
        2,
        "day",
        [span("2026-02-27", "2026-02-27"), span("2026-02-28", "2026-02-28")],
        id="days",
    ),
    pytest.param(
        span("2026-11-11", "2026-11-20"),
        2,
        None,
        [span("2026-10-22", "2026-10-31"), span("2026-11-01", "2026-11-10")],
        id="any range steps by its length",
    ),
]


@pytest.mark.parametrize("period, n, granularity, expected", PERIODS_ENDING)
def test_periods_ending(period, n, granularity, expected):
    assert periods_ending(period, n, granularity) == expected


LAST_COMPLETE_WEEK = [
    pytest.param("2026-11-29", "2026-12-01", span("2026-11-23", "2026-11-29"), id="data ends on a Sunday"),
    pytest.param("2026-11-26", "2026-12-01", span("2026-11-16", "2026-11-22"), id="data ends on a Thursday"),
    pytest.param("2026-11-30", "2026-12-01", span("2026-11-23", "2026-11-29"), id="data ends on a Monday"),
    pytest.param("2026-12-31", "2026-11-26", span("2026-11-16", "2026-11-22"), id="today comes first"),
    pytest.param("2027-01-03", "2027-01-05", span("2026-12-28", "2027-01-03"), id="a week across the new year"),
]


@pytest.mark.parametrize("last_data_day, today, expected", LAST_COMPLETE_WEEK)
def test_last_complete_week(last_data_day, today, expected):
    assert last_complete_week(d(last_data_day), d(today)) == expected


LOCAL_DATES = [
    pytest.param("2026-11-22 22:30", "Europe/Moscow", "2026-11-23", id="Moscow is UTC+3"),
    pytest.param("2026-11-22 20:59", "Europe/Moscow", "2026-11-22", id="still Sunday in Moscow"),
    pytest.param("2026-07-01 22:30", "Europe/Berlin", "2026-07-02", id="summer time"),
    pytest.param("2026-01-01 22:30", "Europe/Berlin", "2026-01-01", id="winter time"),
    pytest.param("2026-11-23 02:00", "America/New_York", "2026-11-22", id="west of UTC"),
]


@pytest.mark.parametrize("utc, tz, expected", LOCAL_DATES)
def test_local_date(utc, tz, expected):
    ts = pd.Series(pd.to_datetime([utc, None], utc=True))
    got = local_date(ts, tz)
    assert got.iloc[0] == pd.Timestamp(expected) and pd.isna(got.iloc[1])


def test_local_date_keeps_dates_as_they_are():
    dates = pd.Series(pd.to_datetime(["2026-11-22"])).astype("datetime64[s]")
    assert local_date(dates, "Asia/Vladivostok").iloc[0] == pd.Timestamp("2026-11-22")


BUCKETS = [
    pytest.param("day", ["2026-11-23", "2026-12-31", "2027-01-01"], id="day"),
    pytest.param("week", ["2026-11-23", "2026-12-28", "2026-12-28"], id="week: the ISO week's Monday"),
    pytest.param("month", ["2026-11-01", "2026-12-01", "2027-01-01"], id="month"),
]


@pytest.mark.parametrize("granularity, expected", BUCKETS)
def test_bucket(granularity, expected):
    ts = pd.Series(pd.to_datetime(["2026-11-22 22:30", "2026-12-31 12:00", "2026-12-31 21:30"], utc=True))
    assert bucket(ts, granularity, "Europe/Moscow").tolist() == [pd.Timestamp(e) for e in expected]


def test_bucket_rejects_an_unknown_granularity():
    with pytest.raises(PeriodError, match="day, week, month"):
        bucket(pd.Series(pd.to_datetime(["2026-11-22"])), "quarter")


ADDRESSES = [
    pytest.param(span("2026-11-16", "2026-11-22"), "week", {"week": "2026-W47"}, id="week"),
    pytest.param(span("2026-12-28", "2027-01-03"), "week", {"week": "2026-W53"}, id="week-of-two-years"),
    pytest.param(span("2026-11-01", "2026-11-30"), "month", {"month": "2026-11"}, id="month"),
    pytest.param(span("2026-11-16", "2026-11-16"), "day", {"day": "2026-11-16"}, id="day"),
    pytest.param(span("2026-11-01", "2026-11-20"), RANGE, {"from": "2026-11-01", "to": "2026-11-20"}, id="range"),
]


@pytest.mark.parametrize("period, granularity, params", ADDRESSES)
def test_a_period_in_an_address_reads_back_as_itself(period, granularity, params):
    assert to_address(period, granularity) == params
    assert from_address({**params, "brand": "Зерно", "lang": "ru"}) == (period, granularity)


@pytest.mark.parametrize(
    "params, message",
    [
        ({"week": "2026-47"}, "is not an ISO week"),
        ({"month": "2026-13"}, "is not a month"),
        ({"day": "16.11.2026"}, "is not a day"),
        ({"from": "2026-11-20", "to": "2026-11-01"}, "cannot end"),
    ],
)
def test_an_address_with_an_unreadable_period_says_what_is_wrong(params, message):
    with pytest.raises(PeriodError, match=message):
        from_address(params)


def test_an_address_without_a_period_names_none():
    assert from_address({"brand": "Зерно", "platforms": "vk"}) is None


def test_a_range_is_compared_with_the_period_of_the_same_length_before():
    chosen = span("2026-11-01", "2026-11-20")  # 20 days
    assert periods_ending(chosen, 2, RANGE) == [span("2026-09-22", "2026-10-11"), span("2026-10-12", "2026-10-31")]
