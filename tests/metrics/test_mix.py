"""The marketing mix: budgets pro-rated by days, compared per contact, per engagement, per positive mention."""

from __future__ import annotations

import math

import pandas as pd
import pytest

from metrics import mix
from metrics.catalog import REGISTRY
from metrics.indicators.registry import frame
from metrics.mix import channel_mix, mix_total, prorated
from metrics.periods import month, parse_week
from resonance.i18n import TEXTS, t

MARCH = month(2026, 3)
BRAND = "Acme"


def calendar(*rows: tuple) -> pd.DataFrame:
    """Activities from (start, end, channel, budget, currency, contacts) tuples."""
    columns = ("start", "end", "channel", "budget", "currency", "contacts")
    data = {c: [row[i] for row in rows] for i, c in enumerate(columns)}
    return frame("activities", data | {"name": [f"activity {i}" for i in range(len(rows))]})


def row(table: pd.DataFrame, channel: str) -> pd.Series:
    return table.set_index("channel").loc[channel]


@pytest.mark.parametrize(
    ("case", "activity", "period", "share"),
    [
        ("inside the period", ("2026-03-02", "2026-03-29"), MARCH, 1.0),
        ("a week of a four-week flight", ("2026-03-02", "2026-03-29"), parse_week("2026-W10"), 0.25),
        ("starts before the period", ("2026-02-22", "2026-03-03"), MARCH, 0.3),
        ("one day", ("2026-03-31", "2026-03-31"), MARCH, 1.0),
        ("ends before it starts: one day", ("2026-03-05", "2026-03-01"), MARCH, 1.0),
        ("outside the period", ("2026-04-01", "2026-04-30"), MARCH, None),
    ],
)
def test_budgets_and_contacts_are_prorated_by_days_of_overlap(case, activity, period, share):
    got = prorated(calendar((*activity, "tv", 1000.0, "RUB", 50_000)), period)
    if share is None:
        assert got.empty, case
        return
    assert math.isclose(got["share"].iloc[0], share), case
    assert math.isclose(got["budget"].iloc[0], 1000 * share) and math.isclose(got["contacts"].iloc[0], 50_000 * share)


def test_a_million_on_tv_and_a_thousand_on_social_are_compared_per_contact():
    table = channel_mix(
        {
            "activities": calendar(
                ("2026-03-01", "2026-03-31", "smm", 1_000.0, "RUB", 2_000),
                ("2026-03-01", "2026-03-31", "tv", 1_000_000.0, "RUB", 10_000_000),
            )
        },
        MARCH,
        brand=BRAND,
    )
    assert table["channel"].tolist() == ["tv", "smm"]  # the calendar's channel order
    tv, smm = row(table, "tv"), row(table, "smm")
    assert tv["budget"] > 900 * smm["budget"]
    assert tv["cost_per_thousand_contacts"] == 100.0 and smm["cost_per_thousand_contacts"] == 500.0
    assert list(table.columns) == list(mix.COLUMNS)


@pytest.mark.parametrize(
    ("case", "activities", "budget", "contacts", "cpm", "reason"),
    [
        ("normal", [("2026-03-01", "2026-03-31", "tv", 3000.0, "RUB", 10_000)], 3000.0, 10_000.0, 300.0, None),
        (
            "zero contacts: no value, never 0",
            [("2026-03-01", "2026-03-31", "tv", 3000.0, "RUB", 0)],
            3000.0,
            0.0,
            float("nan"),
            "no_contacts",
        ),
        (
            "contacts not given",
            [("2026-03-01", "2026-03-31", "tv", 3000.0, "RUB", None)],
            3000.0,
            float("nan"),
            float("nan"),
            "no_contacts",
        ),
        (
            "budget not given",
            [("2026-03-01", "2026-03-31", "tv", None, "RUB", 10_000)],
            float("nan"),
            10_000.0,
            float("nan"),
            "no_budget",
        ),
        (
            "only activities with both count",
            [
                ("2026-03-01", "2026-03-31", "tv", 3000.0, "RUB", 10_000),
                ("2026-03-01", "2026-03-31", "tv", 900.0, "RUB", None),
            ],
            3900.0,
            10_000.0,
            300.0,
            None,
        ),
        (
            "mixed currencies in a channel",
            [
                ("2026-03-01", "2026-03-31", "tv", 3000.0, "RUB", 10_000),
                ("2026-03-01", "2026-03-31", "tv", 30.0, "EUR", 100),
            ],
            float("nan"),
            10_100.0,
            float("nan"),
            "mixed_currencies",
        ),
        (
            "half in the period",
            [("2026-03-17", "2026-04-15", "tv", 3000.0, "RUB", 10_000)],
            1500.0,
            5_000.0,
            300.0,
            None,
        ),
    ],
)
def test_cost_per_thousand_contacts(case, activities, budget, contacts, cpm, reason):
    got = row(channel_mix({"activities": calendar(*activities)}, MARCH, brand=BRAND), "tv")
    for name, expected in (("budget", budget), ("contacts", contacts), ("cost_per_thousand_contacts", cpm)):
        assert (math.isnan(got[name]) and math.isnan(expected)) or math.isclose(got[name], expected), (case, name)
    assert (
        pd.isna(got["cost_per_thousand_contacts_reason"])
        if reason is None
        else got["cost_per_thousand_contacts_reason"] == reason
    ), case


