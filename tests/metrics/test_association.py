"""Sales in context: weekly series, lagged association with confidence intervals, and its wording."""

from __future__ import annotations

import math
from datetime import date

import numpy as np
import pandas as pd
import pytest

from metrics import association
from metrics.association import (
    AssociationError,
    lagged_association,
    normal_quantile,
    strongest_lag,
    weekly_customers,
    weekly_series,
)
from metrics.indicators.registry import frame
from resonance import say
from resonance.i18n import TEXTS, t

MONDAYS = pd.date_range("2026-01-05", periods=40, freq="7D")
RNG = np.random.default_rng(20260105)
NOISE = RNG.normal(size=40)


def weeks(values, first: int = 0) -> pd.Series:
    """A weekly series from a list, starting ``first`` weeks after 2026-01-05."""
    return pd.Series(values, index=MONDAYS[first : first + len(values)], dtype="float64")


def leading(lag: int, n: int = 30) -> tuple[pd.Series, pd.Series]:
    """An indicator and a revenue that follows it ``lag`` weeks later, plus a little noise."""
    indicator = NOISE[:n]
    revenue = np.concatenate([RNG.normal(size=lag), indicator[: n - lag]]) * 1000 + 50_000 + RNG.normal(size=n) * 50
    return weeks(indicator), weeks(revenue)


def test_a_series_that_leads_revenue_by_two_weeks_peaks_at_lag_2():
    indicator, revenue = leading(2)
    table = lagged_association(indicator, revenue)
    assert list(table.index) == list(range(9)) and table.index.name == "lag"
    assert list(table.columns) == list(association.COLUMNS)
    assert strongest_lag(table) == 2 and strongest_lag(table, method="spearman") == 2
    assert table.loc[2, "pearson"] > 0.95 and table.loc[2, "spearman"] > 0.9
    others = table["pearson"].drop(2).abs()
    assert (others < 0.6).all(), others
    assert table["n"].tolist() == [30 - lag for lag in range(9)]  # the last weeks of revenue have no partner
    assert table["reason"].isna().all()


@pytest.mark.parametrize(
    ("case", "indicator", "revenue", "lag", "n", "reason"),
    [
        ("eight pairs are enough", weeks(NOISE[:8]), weeks(NOISE[8:16]), 0, 8, None),
        ("seven pairs are not", weeks(NOISE[:7]), weeks(NOISE[8:15]), 0, 7, "too_few_pairs"),
        ("lags use up pairs", weeks(NOISE[:10]), weeks(NOISE[10:20]), 3, 7, "too_few_pairs"),
        ("empty", weeks([]), weeks([]), 0, 0, "too_few_pairs"),
        ("constant indicator", weeks([5.0] * 12), weeks(NOISE[:12]), 0, 12, "no_variation"),
        ("constant revenue", weeks(NOISE[:12]), weeks([1e6] * 12), 0, 12, "no_variation"),
        (
            "missing weeks are not pairs",
            weeks([*NOISE[:6], np.nan, np.nan, *NOISE[8:12]]),
            weeks(NOISE[20:32]),
            0,
            10,
            None,
        ),
        ("revenue starts later", weeks(NOISE[:12]), weeks(NOISE[20:30], first=4), 0, 8, None),
        ("revenue starts later, lag 2", weeks(NOISE[:12]), weeks(NOISE[20:30], first=4), 2, 10, None),
    ],
)
def test_pairs_and_reasons(case, indicator, revenue, lag, n, reason):
    row = lagged_association(indicator, revenue).loc[lag]
    assert row["n"] == n, case
    if reason is None:
        assert pd.isna(row["reason"]) and -1 <= row["pearson"] <= 1 and -1 <= row["spearman"] <= 1, case
        assert row["pearson_low"] <= row["pearson"] <= row["pearson_high"], case
    else:
        assert row["reason"] == reason, case
        values = row[["pearson", "pearson_low", "pearson_high", "spearman", "spearman_low", "spearman_high"]]
        assert values.isna().all(), f"{case}: no value is NaN, never 0"


