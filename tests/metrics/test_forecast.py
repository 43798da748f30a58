"""Forecast: the scenario calculator from the marketing context, and what it says when inputs are missing."""

from __future__ import annotations

import math
from datetime import date

import pandas as pd
import pytest

from metrics import forecast
from metrics.forecast import ForecastError, context_for, missing_context, missing_inputs, planned_contacts, scenario
from metrics.indicators.registry import frame
from metrics.periods import Period, month, parse_week
from resonance.i18n import TEXTS, t

CONTEXT = {
    "conversion_contact_to_sale": 0.01,
    "average_order_value": 450.0,
    "penetration": 0.042,
    "market_share": 0.065,
    "customer_base": 1_218_463,
    "target_audience": "городские жители 20–40 лет",
}
CASES = ("low", "base", "high")


@pytest.mark.parametrize(
    ("case", "contacts", "context", "spread", "expected"),
    [
        ("normal", 1_000_000, CONTEXT, 0.3, (3_150_000, 4_500_000, 5_850_000)),
        ("no spread", 1_000_000, CONTEXT, 0.0, (4_500_000, 4_500_000, 4_500_000)),
        ("zero contacts is a real 0", 0, CONTEXT, 0.3, (0, 0, 0)),
        (
            "high conversion capped at 100%",
            1000,
            CONTEXT | {"conversion_contact_to_sale": 0.9},
            0.3,
            (1000 * 0.63 * 450, 1000 * 0.9 * 450, 1000 * 450),
        ),
        (
            "a context row from the table",
            2000,
            frame(
                "context",
                {
                    "period_start": ["2026-01-01"],
                    "period_end": ["2026-03-31"],
                    "conversion_contact_to_sale": [0.02],
                    "average_order_value": [500.0],
                },
            ).iloc[0],
            0.5,
            (10_000, 20_000, 30_000),
        ),
    ],
)
def test_scenario_low_base_high(case, contacts, context, spread, expected):
    got = scenario(contacts, context, spread=spread)
    assert got["missing"] == [], case
    assert got["low"] <= got["base"] <= got["high"], case
    for name, value in zip(CASES, expected, strict=True):
        assert math.isclose(got[name], value, abs_tol=1e-6), (case, name)
    assert math.isclose(got["purchases_base"] * got["average_order_value"], got["base"])


@pytest.mark.parametrize(
    ("case", "contacts", "context", "missing"),
    [
        ("nothing missing", 1000, CONTEXT, []),
        (
            "no context: everything from it is missing",
            1000,
            None,
            ["conversion_contact_to_sale", "average_order_value"],
        ),
        ("no contacts either", None, None, ["contacts", "conversion_contact_to_sale", "average_order_value"]),
        ("contacts NaN", float("nan"), CONTEXT, ["contacts"]),
        ("conversion not given", 1000, CONTEXT | {"conversion_contact_to_sale": None}, ["conversion_contact_to_sale"]),
        (
            "conversion NaN",
            1000,
            CONTEXT | {"conversion_contact_to_sale": float("nan")},
            ["conversion_contact_to_sale"],
        ),
        (
            "conversion written as percent",
            1000,
            CONTEXT | {"conversion_contact_to_sale": 4.2},
            ["conversion_contact_to_sale"],
        ),
        ("average order value of 0", 1000, CONTEXT | {"average_order_value": 0.0}, ["average_order_value"]),
        (
            "a context row with pd.NA",
            1000,
            pd.Series({"conversion_contact_to_sale": pd.NA, "average_order_value": 450.0}),
            ["conversion_contact_to_sale"],
        ),
    ],
)
def test_missing_inputs_are_listed_instead_of_guessed(case, contacts, context, missing):
    assert missing_inputs(contacts, context) == missing, case
    got = scenario(contacts, context)
    assert got["missing"] == missing, case
    if missing:
        assert all(math.isnan(got[name]) for name in (*CASES, "purchases_base")), f"{case}: no value, never 0"


@pytest.mark.parametrize(
    ("context", "missing"),
    [
        (CONTEXT, []),
        (None, ["penetration", "market_share", "customer_base", "target_audience"]),
        (CONTEXT | {"market_share": None, "target_audience": "  "}, ["market_share", "target_audience"]),
    ],
)
def test_missing_context_lists_the_facts_the_page_asks_for(context, missing):
    assert missing_context(context) == missing


def test_every_input_has_a_name_in_both_languages_and_the_sentence_lists_them():
    assert all(f"forecast.input.{name}" in TEXTS for name in (*forecast.REQUIRED, *forecast.CONTEXT))
    names = ", ".join(t(f"forecast.input.{name}", "en") for name in missing_inputs(1000, None))
    assert t("forecast.missing", "en", inputs=names).startswith(
        "No forecast: contact-to-sale conversion, average order value missing."
    )
    assert "±30%" in t(forecast.FORMULA, "en", spread="30%")


@pytest.mark.parametrize(("spread", "contacts"), [(1.0, 10), (-0.1, 10), (0.3, -5)])
def test_impossible_settings_are_refused(spread, contacts):
    with pytest.raises(ForecastError):
        scenario(contacts, CONTEXT, spread=spread)


QUARTERS = frame(
    "context",
    {
        "period_start": ["2025-11-24", "2026-01-01", "2026-04-01", "2026-01-01"],
        "period_end": ["2025-12-31", "2026-03-31", "2026-06-30", "2026-12-31"],
        "average_order_value": [455.0, 456.0, 445.0, 999.0],  # the last one is a whole-year row
    },
)


@pytest.mark.parametrize(
    ("case", "period", "value"),
    [
        ("a month inside a quarter: the quarter, not the year", month(2026, 3), 456.0),
        ("a week inside a quarter", parse_week("2026-W20"), 445.0),
        ("across quarters: only the year covers it", Period(date(2026, 3, 20), date(2026, 4, 20)), 999.0),
        ("across years: the row with most days", Period(date(2025, 12, 1), date(2026, 1, 5)), 455.0),
        ("a period in the past before any context", month(2025, 1), None),
    ],
)
def test_context_for_picks_the_row_covering_the_period(case, period, value):
    row = context_for(period, QUARTERS)
    assert (row is None) if value is None else row["average_order_value"] == value, case


@pytest.mark.parametrize("table", [None, frame("context", {"period_start": [], "period_end": []})])
def test_no_context_table_means_everything_is_missing(table):
    row = context_for(month(2026, 3), table)
    assert row is None
    assert scenario(1_000_000, row)["missing"] == ["conversion_contact_to_sale", "average_order_value"]


def test_planned_contacts_come_from_the_calendar_prorated_by_days():
    activities = frame(
        "activities",
        {
            "start": ["2026-03-02", "2026-03-01", "2026-03-01"],
            "end": ["2026-03-29", "2026-03-31", "2026-03-31"],
            "channel": ["tv", "smm", "promo"],
            "name": ["a", "b", "c"],
            "contacts": [40_000, 3_100, None],
        },
    )
    assert planned_contacts(activities, parse_week("2026-W10")) == 10_000 + 700
    assert math.isnan(planned_contacts(activities, month(2026, 5)))
    assert math.isnan(planned_contacts(None, month(2026, 3)))