SMM_MONTH = ("2026-03-01", "2026-03-31", "smm", 6000.0, "RUB", 100_000)
POSTS = {
    "published_at": ["2026-03-05 12:00", "2026-03-20 12:00", "2026-04-02 12:00"],
    "platform": ["vk"] * 3,
    "post_id": ["1", "2", "3"],
    "likes": [100, 150, 999],
    "comments": [20, 30, 999],
}
MENTIONS = {
    "published_at": ["2026-03-03 10:00", "2026-03-04 10:00", "2026-03-05 10:00", "2026-03-06 10:00"],
    "brand": [BRAND, BRAND, BRAND, "Rival"],
    "sentiment": ["positive", "positive", "negative", "positive"],
}


@pytest.mark.parametrize(
    ("case", "tables", "engagement", "positive"),
    [
        ("normal", {"posts": POSTS, "mentions": MENTIONS}, (300.0, 20.0, None), (2.0, 3000.0, None)),
        (
            "no posts or mentions data",
            {},
            (float("nan"), float("nan"), "no_data"),
            (float("nan"), float("nan"), "no_data"),
        ),
        (
            "zero engagements and no positive mentions",
            {
                "posts": POSTS | {"likes": [0, 0, 5], "comments": [0, 0, 5]},
                "mentions": MENTIONS | {"sentiment": ["neutral"] * 4},
            },
            (0.0, float("nan"), "no_engagements"),
            (0.0, float("nan"), "no_positive_mentions"),
        ),
        (
            "posts that give no engagements",
            {"posts": {k: v for k, v in POSTS.items() if k not in ("likes", "comments")}},
            (float("nan"), float("nan"), "no_data"),
            (float("nan"), float("nan"), "no_data"),
        ),
    ],
)
def test_smm_costs_per_engagement_and_per_positive_mention(case, tables, engagement, positive):
    inputs = {"activities": calendar(SMM_MONTH)} | {name: frame(name, data) for name, data in tables.items()}
    got = row(channel_mix(inputs, MARCH, brand=BRAND, tz="Europe/Moscow"), "smm")
    for (count, cost, reason), names in (
        (engagement, ("engagements", "cost_per_engagement")),
        (positive, ("positive_mentions", "cost_per_positive_mention")),
    ):
        for name, expected in zip(names, (count, cost), strict=True):
            assert (math.isnan(got[name]) and math.isnan(expected)) or got[name] == expected, (case, name)
        got_reason = got[f"{names[1]}_reason"]
        assert pd.isna(got_reason) if reason is None else got_reason == reason, (case, names[1])


def test_other_channels_have_no_engagement_costs_with_a_reason():
    inputs = {
        "activities": calendar(SMM_MONTH, ("2026-03-01", "2026-03-31", "influencer", 9000.0, "RUB", 50_000)),
        "posts": frame("posts", POSTS),
        "mentions": frame("mentions", MENTIONS),
    }
    got = row(channel_mix(inputs, MARCH, brand=BRAND), "influencer")
    assert math.isnan(got["cost_per_engagement"]) and math.isnan(got["cost_per_positive_mention"])
    assert got["cost_per_engagement_reason"] == got["cost_per_positive_mention_reason"] == "not_measured"
    assert got["cost_per_thousand_contacts"] == 180.0