def test_the_interval_contains_r_and_narrows_with_more_weeks():
    pattern = [3.0, 1.0, 4.0, 1.0, 5.0, 9.0, 2.0, 6.0, 5.0, 3.0]
    response = [2.0, 2.0, 3.0, 1.0, 6.0, 7.0, 1.0, 5.0, 6.0, 2.0]
    widths = {}
    for repeats in (1, 2, 4):
        table = lagged_association(weeks(pattern * repeats), weeks(response * repeats), max_lag=0)
        row = table.loc[0]
        for method in ("pearson", "spearman"):
            assert row[f"{method}_low"] < row[method] < row[f"{method}_high"]
        widths[repeats] = (row["pearson_high"] - row["pearson_low"], row["spearman_high"] - row["spearman_low"])
        if repeats > 1:  # the same r, more weeks
            assert math.isclose(row["pearson"], lagged_association(weeks(pattern), weeks(response)).loc[0, "pearson"])
    assert widths[1][0] > widths[2][0] > widths[4][0]
    assert widths[1][1] > widths[2][1] > widths[4][1]


def test_the_interval_is_fishers_z():
    indicator, revenue = leading(0, n=20)
    row = lagged_association(indicator, revenue, max_lag=0).loc[0]
    r, n, z = row["pearson"], row["n"], 1.959963984540054
    assert math.isclose(row["pearson_low"], math.tanh(math.atanh(r) - z / math.sqrt(n - 3)), rel_tol=1e-9)
    assert math.isclose(row["pearson_high"], math.tanh(math.atanh(r) + z / math.sqrt(n - 3)), rel_tol=1e-9)
    rho = row["spearman"]
    assert math.isclose(row["spearman_high"], math.tanh(math.atanh(rho) + z * math.sqrt(1.06 / (n - 3))), rel_tol=1e-9)


def test_spearman_sees_a_monotone_relation_that_pearson_understates():
    x = np.arange(1.0, 13.0)
    row = lagged_association(weeks(x), weeks(np.exp(x)), max_lag=0).loc[0]
    assert math.isclose(row["spearman"], 1.0) and row["pearson"] < 0.8
    assert (row["spearman_low"], row["spearman_high"]) == (1.0, 1.0)  # r = 1: the interval collapses


def test_week_numbers_work_like_dates_and_other_steps_are_refused():
    x, y = list(NOISE[:12]), list(NOISE[12:24])
    by_dates = lagged_association(weeks(x), weeks(y))
    by_numbers = lagged_association(pd.Series(x, index=range(12)), pd.Series(y, index=range(12)))
    pd.testing.assert_frame_equal(by_dates, by_numbers)
    daily = pd.Series(x, index=pd.date_range("2026-01-05", periods=12, freq="D"))
    with pytest.raises(AssociationError, match="whole weeks"):
        lagged_association(daily, weeks(y))
    with pytest.raises(ValueError, match="min_pairs"):
        lagged_association(weeks(x), weeks(y), min_pairs=3)


@pytest.mark.parametrize(
    ("p", "x"),
    [
        (0.5, 0.0),
        (0.975, 1.959963984540054),
        (0.025, -1.959963984540054),
        (0.995, 2.5758293035489004),
        (0.8, 0.8416212335729143),
    ],
)
def test_normal_quantile(p, x):
    assert math.isclose(normal_quantile(p), x, abs_tol=1e-9)


SALES = {
    "date": ["2026-11-15", "2026-11-16", "2026-11-18", "2026-11-23", "2026-12-01"],
    "revenue": [9.0, 1.0, 2.0, 4.0, 8.0],
    "currency": ["RUB"] * 5,
    "customers_new": [1, 30, None, 10, 5],
    "customers_returning": [1, 10, 5, 30, 5],
}


@pytest.mark.parametrize(
    ("case", "start", "end", "expected"),
    [
        ("whole weeks", date(2026, 11, 16), date(2026, 11, 29), {"2026-11-16": 3.0, "2026-11-23": 4.0}),
        ("cut weeks are left out", date(2026, 11, 15), date(2026, 12, 2), {"2026-11-16": 3.0, "2026-11-23": 4.0}),
        (
            "a week without sales days is no value",
            date(2026, 11, 30),
            date(2026, 12, 13),
            {"2026-11-30": 8.0, "2026-12-07": float("nan")},
        ),
        ("no whole week", date(2026, 11, 17), date(2026, 11, 22), {}),
    ],
)
def test_weekly_series_is_the_indicator_over_iso_weeks(case, start, end, expected):
    got = weekly_series({"sales": frame("sales", SALES)}, "revenue", brand=None, start=start, end=end)
    assert [d.strftime("%Y-%m-%d") for d in got.index] == list(expected), case
    np.testing.assert_array_equal(got.to_numpy(), np.array(list(expected.values()), dtype=float))


def test_weekly_series_of_mentions_buckets_in_the_business_time_zone():
    mentions = frame(
        "mentions",
        {
            "brand": ["Acme", "Acme", "Rival"],
            "published_at": ["2026-11-22 22:30", "2026-11-24 10:00", "2026-11-24 10:00"],
        },
    )
    got = weekly_series(
        {"mentions": mentions},
        "mentions",
        brand="Acme",
        start=date(2026, 11, 16),
        end=date(2026, 11, 29),
        tz="Europe/Moscow",
    )
    # 22:30 UTC on Sunday is Monday in Moscow: the data start in the second week, the first has no value.
    np.testing.assert_array_equal(got.to_numpy(), [np.nan, 2.0])
    with pytest.raises(KeyError, match="unknown indicator"):
        weekly_series({}, "sales_per_post", brand="Acme", start=date(2026, 11, 16), end=date(2026, 11, 29))


def test_weekly_customers_gives_new_returning_and_the_share():
    got = weekly_customers(frame("sales", SALES), start=date(2026, 11, 16), end=date(2026, 12, 13))
    assert list(got.columns) == ["new", "returning", "returning_share"]
    assert got["new"].tolist()[:3] == [30.0, 10.0, 5.0] and got["returning"].tolist()[:3] == [15.0, 30.0, 5.0]
    assert got["returning_share"].tolist()[:3] == [0.25, 0.75, 0.5]  # the day without new customers is left out
    assert got.iloc[3].isna().all()  # no sales days that week: no value, not 0


def test_texts_say_association_not_attribution_and_why():
    for lang in ("en", "ru"):
        assert t(association.NOT_ATTRIBUTION, lang) and t(association.WHY, lang) and t(association.METHOD, lang)
    assert t(association.NOT_ATTRIBUTION, "en") == "Association, not attribution"
    assert "Fisher" in t(association.METHOD, "en") and "Фишер" in t(association.METHOD, "ru")
    why = t(association.WHY, "en")
    assert all(word in why for word in ("TV", "promotions", "prices", "season", "cannot separate"))
    assert t("association.reason.too_few_pairs", "en", min_pairs=8) == "fewer than 8 paired weeks"
    assert all(f"association.reason.{code}" in TEXTS for code in association.REASONS)


def test_demo_sales_are_not_driven_by_weekly_mentions(demo_tables):
    tables, settings = demo_tables
    table = association.association_table(
        tables, "mentions", brand="Зерно", start=date(2025, 11, 24), end=date(2026, 11, 22), tz=settings["tz"]
    )
    assert table.loc[0, "n"] == 52
    assert abs(table.loc[0, "pearson"]) < 0.3 and abs(table.loc[0, "spearman"]) < 0.3
    assert table.loc[0, "pearson_low"] < 0 < table.loc[0, "pearson_high"]  # indistinguishable from none