@pytest.mark.parametrize(
    "tables",
    [{}, {"activities": calendar()}, {"activities": calendar(("2026-05-01", "2026-05-31", "tv", 1.0, "RUB", 1))}],
)
def test_no_activities_in_the_period_give_an_empty_table(tables):
    got = channel_mix(tables, MARCH, brand=BRAND)
    assert got.empty and list(got.columns) == list(mix.COLUMNS)


@pytest.mark.parametrize(
    ("case", "activities", "budget", "currency", "reason"),
    [
        (
            "one currency",
            [
                ("2026-03-01", "2026-03-31", "tv", 3000.0, "RUB", 10_000),
                ("2026-03-01", "2026-03-31", "smm", 1000.0, "RUB", 10_000),
            ],
            4000.0,
            "RUB",
            None,
        ),
        (
            "mixed currencies: no total",
            [
                ("2026-03-01", "2026-03-31", "tv", 3000.0, "RUB", 10_000),
                ("2026-03-01", "2026-03-31", "smm", 10.0, "EUR", 10_000),
            ],
            float("nan"),
            None,
            "mixed_currencies",
        ),
        ("empty calendar", [], float("nan"), None, "no_budget"),
    ],
)
def test_the_total_of_the_calendar(case, activities, budget, currency, reason):
    got = mix_total(calendar(*activities), MARCH)
    assert (math.isnan(got["budget"]) and math.isnan(budget)) or got["budget"] == budget, case
    assert got["currency"] == currency and got["reason"] == reason, case
    if reason == "mixed_currencies":
        assert got["currencies"] == ["EUR", "RUB"]
        text = t("mix.total_mixed_currencies", "en", currencies=", ".join(got["currencies"]))
        assert text == "No total: the budgets are in more than one currency (EUR, RUB)."


def test_every_reason_channel_and_cost_has_texts():
    assert all(f"mix.reason.{code}" in TEXTS for code in mix.REASONS)
    fields = ("label", "formula", "denominator")
    assert all(f"indicator.{id}.{field}" in TEXTS for id in REGISTRY.of_kind("cost") for field in fields)
    assert "pro-rated" in t(mix.PRORATED, "en") and "per contact" in t(mix.PER_CONTACT, "en")
    from metrics.vocabulary import CHANNELS

    assert all(f"channel.{channel}" in TEXTS for channel in CHANNELS)  # the names pages show


def test_demo_tv_flight_in_march_2026_costs_per_thousand_contacts(demo_tables):
    tables, settings = demo_tables
    table = channel_mix(tables, MARCH, brand=settings["brand"], tz=settings["tz"])
    tv = row(table, "tv")
    assert (tv["budget"], tv["contacts"], tv["currency"]) == (12_000_000.0, 45_000_000.0, "RUB")
    assert math.isclose(tv["cost_per_thousand_contacts"], 12_000_000 / 45_000)  # 266.67 ₽
    smm = row(table, "smm")
    assert smm["cost_per_engagement"] > 0 and smm["cost_per_positive_mention"] > 0
    assert table["channel"].tolist() == ["tv", "context", "smm"]


def test_each_cost_spec_is_a_column_of_the_channel_table_and_told_for_the_whole_calendar_or_smm(demo_tables):
    tables, settings = demo_tables
    table = channel_mix(tables, MARCH, brand=settings["brand"], tz=settings["tz"])
    smm = table[table["channel"] == mix.SMM].iloc[0]
    total = mix.mix_total(tables["activities"], MARCH)
    costs = REGISTRY.of_kind("cost")
    assert list(costs) == ["cost_per_thousand_contacts", "cost_per_engagement", "cost_per_positive_mention"]
    for id, spec in costs.items():
        assert id in table.columns and f"{id}_reason" in table.columns
        told = spec.func(tables, MARCH, brand=settings["brand"], tz=settings["tz"])
        expected = total["cost_per_thousand_contacts"] if id == "cost_per_thousand_contacts" else smm[id]
        assert told == pytest.approx(expected), id