def lag_table(rows):
    """A table of lags from ``[(r, low, high), ...]`` (None: no value), 44 pairs each."""
    values = [(math.nan,) * 3 if r is None else r for r in rows]
    return pd.DataFrame(
        {
            "n": [44] * len(rows),
            "pearson": [v[0] for v in values],
            "pearson_low": [v[1] for v in values],
            "pearson_high": [v[2] for v in values],
        },
        index=pd.RangeIndex(len(rows), name="lag"),
    )


FINDING_CASES = [
    pytest.param([None, None], "no_data", None, None, id="no lag has a correlation"),
    pytest.param(
        [(0.05, -0.25, 0.34)] * 8 + [(-0.14, -0.42, 0.16)],
        "no_evidence",
        8,
        "weak",
        id="every interval spans zero: the demo's mentions",
    ),
    pytest.param(
        [(0.52, 0.29, 0.70), (0.30, 0.01, 0.55), (0.1, -0.2, 0.4)],
        "together",
        0,
        "strong",
        id="the same week, positive",
    ),
    pytest.param(
        [(0.6, -0.1, 0.9), (-0.35, -0.6, -0.05)],
        "opposite",
        1,
        "moderate",
        id="a larger r whose interval spans zero is not evidence",
    ),
]


@pytest.mark.parametrize(("rows", "code", "lag", "strength"), FINDING_CASES)
def test_the_finding_says_whether_anything_moves_together(rows, code, lag, strength):
    found = association.finding(lag_table(rows))
    assert (found.code, found.lag, found.strength) == (code, lag, strength)


@pytest.mark.parametrize(
    ("lang", "sentence"),
    [
        ("en", "No evidence that “Mentions” moves with revenue at any lag, from the same week to 8 weeks later."),
        (
            "ru",
            "Нет свидетельств, что показатель «Упоминания» движется вместе с выручкой при каком-либо лаге — ни в ту "
            "же неделю, ни с задержкой до 8 недель.",
        ),
    ],
)
def test_an_interval_spanning_zero_is_told_as_no_evidence_and_its_numbers_are_details(lang, sentence):
    found = association.finding(lag_table([(0.05, -0.25, 0.34)] * 8 + [(-0.14, -0.42, 0.16)]))
    told = say.association_finding(found, "Упоминания" if lang == "ru" else "Mentions", lang)
    assert told == sentence
    assert "8" in told and "0.14" not in told and "0,14" not in told  # no r in the sentence for the room
    details = say.association_details(found, lang)
    assert ("includes zero" if lang == "en" else "включает ноль") in details[0]
    assert "Fisher" in details[-1] or "Фишер" in details[-1]


@pytest.mark.parametrize(
    ("rows", "lang", "start"),
    [
        ([(0.52, 0.29, 0.70)], "en", "“Followers' net change” tends to move with revenue in the same week"),
        (
            [(0.1, -0.2, 0.4), (0.1, -0.2, 0.4), (0.1, -0.2, 0.4), (0.25, 0.02, 0.5)],
            "ru",
            "Показатель «Чистый прирост подписчиков» обычно движется вместе с выручкой через 3 недели",
        ),
        (
            [(0.1, -0.2, 0.4), (-0.4, -0.6, -0.1)],
            "en",
            "“Followers' net change” tends to move against revenue 1 week later",
        ),
        (
            [None] * 5 + [(0.4, 0.1, 0.6)],
            "ru",
            "Показатель «Чистый прирост подписчиков» обычно движется вместе с выручкой через 5 недель",
        ),
    ],
)
def test_a_lag_whose_interval_excludes_zero_is_told_with_its_direction_never_as_a_cause(rows, lang, start):
    told = say.association_finding(
        association.finding(lag_table(rows)), t("indicator.followers_net_change.label", lang), lang
    )
    assert told.startswith(start)
    assert ("not a cause" if lang == "en" else "а не причина") in told
